package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotetrace.trace.TraceAssertions.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.Form;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Span;

/** Reported speech in hard-wrapped copy: a line that only wraps its paragraph cuts no claim. */
class ReportedWrappedTest {
  private static final String INTERVIEW = """
      HOST: When will the bridge open again?

      ORLA FENWICK: The bridge will open again to cars on the tenth of May, once we have \
      repaired both piers. The steel deck has passed its load test.
      """;

  // Wrapped greedily at 70 characters, as wire copy and e-mailed text are.
  private static final String ARTICLE = """
      Orla Fenwick, the mayor, spent most of Thursday at the harbour with
      the engineers. Speaking to the Harbour Post afterwards, Fenwick said
      the bridge would be open to cars again on the tenth of May, once both
      piers were repaired. Traders on the quay have lost most of their
      spring trade since the storm.
      """;

  @Test
  void aReportRunningOverAWrappedLineIsOneClaimMatchedToOneSentence() {
    String content = "the bridge would be open to cars again on the tenth of May, once both\n"
        + "piers were repaired";
    int at = ARTICLE.indexOf(content);
    int cue = ARTICLE.lastIndexOf("said", at);
    int source = ARTICLE.lastIndexOf("Fenwick", cue);
    Tracer tracer = TraceAssertions.tracer().withReportedSpeech(text -> List.of(new Attribution(
        new Span(at, at + content.length()), new Span(source, source + "Fenwick".length()),
        new Span(cue, cue + "said".length()), Form.INDIRECT)));
    Trace t = tracer.trace(doc("article.txt", ARTICLE), List.of(Readers.parse("interview.txt",
        INTERVIEW, ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT))));
    TraceAssertions.assertInvariants(t);
    TracedReport r = t.reported().get(0);
    // Cut at the line end, "piers were repaired" was a claim of its own, matched apart.
    assertEquals(1, r.traced().matches().size(), r.traced().toString());
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
  }
}
