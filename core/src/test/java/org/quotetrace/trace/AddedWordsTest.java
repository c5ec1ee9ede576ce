package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Issue 18, "a clause the source never says inside an otherwise matched quote": words added where
 * the source has none, with no new subject to cut a clause at, so that the sentence's cosine and
 * its clause check both pass. Situations invented for the helper session verdict18.
 */
class AddedWordsTest {
  private static final String DEPOT = """
      TOM HALE: When will the depot open?
      MIRIAM ODUYA: The depot should be finished by next spring. We looked at four other places.
      TOM HALE: And the contractor?
      MIRIAM ODUYA: The contractor starts digging in June. I have met the residents twice.
      """;

  @Test
  void aPhraseAddedPastTheEndOfTheSourceSentenceIsAnUnsupportedPart() {
    // Was paraphrase (cosine 0.86): "and ready for the winter timetable" is said nowhere.
    TracedQuote q = quote(trace("Oduya promised that “the depot will be finished by next spring"
        + " and ready for the winter timetable.”", DEPOT), "the depot");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertEquals(1, q.unsupported().size(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("and ready for the winter timetable")),
        q.reasons().toString());
  }

  @Test
  void aRelativeClauseAddedInsideAMatchedSentenceIsAnUnsupportedPart() {
    // Was paraphrase (cosine 0.72): the source says nothing of the contractor's record.
    TracedQuote q = quote(trace("“The contractor, who has built three tunnels in Norway, starts"
        + " digging in June,” Oduya said.", DEPOT), "The contractor");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("who has built three tunnels")),
        q.reasons().toString());
  }

  @Test
  void wordsStandingInThePlaceOfTheSourcesOwnAreARewordingNotAnAddition() {
    // The dev case 28 kind: "allowed such a thing to" renders "let that", light words as they are.
    String source = "MAYOR ODUYA: I do not want to be the mayor who let that happen.\n";
    TracedQuote q = quote(trace("“I do not want to be the mayor who allowed such a thing to"
        + " happen,” Oduya said.", source), "I do not");
    assertTrue(q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal(), q.toString());
  }

  @Test
  void theNextSentenceJoinedOnInOtherWordsIsNoAddition() {
    String source = "MIRIAM ODUYA: The depot should be finished by next spring. It will then be"
        + " ready for the winter timetable.\n";
    TracedQuote q = quote(trace("Oduya promised that “the depot will be finished by next spring"
        + " and ready for the winter timetable.”", source), "the depot");
    assertTrue(q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal(), q.toString());
  }

  @Test
  void aReasonAddedToAnotherSpeakersSentenceIsAnUnsupportedPart() {
    // A two-person panel: the words are the opponent's (speaker_mismatch), the reason is no one's.
    String source = """
        GARETH LOWE: We simply do not have the money. The building costs us eighty thousand a year to heat.
        RUTH BAINES: That is because the bus does not run on Mondays!
        """;
    TracedQuote q = quote(trace("Baines said: “The building costs us eighty thousand a year to"
        + " heat, and that is why we need a new roof.”", source), "The building");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertTrue(q.has(Flag.SPEAKER_MISMATCH), q.toString());
  }

  @Test
  void theOtherSpeakersClaimPutInAQuoteWithIThinkIsTheirWordsNotARoleSwap() {
    // Was unsupported, "the quote makes the source's subject (company) the object": the tagger's
    // object of "think" was the subject of the clause thought.
    String source = """
        PRESENTER: Owen Pryce, why did your members vote to strike?
        OWEN PRYCE: Our members voted to strike because the company broke its promise on the rota.
        PRESENTER: Lena Marsh, did the company break its promise?
        LENA MARSH: No. We are ready to talk tonight.
        """;
    TracedQuote q = quote(trace("“I think the company broke its promise,” Lena Marsh said.",
        source), "I think");
    assertTrue(q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal(), q.toString());
    assertTrue(q.has(Flag.SPEAKER_MISMATCH), q.toString());
  }
}
