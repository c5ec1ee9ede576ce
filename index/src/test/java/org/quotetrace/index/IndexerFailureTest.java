package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;

/**
 * Every document that fails in a worker counts as failed, whatever was thrown. Regression for
 * issue 12: an OutOfMemoryError on a huge record killed its worker with a stack trace, and the run
 * reported "0 failed" with the document missing.
 */
class IndexerFailureTest {
  @TempDir Path dir;

  /** Stores what it is given, except that some texts make it throw. */
  private static class Store implements Indexer.Store {
    final Set<String> stored = ConcurrentHashMap.newKeySet();
    int commits;

    @Override
    public CorpusWriter.Outcome add(Document doc) {
      if (doc.text().contains("HUGE")) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (doc.text().contains("DEEP")) {
        throw new StackOverflowError();
      }
      if (doc.text().contains("BUG")) {
        throw new IllegalStateException("a reader bug");
      }
      stored.add(doc.id());
      return CorpusWriter.Outcome.ADDED;
    }

    @Override
    public synchronized void commit() {
      commits++;
    }

    @Override
    public long quotesWritten() {
      return 0;
    }
  }

  @Test
  void theReaderWaitsWhileTheTextInFlightWouldPassTheBound() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      lines.append("{\"id\": \"r").append(i).append("\", \"text\": \"")
          .append("The ferry ran late again. ".repeat(2)).append("\"}\n");
    }
    Path file = Files.writeString(dir.resolve("corpus.jsonl"), lines, StandardCharsets.UTF_8);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    Store held = new Store() {
      @Override
      public CorpusWriter.Outcome add(Document doc) {
        try {
          go.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return super.add(doc);
      }
    };
    Indexer indexer = new Indexer(held, 1, Duration.ofSeconds(30), 120);
    Thread run = new Thread(() -> {
      try {
        indexer.run(List.of(file), new CorpusReader(ReadOptions.DEFAULTS), new Indexer.Listener() {
          @Override
          public void progress(long bytesDone, Indexer.Counts counts) {}

          @Override
          public void failure(String where, String message) {}
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    run.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (indexer.counts().read() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(300); // time enough to read on, were it not held back

    // Two texts of about 50 characters fit in 120; the third is read and waits for room.
    assertEquals(3, indexer.counts().read());
    go.countDown();
    run.join(20_000);
    assertEquals(20, indexer.counts().added());
  }

  @Test
  void anErrorInAWorkerCountsItsDocumentAsFailedAndTheOthersAreStillIndexed() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String text = switch (i) {
        case 5 -> "HUGE text";
        case 17 -> "DEEP text";
        case 30 -> "BUG text";
        default -> "Story " + i + ". The ferry ran late.";
      };
      lines.append("{\"id\": \"r").append(i).append("\", \"text\": \"").append(text)
          .append("\"}\n");
    }
    Path file = Files.writeString(dir.resolve("corpus.jsonl"), lines, StandardCharsets.UTF_8);
    for (int threads : new int[] {1, 3}) {
      Store store = new Store();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());

      Indexer.Counts c = assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
          new Indexer(store, threads, Duration.ofSeconds(30), 1 << 20).run(List.of(file),
              new CorpusReader(ReadOptions.DEFAULTS), new Indexer.Listener() {
                @Override
                public void progress(long bytesDone, Indexer.Counts counts) {}

                @Override
                public void failure(String where, String message) {
                  assertFalse(message.contains("\n"), message);
                  failures.add(where + ": " + message);
                }
              }), threads + " threads");

      assertEquals(40, c.read());
      assertEquals(37, c.added());
      assertEquals(3, c.failed(), failures.toString());
      assertEquals(37, store.stored.size());
      assertTrue(store.commits >= 1, "what was indexed is committed");
      Collections.sort(failures);
      assertEquals(3, failures.size());
      assertEquals(file + ":18 (id r17): stack overflow while finding its quotes (9 characters of"
          + " text); not indexed", failures.get(0));
      assertEquals(file + ":31 (id r30): could not be indexed (IllegalStateException: a reader"
          + " bug)", failures.get(1));
      assertEquals(file + ":6 (id r5): out of memory while indexing it (9 characters of text);"
          + " not indexed; give Java more heap (-Xmx) or fewer --threads", failures.get(2));
    }
  }
}
