package org.quotetrace.bench.corpus;

import java.util.Locale;

/** How an article quote differs from what was said; each labelled quote lists one or more. */
enum Edit {
  /** Whole sentences of one turn, word for word. */
  VERBATIM,
  /** Words cut at either end, or skipped inside with an ellipsis. */
  TRIMMED,
  /** One to three content words swapped for a WordNet synonym. */
  SYNONYM,
  /** A pronoun replaced by, or a clarification added in, square brackets. */
  BRACKET,
  /** Two pieces of one speaker's words, from apart, joined as one quote. */
  STITCHED,
  /** Two sentences in the opposite order. */
  REORDERED,
  /** Words found nowhere in the source. */
  INVENTED,
  /** The quote runs into the next turn, or starts in the previous one: another speaker's words. */
  SPEAKER_MOVED,
  /** The words are quoted right but attributed to somebody else at the event. */
  MISATTRIBUTED;

  private final String id = name().toLowerCase(Locale.ROOT);

  String id() {
    return id;
  }
}
