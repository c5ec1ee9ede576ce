package org.quotetrace.trace;

import java.util.Objects;
import org.quotetrace.text.Span;

/**
 * A place in a source that supports part of a quote.
 *
 * @param source index of the source document in {@link Trace#sources()}
 * @param span the supporting words in the source's text
 * @param text those words
 * @param voice who says them in the source: a turn's label or a quote's speaker, the narrator
 *     for words the source gives in its own voice, or unknown where the source does not say
 * @param quotePart the part of the article quote this match covers
 * @param support how closely the quote part follows the source words
 * @param similarity the evidence for {@code support} in [0, 1]: the share of words aligned for a
 *     lexical match, the cosine of the sentence embeddings for a paraphrase
 */
public record Match(
    int source, Span span, String text, Voice voice, Span quotePart, Support support,
    double similarity) {
  public Match {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quotePart, "quotePart");
    Objects.requireNonNull(support, "support");
    if (source < 0) {
      throw new IllegalArgumentException("negative source index " + source);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("match text does not fit span " + span);
    }
  }

  /** The name of who says the words in the source, or null for the narrator or an unknown voice. */
  public String speaker() {
    return voice.name();
  }
}
