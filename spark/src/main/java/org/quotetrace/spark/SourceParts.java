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
import org.quotetrace.index.CandidateSums;
import org.quotetrace.index.TopSources;

/**
 * Finding, for each article of one part of the corpus, the earlier documents that may be among its
 * sources, by adding up in arrays what each holds of it, as a local index's postings are read.
 *
 * <p>Documents carry their place in the order of documents ({@link TopSources#before}) as a dense
 * number, so "earlier" is "smaller". A part holds its articles and, for every print one of them
 * holds, the print's holders: a print reaches each part holding one of its holders at most once,
 * so the rows shuffled grow with the holders, not with the pairs of holders (a print held by a
 * thousand documents makes half a million pairs). What leaves a part is one row for each candidate
 * {@link CandidateSums} finds may be listed, as the local table finds them.
 */
final class SourceParts {
  private SourceParts() {}

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
    final CandidateSums sums;

    Counter(Postings postings, long documents) {
      sums = new CandidateSums((h, into) -> {
        int[] hs = postings.holders(h);
        if (hs == null) {
          return 0;
        }
        System.arraycopy(hs, 0, into, 0, hs.length);
        return hs.length;
      }, documents, (int) TopSources.maxDf(documents));
    }

    void article(Row a, List<Row> out) {
      int n = a.getInt(1);
      List<Row> printRows = a.getList(2);
      int m = printRows.size();
      long[] prints = new long[m];
      long[] df = new long[m];
      for (int i = 0; i < m; i++) {
        Row p = printRows.get(i);
        prints[i] = p.getLong(0);
        df[i] = p.getLong(1);
      }
      List<String> quotes = new ArrayList<>();
      int qi = 3;
      if (!a.isNullAt(qi)) {
        for (Row q : a.<Row>getList(qi)) {
          quotes.add(q.getString(q.size() - 1));
        }
      }
      for (CandidateSums.Candidate c : sums.of(n, prints, df, quotes)) {
        // A primitive array: Spark's row encoder takes one for an array column as it is.
        out.add(new GenericRowWithSchema(new Object[] {n, c.number(), c.shared()}, CANDIDATE));
      }
    }
  }
}
