package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.DocumentKind;

/**
 * Reported speech in situations written for the weaknesses they probe, over a two-guest radio
 * panel: a question stated as said, a hedge kept in other words, a figure said aloud, a "No."
 * that answers, a contrast put as "rather than", a summary whose last word stands for several of
 * the source's. Attributions are given by span, so each test is about tracing.
 */
class ReportedSituationsTest {
  private static final String PANEL = """
      HOST: With me are Ruth Castell, who runs the bus company, and Tomas Gruber of the drivers' \
      union.

      RUTH CASTELL: We will keep the night buses running until March. After that I cannot \
      promise anything, because the council has cut our grant by a third. The new \
      buses can possibly be on the road by June.

      TOMAS GRUBER: The company wants to cut the drivers' pay by two point four million a year. \
      We will not accept that. The ticket office at the station might shut in April.

      HOST: Ms Castell, is that true?

      RUTH CASTELL: No. We have offered a pay freeze, not a cut.

      TOMAS GRUBER: Should drivers pay for the council's mistakes? And is the company going to \
      sell the Hallam depot next? The depot in Hallam should stay open too. We were never told \
      about the cut, right?
      """;

  private static TracedReport report(String speaker, String content) {
    return report(speaker, "said", content);
  }

  private static TracedReport report(String speaker, String cue, String content) {
    return report(speaker, cue, content, PANEL);
  }

  private static TracedReport report(String speaker, String cue, String content, String source) {
    return TraceAssertions.reportOf(speaker, cue, content, "panel.txt", source);
  }

  private static void assertUnsupportedBecause(TracedReport r, String reason) {
    assertEquals(Verdict.UNSUPPORTED, r.traced().verdict(), r.traced().toString());
    assertTrue(r.traced().reasons().stream().anyMatch(x -> x.contains(reason)),
        r.traced().reasons().toString());
  }

  @Test
  void whatTheSpeakerOnlyAskedStatedAsSaidIsUnsupported() {
    assertUnsupportedBecause(report("Gruber", "drivers should pay for the council's mistakes"),
        "only asks");
    assertUnsupportedBecause(report("Gruber", "the company was going to sell the Hallam depot"
        + " next"), "only asks");
    // A statement with a tag asks nothing.
    TracedReport tagged = report("Gruber", "they had never been told about the cut");
    assertEquals(Verdict.PARAPHRASE, tagged.traced().verdict(), tagged.traced().toString());
    // Reported as a question, it is what he said.
    TracedReport asked = report("Gruber", "asked whether", "the company was going to sell the"
        + " Hallam depot next");
    assertEquals(Verdict.PARAPHRASE, asked.traced().verdict(), asked.traced().toString());
  }

  @Test
  void aReportsCouldKeepsTheSourcesMight() {
    TracedReport r = report("Gruber", "the ticket office at the station could shut in April");
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertUnsupportedBecause(report("Gruber", "the ticket office at the station would shut in April"),
        "might");
    // Where the source says "can", the report's "could" is that "can" moved back, and keeps no
    // hedge of the source's.
    assertUnsupportedBecause(report("Castell", "the new buses could be on the road by June"),
        "possibly");
  }

  @Test
  void aReportsOwnCanIsNoHedgeOfTheSourcesMight() {
    // Only a "could" the report wrote keeps the source's "might"; a "can" it wrote is its own.
    assertUnsupportedBecause(report("Gruber", "the ticket office at the station can shut in April"),
        "says \"can\" where the source says \"might\"");
  }

  @Test
  void aFigureSaidAloudIsTheFigureInDigits() {
    TracedReport r = report("Gruber", "the company wanted to cut drivers' pay by 2.4 million a"
        + " year");
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertUnsupportedBecause(report("Gruber", "the company wanted to cut drivers' pay by 4.2"
        + " million a year"), "2400000");
  }

  @Test
  void anAnswerOpeningWithNoDoesNotNegateTheSentenceAfterIt() {
    TracedReport r = report("Castell", "the company had offered a pay freeze rather than a cut");
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertEquals(Verdict.UNSUPPORTED, report("Castell", "the company had offered a pay cut rather"
        + " than a freeze").traced().verdict());
  }

  @Test
  void aReportsLastWordIsHeldAgainstTheSourceWordsItStandsFor() {
    // "should close" against "should stay open too": aligned word for word, "close" stood for
    // "stay" alone, and the source's "open" was never compared.
    assertUnsupportedBecause(report("Gruber", "the depot in Hallam should close"), "open");
  }

  @Test
  void anUnsupportedReportAlwaysGivesAReason() {
    TracedReport r = report("Castell", "the company would move its head office to the coast");
    assertUnsupportedBecause(r, Reported.NOTHING_LIKE_IT);
    assertEquals("unsupported", r.support());
  }

  @Test
  void whatTheSourceKeepsGoingIsWhatGoesOnInTheReport() {
    TracedReport r = report("Castell", "the night buses would run until March");
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
  }

  @Test
  void aReportThatPutsAnotherCauseInPlaceOfTheSourcesIsUnsupported() {
    assertUnsupportedBecause(report("Castell", "she could not promise anything after March"
        + " because drivers wanted more pay"), "another cause");
    TracedReport same = report("Castell", "she could not promise anything after March because"
        + " the council had reduced the grant");
    assertEquals(Verdict.PARAPHRASE, same.traced().verdict(), same.traced().toString());
  }

  @Test
  void theOtherGuestsWordsCreditedToAGuestAreFlagged() {
    TracedReport r = report("Castell", "the depot in Hallam should stay open");
    assertEquals("paraphrase", r.support(), r.traced().toString());
    assertTrue(r.traced().has(Flag.SPEAKER_MISMATCH), r.traced().toString());
    assertEquals("TOMAS GRUBER", r.traced().matches().get(0).speaker());
  }

  @Test
  void aSummaryOfTwoSentencesOfOneAnswerIsAParaphrase() {
    TracedReport r = report("Castell", "the night buses would run until March, after which she"
        + " could promise nothing because the council had cut the company's grant");
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertTrue(r.traced().matches().stream().anyMatch(m -> m.text().contains("grant")),
        r.traced().matches().toString());
  }

  @Test
  void aReportThatReversesTheSourcesRefusalIsUnsupportedWithTheReason() {
    TracedReport r = report("Gruber", "the union would accept the cut in drivers' pay");
    assertEquals(Verdict.UNSUPPORTED, r.traced().verdict(), r.traced().toString());
    assertTrue(!r.traced().reasons().isEmpty());
  }
  @Test
  void aReportWithAPartNoSourceSaysIsUnsupportedNamingThatPartAndShowsThePartSaid() {
    // The night buses are hers; the second garage is said nowhere. A report is one claim: the
    // speaker is credited with both, so its support is unsupported, with the part as the reason;
    // the passage of the part said is still shown.
    TracedReport r = report("Castell", "the night buses would keep running until March, and the"
        + " company would open a second garage in Hallam");
    assertEquals(Verdict.PARTIAL, r.traced().verdict(), r.traced().toString());
    assertEquals("unsupported", r.support());
    assertTrue(r.traced().reasons().stream().anyMatch(x -> x.contains("a second garage in"
        + " Hallam")), r.traced().reasons().toString());
    assertTrue(r.traced().matches().stream().anyMatch(m -> m.text().contains("night buses")));
  }

  // A speech whose rare words are spread over several sentences: each of "reservoir", "enough"
  // and "entire" is said once, each in another sentence.
  private static final String SPEECH = """
      MAYOR: Good evening, everyone. We need more jobs on the reservoir this year. The roads \
      are a disgrace, and nobody here has enough patience left for the contractors. Our entire \
      council worked through the winter. The library will open on Sundays from May.
      """;

  @Test
  void aPassageHoldingOneOfAReportsRareWordsWhereTheOthersAreSaidElsewhereIsNoMatch() {
    // "enough" and "entire" are said, in other sentences; only "reservoir" is in the one about
    // jobs. The report shares a topic word with it, not its claim.
    TracedReport r = report("Mayor", "said", "there was enough money to rebuild the entire"
        + " reservoir", SPEECH);
    assertEquals(Verdict.UNSUPPORTED, r.traced().verdict(), r.traced().toString());
    TracedReport kept = report("Mayor", "said", "more jobs were needed on the reservoir this"
        + " year", SPEECH);
    assertEquals(Verdict.PARAPHRASE, kept.traced().verdict(), kept.traced().toString());
  }
  // A phone-in: the presenter asks after a vocative, the mayor answers without saying yes or no.
  private static final String PHONE_IN = """
      PRESENTER: Mayor, is the council going to sell the old tram depot to a hotel chain?

      MAYOR: There have been talks with several buyers, and I won't say more than that.

      PRESENTER: Critics say the council is wasting money on the tram museum. Is that fair?

      MAYOR: The museum brings forty thousand visitors a year into the town.

      PRESENTER: Will you keep the night buses?

      MAYOR: Yes, we will keep the night buses until March.
      """;

  @Test
  void whatSomeoneElseOnlyAskedStatedAsTheSpeakersClaimIsUnsupported() {
    // The question opens with a vocative ("Mayor, is the council …"): it asks all the same.
    assertUnsupportedBecause(report("Mayor", "said", "the council would sell the old tram depot"
        + " to a hotel chain", PHONE_IN), "only asks");
    TracedReport answer = report("Mayor", "said", "there had been talks with several buyers",
        PHONE_IN);
    assertEquals(Verdict.PARAPHRASE, answer.traced().verdict(), answer.traced().toString());
  }

  @Test
  void aStatementInAQuestionersTurnIsTheirWordsNotAQuestion() {
    // "Critics say …" states; the question is the sentence after it.
    TracedReport r = report("Mayor", "said", "the council was wasting money on the tram museum",
        PHONE_IN);
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertTrue(r.traced().has(Flag.SPEAKER_MISMATCH), r.traced().toString());
  }

  @Test
  void aQuestionAnsweredYesIsWhatTheAnswerSays() {
    TracedReport r = report("Mayor", "said", "the council would keep the night buses", PHONE_IN);
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
  }

  @Test
  void oneDefinitionOfASentenceThatAsks() {
    SourceText s = new SourceText(0, new org.quotetrace.quote.QuoteFinder().find(Readers.parse(
        "q.txt", """
        HOST: Minister, will you sign the agreement? And who pays? We were never told, right? \
        What I can say is that it will be signed.
        """, ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT))));
    List<Boolean> asks = s.sentences.stream().map(Questions::asks).toList();
    assertEquals(List.of(true, true, false, false), asks);
  }
  private static final String RESULTS = """
      FINANCE DIRECTOR: We expect the second half to be better. Two new food contracts start in \
      January, and together they are worth about 20 million pounds a year. Each new line will \
      cost 3 million to set up.
      """;

  @Test
  void aFigureForThemTogetherGivenForEachIsAnotherFigure() {
    assertUnsupportedBecause(report("Director", "said", "two new food contracts starting in"
        + " January were each worth about 20 million pounds a year", RESULTS), "together");
    TracedReport kept = report("Director", "said", "two new food contracts starting in January"
        + " were together worth about 20 million pounds a year", RESULTS);
    assertEquals(Verdict.PARAPHRASE, kept.traced().verdict(), kept.traced().toString());
    TracedReport each = report("Director", "said", "each new line would cost 3 million to set"
        + " up", RESULTS);
    assertEquals(Verdict.PARAPHRASE, each.traced().verdict(), each.traced().toString());
  }
  private static final String HEARING = """
      CHAIR: Ms Maddox, what happened in March?

      SIAN MADDOX: In March the department asked us to cover the gaps with overtime, and our \
      members did, for six weeks. Then the overtime rate was cut.
      """;

  @Test
  void whoAskedWhomTurnedRoundIsUnsupportedWhereTheReportNamesTheSpeakersSideForUs() {
    // "the union" is the report's name for her "us": the department, the source's doer, is the
    // one done to in the report.
    assertUnsupportedBecause(report("Maddox", "said", "the union had asked the department to"
        + " cover the gaps with overtime", HEARING), "department");
    TracedReport kept = report("Maddox", "said", "the department had asked the union to cover"
        + " the gaps with overtime", HEARING);
    assertEquals(Verdict.PARAPHRASE, kept.traced().verdict(), kept.traced().toString());
  }
  @Test
  void aRefusalInPlaceOfTheSourcesNotSaysTheSame() {
    TracedReport r = report("Gruber", "the union would refuse to accept that");
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertEquals(Verdict.UNSUPPORTED, report("Gruber", "the union would accept that").traced()
        .verdict());
  }
  private static final String ADMISSION = """
      MINISTER: I will be straight with the committee. I accept that we broke the agreement on \
      rest days that we signed in 2024. We might consider a share of the savings for the \
      drivers next year, once the strike is over.
      """;

  @Test
  void aFigureOrHedgeTheRestOfTheMatchedSentenceGivesIsSaid() {
    TracedReport r = report("Minister", "said", "the government had broken the 2024 agreement on"
        + " rest days", ADMISSION);
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertUnsupportedBecause(report("Minister", "said", "the government had broken the 2023"
        + " agreement on rest days", ADMISSION), "2023");
    assertUnsupportedBecause(report("Minister", "said", "the drivers would get a share of the"
        + " savings next year", ADMISSION), "might");
  }
}
