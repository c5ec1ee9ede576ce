package org.quotetrace.bench.corenlp;

import java.util.Objects;
import org.quotetrace.eval.QuoteScorer.SystemQuote;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Span;

/**
 * One quote as CoreNLP reported it, kept raw so that a saved run can be scored again.
 *
 * @param quote the quote in UTF-16 indices, quote marks included, as CoreNLP gives it
 * @param mention the speaker mention's tokens in UTF-16 indices, or null when it named none
 * @param mentionText CoreNLP's text of that mention, or null
 * @param speaker CoreNLP's speaker (the character the mention was linked to), or null
 * @param canonical the canonical mention of that speaker, or null
 */
record CoreNlpQuote(Span quote, Span mention, String mentionText, String speaker, String canonical) {

  CoreNlpQuote {
    Objects.requireNonNull(quote, "quote");
  }

  /** Which of CoreNLP's speaker strings is scored as the resolved name. */
  enum Name {
    /** The speaker, else the canonical mention: the default. */
    SPEAKER_THEN_CANONICAL,
    SPEAKER,
    CANONICAL,
    /** No name at all: only the mention span can make a speaker right. */
    NONE
  }

  /**
   * What the scorer reads: the content without its marks and the mention, in code points.
   *
   * @throws IllegalArgumentException naming the offsets when CoreNLP's span leaves the text
   */
  SystemQuote toSystem(String text, Offsets offsets, Name choice) {
    Span content = withoutMarks(text, quote);
    String name = switch (choice) {
      case SPEAKER_THEN_CANONICAL -> speaker != null ? speaker : canonical;
      case SPEAKER -> speaker;
      case CANONICAL -> canonical;
      case NONE -> null;
    };
    return new SystemQuote(
        offsets.toCodePoints(content), mention == null ? null : offsets.toCodePoints(mention), name);
  }

  /**
   * The span inside the quote marks. CoreNLP's quote spans start on the opening mark and end after
   * the closing one; the gold and quotetrace leave the marks out. A LaTeX-style {@code ``…''} pair
   * is two characters a side.
   */
  static Span withoutMarks(String text, Span quote) {
    if (quote.end() > text.length()) {
      throw new IllegalArgumentException(
          "CoreNLP quote " + quote + " leaves a text of length " + text.length());
    }
    int start = quote.start();
    int end = quote.end();
    if (text.startsWith("``", start) && end - start >= 2) {
      start += 2;
    } else if (start < end && isMark(text.charAt(start))) {
      start++;
    }
    if (end - start >= 2 && text.startsWith("''", end - 2)) {
      end -= 2;
    } else if (end > start && isMark(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean isMark(char c) {
    return switch (c) {
      case '"', '\'', '`', '\u201C', '\u201D', '\u201E', '\u201F', '\u2018', '\u2019', '\u201A',
           '\u201B', '\u00AB', '\u00BB', '\u2039', '\u203A' -> true;
      default -> false;
    };
  }
}
