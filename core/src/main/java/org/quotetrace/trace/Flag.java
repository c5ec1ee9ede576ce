package org.quotetrace.trace;

import java.util.Locale;

/** Something a fact-checker should look at in a quote, whatever its verdict (DESIGN.md). */
public enum Flag {
  /** A bracketed insertion names something the source does not say at that place. */
  BRACKET_NOT_IN_SOURCE,
  /** Words in the quote were said by someone other than its speaker, e.g. the interviewer. */
  SPEAKER_MISMATCH,
  /** Passages that are apart in the source are joined with no mark of the gap. */
  STITCHED,
  /** Words dropped inside a passage with no ellipsis. */
  UNMARKED_OMISSION,
  /** Parts appear in another order than in the source. */
  REORDERED,
  /** With a partial verdict: some parts are supported by no source. */
  UNSUPPORTED_PART;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
