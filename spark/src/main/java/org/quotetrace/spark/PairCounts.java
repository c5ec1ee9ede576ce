package org.quotetrace.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quotetrace.index.VariantGrouping;

/**
 * Counting, for each quote of one part of the corpus, how many trigram runs it shares with each
 * other quote, as local grouping does: into an int array indexed by candidate, with a list of the
 * candidates touched. A part holds its quotes (each with the keys of the runs it counts in) and
 * every run any of them counts in, so a pair is never a row of its own: what leaves a part is one
 * row for each candidate that could still hold enough of its quote.
 */
final class PairCounts {
  private PairCounts() {}

  /**
   * A quote of the part: its numeric id, the runs it reads, its figures, and how many runs it
   * counts in but leaves unread ({@link #probe}).
   */
  static final StructType QUOTE = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("part", DataTypes.IntegerType, false),
      DataTypes.createStructField("id", DataTypes.LongType, false),
      DataTypes.createStructField("keys", DataTypes.createArrayType(DataTypes.LongType, false), false),
      DataTypes.createStructField("own", DataTypes.LongType, false),
      DataTypes.createStructField("rare_n", DataTypes.LongType, false),
      DataTypes.createStructField("own_only", DataTypes.LongType, false),
      DataTypes.createStructField("skipped", DataTypes.LongType, false),
  });

  /**
   * A quote, a candidate, and how many of the quote's trigrams the candidate holds at most if it
   * is the quote's speaker's ({@code shared}: those of the runs read where it was met, every run
   * left unread, and the uncounted common prints it really holds), and how many more if it is
   * not ({@code own_only_held}: the quote's own-only prints it holds, which the speaker's runs
   * count only among the speaker's quotes).
   */
  static final StructType COUNTED = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.LongType, false),
      DataTypes.createStructField("cid", DataTypes.LongType, false),
      DataTypes.createStructField("shared", DataTypes.LongType, false),
      DataTypes.createStructField("own_only_held", DataTypes.LongType, false),
  });

  /**
   * The candidates of every quote of one part that may hold enough of it. {@code runs} are rows
   * of a run's key ({@code k}) and its members' ids ({@code ids}, one for each trigram held, as
   * the join counted them); {@code quotes} rows of {@link #QUOTE}.
   *
   * <p>A candidate is kept when its count, plus the common prints of the quote it holds ({@code
   * common}), reaches the lower of the containments a parent needs: whether the candidate is
   * another speaker's is not known here, so the stricter test is left to the join that brings the
   * candidate's own figures. The sum is never less than the trigrams {@link
   * org.quotetrace.index.VariantGrouping#choose} finds shared: each trigram the two hold is a rare
   * run the candidate is met on (or one left unread), the speaker's run of an own-only print (for
   * a candidate of another speaker, {@code own_only_held}), or an uncounted common print. So a
   * candidate local grouping could choose is never dropped; one it would measure and pass over
   * mostly is. Keeping more changes nothing: a candidate that does not hold enough of the quote
   * is passed over when the parent is chosen.
   */
  static Iterator<Row> count(Iterator<Row> runs, Iterator<Row> quotes, CommonPrints common) {
    Map<Long, int[]> members = new HashMap<>();
    LongIndex local = new LongIndex();
    while (runs.hasNext()) {
      Row r = runs.next();
      List<Long> ids = r.getList(r.fieldIndex("ids"));
      int[] m = new int[ids.size()];
      for (int k = 0; k < m.length; k++) {
        m[k] = local.add(ids.get(k));
      }
      members.put(r.getAs("k"), m);
    }
    long[] idOf = local.ids();
    int[] shared = new int[idOf.length];
    // Each member's place among the common prints, looked up when first needed.
    int[] commonAt = new int[idOf.length];
    Arrays.fill(commonAt, Integer.MIN_VALUE);
    return new Iterator<>() {
      private int[] touched = new int[1024];
      private final List<Row> ready = new ArrayList<>();
      private int next;

      @Override
      public boolean hasNext() {
        while (next == ready.size() && quotes.hasNext()) {
          ready.clear();
          next = 0;
          candidates(quotes.next());
        }
        return next < ready.size();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.get(next++);
      }

      private void candidates(Row q) {
        long id = q.getAs("id");
        int self = local.find(id);
        int nt = 0;
        for (Long key : q.<Long>getList(q.fieldIndex("keys"))) {
          int[] run = members.get(key);
          if (run == null) {
            continue; // a run of the quote alone
          }
          for (int c : run) {
            if (c == self) {
              continue;
            }
            if (shared[c]++ == 0) {
              if (nt == touched.length) {
                touched = Arrays.copyOf(touched, nt * 2);
              }
              touched[nt++] = c;
            }
          }
        }
        long own = q.getAs("own");
        long skipped = q.getAs("skipped");
        long uncounted = own - q.<Long>getAs("rare_n") - q.<Long>getAs("own_only");
        long ownOnly = q.getAs("own_only");
        long need = Math.min(2, own);
        double threshold = Math.min(Core.CONTAINMENT, Core.OTHER_SPEAKER_CONTAINMENT) * own;
        int mine = uncounted + ownOnly == 0 ? -1 : common.find(id);
        for (int t = 0; t < nt; t++) {
          int c = touched[t];
          long counted = shared[c] + skipped;
          shared[c] = 0;
          if (counted + uncounted + ownOnly < need || counted + uncounted + ownOnly < threshold) {
            continue; // short even if it held every common print: nothing to look up
          }
          if (mine >= 0 && commonAt[c] == Integer.MIN_VALUE) {
            commonAt[c] = common.find(idOf[c]);
          }
          long held = mine < 0 ? 0 : common.held(mine, commonAt[c]);
          long most = counted + (held & 0xffffffffL);
          long heldOwnOnly = held >>> 32;
          if (most + heldOwnOnly >= need && most + heldOwnOnly >= threshold) {
            ready.add(RowFactory.create(id, idOf[c], most, heldOwnOnly));
          }
        }
      }
    };
  }

  /** A rare trigram's run key has nothing in its high word; a speaker's run has one there. */
  private static final long SPEAKER_RUN = 1L << 32;

  /**
   * A quote's row of {@link #QUOTE} from its {@code slots} (each run it counts in: key {@code k}
   * and the run's length {@code len}, once for each trigram): the runs it reads. A run of the
   * quote alone finds nothing and is dropped; then its longest runs are left unread, as many as
   * local grouping leaves ({@link VariantGrouping#skips}, {@link VariantGrouping#rareSkips}) and
   * no more than {@code maxSkipped}, so that every candidate that could be its parent still shares
   * a run it reads.
   */
  static Row probe(int maxSkipped, Row q) {
    List<Row> slots = q.getList(q.fieldIndex("slots"));
    long own = q.getAs("own");
    long ownOnly = q.getAs("own_only");
    int uncounted = (int) (own - q.<Long>getAs("rare_n") - ownOnly);
    int skips = Math.min(maxSkipped, VariantGrouping.skips((int) own, uncounted));
    int rareSkips = VariantGrouping.rareSkips((int) own, uncounted, (int) ownOnly);
    long[] live = new long[slots.size()];
    long[] lengths = new long[slots.size()];
    int n = 0;
    for (Row r : slots) {
      long len = r.getLong(r.fieldIndex("len"));
      if (len > 1) {
        live[n] = r.getLong(r.fieldIndex("k"));
        lengths[n] = len << 32 | n;
        n++;
      }
    }
    boolean[] unread = new boolean[n];
    int skipped = VariantGrouping.leaveLongest(lengths, n, s -> live[s] < SPEAKER_RUN, skips,
        rareSkips, s -> unread[s] = true);
    List<Long> keys = new ArrayList<>(n - skipped);
    for (int s = 0; s < n; s++) {
      if (!unread[s]) {
        keys.add(live[s]);
      }
    }
    // With its schema: Spark may hand this very row to the function that groups it by part.
    return new GenericRowWithSchema(new Object[] {q.getAs("part"), q.getAs("id"), Tables.seq(keys),
        own, q.getAs("rare_n"), ownOnly, (long) skipped}, QUOTE);
  }

  /** Dense local numbers for the quote ids of one part: open addressing over longs. */
  static final class LongIndex {
    private long[] keys = new long[1 << 10];
    private int[] values = new int[1 << 10];
    private boolean[] used = new boolean[1 << 10];
    private long[] order = new long[1 << 10];
    private int size;

    /** The number of {@code id}, given it if new. */
    int add(long id) {
      int at = slot(id);
      if (used[at]) {
        return values[at];
      }
      if (size == order.length) {
        order = Arrays.copyOf(order, size * 2);
      }
      order[size] = id;
      used[at] = true;
      keys[at] = id;
      values[at] = size;
      size++;
      if (size * 2 > keys.length) {
        grow();
      }
      return size - 1;
    }

    /** The number of {@code id}, or -1 when it was never added. */
    int find(long id) {
      int at = slot(id);
      return used[at] ? values[at] : -1;
    }

    /** Every id added, by its number. */
    long[] ids() {
      return Arrays.copyOf(order, size);
    }

    private int slot(long id) {
      int mask = keys.length - 1;
      int at = (int) (mix(id) & mask);
      while (used[at] && keys[at] != id) {
        at = (at + 1) & mask;
      }
      return at;
    }

    private static long mix(long x) {
      x *= 0x9E3779B97F4A7C15L;
      return x ^ (x >>> 29);
    }

    private void grow() {
      long[] k = keys;
      int[] v = values;
      boolean[] u = used;
      keys = new long[k.length * 2];
      values = new int[k.length * 2];
      used = new boolean[k.length * 2];
      for (int i = 0; i < k.length; i++) {
        if (u[i]) {
          int at = slot(k[i]);
          used[at] = true;
          keys[at] = k[i];
          values[at] = v[i];
        }
      }
    }
  }
}
