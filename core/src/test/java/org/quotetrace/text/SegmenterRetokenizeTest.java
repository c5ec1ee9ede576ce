package org.quotetrace.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Tokenizing again only around the characters that changed must give the tokens of tokenizing the
 * whole changed text: the nested quotes' pass keeps the top pass's tokens elsewhere.
 */
class SegmenterRetokenizeTest {
  /** Pieces of news text whose tokens depend on their neighbours: marks, stops, initials. */
  private static final String[] PIECES = {"Sen.", "U.S.", "W.", "said", "“", "”", "‘", "’", "'",
      "''", "\"", "don’t", "Trump's", "1,000", "3.5", "e.g.", "—", "-", "(", ")", ",", ".", "?",
      "co-chair", "`", "«", "»", " ", " ", "  ", "\n", "\u00a0", "\uD83D\uDE00", "\uD83D", "x",
      "Okafor", "the", "a.m.", "end.", "St.", "it’s"};

  private static int[][] tokens(String text) {
    Segmenter.IntList s = new Segmenter.IntList(8);
    Segmenter.IntList e = new Segmenter.IntList(8);
    Segmenter.tokenize(text, 0, text.length(), s, e);
    return new int[][] {s.toArray(), e.toArray()};
  }

  @Test
  void tokensAroundChangedCharactersAreTheTokensOfTheWholeText() {
    Random r = new Random(13);
    int kept = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0, n = 1 + r.nextInt(14); k < n; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(3) == 0) {
          b.append(' ');
        }
      }
      String was = b.toString();
      char[] cs = was.toCharArray();
      TreeSet<Integer> at = new TreeSet<>();
      for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
        int i = r.nextInt(cs.length);
        at.add(i);
        // Mostly a line break, as the nested pass writes; sometimes any other character.
        cs[i] = r.nextInt(4) > 0 ? '\n' : PIECES[r.nextInt(PIECES.length)].charAt(0);
      }
      int[] changed = at.stream().mapToInt(Integer::intValue).toArray();
      String text = new String(cs);
      int[][] old = tokens(was);
      Segmenter.IntList s = new Segmenter.IntList(8);
      Segmenter.IntList e = new Segmenter.IntList(8);
      s.add(-1); // what the lists held before is kept, whether or not the tokens are
      e.add(-1);
      boolean done = Segmenter.retokenize(text, cs, was.toCharArray(), old[0], old[1], changed, s, e);
      if (!done) {
        assertArrayEquals(new int[] {-1}, s.toArray(), was);
        continue;
      }
      kept++;
      int[][] whole = tokens(text);
      int[] starts = java.util.Arrays.copyOfRange(s.toArray(), 1, s.size());
      int[] ends = java.util.Arrays.copyOfRange(e.toArray(), 1, e.size());
      assertArrayEquals(whole[0], starts, () -> "starts of " + text.replace("\n", "\\n"));
      assertArrayEquals(whole[1], ends, () -> "ends of " + text.replace("\n", "\\n"));
    }
    assertTrue(kept > 15_000, "retokenized: " + kept);
  }

  @Test
  void aSurrogateEndingAChangedRunSendsTheCallerToTokenizeItAll() {
    // A lone surrogate takes the space after it into its token: its run's end is no clean cut.
    String was = "a“b \uD83D x";
    char[] cs = was.toCharArray();
    cs[1] = '\n';
    int[][] old = tokens(was);
    Segmenter.IntList s = new Segmenter.IntList(8);
    Segmenter.IntList e = new Segmenter.IntList(8);
    assertTrue(Segmenter.retokenize(new String(cs), cs, was.toCharArray(), old[0], old[1],
        new int[] {1}, s, e));
    cs[4] = '\n';
    s.clear();
    e.clear();
    assertFalse(Segmenter.retokenize(new String(cs), cs, was.toCharArray(), old[0], old[1],
        new int[] {1, 4}, s, e));
  }
}
