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
 * A speaker's stock sentence said again with another place and another figure is another
 * statement, even when it shares most of its words with the first; a quote that gets one figure
 * wrong and keeps the rest word for word is still the first one, misquoted.
 */
class VariantsFiguresTest {
  @TempDir Path tmp;

  private static final String HARBOUR = "We will put 40 million euros into the harbour in Eastport "
      + "this year, and the fishing crews of Eastport have waited long enough for it.";

  @Test
  void theSameFrameWithAnotherPlaceAndFigureIsAnotherStatement() throws Exception {
    Map<String, Integer> cluster = group();
    assertEquals(cluster.get("briefing"), cluster.get("trimmed"), "a cut quote of the turn");
    assertNotEquals(cluster.get("briefing"), cluster.get("westport"),
        "the same stock sentence about Westport, with another sum, is not the Eastport one");
  }

  @Test
  void aQuoteWithOneFigureWrongAndTheRestWordForWordIsStillTheStatement() throws Exception {
    Map<String, Integer> cluster = group();
    assertEquals(cluster.get("briefing"), cluster.get("misquoted"),
        "45 for 40, every other word as said: a misquote of the Eastport statement");
  }

  // The cluster of each document's first quote (the transcript's: its harbour turn).
  private Map<String, Integer> group() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(doc("briefing", "HOST: What about the harbour?\n\nMARIT OSTEN: " + HARBOUR
          + "\n\nHOST: Thank you.\n", DocumentKind.TRANSCRIPT, "radio.example",
          "2026-05-01T09:00:00Z"));
      w.add(doc("trimmed", "Harbour money\n\n\"We will put 40 million euros into the harbour in"
          + " Eastport this year,\" Marit Osten said.", DocumentKind.ARTICLE, "a.example",
          "2026-05-02T09:00:00Z"));
      w.add(doc("westport", "Harbour pledge\n\n\"We will put 25 million euros into the harbour in"
          + " Westport this year, and the fishing crews of Westport have waited long enough for"
          + " it,\" Marit Osten told the rally.", DocumentKind.ARTICLE, "b.example",
          "2026-06-02T09:00:00Z"));
      w.add(doc("misquoted", "Harbour sum\n\n\"We will put 45 million euros into the harbour in"
          + " Eastport this year, and the fishing crews of Eastport have waited long enough for"
          + " it,\" Marit Osten said.", DocumentKind.ARTICLE, "c.example",
          "2026-05-03T09:00:00Z"));
      w.commit();
    }
    Map<String, Integer> first = new HashMap<>();
    Map<String, Integer> turnStart = new HashMap<>();
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      Variants.Clustering c = new Variants(index).cluster();
      c.forEach((doc, start, end, cl) -> {
        if (doc.equals("briefing")) {
          // The harbour turn is the longest of the transcript's three.
          if (end - start > turnStart.getOrDefault("len", 0)) {
            turnStart.put("len", end - start);
            first.put(doc, cl);
          }
        } else {
          first.putIfAbsent(doc, cl);
        }
      });
    }
    return first;
  }
}
