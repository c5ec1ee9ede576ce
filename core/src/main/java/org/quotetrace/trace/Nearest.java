package org.quotetrace.trace;

import java.util.Objects;
import org.quotetrace.text.Span;

/**
 * The source wording nearest a quote no source supports, though not near enough to count: what
 * an editor compares the quote with ("unfair" where the source says "unjust").
 *
 * @param source index of the source document in {@link Trace#sources()}
 * @param span the words in the source's text
 * @param text those words
 * @param similarity the cosine of the sentence embeddings, or without the model the share of the
 *     quote's words found in order there
 */
public record Nearest(int source, Span span, String text, double similarity) {
  public Nearest {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (source < 0) {
      throw new IllegalArgumentException("negative source index " + source);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("nearest text does not fit span " + span);
    }
  }
}
