package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.index.SmallCorpus.doc;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.DocumentKind;

/**
 * A quote made only of words that very many quotes share ("we will keep the promise we made")
 * still finds the turn its speaker said it in, and not the turns of the others who say it too.
 */
class VariantsCommonPhrasingTest {
  @TempDir Path tmp;

  private static final String[] SYLLABLES = {"ba", "ke", "lo", "mi", "ru", "sa", "to", "vi"};

  // A surname nobody else in the corpus has: "Kelomiruba".
  private static String surname(int i) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 5; k++) {
      b.append(SYLLABLES[i % SYLLABLES.length]);
      i /= SYLLABLES.length;
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  @Test
  void aQuoteOfStockWordsJoinsItsSpeakersTurnAndNotAnotherSpeakers() throws Exception {
    stockSentence(Variants.MAX_POSTINGS + 40);
  }

  @Test
  void aSpeakersStockSentenceIsFoundEvenWhenTheWholeCorpusSaysIt() throws Exception {
    // Beyond MAX_COMMON_POSTINGS even the rarest of its trigrams is everybody's phrasing; in
    // Anna Reed's mouth it is still hers.
    stockSentence(Variants.MAX_COMMON_POSTINGS + 40);
  }

  private void stockSentence(int others) throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(doc("briefing", """
          HOST: Will the valley get its bridge?
          ANNA REED: We will keep the promise we made. The bridge over the Lune opens in May, and \
          the county pays for the lighting.
          HOST: Thank you.
          """, DocumentKind.TRANSCRIPT, "council.example", "2026-05-01T09:00:00Z"));
      for (int i = 0; i < others; i++) {
        String name = "Tomas " + surname(i);
        w.add(doc("other-" + i, String.format(Locale.ROOT,
            "Campaign day %d%n%n\"We will keep the promise we made to the workers of ward %d,\""
                + " %s said at the rally.", i, i, name),
            DocumentKind.ARTICLE, "rally.example", "2026-04-01T09:00:00Z"));
      }
      w.add(doc("gazette", "Bridge to open in May\n\n\"We will keep the promise we made,\" Anna"
          + " Reed told the council on Friday.", DocumentKind.ARTICLE, "gazette.example",
          "2026-05-02T09:00:00Z"));
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      Variants.Clustering c = new Variants(index).cluster();
      Map<String, Integer> clusterOf = new HashMap<>();
      c.forEach((doc, start, end, cluster) -> clusterOf.merge(doc, cluster, (a, b) -> a));
      Map<String, Integer> turnCluster = new HashMap<>();
      c.forEach((doc, start, end, cluster) -> {
        if (doc.equals("briefing")) {
          turnCluster.put(start + "", cluster);
        }
      });
      assertTrue(turnCluster.containsValue(clusterOf.get("gazette")),
          "the gazette's quote is grouped with one of Anna Reed's turns: " + turnCluster + " vs "
              + clusterOf.get("gazette"));
      assertNotEquals(clusterOf.get("other-0"), clusterOf.get("gazette"),
          "another speaker's stock sentence is another statement");
      assertEquals(others + 3 + 1, c.quotes(), "three turns, the rally quotes and the gazette's");
    }
  }
}
