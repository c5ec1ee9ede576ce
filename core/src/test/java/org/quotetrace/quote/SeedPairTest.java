package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/** The founding example in ../shared/seeds: one interview, reported as an article and a script. */
class SeedPairTest {
  private static Path seeds() {
    Path dir = Path.of(System.getProperty("quotetrace.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(dir), () -> dir + " not found: skipping the seed pair test");
    return dir;
  }

  @Test
  void everyArticleQuoteIsAttributedToKhalifaHaftar() throws Exception {
    Document doc = Readers.read(seeds().resolve("000_3367610939f0179f.txt"));
    assertEquals(DocumentKind.ARTICLE, doc.kind());
    Extraction ex = new QuoteFinder().find(doc);
    QuoteAssertions.assertInvariants(ex);
    List<Quote> speech = ex.speech();
    assertTrue(speech.size() >= 10, () -> "expected the article's quotes, found " + speech.size());
    for (Quote q : speech) {
      assertNotNull(q.speaker(), () -> "no speaker for " + q.text(doc.text()));
      assertEquals("Khalifa Haftar", q.speaker().name(), () -> "speaker of " + q.text(doc.text()));
    }
  }

  @Test
  void everyScriptTurnIsAttributedToItsLabelledSpeaker() throws Exception {
    Document doc = Readers.read(seeds().resolve("001_ea0b09c9c9a58e8a.txt"));
    assertEquals(DocumentKind.SCRIPT, doc.kind());
    Extraction ex = new QuoteFinder().find(doc);
    QuoteAssertions.assertInvariants(ex);
    List<Quote> turns = ex.quotes().stream().filter(Quote::turn).toList();
    assertEquals(doc.turns().size(), turns.size());
    assertEquals(5, turns.size());
    for (int i = 0; i < turns.size(); i++) {
      assertEquals(doc.turns().get(i).speaker(), turns.get(i).speaker().name());
      assertEquals(Speaker.Basis.LABEL, turns.get(i).speaker().basis());
    }
    Quote reporter = turns.get(3);
    assertEquals("Reporter", reporter.speaker().name());
    assertEquals("Turn it into colonisation.", reporter.text(doc.text()));
  }
}
