package org.quotetrace.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quotetrace.index.SourceFinder.Candidate;
import org.quotetrace.index.report.SourcesReport;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.Tracer;

/**
 * An article's sources in an index, ranked, and the article traced against the top ones: what
 * {@code quotetrace sources} prints and {@code POST /api/sources} answers, done in one place.
 */
public final class SourcesTrace {
  private SourcesTrace() {}

  /** The ranked candidates, those traced, and the trace against them (none when none was worth it). */
  public record Outcome(Document article, SourceFinder.Result result, List<Candidate> traced,
      Optional<Trace> trace) {}

  /**
   * @param candidates how many ranked candidates to list, at least 1
   * @param traceTop how many of the top candidates holding any of its quotes to trace against
   * @param meaning the sentence encoder, or a supplier of null for words only
   */
  public static Outcome run(CorpusIndex index, Document article, int candidates, int traceTop,
      Supplier<? extends SentenceEncoder> meaning) throws IOException {
    Extraction found = new QuoteFinder().find(article);
    SourceFinder finder = new SourceFinder(index);
    SourceFinder.Result result = finder.find(article, found, candidates);
    List<Candidate> top = SourceFinder.worthTracing(result.candidates(), traceTop);
    // The article's quotes are found once, here; the sources' were found when they were indexed.
    // Reported speech is traced too: the attribution model runs over the article alone.
    List<Extraction> sources = finder.extractions(top);
    Trace trace = sources.isEmpty() ? null : trace(found, sources, meaning);
    return new Outcome(article, result, top, Optional.ofNullable(trace));
  }

  /**
   * The article traced against indexed sources as the sources answer traces those it found: with
   * the sources' quotes as indexed, its reported speech, and a meaning budget (found sources are
   * long transcripts). The desk traces the candidates an editor picks from a ranking this way,
   * and gets what {@link #run} would have answered for them.
   */
  public static Trace trace(Extraction article, List<Extraction> sources,
      Supplier<? extends SentenceEncoder> meaning) {
    return new Tracer(meaning).withMeaningBudget(SourceFinder.MEANING_BUDGET).withReportedSpeech()
        .trace(article, sources);
  }

  /** The trace JSON of the output contract with the ranked {@code candidates} added. */
  public static ObjectNode json(Outcome o) {
    return SourcesReport.json(o.article(), o.result(), o.traced(), o.trace().orElse(null));
  }
}
