package org.quotetrace.quote;

import java.util.Optional;

/**
 * Who said a quote: the words that name the speaker at that place, and the person they resolve to.
 *
 * @param name the resolved person, in the fullest form the document gives ("Khalifa Haftar"), or
 *     null when the mention could not be resolved to a name
 * @param mention the words at the quote's place ("he", "the Libyan strongman", "Haftar"), or null
 *     when the speaker is only inferred (a continuation paragraph with no cue)
 * @param basis which rule decided, so that a reader can judge how much to trust it
 */
public record Speaker(String name, Mention mention, Basis basis) {

  /** How a speaker was found, from most to least direct. */
  public enum Basis {
    /** A transcript label or SOT heading. */
    LABEL,
    /** A speech cue next to the quote: "…," Haftar said / Haftar told RT: "…". */
    CUE,
    /** A cue elsewhere in the same sentence or paragraph. */
    PARAGRAPH,
    /** A paragraph that continues the previous speaker's quote with no cue of its own. */
    CONTINUATION,
    /** The nearest preceding speaker when nothing more direct was found. */
    NEAREST;

    /** Kept: the kinds classifier asks it twice of every speech quote. */
    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    public String id() {
      return id;
    }
  }

  public Speaker {
    if (name == null && mention == null) {
      throw new IllegalArgumentException("a speaker needs a name or a mention");
    }
    java.util.Objects.requireNonNull(basis, "basis");
  }

  public Optional<String> resolvedName() {
    return Optional.ofNullable(name);
  }

  public Optional<Mention> mentionAt() {
    return Optional.ofNullable(mention);
  }
}
