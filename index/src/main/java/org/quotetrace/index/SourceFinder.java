package org.quotetrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Fingerprints;

/**
 * Finds the documents an article's quotes and reused passages may come from.
 *
 * <p>In two steps. First one query over the documents' winnowed word-trigram fingerprints asks for
 * every trigram of every quote of the article (in compared forms, so spelling and number forms do
 * not matter) and for the article's own fingerprints (reuse without quote marks, a copied story).
 * Each trigram weighs by its rarity, and each quote's trigrams together weigh one, so that the
 * documents holding most of the article's quotes come first, and a stock phrase that half the
 * corpus repeats decides nothing. Trigrams found in no document, or in too many, are not asked
 * for at all, which keeps the query short.
 *
 * <p>Then the best of those documents are read and scored exactly: for each quote, the share of
 * its trigrams the document holds (or, for a quote too reworded to share trigrams with any, half
 * the share of its content words; those quotes are also looked up by their words). A document's
 * score adds these up, with half the share of the article's fingerprints it holds. At equal score
 * a primary document (a transcript, a script, a press release) ranks before an article that copied
 * it, and a later document before an earlier one: news quotes what was said lately. Only
 * documents published before the article are considered when both times are known.
 */
public final class SourceFinder {
  /**
   * Source passages the meaning stage may encode when an article is traced against the sources
   * found ({@code Tracer.withMeaningBudget}): encoding is most of the time of a whole answer, and
   * found sources are long transcripts, so a quote is compared with the sentences sharing most of
   * its words rather than with every sentence.
   */
  public static final int MEANING_BUDGET = 25;
  /** Documents taken from the fingerprint query to be scored exactly. */
  private static final int POOL = 40;
  /** Trigrams of one quote asked of the index, the rarest first. */
  private static final int ASKED_PER_QUOTE = 12;
  /**
   * A document that names the quote's speaker holds it a little more: of two transcripts with the
   * same stock sentence, the one where the quoted person speaks.
   */
  private static final double SPEAKER_BONUS = 0.1;
  /**
   * In the look-up of each quote, a document naming its speaker, and one published shortly
   * before the article, come first among those holding its words equally; news quotes what was
   * just said.
   */
  private static final float SPEAKER_IN_POOL = 0.05f;
  private static final float RECENT_IN_POOL = 0.05f;
  private static final long RECENT_PIVOT_MILLIS = 2L * 24 * 3600 * 1000;
  /** Documents taken from each quote's own fingerprint query. */
  private static final int PER_QUOTE = 10;
  /** Documents taken from each word lookup. */
  private static final int WORDS_POOL = 10;
  /** A quote covered less than this by every pooled document is looked up by its words too. */
  private static final double WORDS_FALLBACK_BELOW = 0.5;
  /** What a word match counts for against a trigram match: it finds the topic, not the words. */
  private static final double WORDS_WEIGHT = 0.5;
  /** What the article's fingerprints, all of them found, add to a document's score. */
  private static final double REUSE_WEIGHT = 0.5;
  private static final double PRIMARY_BONUS = 0.05;
  /**
   * What a quote held by an article counts for, against the same quote held by a transcript,
   * script or press release: an article that holds it has most likely quoted it from there.
   */
  private static final double SECONDHAND = 0.85;
  /** What being primary adds when a quote's own query picks documents, out of 1 for all of it. */
  private static final double PRIMARY_IN_POOL = 0.2;
  /** The most article fingerprints asked for: the rarest are kept. */
  private static final int MAX_REUSE_HASHES = 128;
  /** Lucene's default limit on clauses in one query. */
  private static final int MAX_CLAUSES = 1000;
  /** A quote needs this share of its trigrams in a document to count as covered there. */
  private static final double COVERED = 0.5;
  /**
   * A candidate's evidence lists a quote when it holds this share of its trigrams or of its
   * content words: below that, stock words that any story on the topic shares.
   */
  private static final double HELD = 0.25;

  private final CorpusIndex index;
  private final Analyzer words = Schema.textAnalyzer();

  public SourceFinder(CorpusIndex index) {
    this.index = index;
  }

  /**
   * One candidate source.
   *
   * @param score the sum over the article's quotes of how much of each the document holds, plus
   *     half the share of the article's own fingerprints it holds
   * @param quotesCovered how many of the article's quotes the document holds at least half of
   * @param evidence what of the article the document was found to hold
   */
  public record Candidate(String id, String origin, DocumentKind kind, Optional<String> outlet,
      Optional<String> title, Optional<Instant> published, double score, int quotesCovered,
      int luceneDoc, Evidence evidence) {}

  /**
   * What the ranking measured of a candidate, before any tracing: the share of the article's own
   * fingerprints it holds, and for each looked-up quote it holds something of, how much.
   */
  public record Evidence(double reuse, List<Held> quotes) {}

  /**
   * One looked-up quote held by a candidate.
   *
   * @param quote its place in {@link Result#quotes()}
   * @param trigrams the rarity-weighted share of the quote's word trigrams the candidate holds
   * @param words the share of the quote's content words the candidate holds
   */
  public record Held(int quote, double trigrams, double words) {}

  /**
   * The ranked candidates, and the article's quotes that were looked up (speech quotes outside
   * transcript turns, of two words or more), in text order.
   */
  public record Result(List<Candidate> candidates, List<Quote> quotes) {
    public int quotesLookedUp() {
      return quotes.size();
    }
  }

  /**
   * @param found the article's quotes
   * @param limit how many candidates to return
   */
  public Result find(Document article, Extraction found, int limit) throws IOException {
    String text = article.text();
    Fingerprints.Stemmed stemmed = Fingerprints.Stemmed.of(text);
    List<Unit> units = new ArrayList<>();
    List<Quote> lookedUp = new ArrayList<>();
    for (Quote q : found.quotes()) {
      if (q.kind() != QuoteKind.SPEECH || q.turn()) {
        continue;
      }
      String[] stems = stemmed.slice(q.span().start(), q.span().end());
      if (stems.length < 2) {
        continue;
      }
      long[] hashes = Fingerprints.distinct(Fingerprints.shingles(stems, Schema.DOC_GRAM));
      String surname = surname(q);
      lookedUp.add(q);
      units.add(new Unit(q.span().text(text), hashes, new double[hashes.length], contentStems(stems),
          surname == null ? null : last(Fingerprints.Stemmed.of(surname).all()),
          surname == null ? null : bodyTerm(surname)));
    }
    long[] reuse = Fingerprints.distinct(Fingerprints.winnow(
        stemmed.shingles(Schema.DOC_GRAM), Schema.DOC_WINDOW));

    IndexSearcher searcher = index.searcher();
    IndexReader reader = searcher.getIndexReader();
    Map<Long, TermStates> looked = lookUp(reader, units, reuse);
    Query filter = filter(article);
    int docs = Math.max(1, reader.numDocs());
    // A trigram held by more documents says nothing about where a quote is from: the cut of the
    // table of every article's sources.
    long maxDf = TopSources.maxDf(docs);
    Map<Long, Double> idf = new HashMap<>();
    Map<Long, Double> weights = new HashMap<>();
    List<Map<Long, Double>> perQuote = new ArrayList<>();
    for (Unit u : units) {
      double total = 0;
      List<Long> asked = new ArrayList<>();
      for (int i = 0; i < u.hashes.length; i++) {
        long h = u.hashes[i];
        int df = looked.get(h).docFreq();
        // Exact scoring weighs every trigram by its rarity; one no document has weighs as the
        // rarest; asking the index for it would find nothing, and for a common one too much.
        u.rarity[i] = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        double w = df == 0 || df > maxDf ? 0 : u.rarity[i];
        idf.put(h, w);
        if (w > 0) {
          total += w;
          asked.add(h);
        }
      }
      // The rarest trigrams find a quote's source as well as all of them, and the commoner ones
      // (long postings) are most of the time of the look-up: a long quote asks for its rarest.
      if (asked.size() > ASKED_PER_QUOTE) {
        asked.sort(Comparator.comparingDouble((Long h) -> idf.get(h)).reversed());
        for (Long h : asked.subList(ASKED_PER_QUOTE, asked.size())) {
          total -= idf.get(h);
        }
        asked = asked.subList(0, ASKED_PER_QUOTE);
      }
      Map<Long, Double> own = new HashMap<>();
      for (long h : asked) {
        weights.merge(h, idf.get(h) / total, Double::sum);
        own.put(h, idf.get(h) / total);
      }
      perQuote.add(own);
    }
    long[] rareReuse = rarest(reuse, looked, idf, docs, maxDf);
    double reuseTotal = 0;
    for (long h : rareReuse) {
      reuseTotal += idf.get(h);
    }
    for (long h : rareReuse) {
      weights.merge(h, REUSE_WEIGHT * idf.get(h) / reuseTotal, Double::sum);
    }

    // The documents holding most of the article, and for each quote the documents holding most of
    // it: a source of one quote among many must not be crowded out by those of the others.
    Set<Integer> pool = new LinkedHashSet<>();
    if (!weights.isEmpty()) {
      for (ScoreDoc sd : searcher.search(byHashes(weights, looked, filter), POOL).scoreDocs) {
        pool.add(sd.doc);
      }
    }
    for (int k = 0; k < units.size(); k++) {
      Map<Long, Double> own = perQuote.get(k);
      if (!own.isEmpty()) {
        Query q = nearer(primaryFirst(byHashes(own, looked, filter)), units.get(k), article);
        for (ScoreDoc sd : searcher.search(q, PER_QUOTE).scoreDocs) {
          pool.add(sd.doc);
        }
      }
    }
    StoredFields stored = searcher.storedFields();
    Map<Integer, Scored> scored = new HashMap<>();
    for (int d : pool) {
      scored.put(d, score(stored, d, units, reuse));
    }
    // Quotes no pooled document holds in its words: translations, paraphrases, or quotes whose
    // source the fingerprints missed. Look them up by their words.
    for (int k = 0; k < units.size(); k++) {
      double best = 0;
      for (Scored s : scored.values()) {
        best = Math.max(best, s.cover[k]);
      }
      if (best >= WORDS_FALLBACK_BELOW) {
        continue;
      }
      Query q = byWords(units.get(k).text, filter);
      if (q == null) {
        continue;
      }
      for (ScoreDoc sd : searcher.search(q, WORDS_POOL).scoreDocs) {
        scored.computeIfAbsent(sd.doc, d -> {
          try {
            return score(stored, d, units, reuse);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    List<Scored> ranked = rank(new ArrayList<>(scored.values()), units.size(), limit);
    List<Candidate> out = new ArrayList<>();
    for (Scored s : ranked) {
      if (s.total() <= PRIMARY_BONUS) {
        break;
      }
      out.add(s.candidate);
    }
    return new Result(out, List.copyOf(lookedUp));
  }

  /**
   * Ranks by what each document explains that those before it did not: after the interview that
   * holds four of an article's quotes, the other outlets that quoted the same interview add
   * nothing, while the press release holding its fifth quote does. What the article shares with a
   * document as a whole (a copied story) counts in full every time.
   */
  private static List<Scored> rank(List<Scored> pool, int quotes, int limit) {
    Comparator<Scored> order = Comparator.comparingDouble((Scored s) -> s.gain)
        .thenComparingDouble(Scored::total)
        .thenComparingLong(Scored::time)
        .reversed().thenComparing(Scored::id);
    double[] explained = new double[quotes];
    List<Scored> out = new ArrayList<>();
    while (out.size() < limit && !pool.isEmpty()) {
      for (Scored s : pool) {
        double g = s.total();
        for (int k = 0; k < quotes; k++) {
          g -= Math.min(s.cover[k], explained[k]);
        }
        s.gain = g;
      }
      Scored best = pool.get(0);
      for (Scored s : pool) {
        if (order.compare(s, best) < 0) {
          best = s;
        }
      }
      pool.remove(best);
      out.add(best);
      for (int k = 0; k < quotes; k++) {
        explained[k] = Math.max(explained[k], best.cover[k]);
      }
    }
    return out;
  }

  /**
   * The candidates worth tracing against: among the first {@code limit}, those that hold at least
   * one quote, or score at least half what the first does (a story copied without its quotes).
   * Tracing against a document that holds none of the quotes only costs time.
   */
  public static List<Candidate> worthTracing(List<Candidate> ranked, int limit) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : ranked) {
      if (out.size() == limit) {
        break;
      }
      if (c.quotesCovered() > 0 || c.score() >= ranked.get(0).score() / 2) {
        out.add(c);
      }
    }
    return out;
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

  /**
   * The candidate documents with their speech quotes as indexed, for tracing against them
   * without finding the quotes again.
   */
  public List<Extraction> extractions(List<Candidate> candidates) throws IOException {
    StoredFields stored = index.searcher().storedFields();
    List<Extraction> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(index.extraction(stored, c.luceneDoc()));
    }
    return out;
  }

  static boolean isPrimary(DocumentKind kind) {
    return kind == DocumentKind.TRANSCRIPT || kind == DocumentKind.SCRIPT
        || kind == DocumentKind.PRESS_RELEASE;
  }

  // Measures exactly how much of each quote a pooled document holds.
  private Scored score(StoredFields stored, int doc, List<Unit> units, long[] reuse) throws IOException {
    DocProfiles.Profile d = index.profiles().of(index.reader(), stored, doc);
    long[] grams = d.grams();
    double[] cover = new double[units.size()];
    int covered = 0;
    List<Held> held = new ArrayList<>();
    for (int k = 0; k < units.size(); k++) {
      Unit u = units.get(k);
      double byGrams = weightedShare(u.hashes, u.rarity, grams);
      int hit = 0;
      long[] stems = d.stems();
      int at = 0;
      for (long w : u.content) {
        at = seek(stems, at, w);
        if (at < stems.length && stems[at] == w) {
          hit++;
        }
      }
      double wordShare = u.content.length == 0 ? 0 : (double) hit / u.content.length;
      double byWords = WORDS_WEIGHT * wordShare;
      cover[k] = Math.max(byGrams, byWords);
      if (byGrams >= HELD || wordShare >= HELD) {
        held.add(new Held(k, byGrams, wordShare));
      }
      if (u.speaker != null && d.hasStem(Fingerprints.hash(u.speaker))) {
        cover[k] *= 1 + SPEAKER_BONUS;
      }
      if (byGrams >= COVERED) {
        covered++;
      }
    }
    DocumentKind kind = d.kind();
    if (!isPrimary(kind)) {
      for (int k = 0; k < cover.length; k++) {
        cover[k] *= SECONDHAND;
      }
    }
    double reused = share(reuse, grams);
    double total = REUSE_WEIGHT * reused + (isPrimary(kind) ? PRIMARY_BONUS : 0);
    for (double c : cover) {
      total += c;
    }
    return new Scored(new Candidate(d.id(), d.origin(), kind, d.outlet(), d.title(),
        d.published(), total, covered, doc, new Evidence(reused, List.copyOf(held))), cover);
  }

  // The share of sorted distinct hashes {@code want} found in sorted distinct {@code have}.
  private static double share(long[] want, long[] have) {
    if (want.length == 0) {
      return 0;
    }
    int n = 0;
    int at = 0;
    for (long h : want) {
      at = seek(have, at, h);
      if (at < have.length && have[at] == h) {
        n++;
      }
    }
    return (double) n / want.length;
  }

  /**
   * The first place at or after {@code from} in sorted {@code have} whose value is not below
   * {@code key}. A few sorted hashes of the article are looked for in a document's thousands:
   * stepping ahead by doubling strides from the last place found touches a few nearby entries,
   * where a binary search over the whole array for each took most of the exact scoring's time.
   */
  static int seek(long[] have, int from, long key) {
    int n = have.length;
    if (from >= n || have[from] >= key) {
      return from;
    }
    int below = from;
    int step = 1;
    int at = from + 1;
    while (at < n && have[at] < key) {
      below = at;
      step <<= 1;
      at = below + step;
    }
    int lo = below + 1;
    int hi = Math.min(at, n);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (have[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // The rarity-weighted share of {@code want} found in sorted distinct {@code have}: a document
  // that holds a quote's specific words (its figures, its names) holds more of it than one that
  // holds only its stock phrases.
  private static double weightedShare(long[] want, double[] weight, long[] have) {
    double all = 0;
    double found = 0;
    int at = 0;
    for (int i = 0; i < want.length; i++) {
      all += weight[i];
      at = seek(have, at, want[i]);
      if (at < have.length && have[at] == want[i]) {
        found += weight[i];
      }
    }
    return all == 0 ? share(want, have) : found / all;
  }

  /**
   * Each of the quotes' trigrams and the article's fingerprints looked up once in every segment:
   * how many documents hold it, and where its postings are for the queries that ask for it. Asked
   * in term order of one terms enumeration per segment, where {@code IndexReader.docFreq} opened
   * one for every term on every segment, and each query looked every term up again.
   */
  private static Map<Long, TermStates> lookUp(IndexReader reader, List<Unit> units, long[] reuse)
      throws IOException {
    Set<Long> distinct = new HashSet<>();
    for (Unit u : units) {
      for (long h : u.hashes) {
        distinct.add(h);
      }
    }
    for (long h : reuse) {
      distinct.add(h);
    }
    // Terms are the hashes' eight bytes, big-endian: their byte order is unsigned order.
    Long[] sorted = distinct.toArray(new Long[0]);
    Arrays.sort(sorted, Long::compareUnsigned);
    IndexReaderContext top = reader.getContext();
    TermStates[] states = new TermStates[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      states[i] = new TermStates(top);
    }
    BytesRef term = new BytesRef(new byte[8]);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.FP);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (int i = 0; i < sorted.length; i++) {
        HashTokens.encode(sorted[i], term.bytes);
        if (te.seekExact(term)) {
          states[i].register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
        }
      }
    }
    Map<Long, TermStates> out = new HashMap<>(sorted.length * 2);
    for (int i = 0; i < sorted.length; i++) {
      out.put(sorted[i], states[i]);
    }
    return out;
  }

  // Inverse document frequency; 0 for a trigram no document has or too many have.
  private static double idf(int df, int docs, long maxDf) {
    if (df == 0 || df > maxDf) {
      return 0;
    }
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  private static long[] rarest(long[] hashes, Map<Long, TermStates> looked,
      Map<Long, Double> idf, int docs, long maxDf) {
    List<Long> known = new ArrayList<>();
    for (long h : hashes) {
      if (idf.computeIfAbsent(h, x -> idf(looked.get(x).docFreq(), docs, maxDf)) > 0) {
        known.add(h);
      }
    }
    known.sort(Comparator.comparingDouble((Long h) -> idf.get(h)).reversed());
    return known.subList(0, Math.min(MAX_REUSE_HASHES, known.size())).stream()
        .mapToLong(Long::longValue).toArray();
  }

  // The hashes of the distinct content words, as DocProfiles holds a document's words: sorted,
  // to be looked for in order.
  private static long[] contentStems(String[] stems) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : stems) {
      if (!Fingerprints.isFunctionWord(s)) {
        out.add(s);
      }
    }
    return Fingerprints.distinct(out.stream().mapToLong(Fingerprints::hash).toArray());
  }

  // Documents only; not the article itself (by id, or by its text under another id, unless that
  // text was published before it: a word-for-word copy's source); published before it when both
  // times are known.
  // Both the fingerprint and the body field exist only on document records, so no clause asks for
  // the record type. The time range is checked on doc values for the few documents the
  // fingerprints lead to, not by listing every earlier document of the index (points) each time.
  private static Query filter(Document article) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.OWNER, article.id())), Occur.MUST_NOT);
    Query sameText = new TermQuery(new Term(Schema.TEXT_HASH, Schema.textHash(article.text())));
    if (article.published().isPresent()) {
      long t = article.published().get().toEpochMilli();
      Query earlier = new IndexOrDocValuesQuery(
          LongPoint.newRangeQuery(Schema.PUBLISHED, Long.MIN_VALUE, t - 1),
          NumericDocValuesField.newSlowRangeQuery(Schema.PUBLISHED, Long.MIN_VALUE, t - 1));
      b.add(new BooleanQuery.Builder().add(sameText, Occur.MUST).add(earlier, Occur.MUST_NOT)
          .build(), Occur.MUST_NOT);
      Query timeless = new BooleanQuery.Builder()
          .add(new FieldExistsQuery(Schema.PUBLISHED), Occur.MUST_NOT)
          .add(new TermQuery(new Term(Schema.TYPE, Schema.DOC)), Occur.FILTER)
          .build();
      b.add(new BooleanQuery.Builder().add(earlier, Occur.SHOULD).add(timeless, Occur.SHOULD)
          .setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
    } else {
      b.add(sameText, Occur.MUST_NOT);
      b.add(new MatchAllDocsQuery(), Occur.FILTER);
    }
    return b.build();
  }

  private static Query byHashes(Map<Long, Double> weights, Map<Long, TermStates> looked,
      Query filter) {
    List<Map.Entry<Long, Double>> heaviest = new ArrayList<>(weights.entrySet());
    if (heaviest.size() > MAX_CLAUSES) {
      heaviest.sort(Map.Entry.<Long, Double>comparingByValue().reversed());
      heaviest = heaviest.subList(0, MAX_CLAUSES);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Map.Entry<Long, Double> e : heaviest) {
      any.add(new BoostQuery(new ConstantScoreQuery(
          new TermQuery(new Term(Schema.FP, HashTokens.term(e.getKey())), looked.get(e.getKey()))),
          e.getValue().floatValue()), Occur.SHOULD);
    }
    return new BooleanQuery.Builder().add(any.build(), Occur.MUST).add(filter, Occur.FILTER).build();
  }

  // Of documents that hold a quote equally (the interview and the stories that quoted it), the
  // primary ones first: a popular quote must not crowd its own source out of the pool.
  private static Query primaryFirst(Query q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
    for (DocumentKind k : DocumentKind.values()) {
      if (isPrimary(k)) {
        b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.KIND, k.id()))),
            (float) PRIMARY_IN_POOL), Occur.SHOULD);
      }
    }
    return b.build();
  }

  // Ties among documents holding a quote's words alike (a stock sentence in many transcripts)
  // go to the one naming its speaker and to the latest, not to the first indexed.
  private Query nearer(Query q, Unit u, Document article) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
    if (u.speakerTerm != null) {
      b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.BODY, u.speakerTerm))),
          SPEAKER_IN_POOL), Occur.SHOULD);
    }
    article.published().ifPresent(t -> b.add(LongField.newDistanceFeatureQuery(Schema.PUBLISHED,
        RECENT_IN_POOL, t.toEpochMilli(), RECENT_PIVOT_MILLIS), Occur.SHOULD));
    return b.build();
  }

  private String bodyTerm(String word) {
    List<String> terms = Schema.terms(words, Schema.BODY, word);
    return terms.isEmpty() ? null : terms.get(0);
  }

  private Query byWords(String quote, Query filter) {
    Set<String> terms = new LinkedHashSet<>(Schema.terms(words, Schema.BODY, quote));
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String t : terms) {
      any.add(new TermQuery(new Term(Schema.BODY, t)), Occur.SHOULD);
    }
    return new BooleanQuery.Builder().add(any.build(), Occur.MUST).add(filter, Occur.FILTER).build();
  }

  /**
   * A quote of the article: its trigram hashes with their rarity, its content words, and the stem
   * of its speaker's surname (null when the article names nobody, or only describes the speaker).
   */
  private record Unit(String text, long[] hashes, double[] rarity, long[] content,
      String speaker, String speakerTerm) {}

  private static String surname(Quote q) {
    // A speaker known only as "they" or "the statement" has no surname to look for.
    String name = q.speakerIfKnown().flatMap(s -> s.resolvedName()).orElse(null);
    if (name == null) {
      return null;
    }
    List<String> words = Schema.nameWords(name);
    return words.isEmpty() ? null : words.get(words.size() - 1);
  }

  private static String last(String[] stems) {
    return stems.length == 0 ? null : stems[stems.length - 1];
  }

  private static final class Scored {
    final Candidate candidate;
    final double[] cover;
    double gain;

    Scored(Candidate candidate, double[] cover) {
      this.candidate = candidate;
      this.cover = cover;
    }

    double total() {
      return candidate.score();
    }

    long time() {
      return candidate.published().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
    }

    String id() {
      return candidate.id();
    }
  }
}
