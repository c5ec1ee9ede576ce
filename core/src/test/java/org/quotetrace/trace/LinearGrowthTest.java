package org.quotetrace.trace;

import static org.quotetrace.text.Growth.assertLinear;
import static org.quotetrace.text.Growth.mix;

import org.junit.jupiter.api.Test;

/** Issue 12: the word stage of tracing and indexing on brackets (see {@code Growth}). */
class LinearGrowthTest {
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
