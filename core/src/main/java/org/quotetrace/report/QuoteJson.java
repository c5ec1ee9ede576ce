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
      QuoteLookup lookup = new QuoteLookup(e.quotes());
      for (Attribution a : attributions) {
        out.add(attribution(a, lookup, text, off));
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
    return attribution(a, new QuoteLookup(quotes), text, off);
  }

  private static ObjectNode attribution(Attribution a, QuoteLookup quotes, String text, Offsets off) {
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
    for (int i : quotes.heldBy(a.content())) {
      held.add(i);
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
  static String sourceName(Attribution a, QuoteLookup quotes, String text) {
    String byMention = quotes.speakerMentionedIn(a.source());
    if (byMention != null) {
      return byMention;
    }
    String last = null;
    for (String w : a.source().text(text).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.length() > 1) {
        last = w;
      }
    }
    return last == null ? null : quotes.speakerNamedBy(last);
  }

  /**
   * A document's quotes prepared once for all its attributions: asking every quote about every
   * attribution was quadratic, 27 s for a 1.6 MB document of many short articles joined. The
   * answers are those of the first quote in document order, as the scans gave.
   */
  static final class QuoteLookup {
    private final java.util.List<Quote> quotes;
    /** Indexes of the quotes with a named speaker's mention, by the mention's start. */
    private final Integer[] byMention;
    private final int longestMention;
    private final int longestQuote;
    /** Each word of a speaker's name, to the first speaker name in document order holding it. */
    private final java.util.Map<String, String> byNameWord = new java.util.HashMap<>();

    QuoteLookup(java.util.List<Quote> quotes) {
      this.quotes = quotes;
      java.util.List<Integer> mentioned = new java.util.ArrayList<>();
      int longMention = 0;
      int longQuote = 0;
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        longQuote = Math.max(longQuote, q.span().length());
        Speaker s = q.speaker();
        if (s == null || s.name() == null) {
          continue;
        }
        for (String w : s.name().split("\\s+")) {
          byNameWord.putIfAbsent(w, s.name());
        }
        if (s.mention() != null) {
          mentioned.add(i);
          longMention = Math.max(longMention, s.mention().span().length());
        }
      }
      byMention = mentioned.toArray(new Integer[0]);
      java.util.Arrays.sort(byMention, java.util.Comparator
          .comparingInt((Integer i) -> quotes.get(i).speaker().mention().span().start())
          .thenComparingInt(i -> i));
      longestMention = longMention;
      longestQuote = longQuote;
    }

    /** The name of the first quote's speaker whose mention overlaps {@code source}, or null. */
    String speakerMentionedIn(Span source) {
      int first = Integer.MAX_VALUE;
      int k = lowerBound(byMention.length, source.start() - longestMention,
          i -> quotes.get(byMention[i]).speaker().mention().span().start());
      for (; k < byMention.length; k++) {
        Span m = quotes.get(byMention[k]).speaker().mention().span();
        if (m.start() >= source.end()) {
          break;
        }
        if (m.overlaps(source)) {
          first = Math.min(first, byMention[k]);
        }
      }
      return first == Integer.MAX_VALUE ? null : quotes.get(first).speaker().name();
    }

    /** The first speaker name, in document order, that has {@code word} as one of its words. */
    String speakerNamedBy(String word) {
      return byNameWord.get(word);
    }

    /** Indexes, in order, of the quotes at least half of which lies in {@code content}. */
    java.util.List<Integer> heldBy(Span content) {
      java.util.List<Integer> held = new java.util.ArrayList<>();
      // Quotes are in order of their start; none longer than the longest can reach back further.
      int k = lowerBound(quotes.size(), content.start() - longestQuote,
          i -> quotes.get(i).span().start());
      for (; k < quotes.size(); k++) {
        Span q = quotes.get(k).span();
        if (q.start() >= content.end()) {
          break;
        }
        if (!q.isEmpty() && content.intersection(q) * 2 >= q.length()) {
          held.add(k);
        }
      }
      return held;
    }

    /** The first index in [0, n) whose key is at least {@code target}; keys rise with the index. */
    private static int lowerBound(int n, int target, java.util.function.IntUnaryOperator key) {
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (key.applyAsInt(mid) < target) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
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
