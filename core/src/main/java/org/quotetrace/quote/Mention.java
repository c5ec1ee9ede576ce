package org.quotetrace.quote;

import java.util.Objects;
import org.quotetrace.text.Span;

/** Words at one place in a text: a speaker mention ("he", "the field marshal") or a cue ("told"). */
public record Mention(Span span, String text) {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
    }
  }

  public static Mention of(String doc, Span span) {
    return new Mention(span, span.text(doc));
  }

  public static Mention of(String doc, int start, int end) {
    return of(doc, new Span(start, end));
  }
}
