package org.quotetrace.trace;

import static org.quotetrace.text.Growth.assertLinear;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 12: the word stage of tracing and indexing on brackets (see {@code Growth}). */
class LinearGrowthTest {
  private static String mix(int n, long seed, String... pieces) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(n + 16);
    while (sb.length() < n) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.substring(0, n);
  }

  @Test
  void openBracketsThatNeverCloseAreReadInLinearTime() {
    assertLinear("open brackets", 200_000, n -> mix(n, 11, "[a ", "[", "word ", "\n", "\u001b[31m"),
        text -> {
          Words.of(text, 0, text.length());
          Fingerprints.Stemmed.of(text);
          Pool.plain(text, 0, text.length());
        });
  }

  @Test
  void bracketsNestedDeepAreReadInLinearTime() {
    assertLinear("nested brackets", 200_000, n -> mix(n, 12, "[", "[", "a ", "]"),
        text -> {
          Words.of(text, 0, text.length());
          Pool.plain(text, 0, text.length());
        });
  }
}
