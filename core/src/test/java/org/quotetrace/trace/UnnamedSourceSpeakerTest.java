package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * A source article that credits a quote only to "the minister" or "they" names nobody: the
 * mention is not a name to compare with the article's speaker. Regression for issue 12: such a
 * mention was taken for the speaker's name, so a faithful quote was flagged speaker_mismatch.
 */
class UnnamedSourceSpeakerTest {
  @Test
  void aSourceQuoteCreditedToADescriptionIsNoSpeakerMismatch() {
    Trace t = trace("Olsen caps oil\n\n“We will cap the price of heating oil for every household"
            + " until the end of March,” Maria Olsen said on Tuesday.\n",
        "Heating oil capped\n\nThe energy minister spoke at the port on Tuesday.\n\n“We will cap"
            + " the price of heating oil for every household until the end of March,” the"
            + " minister said.\n");

    TracedQuote q = quote(t, "We will cap");

    assertEquals(Verdict.VERBATIM, q.verdict());
    assertFalse(q.has(Flag.SPEAKER_MISMATCH), q.flags() + " " + q.matches());
    assertNull(q.matches().get(0).speaker(), "a description is not a name");
  }
}
