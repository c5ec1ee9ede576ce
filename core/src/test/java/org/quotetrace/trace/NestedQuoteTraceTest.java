package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/** A quote inside a columnist's quote is judged against the source on its own (issue 13, 1.5). */
class NestedQuoteTraceTest {
  private static final String DEBATE = """
      MODERATOR: Senator Lund, the harbour. Your answer?
      MARIA LUND: The governor has no plan for the harbour. None at all. We will dredge it next spring.
      KARL AAS: That is simply not true.
      """;

  private static final String COLUMN = "Senator Maria Lund debated the governor on Tuesday.\n\n"
      + "Our columnist Peter Holm wrote: “The tenor changed after an hour. ‘The governor has no plan"
      + " for the harbour,’ she said. That was the moment the whole race turned for good.”\n";

  @Test
  void theInnerQuoteIsVerbatimInTheSourceAndSpokenByItsOwnSpeaker() {
    Trace t = trace(COLUMN, DEBATE);
    TracedQuote inner = quote(t, "The governor has no plan");
    assertEquals(Verdict.VERBATIM, inner.verdict());
    assertEquals("MARIA LUND", inner.matches().get(0).speaker());
    assertFalse(inner.has(Flag.SPEAKER_MISMATCH), inner.flags().toString());
  }

  @Test
  void theOuterQuoteIsJudgedAsTheColumnistsOwnWords() {
    Trace t = trace(COLUMN, DEBATE);
    TracedQuote outer = quote(t, "The tenor changed");
    assertNotEquals(Verdict.VERBATIM, outer.verdict());
  }
}
