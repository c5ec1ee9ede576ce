package org.quotetrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Greedy wrapping leaves a line short where the next word would not have fitted (found writing
 * trace case 48; invented copy): that is wrapping, not a line ended on purpose.
 */
class LineWrapGreedyTest {
  @Test
  void aShortLineBeforeAWordThatWouldNotFitIsStillWrapped() {
    String text = "   The minister told members that no decision had been taken on\n"
        + "the line, and the operator has asked to consult on replacing the\n"
        + "trains with buses, which she said she had not approved\n"
        + "[unreservedly] in any of the letters the two sides had exchanged\n"
        + "since the spring.\n";

    int breaks = LineWrap.softBreaks(text).cardinality();

    assertEquals(4, breaks);
  }

  @Test
  void aShortLineThatTheNextWordWouldHaveFilledEndsItsLineOnPurpose() {
    String text = "The pier is shut for repairs this winter and the ferry is moved\n"
        + "to the south quay.\n"
        + "Fares stay the same for every passenger on the crossing in May\n"
        + "and the timetable is printed again in the spring for the visitors\n";

    assertTrue(LineWrap.softBreaks(text).get(text.indexOf("quay.") + 5) == false);
  }
}
