package org.quotetrace.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quotetrace.index.TopSources;
import org.quotetrace.trace.Fingerprints;

/**
 * Finding, for each article of one part of the corpus, the earlier documents that may be among its
 * sources, by adding up in arrays what each holds of it, as a local index's postings are read.
 *
 * <p>Documents carry their place in the order of documents ({@link TopSources#before}) as a dense
 * number, so "earlier" is "smaller". A part holds its articles and, for every print one of them
 * holds, the print's holders: a print reaches each part holding one of its holders at most once,
 * so the rows shuffled grow with the holders, not with the pairs of holders (a print held by a
 * thousand documents makes half a million pairs). What leaves a part is one row for each candidate
 * that holds enough of the article to be listed: half the weight of one of its quotes or a fifth of
 * the article's. The test is {@link TopSources#rank}'s, with a little slack for the order of a sum
 * of doubles; rank then decides exactly, so keeping a few more changes nothing.
 */
final class SourceParts {
  private SourceParts() {}

  /** The word n-gram of a quote's prints, the local path's own. */
  static final int QUOTE_GRAM = TopSources.QUOTE_GRAM;
  // Relative slack on the two shares: the sums here run in another order than TopSources' do.
  private static final double SLACK = 1e-9;

  /** A print, how many documents hold it, and their numbers, ascending; one row a part it reaches. */
  static final StructType PRINT = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("part", DataTypes.IntegerType, false),
      DataTypes.createStructField("h", DataTypes.LongType, false),
      DataTypes.createStructField("holders", DataTypes.createArrayType(DataTypes.IntegerType, false), false),
  });

  /** An article and the earlier document {@code s}, with the article's prints it holds. */
  static final StructType CANDIDATE = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("n", DataTypes.IntegerType, false),
      DataTypes.createStructField("s", DataTypes.IntegerType, false),
      DataTypes.createStructField("shared", DataTypes.createArrayType(DataTypes.LongType, false), false),
  });

  /**
   * A print's row ({@code h}, {@code holders}) sent once to each part that has a holder with an
   * earlier one, with the holders up to that part's last: its articles' sources come before them.
   */
  static Iterator<Row> spread(Row r, int parts) {
    long h = r.getLong(0); // (h, holders)
    List<Integer> list = r.getList(1);
    int[] holders = new int[list.size()];
    for (int i = 0; i < holders.length; i++) {
      holders[i] = list.get(i);
    }
    Arrays.sort(holders);
    boolean[] sent = new boolean[parts];
    List<Row> out = new ArrayList<>();
    // The earliest holder is nobody's later document: no part needs the print for it.
    for (int i = holders.length - 1; i >= 1; i--) {
      int p = part(holders[i], parts);
      if (!sent[p]) {
        sent[p] = true;
        out.add(new GenericRowWithSchema(new Object[] {p, h, Arrays.copyOf(holders, i + 1)}, PRINT));
      }
    }
    return out.iterator();
  }

  /** The part of document number {@code n}. */
  static int part(long n, int parts) {
    return (int) Math.floorMod(n, (long) parts);
  }

  /**
   * The candidates of every article of one part that may be listed. {@code prints} are rows of
   * {@link #PRINT}; {@code articles} rows of its part, a document's number ({@code n}), its prints
   * that count ({@code prints}: {@code h}, {@code df}) and its quotes ({@code quotes}: structs
   * ending in the {@code text}, or null for none), read by position: rows a cogroup hands over may
   * carry no schema.
   *
   * <p>The rows are handed back an article at a time, as they are asked for: a part's candidates
   * of all its articles together (3 million rows a part at a million documents) ran a 2 GB heap
   * out of memory, while one article's are a few hundred at most.
   */
  static Iterator<Row> candidates(Iterator<Row> prints, Iterator<Row> articles, long documents) {
    Counter counter = new Counter(Postings.read(prints), documents);
    return new Iterator<>() {
      private final List<Row> rows = new ArrayList<>();
      private int next;

      @Override
      public boolean hasNext() {
        while (next == rows.size()) {
          if (!articles.hasNext()) {
            return false;
          }
          rows.clear();
          next = 0;
          counter.article(articles.next(), rows);
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return rows.get(next++);
      }
    };
  }

  /** A part's prints, ascending, each with its holders (document numbers, ascending). */
  static final class Postings {
    private final long[] keys;
    private final int[][] holders;

    private Postings(long[] keys, int[][] holders) {
      this.keys = keys;
      this.holders = holders;
    }

    /** Reads rows of {@link #PRINT} (a print reaches a part at most once). */
    static Postings read(Iterator<Row> prints) {
      long[] keys = new long[1024];
      int[][] holders = new int[1024][];
      int count = 0;
      while (prints.hasNext()) {
        Row r = prints.next();
        List<Integer> l = r.getList(2);
        int[] hs = new int[l.size()];
        for (int i = 0; i < hs.length; i++) {
          hs[i] = l.get(i);
        }
        if (count == keys.length) {
          keys = Arrays.copyOf(keys, 2 * count);
          holders = Arrays.copyOf(holders, 2 * count);
        }
        keys[count] = r.getLong(1);
        holders[count] = hs;
        count++;
      }
      keys = Arrays.copyOf(keys, count);
      long[] sorted = keys.clone();
      Arrays.sort(sorted);
      int[][] byKey = new int[count][];
      for (int i = 0; i < count; i++) {
        int at = Arrays.binarySearch(sorted, keys[i]);
        if (byKey[at] != null) {
          throw new IllegalArgumentException("print " + keys[i] + " reached the part twice");
        }
        byKey[at] = holders[i];
      }
      return new Postings(sorted, byKey);
    }

    /** The holders of print {@code h}, or null when it did not reach the part. */
    int[] holders(long h) {
      int at = Arrays.binarySearch(keys, h);
      return at < 0 ? null : holders[at];
    }
  }

  /** One part's postings and the per-candidate sums, reused from article to article. */
  private static final class Counter {
    final Postings postings;
    final long documents;
    // Earlier documents met for the article, numbered in the order met; emptied after each.
    final Slots slots = new Slots();
    double[] sums = new double[64];

    Counter(Postings postings, long documents) {
      this.postings = postings;
      this.documents = documents;
    }

    void article(Row a, List<Row> out) {
      int n = a.getInt(1);
      List<Row> printRows = a.getList(2);
      int m = printRows.size();
      long[] prints = new long[m];
      double[] weight = new double[m];
      double total = 0;
      for (int i = 0; i < m; i++) {
        Row p = printRows.get(i);
        prints[i] = p.getLong(0);
        weight[i] = TopSources.rarity(documents, p.getLong(1));
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
      int[][] quoteOf = new int[m][];
      int qn = 0;
      int qi = 3;
      double[] quoteTotals = new double[0];
      if (!a.isNullAt(qi)) {
        List<Row> quotes = a.getList(qi);
        quoteTotals = new double[quotes.size()];
        for (Row q : quotes) {
          long[] grams = Fingerprints.distinct(
              Fingerprints.Stemmed.of(q.getString(q.size() - 1)).shingles(QUOTE_GRAM));
          double qt = 0;
          for (long g : grams) {
            int at = Arrays.binarySearch(sortedPrints, g);
            if (at >= 0) {
              int i = index[at];
              int[] had = quoteOf[i];
              int[] now = had == null ? new int[1] : Arrays.copyOf(had, had.length + 1);
              now[now.length - 1] = qn;
              quoteOf[i] = now;
              qt += weight[i];
            }
          }
          quoteTotals[qn] = qt;
          qn++;
        }
      }
      int width = 1 + qn;
      try {
        for (int i = 0; i < m; i++) {
          int[] hs = postings.holders(prints[i]);
          if (hs == null) {
            continue;
          }
          int[] qs = quoteOf[i];
          for (int s : hs) {
            if (s >= n) {
              break;
            }
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
        }
        int found = slots.size();
        if (found == 0) {
          return;
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
          return;
        }
        // A second pass gathers the shared prints of the candidates kept only.
        long[][] shared = new long[found][];
        int[] count = new int[found];
        for (int i = 0; i < m; i++) {
          int[] hs = postings.holders(prints[i]);
          if (hs == null) {
            continue;
          }
          for (int s : hs) {
            if (s >= n) {
              break;
            }
            int slot = slots.number(s);
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
        for (int slot = 0; slot < found; slot++) {
          if (listed[slot]) {
            // A primitive array: Spark's row encoder takes one for an array column as it is.
            out.add(new GenericRowWithSchema(
                new Object[] {n, slots.key(slot), Arrays.copyOf(shared[slot], count[slot])}, CANDIDATE));
          }
        }
      } finally {
        slots.clear();
      }
    }
  }
}
