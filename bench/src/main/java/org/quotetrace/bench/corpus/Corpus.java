package org.quotetrace.bench.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quotetrace.bench.corpus.Segment.Chunk;
import org.quotetrace.bench.corpus.Segment.Output;

/**
 * Generates a corpus in stretches of {@link Options#segment()} documents, on {@link
 * Options#threads()} threads, and writes each stretch's lines to the files in corpus order as soon
 * as the stretches before it are written. At most one stretch per thread and one more are held in
 * memory, so memory stays flat whatever the corpus size.
 */
final class Corpus {
  private final Options options;
  private final Vocabulary v;
  private final Synonyms synonyms;

  /** What was written and how long it took. */
  record Summary(long docs, long[] byRole, long quotes, long bytes, double seconds) {
    String line() {
      return String.format(Locale.ROOT,
          "corpus: %d docs (%d transcripts, %d quoting articles, %d wire copies, %d unrelated"
              + " articles), %d labelled quotes, %,d bytes, %.1f s, %.0f docs/s",
          docs, byRole[0], byRole[1], byRole[2], byRole[3], quotes, bytes, seconds,
          docs / Math.max(seconds, 1e-9));
    }
  }

  Corpus(Options options, Vocabulary v, Synonyms synonyms) {
    this.options = options;
    this.v = v;
    this.synonyms = synonyms;
  }

  Summary write() throws IOException {
    long t0 = System.nanoTime();
    Cast cast = new Cast(v, options.seed());
    long docs = options.docs();
    int segments = (int) ((docs + options.segment() - 1) / options.segment());
    long[] byRole = new long[Segment.Role.values().length];
    long quotes = 0;
    Path dir = options.out();
    Files.createDirectories(dir);
    OutputStream[] files = new OutputStream[options.files()];
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
      Thread t = new Thread(runnable, "corpus-segment");
      t.setDaemon(true);
      return t;
    });
    try (OutputStream labels = open(dir.resolve("labels.jsonl"))) {
      ArrayDeque<Future<Output>> running = new ArrayDeque<>();
      int next = 0;
      while (next < segments || !running.isEmpty()) {
        while (next < segments && running.size() <= options.threads()) {
          int index = next++;
          long from = (long) index * options.segment();
          long to = Math.min(docs, from + options.segment());
          running.add(pool.submit(() -> new Segment(options, v, synonyms, cast, index, from, to).make()));
        }
        Output out = take(running.removeFirst());
        for (Chunk c : out.chunks()) {
          if (files[c.file()] == null) {
            files[c.file()] = open(dir.resolve(fileName(c.file())));
          }
          files[c.file()].write(c.bytes());
        }
        labels.write(out.labels());
        for (int k = 0; k < byRole.length; k++) {
          byRole[k] += out.byRole()[k];
        }
        quotes += out.quotes();
      }
    } finally {
      pool.shutdownNow();
      IOException failed = null;
      for (int i = 0; i < files.length; i++) {
        try {
          if (files[i] != null) {
            files[i].close();
          } else {
            // With fewer documents than files some get none; they are still written, empty.
            Files.write(dir.resolve(fileName(i)), new byte[0]);
          }
        } catch (IOException e) {
          failed = e;
        }
      }
      if (failed != null) {
        throw failed;
      }
    }
    long bytes = Files.size(dir.resolve("labels.jsonl"));
    for (int i = 0; i < files.length; i++) {
      bytes += Files.size(dir.resolve(fileName(i)));
    }
    return new Summary(docs, byRole, quotes, bytes, (System.nanoTime() - t0) / 1e9);
  }

  static String fileName(int index) {
    return String.format(Locale.ROOT, "corpus-%03d.jsonl", index);
  }

  private static OutputStream open(Path p) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(p), 1 << 20);
  }

  private static Output take(Future<Output> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while generating the corpus");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  static String id(long i) {
    return Segment.id(i);
  }
}
