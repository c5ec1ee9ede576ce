package org.quotetrace.server;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.Variants;

/**
 * The index at one commit, counted by the requests reading it: a newer commit replaces it for new
 * requests while the ones under way finish on this one, which is closed after the last.
 */
final class Snapshot implements AutoCloseable {
  private final CorpusIndex index;
  private final AtomicInteger readers = new AtomicInteger(1);
  private Variants.Clustering clustering;

  Snapshot(CorpusIndex index) {
    this.index = index;
  }

  CorpusIndex index() {
    return index;
  }

  /** Every quote grouped with its variants; done once per commit (and saved by Variants). */
  synchronized Variants.Clustering clustering() throws IOException {
    if (clustering == null) {
      clustering = new Variants(index).cluster();
    }
    return clustering;
  }

  /** False when the snapshot was closed meanwhile: ask for the current one again. */
  boolean retain() {
    while (true) {
      int n = readers.get();
      if (n == 0) {
        return false;
      }
      if (readers.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  @Override
  public void close() {
    if (readers.decrementAndGet() == 0) {
      try {
        index.close();
      } catch (IOException e) {
        // Only readers are closed here; nothing is lost.
      }
    }
  }
}
