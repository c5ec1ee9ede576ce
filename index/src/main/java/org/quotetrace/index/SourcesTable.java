package org.quotetrace.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The {@linkplain TopSources top sources} of every article of a local index, one article at a
 * time: an article's prints are worked out from its stored text, each print's documents are read
 * from the index's postings, and only what one article needs is held, besides the id, kind and
 * time of every document (about 100 bytes a document).
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

  private static final Set<String> ARTICLE_FIELDS = Set.of(Schema.OWNER, Schema.TEXT, Schema.PUBLISHED);
  private static final Set<String> QUOTE_FIELDS = Set.of(Schema.QSTART, Schema.QEND, Schema.QTEXT, Schema.TURN);

  /** Every article's top {@code top} sources, in the index's order of documents. */
  public static Counts all(CorpusIndex index, int top, Sink sink) throws IOException {
    List<LeafReaderContext> leaves = index.reader().leaves();
    int maxDoc = index.reader().maxDoc();
    String[] ids = new String[maxDoc];
    String[] kinds = new String[maxDoc];
    long[] times = new long[maxDoc];
    FixedBitSet[] docRecords = new FixedBitSet[leaves.size()];
    FixedBitSet[] anyRecords = new FixedBitSet[leaves.size()];
    long documents = 0;
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
        documents++;
      }
    }
    long maxDf = TopSources.maxDf(documents);
    TermsEnum[] terms = new TermsEnum[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      Terms t = leaf.reader().terms(Schema.FP);
      terms[leaf.ord] = t == null ? null : t.iterator();
    }
    long articles = 0;
    long withSources = 0;
    long pairs = 0;
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : leaves) {
      LeafReader r = leaf.reader();
      FixedBitSet docs = docRecords[leaf.ord];
      FixedBitSet blocks = anyRecords[leaf.ord];
      Bits liveHere = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      for (int d = docs.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
          d = d + 1 >= docs.length() ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(d + 1)) {
        articles++;
        int global = leaf.docBase + d;
        Document a = stored.document(d, ARTICLE_FIELDS);
        // A document's quote records follow it in its block, up to the next document record.
        List<TopSources.Quote> quotes = new ArrayList<>();
        for (int q = d + 1; q < r.maxDoc() && !blocks.get(q); q++) {
          if (liveHere != null && !liveHere.get(q)) {
            continue;
          }
          Document qr = stored.document(q, QUOTE_FIELDS);
          if (qr.get(Schema.TURN) == null) {
            quotes.add(new TopSources.Quote(number(qr, Schema.QSTART), number(qr, Schema.QEND),
                qr.get(Schema.QTEXT)));
          }
        }
        long[] prints = Fingerprints.distinct(Fingerprints.winnow(
            Fingerprints.Stemmed.of(a.get(Schema.TEXT)).shingles(Schema.DOC_GRAM), Schema.DOC_WINDOW));
        long[] kept = new long[prints.length];
        long[] df = new long[prints.length];
        int n = 0;
        Map<Integer, long[]> held = new HashMap<>();
        Map<Integer, Integer> heldCount = new HashMap<>();
        int[] holders = new int[(int) Math.min(maxDf + 1, Integer.MAX_VALUE - 8)];
        for (long h : prints) {
          int count = 0;
          boolean common = false;
          for (LeafReaderContext other : leaves) {
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
            if (s == global || !TopSources.before(times[s], ids[s], times[global], ids[global])) {
              continue;
            }
            long[] list = held.get(s);
            int size = heldCount.getOrDefault(s, 0);
            if (list == null || size == list.length) {
              list = list == null ? new long[8] : java.util.Arrays.copyOf(list, list.length * 2);
              held.put(s, list);
            }
            list[size] = h;
            heldCount.put(s, size + 1);
          }
        }
        if (held.isEmpty()) {
          continue;
        }
        List<TopSources.Candidate> candidates = new ArrayList<>(held.size());
        for (Map.Entry<Integer, long[]> e : held.entrySet()) {
          int s = e.getKey();
          candidates.add(new TopSources.Candidate(ids[s], times[s], kinds[s],
              java.util.Arrays.copyOf(e.getValue(), heldCount.get(s))));
        }
        TopSources.Article article = new TopSources.Article(ids[global], times[global],
            java.util.Arrays.copyOf(kept, n), java.util.Arrays.copyOf(df, n), quotes);
        List<TopSources.Pair> ranked = TopSources.rank(article, candidates, documents, top);
        if (!ranked.isEmpty()) {
          withSources++;
        }
        for (TopSources.Pair p : ranked) {
          sink.pair(p);
          pairs++;
        }
      }
    }
    return new Counts(articles, withSources, pairs);
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
