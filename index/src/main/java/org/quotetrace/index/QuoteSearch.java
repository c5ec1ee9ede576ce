package org.quotetrace.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SmallFloat;
import org.quotetrace.text.DocumentKind;

/**
 * Finds quotes in the index by who said them, what words they hold, where and when they were
 * published. Transcript turns are utterances rather than quotations and are left out unless asked
 * for.
 *
 * <p>A turn's words are not indexed on their own (its document's are, and analysing every
 * transcript twice was a tenth of indexing): a search for words finds the documents that hold
 * them, then reads and analyses the turns of those documents.
 */
public final class QuoteSearch {
  private final CorpusIndex index;
  private final Analyzer words = Schema.textAnalyzer();
  /** The same terms as {@link #words}, faster over the many turns a search may read. */
  private final Analyzer turnWords = Schema.analyzer();

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

  /**
   * One quote found, and how well it matches the words asked for (NaN when no words were given).
   * The Lucene doc id it was found at stays inside the index: it changes with every merge.
   */
  public static final class Hit {
    private final StoredQuote quote;
    private final float score;
    final int luceneDoc;

    Hit(StoredQuote quote, float score, int luceneDoc) {
      this.quote = java.util.Objects.requireNonNull(quote, "quote");
      this.score = score;
      this.luceneDoc = luceneDoc;
    }

    public StoredQuote quote() {
      return quote;
    }

    public float score() {
      return score;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Hit h && h.quote.equals(quote) && Float.compare(h.score, score) == 0;
    }

    @Override
    public int hashCode() {
      return quote.hashCode() * 31 + Float.hashCode(score);
    }

    @Override
    public String toString() {
      return "Hit[" + quote + ", score=" + score + "]";
    }
  }

  /** The hits, best first when words were given, else newest first; and exactly how many matched. */
  public record Result(List<Hit> hits, long total) {}

  public Result search(Criteria c) throws IOException {
    List<Clause> words = blank(c.words()) ? List.of() : clauses(c.words());
    BooleanQuery.Builder quotes = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.QUOTE)), Occur.FILTER);
    for (Clause w : words) {
      quotes.add(w.query(), Occur.MUST);
    }
    if (!blank(c.speaker())) {
      for (String t : Schema.nameWords(c.speaker())) {
        quotes.add(new TermQuery(new Term(Schema.SPEAKER_WORDS, t)), Occur.FILTER);
      }
    }
    BooleanQuery.Builder where = new BooleanQuery.Builder();
    if (!blank(c.outlet())) {
      where.add(new TermQuery(new Term(Schema.OUTLET_KEY, Schema.outletKey(c.outlet()))), Occur.FILTER);
    }
    if (c.from() != null || c.to() != null) {
      long lo = c.from() == null ? Long.MIN_VALUE : c.from().toEpochMilli();
      long hi = c.to() == null ? Long.MAX_VALUE : c.to().toEpochMilli();
      where.add(LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi), Occur.FILTER);
    }
    for (BooleanClause w : where.build()) {
      quotes.add(w);
    }
    if (!c.turns()) {
      quotes.add(new TermQuery(new Term(Schema.TURN, "1")), Occur.MUST_NOT);
    }
    if (words.isEmpty()) {
      quotes.add(new MatchAllDocsQuery(), Occur.MUST);
      return run(quotes.build(), false, c.limit(), true);
    }
    Result found = run(quotes.build(), true, c.limit(), true);
    if (!c.turns()) {
      return found;
    }
    BooleanQuery.Builder turns = new BooleanQuery.Builder();
    for (BooleanClause q : quotes.build()) {
      if (q.occur() == Occur.FILTER) {
        turns.add(q);
      }
    }
    turns.add(new TermQuery(new Term(Schema.TURN, "1")), Occur.FILTER);
    if (index.turnWordsIndexed()) {
      // Lucene finds, counts and ranks the turns by their own words, scored with the quotes'
      // statistics (TurnSearcher): the scan's answer, without reading a turn that is not shown.
      for (Clause w : words) {
        turns.add(w.query(Schema.TURN_WORDS), Occur.MUST);
      }
      Query q = turns.build();
      TurnSearcher searcher = new TurnSearcher(index);
      TopDocs top = searcher.search(q, c.limit());
      long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
          ? top.totalHits.value() : searcher.count(q);
      return merge(found, new Turns(List.of(top.scoreDocs), total), c.limit());
    }
    // An index begun before turns had their words: the documents that hold every word are
    // found first, then the turns of those documents that hold them as the query asks.
    BooleanQuery.Builder documents = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.DOC)), Occur.FILTER);
    for (Clause w : words) {
      for (String t : w.terms()) {
        documents.add(new TermQuery(new Term(Schema.BODY, t)), Occur.FILTER);
      }
    }
    for (BooleanClause w : where.build()) {
      documents.add(w);
    }
    FixedBitSet owners = matching(documents.build());
    return merge(found, turns(owners, turns.build(), words, true, c.limit()), c.limit());
  }

  /** Quotes and turns holding any of the words of {@code text}, best first: for finding a wording's kin. */
  Result searchAnyWords(String text, int limit) throws IOException {
    List<Clause> clauses = new ArrayList<>();
    for (String t : new java.util.LinkedHashSet<>(Schema.terms(words, Schema.QTEXT, text))) {
      clauses.add(new Clause(new String[] {t}, new int[] {0}));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    BooleanQuery.Builder anyInBody = new BooleanQuery.Builder();
    for (Clause w : clauses) {
      any.add(w.query(), Occur.SHOULD);
      anyInBody.add(new TermQuery(new Term(Schema.BODY, w.terms()[0])), Occur.SHOULD);
    }
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.QUOTE)), Occur.FILTER)
        .add(any.build(), Occur.MUST)
        .build();
    // Grouping variants asks this for every quote and wants only the best hits, not their count.
    Result found = run(q, true, limit, false);
    if (clauses.isEmpty()) {
      return found;
    }
    // Only the turns of the documents that hold most of the words: the words of a quote are
    // spread over most of a corpus's transcripts, and a close wording shows in its document.
    Query documents = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.DOC)), Occur.FILTER)
        .add(anyInBody.build(), Occur.MUST)
        .build();
    FixedBitSet owners = new FixedBitSet(Math.max(1, index.reader().maxDoc()));
    for (ScoreDoc sd : index.searcher().search(documents, ANY_WORDS_DOCUMENTS * limit).scoreDocs) {
      owners.set(sd.doc);
    }
    Query turns = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.QUOTE)), Occur.FILTER)
        .add(new TermQuery(new Term(Schema.TURN, "1")), Occur.FILTER)
        .build();
    return merge(found, turns(owners, turns, clauses, false, limit), limit);
  }

  /** How many documents per hit asked for have their turns read by {@link #searchAnyWords}. */
  private static final int ANY_WORDS_DOCUMENTS = 10;

  private Result run(Query q, boolean scored, int limit, boolean exactTotal) throws IOException {
    var searcher = index.searcher();
    TopDocs top = scored
        ? searcher.search(q, limit)
        : searcher.search(q, limit, new Sort(
            new SortField(Schema.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_DOC));
    // Past a thousand hits Lucene stops counting and gives a lower bound; the count the user is
    // shown must be exact. Counting again costs one pass over the matches, and only then.
    long total = !exactTotal || top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value()
        : searcher.count(q);
    return new Result(hits(top.scoreDocs, scored), total);
  }

  private List<Hit> hits(ScoreDoc[] docs, boolean scored) throws IOException {
    StoredFields stored = index.searcher().storedFields();
    List<Hit> hits = new ArrayList<>(docs.length);
    java.util.Map<String, CorpusIndex.Owner> owners = new java.util.HashMap<>();
    for (ScoreDoc sd : docs) {
      var d = stored.document(sd.doc);
      CorpusIndex.Owner o = index.owner(d.get(Schema.OWNER), owners);
      hits.add(new Hit(StoredQuote.of(d, o, d.get(Schema.QTEXT)), scored ? sd.score : Float.NaN,
          sd.doc));
    }
    return hits;
  }

  /** Turns found, best first, and how many there were. */
  private record Turns(List<ScoreDoc> best, long total) {}

  /** Quotes and turns together, best first; equal scores in index order, as Lucene ranks them. */
  private Result merge(Result quotes, Turns turns, int limit) throws IOException {
    if (turns.total() == 0) {
      return quotes;
    }
    List<ScoreDoc> all = new ArrayList<>(turns.best());
    for (Hit h : quotes.hits()) {
      all.add(new ScoreDoc(h.luceneDoc, h.score()));
    }
    all.sort(BEST_FIRST);
    List<ScoreDoc> kept = all.subList(0, Math.min(limit, all.size()));
    java.util.Map<Integer, Hit> quoteHits = new java.util.HashMap<>();
    for (Hit h : quotes.hits()) {
      quoteHits.put(h.luceneDoc, h);
    }
    List<ScoreDoc> turnDocs = new ArrayList<>();
    for (ScoreDoc sd : kept) {
      if (!quoteHits.containsKey(sd.doc)) {
        turnDocs.add(sd);
      }
    }
    java.util.Map<Integer, Hit> turnHits = new java.util.HashMap<>();
    for (Hit h : hits(turnDocs.toArray(new ScoreDoc[0]), true)) {
      turnHits.put(h.luceneDoc, h);
    }
    List<Hit> out = new ArrayList<>(kept.size());
    for (ScoreDoc sd : kept) {
      Hit h = quoteHits.get(sd.doc);
      out.add(h != null ? h : turnHits.get(sd.doc));
    }
    return new Result(out, quotes.total() + turns.total());
  }

  private static final java.util.Comparator<ScoreDoc> BEST_FIRST =
      java.util.Comparator.<ScoreDoc>comparingDouble(sd -> -sd.score).thenComparingInt(sd -> sd.doc);

  /** The Lucene doc ids matching {@code q}. */
  private FixedBitSet matching(Query q) throws IOException {
    var searcher = index.searcher();
    FixedBitSet out = new FixedBitSet(Math.max(1, index.reader().maxDoc()));
    Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : index.reader().leaves()) {
      Scorer s = w.scorer(leaf);
      if (s == null) {
        continue;
      }
      DocIdSetIterator it = s.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        out.set(leaf.docBase + d);
      }
    }
    return out;
  }

  /**
   * The turns matching {@code filter} whose document is one of {@code owners} and whose words
   * hold every clause ({@code all}) or any; scored as Lucene would score them against the quotes.
   * A document's quotes and turns are written as one block right after it (see {@link
   * CorpusWriter#add}), so a turn's document is the nearest document record before it.
   */
  private Turns turns(FixedBitSet owners, Query filter, List<Clause> clauses, boolean all,
      int limit) throws IOException {
    var searcher = index.searcher();
    FixedBitSet documents = index.documentRecords();
    Weight w = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Scoring scoring = new Scoring(clauses);
    java.util.PriorityQueue<ScoreDoc> best = new java.util.PriorityQueue<>(BEST_FIRST.reversed());
    long total = 0;
    int max = owners.length();
    for (LeafReaderContext leaf : index.reader().leaves()) {
      Scorer s = w.scorer(leaf);
      if (s == null) {
        continue;
      }
      StoredFields stored = sequential(leaf);
      DocIdSetIterator it = s.iterator();
      int d = it.nextDoc();
      while (d != DocIdSetIterator.NO_MORE_DOCS) {
        int global = leaf.docBase + d;
        int owner = documents.prevSetBit(global);
        if (owner < 0 || !owners.get(owner)) {
          int next = global + 1 < max ? owners.nextSetBit(global + 1) : DocIdSetIterator.NO_MORE_DOCS;
          if (next == DocIdSetIterator.NO_MORE_DOCS || next - leaf.docBase >= leaf.reader().maxDoc()) {
            break;
          }
          d = it.advance(Math.max(d + 1, next - leaf.docBase));
          continue;
        }
        String text = stored.document(d, QTEXT_ONLY).get(Schema.QTEXT);
        float score = text == null ? Float.NaN : scoring.score(analyzed(text), all);
        if (!Float.isNaN(score)) {
          total++;
          best.add(new ScoreDoc(global, score));
          if (best.size() > limit) {
            best.poll();
          }
        }
        d = it.nextDoc();
      }
    }
    List<ScoreDoc> out = new ArrayList<>(best);
    out.sort(BEST_FIRST);
    return new Turns(out, total);
  }

  private static final java.util.Set<String> QTEXT_ONLY = java.util.Set.of(Schema.QTEXT);

  /**
   * Stored fields for reading a leaf in doc order: turns lie together, and a merge instance
   * decompresses each block of stored documents once rather than once for each turn.
   */
  private static StoredFields sequential(LeafReaderContext leaf) throws IOException {
    if (leaf.reader() instanceof CodecReader codec && codec.getFieldsReader() != null) {
      return codec.getFieldsReader().getMergeInstance();
    }
    return leaf.reader().storedFields();
  }

  /** A text's terms by position, as the index analyses {@link Schema#QTEXT}; null where none. */
  private String[] analyzed(String text) {
    Schema.Positioned p = Schema.positioned(turnWords, Schema.QTEXT, text);
    String[] out = new String[p.terms().length == 0 ? 0 : p.positions()[p.terms().length - 1] + 1];
    for (int k = 0; k < p.terms().length; k++) {
      out[p.positions()[k]] = p.terms()[k];
    }
    return out;
  }

  /** The statistics of the quotes' words, or as if there were one quote word when there are none. */
  private static CollectionStatistics quoteStatistics(CorpusIndex index) throws IOException {
    CollectionStatistics collection = index.searcher().collectionStatistics(Schema.QTEXT);
    if (collection == null) {
      long docs = Math.max(1, index.reader().maxDoc());
      collection = new CollectionStatistics(Schema.QTEXT, docs, 1, 1, 1);
    }
    return collection;
  }

  /** A word's statistics among the quotes' words; a word no quote holds counts as held once. */
  private static TermStatistics quoteStatistics(org.apache.lucene.search.IndexSearcher searcher,
      String word) throws IOException {
    Term term = new Term(Schema.QTEXT, word);
    TermStates states = TermStates.build(searcher, term, true);
    return states.docFreq() == 0 ? new TermStatistics(new BytesRef(word), 1, 1)
        : searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
  }

  /**
   * Searches {@link Schema#TURN_WORDS} with the statistics of {@link Schema#QTEXT}: a turn's BM25
   * score is the one it would have had its words been indexed with the quotes', so turns and
   * quotes rank on one scale. The turn's own length is its norm, as a quote's is.
   */
  private static final class TurnSearcher extends org.apache.lucene.search.IndexSearcher {
    private final CorpusIndex index;

    TurnSearcher(CorpusIndex index) {
      super(index.reader());
      this.index = index;
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
      return field.equals(Schema.TURN_WORDS) ? quoteStatistics(index) : super.collectionStatistics(field);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
        throws IOException {
      return term.field().equals(Schema.TURN_WORDS)
          ? quoteStatistics(index.searcher(), term.text())
          : super.termStatistics(term, docFreq, totalTermFreq);
    }
  }

  /**
   * BM25 of a turn's words against the clauses, with the statistics of the quotes' words: what
   * the score would be had the turn's words been indexed with them.
   */
  private final class Scoring {
    private final List<Clause> clauses;
    private final Similarity.SimScorer[] scorers;

    Scoring(List<Clause> clauses) throws IOException {
      this.clauses = clauses;
      var searcher = index.searcher();
      BM25Similarity similarity = new BM25Similarity();
      CollectionStatistics collection = quoteStatistics(index);
      scorers = new Similarity.SimScorer[clauses.size()];
      for (int k = 0; k < clauses.size(); k++) {
        String[] terms = clauses.get(k).terms();
        TermStatistics[] stats = new TermStatistics[terms.length];
        for (int i = 0; i < terms.length; i++) {
          stats[i] = quoteStatistics(searcher, terms[i]);
        }
        scorers[k] = similarity.scorer(1f, collection, stats);
      }
    }

    /** The score, or NaN when the words do not match. */
    float score(String[] byPosition, boolean all) {
      int length = 0;
      for (String t : byPosition) {
        if (t != null) {
          length++;
        }
      }
      long norm = SmallFloat.intToByte4(length);
      float score = 0;
      boolean any = false;
      for (int k = 0; k < clauses.size(); k++) {
        int freq = clauses.get(k).freq(byPosition);
        if (freq == 0) {
          if (all) {
            return Float.NaN;
          }
          continue;
        }
        any = true;
        score += scorers[k].score(freq, norm);
      }
      return any ? score : Float.NaN;
    }
  }

  /** One word, or a phrase of words at their positions: what must match. */
  private record Clause(String[] terms, int[] positions) {
    Query query() {
      return query(Schema.QTEXT);
    }

    Query query(String field) {
      if (terms.length == 1) {
        return new TermQuery(new Term(field, terms[0]));
      }
      PhraseQuery.Builder pb = new PhraseQuery.Builder();
      for (int i = 0; i < terms.length; i++) {
        pb.add(new Term(field, terms[i]), positions[i]);
      }
      return pb.build();
    }

    /** How often the words stand in a text at their positions, as a phrase query counts. */
    int freq(String[] byPosition) {
      int freq = 0;
      int first = positions[0];
      for (int p = 0; p < byPosition.length; p++) {
        boolean all = true;
        for (int i = 0; i < terms.length && all; i++) {
          int at = p + positions[i] - first;
          all = at < byPosition.length && terms[i].equals(byPosition[at]);
        }
        if (all) {
          freq++;
        }
      }
      return freq;
    }
  }

  // Quoted phrases must match as phrases, other words each must match; scored by BM25.
  private List<Clause> clauses(String text) {
    List<Clause> out = new ArrayList<>();
    int i = 0;
    StringBuilder loose = new StringBuilder();
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '"' || ch == '“' || ch == '”') {
        int close = indexOfClose(text, i + 1);
        Clause phrase = phrase(text.substring(i + 1, close < 0 ? text.length() : close));
        if (phrase != null) {
          out.add(phrase);
        }
        i = close < 0 ? text.length() : close + 1;
      } else {
        loose.append(ch);
        i++;
      }
    }
    for (String t : Schema.terms(words, Schema.QTEXT, loose.toString())) {
      out.add(new Clause(new String[] {t}, new int[] {0}));
    }
    return out;
  }

  // Stop words are gone from the analysed phrase, but their positions are kept, so "rule of law"
  // still needs "rule" and "law" two apart.
  private Clause phrase(String phrase) {
    Schema.Positioned p = Schema.positioned(words, Schema.QTEXT, phrase);
    return p.terms().length == 0 ? null : new Clause(p.terms(), p.positions());
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

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

}
