package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotetrace.read.ReadAssertions.assertWellFormed;
import static org.quotetrace.read.ReadAssertions.speakers;
import static org.quotetrace.read.ReadAssertions.words;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/**
 * Speakers that official records name by convention (found writing trace cases 47-49; invented
 * records, none of the cases'): a Hansard office holder named once in parentheses, a court
 * transcript's Q. and A. lines under "sworn" and "examined by" headings, its judge named in the
 * "Before:" line, and a subtitle answer after a dash-marked question.
 */
class OfficialRecordReadingTest {
  private static Document parse(String text) {
    return assertWellFormed(Readers.parse("t", text, ReadOptions.DEFAULTS));
  }

  private static final String DEBATE = """
      The Deputy Speaker (Ines Morrow): I call Tom Pellow to move the motion.

      Tom Pellow (Eastcliffe): I beg to move it. The pier has been shut for a year.

      The Secretary of State for Coasts (Rhian Dace): I recognise the member's concern. The pier will reopen in May.

      Tom Pellow: Will she give way?

      The Deputy Speaker: Order. The Secretary of State has the floor.
      """;

  @Test
  void anOfficeHolderNamedInParenthesesIsThePersonAndTheOfficeAloneNamesThemLater() {
    Document doc = parse(DEBATE);

    assertEquals(DocumentKind.TRANSCRIPT, doc.kind());
    assertEquals(List.of("Ines Morrow", "Tom Pellow", "Rhian Dace", "Tom Pellow", "Ines Morrow"),
        speakers(doc));
    assertEquals("The Secretary of State for Coasts", doc.turns().get(2).role());
    assertEquals("Order. The Secretary of State has the floor.", words(doc, 4));
  }

  @Test
  void aMembersSeatInParenthesesIsNotTakenForTheirName() {
    Document doc = parse(DEBATE);

    assertEquals("Tom Pellow", doc.turns().get(1).speaker());
    assertEquals("I beg to move it. The pier has been shut for a year.", words(doc, 1));
  }

  private static final String HEARING = """
      IN THE CROWN COURT AT MARLOW
      Before: HIS HONOUR JUDGE OWEN TRACY

      THE JUDGE: Members of the jury, you will now hear the evidence.

      MR BANNERJEE: I call Miss Ada Lowe.

      ADA LOWE, sworn
      Examined by MR BANNERJEE

      Q. Where were you that evening?
      A. At the bus stop outside the library.
      Q. What did you see?
      A. Two men running towards the river.

      Cross-examined by MS FENWICK

      Q. It was raining hard, wasn't it?
      A. It was, yes.
      """;

  @Test
  void courtQuestionsAreCounselsAndAnswersTheWitnessesNamedByTheHeadings() {
    Document doc = parse(HEARING);

    assertEquals(DocumentKind.TRANSCRIPT, doc.kind());
    assertEquals("MR BANNERJEE", speakerOf(doc, "What did you see?"));
    assertEquals("ADA LOWE", speakerOf(doc, "Two men running towards the river."));
    assertEquals("MS FENWICK", speakerOf(doc, "It was raining hard, wasn't it?"));
    assertEquals("ADA LOWE", speakerOf(doc, "It was, yes."));
  }

  @Test
  void theJudgeLabelTakesTheNameOfTheBeforeLine() {
    Document doc = parse(HEARING);

    assertEquals("OWEN TRACY", speakerOf(doc, "Members of the jury, you will now hear the evidence."));
    assertEquals("THE JUDGE", doc.turns().get(0).role());
  }

  private static final String MINUTES = """
      HOLLOWAY PARISH COUNCIL
      Record of the meeting of the Amenities Committee, Tuesday 4 March

      Present: Cllr Petra Lind (Chair), Cllr Owain Rees, Cllr Sadia Malik.
      Officers: Gareth Bell (Clerk).

      The Chair: Welcome, everyone. We have one item tonight, the allotments.

      Cllr Rees: The waiting list has doubled in two years.

      The Clerk: The committee has 2,000 pounds left in this year's budget.

      Chair: Thank you. We will vote at the next meeting.
      """;

  @Test
  void aPartLabelTakesThePersonTheRosterNamesWithThatPart() {
    Document doc = parse(MINUTES);

    assertEquals("Cllr Petra Lind",
        speakerOf(doc, "Welcome, everyone. We have one item tonight, the allotments."));
    assertEquals("Cllr Petra Lind", speakerOf(doc, "Thank you. We will vote at the next meeting."));
    assertEquals("Gareth Bell",
        speakerOf(doc, "The committee has 2,000 pounds left in this year's budget."));
    assertEquals("Cllr Rees", speakerOf(doc, "The waiting list has doubled in two years."));
  }

  @Test
  void aPartTwoPeopleHoldInTheRosterNamesNobody() {
    Document doc = parse(MINUTES.replace("Gareth Bell (Clerk)", "Gareth Bell (Chair)"));

    assertEquals("The Chair",
        speakerOf(doc, "Welcome, everyone. We have one item tonight, the allotments."));
  }

  private static String speakerOf(Document doc, String said) {
    for (int i = 0; i < doc.turns().size(); i++) {
      if (words(doc, i).equals(said)) {
        return doc.turns().get(i).speaker();
      }
    }
    throw new AssertionError("no turn says \"" + said + "\"; turns: " + doc.turns());
  }

  @Test
  void qAndALinesWithoutHeadingsKeepTheirRoles() {
    Document doc = parse("""
        Q. Where were you that evening?
        A. At the bus stop.
        Q. What did you see?
        A. Two men running.
        """);

    assertEquals(List.of("Q", "A", "Q", "A"), speakers(doc));
    assertEquals("At the bus stop.", words(doc, 1));
  }

  @Test
  void aQuestionAndItsAnswerInOneCaptionGiveTheAnswerToTheSpeakerBefore() throws Exception {
    String srt = """
        1
        00:00:01,000 --> 00:00:04,000
        ROSA VANE: The river used to freeze every winter.

        2
        00:00:04,500 --> 00:00:07,000
        - Every winter?
        - Nearly every winter.

        3
        00:00:07,500 --> 00:00:09,000
        Now it never does.
        """;

    Document doc = assertWellFormed(
        Readers.read("clip", srt.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS));

    assertEquals(List.of("ROSA VANE", "", "ROSA VANE"), speakers(doc));
    assertEquals("Nearly every winter. Now it never does.", words(doc, 2));
  }

  @Test
  void anAnswerAfterAReportersDashedQuestionIsNobodyNamed() throws Exception {
    String srt = """
        1
        00:00:01,000 --> 00:00:04,000
        REPORTER: The river used to freeze every winter.

        2
        00:00:04,500 --> 00:00:07,000
        - Does it still?
        - Hardly ever.
        """;

    Document doc = assertWellFormed(
        Readers.read("clip", srt.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS));

    assertEquals(List.of("REPORTER", "", ""), speakers(doc));
  }
}
