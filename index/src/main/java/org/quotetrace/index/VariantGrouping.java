package org.quotetrace.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of {@link Variants} over quotes held anywhere, not only in a local index: the whole
 * grouping of a list of quotes, and the choice of one quote's parent among given candidates, for a
 * pipeline that finds the candidates itself (the Spark job, by joins on trigram hashes).
 *
 * <p>Where {@link Variants} breaks the last tie between two equally good parents by their order
 * in the index, this takes {@link #ORDER}: document id, then start. So the result does not depend
 * on the order documents were indexed or read in, and two pipelines that agree on the quotes agree
 * on the groups.
 */
public final class VariantGrouping {
  private VariantGrouping() {}

  /** The share of a quote's trigrams its parent holds at least... */
  public static final double CONTAINMENT = Variants.CONTAINMENT;
  /** ... or this share, said by another speaker. */
  public static final double OTHER_SPEAKER_CONTAINMENT = Variants.OTHER_SPEAKER_CONTAINMENT;
  /** A trigram hash held by more quotes than this is common phrasing: it finds no candidates. */
  public static final int MAX_POSTINGS = Variants.MAX_POSTINGS;
  /** A quote with fewer rare trigrams than this also looks among its rarest common ones... */
  public static final int RARE_ENOUGH = Variants.RARE_ENOUGH;
  /** ... this many of them ... */
  public static final int COMMON_KEPT = Variants.COMMON_KEPT;
  /** ... each held by at most this many quotes. */
  public static final int MAX_COMMON_POSTINGS = Variants.MAX_COMMON_POSTINGS;

  /**
   * One quote as grouping sees it.
   *
   * @param time epoch milliseconds published, or {@link Long#MAX_VALUE} when unknown
   * @param speaker the speaker's key ({@link IndexedQuotes.Indexed#speakerKey()}), 0 for none
   * @param fingerprints distinct, ascending ({@link IndexedQuotes.Indexed#fingerprints()})
   */
  public record Quote(String document, int start, int words, long time, long speaker, boolean turn,
      int[] fingerprints, String text) {}

  /** The order that breaks the last tie: document id, then start. */
  public static final Comparator<Quote> ORDER =
      Comparator.comparing(Quote::document).thenComparingInt(Quote::start);

  /** The key a trigram hash said by one speaker is counted under, as {@link Variants} counts it. */
  public static int bySpeaker(int hash, long speaker) {
    return Variants.Postings.bySpeaker(hash, speaker);
  }

  /**
   * How many of the runs a quote counts in it may leave unread and still meet every parent it
   * could have ({@link Variants.Prefix}): {@code own} trigrams, {@code uncounted} of them in no
   * run, {@code ownOnly} counted among the speaker's own quotes only.
   */
  public static int skips(int own, int uncounted) {
    return Variants.Prefix.skips(own, uncounted);
  }

  /** ... of which at most this many runs of its rare trigrams (not the speaker's runs). */
  public static int rareSkips(int own, int uncounted, int ownOnly) {
    return Variants.Prefix.rareSkips(own, uncounted, ownOnly);
  }

  /**
   * The runs a quote leaves unread, longest first, as local grouping chooses them ({@link
   * Variants.Prefix#leaveLongest}): {@code byLength} holds {@code live} runs as length {@code <<
   * 32 |} slot; returns how many slots were given to {@code unread}.
   */
  public static int leaveLongest(long[] byLength, int live, java.util.function.IntPredicate rare,
      int skips, int rareSkips, java.util.function.IntConsumer unread) {
    return Variants.Prefix.leaveLongest(byLength, live, rare, skips, rareSkips, unread);
  }

  /** Each quote's parent: its place in {@code quotes}, or -1 for a root. */
  public static int[] parents(List<Quote> quotes) {
    Integer[] order = new Integer[quotes.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> ORDER.compare(quotes.get(a), quotes.get(b)));
    List<Quote> sorted = new ArrayList<>(order.length);
    for (Integer k : order) {
      sorted.add(quotes.get(k));
    }
    Variants.Loaded q = load(sorted);
    int[] parent = new int[q.size];
    Arrays.fill(parent, -1);
    if (q.size > 0) {
      Variants.parents(q, Variants.Postings.build(q, false), Variants.Postings.build(q, true),
          parent, 0, 1, i -> sorted.get(i).text());
    }
    int[] out = new int[parent.length];
    for (int k = 0; k < parent.length; k++) {
      out[order[k]] = parent[k] < 0 ? -1 : order[parent[k]];
    }
    return out;
  }

  /**
   * The parent {@link #parents} would choose for {@code quote} if these were the candidates its
   * trigrams found: the place of one in {@code candidates}, or -1. Candidates that may not be its
   * parent (published after it, or after it in the order of parents) are passed over.
   */
  public static int choose(Quote quote, List<Quote> candidates) {
    if (quote.turn() || quote.fingerprints().length == 0) {
      return -1; // a transcript turn is what was said: a root
    }
    List<Quote> all = new ArrayList<>(candidates.size() + 1);
    all.add(quote);
    all.addAll(candidates);
    Integer[] order = new Integer[all.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> ORDER.compare(all.get(a), all.get(b)));
    List<Quote> sorted = new ArrayList<>(order.length);
    int i = -1;
    for (int k = 0; k < order.length; k++) {
      sorted.add(all.get(order[k]));
      if (order[k] == 0) {
        i = k;
      }
    }
    Variants.Loaded q = load(sorted);
    Variants.Choice choice = new Variants.Choice();
    for (int c = 0; c < q.size; c++) {
      if (c == i || !q.mayParent(c, i)) {
        continue;
      }
      double cover = Variants.cover(q, i, c);
      if (cover >= 0) {
        choice.add(c, cover);
      }
    }
    int best = choice.best(q, i, k -> sorted.get(k).text());
    return best < 0 ? -1 : order[best] - 1;
  }

  private static Variants.Loaded load(List<Quote> sorted) {
    Variants.Loaded q = new Variants.Loaded(Math.max(16, sorted.size() + 1));
    for (int k = 0; k < sorted.size(); k++) {
      Quote x = sorted.get(k);
      q.add(k, x.words(), x.time(), x.speaker(), x.turn(), x.fingerprints());
    }
    q.fpStart[q.size] = q.fpCount;
    return q;
  }
}
