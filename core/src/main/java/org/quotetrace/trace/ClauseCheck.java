package org.quotetrace.trace;

import java.util.List;
import java.util.Objects;

/**
 * A finding as its clauses leave it ({@link Clauses}): a clause found nowhere near, or saying
 * something else than its source, becomes an unsupported part, and a sentence none of whose
 * clauses holds becomes unsupported; an unmatched sentence whose clauses are one answer's words in
 * another order becomes edited.
 *
 * @param finding the finding after the clause check; the one given when nothing changed
 * @param reordered whether the sentence's clauses are in the source in another order
 * @param reasons why clauses were found to change the source's meaning, or to be said nowhere
 *     near ("source: I happen to support that; the quote negates it")
 */
record ClauseCheck(Finding finding, boolean reordered, List<String> reasons) {
  ClauseCheck {
    Objects.requireNonNull(finding, "finding");
    reasons = List.copyOf(reasons);
  }

  /** The finding as it was: nothing found wrong clause by clause, or nothing to check. */
  static ClauseCheck unchanged(Finding finding) {
    return new ClauseCheck(finding, false, List.of());
  }
}
