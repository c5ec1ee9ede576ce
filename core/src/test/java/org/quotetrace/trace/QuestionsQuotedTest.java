package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Issue 18: a question in the source quoted as a statement states what was only asked. Invented
 * for the helper session verdict18: a translated radio interview with a fisheries minister.
 */
class QuestionsQuotedTest {
  private static final String INTERVIEW = """
      INTERVIEWER (Finnish): Minister, will you sign the agreement?
      ANNELI VAARA (Finnish): No. We cannot agree to an arrangement that cuts the catch of our coastal vessels in half.
      INTERVIEWER (Finnish): Can the boats survive another year like this one?
      ANNELI VAARA (Finnish): Can they survive? Yes, they can, if the quota rises.
      """;

  @Test
  void theInterviewersQuestionQuotedAsTheMinistersStatementIsUnsupported() {
    // Was partial + speaker_mismatch: "will you sign the agreement" supported "We will sign
    // the agreement", which the minister, who answered "No", never said.
    TracedQuote q = quote(trace("“We will sign the agreement as soon as the figures are"
        + " corrected,” Vaara said.", INTERVIEW), "We will sign");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("the source asks it")),
        q.reasons().toString());
  }

  @Test
  void aQuestionTheSpeakerAnswersAtOnceWithTheSameVerbIsStated() {
    TracedQuote q = quote(trace("“They can survive,” Vaara said.", INTERVIEW), "They can");
    assertTrue(q.reasons().stream().noneMatch(r -> r.contains("the source asks it")),
        q.toString());
  }

  @Test
  void aQuestionQuotedAsAQuestionIsTheQuestionersWords() {
    TracedQuote q = quote(trace("Vaara was asked: “Will you sign the agreement?”", INTERVIEW),
        "Will you sign");
    assertTrue(q.verdict().ordinal() <= Verdict.EDITED.ordinal(), q.toString());
  }
}
