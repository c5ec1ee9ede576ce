package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SchemaTest {
  // Guards the text hash of existing indexes: the folding replaced a regular expression.
  @Test
  void foldingWhiteSpaceGivesWhatTheRegularExpressionGave() {
    String[] fixed = {"", " ", "a", " a ", "a  b", "a\tb", "a \t\r\n b", "\u00a0a\u00a0 b\u2003",
        "a\u000Bb\fc", "a\u2003\u2003b", "  lead and trail  ", "one\n\ntwo\r\nthree"};
    for (String s : fixed) {
      assertEquals(s.strip().replaceAll("\\s+", " "), Schema.foldSpace(s), "for [" + s + "]");
    }
    char[] alphabet = {'a', 'b', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00a0', '\u2003',
        '\u3000', '“', '\uD83D', '\uDE00'};
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 20_000; k++) {
      char[] c = new char[random.nextInt(12)];
      for (int i = 0; i < c.length; i++) {
        c[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(c);
      assertEquals(s.strip().replaceAll("\\s+", " "), Schema.foldSpace(s), "for [" + s + "]");
      assertEquals(Schema.textHash(s), Schema.textHash(s.strip()), "for [" + s + "]");
    }
  }
}
