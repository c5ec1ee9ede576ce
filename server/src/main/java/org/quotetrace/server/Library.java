package org.quotetrace.server;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.CorpusReader;
import org.quotetrace.index.CorpusWriter;
import org.quotetrace.index.IndexException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;

/**
 * The shared index: readers take the latest commit as a {@link Snapshot}; additions are written
 * one request at a time, committed, and only then shown to new readers, so that searches go on
 * while documents are added.
 */
final class Library implements AutoCloseable {
  /** Failures listed in an answer; beyond this they are only counted. */
  static final int FAILURES_LISTED = 50;

  private final Path dir;
  private final Object writing = new Object();
  private volatile Snapshot current;

  Library(Path dir) throws IndexException {
    this.dir = dir;
    this.current = openIfThere();
  }

  private Snapshot openIfThere() throws IndexException {
    return CorpusIndex.exists(dir) ? new Snapshot(CorpusIndex.open(dir)) : null;
  }

  /** The latest commit, to be closed after use; empty while nothing has been indexed. */
  Optional<Snapshot> snapshot() {
    while (true) {
      Snapshot s = current;
      if (s == null) {
        return Optional.empty();
      }
      if (s.retain()) {
        return Optional.of(s);
      }
    }
  }

  /** What adding a body of JSON Lines did. */
  record Added(long added, long replaced, long unchanged, long failed, List<String[]> failures) {}

  Added add(InputStream jsonLines, String name) throws IndexException, InterruptedException {
    synchronized (writing) {
      long[] n = new long[4];
      List<String[]> failures = new ArrayList<>();
      IndexException[] broken = {null};
      try (CorpusWriter writer = CorpusWriter.open(dir)) {
        new CorpusReader(ReadOptions.DEFAULTS).readJsonLines(jsonLines, name,
            new CorpusReader.Sink() {
              @Override
              public void document(Document doc, long bytesDone) {
                if (broken[0] != null) {
                  return;
                }
                try {
                  switch (writer.add(doc)) {
                    case ADDED -> n[0]++;
                    case REPLACED -> n[1]++;
                    case UNCHANGED -> n[2]++;
                  }
                } catch (IllegalArgumentException e) {
                  failure(name + " " + doc.id(), e.getMessage());
                } catch (IndexException e) {
                  broken[0] = e;
                }
              }

              @Override
              public void failure(String where, String message) {
                n[3]++;
                if (failures.size() < FAILURES_LISTED) {
                  failures.add(new String[] {where, message});
                }
              }
            });
        if (broken[0] != null) {
          throw broken[0];
        }
        if (n[0] + n[1] > 0) {
          writer.commit();
        }
      }
      if (n[0] + n[1] > 0) {
        reopen();
      }
      return new Added(n[0], n[1], n[2], n[3], failures);
    }
  }

  private void reopen() throws IndexException {
    Snapshot fresh = new Snapshot(CorpusIndex.open(dir));
    Snapshot old = current;
    current = fresh;
    if (old != null) {
      old.close();
    }
  }

  @Override
  public void close() {
    Snapshot s = current;
    current = null;
    if (s != null) {
      s.close();
    }
  }
}
