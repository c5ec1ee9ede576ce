package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.Form;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.quote.Speaker;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Span;

/**
 * Reported speech of a public meeting, written for what a correspondent does to a board's words
 * (issue 15, cases 56-58): two denials joined in one sentence, "cannot" put as "unable", a wish
 * stated as what will be done. Attributions are given by span,
 * so each test is about tracing.
 */
class ReportedMeetingTest {
  private static final String MEETING = """
      CHAIR: Item six, the bus depot. Drivers at the depot start voting today on strike action. \
      Marta, over to you.

      MARTA OKAFOR: No contract has been signed with the builders, and no contract will be \
      signed this month. The garages cannot find mechanics. We will not be raising fees for \
      residents in May after all. They will stay at last year's level.

      MARTA OKAFOR: Next year we want to open a second depot in Fenby, if the grant comes \
      through. I would personally like to see the old depot turned into a museum, but that is \
      my view, not the board's. I want to be clear that the drivers' rota stays as it is. \
      Those figures matter if you want to sell the site to a developer.

      RESIDENT: Will the night buses to the Marsh estate be cut?

      MARTA OKAFOR: I know people on the estate rely on them, and I'm sorry you're worried. \
      The night buses will run until the end of the year. Some of our drivers are using food \
      banks.

      RESIDENT: Is the new depot the answer to the town's traffic problems, then?

      MARTA OKAFOR: No. The depot can help a little with the queues on the ring road. We think \
      the new depot will cut journey times by a tenth, but that is a guess at this stage.

      MARTA OKAFOR: Fares stay frozen until the first of March. After that they will rise by \
      five per cent for adults.
      """;

  private static TracedReport report(String speaker, String content) {
    return report(speaker, "said", content);
  }

  private static TracedReport report(String speaker, String cue, String content) {
    return TraceAssertions.reportOf(speaker, cue, content, "meeting.txt", MEETING);
  }

  private static void assertParaphrase(TracedReport r) {
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
  }

  private static void assertUnsupportedBecause(TracedReport r, String reason) {
    assertEquals(Verdict.UNSUPPORTED, r.traced().verdict(), r.traced().toString());
    assertTrue(r.traced().reasons().stream().anyMatch(x -> x.contains(reason)),
        r.traced().reasons().toString());
  }

  @Test
  void twoDenialsJoinedInOneSentenceKeepTheSourcesNo() {
    assertParaphrase(report("Okafor", "no contract had been signed with the builders and none"
        + " would be signed this month"));
  }

  @Test
  void unableIsTheSourcesCannot() {
    assertParaphrase(report("Okafor", "the garages were unable to find mechanics"));
    assertEquals(Verdict.UNSUPPORTED, report("Okafor", "the garages were able to find"
        + " mechanics").traced().verdict());
  }

  @Test
  void aWishStatedAsWhatWillBeDoneIsUnsupported() {
    assertUnsupportedBecause(report("Okafor", "the company would open a second depot in Fenby"
        + " next year"), "want to");
    assertUnsupportedBecause(report("Okafor", "the old depot would be turned into a museum"),
        "like to");
    // Kept as a wish or a hope, it is what she said.
    assertParaphrase(report("Okafor", "the company hoped to open a second depot in Fenby next"
        + " year if the grant came through"));
    assertParaphrase(report("Okafor", "she would personally like the old depot to become a"
        + " museum, but that this was her view and not the board's"));
  }

  @Test
  void wantingToBeClearFramesTheClaimAndWishesNothing() {
    assertParaphrase(report("Okafor", "the drivers' rota would stay as it is"));
  }

  @Test
  void theSpeakersYouToTheOneSheAnswersIsTheReportsThey() {
    assertParaphrase(report("Okafor", "she was sorry they were worried"));
  }

  @Test
  void aQuantifierTheModelTookIntoTheCueIsTheContents() {
    Attribution a = Reported.quantifierGiven("Okafor said most of the drivers were poor.",
        new Attribution(new Span(20, 41), new Span(0, 6), new Span(7, 19), Form.INDIRECT));
    assertEquals(new Span(12, 41), a.content());
    assertEquals(new Span(7, 11), a.cue());
    TracedReport most = report("Okafor", "said most of", "the drivers were using food banks");
    assertEquals(Verdict.UNSUPPORTED, most.traced().verdict(), most.traced().toString());
    assertParaphrase(report("Okafor", "said some of", "the drivers were using food banks"));
  }

  @Test
  void whatAQuestionPutStatedAsTheAnswerAfterANoIsUnsupported() {
    assertUnsupportedBecause(report("Okafor", "the new depot could be the answer to the town's"
        + " traffic problems"), "answered \"No\"");
    assertParaphrase(report("Okafor", "the depot could help a little with the queues on the ring"
        + " road"));
  }

  @Test
  void anotherSpeakersWordsThatOnlyComeNearAReportDoNotSupportIt() {
    SourceText s = new SourceText(0, new QuoteFinder().find(Readers.parse("meeting.txt", MEETING,
        ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT))));
    SourceText.Passage chairs = s.sentences.stream()
        .filter(p -> p.text().contains("start voting")).findFirst().orElseThrow();
    SourceText.Passage hers = s.sentences.stream()
        .filter(p -> p.text().contains("night buses will run")).findFirst().orElseThrow();
    String article = "Okafor said she expected most drivers to vote for a strike.";
    Words a = Words.of(article, 0, article.length()).asReported();
    int from = article.indexOf("she");
    int to = article.length() - 1;
    Unit u = new Unit(0, new Span(from, to), java.util.stream.IntStream.range(
        a.firstAtOrAfter(from), a.endAtOrBefore(to)).toArray(),
        new Voice.Named(new Speaker("Marta Okafor", null, Speaker.Basis.CUE)));
    double faint = Reported.OTHERS_MEANING - 0.02;
    ClauseCheck byChair = Reported.othersFaint(ClauseCheck.unchanged(new Finding(u,
        Support.PARAPHRASE, faint, s, chairs, null, List.of(), List.of())));
    assertEquals(1, byChair.reasons().size());
    assertTrue(byChair.reasons().get(0).contains("only CHAIR's words come near it"),
        byChair.reasons().toString());
    // As close as her own words would have to be, the chair's words are the report's, flagged.
    assertTrue(Reported.othersFaint(ClauseCheck.unchanged(new Finding(u, Support.PARAPHRASE,
        Reported.OTHERS_MEANING, s, chairs, null, List.of(), List.of()))).reasons().isEmpty());
    // Her own words need no more than the thresholds.
    assertTrue(Reported.othersFaint(ClauseCheck.unchanged(new Finding(u, Support.PARAPHRASE,
        faint, s, hers, null, List.of(), List.of()))).reasons().isEmpty());
  }

  @Test
  void aViewOrAGuessReportedAsAFindingIsUnsupported() {
    assertUnsupportedBecause(report("Okafor", "the company had found that the new depot would cut"
        + " journey times by a tenth"), "a view stated as a finding");
    assertParaphrase(report("Okafor", "the company thought the new depot would cut journey times"
        + " by a tenth, though that was a guess"));
  }

  @Test
  void aDaySaidAsAnOrdinalIsTheDayInFiguresWhereTwoSentencesAreJoined() {
    assertParaphrase(report("Okafor", "fares would stay frozen until 1 March and then rise by 5"
        + " per cent for adults"));
    assertEquals(Verdict.UNSUPPORTED, report("Okafor", "fares would stay frozen until 2 March and"
        + " then rise by 5 per cent for adults").traced().verdict());
  }

  @Test
  void aWishPutToAnyoneInAConditionIsNoWishOfTheSpeakers() {
    TracedReport r = report("Okafor", "the figures mattered to anyone selling the site to a"
        + " developer");
    assertTrue(r.traced().reasons().stream().noneMatch(x -> x.contains("a wish")),
        r.traced().reasons().toString());
  }
}
