package org.quotetrace.trace;

import java.util.Locale;
import java.util.Objects;
import org.quotetrace.text.Span;

/**
 * One word-level change between a quote and its source: what the article has, what the source
 * has. A {@code delete} has no article words and an {@code insert} no source words; their span on
 * that side is empty and marks where the words would stand.
 *
 * @param source index of the source document in {@link Trace#sources()}
 */
public record Edit(Op op, Span article, String articleText, int source, Span sourceSpan,
    String sourceText) {

  /** The kind of change, seen from the source to the article. */
  public enum Op {
    /** The article has other words than the source. */
    REPLACE,
    /** The article adds words the source does not have. */
    INSERT,
    /** The article drops words the source has. */
    DELETE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Edit {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sourceSpan, "sourceSpan");
    Objects.requireNonNull(articleText, "articleText");
    Objects.requireNonNull(sourceText, "sourceText");
  }
}
