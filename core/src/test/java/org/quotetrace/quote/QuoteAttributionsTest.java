package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.quote.QuoteAssertions.find;
import static org.quotetrace.quote.QuoteAssertions.quote;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.Form;
import org.quotetrace.text.Span;

class QuoteAttributionsTest {
  private static Span at(String text, String words) {
    int i = text.indexOf(words);
    assertTrue(i >= 0, words);
    return new Span(i, i + words.length());
  }

  private static String text(String text, Span s) {
    return s == null ? null : s.text(text);
  }

  @Test
  void aLabelledQuoteWithoutSourceTakesTheSpeakerOfItsCue() {
    String text = "The ferry company met on Monday.\n\n\u201CThe pier is too old to save,\u201D Marta Oyelaran said.";
    Extraction ex = find(text);
    assertEquals(QuoteKind.SPEECH, quote(ex, "The pier").kind());
    Attribution labelled = new Attribution(at(text, "The pier is too old to save,"), null, at(text, "said"), Form.DIRECT);
    List<Attribution> out = QuoteAttributions.complete(ex, List.of(labelled));
    assertEquals(1, out.size());
    assertEquals("Marta Oyelaran", text(text, out.get(0).source()));
    assertEquals("said", text(text, out.get(0).cue()));
  }

  @Test
  void aLabelledSourceIsKeptWhereTheSpeakerRankerNamesAnother() {
    String text = "\u201CThe pier is too old to save,\u201D Marta Oyelaran said.";
    Extraction ex = find(text);
    Attribution labelled = new Attribution(at(text, "The pier is too old to save,"), at(text, "Oyelaran"),
        at(text, "said"), Form.DIRECT);
    assertEquals("Oyelaran", text(text, QuoteAttributions.complete(ex, List.of(labelled)).get(0).source()));
  }

  @Test
  void aQuoteNoLabelledContentHoldsBecomesAnAttributionWhenItsCueFollowsIt() {
    String text = "\u201CThe pier is too old to save,\u201D Marta Oyelaran said on Monday.";
    Extraction ex = find(text);
    List<Attribution> out = QuoteAttributions.complete(ex, List.of());
    assertEquals(1, out.size());
    Attribution a = out.get(0);
    assertEquals("The pier is too old to save,", text(text, a.content()));
    assertEquals("Marta Oyelaran", text(text, a.source()));
    assertEquals("said", text(text, a.cue()));
    assertEquals(Form.DIRECT, a.form());
  }

  @Test
  void aQuoteEndingWithAFullStopIsNotMadeAnAttribution() {
    String text = "Marta Oyelaran told reporters: \u201CThe pier is too old to save.\u201D";
    Extraction ex = find(text);
    assertEquals(QuoteKind.SPEECH, quote(ex, "The pier").kind());
    assertEquals(List.of(), QuoteAttributions.complete(ex, List.of()));
  }

  @Test
  void aQuoteHalfInsideALabelledContentIsNotAddedAgain() {
    String text = "\u201CThe pier is too old to save,\u201D Marta Oyelaran said on Monday.";
    Extraction ex = find(text);
    Attribution labelled = new Attribution(at(text, "too old to save,"), at(text, "Marta Oyelaran"),
        at(text, "said"), Form.DIRECT);
    List<Attribution> out = QuoteAttributions.complete(ex, List.of(labelled));
    assertEquals(List.of(labelled), out);
  }

  @Test
  void aSourcelessContentThatIsATitleIsDropped() {
    String text = "Ann Lee spoke on NBC\u2019s \u201CMeet the Press\u201D on Sunday about the pier.";
    Extraction ex = find(text);
    Quote title = quote(ex, "Meet the");
    assertTrue(title.kind() != QuoteKind.SPEECH, title.kind().id());
    Attribution labelled = new Attribution(at(text, "\u201CMeet the Press\u201D"), null, null, Form.DIRECT);
    Attribution sourced = new Attribution(at(text, "\u201CMeet the Press\u201D"), at(text, "Ann Lee"), null,
        Form.DIRECT);
    assertEquals(List.of(), QuoteAttributions.complete(ex, List.of(labelled)));
    assertEquals(List.of(sourced), QuoteAttributions.complete(ex, List.of(sourced)));
  }

  @Test
  void attributionsComeInTextOrderOfTheirContent() {
    String text = "Ann said the pier is old.\n\n\u201CWe will mend it,\u201D Bob Ruiz said.\n\nCal said it may close.";
    Extraction ex = find(text);
    Attribution first = new Attribution(at(text, "the pier is old"), at(text, "Ann"), at(text, "said"), Form.INDIRECT);
    Attribution last = new Attribution(at(text, "it may close"), at(text, "Cal"), at(text, "said it") , Form.INDIRECT);
    List<Attribution> out = QuoteAttributions.complete(ex, List.of(first, last));
    assertEquals(3, out.size());
    assertEquals(first, out.get(0));
    assertEquals("We will mend it,", text(text, out.get(1).content()));
    assertEquals(last, out.get(2));
  }

  @Test
  void aQuoteWhoseSpeakerWasFoundElsewhereInItsParagraphBecomesAnAttributionWithoutSource() {
    String text = "Ann Lee spoke to the crowd on Monday. Her mood was calm. \u201CWe will win the vote,\u201D was her message.";
    Extraction ex = find(text);
    assertEquals(Speaker.Basis.PARAGRAPH, quote(ex, "We will win").speaker().basis());
    List<Attribution> out = QuoteAttributions.complete(ex, List.of());
    assertEquals(1, out.size());
    assertEquals("We will win the vote,", text(text, out.get(0).content()));
    assertEquals(null, out.get(0).source());
  }
}
