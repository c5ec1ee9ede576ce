package org.quotetrace.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quotetrace.quote.Quote;
import org.quotetrace.text.Span;

/**
 * One article quote judged against the sources.
 *
 * @param quote the quote as extracted, with its speaker
 * @param verdict how faithfully it reproduces the sources
 * @param fidelity a score in [0, 1]: 1 for a verbatim quote with no flags, 0 for an unsupported one
 * @param matches where in the sources its parts were said, in quote order; empty when unsupported
 * @param flags what a fact-checker should look at
 * @param edits word changes against the matched source words
 * @param unsupported the parts of the quote no source supports
 * @param brackets the bracketed insertions and whether the source supports them
 * @param reasons why parts were judged to change the source's meaning or to be said nowhere near
 *     the rest ("source: I happen to support that; the quote negates it")
 * @param nearest for an unsupported quote, the source wording nearest it all the same
 */
public record TracedQuote(
    Quote quote, Verdict verdict, double fidelity, List<Match> matches, Set<Flag> flags,
    List<Edit> edits, List<Span> unsupported, List<Bracket> brackets, List<String> reasons,
    Optional<Nearest> nearest) {
  public TracedQuote {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(verdict, "verdict");
    if (!(fidelity >= 0 && fidelity <= 1)) {
      throw new IllegalArgumentException("fidelity " + fidelity + " is not in [0, 1]");
    }
    matches = List.copyOf(matches);
    flags = Set.copyOf(flags);
    edits = List.copyOf(edits);
    unsupported = List.copyOf(unsupported);
    brackets = List.copyOf(brackets);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(nearest, "nearest");
  }

  public TracedQuote(Quote quote, Verdict verdict, double fidelity, List<Match> matches,
      Set<Flag> flags, List<Edit> edits, List<Span> unsupported, List<Bracket> brackets,
      List<String> reasons) {
    this(quote, verdict, fidelity, matches, flags, edits, unsupported, brackets, reasons,
        Optional.empty());
  }

  public TracedQuote(Quote quote, Verdict verdict, double fidelity, List<Match> matches,
      Set<Flag> flags, List<Edit> edits, List<Span> unsupported, List<Bracket> brackets) {
    this(quote, verdict, fidelity, matches, flags, edits, unsupported, brackets, List.of());
  }

  /** This quote with the source wording nearest it. */
  public TracedQuote withNearest(Optional<Nearest> n) {
    return new TracedQuote(quote, verdict, fidelity, matches, flags, edits, unsupported, brackets,
        reasons, n);
  }

  public boolean has(Flag flag) {
    return flags.contains(flag);
  }
}
