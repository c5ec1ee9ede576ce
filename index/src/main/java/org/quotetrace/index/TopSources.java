package org.quotetrace.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Fingerprints;

/**
 * The top sources of every article of a corpus ("who copied whom"), defined on values any store
 * holds, so that the local index and the Spark job compute the same table with the same code.
 *
 * <p>It is the candidate-ranking stage of {@link SourceFinder} made exact and store-free: no
 * query pools, no stored text of the source, no trace. A document's prints are the winnowed
 * word-trigram hashes the index looks sources up by ({@link IndexedQuotes.Doc#fingerprints()});
 * a hash held by more than {@link #maxDf} documents is common phrasing and counts for nothing. An
 * article quote's prints are the article's prints among its own trigrams, so that a source holding
 * the quote word for word holds nearly all of them. A source of an article is a document before it
 * in the {@linkplain #before order of documents} (published time, unknown last, then id) that holds
 * at least one of its prints. Of each quote it holds the rarity-weighted share of the quote's
 * prints; its score adds these shares (times {@code 0.85} unless it is a transcript, script or press
 * release, which also gain {@code 0.05}) and half the weighted share of all the article's prints it
 * holds (a copied story). Sources are then ranked as {@link SourceFinder} ranks them: each next
 * one by what it explains that those before did not, then by score, the later first, then by id.
 * A source is listed when it holds half of at least one quote or a fifth of the article.
 *
 * <p>All sums run in ascending order of hash, so that both stores get the same doubles.
 */
public final class TopSources {
  private TopSources() {}

  /** Sources listed for each article unless asked otherwise. */
  public static final int DEFAULT_TOP = 5;
  /**
   * A print held by more than this share of documents (and more than 50) is common phrasing; so
   * is one held by more than {@link #MAX_DF_CAP} documents, however large the corpus.
   */
  static final double MAX_DOC_SHARE = 0.002;
  static final int MIN_MAX_DF = 50;
  /**
   * The most documents a print may be held by and count, in any corpus. A passage copied from a
   * source is held by that source and its copies, which do not grow with the corpus, while the
   * pairs of documents a print makes grow as the square of its holders: a cut in proportion to
   * the corpus (200,000 documents at 100 million) would make the table quadratic. It bites from
   * 500,000 documents on; smaller corpora keep the proportional cut.
   */
  public static final int MAX_DF_CAP = 1_000;
  /** The word n-gram of a quote's prints: the article's own, so that the two can be compared. */
  public static final int QUOTE_GRAM = Schema.DOC_GRAM;
  /** A quote counts as covered by a source holding this weighted share of its prints. */
  public static final double COVERED = 0.5;
  /** A source covering no quote is listed when it holds this weighted share of the article. */
  public static final double MIN_REUSE = 0.2;
  static final double REUSE_WEIGHT = 0.5;
  static final double SECONDHAND = 0.85;
  static final double PRIMARY_BONUS = 0.05;

  /** The most documents a print may be held by and still count, in a corpus of {@code documents}. */
  public static long maxDf(long documents) {
    return Math.min(MAX_DF_CAP, Math.max(MIN_MAX_DF, (long) (documents * MAX_DOC_SHARE)));
  }

  /** How much a print held by {@code df} of {@code documents} documents says (BM25's idf). */
  public static double rarity(long documents, long df) {
    return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  }

  /**
   * Whether document {@code (time, id)} comes before document {@code (otherTime, otherId)}, and so
   * may be its source: the earlier published, an unknown time ({@link Long#MAX_VALUE}) last, then
   * the smaller id. A total order, so of two documents sharing a passage exactly one may be the
   * other's source.
   */
  public static boolean before(long time, String id, long otherTime, String otherId) {
    return time != otherTime ? time < otherTime : id.compareTo(otherId) < 0;
  }

  /** Epoch milliseconds, or {@link Long#MAX_VALUE} for an unknown time. */
  public static long time(java.util.Optional<java.time.Instant> published) {
    return published.map(java.time.Instant::toEpochMilli).orElse(Long.MAX_VALUE);
  }

  /** An epoch-millisecond time as ISO-8601, none for {@link Long#MAX_VALUE}: as the table prints it. */
  public static java.util.Optional<String> published(long time) {
    return time == Long.MAX_VALUE ? java.util.Optional.empty()
        : java.util.Optional.of(java.time.Instant.ofEpochMilli(time).toString());
  }

  /** A quote of the article: code-point span, and its text as stored. */
  public record Quote(int start, int end, String text) {}

  /**
   * An article.
   *
   * @param prints its distinct prints that count (held by at most {@link #maxDf} documents), any order
   * @param df how many documents hold each of {@code prints}, in the same order
   * @param quotes its speech quotes that are not transcript turns, any order (taken by start, then end)
   */
  public record Article(String id, long time, long[] prints, long[] df, List<Quote> quotes) {}

  /**
   * A document before the article holding some of its prints.
   *
   * @param shared the article's prints it holds, any order
   */
  public record Candidate(String id, long time, String kind, long[] shared) {}

  /** An article quote a source covers, and the weighted share of its prints the source holds. */
  public record Covered(int start, int end, double share) {}

  /**
   * One row of the table.
   *
   * @param rank 1 for the article's first source
   * @param score as ranked (see the class comment)
   * @param reuse the weighted share of the article's prints the source holds
   * @param shared how many of the article's prints the source holds
   * @param quotes the article's quotes the source holds at least half of, in text order
   */
  public record Pair(String article, long articleTime, String source, long sourceTime,
      String sourceKind, int rank, double score, double reuse, int shared, List<Covered> quotes) {}

  /** An article's quotes' prints, worked out once for all its candidates. */
  private record Units(long[] prints, double[] weight, double total, long[][] quotePrints,
      double[] quoteTotal) {}

  /** The top {@code top} sources of {@code article} among {@code candidates}, ranked. */
  public static List<Pair> rank(Article article, List<Candidate> candidates, long documents, int top) {
    if (candidates.isEmpty() || top < 1) {
      return List.of();
    }
    List<Quote> sorted = new ArrayList<>(article.quotes());
    sorted.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    article = new Article(article.id(), article.time(), article.prints(), article.df(), sorted);
    Units u = units(article, documents);
    List<Scored> pool = new ArrayList<>();
    int n = article.quotes().size();
    for (Candidate c : candidates) {
      if (!before(c.time(), c.id(), article.time(), article.id())) {
        continue;
      }
      long[] held = Fingerprints.distinct(c.shared());
      boolean primary = SourceFinder.isPrimary(DocumentKind.parse(c.kind()));
      double[] raw = new double[n];
      double[] cover = new double[n];
      boolean any = false;
      for (int k = 0; k < n; k++) {
        raw[k] = u.quoteTotal[k] == 0 ? 0 : weightOf(u, u.quotePrints[k], held) / u.quoteTotal[k];
        cover[k] = primary ? raw[k] : raw[k] * SECONDHAND;
        any |= raw[k] >= COVERED;
      }
      double reuse = u.total == 0 ? 0 : weightOf(u, u.prints, held) / u.total;
      if (!any && reuse < MIN_REUSE) {
        continue;
      }
      double score = REUSE_WEIGHT * reuse + (primary ? PRIMARY_BONUS : 0);
      for (double v : cover) {
        score += v;
      }
      int shared = 0;
      for (long h : held) {
        if (Arrays.binarySearch(u.prints, h) >= 0) {
          shared++;
        }
      }
      pool.add(new Scored(c, raw, cover, score, reuse, shared));
    }
    Comparator<Scored> order = Comparator.comparingDouble((Scored s) -> s.gain)
        .thenComparingDouble(s -> s.score)
        .thenComparingLong(s -> s.candidate.time())
        .reversed().thenComparing(s -> s.candidate.id());
    double[] explained = new double[n];
    List<Pair> out = new ArrayList<>();
    while (out.size() < top && !pool.isEmpty()) {
      for (Scored s : pool) {
        double g = s.score;
        for (int k = 0; k < n; k++) {
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
      for (int k = 0; k < n; k++) {
        explained[k] = Math.max(explained[k], best.cover[k]);
      }
      List<Covered> covered = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        if (best.raw[k] >= COVERED) {
          Quote q = article.quotes().get(k);
          covered.add(new Covered(q.start(), q.end(), best.raw[k]));
        }
      }
      Candidate c = best.candidate;
      out.add(new Pair(article.id(), article.time(), c.id(), c.time(), c.kind(), out.size() + 1,
          best.score, best.reuse, best.shared, covered));
    }
    return out;
  }

  private static Units units(Article a, long documents) {
    long max = maxDf(documents);
    int m = a.prints().length;
    long[][] byHash = new long[m][];
    for (int i = 0; i < m; i++) {
      byHash[i] = new long[] {a.prints()[i], a.df()[i]};
    }
    Arrays.sort(byHash, Comparator.comparingLong((long[] p) -> p[0]));
    long[] prints = new long[m];
    double[] weight = new double[m];
    int n = 0;
    for (long[] p : byHash) {
      if (p[1] <= max && (n == 0 || prints[n - 1] != p[0])) {
        prints[n] = p[0];
        weight[n] = rarity(documents, p[1]);
        n++;
      }
    }
    prints = Arrays.copyOf(prints, n);
    weight = Arrays.copyOf(weight, n);
    double total = 0;
    for (double w : weight) {
      total += w;
    }
    List<Quote> quotes = a.quotes();
    long[][] quotePrints = new long[quotes.size()][];
    double[] quoteTotal = new double[quotes.size()];
    for (int k = 0; k < quotes.size(); k++) {
      long[] grams = Fingerprints.distinct(
          Fingerprints.Stemmed.of(quotes.get(k).text()).shingles(QUOTE_GRAM));
      long[] own = new long[grams.length];
      int c = 0;
      for (long h : grams) {
        int at = Arrays.binarySearch(prints, h);
        if (at >= 0) {
          own[c++] = h;
          quoteTotal[k] += weight[at];
        }
      }
      quotePrints[k] = Arrays.copyOf(own, c);
    }
    return new Units(prints, weight, total, quotePrints, quoteTotal);
  }

  // The weight of those of the sorted {@code want} found in the sorted {@code held}, in hash order.
  private static double weightOf(Units u, long[] want, long[] held) {
    double sum = 0;
    for (long h : want) {
      if (Arrays.binarySearch(held, h) >= 0) {
        sum += u.weight[Arrays.binarySearch(u.prints, h)];
      }
    }
    return sum;
  }

  private static final class Scored {
    final Candidate candidate;
    final double[] raw;
    final double[] cover;
    final double score;
    final double reuse;
    final int shared;
    double gain;

    Scored(Candidate candidate, double[] raw, double[] cover, double score, double reuse, int shared) {
      this.candidate = candidate;
      this.raw = raw;
      this.cover = cover;
      this.score = score;
      this.reuse = reuse;
      this.shared = shared;
    }
  }
}
