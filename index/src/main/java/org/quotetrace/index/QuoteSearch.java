package org.quotetrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.quotetrace.text.DocumentKind;

/**
 * Finds quotes in the index by who said them, what words they hold, where and when they were
 * published. Transcript turns are utterances rather than quotations and are left out unless asked
 * for.
 */
public final class QuoteSearch {
  private final CorpusIndex index;
  private final Analyzer words = Schema.textAnalyzer();

  public QuoteSearch(CorpusIndex index) {
    this.index = index;
  }

  /**
   * What to look for; null or blank fields do not restrict. Words are all required; a phrase in
   * double quotes inside {@code words} must appear as written.
   */
  public record Criteria(String speaker, String words, String outlet, Instant from, Instant to,
      boolean turns, int limit) {
    public Criteria {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1: " + limit);
      }
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("the time range ends (" + to + ") before it starts (" + from + ")");
      }
    }
  }

  /** One quote found. Offsets are code points into the document's text, end exclusive. */
  public record Hit(String document, String origin, DocumentKind kind, Optional<String> outlet,
      Optional<Instant> published, int start, int end, String text, Optional<String> speaker,
      boolean turn, float score, int luceneDoc) {}

  /** The hits, best first when words were given, else newest first; and how many matched. */
  public record Result(List<Hit> hits, long total) {}

  public Result search(Criteria c) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.QUOTE)), Occur.FILTER);
    boolean scored = false;
    if (!blank(c.words())) {
      scored = addWords(b, c.words());
    }
    if (!blank(c.speaker())) {
      for (String t : Schema.nameWords(c.speaker())) {
        b.add(new TermQuery(new Term(Schema.SPEAKER_WORDS, t)), Occur.FILTER);
      }
    }
    if (!blank(c.outlet())) {
      b.add(new TermQuery(new Term(Schema.OUTLET_KEY, Schema.outletKey(c.outlet()))), Occur.FILTER);
    }
    if (c.from() != null || c.to() != null) {
      long lo = c.from() == null ? Long.MIN_VALUE : c.from().toEpochMilli();
      long hi = c.to() == null ? Long.MAX_VALUE : c.to().toEpochMilli();
      b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi), Occur.FILTER);
    }
    if (!c.turns()) {
      b.add(new TermQuery(new Term(Schema.TURN, "1")), Occur.MUST_NOT);
    }
    if (!scored) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return run(b.build(), scored, c.limit());
  }

  /** Quotes holding any of the words of {@code text}, best first: for finding a wording's kin. */
  Result searchAnyWords(String text, int limit) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String t : new java.util.LinkedHashSet<>(analyze(words, Schema.QTEXT, text))) {
      any.add(new TermQuery(new Term(Schema.QTEXT, t)), Occur.SHOULD);
    }
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.QUOTE)), Occur.FILTER)
        .add(any.build(), Occur.MUST)
        .build();
    return run(q, true, limit);
  }

  private Result run(Query q, boolean scored, int limit) throws IOException {
    var searcher = index.searcher();
    TopDocs top = scored
        ? searcher.search(q, limit)
        : searcher.search(q, limit, new Sort(
            new SortField(Schema.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_DOC));
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    java.util.Map<String, CorpusIndex.Owner> owners = new java.util.HashMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      var d = stored.document(sd.doc);
      CorpusIndex.Owner o = index.owner(d.get(Schema.OWNER), owners);
      hits.add(new Hit(d.get(Schema.OWNER), o.origin(), o.kind(), o.outlet(), CorpusIndex.published(d),
          d.getField(Schema.QSTART).numericValue().intValue(),
          d.getField(Schema.QEND).numericValue().intValue(), d.get(Schema.QTEXT),
          Optional.ofNullable(d.get(Schema.SPEAKER)), d.get(Schema.TURN) != null,
          scored ? sd.score : Float.NaN, sd.doc));
    }
    return new Result(hits, top.totalHits.value());
  }

  // Quoted phrases must match as phrases, other words each must match; scored by BM25.
  private boolean addWords(BooleanQuery.Builder b, String text) {
    boolean any = false;
    int i = 0;
    StringBuilder loose = new StringBuilder();
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '"' || ch == '“' || ch == '”') {
        int close = indexOfClose(text, i + 1);
        String phrase = text.substring(i + 1, close < 0 ? text.length() : close);
        PhraseQuery pq = phrase(phrase);
        if (pq.getTerms().length == 1) {
          b.add(new TermQuery(pq.getTerms()[0]), Occur.MUST);
          any = true;
        } else if (pq.getTerms().length > 1) {
          b.add(pq, Occur.MUST);
          any = true;
        }
        i = close < 0 ? text.length() : close + 1;
      } else {
        loose.append(ch);
        i++;
      }
    }
    for (String t : analyze(words, Schema.QTEXT, loose.toString())) {
      b.add(new TermQuery(new Term(Schema.QTEXT, t)), Occur.MUST);
      any = true;
    }
    return any;
  }

  // Stop words are gone from the analysed phrase, but their positions are kept, so "rule of law"
  // still needs "rule" and "law" two apart.
  private PhraseQuery phrase(String phrase) {
    PhraseQuery.Builder pb = new PhraseQuery.Builder();
    try (TokenStream ts = words.tokenStream(Schema.QTEXT, phrase)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        pb.add(new Term(Schema.QTEXT, t.toString()), pos);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pb.build();
  }

  private static int indexOfClose(String s, int from) {
    for (int k = from; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (ch == '"' || ch == '”' || ch == '“') {
        return k;
      }
    }
    return -1;
  }

  private static List<String> analyze(Analyzer a, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

}
