package org.quotetrace.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.codecs.DocValuesProducer;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * A document's {@link Schema#FP} hashes kept aside until its segment is written, instead of being
 * inverted term by term in Lucene's memory: there each of an article's ~300 eight-byte terms was a
 * hash table lookup that missed the memory cache (the largest single cost of indexing, JFR), where
 * here a segment's prints are sorted once, by a radix sort, as it is written. The postings written
 * are the very ones Lucene writes from its own memory (same terms, same documents, DOCS only, no
 * norms), so the files and the index format are unchanged.
 *
 * <p>A document's prints are found again at flush by its content hash ({@link Schema#HASH}, the
 * document record's doc values, written before the postings): the same hash means the same
 * document, so the same prints. Each time Lucene starts inverting a document's {@link #tokens} it
 * adds one claim, and each document record of a segment written takes one: a document Lucene
 * refused after starting it still has its record (deleted) in the segment, as before.
 */
final class PendingPrints {
  private final ConcurrentHashMap<Long, Entry> byHash = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  private static final class Entry {
    final long[] hashes;
    int claims;

    Entry(long[] hashes) {
      this.hashes = hashes;
    }
  }

  /** Heap the prints waiting for their segment hold, roughly; Lucene's buffer does not count it. */
  long bytes() {
    return bytes.get();
  }

  /** Documents waiting for their segment to be written. */
  int waiting() {
    return byHash.size();
  }

  /**
   * The {@link Schema#FP} field's stream for a document: no tokens, its hashes put aside as Lucene
   * starts on it.
   */
  TokenStream tokens(long contentHash, long[] hashes) {
    return new Aside(contentHash, hashes);
  }

  private void claim(long contentHash, long[] hashes) {
    byHash.compute(contentHash, (k, e) -> {
      if (e == null) {
        e = new Entry(hashes);
        bytes.addAndGet(16L + 8L * hashes.length + 64);
      }
      e.claims++;
      return e;
    });
  }

  private long[] take(long contentHash) {
    long[][] out = {null};
    byHash.computeIfPresent(contentHash, (k, e) -> {
      out[0] = e.hashes;
      if (--e.claims > 0) {
        return e;
      }
      bytes.addAndGet(-(16L + 8L * e.hashes.length + 64));
      return null;
    });
    return out[0];
  }

  private final class Aside extends TokenStream {
    private final long contentHash;
    private final long[] hashes;

    Aside(long contentHash, long[] hashes) {
      // Lucene reads the term attribute of every indexed field's stream, tokens or none.
      addAttribute(BytesTermAttribute.class);
      this.contentHash = contentHash;
      this.hashes = hashes;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      claim(contentHash, hashes);
    }

    @Override
    public boolean incrementToken() {
      return false;
    }
  }

  /**
   * {@code fields} with {@link Schema#FP}'s terms added from the prints of the segment's documents
   * (and any Lucene inverted itself), in the order the postings writer expects.
   */
  Fields withPrints(Fields fields, SegmentWriteState state) throws IOException {
    FieldInfo fp = state.fieldInfos.fieldInfo(Schema.FP);
    FieldInfo hash = state.fieldInfos.fieldInfo(Schema.HASH);
    if (fp == null || hash == null || byHash.isEmpty()) {
      return fields;
    }
    List<int[]> docs = new ArrayList<>();
    List<long[]> prints = new ArrayList<>();
    // A document whose prints Lucene inverted takes none of those put aside under its hash: they
    // are another copy's, the same document added again through this class.
    FixedBitSet inverted = new FixedBitSet(Math.max(1, state.segmentInfo.maxDoc()));
    Terms own = fields.terms(Schema.FP);
    if (own != null) {
      addInverted(own, docs, prints, inverted);
    }
    SegmentReadState read = new SegmentReadState(state.directory, state.segmentInfo,
        state.fieldInfos, IOContext.DEFAULT, state.segmentSuffix);
    try (DocValuesProducer values =
        state.segmentInfo.getCodec().docValuesFormat().fieldsProducer(read)) {
      NumericDocValues hashes = values.getNumeric(hash);
      for (int d = hashes.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = hashes.nextDoc()) {
        if (inverted.get(d)) {
          continue;
        }
        long[] p = take(hashes.longValue());
        if (p != null && p.length > 0) {
          docs.add(new int[] {d});
          prints.add(p);
        }
      }
    }
    if (docs.isEmpty()) {
      return fields;
    }
    int n = docs.size();
    int[] doc = new int[n];
    long[][] p = new long[n][];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(docs.get(a)[0], docs.get(b)[0]));
    for (int i = 0; i < n; i++) {
      doc[i] = docs.get(order[i])[0];
      p[i] = prints.get(order[i]);
    }
    Terms terms = new SortedPrints(doc, p);
    return new Fields() {
      @Override
      public Iterator<String> iterator() {
        TreeSet<String> names = new TreeSet<>();
        fields.forEach(names::add);
        names.add(Schema.FP);
        return names.iterator();
      }

      @Override
      public Terms terms(String field) throws IOException {
        return field.equals(Schema.FP) ? terms : fields.terms(field);
      }

      @Override
      public int size() {
        int size = fields.size();
        for (String f : fields) {
          if (f.equals(Schema.FP)) {
            return size;
          }
        }
        return size + 1;
      }
    };
  }

  /** Terms Lucene inverted itself (a document indexed without {@link #tokens}), one entry a term and document. */
  private static void addInverted(Terms terms, List<int[]> docs, List<long[]> prints,
      FixedBitSet inverted) throws IOException {
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = h << 8 | t.bytes[t.offset + i] & 0xFF;
      }
      pe = te.postings(pe, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        docs.add(new int[] {d});
        prints.add(new long[] {h});
        inverted.set(d);
      }
    }
  }

  /**
   * The segment's prints as terms in byte order (unsigned, big-endian), each with its documents in
   * order. Sorted a range of the hash space at a time, so that a large segment's pairs are never
   * all copied at once.
   */
  static final class SortedPrints extends Terms {
    /** Pairs sorted at a time, about: 24 MB with the sort's copy. */
    private static final int CHUNK = 1 << 20;
    private final int[] doc;
    private final long[][] prints;
    /** The top bits of a hash that say its range: a range's pairs are sorted at once. */
    private final int bits;
    /** Pairs in each range. */
    private final int[] counts;

    SortedPrints(int[] doc, long[][] prints) {
      this.doc = doc;
      this.prints = prints;
      long pairs = 0;
      for (long[] p : prints) {
        pairs += p.length;
      }
      int b = 0;
      while (b < 16 && (pairs >>> b) > CHUNK) {
        b++;
      }
      this.bits = b;
      this.counts = new int[1 << b];
      for (long[] p : prints) {
        for (long h : p) {
          counts[range(h)]++;
        }
      }
    }

    private int range(long h) {
      return bits == 0 ? 0 : (int) (h >>> (64 - bits));
    }

    @Override
    public TermsEnum iterator() {
      return new Enum();
    }

    @Override
    public long size() {
      return -1;
    }

    @Override
    public long getSumTotalTermFreq() {
      return -1;
    }

    @Override
    public long getSumDocFreq() {
      return -1;
    }

    @Override
    public int getDocCount() {
      return -1;
    }

    @Override
    public boolean hasFreqs() {
      return false;
    }

    @Override
    public boolean hasOffsets() {
      return false;
    }

    @Override
    public boolean hasPositions() {
      return false;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    private final class Enum extends BaseTermsEnum {
      private final byte[] bytes = new byte[8];
      private final BytesRef term = new BytesRef(bytes);
      private int chunk = -1;
      /** The chunk's pairs sorted by hash, then document; duplicates dropped. */
      private long[] hashes = new long[0];
      private int[] docs = new int[0];
      private long[] scratchHashes;
      private int[] scratchDocs;
      private int size;
      /** The current term's pairs: [from, to). */
      private int from;
      private int to;

      @Override
      public BytesRef next() {
        from = to;
        while (from >= size) {
          if (chunk + 1 >= 1 << bits) {
            return null;
          }
          load(++chunk);
          from = 0;
        }
        long h = hashes[from];
        to = from + 1;
        while (to < size && hashes[to] == h) {
          to++;
        }
        HashTokens.encode(h, bytes);
        return term;
      }

      private void load(int c) {
        int count = counts[c];
        if (hashes.length < count) {
          // Sized for the largest range at once: ranges are about the same size.
          int size = Arrays.stream(counts).max().getAsInt();
          hashes = new long[size];
          docs = new int[size];
          scratchHashes = new long[size];
          scratchDocs = new int[size];
        }
        long[] h = hashes;
        int[] d = docs;
        int k = 0;
        for (int i = 0; i < prints.length; i++) {
          for (long v : prints[i]) {
            if (range(v) == c) {
              h[k] = v;
              d[k++] = doc[i];
            }
          }
        }
        radixSort(h, d, count, scratchHashes, scratchDocs);
        // A hash twice in one document is one posting.
        int n = 0;
        for (int i = 0; i < count; i++) {
          if (n == 0 || h[i] != h[n - 1] || d[i] != d[n - 1]) {
            h[n] = h[i];
            d[n++] = d[i];
          }
        }
        size = n;
        to = 0;
      }

      @Override
      public BytesRef term() {
        return term;
      }

      @Override
      public int docFreq() {
        return to - from;
      }

      @Override
      public long totalTermFreq() {
        return to - from;
      }

      @Override
      public PostingsEnum postings(PostingsEnum reuse, int flags) {
        return new Docs(docs, from, to);
      }

      @Override
      public ImpactsEnum impacts(int flags) {
        throw new UnsupportedOperationException();
      }

      @Override
      public SeekStatus seekCeil(BytesRef text) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void seekExact(long ord) {
        throw new UnsupportedOperationException();
      }

      @Override
      public long ord() {
        throw new UnsupportedOperationException();
      }
    }
  }

  /**
   * Sorts {@code h[0, n)} as unsigned numbers, carrying {@code d} along, stably: pairs gathered in
   * document order stay in document order under each hash. A byte that is the same in every hash
   * (the top ones, within one range of the hash space) costs no pass.
   */
  static void radixSort(long[] h, int[] d, int n) {
    radixSort(h, d, n, new long[n], new int[n]);
  }

  /** {@link #radixSort(long[], int[], int)} with scratch arrays of at least {@code n}. */
  static void radixSort(long[] h, int[] d, int n, long[] h2, int[] d2) {
    long and = -1;
    long or = 0;
    for (int i = 0; i < n; i++) {
      and &= h[i];
      or |= h[i];
    }
    long differ = and ^ or;
    long[] hs = h;
    int[] ds = d;
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      if ((differ >>> shift & 0xFF) == 0) {
        continue;
      }
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (hs[i] >>> shift & 0xFF) + 1]++;
      }
      for (int b = 0; b < 256; b++) {
        count[b + 1] += count[b];
      }
      for (int i = 0; i < n; i++) {
        int at = count[(int) (hs[i] >>> shift & 0xFF)]++;
        h2[at] = hs[i];
        d2[at] = ds[i];
      }
      long[] th = hs;
      hs = h2;
      h2 = th;
      int[] td = ds;
      ds = d2;
      d2 = td;
    }
    if (hs != h) {
      System.arraycopy(hs, 0, h, 0, n);
      System.arraycopy(ds, 0, d, 0, n);
    }
  }

  /** One term's documents, in order. */
  private static final class Docs extends PostingsEnum {
    private final int[] docs;
    private final int end;
    private int at;
    private int doc = -1;

    Docs(int[] docs, int from, int to) {
      this.docs = docs;
      this.at = from;
      this.end = to;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      doc = at < end ? docs[at++] : NO_MORE_DOCS;
      return doc;
    }

    @Override
    public int advance(int target) {
      while (nextDoc() < target) {
        // the writer walks every document in turn
      }
      return doc;
    }

    @Override
    public long cost() {
      return end - at;
    }

    @Override
    public int freq() {
      return 1;
    }

    @Override
    public int nextPosition() {
      return -1;
    }

    @Override
    public int startOffset() {
      return -1;
    }

    @Override
    public int endOffset() {
      return -1;
    }

    @Override
    public BytesRef getPayload() {
      return null;
    }
  }
}
