package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import java.util.List;
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
  void anHourForFortyMinutesIsAChangedFigureThoughTheQuoteHasNoDigit() {
    // Was paraphrase (case 55): no figure in the quote, so no figure to compare.
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), kinds(
        "The fishermen have waited an hour at the lock every morning this week",
        "The fishermen have waited forty minutes at the lock every morning this week"));
    assertEquals(List.of(), kinds("They waited a fortnight for the dredger",
        "They waited two weeks for the dredger"));
    assertEquals(List.of(), kinds("The crossing takes an hour and a half",
        "The crossing takes ninety minutes"));
  }

  @Test
  void aFeastOrASeasonForAnotherIsAChangedDate() {
    // Was paraphrase (case 54): "before Easter" for "before Christmas" read as a reworded date.
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        kinds("The dredging should be finished before Easter",
            "The dredging should be finished before Christmas"));
    assertTrue(kinds("The lock will reopen in the autumn", "The lock will reopen in the summer")
        .contains(MeaningCheck.Kind.NUMBER));
    assertEquals(List.of(), kinds("The lock will reopen before Christmas",
        "The lock will reopen before Christmas"));
  }

  @Test
  void aOneWordSentenceIsTheOneSaidNextNotTheFirstLikeIt() {
    // Was edited + stitched + reordered (case 54): "Three." was matched to an earlier "three".
    String podcast = """
        HOST: Three things went wrong this year, you said.
        IVO MARSH: We lost two boats to the storm in March. Two. At forty thousand pounds a boat.
        """;
    TracedQuote q = quote(trace("Marsh said: \"We lost two boats to the storm in March. Two."
        + " At £40,000 a boat.\"", podcast.replace("Three things", "Two things")), "We lost");
    assertEquals(Verdict.VERBATIM, q.verdict(), q.toString());
    assertFalse(q.has(Flag.STITCHED) || q.has(Flag.REORDERED), q.toString());
  }

  @Test
  void aClaimAboutBothOrAllQuotedOfSomeOfThemIsAChangedFigure() {
    // Was edited (case 53): "for the home team" for "for both teams" changed two words of twelve.
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), kinds(
        "The tide runs faster, yes, but it runs faster for the outer moorings",
        "The tide runs faster, yes, but it runs faster for both moorings"));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), kinds(
        "We will repaint the old boats", "We will repaint all the boats"));
    assertEquals(List.of(), kinds("We will repaint the boats", "We will repaint all the boats"));
    assertEquals(List.of(), kinds("We will repaint all the old boats",
        "We will repaint all the old boats"));
  }

  @Test
  void aShortSentenceSaidToItsEndWithAClauseAppendedIsPartial() {
    // Was unsupported (case 54): the sentence's few content words left the whole far in meaning.
    String answer = """
        HOST: Will you put that in writing?
        NELL ARDEN: I can, and I will, this week.
        NELL ARDEN: The lock keepers will be told on Monday.
        """;
    Trace t = trace("Arden said: \"I can, and I will, this week, and I will publish the letter"
        + " online.\"", answer);
    TracedQuote q = quote(t, "I can");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    assertEquals(List.of("and I will publish the letter online"), q.unsupported().stream()
        .map(sp -> sp.text(t.article().text())).toList(), q.toString());
    TracedQuote faithful = quote(trace("Arden said: \"I can, and I will, this week.\"", answer),
        "I can");
    assertEquals(Verdict.VERBATIM, faithful.verdict(), faithful.toString());
  }

  @Test
  void aTwoWordPhraseSaidAsOneWordIsOneEdit() {
    // Was paraphrase (case 53): "must" for "have to" counted two changes in a six-word sentence.
    String said = "MAREK HOLT: For them we have to finish the dredging.\n";
    TracedQuote q = quote(trace("Holt said: \"For them we must finish the dredging.\"", said),
        "For them");
    assertEquals(Verdict.EDITED, q.verdict(), q.toString());
    assertFalse(q.has(Flag.UNMARKED_OMISSION), q.toString());
    TracedQuote dropped = quote(trace("Holt said: \"For them we finish the dredging.\"", said),
        "For them");
    assertFalse(dropped.verdict() == Verdict.VERBATIM, dropped.toString());
  }

  private static List<MeaningCheck.Kind> kinds(String quote, String source) {
    return MeaningCheck.differences(quote, source).stream().map(MeaningCheck.Difference::kind)
        .toList();
  }

  @Test
  void aDroppedAuxiliaryBeforeANegationIsStillAnOmission() {
    TracedQuote q = quote(trace("The chair said: \"We replaced them.\"", MEETING), "We replaced");
    assertFalse(q.verdict() == Verdict.VERBATIM || q.verdict() == Verdict.EDITED
        && !q.has(Flag.UNMARKED_OMISSION), q.toString());
  }
}
