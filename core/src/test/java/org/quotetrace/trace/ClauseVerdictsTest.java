package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/** Issue 18: clauses judged one by one, changes of meaning rejected, reorders accepted. */
class ClauseVerdictsTest {
  private static final String DEBATE = """
      MODERATOR: Should the county bring the harbour money home?
      RONA VELLACOTT: I happen to support that, and I have said so for years. Your plan is a disaster, and you are going to raise fees on every fishing family. I built a great boatyard in Tollin. My father taught me the trade on the quay. We paid every worker on time.
      MODERATOR: Thank you.
      """;

  @Test
  void aShareInWordsChangedInOneClauseMakesTheQuotePartial() {
    String source = "RONA VELLACOTT: Every trawler in this harbour lands about nine tonnes a week,"
        + " and at the moment a third of that catch is sold abroad.\n";
    TracedQuote q = quote(trace("Vellacott said: “Every trawler in this harbour lands about nine"
        + " tonnes a week, and at the moment half of that catch is sold abroad.”", source),
        "Every trawler");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
  }

  @Test
  void aPartyTheSourceSetsAsidePutInItsPlaceMakesTheClauseUnsupported() {
    // Fails without MeaningCheck.setAsideNamed: "the town council" for "the harbour board" is one
    // word put for another in a clause followed word for word, an edit.
    String source = "RONA VELLACOTT: Every trawler in this harbour lands about nine tonnes a week,"
        + " and the harbour board paid for the new quay, not the council.\n";
    TracedQuote q = quote(trace("Vellacott said: “Every trawler in this harbour lands about nine"
        + " tonnes a week, and the council paid for the new quay.”", source), "Every trawler");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("sets aside")), q.reasons().toString());
    TracedQuote kept = quote(trace("Vellacott said: “Every trawler in this harbour lands about"
        + " nine tonnes a week, and the harbour board paid for the new quay, not the council.”",
        source), "Every trawler");
    assertEquals(Verdict.VERBATIM, kept.verdict(), kept.toString());
  }

  @Test
  void aQuantifierChangedBeforeTheQuotedWordsIsNotAccepted() {
    String source = "RONA VELLACOTT: Most of the wardens at Tollin live in Tollin, and the ferry"
        + " does not run at night.\n";
    TracedQuote q = quote(trace("Vellacott said: “All the wardens at Tollin live in Tollin.”",
        source), "All the wardens");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("\"all\" where the source says"
        + " \"most\"")), q.reasons().toString());
  }

  @Test
  void aNegatedStatementIsNotAccepted() {
    TracedQuote q = quote(trace("Vellacott said: “I don't support that, and I have said so for"
        + " years.”", DEBATE), "I don't support");
    assertTrue(q.verdict().ordinal() >= Verdict.PARTIAL.ordinal(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("negates")), q.reasons().toString());
  }

  @Test
  void aSwappedPersonIsNotAccepted() {
    TracedQuote q = quote(trace("Vellacott said: “Our plan is a disaster, and we are going to"
        + " raise fees on every fishing family.”", DEBATE), "Our plan");
    assertTrue(q.verdict().ordinal() >= Verdict.PARTIAL.ordinal(), q.toString());
  }

  @Test
  void anInventedClauseMakesTheSentencePartialWithTheClauseUnsupported() {
    Trace t = trace("Vellacott said: “I built a great boatyard in Tollin, and I paid every cent"
        + " of my harbour dues.”", DEBATE);
    TracedQuote q = quote(t, "I built");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertTrue(q.unsupported().stream().anyMatch(s -> s.text(t.article().text())
        .contains("harbour dues")), q.unsupported().toString());
  }

  @Test
  void twoClausesOfOneAnswerInTheOtherOrderAreEditedAndReordered() {
    TracedQuote q = quote(trace("Vellacott said: “You are going to raise fees on every fishing"
        + " family; your plan is a disaster.”", DEBATE), "You are going");
    assertTrue(q.verdict() == Verdict.EDITED || q.verdict() == Verdict.PARAPHRASE, q.toString());
    assertTrue(q.has(Flag.REORDERED), q.flags().toString());
  }

  @Test
  void aSentenceDroppedBetweenTwoQuotedSentencesIsAnUnmarkedOmission() {
    TracedQuote q = quote(trace("Vellacott said: “I built a great boatyard in Tollin. We paid"
        + " every worker on time.”", DEBATE), "I built");
    assertTrue(q.has(Flag.UNMARKED_OMISSION), q.flags().toString());
    assertFalse(q.has(Flag.STITCHED), q.flags().toString());
  }

  @Test
  void aPersonSwappedInPlaceIsNotAcceptedWhereBothSidesHoldTheOtherPersonToo() {
    // The quote keeps "your" and says "I" where the answer says "you": only the word-for-word
    // comparison sees the change.
    TracedQuote q = quote(trace("Vellacott said: “Your plan is a disaster, and I am going to"
        + " raise fees on every fishing family.”", DEBATE), "Your plan");
    assertTrue(q.verdict().ordinal() >= Verdict.PARTIAL.ordinal(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("where the source says")),
        q.reasons().toString());
  }

  @Test
  void aShortStatementWithOneContentWordIsAClauseOfItsOwn() {
    Trace t = trace("Vellacott said: “It was the one I wanted, and my father taught me the trade"
        + " on the quay.”", DEBATE);
    TracedQuote q = quote(t, "It was the one");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertTrue(q.unsupported().stream().anyMatch(s -> s.text(t.article().text())
        .contains("I wanted")), q.unsupported().toString());
  }

  @Test
  void aDoerMadeTheOneDoneToIsNotAcceptedWhenTheAlignmentStartsAfterTheSubject() {
    // "Every worker paid us" is aligned from "every" in "We paid every worker": the source's
    // "we" lies before the aligned words and is read from the whole sentence.
    TracedQuote q = quote(trace("Vellacott said: “Every worker paid us on time.”", DEBATE),
        "Every worker");
    assertTrue(q.verdict().ordinal() >= Verdict.PARTIAL.ordinal(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("subject")), q.reasons().toString());
  }
  @Test
  void aClauseAlignedOnlyInPartIsNotAcceptedWithItsPartiesTurnedRound() {
    // roles22 (issue 18): "somebody needs you" is aligned only to "need somebody" of "you need
    // somebody"; the difference found over those words ("you" where the source has "somebody")
    // was too loose to count, and the whole sentence was never read for who needs whom.
    String source = "RONA VELLACOTT: Well, you need somebody, because the wardens are all talk.\n";
    TracedQuote q = quote(trace("Vellacott said: “Well, somebody needs you, because the wardens"
        + " are all talk.”", source), "Well, somebody");
    assertTrue(q.verdict().ordinal() >= Verdict.PARTIAL.ordinal(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("subject")), q.reasons().toString());
  }
}
