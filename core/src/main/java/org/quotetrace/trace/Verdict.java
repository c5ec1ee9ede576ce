package org.quotetrace.trace;

import java.util.Locale;

/** How faithfully a quote reproduces its sources, from most to least faithful (DESIGN.md). */
public enum Verdict {
  /** Every word is in the source, in order; omissions are marked with an ellipsis. */
  VERBATIM,
  /** Small wording changes, about one word in five or fewer; meaning and brackets kept. */
  EDITED,
  /** The same statement in other words: a translation variant, a reworded sentence. */
  PARAPHRASE,
  /** Some parts are supported and some are found nowhere in the sources. */
  PARTIAL,
  /** No part is found in the sources. */
  UNSUPPORTED;

  /** The name used in JSON and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
