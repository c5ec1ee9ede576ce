package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.read.ReadAssertions.allWords;
import static org.quotetrace.read.ReadAssertions.assertWellFormed;
import static org.quotetrace.read.ReadAssertions.label;
import static org.quotetrace.read.ReadAssertions.speakers;
import static org.quotetrace.read.ReadAssertions.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Turn;

class TurnParsingTest {
  private static Document parse(String text) {
    return assertWellFormed(Readers.parse("t", text, ReadOptions.DEFAULTS));
  }

  private static Document parse(String text, DocumentKind kind) {
    return assertWellFormed(Readers.parse("t", text, ReadOptions.DEFAULTS.withKind(kind)));
  }

  private static final String SCRIPT =
      """
      Dam talks: minister promises water by spring

      The minister arrived in Vila Serra on Tuesday to meet farmers.

      ¤SOT Amara Quell, Minister of Water (Portuguese): “The dam will be finished by spring. Nobody will go without water.”
      SOT Amara Quell, Minister of Water (Portuguese): “We listened to the farmers.”

      Farmers were not convinced. One of them said: “We have heard this before.”

      Reporter (Portuguese): “And if it is late?”

      Amara Quell, Minister of Water (Portuguese): “It will not be late.”
      """;

  @Test
  void sotLinesGiveSpeakerRoleLanguageAndTheWordsInsideTheQuoteMarks() {
    Document doc = parse(SCRIPT);

    assertEquals(DocumentKind.SCRIPT, doc.kind());
    Turn first = doc.turns().get(0);
    assertEquals("Amara Quell", first.speaker());
    assertEquals("Minister of Water", first.role());
    assertEquals("Portuguese", first.language());
    assertEquals("Amara Quell, Minister of Water (Portuguese)", label(doc, 0));
    assertEquals("The dam will be finished by spring. Nobody will go without water.", words(doc, 0));
    assertEquals('“', doc.text().charAt(first.content().start() - 1), "the opening mark is left out");
    assertEquals('”', doc.text().charAt(first.content().end()), "the closing mark is left out");
  }

  @Test
  void junkBeforeASotMarkerIsSkippedAndNarrationIsNoTurn() {
    Document doc = parse(SCRIPT);

    assertEquals(
        List.of("Amara Quell", "Amara Quell", "Reporter", "Amara Quell"), speakers(doc));
    assertEquals(
        List.of(
            "The dam will be finished by spring. Nobody will go without water.",
            "We listened to the farmers.",
            "And if it is late?",
            "It will not be late."),
        allWords(doc));
    assertEquals("Reporter (Portuguese)", label(doc, 2));
    assertEquals("", doc.turns().get(2).role());
    assertEquals("Dam talks: minister promises water by spring", doc.title().orElseThrow());
  }

  @Test
  void aSotLineWithoutQuoteMarksTakesTheRestOfTheLine() {
    Document doc =
        parse(
            """
            SOT Amara Quell, Minister of Water: The dam opens in May.
            The minister then left for the capital.
            """);

    assertEquals(1, doc.turns().size());
    assertEquals("The dam opens in May.", words(doc, 0));
  }

  @Test
  void agencySoundbitesWithTheLanguageFirstAndTheWordsBelowAreRead() {
    Document doc =
        parse(
            """
            3. SOUNDBITE (Portuguese) Amara Quell, Minister of Water:
            "The dam will be finished by spring."

            4. Farmers at the market.
            """);

    assertEquals(DocumentKind.SCRIPT, doc.kind());
    Turn t = doc.turns().get(0);
    assertEquals("Amara Quell", t.speaker());
    assertEquals("Minister of Water", t.role());
    assertEquals("Portuguese", t.language());
    assertEquals("The dam will be finished by spring.", words(doc, 0));
    assertEquals(1, doc.turns().size());
  }

  @Test
  void aQuoteRunningOverParagraphsStaysOneTurn() {
    Document doc =
        parse(
            """
            SOT Amara Quell, Minister of Water: “The dam will be finished by spring.

            “Nobody will go without water.”

            The minister left.
            """);

    assertEquals(1, doc.turns().size());
    assertEquals(
        "The dam will be finished by spring.\n\n“Nobody will go without water.", words(doc, 0));
  }

  @Test
  void anUnclosedQuoteInATurnIsRecordedAsAProblemAtItsPlace() {
    Document doc = parse("SOT Amara Quell: “The dam will be finished\n\nNarration.\n");

    assertEquals("The dam will be finished", words(doc, 0));
    assertEquals(1, doc.problems().size());
    assertEquals(17, doc.problems().get(0).offset());
    assertTrue(doc.problems().get(0).message().contains("not closed"));
  }

  private static final String TRANSCRIPT =
      """
      Interview with the harbour master

      INTERVIEWER: When did the wall start to crack?

      TOMAS BRENN: Last winter, after the second storm.

      We saw it first near the lighthouse.

      [00:01:12] INTERVIEWER: And the repairs?

      MR. BRENN: They will take a year,
      perhaps more.
      """;

  @Test
  void labelledTranscriptGivesTurnsAndUnlabelledParagraphsContinueTheSpeaker() {
    Document doc = parse(TRANSCRIPT);

    assertEquals(DocumentKind.TRANSCRIPT, doc.kind());
    assertEquals(
        List.of("INTERVIEWER", "TOMAS BRENN", "TOMAS BRENN", "INTERVIEWER", "MR. BRENN"),
        speakers(doc));
    assertEquals(
        List.of(
            "When did the wall start to crack?",
            "Last winter, after the second storm.",
            "We saw it first near the lighthouse.",
            "And the repairs?",
            "They will take a year,\nperhaps more."),
        allWords(doc));
    assertNull(doc.turns().get(2).label(), "a continuation has no label of its own");
    assertEquals("INTERVIEWER", label(doc, 3), "the timestamp is not part of the label");
    assertEquals("Interview with the harbour master", doc.title().orElseThrow());
  }

  @Test
  void questionAndAnswerLabelsMakeATranscript() {
    Document doc =
        parse(
            """
            Q: Is the pier safe?
            A: Not yet.
            Q: When?
            A: After the survey.
            """);

    assertEquals(DocumentKind.TRANSCRIPT, doc.kind());
    assertEquals(List.of("Q", "A", "Q", "A"), speakers(doc));
    assertEquals("After the survey.", words(doc, 3));
  }

  @Test
  void aLabelOnItsOwnLineTakesTheWordsOfTheNextParagraph() {
    Document doc =
        parse(
            """
            ILSE VARGA:

            The vote was close.

            TOMAS BRENN:
            It was fair.
            """,
            DocumentKind.TRANSCRIPT);

    assertEquals(List.of("The vote was close.", "It was fair."), allWords(doc));
  }

  private static final String ARTICLE_WITH_COLONS =
      """
      The council met on Monday. The plan is simple: rebuild the wall before winter.

      Note: figures are provisional.

      Partial transcript as follows:

      Officials said: “No decision has been taken.”

      Russia: a view from the coast

      Haftar, however, said: “We will see.”

      The mayor put it bluntly: the town has no money.

      READ MORE: Storm damage bill reaches a record

      12:30 GMT: The meeting was adjourned.

      Hillary Clinton: 1,769.
      """;

  @Test
  void colonSentencesInAnArticleAreNotTurns() {
    Document doc = parse(ARTICLE_WITH_COLONS);

    assertEquals(DocumentKind.ARTICLE, doc.kind());
    assertTrue(doc.turns().isEmpty());
  }

  @Test
  void colonSentencesAreNotTakenAsLabelsEvenInATranscript() {
    Document doc = parse(ARTICLE_WITH_COLONS, DocumentKind.TRANSCRIPT);

    // Only the one-word "Russia:" passes as a label once the caller says this is a transcript;
    // the paragraphs after it continue that turn.
    List<String> labelled =
        doc.turns().stream().filter(t -> t.label() != null).map(Turn::speaker).toList();
    assertEquals(List.of("Russia"), labelled);
  }

  @Test
  void oneInterviewLabelInALongArticleLeavesItAnArticle() {
    String text =
        "The ferry resumed service on Monday.\n\n".repeat(8)
            + "CAPTAIN LINDQVIST: We are glad to be back.\n\n"
            + "Passengers cheered as the boat left.\n";

    assertEquals(DocumentKind.ARTICLE, parse(text).kind());
  }

  @Test
  void kindDetectionFindsScriptTranscriptAndArticle() {
    assertEquals(DocumentKind.SCRIPT, parse(SCRIPT).kind());
    assertEquals(DocumentKind.TRANSCRIPT, parse(TRANSCRIPT).kind());
    assertEquals(DocumentKind.ARTICLE, parse("The vote was close. Seven to six.\n").kind());
  }

  @Test
  void anExplicitKindOverridesDetection() {
    Document article = parse(SCRIPT, DocumentKind.ARTICLE);
    assertEquals(DocumentKind.ARTICLE, article.kind());
    assertTrue(article.turns().isEmpty());

    String text =
        "The ferry resumed service on Monday.\n\n".repeat(8)
            + "CAPTAIN LINDQVIST: We are glad to be back.\n\nPassengers cheered.\n";
    Document transcript = parse(text, DocumentKind.TRANSCRIPT);
    assertEquals(DocumentKind.TRANSCRIPT, transcript.kind());
    assertEquals(
        List.of("We are glad to be back.", "Passengers cheered."), allWords(transcript));

    Document script = parse(TRANSCRIPT, DocumentKind.SCRIPT);
    assertEquals(DocumentKind.SCRIPT, script.kind());
    assertEquals(4, script.turns().size(), "in a script, unlabelled paragraphs are narration");
  }

  @Test
  void aLoneNameLabelCountsInAScriptOnlyWhenTheNameRecurs() {
    Document doc =
        parse(
            """
            SOT Ilse Varga, Mayor: “We voted.”

            Harbour: the wall is old.

            Brenn: It will hold.

            Brenn: For now.
            """);

    assertEquals(List.of("Ilse Varga", "Brenn", "Brenn"), speakers(doc));
  }
}
