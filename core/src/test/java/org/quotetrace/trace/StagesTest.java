package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.quote.Speaker;
import org.quotetrace.text.Document;

/**
 * Quotes are found once and handed on (issue 14): a tracer given the quotes of the article and
 * its sources traces with them, and finds nothing again.
 */
class StagesTest {
  private static final String SPEECH = """
      The harbour master opened the new pier on Tuesday.

      "The ferry will run every day this winter, storms permitting," said Edda Lindqvist. \
      "We have hired two new crews for it."
      """;
  private static final String ARTICLE = """
      Ferry to run all winter

      "The ferry will run every day this winter," Edda Lindqvist said on Tuesday.
      """;

  @Test
  void tracingQuotesFoundOnceGivesTheTraceOfFindingThemAgain() {
    Document article = Document.article("article", ARTICLE);
    Document source = Document.article("speech", SPEECH);
    QuoteFinder finder = new QuoteFinder();

    Trace again = Tracer.lexical().trace(article, List.of(source));
    Trace once = Tracer.lexical().trace(finder.find(article), List.of(finder.find(source)));

    assertEquals(again, once);
    assertEquals(Verdict.VERBATIM, once.quotes().get(0).verdict());
  }

  @Test
  void theSourcesQuotesAreTakenAsGivenNotFoundAgain() {
    Document article = Document.article("article", ARTICLE);
    Document source = Document.article("speech", SPEECH);
    QuoteFinder finder = new QuoteFinder();
    Extraction found = finder.find(source);
    // The same source, its quotes credited to another person: the trace must follow them.
    List<Quote> others = found.quotes().stream()
        .map(q -> q.speaker() == null ? q : q.withSpeaker(
            new Speaker("Tomas Berg", null, Speaker.Basis.CUE), q.cue()))
        .toList();
    Extraction credited = new Extraction(source, others, found.problems());

    TracedQuote asFound = Tracer.lexical().trace(finder.find(article), List.of(found))
        .quotes().get(0);
    TracedQuote asGiven = Tracer.lexical().trace(finder.find(article), List.of(credited))
        .quotes().get(0);

    assertFalse(asFound.has(Flag.SPEAKER_MISMATCH), asFound.toString());
    assertTrue(asGiven.has(Flag.SPEAKER_MISMATCH), asGiven.toString());
    assertEquals("Tomas Berg", asGiven.matches().get(0).speaker());
  }

  @Test
  void theNarratorIsNobodyAQuoteIsCreditedToAndAnUnknownVoiceAgreesWithAnyone() {
    Voice haftar = new Voice.Named(new Speaker("Khalifa Haftar", null, Speaker.Basis.CUE));
    Voice surname = new Voice.Named(new Speaker("Haftar", null, Speaker.Basis.CUE));
    Voice reporter = new Voice.Named(new Speaker("Reporter", null, Speaker.Basis.LABEL));

    assertTrue(Speakers.same(surname, haftar));
    assertFalse(Speakers.same(haftar, reporter));
    assertFalse(Speakers.same(haftar, Voice.NARRATOR));
    assertTrue(Speakers.same(haftar, Voice.UNKNOWN));
    assertTrue(Speakers.same(Voice.UNKNOWN, Voice.NARRATOR));
    assertEquals(Voice.UNKNOWN, Voice.of(null));
    assertEquals(Voice.UNKNOWN, Voice.of(new Speaker(null,
        org.quotetrace.quote.Mention.of("they said", 0, 4), Speaker.Basis.CUE)));
  }
}
