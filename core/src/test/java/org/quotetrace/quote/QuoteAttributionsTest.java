package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.quote.QuoteAssertions.find;
import static org.quotetrace.quote.QuoteAssertions.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

  private static final String[] PIECES = {
    "\u201CThe pier is too old to save,\u201D Marta Oyelaran said.",
    "\u201CWill it close?\u201D asked Tom Brandt.",
    "Ann Lee told reporters: \u201CWe will mend it.\u201D",
    "The council met on Monday.",
    "She called the plan \u201Creckless\u201D and left.",
    "He spoke on \u201CMeet the Press\u201D on Sunday.",
    "\u201CNever,\u201D she said, \u201Cnot while I am mayor.\u201D",
    "Cal said the ferry may stop in June.",
    "\n\n",
  };

  /** Random word-aligned spans of the text, or null now and then. */
  private static Span randomSpan(Random r, String text, boolean nullable) {
    if (nullable && r.nextInt(3) == 0) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        starts.add(i);
      }
    }
    int from = starts.get(r.nextInt(starts.size()));
    int to = Math.min(text.length(), from + 1 + r.nextInt(60));
    return new Span(from, to);
  }

  @Test
  void completionKeepsSourcedAttributionsAddsOnlySpeechQuotesAndIsIdempotentOnRandomTexts() {
    Random r = new Random(15);
    for (int round = 0; round < 150; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0, n = 2 + r.nextInt(6); k < n; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]).append(' ');
      }
      String text = b.toString().trim();
      Extraction ex = find(text);
      List<Attribution> in = new ArrayList<>();
      for (int k = 0, n = r.nextInt(4); k < n; k++) {
        in.add(new Attribution(randomSpan(r, text, false), randomSpan(r, text, true), randomSpan(r, text, true),
            Form.values()[r.nextInt(Form.values().length)]));
      }
      List<Attribution> out = QuoteAttributions.complete(ex, in);
      String where = "round " + round + ": " + text;
      for (int k = 1; k < out.size(); k++) {
        assertTrue(out.get(k - 1).content().compareTo(out.get(k).content()) <= 0, where);
      }
      Set<Span> speech = new HashSet<>();
      for (Quote q : ex.quotes()) {
        if (q.kind() == QuoteKind.SPEECH && !q.isNested()) {
          speech.add(q.span());
        }
      }
      for (Attribution a : in) {
        if (a.source() != null) {
          assertTrue(out.contains(a), where + " lost " + a);
        }
      }
      for (Attribution a : out) {
        assertTrue(a.content().end() <= text.length(), where);
        boolean labelled = false;
        for (Attribution i : in) {
          labelled |= i.content().equals(a.content()) && java.util.Objects.equals(i.cue(), a.cue())
              && (i.source() == null || i.source().equals(a.source()));
        }
        assertTrue(labelled || speech.contains(a.content()) && a.form() == Form.DIRECT, where + " made " + a);
      }
      assertEquals(out, QuoteAttributions.complete(ex, out), where);
    }
  }
}
