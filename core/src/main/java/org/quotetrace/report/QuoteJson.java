package org.quotetrace.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotetrace.attribution.Attribution;
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
    return document(e, null);
  }

  /**
   * The document's quotes and, when {@code attributions} is not null, its attributions (direct and
   * reported speech), each pointing at the quotes its content holds.
   */
  public static ObjectNode document(Extraction e, java.util.List<Attribution> attributions) {
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
    if (attributions != null) {
      ArrayNode out = root.putArray("attributions");
      for (Attribution a : attributions) {
        out.add(attribution(a, e.quotes(), text, off));
      }
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
    if (q.parent() != null) {
      // The quote this one is nested in, by the span that quote reports: its own speaker and cue
      // are those of the nested words, not of the quote around them.
      ObjectNode parent = node.putObject("parent");
      span(parent, q.parent(), off);
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

  public static ObjectNode attribution(Attribution a, java.util.List<Quote> quotes, String text, Offsets off) {
    ObjectNode node = JSON.createObjectNode();
    ObjectNode content = node.putObject("content");
    span(content, a.content(), off);
    content.put("text", a.content().text(text));
    if (a.source() == null) {
      node.putNull("source");
    } else {
      ObjectNode source = node.putObject("source");
      span(source, a.source(), off);
      source.put("text", a.source().text(text));
      String name = sourceName(a, quotes, text);
      if (name == null) {
        source.putNull("name");
      } else {
        source.put("name", name);
      }
    }
    if (a.cue() == null) {
      node.putNull("cue");
    } else {
      ObjectNode cue = node.putObject("cue");
      span(cue, a.cue(), off);
      cue.put("text", a.cue().text(text));
    }
    node.put("form", a.form().label());
    ArrayNode held = JSON.createArrayNode();
    for (int i = 0; i < quotes.size(); i++) {
      Span q = quotes.get(i).span();
      if (!q.isEmpty() && a.content().intersection(q) * 2 >= q.length()) {
        held.add(i);
      }
    }
    if (!held.isEmpty()) {
      node.set("quotes", held);
    }
    return node;
  }

  /**
   * The person an attribution's source names, borrowed from the quote speakers already resolved:
   * the speaker whose mention is this source, else one whose name holds the source's last
   * capitalised word ("Mr. Haftar" is "Khalifa Haftar"). Null when neither exists.
   */
  static String sourceName(Attribution a, java.util.List<Quote> quotes, String text) {
    for (Quote q : quotes) {
      Speaker s = q.speaker();
      if (s != null && s.name() != null && s.mention() != null && s.mention().span().overlaps(a.source())) {
        return s.name();
      }
    }
    String last = null;
    for (String w : a.source().text(text).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.length() > 1) {
        last = w;
      }
    }
    if (last == null) {
      return null;
    }
    for (Quote q : quotes) {
      Speaker s = q.speaker();
      if (s != null && s.name() != null && java.util.List.of(s.name().split("\\s+")).contains(last)) {
        return s.name();
      }
    }
    return null;
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
