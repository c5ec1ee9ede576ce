package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.Form;
import org.quotetrace.meaning.CachingEncoder;
import org.quotetrace.meaning.MeaningUnavailableException;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Span;

/** Domain assertions for traces, and the shared tracer with the real meaning model. */
public final class TraceAssertions {
  private static SentenceEncoder encoder;

  private TraceAssertions() {}

  /** One real MiniLM encoder for all test classes: loading it costs most of a second. */
  public static synchronized Tracer tracer() {
    SentenceEncoder e = encoder();
    return new Tracer(() -> e);
  }

  /** The shared real encoder, vectors cached. */
  public static synchronized SentenceEncoder encoder() {
    if (encoder == null) {
      try {
        encoder = new CachingEncoder(MiniLmEncoder.load(), 20_000);
      } catch (MeaningUnavailableException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }
    return encoder;
  }

  public static Document doc(String id, String text) {
    return Readers.parse(id, text, ReadOptions.DEFAULTS);
  }

  /**
   * Every span lies in the text it points into, every match part inside its quote, matches in
   * quote order, fidelity in range, and an unsupported quote has no matches.
   */
  public static void assertInvariants(Trace t) {
    String text = t.article().text();
    for (TracedQuote q : t.quotes()) {
      Span qs = q.quote().span();
      assertTrue(qs.end() <= text.length(), "quote leaves the article");
      assertTrue(q.fidelity() >= 0 && q.fidelity() <= 1);
      if (q.verdict() == Verdict.UNSUPPORTED) {
        assertTrue(q.matches().isEmpty(), "unsupported quote with matches");
        assertEquals(0.0, q.fidelity());
      } else {
        assertTrue(!q.matches().isEmpty(), "supported quote without matches: " + q);
      }
      assertEquals(q.verdict() == Verdict.PARTIAL, q.has(Flag.UNSUPPORTED_PART),
          "unsupported_part goes with partial and only with it");
      int last = -1;
      for (Match m : q.matches()) {
        String src = t.sources().get(m.source()).text();
        assertTrue(m.span().end() <= src.length(), "match leaves its source");
        assertEquals(m.span().text(src), m.text());
        assertTrue(qs.contains(m.quotePart()), "match part " + m.quotePart() + " outside " + qs);
        assertTrue(m.quotePart().start() >= last, "matches out of quote order");
        last = m.quotePart().start();
        assertTrue(m.similarity() >= 0 && m.similarity() <= 1);
      }
      for (Edit e : q.edits()) {
        assertTrue(e.article().end() <= text.length());
        assertEquals(e.article().text(text), e.articleText());
        String src = t.sources().get(e.source()).text();
        assertEquals(e.sourceSpan().text(src), e.sourceText());
      }
      for (Span u : q.unsupported()) {
        assertTrue(qs.contains(u), "unsupported part outside its quote");
      }
      for (Bracket b : q.brackets()) {
        assertTrue(qs.contains(b.span()));
      }
    }
    for (Reuse r : t.reuse()) {
      assertTrue(r.article().end() <= text.length());
      assertTrue(r.sourceSpan().end() <= t.sources().get(r.source()).text().length());
    }
    assertTrue(t.reusedShare() >= 0 && t.reusedShare() <= 1);
  }

  /** The traced quote whose text begins with {@code prefix}. */
  public static TracedQuote quote(Trace t, String prefix) {
    for (TracedQuote q : t.quotes()) {
      if (q.quote().text(t.article().text()).startsWith(prefix)) {
        return q;
      }
    }
    fail("no quote begins with \"" + prefix + "\"; quotes: "
        + t.quotes().stream().map(q -> q.quote().text(t.article().text())).toList());
    return null;
  }

  public static Trace trace(String article, String... sources) {
    List<Document> docs = new java.util.ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      docs.add(doc("source-" + (i + 1), sources[i]));
    }
    Trace t = tracer().trace(doc("article", article), docs);
    assertNotNull(t);
    assertInvariants(t);
    return t;
  }

  /**
   * {@code article} (named article.txt) traced by {@code tracer} against one speaker-labelled
   * transcript, with the trace's invariants checked.
   */
  public static Trace traceTranscript(Tracer tracer, String article, String name,
      String transcript) {
    Trace t = tracer.trace(doc("article.txt", article), List.of(Readers.parse(name,
        transcript, ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT))));
    assertNotNull(t);
    assertInvariants(t);
    return t;
  }

  /**
   * The one report of an article that reads "{@code speaker} {@code cue} {@code content}.", with
   * that attribution given to the tracer, traced against one speaker-labelled transcript.
   */
  public static TracedReport reportOf(String speaker, String cue, String content, String name,
      String transcript) {
    String article = speaker + " " + cue + " " + content + ".\n";
    Tracer tracer = tracer().withReportedSpeech(text -> {
      int at = text.indexOf(content);
      int cueAt = text.indexOf(cue);
      return List.of(new Attribution(new Span(at, at + content.length()),
          new Span(0, speaker.length()), new Span(cueAt, cueAt + cue.length()), Form.INDIRECT));
    });
    Trace t = traceTranscript(tracer, article, name, transcript);
    assertEquals(1, t.reported().size());
    return t.reported().get(0);
  }
}
