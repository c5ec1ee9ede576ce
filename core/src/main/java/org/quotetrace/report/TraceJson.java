package org.quotetrace.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.quotetrace.text.Document;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Span;
import org.quotetrace.trace.Bracket;
import org.quotetrace.trace.Edit;
import org.quotetrace.trace.Flag;
import org.quotetrace.trace.Match;
import org.quotetrace.trace.Reuse;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.TracedReport;

/**
 * Writes a trace as the JSON of the output contract (DESIGN.md), offsets in Unicode code points
 * into the text of the document they belong to, end exclusive.
 *
 * <p>Beyond the contract it adds, per match, {@code support} and {@code similarity}; per quote,
 * {@code unsupported} parts, {@code brackets} and, when no source supports it, the {@code nearest}
 * source wording all the same; per source, the spans the article {@code used}; at the top,
 * {@code reuse}: the article's words outside quotes taken from a source; and, when reported
 * speech was traced and the article has some, {@code reported}: each judged like a quote.
 */
public final class TraceJson {
  private static final ObjectMapper JSON =
      TerminalText.forTerminals(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));

  private TraceJson() {}

  public static ObjectNode trace(Trace t) {
    Offsets art = Offsets.of(t.article().text());
    List<Offsets> src = new ArrayList<>();
    for (Document d : t.sources()) {
      src.add(Offsets.of(d.text()));
    }
    ObjectNode root = JSON.createObjectNode();
    root.set("article", document(t.article()));
    ArrayNode sources = root.putArray("sources");
    for (int i = 0; i < t.sources().size(); i++) {
      ObjectNode s = document(t.sources().get(i));
      ArrayNode used = s.putArray("used");
      for (Span u : used(t, i)) {
        ObjectNode n = used.addObject();
        span(n, u, src.get(i));
      }
      sources.add(s);
    }
    ArrayNode quotes = root.putArray("quotes");
    for (TracedQuote q : t.quotes()) {
      quotes.add(quote(t, q, art, src));
    }
    if (!t.reported().isEmpty()) {
      ArrayNode reported = root.putArray("reported");
      for (TracedReport r : t.reported()) {
        reported.add(reported(t, r, art, src));
      }
    }
    ObjectNode reuse = root.putObject("reuse");
    reuse.put("share", t.reusedShare());
    ArrayNode passages = reuse.putArray("passages");
    for (Reuse r : t.reuse()) {
      ObjectNode n = passages.addObject();
      span(n, r.article(), art);
      n.put("text", r.article().text(t.article().text()));
      n.put("source", t.sources().get(r.source()).origin());
      ObjectNode at = n.putObject("sourceSpan");
      span(at, r.sourceSpan(), src.get(r.source()));
      at.put("text", r.sourceSpan().text(t.sources().get(r.source()).text()));
      n.put("words", r.words());
    }
    if (!t.problems().isEmpty()) {
      ArrayNode problems = root.putArray("problems");
      for (Problem p : t.problems()) {
        problems.add(p.toString());
      }
    }
    return root;
  }

  /** The source spans the article drew on, by quote or by reuse, merged and in order. */
  public static List<Span> used(Trace t, int source) {
    List<Span> spans = new ArrayList<>();
    for (TracedQuote q : t.quotes()) {
      for (Match m : q.matches()) {
        if (m.source() == source) {
          spans.add(m.span());
        }
      }
    }
    for (Reuse r : t.reuse()) {
      if (r.source() == source) {
        spans.add(r.sourceSpan());
      }
    }
    spans.sort(null);
    List<Span> merged = new ArrayList<>();
    for (Span s : spans) {
      if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= s.start()) {
        Span last = merged.remove(merged.size() - 1);
        merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  private static ObjectNode document(Document d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("path", d.origin());
    if (!d.id().equals(d.origin())) {
      n.put("id", d.id());
    }
    n.put("kind", d.kind().id());
    d.title().ifPresent(x -> n.put("title", x));
    d.outlet().ifPresent(x -> n.put("outlet", x));
    d.published().ifPresent(x -> n.put("published", x.toString()));
    return n;
  }

  /**
   * A piece of reported speech: the fields of a quote (its span is the attribution's content),
   * without {@code kind}, with the attribution's {@code form} and the {@code support} it has.
   */
  private static ObjectNode reported(Trace t, TracedReport r, Offsets art, List<Offsets> src) {
    ObjectNode n = quote(t, r.traced(), art, src);
    n.remove("kind");
    n.put("form", r.attribution().form().label());
    n.put("support", r.support());
    return n;
  }

  private static ObjectNode quote(Trace t, TracedQuote q, Offsets art, List<Offsets> src) {
    String text = t.article().text();
    ObjectNode n = QuoteJson.quote(q.quote(), text, art);
    n.put("verdict", q.verdict().id());
    n.put("fidelity", q.fidelity());
    ArrayNode matches = n.putArray("matches");
    for (Match m : q.matches()) {
      ObjectNode mn = matches.addObject();
      mn.put("source", t.sources().get(m.source()).origin());
      span(mn, m.span(), src.get(m.source()));
      mn.put("text", m.text());
      ObjectNode sp = mn.putObject("speaker");
      if (m.speaker() == null) {
        sp.putNull("name");
      } else {
        sp.put("name", m.speaker());
      }
      ObjectNode part = mn.putObject("quote");
      span(part, m.quotePart(), art);
      mn.put("support", m.support().id());
      mn.put("similarity", m.similarity());
    }
    ArrayNode flags = n.putArray("flags");
    for (Flag f : Flag.values()) {
      if (q.has(f)) {
        flags.add(f.id());
      }
    }
    ArrayNode edits = n.putArray("edits");
    for (Edit e : q.edits()) {
      ObjectNode en = edits.addObject();
      en.put("op", e.op().id());
      en.put("article", e.articleText());
      en.put("source", e.sourceText());
      ObjectNode a = en.putObject("articleSpan");
      span(a, e.article(), art);
      ObjectNode s = en.putObject("sourceSpan");
      s.put("source", t.sources().get(e.source()).origin());
      span(s, e.sourceSpan(), src.get(e.source()));
    }
    if (!q.unsupported().isEmpty()) {
      ArrayNode un = n.putArray("unsupported");
      for (Span s : q.unsupported()) {
        ObjectNode u = un.addObject();
        span(u, s, art);
        u.put("text", s.text(text));
      }
    }
    if (!q.reasons().isEmpty()) {
      ArrayNode rs = n.putArray("reasons");
      q.reasons().forEach(rs::add);
    }
    q.nearest().ifPresent(near -> {
      ObjectNode nn = n.putObject("nearest");
      nn.put("source", t.sources().get(near.source()).origin());
      span(nn, near.span(), src.get(near.source()));
      nn.put("text", near.text());
      nn.put("similarity", near.similarity());
    });
    if (!q.brackets().isEmpty()) {
      ArrayNode br = n.putArray("brackets");
      for (Bracket b : q.brackets()) {
        ObjectNode bn = br.addObject();
        span(bn, b.span(), art);
        bn.put("text", b.text());
        if (b.sourceText() == null) {
          bn.putNull("source");
        } else {
          bn.put("source", b.sourceText());
        }
        bn.put("agrees", b.agrees());
      }
    }
    return n;
  }

  private static void span(ObjectNode node, Span span, Offsets off) {
    node.put("start", off.toCodePoint(span.start()));
    node.put("end", off.toCodePoint(span.end()));
  }

  public static String toText(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
