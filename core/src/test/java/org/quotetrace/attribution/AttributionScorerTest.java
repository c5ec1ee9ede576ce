package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.AttributionScorer.Part;
import org.quotetrace.attribution.AttributionScorer.Score;
import org.quotetrace.attribution.AttributionScorer.Tally;
import org.quotetrace.text.Span;

class AttributionScorerTest {
  private static final String TEXT = "Ann said the tax rose. Bob said it fell.";

  private static Span span(String piece, int from) {
    int start = TEXT.indexOf(piece, from);
    return new Span(start, start + piece.length());
  }

  private static final Span ANN = span("Ann", 0);
  private static final Span SAID1 = span("said", 0);
  private static final Span TAX = span("the tax rose", 0);
  private static final Span BOB = span("Bob", 0);
  private static final Span SAID2 = span("said", 20);
  private static final Span FELL = span("it fell", 0);

  private static final List<Attribution> GOLD = List.of(
      new Attribution(TAX, ANN, SAID1, Form.INDIRECT),
      new Attribution(FELL, BOB, SAID2, Form.INDIRECT));

  @Test
  void exactScoresCountDistinctTrimmedSpansAndJaccardCreditsNearMisses() {
    Span taxWithStop = span("the tax rose.", 0);
    Span saidItFell = span("said it fell", 20);
    List<Attribution> system = List.of(
        new Attribution(taxWithStop, ANN, SAID1, Form.INDIRECT),
        new Attribution(saidItFell, null, SAID2, Form.INDIRECT));
    Score s = AttributionScorer.score(TEXT, GOLD, system);

    Tally source = s.part(Part.SOURCE);
    assertEquals(1.0, source.precision(), 1e-9);
    assertEquals(0.5, source.recall(), 1e-9);
    assertEquals(2.0 / 3, source.f1(), 1e-9);
    assertEquals(2.0 / 3, source.jaccardF1(), 1e-9);

    assertEquals(1.0, s.part(Part.CUE).f1(), 1e-9);

    Tally content = s.part(Part.CONTENT);
    assertEquals(0.5, content.precision(), 1e-9);
    assertEquals(0.5, content.recall(), 1e-9);
    // "said it fell" against "it fell": two tokens shared of three, so 2/3; the other is exact.
    assertEquals((1 + 2.0 / 3) / 2, content.jaccardF1(), 1e-9);
  }

  @Test
  void aSpanGivenTwiceCountsOnce() {
    List<Attribution> system = List.of(
        new Attribution(TAX, ANN, SAID1, Form.INDIRECT),
        new Attribution(TAX, ANN, SAID1, Form.INDIRECT));
    Tally source = AttributionScorer.score(TEXT, GOLD, system).part(Part.SOURCE);
    assertEquals(1, source.system());
    assertEquals(1, source.right());
  }

  @Test
  void quoteMarksAndPunctuationAtTheEndsAreTrimmed() {
    String text = "\u201CIt is over,\u201D she said.";
    assertEquals(new Span(1, 11), AttributionScorer.trim(text, new Span(0, 14)));
  }

  @Test
  void noSystemSpansScoreZeroNotNaN() {
    Tally cue = AttributionScorer.score(TEXT, GOLD, List.of()).part(Part.CUE);
    assertEquals(0.0, cue.f1());
    assertEquals(0.0, cue.jaccardF1());
  }
}
