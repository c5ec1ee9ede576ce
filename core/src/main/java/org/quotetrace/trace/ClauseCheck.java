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

  /**
   * {@code f}'s match judged to say something else than the report or quote ({@code reasons}):
   * the same source, passage, alignment and similarity, without support.
   */
  static ClauseCheck unsupported(Finding f, List<String> reasons) {
    return unsupported(f, f.passage(), reasons);
  }

  /** As {@link #unsupported(Finding, List)}, pointing at {@code passage} of the source instead. */
  static ClauseCheck unsupported(Finding f, SourceText.Passage passage, List<String> reasons) {
    return new ClauseCheck(new Finding(f.unit(), null, f.similarity(), f.source(), passage,
        f.alignment(), f.skipped(), List.of()), false, reasons);
  }

  /** The finding as it was: nothing found wrong clause by clause, or nothing to check. */
  static ClauseCheck unchanged(Finding finding) {
    return new ClauseCheck(finding, false, List.of());
  }
}
