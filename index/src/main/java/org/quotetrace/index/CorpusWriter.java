package org.quotetrace.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

/**
 * Writes documents and their quotes into an index folder. {@link #add} is safe to call from
 * several threads at once; {@link #commit} makes everything added so far durable.
 *
 * <p>Crash safety is Lucene's: a commit is atomic, and an index killed at any moment opens at its
 * last commit. A document is skipped when the last commit already holds it with the same content,
 * so running the same command again after a crash finishes the job without redoing it. Only one
 * writer can hold a folder: a second process is refused by Lucene's native file lock.
 */
public final class CorpusWriter implements Closeable {
  /** What {@link #add} did with a document. */
  public enum Outcome {
    ADDED,
    REPLACED,
    UNCHANGED
  }

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final DirectoryReader committed;
  /** The commit data every commit writes: the format, and whether every turn has its words. */
  private final Map<String, String> commitData;
  private final QuoteFinder finder = new QuoteFinder();
  /** Ids written in this run: a second document with the same id replaces the first. */
  private final Set<String> written = ConcurrentHashMap.newKeySet();
  private final AtomicLong quotes = new AtomicLong();
  private final QuietMerges merges;
  /** Fingerprints waiting for their segment: see {@link PendingPrints}. */
  private final PendingPrints prints;
  /** The buffer's size in bytes, which the waiting fingerprints count against too. */
  private final long bufferBytes;
  private final AtomicBoolean flushingForPrints = new AtomicBoolean();

  private CorpusWriter(Path dir, Directory directory, IndexWriter writer, DirectoryReader committed,
      QuietMerges merges, PendingPrints prints, long bufferBytes) throws IOException {
    this.dir = dir;
    this.directory = directory;
    // Turns written now carry their words; the index says so only if all of its turns do.
    boolean turnWords = committed == null
        || "1".equals(committed.getIndexCommit().getUserData().get(Schema.TURN_WORDS_KEY));
    this.commitData = turnWords
        ? Map.of(Schema.FORMAT_KEY, Schema.FORMAT, Schema.TURN_WORDS_KEY, "1")
        : Map.of(Schema.FORMAT_KEY, Schema.FORMAT);
    this.writer = writer;
    this.committed = committed;
    this.merges = merges;
    this.prints = prints;
    this.bufferBytes = bufferBytes;
  }

  /**
   * Background merges that fail (the disk full, say) are kept for the writing threads to report,
   * instead of Lucene's default of a stack trace on standard error from the merge thread.
   */
  private static final class QuietMerges extends ConcurrentMergeScheduler {
    private final AtomicReference<Throwable> failed = new AtomicReference<>();

    @Override
    protected void handleMergeException(Throwable exc) {
      failed.compareAndSet(null, exc);
    }
  }

  private void stopIfMergeFailed() throws IndexException {
    Throwable e = merges.failed.get();
    if (e != null) {
      throw failure("cannot merge the index segments", e);
    }
  }

  /** Opens the index in {@code dir} for writing, creating it if the folder is missing or empty. */
  public static CorpusWriter open(Path dir) throws IndexException {
    return open(dir, 256);
  }

  /**
   * @param bufferMegabytes how much indexed text is held in memory before it is written out: more
   *     is faster, but counts against the heap
   */
  public static CorpusWriter open(Path dir, double bufferMegabytes) throws IndexException {
    IndexFolder.State state = IndexFolder.check(dir);
    Directory directory = null;
    IndexWriter writer = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      if (state == IndexFolder.State.INDEX) {
        IndexFolder.checkCommit(dir, directory);
      }
      QuietMerges merges = new QuietMerges();
      WritingCodec codec = new WritingCodec();
      IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
          .setCodec(codec)
          .setMergeScheduler(merges)
          // A flushed segment is left in its own files rather than copied once more into a
          // compound file: on a corpus that is every byte written a second time.
          .setUseCompoundFile(false)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(bufferMegabytes)
          .setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
      DirectoryReader committed =
          state == IndexFolder.State.INDEX ? DirectoryReader.open(directory) : null;
      return new CorpusWriter(dir, directory, writer, committed, merges, codec.prints(),
          (long) (bufferMegabytes * 1024 * 1024));
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IndexException(dir + ": another quotetrace process is writing this index;"
          + " run one index command at a time on a folder", e);
    } catch (IOException e) {
      closeQuietly(writer);
      closeQuietly(directory);
      throw failure(dir, "cannot open the index for writing", e);
    } catch (IndexException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /**
   * Finds the document's quotes and writes it with them, replacing any earlier version; a document
   * the last commit holds unchanged is skipped.
   *
   * @throws IllegalArgumentException when this document alone cannot be indexed; the index and
   *     the writer are fine, and other documents can be added
   * @throws IndexException when the index can no longer be written (the disk is full, say)
   */
  public Outcome add(Document doc) throws IndexException {
    stopIfMergeFailed();
    long hash = Schema.contentHash(doc);
    boolean again = !written.add(doc.id());
    Committed before = again ? null : committed(doc.id());
    // A document written before profiles were stored is written again with its profile: indexing
    // the same inputs again is how an older index gets them.
    if (before != null && before.hash() == hash && before.profiled()) {
      return Outcome.UNCHANGED;
    }
    List<List<IndexableField>> records;
    try {
      Extraction found = finder.find(doc);
      records = Schema.records(doc, found, hash, prints);
    } catch (RuntimeException e) {
      // A fault in quote finding costs this document, not the run.
      throw new IllegalArgumentException("its quotes could not be found (" + e + ")", e);
    }
    try {
      if (again || before != null) {
        writer.updateDocuments(new Term(Schema.OWNER, doc.id()), records);
      } else {
        writer.addDocuments(records);
      }
    } catch (IOException e) {
      throw failure("cannot write " + doc.id(), e);
    } catch (RuntimeException e) {
      if (!writer.isOpen() || writer.getTragicException() != null) {
        throw failure("cannot write " + doc.id(), e);
      }
      // Lucene refused this document alone (a term too long, say) and left the index as it was.
      throw new IllegalArgumentException("Lucene refused it (" + IndexFolder.oneLine(e.getMessage()) + ")", e);
    }
    quotes.addAndGet(records.size() - 1);
    flushIfPrintsFill();
    return again || before != null ? Outcome.REPLACED : Outcome.ADDED;
  }

  /**
   * Writes out the largest buffer when Lucene's buffer and the fingerprints waiting for their
   * segment together fill the buffer's size: Lucene counts only its own, and would otherwise hold
   * about a third more documents a segment, and their prints, before writing one out. One such
   * flush at a time, or every worker would write out a buffer of its own at once.
   */
  private void flushIfPrintsFill() throws IndexException {
    try {
      if (writer.ramBytesUsed() + prints.bytes() <= bufferBytes
          || !flushingForPrints.compareAndSet(false, true)) {
        return;
      }
    } catch (RuntimeException e) {
      // The writer was closed under us: another worker's flush failed (the disk filled, say).
      throw failure("cannot write the index", e);
    }
    try {
      writer.flushNextBuffer();
    } catch (IOException | RuntimeException e) {
      throw failure("cannot write the index", e);
    } finally {
      flushingForPrints.set(false);
    }
  }

  /** Makes every document added so far durable. */
  public void commit() throws IndexException {
    stopIfMergeFailed();
    writer.setLiveCommitData(commitData.entrySet());
    try {
      writer.commit();
    } catch (IOException | RuntimeException e) {
      throw failure("cannot commit", e);
    }
  }

  /**
   * Commits, waits for the segment merges running or started by that commit, and commits what they
   * made. Closing rolls back, which throws away a merge still running: at the end of a run over a
   * million documents that left 26 segments, each searched in turn by every later lookup, and the
   * merge work already done was lost.
   */
  void commitMerged() throws IndexException {
    commit();
    try {
      merges.sync();
    } catch (RuntimeException e) {
      // Lucene's ThreadInterruptedException: what the first commit holds is durable all the same.
      throw failure("every document is committed, but waiting for the segment merges failed", e);
    }
    commit();
  }

  /**
   * Writes out the largest buffer of added documents not being written out already, on the
   * calling thread; what it holds is committed by the next {@link #commit}.
   */
  void flushBuffer() throws IndexException {
    stopIfMergeFailed();
    try {
      writer.flushNextBuffer();
    } catch (IOException | RuntimeException e) {
      throw failure("cannot write the index", e);
    }
  }

  /** Quote records written by this writer. */
  public long quotesWritten() {
    return quotes.get();
  }

  /** Closes without committing: what was not committed is dropped, the last commit stays. */
  @Override
  public void close() {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      // Rolling back only discards; the last commit is untouched whatever happens here.
    }
    closeQuietly(committed);
    closeQuietly(directory);
  }

  /** The last commit's record of a document: its content hash, and whether it carries its profile. */
  private record Committed(long hash, boolean profiled) {}

  private Committed committed(String id) throws IndexException {
    if (committed == null) {
      return null;
    }
    BytesRef term = new BytesRef(id);
    try {
      for (LeafReaderContext leaf : committed.leaves()) {
        Terms terms = leaf.reader().terms(Schema.OWNER);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(term)) {
          continue;
        }
        PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
        NumericDocValues hashes = leaf.reader().getNumericDocValues(Schema.HASH);
        BinaryDocValues profiles = leaf.reader().getBinaryDocValues(Schema.PROFILE);
        Bits live = leaf.reader().getLiveDocs();
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if ((live == null || live.get(d)) && hashes != null && hashes.advanceExact(d)) {
            return new Committed(hashes.longValue(), profiles != null && profiles.advanceExact(d));
          }
        }
      }
    } catch (IOException e) {
      throw failure("cannot read the index", e);
    }
    return null;
  }

  private IndexException failure(String what, Throwable e) {
    return failure(dir, what, e);
  }

  private static IndexException failure(Path dir, String what, Throwable e) {
    if (IndexFolder.isDiskFull(e)) {
      return new IndexException(dir + ": the disk is full; what was committed before is intact —"
          + " free some space and run the same command again", e);
    }
    String why = e instanceof IOException io ? IndexFolder.reason(io)
        : IndexFolder.oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    return new IndexException(dir + ": " + what + " (" + why + ")", e);
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException | RuntimeException e) {
        // Closing after a failure: the first failure is the one reported.
      }
    }
  }
}
