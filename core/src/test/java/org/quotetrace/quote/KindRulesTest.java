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

  // Guards isTitleCase, which read the words with a pattern replace and a split.
  @Test
  void titleCaseReadsTheWordsAsAReplaceOfMarksAndASplitAtWhiteSpaceRead() {
    char[] alphabet = {'a', 'B', 'c', 'D', '7', ' ', ' ', '\t', '\n', '\u000B', '\u0001', '\u00a0',
        '.', ',', '-', '\'', '"', '“', '”', '‘', '’', 'é', 'É', '~', '\u007f'};
    String[] words = {"with", "With", "about", "of", "the", "The", "x", "Nine", "über"};
    SplittableRandom random = new SplittableRandom(13);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      int parts = random.nextInt(1, 12);
      for (int p = 0; p < parts; p++) {
        if (random.nextInt(3) == 0) {
          b.append(words[random.nextInt(words.length)]);
        } else {
          b.append(alphabet[random.nextInt(alphabet.length)]);
        }
      }
      String s = b.toString();
      assertEquals(titleCaseByPatterns(s), KindRules.isTitleCase(s), "for [" + s + "]");
    }
  }

  /** The rule as it was written, with patterns. */
  private static boolean titleCaseByPatterns(String s) {
    java.util.Set<String> minor =
        java.util.Set.of("with", "from", "into", "over", "upon", "onto", "than", "that", "about");
    String[] ws = s.replaceAll("[\\p{Punct}“”‘’]", " ").trim().split("\\s+");
    int caps = 0;
    int content = 0;
    for (String w : ws) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() <= 3 && Character.isLowerCase(w.charAt(0)) || minor.contains(w)) {
        continue;
      }
      content++;
      if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
        caps++;
      }
    }
    return content > 0 && caps == content;
  }

  @Test
  void aHeadlineSaysSaidOrToldExactlyWhenSplittingOnNonLettersGivesEitherWord() {
    String[] lines = {"", "said", "Trump said", "TOLD: x", "saidx told", "re-told", "unsaid",
        "he said—then", "said’s", "3said3", "Grey, tóld", "a said\uD835\uDC00b", "x\uD835\uDC00said",
        "\u0130told", "sa\u0301id", "said\u0130", "\uD800said"};
    java.util.regex.Pattern nonLetters = java.util.regex.Pattern.compile("[^\\p{L}]+");
    for (String line : lines) {
      String lower = line.toLowerCase(java.util.Locale.ROOT);
      boolean split = java.util.Arrays.stream(nonLetters.split(lower))
          .anyMatch(w -> w.equals("said") || w.equals("told"));
      assertEquals(split, KindRules.saysSaidOrTold(lower), line);
    }
  }
}
