package org.quotetrace.trace;

import java.util.Locale;

/** How one part of a quote is supported by the source passage it was matched to. */
public enum Support {
  /** The same words, up to case, punctuation, spelling variants and number forms. */
  VERBATIM,
  /** The same words with a few changed, added or dropped. */
  EDITED,
  /** The same statement in other words, recognised by meaning. */
  PARAPHRASE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
