package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.Form;
import org.quotetrace.text.Span;

/**
 * The features a quote span takes from the attributions a labeller found around it: the gold
 * counts quote-marked words as a quote only inside an attributed passage, so the classifier is
 * told whether the span lies in a predicted content and whether its line holds a cue.
 */
class QuoteClassifierAttributionFeaturesTest {
  private static final String TEXT = String.join("\n",
      "\u201cThe bridge will open in May,\u201d the mayor, Ruth Calder, said on Monday.",
      "Fans of the \u201cRiver Kings\u201d lined the bank to watch.");

  private static Span span(String words) {
    int s = TEXT.indexOf(words);
    return new Span(s, s + words.length());
  }

  private static int feature(String... parts) {
    QuoteClassifier.Feats fs = new QuoteClassifier.Feats();
    switch (parts.length) {
      case 1 -> fs.add(parts[0]);
      case 2 -> fs.add(parts[0], parts[1]);
      default -> fs.add(parts[0], parts[1], parts[2]);
    }
    return fs.toArray()[0];
  }

  private static boolean has(int[] features, int f) {
    return Arrays.stream(features).anyMatch(x -> x == f);
  }

  private static final Span QUOTE = span("The bridge will open in May,");
  private static final Span TITLE = span("River Kings");
  private static final List<Attribution> FOUND = List.of(new Attribution(
      QUOTE, span("Ruth Calder"), span("said"), Form.DIRECT));

  @Test
  void aQuoteInsideAPredictedContentWithItsCueIsCoveredAndHasACueOnItsLine() {
    int[] f = QuoteClassifier.attributionFeatures(TEXT, QUOTE, FOUND);
    assertTrue(has(f, feature("at.cover=", "all")));
    assertTrue(has(f, feature("at.lineCue=", "y")));
    assertTrue(has(f, feature("at.form=", "DIRECT", "all")));
    assertTrue(has(f, feature("at.has=", "cs", "all")));
    assertTrue(has(f, feature("at.cue@", "after", "60")));
  }

  @Test
  void aTitleOnALineWithoutAnyAttributionIsUncoveredAndHasNoCue() {
    int[] f = QuoteClassifier.attributionFeatures(TEXT, TITLE, FOUND);
    assertTrue(has(f, feature("at.cover=", "none")));
    assertTrue(has(f, feature("at.lineCue=", "n")));
    assertTrue(has(f, feature("at.contents=", "0")));
    assertFalse(has(f, feature("at.cover=", "all")));
  }

  @Test
  void aSpanHalfInsideAContentIsPartlyCovered() {
    Span half = span("Kings\u201d lined the bank");
    List<Attribution> found = List.of(new Attribution(span("lined the bank to watch"), null, null,
        Form.INDIRECT));
    int[] f = QuoteClassifier.attributionFeatures(TEXT, new Span(TITLE.start(), half.end()), found);
    assertTrue(has(f, feature("at.cover=", "part")));
    assertTrue(has(f, feature("at.has=", "", "part")));
  }

  @Test
  void noAttributionsGiveTheUncoveredFeaturesOnly() {
    int[] f = QuoteClassifier.attributionFeatures(TEXT, QUOTE, List.of());
    assertTrue(has(f, feature("at.cover=", "none")));
    assertFalse(has(f, feature("at.lineCue=", "y")));
  }
}
