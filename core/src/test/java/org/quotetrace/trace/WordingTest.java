package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {
  private static String show(List<Edit> edits) {
    StringBuilder b = new StringBuilder();
    for (Edit e : edits) {
      b.append(e.op().id()).append(':').append(e.sourceText()).append('>').append(e.articleText()).append(' ');
    }
    return b.toString().strip();
  }

  @Test
  void sameWordsInOtherSpellingAndNumberFormsAreNoChange() {
    assertTrue(Wording.changes("We colonise four thousand acres.", "we colonize 4,000 acres").isEmpty());
  }

  @Test
  void aReplacedWordIsOneReplace() {
    assertEquals("replace:country>nation",
        show(Wording.changes("Nobody in this country should choose.", "Nobody in this nation should choose.")));
  }

  @Test
  void trimmedEndsAreDeletes() {
    assertEquals("delete:They said it. We will go> delete:tomorrow>",
        show(Wording.changes("They said it. We will go on tomorrow", "on")));
  }

  @Test
  void anAddedBracketIsAnInsert() {
    List<Edit> e = Wording.changes("the regulator agrees", "the regulator [the watchdog] agrees");
    assertEquals("insert:>the watchdog", show(e));
    assertEquals(Edit.Op.INSERT, e.get(0).op());
    assertTrue(e.get(0).sourceSpan().isEmpty());
  }

  @Test
  void editSpansPointIntoTheirTexts() {
    String before = "the cap will be paid for by a levy";
    String after = "the cap will be funded by a levy";
    Edit e = Wording.changes(before, after).get(0);
    assertEquals("paid for", e.sourceSpan().text(before));
    assertEquals("funded", e.article().text(after));
  }

  // The earlier wording of the conflict tests: a turn of an invented harbour master.
  private static final String TURN = "Thank you. We will put 40 million euros into the harbour in "
      + "Eastport this year, and the fishing crews of Eastport know why. Dredging starts in May.";

  @Test
  void anotherFigureInTheSameFrameIsAConflict() {
    assertEquals(1, Wording.conflicts(TURN,
        "We will put 25 million euros into the harbour in Eastport this year,"));
  }

  @Test
  void anotherPlaceInTheSameFrameIsAConflict() {
    assertEquals(1, Wording.conflicts(TURN,
        "We will put 40 million euros into the harbour in Westport this year"));
    assertEquals(2, Wording.conflicts(TURN,
        "We will put 25 million euros into the harbour in Westport this year"));
  }

  @Test
  void theSameFiguresInOtherFormsAndCutsAndRewordingsAreNoConflict() {
    assertEquals(0, Wording.conflicts(TURN,
        "We will put forty million euros into the harbour in Eastport this year"));
    assertEquals(0, Wording.conflicts(TURN, "We will invest 40 million euros into the port in "
        + "Eastport … and the fishing crews of Eastport know why."));
    assertEquals(0, Wording.conflicts(TURN, "the harbour"));
  }

  @Test
  void bracketedWordsAreTheEditorsAndNoConflict() {
    assertEquals(0, Wording.conflicts("They promised help in Eastport by June.",
        "They [the Westport council] promised help in Eastport by June."));
  }

  @Test
  void aNameOrFigureWhoseFrameWasCutIsNoConflict() {
    // Nothing follows "Westport" in the quote: the frame that would show a swap was cut.
    assertEquals(0, Wording.conflicts(TURN, "into the harbour in Westport"));
    assertEquals(0, Wording.conflicts(TURN, "Westport this year"));
  }

  @Test
  void aNameTheEarlierWordingHasElsewhereIsNoConflict() {
    assertEquals(0, Wording.conflicts(TURN,
        "the fishing crews of Eastport know why, and the harbour in Eastport is ready"));
  }

  @Test
  void aCapitalAtTheStartOfASentenceIsNoName() {
    // "Dredging" and "Cleaning" start their sentences: words, not names.
    String earlier = "Crews know why. Dredging starts in May, weather allowing.";
    assertEquals(0, Wording.conflicts(earlier, "Crews know why. Cleaning starts in May, weather allowing."));
    assertEquals(1, Wording.conflicts(earlier, "Crews know why. Dredging starts in June, weather allowing."));
  }
}
