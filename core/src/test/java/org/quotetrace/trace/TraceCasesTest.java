package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotetrace.eval.TraceCases;

/**
 * The labelled source/article pairs of src/test/resources/trace/cases: every verdict and flag,
 * hard negatives included. The floors sit just under what quotetrace measures, so a change that
 * makes tracing worse fails here; the test split was not used to choose any threshold.
 */
class TraceCasesTest {
  private static List<TraceCases.Case> cases;
  private static Tracer tracer;

  @BeforeAll
  static void load() throws IOException {
    cases = TraceCases.load(Path.of("src/test/resources/trace/cases"));
    tracer = TraceAssertions.tracer();
  }

  private static TraceCases.Score score(String split) {
    TraceCases.Score s = TraceCases.score(cases, split, c -> {
      Trace t = tracer.trace(c.article(), c.sources());
      TraceAssertions.assertInvariants(t);
      return TraceCases.predictions(c, t);
    });
    System.out.println("trace cases " + split + ": " + s.summary());
    printMisses(split, s);
    return s;
  }

  /**
   * Misses are printed for dev only: the test split is held out, and a module test run (which
   * anyone tuning reads) must not show which of its labels the tool gets wrong.
   */
  private static void printMisses(String split, TraceCases.Score s) {
    if (split.equals("dev")) {
      s.misses().forEach(m -> System.out.println("  " + m));
    }
  }

  @Test
  void theLabelledSetHoldsAtLeastFortyQuotesOfEachSplitTogether() {
    int quotes = cases.stream().mapToInt(c -> c.labels().size()).sum();
    assertTrue(quotes >= 40, "only " + quotes + " labelled quotes");
  }

  private static TraceCases.Score scoreReported(String split) {
    Tracer reporting = tracer.withReportedSpeech();
    TraceCases.Score s = TraceCases.scoreReported(cases, split, c -> {
      Trace t = reporting.trace(c.article(), c.sources());
      TraceAssertions.assertInvariants(t);
      return TraceCases.reportedPredictions(c, t);
    });
    System.out.println("trace cases, reported speech, " + split + ": " + s.summary());
    printMisses(split, s);
    return s;
  }

  @Test
  void theLabelledSetHoldsTwentyReportsWithHardNegatives() {
    long reports = cases.stream().mapToLong(c -> c.reported().size()).sum();
    long negatives = cases.stream().flatMap(c -> c.reported().stream())
        .filter(l -> l.verdict() == Verdict.UNSUPPORTED || !l.flags().isEmpty()).count();
    assertTrue(reports >= 20, "only " + reports + " labelled reports");
    assertTrue(negatives >= 10, "only " + negatives + " hard negatives");
  }

  @Test
  void reportedSpeechOnTheDevCasesGetsItsVerdicts() {
    TraceCases.Score s = scoreReported("dev");
    // 38 of 44 (0.864) when set; 75 of 89 (0.843) once case 30 (written to find what the method
    // gets wrong on text it was not fitted to) was added; 88 of 107 (0.822) once case 31 was
    // added the same way; 92 of 107 (0.860) after the checks of branch meaning7; 98 of 116
    // (0.845) once case 32 (a debate quoted by a live blog, 6 of its 9 reports right) was added
    // on branch meaning8, the 107 before it unchanged; 100 of 116 (0.862) after branch reported8;
    // 111 of 133 (0.835) once case 34 (a town hall reported in indirect speech, 11 of its 17
    // reports right, written unfitted on branch cases9) was added, the 116 before it unchanged;
    // 117 of 133 (0.880) after branch reported9 (answers to questions, fronted content); 138 of
    // 165 (0.836) once cases 38-40 (written unfitted on branch reported17, 21 of their 32 reports
    // right) were added; 145 of 165 (0.879) after branch reported17, the 133 before unchanged;
    // 193 of 221 (0.873) with cases 44-46; 243 of 290 (0.838) once cases 50-52 (a tribunal's
    // judgment, a central bank's briefing, a cup semi-final's interviews, written unfitted on
    // branch reported24, 50 of their 69 reports right) were added, the 221 before unchanged;
    // 247 of 290 (0.852) with the names a writer puts for "they" and "we" (WriterNames); 249
    // (0.859) with "unfair" read as "not fair" and "the ruling" not taken for "the rules"; 250
    // (0.862) with a named party turned from doer to done-to (Reported.nounTurned); 251 (0.866)
    // with "would" for the source's "could" in a clause moved round; 252 (0.869) with a figure
    // the speaker corrected in an interviewer's statement (Answers.corrected); 253 (0.872) with
    // a name the source gives a described party ("Pellow Bakeries Limited (respondent)"), 254
    // (0.876) at the start of branch reported25; 298 of 365 (0.816) once cases 56-58 (a hospital
    // trust's board meeting, a scientist's conference talk with questions, a union leader's
    // phone-in and the company's statement, written unfitted on branch reported25, 44 of their 75
    // reports right) were added, the 290 before unchanged; 307 (0.841) with figures run on with
    // their scale ("£230m"), spans named by a word ("a decade"), "unable", two denials in one
    // report, a wish stated as settled, the addressee's "you", a quantifier in the cue; 308 with
    // what a question put stated after a "No" (Answers.answeredNo); 310 with another speaker's
    // words that only come near (Reported.othersFaint); 311 with a view reported as a finding;
    // 312 (0.855) with a day said as an ordinal. 360 of 441 (0.816) once cases 62-64 (a housing
    // minister's phone-in through an interpreter, a housebuilder's annual meeting, a measles
    // briefing, written unfitted on branch cases26, 47 of their 76 reports right) were added, the
    // 365 before unchanged; 363 (0.823) after branch reported26 (a fifth as 20 per cent, pence in
    // short, "no need for" as "not needed"). The floor is set under that, not fitted to it: issue
    // 15's 0.85 is a figure for the held-out cases, and these first runs show it is not met.
    assertTrue(s.verdictAccuracy() >= 0.82, s.summary());
  }

  @Test
  void reportedSpeechOnTheHeldOutCasesStaysAboveItsFloor() {
    TraceCases.Score s = scoreReported("test");
    // 24 of 35 (0.686) when set, cases 22 and 23 measured once after the method was chosen on dev.
    assertTrue(s.verdictAccuracy() >= 0.65, s.summary());
  }

  @Test
  void devCasesGetTheirVerdictsFlagsAndSpans() {
    TraceCases.Score s = score("dev");
    // Flag F1 0.878 on the 152 quotes of cases 1-32; 0.849 once case 33 (a speech in two
    // translations, its flags 0.333 as first scored, written unfitted on branch cases9) was added;
    // verdicts and spans 0.970 and flag F1 0.879 on the 169 after branch verdict9 (a stitch across
    // sources, a person put in place). Cases 35-37 (30 quotes, written and labelled on branch
    // verdict19 before quotetrace was run on them) first scored 23 of 30, which took the 199 to
    // verdicts 0.950, spans 0.955, flag F1 0.833, the 169 before unchanged; 0.960 / 0.965 / 0.842
    // after that branch's checks (a month changed, two things exchanged, "every" for a limited noun),
    // 0.965 / 0.965 / 0.851 with its check of a quote's last words put where the source goes on.
    // Cases 59-61 (75 quotes, written unfitted on branch cases26, 67 of them right on their first
    // run) took the 457 to 0.954 / 0.950 / 0.872, the 382 before unchanged; 0.965 / 0.958 / 0.881
    // after branch verdict26 (a likelier outcome, a belief stated as settled, a hope dropped, a
    // length added to, antonyms WordNet lacks). The span floor is set under that, not fitted to it.
    assertTrue(s.verdictAccuracy() >= 0.955, s.summary());
    assertTrue(s.spanAccuracy() >= 0.955, s.summary());
    assertTrue(s.flagF1() >= 0.83, s.summary());
  }

  @Test
  void heldOutTestCasesStayAboveTheirFloor() {
    TraceCases.Score s = score("test");
    assertTrue(s.verdictAccuracy() >= 0.75, s.summary());
    assertTrue(s.spanAccuracy() >= 0.80, s.summary());
    // Flag F1 0.840 at 946c4a3; 0.808 after branch verdict18, whose check of words a quote adds
    // where the source has none turns two test quotes labelled unsupported from paraphrase (a
    // false acceptance) into partial with unsupported_part: a safer verdict, with a flag the
    // labels do not hold. Verdict accuracy unchanged (0.844).
    assertTrue(s.flagF1() >= 0.80, s.summary());
  }
}
