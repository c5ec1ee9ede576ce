package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Issue 18, the classes of dev misses of case 33 (a speech in two translations): a party from
 * elsewhere put in the place of the doer, a sentence stitched from two translations or from a
 * translation and the reporter's note, and a bracket standing in the place of a source word.
 */
class QuoteVerdictsTest {
  private static final String HARBOUR = """
      MAYOR ADA PRENTICE: The regional fund has agreed to pay half of the repair bill. The small quays will be inspected once a neighbour has complained. I thank the divers of Kestrel Marine, who worked all summer. A fisherman who breaks the rule will lose the permit.
      """;

  @Test
  void aPartyNamedElsewherePutInThePlaceOfTheDoerIsNotAccepted() {
    TracedQuote q = quote(trace("Prentice said: “Kestrel Marine has agreed to pay half of the"
        + " repair bill.”", HARBOUR), "Kestrel Marine");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("says elsewhere")),
        q.reasons().toString());
    TracedQuote kept = quote(trace("Prentice said: “The regional fund has agreed to pay half of"
        + " the repair bill.”", HARBOUR), "The regional fund");
    assertEquals(Verdict.VERBATIM, kept.verdict(), kept.toString());
  }

  @Test
  void anotherPartyMadeTheDoerOfASubordinateClauseIsNotAccepted() {
    TracedQuote q = quote(trace("Prentice said: “The small quays will be inspected once a"
        + " fisherman has complained.”", HARBOUR), "The small quays");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.toString());
  }

  private static final String OFFICIAL = """
      ADA PRENTICE: But a town without a harbour is a town that young people leave. We will finish what we started. The families in Oostvale have waited too long.
      """;
  private static final String AGENCY = """
      Reporter's note: Prentice told the council the pier would be rebuilt whatever the price.

      PRENTICE: But a town with no harbour is a town the young leave behind. We are going to finish what we began. The families in Oostvale have been waiting far too long.
      """;

  @Test
  void aSentenceTakenHalfFromEachTranslationIsStitched() {
    Trace t = trace("Prentice said: “A town without a harbour is a town the young leave"
        + " behind.”", OFFICIAL, AGENCY);
    TracedQuote q = quote(t, "A town");
    assertEquals(Verdict.EDITED, q.verdict(), q.toString());
    assertTrue(q.flags().contains(Flag.STITCHED), q.toString());
    assertEquals(2, q.matches().stream().map(Match::source).distinct().count(), q.toString());
  }

  @Test
  void theReportersWordsJoinedToTheSpeakersSentenceAreStitched() {
    TracedQuote q = quote(trace("Prentice said: “We will finish what we started, whatever the"
        + " price.”", OFFICIAL, AGENCY), "We will");
    assertEquals(Verdict.EDITED, q.verdict(), q.toString());
    assertTrue(q.flags().contains(Flag.STITCHED), q.toString());
  }

  @Test
  void oneWordFromTheOtherTranslationIsNoStitch() {
    TracedQuote q = quote(trace("Prentice said: “The families in Oostvale have waited far too"
        + " long.”", OFFICIAL, AGENCY), "The families");
    assertFalse(q.flags().contains(Flag.STITCHED), q.toString());
    assertTrue(q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal(), q.toString());
  }

  @Test
  void aBracketInThePlaceOfASourceWordIsNoUnmarkedOmission() {
    String source = "ADA PRENTICE: No decision will be taken without the workers and their"
        + " union.\n";
    TracedQuote q = quote(trace("Prentice said: “No decision will be taken without [the"
        + " harbour's] workers and their union.”", source), "No decision");
    assertFalse(q.flags().contains(Flag.UNMARKED_OMISSION), q.toString());
    assertEquals(Verdict.EDITED, q.verdict(), q.toString());
  }

  @Test
  void aPersonTheSourceNamesElsewherePutInPlaceMakesTheClauseUnsupported() {
    String source = "MAYOR ADA PRENTICE: Every euro goes into a separate account for the"
        + " pensioners, and the accounts will be published every year. The teachers have asked"
        + " for a new roof.\n";
    Trace t = trace("Prentice said: “Every euro goes into a separate account for the teachers,"
        + " and the accounts will be published every year.”", source);
    TracedQuote q = quote(t, "Every euro");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("says elsewhere")),
        q.reasons().toString());
  }

  @Test
  void aThingTheSourceSaysElsewherePutForItsWordNetSynonymIsLeftToTheOtherChecks() {
    // WordNet's synonym sets put "affair" for "matter" and "plant" for "works", at cosines as
    // low as a swap's: one thing named two ways.
    String source = "MAYOR ADA PRENTICE: The matter will go to the harbour board in May. The"
        + " affair of the stolen nets is closed.\n";
    TracedQuote q = quote(trace("Prentice said: “The affair will go to the harbour board in"
        + " May.”", source), "The affair");
    assertTrue(q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal(), q.toString());
    assertTrue(q.reasons().stream().noneMatch(r -> r.contains("says elsewhere")),
        q.reasons().toString());
  }

  @Test
  void aThingTheSourceSaysElsewherePutForTheSentencesOwnMakesTheClauseUnsupported() {
    // Dev case 28's kind: "a general account for the city" for "a separate account for the
    // defences", the city named in another sentence.
    String source = "MAYOR ADA PRENTICE: Every euro goes into a separate account for the"
        + " breakwater, and the accounts will be published every year. The harbour needs a new"
        + " crane.\n";
    Trace t = trace("Prentice said: “Every euro goes into a separate account for the harbour,"
        + " and the accounts will be published every year.”", source);
    TracedQuote q = quote(t, "Every euro");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertTrue(q.reasons().stream().anyMatch(r -> r.contains("says elsewhere")),
        q.reasons().toString());
  }

  @Test
  void aWordOfTheSameMeaningFromElsewhereIsStillAnEdit() {
    String source = "MAYOR ADA PRENTICE: The big ships will dock at the north quay from May. We"
        + " have a large harbour and a small budget.\n";
    TracedQuote q = quote(trace("Prentice said: “The large ships will dock at the north quay"
        + " from May.”", source), "The large ships");
    assertEquals(Verdict.EDITED, q.verdict(), q.toString());
  }

  @Test
  void aPersonsNounUsedAsAnAdjectiveNamesNobody() {
    // "active" is a person's noun in WordNet ("an active member"), here a word for "fighting".
    String source = "MAYOR ADA PRENTICE: The harbour board is fighting hard for its survival. Every"
        + " active fisherman will get a permit.\n";
    TracedQuote q = quote(trace("Prentice said: “The harbour board is active hard for its"
        + " survival.”", source), "The harbour board");
    assertTrue(q.reasons().stream().noneMatch(r -> r.contains("says elsewhere")),
        q.reasons().toString());
  }
}
