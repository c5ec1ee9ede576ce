package org.quotetrace.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
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

  /** A print's row ({@code h}, {@code holders}) sent once to each part that has a holder with an earlier one. */
  static Iterator<Row> spread(Row r, int parts) {
    long h = r.getLong(0); // (h, holders)
    List<Integer> list = r.getList(1);
    int[] holders = new int[list.size()];
    for (int i = 0; i < holders.length; i++) {
      holders[i] = list.get(i);
    }
    Arrays.sort(holders);
    List<Integer> wrapped = new ArrayList<>(holders.length);
    for (int n : holders) {
      wrapped.add(n);
    }
    scala.collection.immutable.Seq<Integer> seq = Tables.seq(wrapped);
    boolean[] sent = new boolean[parts];
    List<Row> out = new ArrayList<>();
    // The earliest holder is nobody's later document: no part needs the print for it.
    for (int i = 1; i < holders.length; i++) {
      int p = part(holders[i], parts);
      if (!sent[p]) {
        sent[p] = true;
        out.add(new GenericRowWithSchema(new Object[] {p, h, seq}, PRINT));
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
   */
  static Iterator<Row> candidates(Iterator<Row> prints, Iterator<Row> articles, long documents) {
    List<long[]> keyed = new ArrayList<>();
    List<int[]> lists = new ArrayList<>();
    while (prints.hasNext()) {
      Row r = prints.next();
      List<Integer> l = r.getList(2);
      int[] holders = new int[l.size()];
      for (int i = 0; i < holders.length; i++) {
        holders[i] = l.get(i);
      }
      keyed.add(new long[] {r.getLong(1), lists.size()});
      lists.add(holders);
    }
    keyed.sort((a, b) -> Long.compare(a[0], b[0]));
    long[] keys = new long[keyed.size()];
    int[][] holders = new int[keyed.size()][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = keyed.get(i)[0];
      holders[i] = lists.get((int) keyed.get(i)[1]);
    }
    keyed = null;
    lists = null;
    Counter counter = new Counter((int) documents, keys, holders, documents);
    List<Row> out = new ArrayList<>();
    while (articles.hasNext()) {
      counter.article(articles.next(), out);
    }
    return out.iterator();
  }

  /** One part's postings and the per-candidate sums, reused from article to article. */
  private static final class Counter {
    final long[] keys;
    final int[][] holders;
    final long documents;
    final int[] slotOf;
    int[] touched = new int[64];
    double[] sums = new double[64];

    Counter(int size, long[] keys, int[][] holders, long documents) {
      this.keys = keys;
      this.holders = holders;
      this.documents = documents;
      this.slotOf = new int[size];
      Arrays.fill(slotOf, -1);
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
      // The quotes' prints: the article's prints among each quote's trigrams, as TopSources takes them.
      long[] sortedPrints = prints.clone();
      Arrays.sort(sortedPrints);
      int[] index = new int[m];
      {
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(prints[x], prints[y]));
        for (int i = 0; i < m; i++) {
          index[i] = order[i];
        }
      }
      List<int[]> quoteOf = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        quoteOf.add(null);
      }
      int qn = 0;
      int qi = 3;
      List<Double> quoteTotals = new ArrayList<>();
      if (!a.isNullAt(qi)) {
        for (Row q : a.<Row>getList(qi)) {
          long[] grams = Fingerprints.distinct(
              Fingerprints.Stemmed.of(q.getString(q.size() - 1)).shingles(QUOTE_GRAM));
          double qt = 0;
          for (long g : grams) {
            int at = Arrays.binarySearch(sortedPrints, g);
            if (at >= 0) {
              int i = index[at];
              int[] had = quoteOf.get(i);
              int[] now = had == null ? new int[1] : Arrays.copyOf(had, had.length + 1);
              now[now.length - 1] = qn;
              quoteOf.set(i, now);
              qt += weight[i];
            }
          }
          quoteTotals.add(qt);
          qn++;
        }
      }
      int width = 1 + qn;
      int slots = 0;
      for (int i = 0; i < m; i++) {
        int[] hs = lookup(prints[i]);
        if (hs == null) {
          continue;
        }
        int[] qs = quoteOf.get(i);
        for (int s : hs) {
          if (s >= n) {
            break;
          }
          int slot = slotOf[s];
          if (slot < 0) {
            slot = slots++;
            slotOf[s] = slot;
            if (touched.length < slots) {
              touched = Arrays.copyOf(touched, 2 * slots);
            }
            touched[slot] = s;
            if (sums.length < slots * width) {
              sums = Arrays.copyOf(sums, Math.max(2 * sums.length, slots * width));
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
      if (slots == 0) {
        return;
      }
      boolean[] listed = new boolean[slots];
      int kept = 0;
      for (int slot = 0; slot < slots; slot++) {
        boolean enough = total > 0 && sums[slot * width] >= TopSources.MIN_REUSE * total * (1 - SLACK);
        for (int k = 0; k < qn && !enough; k++) {
          double qt = quoteTotals.get(k);
          enough = qt > 0 && sums[slot * width + 1 + k] >= TopSources.COVERED * qt * (1 - SLACK);
        }
        listed[slot] = enough;
        kept += enough ? 1 : 0;
      }
      if (kept > 0) {
        // A second pass gathers the shared prints of the candidates kept only.
        long[][] shared = new long[slots][];
        int[] count = new int[slots];
        for (int i = 0; i < m; i++) {
          int[] hs = lookup(prints[i]);
          if (hs == null) {
            continue;
          }
          for (int s : hs) {
            if (s >= n) {
              break;
            }
            int slot = slotOf[s];
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
        for (int slot = 0; slot < slots; slot++) {
          if (listed[slot]) {
            List<Long> held = new ArrayList<>(count[slot]);
            for (int j = 0; j < count[slot]; j++) {
              held.add(shared[slot][j]);
            }
            out.add(new GenericRowWithSchema(new Object[] {n, touched[slot], Tables.seq(held)}, CANDIDATE));
          }
        }
      }
      for (int slot = 0; slot < slots; slot++) {
        slotOf[touched[slot]] = -1;
      }
    }

    int[] lookup(long h) {
      int at = Arrays.binarySearch(keys, h);
      return at < 0 ? null : holders[at];
    }
  }
}
