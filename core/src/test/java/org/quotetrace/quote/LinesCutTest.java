package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.MarkScanner.Marked;

/** The cut of overlong lines before attribution, and the texts it must leave alone. */
class LinesCutTest {

  private static List<Marked> topLevel(String text) {
    return MarkScanner.scan(text, 0, text.length(), true).quotes().stream()
        .filter(m -> m.depth() == 0).toList();
  }

  /** The offsets where the cut text has a line break that the text has not. */
  private static List<Integer> cuts(String text, String cut) {
    assertEquals(text.length(), cut.length(), "a cut keeps every offset");
    java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != cut.charAt(i)) {
        assertEquals(' ', text.charAt(i), "only a space becomes a line break");
        assertEquals('\n', cut.charAt(i));
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void newsParagraphsComeBackAsTheSameText() {
    String text = "Mayor Ines Varga said the bridge would open in May.\r\n\r\n"
        + "“We have waited long enough,” she said. “The river will not wait.”\n"
        + "The council voted 7-2.";
    assertSame(text, QuoteFinder.linesCut(text, topLevel(text)));
  }

  @Test
  void aLineLongerThanTheLimitIsCutAtASentenceEnd() {
    StringBuilder b = new StringBuilder("Short first line.\n");
    while (b.length() < QuoteFinder.MAX_ATTRIBUTED_LINE * 2 + 500) {
      b.append("The ferry left the harbour at dawn. ");
    }
    b.append("\nShort last line.");
    String text = b.toString();
    String cut = QuoteFinder.linesCut(text, topLevel(text));
    List<Integer> at = cuts(text, cut);
    assertEquals(2, at.size(), () -> "cuts at " + at);
    for (int i : at) {
      assertEquals('.', text.charAt(i - 1), "a cut follows a full stop");
    }
  }

  @Test
  void aShortLineOfManyQuotesIsCutToo() {
    StringBuilder b = new StringBuilder("Intro line.\n");
    for (int k = 0; k < QuoteFinder.MAX_QUOTES_PER_LINE; k++) {
      b.append("He said “no ").append(k).append(".” ");
    }
    String text = b.toString();
    assertTrue(text.length() < QuoteFinder.MAX_ATTRIBUTED_LINE);
    String cut = QuoteFinder.linesCut(text, topLevel(text));
    assertNotSame(text, cut);
    assertTrue(!cuts(text, cut).isEmpty());
  }
}
