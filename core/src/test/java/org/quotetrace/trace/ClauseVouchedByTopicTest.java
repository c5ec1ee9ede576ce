package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Issue 18: a clause the quote adds is checked against the passages near its match, and a
 * passage that only names the clause's topic does not vouch for it. Found with the perturbation
 * harness's PolNeAR set (a claim from elsewhere in an article appended to a sentence of it);
 * the sentences here are invented.
 */
class ClauseVouchedByTopicTest {
  private static final String REPORT = """
      The leisure committee met on Thursday evening in the town hall.

      Management of the leisure centre was handed in 2019 to the Leeds-based operator Swimwell Trust. Members voted to keep the pool open on Sundays. The swimming industry, the chair said, has had its best year since 2009.
      """;

  @Test
  void aClaimAppendedToASentenceIsNotVouchedForByAFragmentNamingItsTopic() {
    TracedQuote q = quote(trace("\"Management of the leisure centre was handed in 2019 to the"
        + " Leeds-based operator Swimwell Trust, and swimming is a loss-making industry from an"
        + " investor's point of view,\" said Ada Brill.", REPORT), "Management");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertTrue(q.has(Flag.UNSUPPORTED_PART), q.toString());
  }

  @Test
  void aClauseSaidInTheSentenceBesideItsMatchStillHolds() {
    TracedQuote q = quote(trace("\"Management of the leisure centre was handed in 2019 to the"
        + " Leeds-based operator Swimwell Trust, and members voted to keep the pool open on"
        + " Sundays,\" said Ada Brill.", REPORT), "Management");
    assertTrue(q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal(), q.toString());
  }
}
