package org.quotetrace.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.quotetrace.text.Document;

/**
 * Indexes a corpus: reads the inputs on the calling thread and hands the documents to workers that
 * find their quotes and write them, committing at a steady interval and once at the end.
 *
 * <p>The interval bounds what a crash can cost: a killed run loses at most the documents added
 * since the last commit, and running it again skips everything committed.
 */
public final class Indexer {
  private static final Document END = Document.article("\u0000end", "");

  /** Running totals. */
  public record Counts(long read, long added, long replaced, long unchanged, long failed,
      long quotes, long commits) {}

  /** Hears how indexing goes; called from the reading thread and from workers. */
  public interface Listener {
    /** Input bytes consumed so far; called often, so keep it cheap. */
    void progress(long bytesDone, Counts counts);

    /** One line about an input or a document that could not be indexed. */
    void failure(String where, String message);

    /** One line about something odd that was indexed anyway, or passed over on purpose. */
    default void warning(String where, String message) {}
  }

  /** Where documents go: the corpus writer, or in tests a stand-in that can fail at will. */
  interface Store {
    CorpusWriter.Outcome add(Document doc) throws IndexException;

    void commit() throws IndexException;

    long quotesWritten();

    /** The run's last commit. */
    default void commitLast() throws IndexException {
      commit();
    }

    /**
     * Writes out one buffer of added documents, the calling worker's own if it is the largest:
     * called by each worker as it finishes, so that the last buffers are written out side by side
     * instead of one after another by the final commit.
     */
    default void flushBuffer() throws IndexException {}
  }

  private final Store writer;
  private final int threads;
  private final Duration commitEvery;
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong added = new AtomicLong();
  private final AtomicLong replaced = new AtomicLong();
  private final AtomicLong unchanged = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicReference<IndexException> fatal = new AtomicReference<>();
  /** When the last periodic commit ended (System.nanoTime), or the run began. */
  private final AtomicLong lastCommitEnded = new AtomicLong();
  private final Semaphore inFlight;
  private final int inFlightChars;

  /**
   * @param threads workers finding quotes and writing; the reading thread is extra
   * @param commitEvery how long at most between commits
   */
  public Indexer(CorpusWriter writer, int threads, Duration commitEvery) {
    this(new Store() {
      @Override
      public CorpusWriter.Outcome add(Document doc) throws IndexException {
        return writer.add(doc);
      }

      @Override
      public void commit() throws IndexException {
        writer.commit();
      }

      @Override
      public long quotesWritten() {
        return writer.quotesWritten();
      }

      @Override
      public void commitLast() throws IndexException {
        writer.commitMerged();
      }

      @Override
      public void flushBuffer() throws IndexException {
        writer.flushBuffer();
      }
    }, threads, commitEvery, IN_FLIGHT_CHARS);
  }

  /** @param inFlightChars at most this many characters of text queued or being indexed */
  Indexer(Store writer, int threads, Duration commitEvery, int inFlightChars) {
    this.inFlightChars = inFlightChars;
    this.inFlight = new Semaphore(inFlightChars);
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    this.writer = writer;
    this.threads = threads;
    this.commitEvery = commitEvery;
  }

  public Counts counts() {
    return new Counts(read.get(), added.get(), replaced.get(), unchanged.get(), failed.get(),
        writer.quotesWritten(), commits.get());
  }

  /**
   * Reads and indexes every input, then commits.
   *
   * @throws IndexException when the index could not be written; what the last commit holds stays
   */
  public Counts run(List<Path> inputs, CorpusReader reader, Listener listener)
      throws IndexException, InterruptedException {
    BlockingQueue<Document> queue = new ArrayBlockingQueue<>(256);
    List<Thread> workers = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      Thread t = new Thread(() -> work(queue, listener), "quotetrace-index-" + k);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    lastCommitEnded.set(System.nanoTime());
    // The periodic commit runs beside the reader: committed on the reading thread, it stopped the
    // reading while Lucene wrote out every buffer, and the workers ran dry behind it.
    Thread[] committing = {null};
    try {
      reader.read(inputs, new CorpusReader.Sink() {
        @Override
        public void document(Document doc, long bytesDone) throws InterruptedException {
          stopIfFailed();
          read.incrementAndGet();
          inFlight.acquire(weight(doc));
          queue.put(doc);
          progress(bytesDone);
        }

        @Override
        public void failure(String where, String message) {
          failed.incrementAndGet();
          listener.failure(where, message);
        }

        @Override
        public void warning(String where, String message) {
          listener.warning(where, message);
        }

        @Override
        public void progress(long bytesDone) throws InterruptedException {
          stopIfFailed();
          listener.progress(bytesDone, counts());
          // Timed from the end of the last commit, as on the reading thread: a commit that takes
          // longer than the interval is not followed at once by another one.
          if (System.nanoTime() - lastCommitEnded.get() >= commitEvery.toNanos()
              && (committing[0] == null || !committing[0].isAlive())) {
            Thread t = new Thread(Indexer.this::commitAside, "quotetrace-commit");
            t.setDaemon(true);
            committing[0] = t;
            t.start();
          }
        }
      });
    } catch (Stop e) {
      // a worker failed for good: stop reading, report below
    } finally {
      try {
        for (int k = 0; k < threads; k++) {
          queue.put(END);
        }
        for (Thread t : workers) {
          t.join();
        }
      } finally {
        // Joined even when the waits above are interrupted, so that closing the writer never
        // races a commit still writing.
        if (committing[0] != null) {
          joinUninterruptibly(committing[0]);
        }
      }
    }
    if (fatal.get() != null) {
      throw fatal.get();
    }
    writer.commitLast();
    commits.incrementAndGet();
    return counts();
  }

  /**
   * A periodic commit, off the reading thread; a failure stops the run at the next document. An
   * Error (out of memory while writing the buffers) is caught too: the thread would otherwise die
   * unseen and the run go on to fail later for a reason that hides this one.
   */
  private void commitAside() {
    try {
      writer.commit();
      commits.incrementAndGet();
    } catch (IndexException e) {
      fatal.compareAndSet(null, e);
    } catch (Throwable e) {
      fatal.compareAndSet(null, new IndexException("cannot commit (" + e + ")", e));
    } finally {
      lastCommitEnded.set(System.nanoTime());
    }
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void stopIfFailed() {
    if (fatal.get() != null) {
      throw new Stop();
    }
  }

  private void work(BlockingQueue<Document> queue, Listener listener) {
    while (true) {
      Document doc;
      try {
        doc = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (doc == END) {
        if (fatal.get() == null) {
          try {
            writer.flushBuffer();
          } catch (IndexException e) {
            fatal.compareAndSet(null, e);
          }
        }
        return;
      }
      if (fatal.get() != null) {
        inFlight.release(weight(doc));
        continue; // drain: the reader will stop at its next document
      }
      try {
        switch (writer.add(doc)) {
          case ADDED -> added.incrementAndGet();
          case REPLACED -> replaced.incrementAndGet();
          case UNCHANGED -> unchanged.incrementAndGet();
        }
      } catch (IllegalArgumentException e) {
        failed(doc, e.getMessage(), listener);
      } catch (IndexException e) {
        fatal.compareAndSet(null, e);
      } catch (Throwable e) {
        // Anything else (a reader bug, a stack overflow on a pathological text, the heap
        // exhausted by a huge one) costs this document: a worker that died here would leave the
        // document uncounted and the run claiming success. The memory a failed document held is
        // released as the stack unwinds, so the next document starts afresh.
        failed(doc, describe(e, doc), listener);
      } finally {
        inFlight.release(weight(doc));
      }
    }
  }

  /**
   * Text characters queued or being indexed at once. The queue is bounded in documents too, but
   * 256 documents of tens of megabytes each would not fit in any heap; a document larger than
   * this is indexed alone.
   */
  static final int IN_FLIGHT_CHARS = 64 << 20;

  private int weight(Document doc) {
    return Math.min(doc.text().length(), inFlightChars);
  }

  private void failed(Document doc, String message, Listener listener) {
    failed.incrementAndGet();
    // A record of a JSON Lines file or a WARC has an origin (file:line, URL) other than its id.
    String where = doc.origin().equals(doc.id()) ? doc.origin()
        : doc.origin() + " (id " + Reasons.oneLine(doc.id(), 80) + ")";
    listener.failure(where, message);
  }

  static String describe(Throwable e, Document doc) {
    if (e instanceof OutOfMemoryError) {
      return "out of memory while indexing it (" + doc.text().length()
          + " characters of text); not indexed; give Java more heap (-Xmx) or fewer --threads";
    }
    if (e instanceof StackOverflowError) {
      return "stack overflow while finding its quotes (" + doc.text().length()
          + " characters of text); not indexed";
    }
    String m = e.getMessage();
    return "could not be indexed (" + e.getClass().getSimpleName()
        + (m == null || m.isBlank() ? "" : ": " + Reasons.oneLine(m, 200)) + ")";
  }

  /** Unwinds the reader when indexing cannot go on. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }
}
