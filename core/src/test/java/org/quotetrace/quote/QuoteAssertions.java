package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.quotetrace.text.Document;
import org.quotetrace.text.Span;

/** Domain assertions and the invariant checker every quote test runs. */
public final class QuoteAssertions {
  private QuoteAssertions() {}

  /**
   * Quote spans lie inside the text and are in order; quotes with the same parent (top-level quotes
   * among them) never overlap, and a nested quote's parent is one of the quotes, which holds it;
   * speaker mentions and cues lie inside the text and their text is what the span says.
   */
  public static void assertInvariants(Extraction ex) {
    String text = ex.document().text();
    java.util.Map<Span, Span> lastChild = new java.util.HashMap<>();
    java.util.Set<Span> spans = new java.util.HashSet<>();
    Span top = new Span(0, 0);
    Span before = null;
    for (Quote q : ex.quotes()) {
      spans.add(q.span());
    }
    for (Quote q : ex.quotes()) {
      Span s = q.span();
      assertTrue(s.end() <= text.length(), () -> "quote " + s + " leaves text of length " + text.length());
      assertTrue(!s.isEmpty(), () -> "empty quote at " + s);
      if (before != null) {
        Span b = before;
        assertTrue(b.compareTo(s) < 0, () -> "quotes " + b + " and " + s + " are out of order");
      }
      before = s;
      if (q.parent() != null) {
        assertTrue(spans.contains(q.parent()), () -> "nested quote " + s + " has no parent quote " + q.parent());
        assertTrue(q.parent().contains(s), () -> "nested quote " + s + " leaves its parent " + q.parent());
      }
      Span prev = lastChild.put(q.parent() == null ? top : q.parent(), s);
      if (prev != null) {
        Span p = prev;
        assertTrue(p.end() <= s.start(), () -> "quotes " + p + " and " + s + " overlap at one depth");
      }
      if (q.speaker() != null && q.speaker().mention() != null) {
        Mention m = q.speaker().mention();
        assertTrue(m.span().end() <= text.length(), () -> "mention " + m + " leaves the text");
        assertEquals(m.span().text(text), m.text(), "mention text must be the text at its span");
      }
      if (q.cue() != null) {
        Mention c = q.cue();
        assertTrue(c.span().end() <= text.length(), () -> "cue " + c + " leaves the text");
        assertEquals(c.span().text(text), c.text(), "cue text must be the text at its span");
      }
    }
    for (var p : ex.problems()) {
      assertTrue(p.offset() <= text.length(), () -> "problem offset outside the text: " + p);
    }
  }

  public static Extraction find(String text) {
    Extraction ex = new QuoteFinder().find(Document.article("test", text));
    assertInvariants(ex);
    return ex;
  }

  /** The speech quotes' texts, in order, nested ones included. */
  public static List<String> texts(Extraction ex) {
    return texts(ex, ex.speech());
  }

  /** The texts of those of {@code quotes} that are speech, in order. */
  public static List<String> texts(Extraction ex, List<Quote> quotes) {
    String text = ex.document().text();
    return quotes.stream().filter(q -> q.kind() == QuoteKind.SPEECH).map(q -> q.text(text)).toList();
  }

  /** The quote whose text starts with {@code prefix}. */
  public static Quote quote(Extraction ex, String prefix) {
    String text = ex.document().text();
    for (Quote q : ex.quotes()) {
      if (q.text(text).startsWith(prefix)) {
        return q;
      }
    }
    fail("no quote starts with '" + prefix + "' in " + texts(ex));
    return null;
  }

  public static void assertSpeaker(Extraction ex, String prefix, String name, String mention) {
    Quote q = quote(ex, prefix);
    assertNotNull(q.speaker(), () -> "quote '" + prefix + "' has no speaker");
    assertEquals(name, q.speaker().name(), () -> "speaker name of '" + prefix + "'");
    if (mention != null) {
      assertNotNull(q.speaker().mention(), () -> "quote '" + prefix + "' has no mention");
      assertEquals(mention, q.speaker().mention().text(), () -> "mention of '" + prefix + "'");
    }
  }
}
