package org.quotetrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SegmenterCharsTest {
  @Test
  void everyCharIsALetterOrDigitExactlyWhenCharacterSaysSo() {
    for (int k = 0; k <= Character.MAX_VALUE; k++) {
      char c = (char) k;
      assertEquals(Character.isLetterOrDigit(c), Segmenter.isLetterOrDigit(c),
          () -> "U+" + Integer.toHexString(c));
    }
  }
}
