package org.quotetrace.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.QuoteSearch;
import org.quotetrace.index.SourcesTrace;
import org.quotetrace.index.Variants;
import org.quotetrace.index.report.SearchReport;
import org.quotetrace.index.report.SourcesReport;
import org.quotetrace.index.report.VariantsReport;
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
import org.quotetrace.text.Turn;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.Tracer;

/**
 * The one place the server calls the tracer, the quote finder and the index, and turns their
 * results into JSON: when their records change, this class changes and the routes do not.
 */
final class Engine {
  static final ObjectMapper JSON = new ObjectMapper();
  /** What a source is said to be translated from when nothing says. */
  static final String UNKNOWN_LANGUAGE = "unknown";

  private Engine() {}

  /** Reads an uploaded or pasted text; its name says only what to call it, never where to look. */
  static Document read(String name, byte[] bytes) {
    try {
      return Readers.read(name, bytes, ReadOptions.DEFAULTS);
    } catch (ReadException e) {
      throw ApiError.badInput(name + ": " + e.getMessage());
    }
  }

  /**
   * @param declared per source, the language its words were translated from as the request
   *     gave it, or null
   */
  static ObjectNode trace(Document article, List<Document> sources, List<String> declared,
      Supplier<? extends SentenceEncoder> meaning) {
    // Reported speech too, as the command line's trace and the sources answer judge it.
    Trace t = new Tracer(meaning).withReportedSpeech().trace(article, sources);
    ObjectNode json = TraceJson.trace(t);
    marks(json, article, t.sources(), declared);
    return json;
  }

  /**
   * The article traced against sources some of which are indexed documents (given by id): those
   * with their quotes as indexed. When all are, it is traced as the sources answer traces what it
   * found ({@link SourcesTrace#trace}), so that tracing the candidates picked from a ranking gives
   * what tracing them in the sources answer would have.
   *
   * @param declared per source, the language its words were translated from as the request gave
   *     it, or null
   */
  static ObjectNode trace(Extraction article, List<Extraction> sources, List<String> declared,
      boolean allIndexed, Supplier<? extends SentenceEncoder> meaning) {
    Trace t = allIndexed ? SourcesTrace.trace(article, sources, meaning)
        : new Tracer(meaning).withReportedSpeech().trace(article, sources);
    ObjectNode json = TraceJson.trace(t);
    marks(json, article.document(), t.sources(), declared);
    return json;
  }

  /** Candidates a sources answer marks as worth tracing: what the page traces unless told. */
  static final int PICKED = 3;

  /**
   * The ranked candidates with what the ranking measured of each; the article traced against the
   * first {@code traceTop} worth it only when {@code traceTop} is above 0 (tracing is most of the
   * cost of an answer: the desk ranks first and traces what the editor picks).
   */
  static ObjectNode sources(CorpusIndex index, Document article, int candidates, int traceTop,
      Supplier<? extends SentenceEncoder> meaning) throws IOException {
    SourcesTrace.Outcome o = SourcesTrace.run(index, article, candidates, traceTop, meaning);
    ObjectNode json = SourcesTrace.json(o);
    SourcesReport.evidence(json, article, o.result(), traceTop > 0 ? traceTop : PICKED);
    marks(json, article, o.trace().map(Trace::sources).orElse(List.of()), List.of());
    return json;
  }

  /**
   * Adds what the page shows beyond the contract: the texts the offsets point into (as read, which
   * is not always as sent: HTML is reduced to its text) and the language a source was translated
   * from.
   */
  private static void marks(ObjectNode json, Document article, List<Document> sources,
      List<String> declared) {
    ObjectNode a = (ObjectNode) json.get("article");
    a.put("text", article.text());
    article.outlet().ifPresent(x -> a.put("outlet", x));
    article.title().ifPresent(x -> a.put("title", x));
    article.published().ifPresent(x -> a.put("published", x.toString()));
    ArrayNode out = (ArrayNode) json.get("sources");
    for (int i = 0; i < sources.size() && i < out.size(); i++) {
      ObjectNode source = (ObjectNode) out.get(i);
      source.put("text", sources.get(i).text());
      String given = i < declared.size() ? declared.get(i) : null;
      source.put("translatedFrom", given != null ? given : translatedFrom(sources.get(i)));
    }
  }

  /**
   * The languages a source's speakers are labelled with ("SOT Haftar (Arabic):"), as its reader
   * found them, or {@link #UNKNOWN_LANGUAGE}: a source that does not say is not guessed at.
   */
  static String translatedFrom(Document source) {
    java.util.Set<String> languages = new java.util.LinkedHashSet<>();
    for (Turn t : source.turns()) {
      if (!t.language().isEmpty()) {
        languages.add(t.language());
      }
    }
    return languages.isEmpty() ? UNKNOWN_LANGUAGE : String.join(", ", languages);
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

  /** A page of hits, each as {@code quotetrace search} prints it, under {@code quotes}. */
  static ObjectNode search(CorpusIndex index, String speaker, String words, String outlet,
      Instant from, Instant to, boolean turns, int offset, int size) throws IOException {
    QuoteSearch.Result r = new QuoteSearch(index).search(
        new QuoteSearch.Criteria(speaker, words, outlet, from, to, turns, offset + size));
    ObjectNode n = JSON.createObjectNode();
    n.put("total", r.total());
    n.put("offset", offset);
    n.put("size", size);
    ArrayNode hits = n.putArray("quotes");
    List<QuoteSearch.Hit> all = r.hits();
    for (int i = offset; i < all.size() && i < offset + size; i++) {
      SearchReport.quote(hits.addObject(), all.get(i));
    }
    return n;
  }

  /**
   * The variants of the indexed quote nearest {@code text}, oldest first, as one group of
   * {@code quotetrace variants}; empty when none is near.
   */
  static Optional<ObjectNode> variants(Variants.Clustering clustering, String text)
      throws IOException {
    return clustering.of(text).map(c -> VariantsReport.cluster(JSON, c));
  }

  /** Code points, as every offset in the API counts them. */
  static int codePoints(String text) {
    return Offsets.of(text).toCodePoint(text.length());
  }
}
