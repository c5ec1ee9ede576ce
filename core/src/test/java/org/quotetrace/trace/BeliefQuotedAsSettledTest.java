package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * A fragment quoted from the words after the speaker's "I expect" or "we hope", given a "will" of
 * the quote's own: the expectation stated as settled (invented sentences).
 */
class BeliefQuotedAsSettledTest {
  private static final String SOURCE = "ELIN MARROW: We will publish the audit when it is done."
      + " I expect that to be late in the spring. The pool stays open until then.\n";

  @Test
  void aFragmentAfterIExpectGivenAWillOfItsOwnIsUnsupported() {
    TracedQuote q = quote(trace("Marrow said the audit “will be late in the spring”.",
        SOURCE), "will be late");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.toString());
  }

  @Test
  void aHopeAndItsConditionDroppedMakeThatClauseUnsupportedWithoutAnOmissionFlag() {
    String source = "ELIN MARROW: We have ordered a second ferry for the island, which we hope"
        + " will sail in May if the yard finishes on time. The first one stays in service.\n";
    TracedQuote q = quote(trace("Marrow said: “We have ordered a second ferry for the island,"
        + " which will sail in May,” she said.", source), "We have ordered");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertTrue(!q.flags().contains(Flag.UNMARKED_OMISSION), q.toString());
  }

  @Test
  void aFragmentAfterIExpectWithoutAWillIsNoChange() {
    TracedQuote q = quote(trace("Marrow said the audit was due “late in the spring”.", SOURCE),
        "late in the spring");
    assertTrue(q.verdict().ordinal() < Verdict.PARTIAL.ordinal(), q.toString());
  }
}
