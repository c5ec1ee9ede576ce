package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KindRulesTest {
  // Guards the title and subhead rules: the word count was a regex split of every quote.
  @Test
  void wordsAreCountedAsASplitAtWhiteSpaceCountsThemUpToTheLimit() {
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00a0', '\u2003',
        '.', '“', '’'};
    SplittableRandom random = new SplittableRandom(9);
    for (int k = 0; k < 20_000; k++) {
      char[] c = new char[random.nextInt(1, 30)];
      for (int i = 0; i < c.length; i++) {
        c[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(c).strip();
      if (s.isEmpty()) {
        continue;
      }
      for (int limit : new int[] {0, 3, 8, 10}) {
        assertEquals(Math.min(s.split("\\s+").length, limit + 1), KindRules.countWords(s, limit),
            "for [" + s + "] up to " + limit);
      }
    }
  }
}
