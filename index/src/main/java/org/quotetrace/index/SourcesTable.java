package org.quotetrace.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.quotetrace.trace.Fingerprints;

/**
 * The {@linkplain TopSources top sources} of every article of a local index. The index's
 * fingerprint postings are first read once, print by print, into a table of each print's holders
 * ({@link PrintHolders}); then each article's prints, worked out from its stored text, are looked
 * up there and what each earlier document holds of it is added up ({@link CandidateSums}), as the
 * Spark job does. Articles are worked out on several threads, each with its own readers, and handed
 * to the sink in the index's order.
 *
 * <p>The table holds about 4 bytes a holder of a print shared by two to {@link TopSources#maxDf}
 * documents; when the heap is short for it, articles are taken in several passes over the index's
 * order, each reading the postings again and keeping only the prints its articles hold. Where two
 * documents share an id and a time (no index written by {@link CorpusWriter} has two) the order of
 * documents numbers them apart wrongly, and every article looks its prints up in the index instead.
 */
public final class SourcesTable {
  private SourcesTable() {}

  /** Receives the rows of the table, article by article. */
  @FunctionalInterface
  public interface Sink {
    void pair(TopSources.Pair pair) throws IOException;
  }

  /** What the run covered. */
  public record Counts(long articles, long withSources, long pairs) {}

  /**
   * The share of the heap a pass's table of holders may take: the rest holds the id, kind and time
   * of every document (about 100 bytes each), the threads' work and a batch of rows. At a million
   * generated documents the whole table took about 390 MB (the heap after a collection held 130 MB
   * before it was read, 520-530 MB after), so one pass in 2 GB.
   */
  private static final double HEAP_SHARE = 0.4;
  private static final Set<String> ARTICLE_FIELDS = Set.of(Schema.OWNER, Schema.TEXT, Schema.PUBLISHED);
  private static final Set<String> QUOTE_FIELDS = Set.of(Schema.QSTART, Schema.QEND, Schema.QTEXT, Schema.TURN);

  /**
   * Every article's top {@code top} sources, in the index's order of documents, worked out on one
   * thread a processor (at most four).
   */
  public static Counts all(CorpusIndex index, int top, Sink sink) throws IOException {
    return all(index, top, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), sink);
  }

  /**
   * Every article's top {@code top} sources, in the index's order of documents, on {@code threads}
   * threads. The sink is called on the caller's thread, article by article in the index's order,
   * so the table is the same for any number of threads.
   */
  public static Counts all(CorpusIndex index, int top, int threads, Sink sink) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    return all(index, top, threads, 1, (long) (HEAP_SHARE * Runtime.getRuntime().maxMemory()), sink);
  }

  /**
   * The same, the articles taken in at least {@code passes} passes over the index's order, more
   * when a pass's table of holders would take more than {@code budget} bytes.
   */
  static Counts all(CorpusIndex index, int top, int threads, int passes, long budget, Sink sink)
      throws IOException {
    Corpus c = new Corpus(index);
    long[] articles = c.articles();
    Order order = Order.of(c, articles);
    if (order == null) {
      return run(articles, threads, sink, () -> new Lookups(c, top));
    }
    long withSources = 0;
    long pairs = 0;
    int span = Math.max(1, (articles.length + passes - 1) / passes);
    for (int from = 0; from < articles.length; ) {
      long[] slice = Arrays.copyOfRange(articles, from, Math.min(articles.length, from + span));
      int lo = c.global(slice[0]);
      int hi = c.global(slice[slice.length - 1]);
      PrintHolders table = PrintHolders.read(index.reader(), order.numbers(), c.maxDf,
          d -> d >= lo && d <= hi, slice.length == 1 ? Long.MAX_VALUE : budget);
      if (table == null) {
        span = (span + 1) / 2; // too large for the heap: half as many articles a pass
        continue;
      }
      Counts part = run(slice, threads, sink, () -> new Sums(c, top, order, table));
      withSources += part.withSources();
      pairs += part.pairs();
      from += slice.length;
    }
    return new Counts(articles.length, withSources, pairs);
  }

  /**
   * The same table, each article looking its prints up in every segment of the index: the way
   * before the table of holders, slower by a factor that grows with the corpus, kept to check it.
   */
  static Counts lookingUp(CorpusIndex index, int top, int threads, Sink sink) throws IOException {
    Corpus c = new Corpus(index);
    return run(c.articles(), threads, sink, () -> new Lookups(c, top));
  }

  /** Makes one thread's worker. */
  @FunctionalInterface
  private interface Workers {
    Worker make() throws IOException;
  }

  private static Counts run(long[] articles, int threads, Sink sink, Workers make)
      throws IOException {
    long withSources = 0;
    long pairs = 0;
    if (threads == 1) {
      Worker w = make.make();
      for (long at : articles) {
        List<TopSources.Pair> ranked = w.article((int) (at >>> 32), (int) at);
        if (!ranked.isEmpty()) {
          withSources++;
        }
        for (TopSources.Pair p : ranked) {
          sink.pair(p);
          pairs++;
        }
      }
      return new Counts(articles.length, withSources, pairs);
    }
    // Batches of articles are cut into one contiguous slice a thread; a batch's rows go to the
    // sink in order once all its slices are done, so memory holds one batch's sources.
    final int batch = 256 * threads;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quotetrace-sources");
      t.setDaemon(true);
      return t;
    });
    ThreadLocal<Worker> workers = ThreadLocal.withInitial(() -> {
      try {
        return make.make();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      for (int from = 0; from < articles.length; from += batch) {
        int to = Math.min(articles.length, from + batch);
        int slice = (to - from + threads - 1) / threads;
        List<Future<List<List<TopSources.Pair>>>> parts = new ArrayList<>(threads);
        for (int sf = from; sf < to; sf += slice) {
          int lo = sf;
          int hi = Math.min(to, sf + slice);
          parts.add(pool.submit(() -> {
            Worker w = workers.get();
            List<List<TopSources.Pair>> out = new ArrayList<>(hi - lo);
            for (int i = lo; i < hi; i++) {
              out.add(w.article((int) (articles[i] >>> 32), (int) articles[i]));
            }
            return out;
          }));
        }
        for (Future<List<List<TopSources.Pair>>> part : parts) {
          for (List<TopSources.Pair> ranked : done(part)) {
            if (!ranked.isEmpty()) {
              withSources++;
            }
            for (TopSources.Pair p : ranked) {
              sink.pair(p);
              pairs++;
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Counts(articles.length, withSources, pairs);
  }

  private static <T> T done(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while listing sources");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  /** What every article's work reads and nobody writes: the id, kind and time of each document. */
  private static final class Corpus {
    final List<LeafReaderContext> leaves;
    final String[] ids;
    final String[] kinds;
    final long[] times;
    final FixedBitSet[] docRecords;
    final FixedBitSet[] anyRecords;
    final long documents;
    final long maxDf;

    Corpus(CorpusIndex index) throws IOException {
      leaves = index.reader().leaves();
      int maxDoc = index.reader().maxDoc();
      ids = new String[maxDoc];
      kinds = new String[maxDoc];
      times = new long[maxDoc];
      docRecords = new FixedBitSet[leaves.size()];
      anyRecords = new FixedBitSet[leaves.size()];
      long n = 0;
      Map<String, String> kindNames = new HashMap<>();
      for (LeafReaderContext leaf : leaves) {
        LeafReader r = leaf.reader();
        anyRecords[leaf.ord] = records(r, null);
        FixedBitSet docs = docRecords[leaf.ord] = records(r, r.getLiveDocs());
        StoredFields stored = r.storedFields();
        NumericDocValues published = r.getNumericDocValues(Schema.PUBLISHED);
        for (int d = docs.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
            d = d + 1 >= docs.length() ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(d + 1)) {
          Document f = stored.document(d, Set.of(Schema.OWNER, Schema.KIND));
          ids[leaf.docBase + d] = f.get(Schema.OWNER);
          kinds[leaf.docBase + d] = kindNames.computeIfAbsent(f.get(Schema.KIND), k -> k);
          times[leaf.docBase + d] = published != null && published.advanceExact(d)
              ? published.longValue() : Long.MAX_VALUE;
          n++;
        }
      }
      documents = n;
      maxDf = TopSources.maxDf(documents);
    }

    /** Articles as (segment, document) pairs packed into longs, in the index's order. */
    long[] articles() {
      long[] out = new long[Math.toIntExact(documents)];
      int a = 0;
      for (LeafReaderContext leaf : leaves) {
        FixedBitSet docs = docRecords[leaf.ord];
        for (int d = docs.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
            d = d + 1 >= docs.length() ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(d + 1)) {
          out[a++] = (long) leaf.ord << 32 | d;
        }
      }
      return out;
    }

    /** The index-wide document number of a packed article. */
    int global(long article) {
      return leaves.get((int) (article >>> 32)).docBase + (int) article;
    }
  }

  /**
   * The documents numbered in the order of documents ({@link TopSources#before}), so that earlier
   * is smaller: by index-wide document number ({@code -1} for a record that is no document), and
   * back.
   */
  private record Order(int[] numbers, int[] documents) {
    /**
     * The order of the {@code articles} ({@link Corpus#articles}), or null when two documents
     * share an id and a time and so one place.
     */
    static Order of(Corpus c, long[] articles) {
      Integer[] docs = new Integer[articles.length];
      int n = 0;
      for (long a : articles) {
        docs[n++] = c.global(a);
      }
      Arrays.sort(docs, (x, y) -> c.times[x] != c.times[y] ? Long.compare(c.times[x], c.times[y])
          : c.ids[x].compareTo(c.ids[y]));
      int[] numbers = new int[c.ids.length];
      Arrays.fill(numbers, -1);
      int[] documents = new int[docs.length];
      for (int i = 0; i < docs.length; i++) {
        if (i > 0 && !TopSources.before(c.times[docs[i - 1]], c.ids[docs[i - 1]],
            c.times[docs[i]], c.ids[docs[i]])) {
          return null;
        }
        numbers[docs[i]] = i;
        documents[i] = docs[i];
      }
      return new Order(numbers, documents);
    }
  }

  /** An article as stored: its number in the index, its distinct prints and its quotes. */
  private record Stored(int global, long[] prints, List<TopSources.Quote> quotes) {}

  /** One thread's readers (Lucene's enumerators and stored fields are not shared) and buffers. */
  private abstract static class Worker {
    final Corpus c;
    final int top;
    private final StoredFields[] stored;

    Worker(Corpus c, int top) throws IOException {
      this.c = c;
      this.top = top;
      stored = new StoredFields[c.leaves.size()];
      for (LeafReaderContext leaf : c.leaves) {
        stored[leaf.ord] = leaf.reader().storedFields();
      }
    }

    /** The ranked sources of the article at document {@code d} of segment {@code ord}. */
    abstract List<TopSources.Pair> article(int ord, int d) throws IOException;

    Stored read(int ord, int d) throws IOException {
      LeafReaderContext leaf = c.leaves.get(ord);
      LeafReader r = leaf.reader();
      FixedBitSet blocks = c.anyRecords[ord];
      Bits liveHere = r.getLiveDocs();
      StoredFields fields = stored[ord];
      Document a = fields.document(d, ARTICLE_FIELDS);
      // A document's quote records follow it in its block, up to the next document record.
      List<TopSources.Quote> quotes = new ArrayList<>();
      for (int q = d + 1; q < r.maxDoc() && !blocks.get(q); q++) {
        if (liveHere != null && !liveHere.get(q)) {
          continue;
        }
        Document qr = fields.document(q, QUOTE_FIELDS);
        if (qr.get(Schema.TURN) == null) {
          quotes.add(new TopSources.Quote(number(qr, Schema.QSTART), number(qr, Schema.QEND),
              qr.get(Schema.QTEXT)));
        }
      }
      long[] prints = Fingerprints.distinct(Fingerprints.winnow(
          Fingerprints.Stemmed.of(a.get(Schema.TEXT)).shingles(Schema.DOC_GRAM), Schema.DOC_WINDOW));
      return new Stored(leaf.docBase + d, prints, quotes);
    }

    TopSources.Candidate candidate(int s, long[] shared) {
      return new TopSources.Candidate(c.ids[s], c.times[s], c.kinds[s], shared);
    }
  }

  /** Adds up what earlier documents hold of an article in the table of every print's holders. */
  private static final class Sums extends Worker {
    private final Order order;
    private final PrintHolders table;
    private final CandidateSums sums;

    Sums(Corpus c, int top, Order order, PrintHolders table) throws IOException {
      super(c, top);
      this.order = order;
      this.table = table;
      sums = new CandidateSums(table, c.documents, Math.toIntExact(c.maxDf));
    }

    @Override
    List<TopSources.Pair> article(int ord, int d) throws IOException {
      Stored a = read(ord, d);
      long[] kept = new long[a.prints().length];
      long[] df = new long[kept.length];
      int n = 0;
      for (long h : a.prints()) {
        long count = table.df(h);
        if (count <= c.maxDf) {
          kept[n] = h;
          df[n] = count;
          n++;
        }
      }
      kept = Arrays.copyOf(kept, n);
      df = Arrays.copyOf(df, n);
      List<String> texts = new ArrayList<>(a.quotes().size());
      for (TopSources.Quote q : a.quotes()) {
        texts.add(q.text());
      }
      List<CandidateSums.Candidate> found = sums.of(order.numbers()[a.global()], kept, df, texts);
      if (found.isEmpty()) {
        return List.of();
      }
      List<TopSources.Candidate> candidates = new ArrayList<>(found.size());
      for (CandidateSums.Candidate f : found) {
        candidates.add(candidate(order.documents()[f.number()], f.shared()));
      }
      int g = a.global();
      return TopSources.rank(new TopSources.Article(c.ids[g], c.times[g], kept, df, a.quotes()),
          candidates, c.documents, top);
    }
  }

  /** Looks each of an article's prints up in the terms dictionary of every segment. */
  private static final class Lookups extends Worker {
    private final TermsEnum[] terms;
    private final int[] holders;
    private PostingsEnum postings;

    Lookups(Corpus c, int top) throws IOException {
      super(c, top);
      terms = new TermsEnum[c.leaves.size()];
      for (LeafReaderContext leaf : c.leaves) {
        Terms t = leaf.reader().terms(Schema.FP);
        terms[leaf.ord] = t == null ? null : t.iterator();
      }
      holders = new int[(int) Math.min(c.maxDf + 1, Integer.MAX_VALUE - 8)];
    }

    @Override
    List<TopSources.Pair> article(int ord, int d) throws IOException {
      Stored a = read(ord, d);
      int global = a.global();
      long[] prints = a.prints();
      List<TopSources.Quote> quotes = a.quotes();
      long[] kept = new long[prints.length];
      long[] df = new long[prints.length];
      int n = 0;
      Map<Integer, long[]> held = new HashMap<>();
      Map<Integer, Integer> heldCount = new HashMap<>();
      for (long h : prints) {
        int count = 0;
        boolean common = false;
        for (LeafReaderContext other : c.leaves) {
          TermsEnum te = terms[other.ord];
          if (te == null || !te.seekExact(HashTokens.term(h))) {
            continue;
          }
          Bits live = other.reader().getLiveDocs();
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int p = postings.nextDoc(); p != DocIdSetIterator.NO_MORE_DOCS; p = postings.nextDoc()) {
            if (live != null && !live.get(p)) {
              continue;
            }
            if (count == holders.length) {
              common = true;
              break;
            }
            holders[count++] = other.docBase + p;
          }
          if (common) {
            break;
          }
        }
        if (common) {
          continue; // held by more than maxDf documents: common phrasing
        }
        kept[n] = h;
        df[n] = count;
        n++;
        for (int k = 0; k < count; k++) {
          int s = holders[k];
          if (s == global || !TopSources.before(c.times[s], c.ids[s], c.times[global], c.ids[global])) {
            continue;
          }
          long[] list = held.get(s);
          int size = heldCount.getOrDefault(s, 0);
          if (list == null || size == list.length) {
            list = list == null ? new long[8] : Arrays.copyOf(list, list.length * 2);
            held.put(s, list);
          }
          list[size] = h;
          heldCount.put(s, size + 1);
        }
      }
      if (held.isEmpty()) {
        return List.of();
      }
      List<TopSources.Candidate> candidates = new ArrayList<>(held.size());
      for (Map.Entry<Integer, long[]> e : held.entrySet()) {
        int s = e.getKey();
        candidates.add(candidate(s, Arrays.copyOf(e.getValue(), heldCount.get(s))));
      }
      TopSources.Article article = new TopSources.Article(c.ids[global], c.times[global],
          Arrays.copyOf(kept, n), Arrays.copyOf(df, n), quotes);
      return TopSources.rank(article, candidates, c.documents, top);
    }
  }

  // The document records of a segment, those of {@code live} only when it is given.
  private static FixedBitSet records(LeafReader r, Bits live) throws IOException {
    FixedBitSet out = new FixedBitSet(Math.max(1, r.maxDoc()));
    PostingsEnum p = r.postings(new Term(Schema.TYPE, Schema.DOC), PostingsEnum.NONE);
    if (p != null) {
      for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
        if (live == null || live.get(d)) {
          out.set(d);
        }
      }
    }
    return out;
  }

  private static int number(Document d, String field) {
    IndexableField f = d.getField(field);
    return f.numericValue().intValue();
  }
}
