package org.quotetrace.trace;

import java.util.List;
import java.util.Objects;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;

/**
 * An article traced against its sources: every speech quote judged, and the article's other
 * words that were taken from a source.
 *
 * @param article the article
 * @param sources the sources, in the order given; matches refer to them by index
 * @param quotes the article's speech quotes in text order
 * @param reported the article's reported speech in text order ("he told RT he is seeking …"),
 *     judged like quotes; empty when the tracer was not asked for it
 * @param reuse passages outside quote marks taken from a source
 * @param reusedShare the share of the article's characters outside quotes that is reused
 * @param problems what was odd about the input (an unclosed quote mark, a source in which no
 *     words were found), recorded rather than thrown
 */
public record Trace(Document article, List<Document> sources, List<TracedQuote> quotes,
    List<TracedReport> reported, List<Reuse> reuse, double reusedShare, List<Problem> problems) {
  public Trace {
    Objects.requireNonNull(article, "article");
    sources = List.copyOf(sources);
    quotes = List.copyOf(quotes);
    reported = List.copyOf(reported);
    reuse = List.copyOf(reuse);
    problems = List.copyOf(problems);
  }

  /** A trace of quotes only, with no reported speech. */
  public Trace(Document article, List<Document> sources, List<TracedQuote> quotes,
      List<Reuse> reuse, double reusedShare, List<Problem> problems) {
    this(article, sources, quotes, List.of(), reuse, reusedShare, problems);
  }
}
