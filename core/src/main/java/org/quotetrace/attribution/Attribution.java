package org.quotetrace.attribution;

import java.util.Objects;
import org.quotetrace.text.Span;

/**
 * One attribution: what was said ({@code content}), who said it ({@code source}, null when the
 * text names nobody) and the words that attribute it ({@code cue}, null when there are none). All
 * spans are UTF-16 indices into the text the attribution was found in.
 */
public record Attribution(Span content, Span source, Span cue, Form form) {
  public Attribution {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(form, "form");
  }
}
