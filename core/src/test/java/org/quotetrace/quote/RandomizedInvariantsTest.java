package org.quotetrace.quote;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Generates text from news-like pieces mixed with every kind of mark, apostrophe, break and junk
 * character, and checks that extraction never throws and never breaks its invariants.
 */
class RandomizedInvariantsTest {
  private static final String[] PIECES = {
      "said", "he said", "Haftar", " ", " ", " ", "\n", "\n\n", "\r\n", ",", ".", "?", "“", "”",
      "\"", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "''", "—", "―", "-", "(", ")", "[",
      "]", ":", ";", "…", "the", "The", "Mr.", "U.S.", "that’s", "’90s", "rock ‘n’ roll",
      "told RT", "according to", "Maria Lopez", "she", "it", "\u00a0", "\t", "<b>", "</b>",
      "<tweet a=\"x\">", "READ MORE:", "\uD83D\uDE00", "é", "ß", "\u200b", "1,000", "SOT",
      "Reporter (Arabic):", "the minister", "continued:", "calling it", "says"};

  @RepeatedTest(300)
  void extractionKeepsItsInvariantsOnRandomText(RepetitionInfo info) {
    Random random = new Random(0x5eedL * info.getCurrentRepetition());
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(400);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) == 0) {
        sb.append(' ');
      }
    }
    QuoteAssertions.find(sb.toString());
  }
}
