package org.quotetrace.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Each quote's common trigram prints (those of runs longer than {@link Core#MAX_POSTINGS}, which
 * no rare run counts), ascending, each marked whether the quote's speaker counts it in a run of
 * its own (own-only) or nothing counts it (uncounted). Sent whole to every part that counts
 * pairs, so that a candidate met there is credited with the common prints it really holds
 * instead of all of them: as the corpus grows, more of a quote's prints become common, and a
 * bound that assumed all of them let through nearly every candidate met once.
 *
 * <p>Only quotes holding a common print are kept; ids are sorted for a binary search.
 */
final class CommonPrints implements Serializable {
  private static final long serialVersionUID = 1L;

  /** None: every quote's prints are all counted in runs (a small corpus, or a test). */
  static final CommonPrints NONE = new CommonPrints(new long[0], new int[] {0}, new int[0], new long[0]);

  private final long[] ids;
  private final int[] start;
  private final int[] prints;
  // One bit a print: set when the quote's speaker counts it in a run of their own.
  private final long[] ownOnly;

  private CommonPrints(long[] ids, int[] start, int[] prints, long[] ownOnly) {
    this.ids = ids;
    this.start = start;
    this.prints = prints;
    this.ownOnly = ownOnly;
  }

  /**
   * From rows of a quote's {@code id} and its {@code prints}: structs of a print {@code h} and
   * whether it is own-only ({@code o}), ascending by print. Rows may come in any order of id.
   */
  static CommonPrints of(Iterator<Row> rows) {
    List<Row> all = new ArrayList<>();
    long prints = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      all.add(r);
      prints += r.getList(r.fieldIndex("prints")).size();
    }
    all.sort(Comparator.comparingLong(r -> r.getLong(r.fieldIndex("id"))));
    return of(all.size(), prints, all.iterator());
  }

  /**
   * As {@link #of(Iterator)}, from rows ascending by id, of {@code quotes} quotes holding {@code
   * prints} common prints in all: the arrays are made at their size once, since at a million
   * documents they take hundreds of megabytes of the driver's heap.
   */
  static CommonPrints of(long quotes, long prints, Iterator<Row> rows) {
    if (quotes >= Integer.MAX_VALUE || prints >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many common prints for one array: " + quotes
          + " quotes, " + prints + " prints");
    }
    long[] ids = new long[(int) quotes];
    int[] start = new int[(int) quotes + 1];
    int[] h = new int[(int) prints];
    long[] bits = new long[(int) ((prints + 63) >>> 6)];
    int n = 0;
    int at = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      long id = r.getLong(r.fieldIndex("id"));
      List<Row> ps = r.getList(r.fieldIndex("prints"));
      if (n == ids.length || at + ps.size() > h.length || n > 0 && id <= ids[n - 1]) {
        throw new IllegalStateException("common prints: quote " + id + " at row " + n
            + " is out of order or beyond the " + quotes + " quotes and " + prints + " prints counted");
      }
      ids[n] = id;
      start[n] = at;
      for (Row p : ps) {
        h[at] = p.getInt(0);
        if (p.getBoolean(1)) {
          bits[at >>> 6] |= 1L << at;
        }
        at++;
      }
      n++;
    }
    if (n != ids.length || at != h.length) {
      throw new IllegalStateException("common prints: " + n + " quotes and " + at
          + " prints read, " + quotes + " and " + prints + " counted");
    }
    start[n] = at;
    return new CommonPrints(ids, start, h, bits);
  }

  /** The place of quote {@code id}, or -1 when it holds no common print. */
  int find(long id) {
    int at = Arrays.binarySearch(ids, id);
    return at < 0 ? -1 : at;
  }

  /** How many quotes hold a common print... */
  long quotes() {
    return ids.length;
  }

  /** ... how many such prints they hold in all ... */
  long prints() {
    return prints.length;
  }

  /** ... and the bytes of the arrays that hold them. */
  long bytes() {
    return 12L * ids.length + 4L * prints.length + 8L * ownOnly.length;
  }

  /**
   * Of quote {@code q}'s common prints, how many candidate {@code c} holds (places from {@link
   * #find}; -1 holds none): the uncounted ones in the low word, the own-only ones in the high.
   */
  long held(int q, int c) {
    if (q < 0 || c < 0) {
      return 0;
    }
    int x = start[q];
    int xe = start[q + 1];
    int y = start[c];
    int ye = start[c + 1];
    long uncounted = 0;
    long own = 0;
    while (x < xe && y < ye) {
      int a = prints[x];
      int b = prints[y];
      if (a < b) {
        x++;
      } else if (b < a) {
        y++;
      } else {
        if ((ownOnly[x >>> 6] & 1L << x) != 0) {
          own++;
        } else {
          uncounted++;
        }
        x++;
        y++;
      }
    }
    return own << 32 | uncounted;
  }
}
