package org.quotetrace.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Mention;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.Speaker;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Span;

/**
 * Writes extractions as the JSON of the output contract (DESIGN.md): offsets in Unicode code points,
 * end exclusive, quote offsets without the quote marks.
 */
public final class QuoteJson {
  private static final ObjectMapper JSON = TerminalText.forTerminals(new ObjectMapper());

  private QuoteJson() {}

  public static ObjectNode document(Extraction e) {
    String text = e.document().text();
    Offsets off = Offsets.of(text);
    ObjectNode root = JSON.createObjectNode();
    root.put("path", e.document().origin());
    root.put("kind", e.document().kind().id());
    e.document().title().ifPresent(t -> root.put("title", t));
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : e.quotes()) {
      quotes.add(quote(q, text, off));
    }
    if (!e.problems().isEmpty() || !e.document().problems().isEmpty()) {
      ArrayNode problems = root.putArray("problems");
      for (Problem p : e.document().problems()) {
        problems.add(problem(p, off));
      }
      for (Problem p : e.problems()) {
        problems.add(problem(p, off));
      }
    }
    return root;
  }

  public static ObjectNode quote(Quote q, String text, Offsets off) {
    ObjectNode node = JSON.createObjectNode();
    span(node, q.span(), off);
    node.put("kind", q.kind().id());
    node.put("text", q.text(text));
    if (q.turn()) {
      node.put("turn", true);
    }
    if (q.speaker() == null) {
      node.putNull("speaker");
    } else {
      node.set("speaker", speaker(q.speaker(), off));
    }
    if (q.cue() != null) {
      node.set("cue", mention(q.cue(), off));
    }
    return node;
  }

  public static ObjectNode speaker(Speaker s, Offsets off) {
    ObjectNode node = JSON.createObjectNode();
    if (s.name() == null) {
      node.putNull("name");
    } else {
      node.put("name", s.name());
    }
    if (s.mention() != null) {
      node.set("mention", mention(s.mention(), off));
    }
    node.put("basis", s.basis().id());
    return node;
  }

  public static ObjectNode mention(Mention m, Offsets off) {
    ObjectNode node = JSON.createObjectNode();
    span(node, m.span(), off);
    node.put("text", m.text());
    return node;
  }

  private static ObjectNode problem(Problem p, Offsets off) {
    ObjectNode node = JSON.createObjectNode();
    if (p.offset() >= 0) {
      node.put("offset", off.toCodePoint(Math.min(p.offset(), Integer.MAX_VALUE)));
      node.put("line", p.line());
      node.put("column", p.column());
    }
    node.put("message", p.message());
    return node;
  }

  private static void span(ObjectNode node, Span span, Offsets off) {
    node.put("start", off.toCodePoint(span.start()));
    node.put("end", off.toCodePoint(span.end()));
  }

  public static String toLine(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
