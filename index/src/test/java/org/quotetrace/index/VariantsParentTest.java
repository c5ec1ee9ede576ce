package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quotetrace.index.SmallCorpus.doc;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.DocumentKind;

/**
 * Which quote may be another's parent: never one published after it, and a transcript turn even
 * when it is shorter than the quote (a quote that carries on into the next speaker's question).
 */
class VariantsParentTest {
  @TempDir Path tmp;

  private static final String TURN = "The ferry to the outer islands will run every hour from "
      + "June, and the island council has agreed to pay for the extra crews.";

  @Test
  void aTurnPublishedAfterTheQuoteIsNotItsParent() throws Exception {
    Map<String, Integer> cluster = group(
        doc("interview", "HOST: What about the ferry?\n\nJONAS BRAND: " + TURN + "\n",
            DocumentKind.TRANSCRIPT, "radio.example", "2026-07-01T09:00:00Z"),
        doc("earlier", "Ferry plans\n\n\"The ferry to the outer islands will run every hour from"
            + " June,\" Jonas Brand said.", DocumentKind.ARTICLE, "a.example",
            "2026-06-01T09:00:00Z"),
        doc("later", "Ferry plans\n\n\"The ferry to the outer islands will run every hour from"
            + " June,\" Jonas Brand said.", DocumentKind.ARTICLE, "b.example",
            "2026-07-02T09:00:00Z"));
    assertEquals(cluster.get("interview"), cluster.get("later"), "reported the day after");
    assertNotEquals(cluster.get("interview"), cluster.get("earlier"),
        "a month before the interview, the words were said somewhere else");
  }

  @Test
  void aQuoteThatRunsOnIntoTheHostsQuestionStillFindsTheTurn() throws Exception {
    Map<String, Integer> cluster = group(
        doc("interview", "JONAS BRAND: " + TURN + "\n\nHOST: And the fares, will they rise?\n",
            DocumentKind.TRANSCRIPT, "radio.example", "2026-07-01T09:00:00Z"),
        doc("runon", "Ferry plans\n\n\"" + TURN + " And the fares, will they rise?\" Jonas Brand"
            + " said.", DocumentKind.ARTICLE, "a.example", "2026-07-02T09:00:00Z"));
    assertEquals(cluster.get("interview"), cluster.get("runon"),
        "longer than the turn by the host's words, and still the turn's statement");
  }

  // The cluster of each document's longest quote.
  private Map<String, Integer> group(org.quotetrace.text.Document... docs) throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (org.quotetrace.text.Document d : docs) {
        w.add(d);
      }
      w.commit();
    }
    Map<String, Integer> cluster = new HashMap<>();
    Map<String, Integer> longest = new HashMap<>();
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      new Variants(index).cluster().forEach((doc, start, end, cl) -> {
        if (end - start > longest.getOrDefault(doc, -1)) {
          longest.put(doc, end - start);
          cluster.put(doc, cl);
        }
      });
    }
    return cluster;
  }
}
