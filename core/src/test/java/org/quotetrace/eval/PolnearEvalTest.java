package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.eval.QuoteScorer.GoldDoc;
import org.quotetrace.eval.QuoteScorer.Score;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteAssertions;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

/**
 * Scores extraction and attribution on the PolNeAR dev split, read in place from ../shared. The
 * floors are regression guards at the figures measured when this test was written (BENCHMARKS.md);
 * raising them is the work of the attribution issue.
 */
class PolnearEvalTest {
  static final double F1_FLOOR = 0.955;
  static final double SPEAKER_FLOOR = 0.951;

  @Test
  void devSplitMeetsTheQuoteAndSpeakerFloors() throws Exception {
    String shared = System.getProperty("quotetrace.shared", "../shared");
    Path dev = Path.of(shared, "eval", "polnear", "dev");
    assumeTrue(Files.isRegularFile(dev.resolve("gold.jsonl")),
        () -> dev + " not found: skipping the PolNeAR evaluation (it needs ../shared beside the repository)");
    List<GoldDoc> gold = QuoteScorer.readGold(dev);
    QuoteFinder finder = new QuoteFinder();
    Score total = Score.ZERO;
    for (GoldDoc g : gold) {
      String text = Files.readString(dev.resolve(g.doc()));
      Extraction ex = finder.find(Document.article(g.doc(), text));
      QuoteAssertions.assertInvariants(ex);
      total = total.plus(QuoteScorer.score(g, SystemQuotes.of(ex), null));
    }
    Score t = total;
    System.out.println("PolNeAR dev: " + t.summary());
    assertTrue(t.f1() >= F1_FLOOR, () -> "quote F1 fell below " + F1_FLOOR + ": " + t.summary());
    assertTrue(t.speakerAccuracy() >= SPEAKER_FLOOR,
        () -> "speaker accuracy fell below " + SPEAKER_FLOOR + ": " + t.summary());
  }
}
