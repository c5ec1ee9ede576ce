package org.quotetrace.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.Format;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Offsets;

/**
 * A quotetrace index opened for reading at its last commit. Safe to share between threads; a
 * writer may go on committing meanwhile, unseen until the index is opened again.
 */
public final class CorpusIndex implements Closeable {
  private final Path dir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final DocProfiles profiles = new DocProfiles(DocProfiles.BUDGET);
  private volatile FixedBitSet documentRecords;
  private final boolean turnWords;
  private final boolean profilesStored;

  private CorpusIndex(Path dir, Directory directory, DirectoryReader reader) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.turnWords = "1".equals(reader.getIndexCommit().getUserData().get(Schema.TURN_WORDS_KEY));
    this.profilesStored = everyProfileStored(reader);
  }

  /**
   * Whether every document carries its stored profile ({@link Schema#PROFILE}); false for an
   * index written before they were, whose documents' profiles are made from their texts when
   * sources are looked up: the same answers, more slowly.
   */
  public boolean profilesStored() {
    return profilesStored;
  }

  /**
   * A line to show a person when finding sources here is slower than it could be, and what to do
   * about it; empty when there is nothing to say.
   */
  public Optional<String> notice() {
    return profilesStored ? Optional.empty() : Optional.of(dir + ": indexed before document"
        + " profiles were stored, so finding sources reads and stems each candidate (slower);"
        + " index the same inputs into it again to store them");
  }

  private static boolean everyProfileStored(DirectoryReader reader) throws IOException {
    Term doc = new Term(Schema.TYPE, Schema.DOC);
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      int records = r.docFreq(doc);
      if (records == 0) {
        continue;
      }
      BinaryDocValues profiles = r.getBinaryDocValues(Schema.PROFILE);
      // Both counts take in deleted records: when they differ, the live ones are looked at.
      if (profiles != null && profiles.cost() == records) {
        continue;
      }
      profiles = r.getBinaryDocValues(Schema.PROFILE);
      Bits live = r.getLiveDocs();
      PostingsEnum p = r.postings(doc, PostingsEnum.NONE);
      for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
        if ((live == null || live.get(d)) && (profiles == null || !profiles.advanceExact(d))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether every turn carries {@link Schema#TURN_WORDS}, so that turns can be searched by them. */
  boolean turnWordsIndexed() {
    return turnWords;
  }

  /**
   * @throws IndexException when the folder is missing, empty, not a quotetrace index, or damaged
   */
  public static CorpusIndex open(Path dir) throws IndexException {
    if (IndexFolder.check(dir) != IndexFolder.State.INDEX) {
      throw new IndexException(dir + ": no index here yet; build one with quotetrace index --index "
          + dir + " FILE...");
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(dir);
      return new CorpusIndex(dir, directory, IndexFolder.openReader(dir, directory));
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot open the index (" + IndexFolder.reason(e) + ")", e);
    } catch (IndexException e) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // the reason it could not be opened is the one to report
      }
      throw e;
    }
  }

  /**
   * Whether {@code dir} holds a committed index; false when it is missing or empty (a writer would
   * create one there).
   *
   * @throws IndexException when the folder holds something other than a quotetrace index
   */
  public static boolean exists(Path dir) throws IndexException {
    return IndexFolder.check(dir) == IndexFolder.State.INDEX;
  }

  /** Documents in the index. */
  public int documents() throws IOException {
    return searcher.count(new TermQuery(new Term(Schema.TYPE, Schema.DOC)));
  }

  /** Quotes in the index, transcript turns included. */
  public int quotes() throws IOException {
    return searcher.count(new TermQuery(new Term(Schema.TYPE, Schema.QUOTE)));
  }

  /** The document with this id, read back as it was indexed (turns found again). */
  public Optional<org.quotetrace.text.Document> document(String id) throws IOException {
    int at = record(id);
    return at < 0 ? Optional.empty() : Optional.of(document(searcher.storedFields(), at));
  }

  /**
   * The document with this id and its speech quotes as indexed ({@link #extraction(StoredFields,
   * int)}), to trace against it without finding its quotes again.
   */
  public Optional<Extraction> extraction(String id) throws IOException {
    int at = record(id);
    return at < 0 ? Optional.empty() : Optional.of(extraction(searcher.storedFields(), at));
  }

  /** The Lucene doc id of the document record with this id, or -1. */
  private int record(String id) throws IOException {
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.OWNER, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.TYPE, Schema.DOC)), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(q, 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  /** The document stored at a Lucene doc id of a document record. */
  org.quotetrace.text.Document document(StoredFields stored, int docId) throws IOException {
    Document d = stored.document(docId);
    String id = d.get(Schema.OWNER);
    DocumentKind kind = DocumentKind.parse(d.get(Schema.KIND));
    org.quotetrace.text.Document parsed = Readers.parse(id, d.get(Schema.TEXT),
        ReadOptions.DEFAULTS.withKind(kind).withFormat(Format.TEXT));
    org.quotetrace.text.Document.Builder b = parsed.toBuilder().origin(d.get(Schema.ORIGIN));
    if (d.get(Schema.TITLE) != null) {
      b.title(d.get(Schema.TITLE));
    }
    if (d.get(Schema.OUTLET) != null) {
      b.outlet(d.get(Schema.OUTLET));
    }
    published(d).ifPresent(b::published);
    return b.build();
  }

  /**
   * The document at a document record with the speech quotes found when it was indexed, in text
   * order, each speaker with its mention and basis: tracing against it does not find them again.
   * A document indexed before quote records were kept whole has them found again. Quotes with no
   * words and titles are not indexed, and so are not here.
   */
  Extraction extraction(StoredFields stored, int docId) throws IOException {
    org.quotetrace.text.Document doc = document(stored, docId);
    if (stored.document(docId, java.util.Set.of(Schema.QUOTES_WHOLE)).getField(Schema.QUOTES_WHOLE)
        == null) {
      return new QuoteFinder().find(doc);
    }
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.OWNER, doc.id())), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.TYPE, Schema.QUOTE)), BooleanClause.Occur.FILTER)
        .build();
    int n = searcher.count(q);
    List<Quote> quotes = new ArrayList<>(n);
    if (n > 0) {
      String text = doc.text();
      Offsets cp = Offsets.of(text);
      java.util.Set<String> fields = java.util.Set.of(Schema.QSTART, Schema.QEND, Schema.TURN,
          Schema.SPEAKER, Schema.QWHO);
      for (ScoreDoc hit : searcher.search(q, n).scoreDocs) {
        quotes.add(Schema.quote(stored.document(hit.doc, fields), text, cp));
      }
      quotes.sort(java.util.Comparator.comparing(Quote::span));
    }
    return new Extraction(doc, quotes, List.of());
  }

  /** Where a document came from and what it is: what a quote shows of its document. */
  record Owner(String origin, DocumentKind kind, Optional<String> outlet) {}

  /** The owner of quotes, by document id; looked up once per id for one answer. */
  Owner owner(String id, java.util.Map<String, Owner> seen) throws IOException {
    Owner o = seen.get(id);
    if (o != null) {
      return o;
    }
    int at = record(id);
    if (at < 0) {
      o = new Owner(id, DocumentKind.ARTICLE, Optional.empty());
    } else {
      Document d = searcher.storedFields().document(at,
          java.util.Set.of(Schema.ORIGIN, Schema.KIND, Schema.OUTLET));
      o = new Owner(d.get(Schema.ORIGIN), DocumentKind.parse(d.get(Schema.KIND)),
          Optional.ofNullable(d.get(Schema.OUTLET)));
    }
    seen.put(id, o);
    return o;
  }

  static Optional<Instant> published(Document d) {
    IndexableField f = d.getField(Schema.PUBLISHED);
    return f == null || f.numericValue() == null
        ? Optional.empty() : Optional.of(Instant.ofEpochMilli(f.numericValue().longValue()));
  }

  /**
   * The Lucene doc ids of the document records: a turn's document is the nearest one before it.
   * Found once for the index as opened, where every search for turns listed them again.
   */
  FixedBitSet documentRecords() throws IOException {
    FixedBitSet d = documentRecords;
    if (d == null) {
      d = new FixedBitSet(Math.max(1, reader.maxDoc()));
      Query q = new TermQuery(new Term(Schema.TYPE, Schema.DOC));
      Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer s = w.scorer(leaf);
        if (s == null) {
          continue;
        }
        DocIdSetIterator it = s.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          d.set(leaf.docBase + doc);
        }
      }
      documentRecords = d;
    }
    return d;
  }

  /** What the source finder has measured of this index's documents. */
  DocProfiles profiles() {
    return profiles;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  DirectoryReader reader() {
    return reader;
  }

  /** The index's folder. */
  Path folder() {
    return dir;
  }

  /**
   * The commit this index was opened at: its segments file, and a key naming it (that file and
   * the random id Lucene gives each commit).
   */
  record Commit(String segmentsFile, String key) {}

  Commit commit() throws IOException {
    IndexCommit c = reader.getIndexCommit();
    SegmentInfos infos = SegmentInfos.readCommit(directory, c.getSegmentsFileName());
    return new Commit(c.getSegmentsFileName(),
        c.getSegmentsFileName() + " " + StringHelper.idToString(infos.getId()));
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
