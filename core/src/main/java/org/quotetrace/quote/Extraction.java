package org.quotetrace.quote;

import java.util.List;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;

/**
 * The quotes found in one document, in text order, with the problems met on the way (an unclosed
 * quote mark, say), which are recorded rather than thrown.
 */
public record Extraction(Document document, List<Quote> quotes, List<Problem> problems) {
  public Extraction {
    quotes = List.copyOf(quotes);
    problems = List.copyOf(problems);
  }

  /** Quotes that lie in no other quote. */
  public List<Quote> topLevel() {
    return quotes.stream().filter(q -> !q.isNested()).toList();
  }

  /** Speech quotes only, nested ones included: what was reported as said. */
  public List<Quote> speech() {
    return quotes.stream().filter(q -> q.kind() == QuoteKind.SPEECH).toList();
  }
}
