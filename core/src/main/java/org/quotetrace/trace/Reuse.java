package org.quotetrace.trace;

import java.util.Objects;
import org.quotetrace.text.Span;

/**
 * Article words outside quote marks that were taken from a source: reuse without quotation.
 *
 * @param article the reused words in the article
 * @param source index of the source document in {@link Trace#sources()}
 * @param sourceSpan where they stand in the source
 * @param words how many words the two passages share in order
 */
public record Reuse(Span article, int source, Span sourceSpan, int words) {
  public Reuse {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sourceSpan, "sourceSpan");
  }
}
