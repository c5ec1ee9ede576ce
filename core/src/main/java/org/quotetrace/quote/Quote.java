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
 * @param parent the span of the quote this one is nested in ("‘He choked,’ she said" inside a
 *     columnist's quote), or null for a top-level quote; a nested quote has a speaker of its own
 */
public record Quote(Span span, QuoteKind kind, Speaker speaker, Mention cue, boolean turn,
    Span parent) {

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    if (parent != null && !parent.contains(span)) {
      throw new IllegalArgumentException("nested quote " + span + " is not inside its parent " + parent);
    }
  }

  /** A top-level quote. */
  public Quote(Span span, QuoteKind kind, Speaker speaker, Mention cue, boolean turn) {
    this(span, kind, speaker, cue, turn, null);
  }

  /** Whether the quote lies inside another quote. */
  public boolean isNested() {
    return parent != null;
  }

  public Optional<Span> parentIfAny() {
    return Optional.ofNullable(parent);
  }

  public Quote withParent(Span newParent) {
    return new Quote(span, kind, speaker, cue, turn, newParent);
  }

  public Optional<Speaker> speakerIfKnown() {
    return Optional.ofNullable(speaker);
  }

  public Optional<Mention> cueIfAny() {
    return Optional.ofNullable(cue);
  }

  public Quote withSpeaker(Speaker newSpeaker, Mention newCue) {
    return new Quote(span, kind, newSpeaker, newCue, turn, parent);
  }

  public Quote withKind(QuoteKind newKind) {
    return new Quote(span, newKind, speaker, cue, turn, parent);
  }

  public String text(String documentText) {
    return span.text(documentText);
  }
}
