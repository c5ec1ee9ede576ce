package org.quotetrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SegmenterTokensTest {
  // Guards the tokenizer's reading from a copy of its range: every offset is the text's own.
  @Test
  void aRangeOfATextIsTokenizedAsTheSameWordsCutOutOnTheirOwn() {
    String[] pieces = {"Sen.", "U.S.", "don't", "it’s", "3,000", "a.m.", "e-mail", " ", " ", "\n",
        "“", "”", ",", ".", "Wu", "x", "J.", "well-known", "\uD83D\uDE00", "é", "\u00a0", "9.5"};
    SplittableRandom random = new SplittableRandom(5);
    for (int k = 0; k < 5_000; k++) {
      StringBuilder b = new StringBuilder();
      int parts = random.nextInt(1, 20);
      for (int p = 0; p < parts; p++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      int from = random.nextInt(text.length() + 1);
      int to = random.nextInt(from, text.length() + 1);
      Segmenter.IntList s = new Segmenter.IntList(4);
      Segmenter.IntList e = new Segmenter.IntList(4);
      Segmenter.tokenize(text, from, to, s, e);
      Segmenter.IntList s0 = new Segmenter.IntList(4);
      Segmenter.IntList e0 = new Segmenter.IntList(4);
      String cut = text.substring(from, to);
      Segmenter.tokenize(cut, 0, cut.length(), s0, e0);
      assertEquals(s0.size(), s.size(), "tokens of [" + cut + "]");
      for (int t = 0; t < s.size(); t++) {
        assertEquals(s0.get(t) + from, s.get(t), "start of token " + t + " of [" + cut + "]");
        assertEquals(e0.get(t) + from, e.get(t), "end of token " + t + " of [" + cut + "]");
      }
    }
  }
}
