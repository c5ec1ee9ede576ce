package org.quotetrace.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.QuoteSearch;
import org.quotetrace.index.SourcesTrace;
import org.quotetrace.index.StoredQuote;
import org.quotetrace.index.Variants;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.report.QuoteJson;
import org.quotetrace.report.TraceJson;
import org.quotetrace.text.Document;
import org.quotetrace.text.Offsets;
import org.quotetrace.trace.Edit;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.Tracer;

/**
 * The one place the server calls the tracer, the quote finder and the index, and turns their
 * results into JSON: when their records change, this class changes and the routes do not.
 */
final class Engine {
  static final ObjectMapper JSON = new ObjectMapper();
  /**
   * A speaker label with a language ("Haftar (Arabic):", "SOT … (Arabic):") or a line saying so:
   * the words after it are an interpreter's, not the speaker's own.
   */
  private static final Pattern TRANSLATED = Pattern.compile(
      "\\((Arabic|Russian|French|German|Spanish|Italian|Chinese|Mandarin|Cantonese|Turkish"
          + "|Persian|Farsi|Pashto|Dari|Kurdish|Ukrainian|Hebrew|Portuguese|Japanese|Korean|Urdu"
          + "|Hindi|Bengali|Greek|Polish|Dutch|Danish|Norwegian|Swedish|Finnish|Czech|Hungarian"
          + "|Romanian|Serbian|Croatian|Bulgarian|Amharic|Somali|Swahili|Hausa|Tigrinya|Indonesian"
          + "|Malay|Thai|Vietnamese|Tagalog)\\)\\s*:"
          + "|translated from (?:the )?([A-Z][a-z]+)");

  private Engine() {}

  /** Reads an uploaded or pasted text; its name says only what to call it, never where to look. */
  static Document read(String name, byte[] bytes) {
    try {
      return Readers.read(name, bytes, ReadOptions.DEFAULTS);
    } catch (ReadException e) {
      throw ApiError.badInput(name + ": " + e.getMessage());
    }
  }

  static ObjectNode trace(Document article, List<Document> sources,
      Supplier<? extends SentenceEncoder> meaning) {
    Trace t = new Tracer(meaning).trace(article, sources);
    ObjectNode json = TraceJson.trace(t);
    marks(json, article, t.sources());
    return json;
  }

  static ObjectNode sources(CorpusIndex index, Document article, int candidates, int traceTop,
      Supplier<? extends SentenceEncoder> meaning) throws IOException {
    SourcesTrace.Outcome o = SourcesTrace.run(index, article, candidates, traceTop, meaning);
    ObjectNode json = SourcesTrace.json(o);
    marks(json, article, o.trace().map(Trace::sources).orElse(List.of()));
    return json;
  }

  /**
   * Adds what the page shows beyond the contract: the texts the offsets point into (as read, which
   * is not always as sent: HTML is reduced to its text) and the language a source was translated
   * from.
   */
  private static void marks(ObjectNode json, Document article, List<Document> sources) {
    ObjectNode a = (ObjectNode) json.get("article");
    a.put("text", article.text());
    article.outlet().ifPresent(x -> a.put("outlet", x));
    article.title().ifPresent(x -> a.put("title", x));
    article.published().ifPresent(x -> a.put("published", x.toString()));
    ArrayNode out = (ArrayNode) json.get("sources");
    for (int i = 0; i < sources.size() && i < out.size(); i++) {
      ObjectNode source = (ObjectNode) out.get(i);
      source.put("text", sources.get(i).text());
      translatedFrom(sources.get(i).text()).ifPresent(lang -> source.put("translatedFrom", lang));
    }
  }

  static Optional<String> translatedFrom(String text) {
    Matcher m = TRANSLATED.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  static Optional<Document> document(CorpusIndex index, String id) throws IOException {
    return index.document(id);
  }

  /** A document with its text, quotes and speakers. */
  static ObjectNode document(Document doc) {
    Extraction found = new QuoteFinder().find(doc);
    ObjectNode n = QuoteJson.document(found);
    n.put("id", doc.id());
    doc.outlet().ifPresent(x -> n.put("outlet", x));
    doc.published().ifPresent(x -> n.put("published", x.toString()));
    n.put("text", doc.text());
    return n;
  }

  static ObjectNode search(CorpusIndex index, String speaker, String words, String outlet,
      Instant from, Instant to, boolean turns, int offset, int size) throws IOException {
    QuoteSearch.Result r = new QuoteSearch(index).search(
        new QuoteSearch.Criteria(speaker, words, outlet, from, to, turns, offset + size));
    ObjectNode n = JSON.createObjectNode();
    n.put("total", r.total());
    n.put("offset", offset);
    n.put("size", size);
    ArrayNode hits = n.putArray("hits");
    List<QuoteSearch.Hit> all = r.hits();
    for (int i = offset; i < all.size() && i < offset + size; i++) {
      QuoteSearch.Hit h = all.get(i);
      stored(hits.addObject(), h.quote());
    }
    return n;
  }

  /** The variants of the indexed quote nearest {@code text}, oldest first; empty when none is near. */
  static Optional<ObjectNode> variants(Variants.Clustering clustering, String text)
      throws IOException {
    Optional<Variants.Cluster> found = clustering.of(text);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Variants.Cluster c = found.get();
    ObjectNode n = JSON.createObjectNode();
    n.put("size", c.size());
    c.speaker().ifPresent(x -> n.put("speaker", x));
    n.set("root", member(c.root()));
    n.set("earliest", member(c.earliest()));
    ArrayNode members = n.putArray("members");
    for (Variants.Member m : c.members()) {
      members.add(member(m));
    }
    ObjectNode outlets = n.putObject("outlets");
    c.outlets().forEach(outlets::put);
    return Optional.of(n);
  }

  /** One stored quote's fields, the same for a search hit and a variant. */
  private static ObjectNode stored(ObjectNode o, StoredQuote q) {
    o.put("document", q.document());
    o.put("path", q.origin());
    o.put("kind", q.kind().id());
    q.outlet().ifPresent(x -> o.put("outlet", x));
    q.published().ifPresent(x -> o.put("published", x.toString()));
    o.put("start", q.span().start());
    o.put("end", q.span().end());
    o.put("text", q.text());
    q.speaker().ifPresent(x -> o.put("speaker", x));
    o.put("turn", q.turn());
    return o;
  }

  private static ObjectNode member(Variants.Member m) {
    ObjectNode o = stored(JSON.createObjectNode(), m.quote());
    o.put("parent", m.parent());
    ArrayNode changes = o.putArray("changes");
    for (Edit e : m.changes()) {
      ObjectNode en = changes.addObject();
      en.put("op", e.op().id());
      en.put("article", e.articleText());
      en.put("source", e.sourceText());
    }
    return o;
  }

  /** Code points, as every offset in the API counts them. */
  static int codePoints(String text) {
    return Offsets.of(text).toCodePoint(text.length());
  }
}
