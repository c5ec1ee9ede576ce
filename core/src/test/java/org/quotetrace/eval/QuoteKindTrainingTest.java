package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.eval.QuoteKindTraining.Prepared;
import org.quotetrace.eval.QuoteKindTraining.Result;
import org.quotetrace.eval.QuoteScorer.GoldDoc;
import org.quotetrace.eval.QuoteScorer.GoldQuote;
import org.quotetrace.eval.QuoteScorer.Score;
import org.quotetrace.eval.QuoteScorer.SystemQuote;
import org.quotetrace.eval.SpeakerTraining.Article;
import org.quotetrace.quote.QuoteClassifier;
import org.quotetrace.quote.QuoteClassifier.Params;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.text.Span;

class QuoteKindTrainingTest {
  /**
   * Articles of one reported quote (features 11 and 12, in the gold) and one scare-quoted term
   * (features 21 and 22, not in the gold); every fifth article also has a gold quote the rules
   * missed, so that recall is not perfect.
   */
  private static List<Prepared> articles(int n) {
    String text = "The council said \"we will rebuild the bridge\" and praised the \"heritage\" style.";
    Span quote = new Span(18, 43);
    Span term = new Span(63, 71);
    List<Prepared> out = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      List<GoldQuote> gold = new ArrayList<>(List.of(new GoldQuote(quote, new Span(4, 11), "council")));
      if (a % 5 == 0) {
        gold.add(new GoldQuote(new Span(0, 3), null, null));
      }
      out.add(new Prepared(new GoldDoc("text/" + a + ".txt", gold), text,
          List.of(new SystemQuote(quote, null, null), new SystemQuote(term, null, null)),
          List.of(new int[] {0, 11, 12}, new int[] {0, 21, 22}), new boolean[] {true, false}));
    }
    return out;
  }

  @Test
  void theHeldOutScoringCountsWhatTheFinderOutputsLabelledSentencesIncluded() {
    // Cross-validation scores the rules' spans with the classifier's probabilities; the figure is
    // honest only if that is what find outputs, including the spans a rule keeps whatever the
    // classifier says (the live-blog "Name: \u201c…\u201d" form).
    String text = "7.15pm\nA nurse asks what the candidates would do about parking charges.\n\n"
        + "Osei: \u201cThe council owns the land the depot stands on. So the council"
        + " can do more than ask.\u201d\n\nThe hall applauded the \u201cheritage\u201d bid.\n\n"
        + "\u201cWe will fix the roof by May,\u201d Wynne said.\n";
    int q1 = text.indexOf("The council owns");
    int q2 = text.indexOf("We will fix");
    GoldDoc gold = new GoldDoc("text/blog.txt", List.of(
        new GoldQuote(new Span(q1, text.indexOf("\u201d", q1)), new Span(text.indexOf("Osei"), text.indexOf("Osei") + 4), "Osei"),
        new GoldQuote(new Span(q2, text.indexOf("\u201d", q2)), new Span(text.indexOf("Wynne"),
            text.indexOf("Wynne") + 5), "Wynne")));
    Article article = new Article(gold.doc(), text, gold, List.of(), List.of());
    QuoteClassifier model = QuoteClassifier.shipped();
    List<Prepared> prepared = QuoteKindTraining.prepare(List.of(article), new QuoteFinder());
    Score heldOut = QuoteKindTraining.score(prepared,
        QuoteKindTraining.probabilities(prepared, model), model.threshold());
    Score pipeline = QuoteScorer.score(gold, SystemQuotes.of(
        new QuoteFinder().withClassifier(model).find(Document.article(gold.doc(), text))), null);
    assertEquals(pipeline.system(), heldOut.system());
    assertEquals(pipeline.right(), heldOut.right());
    assertEquals(pipeline.found(), heldOut.found());
    assertEquals(2, heldOut.found(), "the labelled sentence and the said-quote are both kept");
  }

  @Test
  void eachFoldsFiguresAtTheBestThresholdAddUpToThePooledFigures() {
    List<Prepared> articles = articles(23);
    Result r = QuoteKindTraining.crossValidate(articles, 5, Params.DEFAULTS, 7, null);
    assertEquals(5, r.folds().length);
    Score sum = Score.ZERO;
    for (Score f : r.folds()) {
      assertTrue(f.gold() > 0, "every fold holds articles");
      sum = sum.plus(f);
    }
    Score pooled = r.scores()[r.best()];
    assertEquals(pooled.gold(), sum.gold());
    assertEquals(pooled.system(), sum.system());
    assertEquals(pooled.found(), sum.found());
    assertEquals(pooled.right(), sum.right());
    assertEquals(1.0, pooled.precision(), "the term is told from the quote on held-out folds");
  }

  @Test
  void repeatedDealsGiveOneBestF1EachAndTheFirstIsTheSeedsOwn() {
    List<Prepared> articles = articles(23);
    double[] f1 = QuoteKindTraining.repeatedBestF1(articles, 5, Params.DEFAULTS, 7, 3);
    assertEquals(3, f1.length);
    Result first = QuoteKindTraining.crossValidate(articles, 5, Params.DEFAULTS, 7, null);
    assertEquals(first.scores()[first.best()].f1(), f1[0], 1e-12);
    for (double v : f1) {
      assertTrue(v > 0.9 && v <= 1, "F1 " + v);
    }
  }

  @Test
  void theMissesListGivesEachSpansOffsetsAndListsSpansTheClassifierDoesNotJudge() {
    Prepared one = articles(1).get(0);
    Span unjudged = new Span(4, 11);
    Prepared withUnjudged = new Prepared(one.gold(), one.text(),
        List.of(one.quotes().get(0), one.quotes().get(1), new SystemQuote(unjudged, null, null)),
        java.util.Arrays.asList(one.features().get(0), one.features().get(1), null),
        new boolean[] {true, false, false});
    List<String> lines = QuoteKindTraining.describe(List.of(withUnjudged),
        List.of(new double[] {0.9, 0.2, 1}));
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).startsWith("QUOTE 0.900 text/0.txt 18-43 | "), lines.get(0));
    assertTrue(lines.get(1).startsWith("NOT 0.200 text/0.txt 63-71 | "), lines.get(1));
    assertTrue(lines.get(2).startsWith("NOT rules text/0.txt 4-11 | "), lines.get(2));
    assertTrue(lines.get(1).contains("[[heritage]]"), lines.get(1));
  }
}
