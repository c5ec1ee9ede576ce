package org.quotetrace.quote;

import java.util.Objects;
import java.util.Optional;
import org.quotetrace.text.Span;

/**
 * A direct quote or turn: where its words are, what kind of thing the marks enclose, and who said
 * it.
 *
 * @param span the quoted words, quote marks excluded; a quote that runs over paragraphs spans the
 *     reopening marks between them, as news convention and the gold data do
 * @param kind speech, or a title, name or term that nobody is reported to have said
 * @param speaker who said it, or null when that cannot be known from the text
 * @param cue the attributing words ("said", "told RT", "according to"), or null
 * @param turn whether the quote is a transcript turn or SOT block rather than marked words
 */
public record Quote(Span span, QuoteKind kind, Speaker speaker, Mention cue, boolean turn) {

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }

  public Optional<Speaker> speakerIfKnown() {
    return Optional.ofNullable(speaker);
  }

  public Optional<Mention> cueIfAny() {
    return Optional.ofNullable(cue);
  }

  public Quote withSpeaker(Speaker newSpeaker, Mention newCue) {
    return new Quote(span, kind, newSpeaker, newCue, turn);
  }

  public Quote withKind(QuoteKind newKind) {
    return new Quote(span, newKind, speaker, cue, turn);
  }

  public String text(String documentText) {
    return span.text(documentText);
  }
}
