package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** "No need for X" and "no X needed" negate one thing: a report may give either. */
class ReportedNegatedNeedTest {
  private static final String SOURCE = """
      HOST: Do people have to book?

      MARTA OLSEN: From Friday the swimming pool at Dalby will open early every morning, with no \
      booking needed.

      HOST: And the gym?

      MARTA OLSEN: The gym stays as it is. There is no need for a membership card at the gym.
      """;

  private static TracedReport report(String content) {
    return TraceAssertions.reportOf("Olsen", "said", content, "pool.txt", SOURCE);
  }

  @Test
  void noNeedForABookingIsNoBookingNeeded() {
    TracedReport r = report("the swimming pool at Dalby would open early every morning from"
        + " Friday, with no need for a booking");
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    TracedReport card = report("no membership card would be needed at the gym");
    assertEquals(Verdict.PARAPHRASE, card.traced().verdict(), card.traced().toString());
  }

  @Test
  void aNegationMovedOffTheNeedIsStillAChange() {
    TracedReport r = report("the swimming pool at Dalby would not open early every morning from"
        + " Friday, with a booking needed");
    assertNotEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
  }
}
