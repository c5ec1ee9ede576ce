package org.quotetrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.StoredFields;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/**
 * Finds the documents an article's quotes and reused passages may come from.
 *
 * <p>Each quote of the article, and the article's text as a whole, is looked up by the hashes of
 * its word trigrams in the documents' winnowed trigram fingerprints: a document that holds a run
 * of six or more of a quote's words (in compared forms, so spelling and number forms do not
 * matter) is certain to be found. Quotes that no document holds in that way (translations,
 * paraphrases) are looked up again by their words. A document's score adds up how much of each
 * quote it covers, so the source of most of the article's quotes ranks first; at equal cover a
 * primary document (a transcript, a script, a press release) ranks before an article that copied
 * it. Only documents published before the article are considered when both times are known.
 */
public final class SourceFinder {
  /** Documents kept per quote lookup, before they are pooled. */
  private static final int PER_UNIT = 30;
  /** About this share of a document's trigrams is kept by winnowing with a window of 4. */
  private static final double WINNOWED_SHARE = 2.0 / (Schema.DOC_WINDOW + 1);
  /** Below this cover by hashes, a quote is looked up by its words as well. */
  private static final double WORDS_FALLBACK_BELOW = 0.5;
  /** A word lookup counts for at most this much of a quote: it finds the topic, not the words. */
  private static final double WORDS_WEIGHT = 0.5;
  /** What the article's text as a whole adds: reuse without quote marks, a copied story. */
  private static final double REUSE_WEIGHT = 1.0;
  private static final double PRIMARY_BONUS = 0.05;

  private final CorpusIndex index;
  private final Analyzer words = Schema.textAnalyzer();

  public SourceFinder(CorpusIndex index) {
    this.index = index;
  }

  /** One candidate source. */
  public record Candidate(String id, String origin, DocumentKind kind, Optional<String> outlet,
      Optional<Instant> published, double score, int quotesCovered, int luceneDoc) {
    /** The document as indexed. */
  }

  /** What was looked up and found. */
  public record Result(List<Candidate> candidates, int quotesLookedUp) {}

  /**
   * @param found the article's quotes
   * @param limit how many candidates to return
   */
  public Result find(Document article, Extraction found, int limit) throws IOException {
    String text = article.text();
    List<Unit> units = new ArrayList<>();
    for (Quote q : found.quotes()) {
      if (q.kind() != QuoteKind.SPEECH || q.turn()) {
        continue;
      }
      long[] hashes = distinct(Schema.queryHashes(text, q.span().start(), q.span().end()));
      if (hashes.length == 0) {
        continue;
      }
      units.add(new Unit(q.span().text(text), hashes, true));
    }
    int quoteUnits = units.size();
    long[] whole = Schema.docHashes(text, 0, text.length());
    if (whole.length > 0) {
      units.add(new Unit(null, distinct(whole), false));
    }

    IndexSearcher searcher = index.searcher();
    Query filter = filter(article);
    Map<Integer, Pool> pooled = new HashMap<>();
    for (Unit u : units) {
      double expected = u.quote
          ? Math.max(1.0, u.hashes.length * WINNOWED_SHARE) : Math.max(1.0, u.hashes.length);
      TopDocs top = searcher.search(byHashes(u.hashes, filter), PER_UNIT);
      double best = 0;
      for (ScoreDoc sd : top.scoreDocs) {
        double matched = Math.floor(sd.score); // the primary boost is the fraction
        double cover = Math.min(1.0, matched / expected);
        best = Math.max(best, cover);
        if (cover > 0) {
          pooled.computeIfAbsent(sd.doc, Pool::new).add(u, u.quote ? cover : REUSE_WEIGHT * cover);
        }
      }
      if (u.quote && best < WORDS_FALLBACK_BELOW) {
        Query q = byWords(u.text, filter);
        if (q != null) {
          TopDocs wordsTop = searcher.search(q, 10);
          if (wordsTop.scoreDocs.length > 0) {
            double max = wordsTop.scoreDocs[0].score;
            for (ScoreDoc sd : wordsTop.scoreDocs) {
              pooled.computeIfAbsent(sd.doc, Pool::new).add(u, WORDS_WEIGHT * sd.score / max);
            }
          }
        }
      }
    }
    StoredFields stored = searcher.storedFields();
    List<Candidate> out = new ArrayList<>();
    for (Pool p : pooled.values()) {
      org.apache.lucene.document.Document d = stored.document(p.doc,
          Set.of(Schema.OWNER, Schema.ORIGIN, Schema.KIND, Schema.OUTLET, Schema.PUBLISHED));
      DocumentKind kind = DocumentKind.parse(d.get(Schema.KIND));
      double score = p.total() + (isPrimary(kind) ? PRIMARY_BONUS : 0);
      out.add(new Candidate(d.get(Schema.OWNER), d.get(Schema.ORIGIN), kind,
          Optional.ofNullable(d.get(Schema.OUTLET)), CorpusIndex.published(d), score,
          p.quotesCovered(), p.doc));
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparing(c -> c.published().orElse(Instant.MAX))
        .thenComparing(Candidate::id));
    return new Result(out.size() > limit ? List.copyOf(out.subList(0, limit)) : out, quoteUnits);
  }

  /** The candidate documents themselves, as indexed. */
  public List<Document> documents(List<Candidate> candidates) throws IOException {
    StoredFields stored = index.searcher().storedFields();
    List<Document> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(index.document(stored, c.luceneDoc()));
    }
    return out;
  }

  static boolean isPrimary(DocumentKind kind) {
    return kind == DocumentKind.TRANSCRIPT || kind == DocumentKind.SCRIPT
        || kind == DocumentKind.PRESS_RELEASE;
  }

  // Documents only; not the article itself (by id, or by its text under another id); published
  // before it when both times are known.
  private static Query filter(Document article) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.DOC)), Occur.FILTER)
        .add(new TermQuery(new Term(Schema.OWNER, article.id())), Occur.MUST_NOT)
        .add(new TermQuery(new Term(Schema.TEXT_HASH, Schema.textHash(article.text()))), Occur.MUST_NOT);
    if (article.published().isPresent()) {
      long t = article.published().get().toEpochMilli();
      Query earlier = LongPoint.newRangeQuery(Schema.PUBLISHED, Long.MIN_VALUE, t - 1);
      Query timeless = new BooleanQuery.Builder()
          .add(new FieldExistsQuery(Schema.PUBLISHED), Occur.MUST_NOT)
          .add(new TermQuery(new Term(Schema.TYPE, Schema.DOC)), Occur.FILTER)
          .build();
      b.add(new BooleanQuery.Builder().add(earlier, Occur.SHOULD).add(timeless, Occur.SHOULD)
          .setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
    }
    return b.build();
  }

  // Each hash found scores 1; a primary document gets a fraction more, which breaks ties.
  private static Query byHashes(long[] hashes, Query filter) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (long h : hashes) {
      any.add(new ConstantScoreQuery(new TermQuery(new Term(Schema.FP, HashTokens.term(h)))),
          Occur.SHOULD);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(any.build(), Occur.MUST)
        .add(filter, Occur.FILTER);
    for (DocumentKind k : DocumentKind.values()) {
      if (isPrimary(k)) {
        b.add(new BoostQuery(new ConstantScoreQuery(
            new TermQuery(new Term(Schema.KIND, k.id()))), 0.5f), Occur.SHOULD);
      }
    }
    return b.build();
  }

  private Query byWords(String quote, Query filter) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = words.tokenStream(Schema.BODY, quote)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String t : terms) {
      any.add(new TermQuery(new Term(Schema.BODY, t)), Occur.SHOULD);
    }
    return new BooleanQuery.Builder().add(any.build(), Occur.MUST).add(filter, Occur.FILTER).build();
  }

  private static long[] distinct(long[] hashes) {
    return org.quotetrace.trace.Fingerprints.distinct(hashes);
  }

  private record Unit(String text, long[] hashes, boolean quote) {}

  /** What the lookups found of one document. */
  private static final class Pool {
    final int doc;
    final Map<Unit, Double> cover = new HashMap<>();

    Pool(int doc) {
      this.doc = doc;
    }

    void add(Unit u, double c) {
      cover.merge(u, c, Math::max);
    }

    double total() {
      double s = 0;
      for (double c : cover.values()) {
        s += c;
      }
      return s;
    }

    int quotesCovered() {
      int n = 0;
      for (Map.Entry<Unit, Double> e : cover.entrySet()) {
        if (e.getKey().quote && e.getValue() >= 0.25) {
          n++;
        }
      }
      return n;
    }
  }
}
