package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Issue 18: what the trace cases written on branch verdict25 before anyone ran quotetrace on them
 * (53-55: an interpreted press conference, a podcast quoted cleaned up, a council's minutes) showed
 * it getting wrong, each in invented sentences of a harbour board meeting, none of the cases'.
 */
class UnseenSituationsTest {
  private static final String MEETING = """
      CHAIR: Good evening. The harbour board has lost two of its members since the summer, and we have not replaced them. The dredger will start work on the fourth of May.
      ROSA QUILL: The fishermen have waited forty minutes at the lock every morning this week.
      """;

  @Test
  void aPerfectTenseQuotedInThePastIsAnEditNotAnOmission() {
    // Was edited + unmarked_omission (case 55): the dropped "has" read as words left out.
    TracedQuote q = quote(trace("The chair said \"the harbour board lost two of its members since"
        + " the summer\".", MEETING), "the harbour board");
    assertEquals(Verdict.EDITED, q.verdict(), q.toString());
    assertFalse(q.has(Flag.UNMARKED_OMISSION), q.toString());
  }

  @Test
  void aDroppedAuxiliaryBeforeANegationIsStillAnOmission() {
    TracedQuote q = quote(trace("The chair said: \"We replaced them.\"", MEETING), "We replaced");
    assertFalse(q.verdict() == Verdict.VERBATIM || q.verdict() == Verdict.EDITED
        && !q.has(Flag.UNMARKED_OMISSION), q.toString());
  }
}
