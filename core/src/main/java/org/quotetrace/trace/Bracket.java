package org.quotetrace.trace;

import java.util.Objects;
import org.quotetrace.text.Span;

/**
 * A bracketed insertion in a quote ("They [Europeans] …") and what the source says at that place.
 *
 * @param span the words inside the brackets, in the article
 * @param text those words
 * @param sourceText the source's own bracket at the matched place ("Italian military ships"), or
 *     null when it has none
 * @param agrees whether the source supports what the bracket names at that place
 */
public record Bracket(Span span, String text, String sourceText, boolean agrees) {
  public Bracket {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
