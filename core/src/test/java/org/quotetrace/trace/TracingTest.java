package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.text.Document;

/** One invented case per verdict and flag, and the odd inputs a user will give. */
class TracingTest {
  private static final String INTERVIEW = """
      Harbour master Edda Lindqvist spoke to Radio Skerne on Tuesday.

      INTERVIEWER: Will the ferry run this winter?
      EDDA LINDQVIST: The ferry will run every day this winter, storms permitting. We have hired two new crews. The old pier, however, will close in March because the timber is rotten.
      INTERVIEWER: And the cost?
      EDDA LINDQVIST: Around four thousand pounds a week, which the county has agreed to cover.
      INTERVIEWER: So the islanders will not pay more?
      EDDA LINDQVIST: Not a penny more. I have promised them that.
      """;

  @Test
  void wordForWordWithAMarkedOmissionIsVerbatim() {
    Trace t = trace("“The ferry will run every day this winter … We have hired two new crews,”"
        + " Edda Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "The ferry will run");
    assertEquals(Verdict.VERBATIM, q.verdict());
    assertEquals(1.0, q.fidelity());
    assertEquals("EDDA LINDQVIST", q.matches().get(0).speaker());
  }

  @Test
  void aFragmentOfTwoWordsBeforeAnEllipsisIsFoundBesideTheRestAndTheTrimIsVerbatim() {
    Trace t = trace("“We have … two new crews,” Edda Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "We have");
    assertEquals(Verdict.VERBATIM, q.verdict(), q.flags() + " " + q.unsupported());
  }

  @Test
  void aFragmentWhoseEllipsisLeavesOutANegationIsNotTakenAsVerbatim() {
    Trace t = trace("“So the islanders will … pay more,” Edda Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "So the islanders");
    assertNotEquals(Verdict.VERBATIM, q.verdict());
  }

  @Test
  void numberFormsAndCaseDoNotCountAsChanges() {
    Trace t = trace("Lindqvist said the cost was “around 4,000 pounds a week.”", INTERVIEW);
    assertEquals(Verdict.VERBATIM, quote(t, "around").verdict());
  }

  @Test
  void aDroppedWordWithoutEllipsisIsAnUnmarkedOmission() {
    Trace t = trace("“The old pier will close in March because the timber is rotten,” Edda"
        + " Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "The old pier");
    assertEquals(Verdict.EDITED, q.verdict());
    assertTrue(q.has(Flag.UNMARKED_OMISSION), q.flags().toString());
    assertTrue(q.edits().stream().anyMatch(e -> e.op() == Edit.Op.DELETE
        && e.sourceText().contains("however")), q.edits().toString());
  }

  @Test
  void theInterviewersWordsInAQuoteAreASpeakerMismatch() {
    Trace t = trace("“The islanders will not pay more. Not a penny more,” Edda Lindqvist said.",
        INTERVIEW);
    TracedQuote q = quote(t, "The islanders");
    assertTrue(q.has(Flag.SPEAKER_MISMATCH), q.flags() + " " + q.matches());
    assertTrue(q.matches().stream().anyMatch(m -> "INTERVIEWER".equals(m.speaker())));
  }

  @Test
  void sentencesFromDifferentAnswersJoinedWithoutAMarkAreStitched() {
    Trace t = trace("“We have hired two new crews. I have promised them that,” Edda Lindqvist"
        + " said.", INTERVIEW);
    TracedQuote q = quote(t, "We have hired");
    assertTrue(q.has(Flag.STITCHED), q.flags().toString());
    assertEquals(Verdict.EDITED, q.verdict());
  }

  @Test
  void sentencesInAnotherOrderThanSpokenAreReordered() {
    Trace t = trace("“I have promised them that … The ferry will run every day this winter,”"
        + " Edda Lindqvist said.", INTERVIEW);
    assertTrue(quote(t, "I have promised").has(Flag.REORDERED));
  }

  @Test
  void anInventedSecondSentenceMakesAQuotePartial() {
    Trace t = trace("“We have hired two new crews. The new boat arrives from Norway in May,”"
        + " Edda Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "We have hired");
    assertEquals(Verdict.PARTIAL, q.verdict());
    assertTrue(q.has(Flag.UNSUPPORTED_PART));
    assertEquals("The new boat arrives from Norway in May,",
        q.unsupported().get(0).text(t.article().text()));
  }

  @Test
  void aRewordedAnswerIsAParaphrase() {
    Trace t = trace("“Every single day this winter the ferry is going to sail, as long as the"
        + " storms allow it,” Edda Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "Every single day");
    assertEquals(Verdict.PARAPHRASE, q.verdict());
    assertTrue(q.fidelity() > 0 && q.fidelity() < 1);
  }

  @Test
  void aMeaningModelThatCannotLoadIsAskedForOnceAndReportedOnce() {
    Document article = TraceAssertions.doc("article", "“Every single day this winter the ferry is"
        + " going to sail, as long as the storms allow it,” Edda Lindqvist said. Lindqvist said the"
        + " library would open on weekdays.");
    Document source = TraceAssertions.doc("source", INTERVIEW);
    int[] asked = new int[1];
    Trace t = new Tracer(() -> {
      asked[0]++;
      throw new IllegalStateException("no model here");
    }).withReportedSpeech().trace(article, List.of(source));
    assertEquals(1, asked[0]);
    assertEquals(1, t.problems().stream()
        .filter(p -> p.message().startsWith("meaning model unavailable")).count(), t.problems().toString());
  }

  @Test
  void aMeaningBudgetLimitsWhatIsEncodedAndStillFindsAParaphraseSharingWords() {
    StringBuilder longer = new StringBuilder(INTERVIEW);
    String[] places = {"Aldby", "Brennock", "Carrow", "Dunmere", "Eskholt", "Fallow", "Gorsey"};
    for (int i = 0; i < 60; i++) {
      String place = places[i % places.length];
      longer.append("INTERVIEWER: What about the library in ").append(place).append("?\n")
          .append("EDDA LINDQVIST: The library in ").append(place).append(" opens at ")
          .append(i % 12 + 1).append(" on weekdays, and the reading room needs ").append(i + 3)
          .append(" new chairs.\n");
    }
    Document article = TraceAssertions.doc("article", "“Every single day this winter the ferry is"
        + " going to sail, as long as the storms allow it,” Edda Lindqvist said.");
    Document source = TraceAssertions.doc("source", longer.toString());
    int[] texts = new int[1];
    SentenceEncoder real = TraceAssertions.encoder();
    SentenceEncoder counting = new SentenceEncoder() {
      @Override
      public float[] encode(String text) {
        return encodeAll(List.of(text)).get(0);
      }

      @Override
      public List<float[]> encodeAll(List<String> batch) {
        texts[0] += batch.size();
        return real.encodeAll(batch);
      }

      @Override
      public int dimension() {
        return real.dimension();
      }
    };

    Trace budgeted = new Tracer(() -> counting).withMeaningBudget(20).trace(article, List.of(source));
    int withBudget = texts[0];
    texts[0] = 0;
    Trace everything = new Tracer(() -> counting).trace(article, List.of(source));

    assertEquals(Verdict.PARAPHRASE, quote(budgeted, "Every single day").verdict());
    assertEquals(Verdict.PARAPHRASE, quote(everything, "Every single day").verdict());
    // The quote's own sentence, then the budget and the pairs and stretch around the nearest.
    assertTrue(withBudget <= 1 + 20 + 6, "encoded " + withBudget);
    assertTrue(texts[0] > 120, "without a budget every sentence is encoded: " + texts[0]);
  }

  @Test
  void aSameTopicStatementWithTheOppositeMeaningIsNotSupported() {
    Trace t = trace("“The old pier will reopen in March because the timber is sound,” Edda"
        + " Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "The old pier");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.matches().toString());
  }

  @Test
  void anUnsupportedOneWordQuoteShowsTheSourceWordNearestInMeaning() {
    Trace t = trace("Lindqvist called the county's plan “unfair”, and promised a fight.",
        INTERVIEW + "EDDA LINDQVIST: The plan the county drew up is unjust to every islander.\n");
    TracedQuote q = quote(t, "unfair");
    assertEquals(Verdict.UNSUPPORTED, q.verdict());
    Nearest n = q.nearest().orElseThrow(() -> new AssertionError("no nearest wording"));
    assertEquals("unjust", n.text());
    assertEquals(n.text(), n.span().text(t.sources().get(n.source()).text()));
  }

  @Test
  void anUnsupportedSentenceShowsTheSourcePassageNearestInMeaning() {
    Trace t = trace("“The old pier will reopen in March because the timber is sound,” Edda"
        + " Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "The old pier");
    assertEquals(Verdict.UNSUPPORTED, q.verdict());
    assertTrue(q.nearest().orElseThrow().text().contains("old pier"), q.nearest().toString());
  }

  @Test
  void aSupportedQuoteHasNoNearestWording() {
    Trace t = trace("Lindqvist said the cost was “around 4,000 pounds a week.”", INTERVIEW);
    assertTrue(quote(t, "around").nearest().isEmpty());
  }

  @Test
  void aBracketNamingSomethingElseThanTheSourceIsFlagged() {
    Trace t = trace("“Around four thousand pounds a week, which [the ferry company] has agreed to"
        + " cover,” Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "Around four thousand");
    assertTrue(q.has(Flag.BRACKET_NOT_IN_SOURCE), q.flags() + " " + q.brackets());
  }

  @Test
  void aBracketNamingWhatTheSourceSaysNearbyAgrees() {
    Trace t = trace("“Around four thousand pounds a week, which [the county] has agreed to"
        + " cover,” Lindqvist said.", INTERVIEW);
    TracedQuote q = quote(t, "Around four thousand");
    assertFalse(q.has(Flag.BRACKET_NOT_IN_SOURCE), q.brackets().toString());
    assertEquals(Verdict.EDITED, q.verdict());
  }

  @Test
  void anArticleWithNoQuotesGivesAnEmptyTrace() {
    Trace t = trace("The ferry runs every day. Nobody was quoted.", INTERVIEW);
    assertTrue(t.quotes().isEmpty());
  }

  @Test
  void aSourceThatIsTheArticleItselfIsSkippedWithAProblem() {
    String article = "“We will win,” the captain said.";
    Trace t = TraceAssertions.tracer().trace(TraceAssertions.doc("a", article),
        List.of(TraceAssertions.doc("b", article)));
    assertEquals(Verdict.UNSUPPORTED, t.quotes().get(0).verdict());
    assertTrue(t.problems().stream().anyMatch(p -> p.message().contains("the article itself")));
  }

  @Test
  void theSameSourceTwiceIsReadOnce() {
    Trace t = trace("“We have hired two new crews,” Edda Lindqvist said.", INTERVIEW, INTERVIEW);
    assertTrue(t.problems().stream().anyMatch(p -> p.message().contains("repeats")));
    assertEquals(Verdict.VERBATIM, t.quotes().get(0).verdict());
  }

  @Test
  void aSourceInAnotherLanguageSupportsNothingAndDoesNotFail() {
    Trace t = trace("“We have hired two new crews,” Edda Lindqvist said.",
        "EDDA LINDQVIST: Vi har anställt två nya besättningar. Färjan går varje dag i vinter.");
    assertEquals(Verdict.UNSUPPORTED, t.quotes().get(0).verdict());
  }

  @Test
  void wordsCopiedWithoutQuoteMarksAreReportedAsReuse() {
    Trace t = trace("The old pier, however, will close in March because the timber is rotten, the"
        + " harbour master said.", INTERVIEW);
    assertEquals(1, t.reuse().size());
    assertTrue(t.reusedShare() > 0.5, "share " + t.reusedShare());
  }

  private static final String DEBATE = """
      ARNE VOSS: We have lost eleven ferry crossings since 2019. Eleven. That is the record.
      MAJA LUND: That was the old board.
      ARNE VOSS: You were in it!
      MAJA LUND: I left in 2020.
      """;

  @Test
  void aFigureBesideAYearAtTheEndOfTheSentenceIsFoundInDigits() {
    Trace t = trace("“We have lost 11 ferry crossings since 2019,” Arne Voss said.", DEBATE);
    assertEquals(Verdict.VERBATIM, quote(t, "We have lost").verdict());
  }

  @Test
  void aRetortOfFunctionWordsOnlyIsFoundAndItsSpeakerChecked() {
    Trace t = trace("“You were in it!” Maja Lund shouted.", DEBATE);
    TracedQuote q = quote(t, "You were in it");
    assertEquals(Verdict.VERBATIM, q.verdict());
    assertTrue(q.has(Flag.SPEAKER_MISMATCH), q.flags() + " " + q.matches());
  }

  @Test
  void aLongerFragmentOfFunctionWordsBeforeAnEllipsisIsFoundBesideTheRest() {
    Trace t = trace("“And so it is that we … close the old pier for good,” Tove Sand said.",
        "TOVE SAND: And so it is that we will, from Monday, close the old pier for good.\n");
    TracedQuote q = quote(t, "And so it is");
    assertEquals(Verdict.VERBATIM, q.verdict(), q.flags() + " " + q.unsupported());
  }
}
