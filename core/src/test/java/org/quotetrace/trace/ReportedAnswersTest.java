package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.Form;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.quote.Speaker;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Span;
import org.quotetrace.text.DocumentKind;

/**
 * A report whose words are nearest a questioner's is read against the answer its speaker gave
 * ({@link Answers}): the answer that says the thing is the match, one that refuses what the
 * question put makes the report unsupported, and otherwise the questioner's words stay the match.
 */
class ReportedAnswersTest {
  private static final String BATHS = """
      HOST: Councillor, the swimming baths on Mill Road have been shut since the flood in the \
      autumn. When will they open again?

      ROSA QUILLAN: I am glad to tell you that the baths will reopen on the third of March. The \
      new boilers are in and the pool has been retiled.

      HOST: And the cafe at the baths? People say it is being sold to a private firm.

      ROSA QUILLAN: The cafe is staying with the council. We looked at selling it last winter and \
      we decided against it.

      HOST: Some of your own staff told me the lifeguards on the early shift will be cut. Who is \
      right?

      ROSA QUILLAN: I am sorry they heard that. Every session will keep two lifeguards on duty, as \
      it does today.
      """;

  private static TracedReport report(String article, String content) {
    int at = article.indexOf(content);
    int cue = article.lastIndexOf("said", at);
    int source = article.lastIndexOf("Quillan", cue);
    Tracer tracer = TraceAssertions.tracer().withReportedSpeech(text -> List.of(new Attribution(
        new Span(at, at + content.length()), new Span(source, source + "Quillan".length()),
        new Span(cue, cue + 4), Form.INDIRECT)));
    Trace t = TraceAssertions.traceTranscript(tracer, article, "baths.txt", BATHS);
    assertEquals(1, t.reported().size());
    return t.reported().get(0);
  }

  @Test
  void aReportInTheQuestionsTermsIsTheAnswerItReportsNotTheQuestion() {
    // Dev case 18: the host's "the ward has been shut" was nearest, and "open" against "shut"
    // made the minister's announcement unsupported.
    TracedReport r = report("Councillor Rosa Quillan said the swimming baths on Mill Road would"
        + " open their doors again on March 3.\n", "the swimming baths on Mill Road would open"
        + " their doors again on March 3");
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertFalse(r.traced().has(Flag.SPEAKER_MISMATCH), r.traced().toString());
    assertTrue(r.traced().matches().get(0).text().contains("reopen"), r.traced().toString());
  }

  @Test
  void aQuestionersClaimTheSpeakerRefusedIsUnsupported() {
    // Dev case 34: a worker's "people say the canteen is going to a contractor" was the match,
    // and the answer "we decided against it" went unread.
    TracedReport r = report("Quillan said the cafe at the baths had been sold to a private firm"
        + " last winter.\n", "the cafe at the baths had been sold to a private firm last winter");
    assertEquals(Verdict.UNSUPPORTED, r.traced().verdict(), r.traced().toString());
    assertTrue(r.traced().reasons().stream().anyMatch(x -> x.contains("decided against")),
        r.traced().reasons().toString());
  }

  @Test
  void aQuestionersWordsTheAnswerNeitherSaysNorRefusesStayFlaggedAsTheirs() {
    TracedReport r = report("Quillan said her own staff had said the lifeguards on the early"
        + " shift would be cut.\n", "her own staff had said the lifeguards on the early shift"
        + " would be cut");
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertTrue(r.traced().has(Flag.SPEAKER_MISMATCH), r.traced().toString());
  }

  private static final Voice QUILLAN =
      new Voice.Named(new Speaker("Rosa Quillan", null, Speaker.Basis.CUE));

  private static SourceText.Passage sentence(SourceText s, String holding) {
    for (SourceText.Passage p : s.sentences) {
      if (p.text().contains(holding)) {
        return p;
      }
    }
    throw new AssertionError("no sentence holds " + holding);
  }

  @Test
  void whatAQuestionPutsIsAskedAndTheAnswerIsNot() {
    // Dev case 18: the host's "the ward has been shut for eight months" was held against the
    // minister's announcement that it would open, as though she had said it.
    SourceText s = new SourceText(0, new QuoteFinder().find(Readers.parse("baths.txt", BATHS,
        ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT))));
    SourceText.Passage premise = sentence(s, "have been shut since the flood");
    assertTrue(Answers.asked(premise, QUILLAN));
    assertFalse(Answers.asked(premise, premise.speaker()), "the host's own words are the host's");
    assertFalse(Answers.asked(sentence(s, "the baths will reopen"), QUILLAN));
    assertFalse(Answers.asked(premise, Voice.UNKNOWN));
  }

  /**
   * The report's words from the first at or after {@code from} to the last ending by {@code to}.
   */
  private static int[] tokensOf(Words a, int from, int to) {
    return java.util.stream.IntStream.range(a.firstAtOrAfter(from), a.endAtOrBefore(to)).toArray();
  }

  @Test
  void aDayOfTheMonthInFiguresAgreesWithTheSameDaySaidAsAnOrdinal() {
    // Words reads "twenty-third" and "the 23rd" as one form, "23rd"; the answer's day must still
    // be read from it.
    SourceText s = new SourceText(0, new QuoteFinder().find(Readers.parse("baths.txt",
        "ROSA QUILLAN: The baths will reopen on the twenty-third of March.\n",
        ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT))));
    String article = "Quillan said the baths would reopen on March 23.";
    Words a = Words.of(article, 0, article.length()).asReported();
    int from = article.indexOf("the baths");
    int to = article.length() - 1;
    Unit u = new Unit(0, new org.quotetrace.text.Span(from, to), tokensOf(a, from, to),
        Voice.UNKNOWN);
    assertTrue(Answers.ordinalsAgree(a, u, sentence(s, "reopen")));
    String other = "Quillan said the baths would reopen on March 24.";
    Words b = Words.of(other, 0, other.length()).asReported();
    Unit v = new Unit(0, new org.quotetrace.text.Span(from, to), tokensOf(b, from, to),
        Voice.UNKNOWN);
    assertFalse(Answers.ordinalsAgree(b, v, sentence(s, "reopen")));
  }

  @Test
  void theSourceRunWhereRolesAreReadTakesNoWordOfTheSentenceBefore() {
    // The run may take the source's own subject pronoun or determiner before its first word, but
    // not the previous sentence's last "it", which the role reader would take for a subject.
    String source = "ROSA QUILLAN: The council broke it. Sued the firm, we did, last spring.\n";
    SourceText s = new SourceText(0, new QuoteFinder().find(Readers.parse("firm.txt", source,
        ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT))));
    String article = "Quillan said they sued the firm.";
    int from = article.indexOf("they");
    int to = article.indexOf(".");
    Words a = Words.of(article, 0, article.length()).asReported();
    int[] tokens = tokensOf(a, from, to);
    int sued = s.words.firstAtOrAfter(s.words.text.indexOf("Sued"));
    int[] run = Reported.narrowest(a, tokens, s, 0, s.words.norm.length);
    assertEquals(sued, run[0], "the run starts at its own sentence's first word");
    assertEquals("firm", s.words.norm[run[1] - 1]);
  }

  @Test
  void aReportIsNotContradictedByANegationAndAnAntonymTogether() {
    // Dev case 18: "No other maternity ward will close this year" was the reason a report that
    // the ward would open was unsupported: "not close" is no more against "open" than for it.
    String source = "ROSA QUILLAN: No pool in the city will close this winter.\n";
    SourceText s = new SourceText(0, new QuoteFinder().find(Readers.parse("pools.txt", source,
        ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT))));
    String article = "Quillan said every pool in the city would open this winter.";
    int from = article.indexOf("every");
    int to = article.indexOf(".");
    Words a = Words.of(article, 0, article.length()).asReported();
    int[] tokens = tokensOf(a, from, to);
    Unit u = new Unit(0, new Span(from, to), tokens, QUILLAN);
    assertEquals(List.of(), Reported.contradictions(a, u, s.sentences.get(0), false));
  }

  @Test
  void aReportThatTwoThingsAreTheSameIsUnsupportedWhereTheSourceGivesThemTwoFigures() {
    // Dev case 34: "salaried staff would receive the same increase as the factory floor" was
    // a paraphrase of "4.5 per cent for the factory floor ... for salaried staff 3 per cent".
    String source = """
        ROSA QUILLAN: Entry to the baths will rise by 5 per cent for adults from April. For \
        children it will rise by 2 per cent, and pensioners pay nothing.
        """;
    String article = "Quillan said entry for children would rise by the same amount as for adults"
        + " from April.\n";
    String content = "entry for children would rise by the same amount as for adults from April";
    int at = article.indexOf(content);
    Tracer tracer = TraceAssertions.tracer().withReportedSpeech(text -> List.of(new Attribution(
        new Span(at, at + content.length()), new Span(0, 7), new Span(8, 12), Form.INDIRECT)));
    Trace t = TraceAssertions.traceTranscript(tracer, article, "fees.txt", source);
    TracedReport r = t.reported().get(0);
    assertEquals(Verdict.UNSUPPORTED, r.traced().verdict(), r.traced().toString());
    assertTrue(r.traced().reasons().stream().anyMatch(x -> x.contains("5 and 2")),
        r.traced().reasons().toString());
  }

  private static final String SEASON = """
      HOST: Quillan Rovers have beaten your side four times this season now.

      ROSA QUILLAN: Five, if you count the cup tie in January. They are the best side in the \
      league.

      HOST: Your side has lost twice at home.

      ROSA QUILLAN: Twice, yes, and both times to late goals.
      """;

  private static TracedReport seasonReport(String content) {
    String article = "Quillan said " + content + ".\n";
    int at = article.indexOf(content);
    Tracer tracer = TraceAssertions.tracer().withReportedSpeech(text -> List.of(new Attribution(
        new Span(at, at + content.length()), new Span(0, "Quillan".length()),
        new Span(8, 12), Form.INDIRECT)));
    Trace t = TraceAssertions.traceTranscript(tracer, article, "season.txt", SEASON);
    return t.reported().get(0);
  }

  @Test
  void aFigureTheSpeakerCorrectedInTheInterviewersStatementIsUnsupported() {
    // No question was asked, so the answer was not read: the host's figure stood as hers,
    // flagged as the host's words.
    TracedReport r = seasonReport("Quillan Rovers had beaten her side four times this season");
    assertEquals(Verdict.UNSUPPORTED, r.traced().verdict(), r.traced().toString());
    assertTrue(r.traced().reasons().stream().anyMatch(x -> x.contains("Five")),
        r.traced().reasons().toString());
    // The figure she confirms stays the host's words, flagged as someone else's.
    TracedReport kept = seasonReport("her side had lost twice at home");
    assertEquals(Verdict.PARAPHRASE, kept.traced().verdict(), kept.traced().toString());
  }
}
