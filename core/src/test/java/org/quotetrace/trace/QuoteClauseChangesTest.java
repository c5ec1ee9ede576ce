package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Clause changes found writing cases 41-43 (invented sentences): a clause whose opening words
 * come from later in the source sentence, with another object than the source gives them; and
 * a negation that moved with its own words to the front of the sentence.
 */
class QuoteClauseChangesTest {
  @Test
  void aClauseOpeningLiftedFromLaterInTheSentenceIsComparedWithItsOwnSourceClause() {
    // Fails without Clauses.liftedOpening: the alignment puts "and we will hire" in the place of
    // "we have a shortlist of" and follows "seven wardens", a paraphrase.
    String source = "ELIN MARROW: The rest of the grant pays for the boats. We have a shortlist"
        + " of seven wardens, and we will hire two or three of them if the council agrees.\n";
    TracedQuote q = quote(trace("Marrow said: “The rest of the grant pays for the boats, and we"
        + " will hire seven wardens.”", source), "The rest of the grant");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    TracedQuote kept = quote(trace("Marrow said: “We have a shortlist of seven wardens, and we"
        + " will hire two or three of them.”", source), "We have a shortlist");
    assertEquals(Verdict.VERBATIM, kept.verdict(), kept.toString());
  }

  @Test
  void aNegationMovedWithItsOwnWordsIsNotAddedToTheClause() {
    // Fails without Clauses.moved for negations: the compared words stop at "promise it" and
    // the "cannot" moved before them read as a negation the source lacks.
    String source = "ELIN MARROW: After that we hope the ferry will run again, but I will not"
        + " promise it, because I cannot. What I can promise is a bus on Sundays.\n";
    TracedQuote q = quote(trace("Marrow said: “Because I cannot, I will not promise it. What I"
        + " can promise is a bus on Sundays.”", source), "Because I cannot");
    assertTrue(q.verdict().ordinal() < Verdict.PARTIAL.ordinal(), q.toString());
  }
}
