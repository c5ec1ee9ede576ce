package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;

/**
 * The reader keeps reading while a periodic commit is written, and each worker writes out a
 * buffer as it finishes, so that the end of a run is not one thread writing every buffer.
 */
class IndexerPipelineTest {
  @TempDir Path dir;

  private static final Indexer.Listener QUIET = new Indexer.Listener() {
    @Override
    public void progress(long bytesDone, Indexer.Counts counts) {}

    @Override
    public void failure(String where, String message) {}
  };

  private Path corpus(int documents) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < documents; i++) {
      lines.append("{\"id\": \"r").append(i).append("\", \"text\": \"The ferry ran late again, ")
          .append(i).append(" times.\"}\n");
    }
    return Files.writeString(dir.resolve("corpus.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static class Store implements Indexer.Store {
    final Set<String> stored = ConcurrentHashMap.newKeySet();
    final Set<String> committers = ConcurrentHashMap.newKeySet();
    final AtomicInteger commits = new AtomicInteger();
    final AtomicInteger flushes = new AtomicInteger();

    @Override
    public CorpusWriter.Outcome add(Document doc) {
      stored.add(doc.id());
      return CorpusWriter.Outcome.ADDED;
    }

    @Override
    public void commit() throws IndexException {
      committers.add(Thread.currentThread().getName());
      commits.incrementAndGet();
    }

    @Override
    public long quotesWritten() {
      return 0;
    }

    @Override
    public void flushBuffer() throws IndexException {
      flushes.incrementAndGet();
    }
  }

  @Test
  void documentsAreStillReadAndAddedWhileAPeriodicCommitIsBeingWritten() throws Exception {
    Path file = corpus(200);
    CountDownLatch inCommit = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean releasedInTime = new AtomicBoolean(true);
    Store store = new Store() {
      @Override
      public void commit() throws IndexException {
        super.commit();
        if (!Thread.currentThread().getName().equals("quotetrace-commit")) {
          return; // the final commit
        }
        inCommit.countDown();
        try {
          // Held until every document is in: were the commit on the reading thread, no
          // document after it could be read and the run would never end.
          if (!release.await(20, TimeUnit.SECONDS)) {
            releasedInTime.set(false); // asserted on the test's own thread below
          }
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public CorpusWriter.Outcome add(Document doc) {
        CorpusWriter.Outcome o = super.add(doc);
        if (stored.size() == 200) {
          release.countDown();
        }
        return o;
      }
    };
    // Every document is due for a commit: one is written at a time, beside the reading.
    Indexer.Counts c = new Indexer(store, 2, Duration.ofNanos(1), 1 << 20)
        .run(List.of(file), new CorpusReader(ReadOptions.DEFAULTS), QUIET);

    assertEquals(0, inCommit.getCount(), "a periodic commit was made");
    assertTrue(releasedInTime.get(), "the reader went on reading while the commit was held");
    assertEquals(200, c.added());
    assertTrue(store.committers.contains("quotetrace-commit"), store.committers.toString());
    assertTrue(c.commits() >= 2, "the periodic commit and the final one: " + c.commits());
  }

  @Test
  void eachWorkerWritesOutABufferAsItFinishes() throws Exception {
    Path file = corpus(30);
    Store store = new Store();
    Indexer.Counts c = new Indexer(store, 3, Duration.ofSeconds(30), 1 << 20)
        .run(List.of(file), new CorpusReader(ReadOptions.DEFAULTS), QUIET);

    assertEquals(30, c.added());
    assertEquals(3, store.flushes.get());
    assertEquals(1, store.commits.get());
  }

  @Test
  void aPeriodicCommitThatFailsStopsTheRunWithItsError() throws Exception {
    Path file = corpus(500);
    Store store = new Store() {
      @Override
      public void commit() throws IndexException {
        super.commit();
        throw new IndexException("the disk is full");
      }
    };
    IndexException e = assertThrows(IndexException.class,
        () -> new Indexer(store, 2, Duration.ofNanos(1), 1 << 20)
            .run(List.of(file), new CorpusReader(ReadOptions.DEFAULTS), QUIET));

    assertEquals("the disk is full", e.getMessage());
    assertTrue(store.committers.stream().allMatch("quotetrace-commit"::equals),
        "no final commit after the failure: " + store.committers);
  }
}
