package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Issue 18: changes of meaning that keep nearly every word, found with the trace cases written on
 * branch verdict19 (35 and 37). Situations invented for these tests: a harbour master on a
 * dredging season.
 */
class ChangedInPlaceTest {
  private static final String BRIEFING = """
      HARBOUR MASTER ILSE BRANDT: The dredger arrives in September. By 2028 every berth in the harbour will take the larger ferries, if the ministry pays its share. We do not blame the pilots. We blame the shipping line for the delays. The new channel is two metres deeper than the old one, and the fees will be lower than last year. The work starts on Monday. We will pay for a pilot boat for crews who arrive after dark. If the ministry says no, we will look at every option.
      """;

  private static boolean accepted(TracedQuote q) {
    return q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal();
  }

  @Test
  void anotherMonthAtTheEndOfAQuoteIsAChangedDate() {
    // Was edited: "November" read as a word added where the quote stops, "September" past it.
    TracedQuote q = quote(trace("“The dredger arrives in November,” Brandt said.", BRIEFING),
        "The dredger");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.toString());
    TracedQuote same = quote(trace("“The dredger arrives in September,” Brandt said.", BRIEFING),
        "The dredger");
    assertEquals(Verdict.VERBATIM, same.verdict(), same.toString());
  }

  @Test
  void anotherDayOfTheWeekIsAChangedDate() {
    TracedQuote q = quote(trace("“The work starts on Friday,” Brandt said.", BRIEFING),
        "The work");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.toString());
  }

  @Test
  void theBlamedAndTheSparedExchangedAcrossTheVerbAreNotAnEdit() {
    // Was edited: every word is the source's, the negation kept, only the two nouns exchanged.
    TracedQuote q = quote(trace("“We do not blame the shipping line, we blame the pilots,”"
        + " Brandt said.", BRIEFING), "We do not");
    assertTrue(!accepted(q), q.toString());
  }

  @Test
  void aListGivenInAnotherOrderIsNoExchange() {
    assertNull(MeaningCheck.differences("we will dredge the channel, the basin and the berths",
        "we will dredge the berths, the basin and the channel").stream()
        .filter(d -> d.kind() == MeaningCheck.Kind.ROLES).findFirst().orElse(null));
  }

  @Test
  void oppositeComparativesAreAntonyms() {
    // The stemmer keeps "higher" whole and WordNet pairs only "high" and "low".
    assertTrue(MeaningCheck.differences("the fees will be higher than last year",
        "the fees will be lower than last year").stream()
        .anyMatch(d -> d.kind() == MeaningCheck.Kind.ANTONYM));
    assertTrue(MeaningCheck.differences("the berth is nearer to the town",
        "the berth is further from the town").stream()
        .anyMatch(d -> d.kind() == MeaningCheck.Kind.ANTONYM));
    assertTrue(MeaningCheck.differences("the new channel is shallower", "the new channel is deeper")
        .stream().anyMatch(d -> d.kind() == MeaningCheck.Kind.ANTONYM));
    assertTrue(MeaningCheck.differences("the fees will be lower than last year",
        "the fees will be lower than last year").isEmpty());
  }

  @Test
  void comparedBasesComeOnlyFromAdjectivesWordNetOpposes() {
    assertEquals(Norm.stem("big"), MeaningCheck.comparedBase("bigger"));
    assertEquals(Norm.stem("early"), MeaningCheck.comparedBase("earlier"));
    assertEquals(Norm.stem("far"), MeaningCheck.comparedBase("further"));
    assertNull(MeaningCheck.comparedBase("number"));
    assertNull(MeaningCheck.comparedBase("winter"));
  }

  @Test
  void aFigureMovedWithItsPrepositionIsNoNewFigure() {
    // Was unsupported ("2030, a figure the source does not give"): the compared words stopped
    // where the order-keeping alignment did, after the source's "By 2028".
    TracedQuote q = quote(trace("“Every berth in the harbour will take the larger ferries by"
        + " 2028, if the ministry pays its share,” Brandt said.", BRIEFING), "Every berth");
    assertTrue(accepted(q), q.toString());
    TracedQuote changed = quote(trace("“Every berth in the harbour will take the larger ferries by"
        + " 2026, if the ministry pays its share,” Brandt said.", BRIEFING), "Every berth");
    assertTrue(!accepted(changed), changed.toString());
  }

  @Test
  void everyPutBeforeANounTheSourceGoesOnToLimitWidensTheClaim() {
    // Was edited: the quote stops before "who arrive after dark" and says "every crew".
    TracedQuote q = quote(trace("“We will pay for a pilot boat for every crew,” Brandt said.",
        BRIEFING), "We will pay");
    assertTrue(!accepted(q), q.toString());
    TracedQuote stops = quote(trace("“We will pay for a pilot boat for crews,” Brandt said.",
        BRIEFING), "We will pay");
    assertTrue(accepted(stops), stops.toString());
  }

  @Test
  void anotherStatementWhereTheSourceSentenceGoesOnIsAnUnsupportedPart() {
    // Was paraphrase: the quote's last words were read as added where the quote stops, and the
    // source's "look at every option" after them was never compared.
    TracedQuote q = quote(trace("“If the ministry says no, we will close the harbour,” Brandt"
        + " said.", BRIEFING), "If the ministry");
    assertTrue(!accepted(q), q.toString());
    TracedQuote reworded = quote(trace("“If the ministry says no, we will consider every"
        + " option,” Brandt said.", BRIEFING), "If the ministry");
    assertTrue(accepted(reworded), reworded.toString());
  }

  @Test
  void aLoneFigureFromElsewhereInTheSentenceIsStillAChangedFigure() {
    assertNotNull(quote(trace("“The new channel is 2 metres deeper than the old one,” Brandt"
        + " said.", BRIEFING), "The new channel"));
    TracedQuote q = quote(trace("“The new channel is three metres deeper than the old one,”"
        + " Brandt said.", BRIEFING), "The new channel");
    assertTrue(!accepted(q), q.toString());
  }

  @Test
  void aNounAndAPronounExchangedAcrossAVerbAfterGoingToOrWillAreNoParaphrase() {
    // Issue 18 tune misses: aligned in order to "we will not ban a" only, the noun left out,
    // the exchange was read as another wording and the quote judged a paraphrase.
    TracedQuote q = quote(trace("“The shipping line will not blame us,” Brandt said.",
        "HARBOUR MASTER ILSE BRANDT: We will not blame the shipping line. The dredger arrives"
            + " in September."), "The shipping line");
    assertTrue(!accepted(q), q.toString());
    TracedQuote going = quote(trace("“The pilots are going to help us,” Brandt said.",
        "HARBOUR MASTER ILSE BRANDT: We are going to help the pilots. The dredger arrives in"
            + " September."), "The pilots");
    assertTrue(!accepted(going), going.toString());
    TracedQuote kept = quote(trace("“We are going to help the pilots,” Brandt said.",
        "HARBOUR MASTER ILSE BRANDT: We are going to help the pilots. The dredger arrives in"
            + " September."), "We are going");
    assertTrue(accepted(kept), kept.toString());
  }
}
