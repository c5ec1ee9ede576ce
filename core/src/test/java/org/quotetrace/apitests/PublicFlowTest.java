package org.quotetrace.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.report.QuoteJson;
import org.quotetrace.report.TraceHtml;
import org.quotetrace.report.TraceJson;
import org.quotetrace.report.TraceText;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Match;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.Tracer;
import org.quotetrace.trace.Verdict;

/**
 * The flow a program outside quotetrace walks, through exported packages only: read an interview
 * and an article, find the article's quotes and who said them, trace them to the interview, and
 * write the reports.
 */
class PublicFlowTest {
  private static final String INTERVIEW = """
      Fisheries minister Tove Brandt spoke to Jan Kuiper on Radio Aldmoor on Monday.

      JAN KUIPER: Minister, will the quotas be cut this year?
      TOVE BRANDT: The quotas will stay as they are until the survey is finished. We will publish the survey in June. Nobody will lose a licence this season.
      JAN KUIPER: And the harbour fees?
      TOVE BRANDT: The harbour fees will go down by a tenth from April.
      """;

  private static final String ARTICLE = """
      Quotas unchanged until survey, minister says

      Fisheries minister Tove Brandt said on Monday that catch limits would not change before a survey of the stocks is finished.

      "The quotas will stay as they are until the survey is finished," Brandt told Radio Aldmoor.

      "Nobody will lose a licence this season," she said.

      "We will double the coastguard budget next year," Brandt added.
      """;

  private static Document read(String id, String text, DocumentKind kind) throws ReadException {
    return Readers.read(id, text.getBytes(StandardCharsets.UTF_8),
        ReadOptions.DEFAULTS.withKind(kind));
  }

  @Test
  void aLabelledInterviewIsReadIntoTurnsWithTheirSpeakers() throws ReadException {
    Document interview = read("interview.txt", INTERVIEW, DocumentKind.TRANSCRIPT);
    assertEquals(DocumentKind.TRANSCRIPT, interview.kind());
    assertEquals(List.of("JAN KUIPER", "TOVE BRANDT", "JAN KUIPER", "TOVE BRANDT"),
        interview.turns().stream().map(t -> t.speaker()).toList());
  }

  @Test
  void theArticlesQuotesAreFoundWithTheirSpeakerAndSpansIntoTheText() throws ReadException {
    Document article = read("article.txt", ARTICLE, DocumentKind.ARTICLE);
    Extraction found = new QuoteFinder().find(article);
    List<Quote> speech = found.speech();
    assertEquals(List.of("The quotas will stay as they are until the survey is finished,",
        "Nobody will lose a licence this season,",
        "We will double the coastguard budget next year,"),
        speech.stream().map(q -> q.text(article.text())).toList());
    for (Quote q : speech) {
      assertEquals("Tove Brandt", q.speakerIfKnown().flatMap(s -> s.resolvedName()).orElse(""),
          () -> "speaker of " + q.text(article.text()));
    }
    String line = QuoteJson.toLine(QuoteJson.document(found));
    assertTrue(line.contains("\"Tove Brandt\""), line);
  }

  @Test
  void tracingTheArticleFindsTheWordsInTheInterviewAndNotTheInventedOnes() throws ReadException {
    QuoteFinder finder = new QuoteFinder();
    Extraction article = finder.find(read("article.txt", ARTICLE, DocumentKind.ARTICLE));
    Extraction interview =
        finder.find(read("interview.txt", INTERVIEW, DocumentKind.TRANSCRIPT));

    Trace trace = Tracer.lexical().trace(article, List.of(interview));

    assertEquals(List.of(Verdict.VERBATIM, Verdict.VERBATIM, Verdict.UNSUPPORTED),
        trace.quotes().stream().map(TracedQuote::verdict).toList());
    Match first = trace.quotes().get(0).matches().get(0);
    assertEquals("TOVE BRANDT", first.speaker());
    String source = interview.document().text();
    assertTrue(source.substring(first.span().start(), first.span().end())
        .startsWith("The quotas will stay"), first.toString());
    assertTrue(trace.quotes().get(2).matches().isEmpty());

    String json = TraceJson.toText(TraceJson.trace(trace));
    assertTrue(json.contains("\"verdict\" : \"verbatim\"") || json.contains("\"verdict\":\"verbatim\""),
        json);
    assertFalse(TraceText.render(trace).isBlank());
    assertTrue(TraceHtml.render(trace).contains("<html"));
  }
}
