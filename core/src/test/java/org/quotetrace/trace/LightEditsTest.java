package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Issue 18: light edits a sub-editor makes to a minister's words, each judged for what it is.
 * Situations invented for the helper session verdict18 (a transport minister on a rail tunnel).
 */
class LightEditsTest {
  private static final String SPEECH = """
      HANA STROUD: We will finish the tunnel. The plan – which we published in full in May – is fully funded. The contractor (a firm from Bergen) starts digging in June. We are not going to let a handful of objectors stop a project that this country needs. The old line, frankly, is falling apart. No one will lose their home because of this tunnel.
      """;

  @Test
  void anAsideBetweenDashesLeftOutIsAnUnmarkedOmissionNotAStitch() {
    // Was edited + stitched: seven words dropped read as a join of two passages.
    TracedQuote q = quote(trace("“The plan is fully funded,” Stroud said.", SPEECH), "The plan");
    assertEquals(Verdict.EDITED, q.verdict(), q.toString());
    assertTrue(q.has(Flag.UNMARKED_OMISSION), q.toString());
    assertFalse(q.has(Flag.STITCHED), q.toString());
  }

  @Test
  void anAsideInParenthesesLeftOutIsAnUnmarkedOmission() {
    TracedQuote q = quote(trace("“The contractor starts digging in June,” Stroud said.", SPEECH),
        "The contractor");
    assertEquals(Verdict.EDITED, q.verdict(), q.toString());
    assertTrue(q.has(Flag.UNMARKED_OMISSION), q.toString());
    assertFalse(q.has(Flag.STITCHED), q.toString());
  }

  @Test
  void twoSentencesJoinedAcrossAnotherAreStillStitched() {
    TracedQuote q = quote(trace("“We will finish the tunnel, the old line is falling apart,”"
        + " Stroud said.", SPEECH), "We will finish");
    assertFalse(q.has(Flag.UNMARKED_OMISSION) && !q.has(Flag.STITCHED), q.toString());
  }

  @Test
  void anAdverbMovedToTheFrontIsOneEditNotAParaphrase() {
    // Was paraphrase: the order-keeping alignment saw "frankly" added and "frankly" dropped.
    TracedQuote q = quote(trace("“Frankly the old line is falling apart,” Stroud said.", SPEECH),
        "Frankly");
    assertEquals(Verdict.EDITED, q.verdict(), q.toString());
    assertFalse(q.has(Flag.UNMARKED_OMISSION), q.toString());
  }

  @Test
  void aFewForAHandfulOfIsNoChangeOfNumber() {
    // Was unsupported: "few" read as a quantifier put for "handful", a word that limits.
    TracedQuote q = quote(trace("“We're not going to let a few objectors stop a project this"
        + " country needs,” Stroud said.", SPEECH), "We're not");
    assertTrue(q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal(), q.toString());
    TracedQuote many = quote(trace("“We're not going to let many objectors stop a project this"
        + " country needs,” Stroud said.", SPEECH), "We're not");
    assertTrue(many.verdict().ordinal() >= Verdict.PARTIAL.ordinal(), many.toString());
  }

  @Test
  void nobodyForNoOneKeepsTheNegation() {
    // Was unsupported ("the quote negates it"): the source's "no" was left outside the words
    // compared, where "nobody" stands for both "no" and "one".
    TracedQuote q = quote(trace("“Nobody will lose their home because of this tunnel,” Stroud"
        + " said.", SPEECH), "Nobody");
    assertTrue(q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal(), q.toString());
    TracedQuote turned = quote(trace("“Everyone will lose their home because of this tunnel,”"
        + " Stroud said.", SPEECH), "Everyone");
    assertTrue(turned.verdict().ordinal() >= Verdict.PARTIAL.ordinal(), turned.toString());
  }
}
