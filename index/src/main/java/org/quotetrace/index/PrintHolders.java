package org.quotetrace.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntPredicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The documents holding each print of an index, read once in the order of its terms dictionary:
 * the segments' fingerprint terms merged and each print's postings decoded once for the whole
 * corpus, where working an article at a time looks each of its prints up in every segment (at a
 * million documents that was most of the cost). Holders are kept by their number in the
 * {@linkplain TopSources#before order of documents}, ascending.
 *
 * <p>A print held by one document only names no source and is not kept (most prints are such);
 * of a print held by more than {@code maxDf} documents (common phrasing) only that it is common.
 * An article's prints are the index's own terms of it ({@link Schema#records}), so one of its
 * prints that is not here is its alone. Kept in blocks of primitive arrays: 12 bytes a print and 4
 * a holder, with no array that must grow by copying.
 */
final class PrintHolders implements CandidateSums.Postings {
  private static final int SHIFT = 16;
  private static final int BLOCK = 1 << SHIFT;
  private static final int MASK = BLOCK - 1;
  private static final int MOST_TOP_BITS = 24;

  private final long maxDf;
  // Entry e: its print, ascending as unsigned (the dictionary's order of big-endian bytes), and
  // where its holders start, as -1 - start for a common print (which has none); they end where
  // the next entry's start.
  private long[][] keys = new long[16][];
  private int[][] starts = new int[16][];
  private int[][] holders = new int[16][];
  private int entries;
  private int held;
  // The first entry of each value of a print's top bits, so that a look-up searches a few.
  private int[] directory = {0, 0};
  private int topBits;

  private PrintHolders(long maxDf) {
    this.maxDf = maxDf;
  }

  /**
   * Reads the fingerprint postings of {@code reader}, of its live documents only.
   *
   * @param numbers each document's number by its index-wide Lucene document number
   * @param wanted whether an index-wide document number is of an article this table is for: a
   *     print none of them holds is left out
   * @param budget the most bytes the table may take
   * @return the table, or null when it would take more than {@code budget}
   */
  static PrintHolders read(IndexReader reader, int[] numbers, long maxDf, IntPredicate wanted,
      long budget) throws IOException {
    PrintHolders t = new PrintHolders(maxDf);
    Terms terms = MultiTerms.getTerms(reader, Schema.FP);
    if (terms != null) {
      Bits live = MultiBits.getLiveDocs(reader);
      long deleted = reader.numDeletedDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      int[] buffer = new int[Math.toIntExact(maxDf)];
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        int docFreq = te.docFreq(); // deleted documents included
        if (docFreq < 2) {
          continue;
        }
        long h = decode(term);
        if (docFreq > maxDf + deleted) {
          t.add(h, buffer, -1);
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        int count = 0;
        boolean any = false;
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (live != null && !live.get(d)) {
            continue;
          }
          if (count == buffer.length) {
            count = -1;
            break;
          }
          buffer[count++] = numbers[d];
          any |= wanted.test(d);
        }
        if (count < 0) {
          t.add(h, buffer, -1);
        } else if (count >= 2 && any) {
          Arrays.sort(buffer, 0, count);
          t.add(h, buffer, count);
        }
        if (t.bytes() > budget) {
          return null;
        }
      }
    }
    t.index();
    return t;
  }

  /** How many documents hold {@code print}: 1 when it is not here, more than maxDf when common. */
  long df(long print) {
    int e = find(print);
    if (e < 0) {
      return 1;
    }
    int start = start(e);
    return start < 0 ? maxDf + 1 : end(e) - start;
  }

  @Override
  public int holders(long print, int[] into) {
    int e = find(print);
    if (e < 0 || start(e) < 0) {
      return 0;
    }
    int from = start(e);
    int to = end(e);
    for (int at = from; at < to; at++) {
      into[at - from] = holders[at >>> SHIFT][at & MASK];
    }
    return to - from;
  }

  /** Prints kept (common ones included). */
  long prints() {
    return entries;
  }

  /** Holders kept. */
  long holders() {
    return held;
  }

  /** About what the table takes of the heap. */
  long bytes() {
    return 12L * entries + 4L * held;
  }

  private int start(int e) {
    return starts[e >>> SHIFT][e & MASK];
  }

  private int end(int e) {
    if (e + 1 == entries) {
      return held;
    }
    int next = start(e + 1);
    return next < 0 ? -1 - next : next;
  }

  private long key(int e) {
    return keys[e >>> SHIFT][e & MASK];
  }

  private int find(long h) {
    int top = topBits == 0 ? 0 : (int) (h >>> (64 - topBits));
    int lo = directory[top];
    int hi = directory[top + 1] - 1;
    // Within one value of the top bits, signed order is the unsigned order.
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long k = key(mid);
      if (k < h) {
        lo = mid + 1;
      } else if (k > h) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static long decode(BytesRef term) {
    long h = 0;
    for (int i = 0; i < 8; i++) {
      h = h << 8 | (term.bytes[term.offset + i] & 0xFF);
    }
    return h;
  }

  private void add(long h, int[] from, int count) {
    int e = entries;
    if ((e >>> SHIFT) == keys.length) {
      keys = Arrays.copyOf(keys, 2 * keys.length);
      starts = Arrays.copyOf(starts, 2 * starts.length);
    }
    if (keys[e >>> SHIFT] == null) {
      keys[e >>> SHIFT] = new long[BLOCK];
      starts[e >>> SHIFT] = new int[BLOCK];
    }
    keys[e >>> SHIFT][e & MASK] = h;
    starts[e >>> SHIFT][e & MASK] = count < 0 ? -1 - held : held;
    entries = Math.addExact(entries, 1);
    for (int i = 0; i < count; i++) {
      int at = Math.addExact(held, i);
      if ((at >>> SHIFT) == holders.length) {
        holders = Arrays.copyOf(holders, 2 * holders.length);
      }
      if (holders[at >>> SHIFT] == null) {
        holders[at >>> SHIFT] = new int[BLOCK];
      }
      holders[at >>> SHIFT][at & MASK] = from[i];
    }
    if (count > 0) {
      held += count;
    }
  }

  // The directory over the top bits: about one entry for each value.
  private void index() {
    topBits = Math.min(MOST_TOP_BITS, 64 - Long.numberOfLeadingZeros(Math.max(1, entries)));
    directory = new int[(1 << topBits) + 1];
    int e = 0;
    for (int v = 0; v <= 1 << topBits; v++) {
      while (e < entries && v < 1 << topBits && (key(e) >>> (64 - topBits)) < v) {
        e++;
      }
      directory[v] = v == 1 << topBits ? entries : e;
    }
  }
}
