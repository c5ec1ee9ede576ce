package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.eval.QuoteScorer.GoldDoc;
import org.quotetrace.eval.QuoteScorer.GoldQuote;
import org.quotetrace.eval.QuoteScorer.Score;
import org.quotetrace.eval.QuoteScorer.SystemQuote;
import org.quotetrace.text.Span;

class QuoteScorerTest {
  private static final GoldQuote GOLD = new GoldQuote(new Span(10, 110), new Span(120, 127), "longtime pollster Pat Caddell");

  @Test
  void quoteCoveredToEightyPercentIsFoundAndRight() {
    Score s = QuoteScorer.score(new GoldDoc("d", List.of(GOLD)),
        List.of(new SystemQuote(new Span(25, 110), null, null)), null);
    assertEquals(1, s.found());
    assertEquals(1, s.right());
    assertEquals(0, s.speakerRight());
  }

  @Test
  void quoteCoveredLessThanEightyPercentIsNotFound() {
    Score s = QuoteScorer.score(new GoldDoc("d", List.of(GOLD)),
        List.of(new SystemQuote(new Span(35, 110), null, null)), null);
    assertEquals(0, s.found());
    assertEquals(1, s.right());
  }

  @Test
  void speakerIsRightByOverlapOrByLastCapitalisedWord() {
    assertTrue(QuoteScorer.speakerRight(GOLD, new SystemQuote(new Span(10, 110), new Span(125, 130), null)));
    assertTrue(QuoteScorer.speakerRight(GOLD, new SystemQuote(new Span(10, 110), null, "Pat Caddell")));
    assertFalse(QuoteScorer.speakerRight(GOLD, new SystemQuote(new Span(10, 110), new Span(0, 5), "Jill Stein")));
  }

  @Test
  void bareGoldPronounNeedsAnOverlappingMention() {
    GoldQuote he = new GoldQuote(new Span(0, 10), new Span(12, 14), "He");
    assertFalse(QuoteScorer.speakerRight(he, new SystemQuote(new Span(0, 10), null, "He Yafei")));
    assertTrue(QuoteScorer.speakerRight(he, new SystemQuote(new Span(0, 10), new Span(12, 14), null)));
  }

  @Test
  void lastCapitalisedWordDropsPossessives() {
    assertEquals("Trump", QuoteScorer.lastCapitalisedWord("Donald Trump’s"));
    assertEquals("Caddell", QuoteScorer.lastCapitalisedWord("longtime Democratic pollster Pat Caddell"));
  }
}
