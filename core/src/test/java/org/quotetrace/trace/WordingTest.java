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
}
