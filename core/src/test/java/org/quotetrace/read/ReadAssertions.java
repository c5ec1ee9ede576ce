package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Span;
import org.quotetrace.text.Turn;

/** Domain assertions for read documents: the invariants every reader must keep. */
final class ReadAssertions {
  private ReadAssertions() {}

  /**
   * Turns lie inside the text, in order, without overlapping; labels stand before their words;
   * the words are trimmed and non-empty; only an unlabelled turn has a blank speaker; problems point into the text or at the whole file.
   */
  static Document assertWellFormed(Document doc) {
    String text = doc.text();
    int previousEnd = 0;
    for (Turn t : doc.turns()) {
      Span c = t.content();
      assertTrue(c.end() <= text.length(), () -> "turn " + c + " leaves text of length " + text.length());
      assertFalse(c.isEmpty(), () -> "empty turn of " + t.speaker() + " at " + c);
      assertTrue(c.start() >= previousEnd, () -> "turn " + c + " overlaps or precedes the one before");
      if (t.label() != null) {
        assertTrue(t.label().start() >= previousEnd, () -> "label " + t.label() + " inside the turn before");
        assertTrue(t.label().end() <= c.start(), () -> "label " + t.label() + " runs into " + c);
        assertFalse(t.label().isEmpty(), "empty label");
      }
      String words = c.text(text);
      assertEquals(words.strip(), words, () -> "turn words not trimmed: '" + words + "'");
      // A blank speaker is someone the text sets apart without naming (a subtitle's dialogue
      // dash): such a turn has no label.
      assertTrue(!t.speaker().isBlank() || t.label() == null, "blank speaker with a label");
      previousEnd = c.end();
    }
    for (Problem p : doc.problems()) {
      assertTrue(p.offset() >= -1 && p.offset() <= text.length(), () -> "problem outside text: " + p);
      if (p.offset() >= 0) {
        assertEquals(Problem.at(text, p.offset(), p.message()), p, "line and column of " + p);
      }
    }
    return doc;
  }

  /** The spoken words of turn {@code i}. */
  static String words(Document doc, int i) {
    return doc.turns().get(i).content().text(doc.text());
  }

  /** The label text of turn {@code i}, or null for a continuation. */
  static String label(Document doc, int i) {
    Span l = doc.turns().get(i).label();
    return l == null ? null : l.text(doc.text());
  }

  static List<String> speakers(Document doc) {
    return doc.turns().stream().map(Turn::speaker).toList();
  }

  static List<String> allWords(Document doc) {
    return doc.turns().stream().map(t -> t.content().text(doc.text())).toList();
  }
}
