package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpeakersTest {
  /** The definition the written-out loop must keep: the regular expressions it replaced. */
  private static String[] byRegex(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim();
    return n.isEmpty() ? new String[0] : n.split("\\s+");
  }

  @Test
  void aNameSplitsIntoTheWordsTheRegularExpressionsGave() {
    String[] names = {"", " ", "Khalifa Haftar", "  Field Marshal\tKhalifa  Haftar ", "O'Brien",
        "Jean-Luc Picard", "JOSÉ ÁLVAREZ", "İlkay Gündoğan", "Louis XIV", "Louis Ⅻ", "agent ²7",
        "习近平", "Dr. Ada Brenn, MP", "the 😀 emoji", "lone \uD800 surrogate", "a.b.c", "Reporter (Norwegian)",
        "ǅemal", "x\u0301y", "ONE TWO THREE FOUR FIVE SIX", "\u00A0nbsp\u2003em space"};
    for (String n : names) {
      assertArrayEquals(byRegex(n), Speakers.words(n), n);
    }
    // and any mixture of those pieces
    SplittableRandom rnd = new SplittableRandom(7);
    for (int k = 0; k < 2000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = rnd.nextInt(6); i > 0; i--) {
        b.append(names[rnd.nextInt(names.length)]).append(" -.,'\t".charAt(rnd.nextInt(6)));
      }
      String n = b.toString();
      assertArrayEquals(byRegex(n), Speakers.words(n), n);
    }
  }
}
