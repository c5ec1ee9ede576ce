package org.quotetrace.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quotetrace.trace.Fingerprints;

/**
 * The earlier documents that may be among an article's {@linkplain TopSources top sources}, found
 * by adding up in arrays what each holds of the article and of each of its quotes, the postings of
 * its prints read once. The local table and the Spark job both find candidates this way.
 *
 * <p>Documents carry their place in the order of documents ({@link TopSources#before}) as a
 * number, so "earlier" is "smaller". Only a candidate that holds enough of the article to be
 * listed comes out: half the weight of one of its quotes or a fifth of the article's. The test is
 * {@link TopSources#rank}'s, with a little slack for the order of a sum of doubles; rank then
 * decides exactly, so keeping a few more changes nothing. One instance is reused from article to
 * article, on one thread.
 */
public final class CandidateSums {
  /** Where the documents holding a print are read. */
  @FunctionalInterface
  public interface Postings {
    /**
     * Writes the numbers of the documents holding {@code print}, ascending, into {@code into} and
     * says how many (none when it knows of none); {@code into} is as long as the most holders a
     * print that counts may have.
     */
    int holders(long print, int[] into);
  }

  /** An earlier document, by number, that may be listed, and the article's prints it holds. */
  public record Candidate(int number, long[] shared) {}

  // Relative slack on the two shares: the sums here run in another order than TopSources' do.
  private static final double SLACK = 1e-9;

  private final Postings postings;
  private final long documents;
  private final int[] buffer;
  // Earlier documents met for the article, numbered in the order met; emptied after each.
  private final Slots slots = new Slots();
  private double[] sums = new double[64];
  // The article's earlier holders, print after print, read once and walked twice.
  private int[] held = new int[1024];

  /**
   * @param documents the documents of the corpus, which weigh a print by how many hold it
   * @param mostHolders the most documents a print that counts is held by
   */
  public CandidateSums(Postings postings, long documents, int mostHolders) {
    this.postings = postings;
    this.documents = documents;
    this.buffer = new int[mostHolders];
  }

  /**
   * The candidates of article number {@code n} that may be listed, in the order first met.
   *
   * @param prints its distinct prints that count
   * @param df how many documents hold each of {@code prints}, in the same order
   * @param quotes the texts of its quotes that {@link TopSources#rank} takes
   */
  public List<Candidate> of(int n, long[] prints, long[] df, List<String> quotes) {
    int m = prints.length;
    double[] weight = new double[m];
    double total = 0;
    for (int i = 0; i < m; i++) {
      weight[i] = TopSources.rarity(documents, df[i]);
      total += weight[i];
    }
    // The quotes' prints: the article's prints among each quote's trigrams, as TopSources takes
    // them. A document's prints are distinct, so each sorted print has one place in prints.
    long[] sortedPrints = prints.clone();
    Arrays.sort(sortedPrints);
    int[] index = new int[m];
    for (int i = 0; i < m; i++) {
      index[Arrays.binarySearch(sortedPrints, prints[i])] = i;
    }
    int qn = quotes.size();
    int[][] quoteOf = new int[m][];
    double[] quoteTotals = new double[qn];
    for (int k = 0; k < qn; k++) {
      long[] grams = Fingerprints.distinct(
          Fingerprints.Stemmed.of(quotes.get(k)).shingles(TopSources.QUOTE_GRAM));
      for (long g : grams) {
        int at = Arrays.binarySearch(sortedPrints, g);
        if (at >= 0) {
          int i = index[at];
          int[] had = quoteOf[i];
          int[] now = had == null ? new int[1] : Arrays.copyOf(had, had.length + 1);
          now[now.length - 1] = k;
          quoteOf[i] = now;
          quoteTotals[k] += weight[i];
        }
      }
    }
    int width = 1 + qn;
    // ends[i]: where print i's earlier holders end in held.
    int[] ends = new int[m];
    int size = 0;
    try {
      for (int i = 0; i < m; i++) {
        // A print only the article holds names nobody.
        int count = df[i] < 2 ? 0 : postings.holders(prints[i], buffer);
        int[] qs = quoteOf[i];
        for (int j = 0; j < count; j++) {
          int s = buffer[j];
          if (s >= n) {
            break;
          }
          if (size == held.length) {
            held = Arrays.copyOf(held, 2 * size);
          }
          held[size++] = s;
          int before = slots.size();
          int slot = slots.number(s);
          if (slot == before) {
            if (sums.length < (slot + 1) * width) {
              sums = Arrays.copyOf(sums, Math.max(2 * sums.length, (slot + 1) * width));
            }
            Arrays.fill(sums, slot * width, slot * width + width, 0);
          }
          sums[slot * width] += weight[i];
          if (qs != null) {
            for (int k : qs) {
              sums[slot * width + 1 + k] += weight[i];
            }
          }
        }
        ends[i] = size;
      }
      int found = slots.size();
      if (found == 0) {
        return List.of();
      }
      boolean[] listed = new boolean[found];
      int kept = 0;
      for (int slot = 0; slot < found; slot++) {
        boolean enough = total > 0 && sums[slot * width] >= TopSources.MIN_REUSE * total * (1 - SLACK);
        for (int k = 0; k < qn && !enough; k++) {
          double qt = quoteTotals[k];
          enough = qt > 0 && sums[slot * width + 1 + k] >= TopSources.COVERED * qt * (1 - SLACK);
        }
        listed[slot] = enough;
        kept += enough ? 1 : 0;
      }
      if (kept == 0) {
        return List.of();
      }
      // A second walk gathers the shared prints of the candidates kept only.
      long[][] shared = new long[found][];
      int[] count = new int[found];
      for (int i = 0, at = 0; i < m; i++) {
        for (; at < ends[i]; at++) {
          int slot = slots.number(held[at]);
          if (listed[slot]) {
            if (shared[slot] == null) {
              shared[slot] = new long[8];
            } else if (shared[slot].length == count[slot]) {
              shared[slot] = Arrays.copyOf(shared[slot], 2 * count[slot]);
            }
            shared[slot][count[slot]++] = prints[i];
          }
        }
      }
      List<Candidate> out = new ArrayList<>(kept);
      for (int slot = 0; slot < found; slot++) {
        if (listed[slot]) {
          out.add(new Candidate(slots.key(slot), Arrays.copyOf(shared[slot], count[slot])));
        }
      }
      return out;
    } finally {
      slots.clear();
    }
  }
}
