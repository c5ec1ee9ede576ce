package org.quotetrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.quotetrace.index.CorpusReader;
import org.quotetrace.index.CorpusWriter;
import org.quotetrace.index.IndexException;
import org.quotetrace.index.Indexer;
import org.quotetrace.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace index --index DIR INPUT...}: documents and their quotes into an index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {"Index documents and their quotes for sources, variants and search.",
        "INPUTs are files, folders (walked), JSON Lines files (.jsonl, .ndjson, .jsonl.gz: one"
            + " document a line with id, url, outlet, title, published, kind, text) and web"
            + " archives (.warc, .warc.gz). Documents already indexed unchanged are skipped;"
            + " changed ones are replaced. Safe to stop at any moment: run it again to finish."})
final class IndexCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, .jsonl(.gz), .warc(.gz).")
  List<Path> inputs;

  @Option(names = "--index", required = true, paramLabel = "DIR",
      description = "The index folder: created if missing; must be empty or an index.")
  Path indexDir;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Read plain files as this kind (article, transcript, script, wire, press_release) instead of detecting it.")
  String kind;

  @Option(names = "--encoding", description = "Read plain files in this encoding instead of detecting it.")
  String encoding;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads finding quotes and writing (default: the number of cores).")
  Integer threads;

  @Option(names = "--commit-every", defaultValue = "30", paramLabel = "SECONDS",
      description = "Commit at least this often (default ${DEFAULT-VALUE}): a crash loses at most this much work.")
  int commitEvery;

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      description = "auto (a bar on a terminal, log lines otherwise), bar, log or none.")
  String progress;

  @Mixin Options.Debug debug;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream err = System.err;
    ReadOptions options;
    try {
      options = QuotesCommand.options(kind, null, encoding);
    } catch (IllegalArgumentException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (commitEvery < 1) {
      Messages.error(err, "--commit-every must be at least 1 second");
      return ExitCode.USAGE.code();
    }
    String mode = progress.toLowerCase(Locale.ROOT);
    if (!List.of("auto", "bar", "log", "none").contains(mode)) {
      Messages.error(err, "--progress must be auto, bar, log or none, not '" + progress + "'");
      return ExitCode.USAGE.code();
    }
    if (mode.equals("auto")) {
      mode = isTerminal() ? "bar" : "log";
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      Messages.error(err, "--threads must be at least 1");
      return ExitCode.USAGE.code();
    }
    CorpusReader reader = new CorpusReader(options);
    long total = reader.totalBytes(inputs);
    long started = System.nanoTime();
    Indexer.Counts c;
    try (CorpusWriter writer = CorpusWriter.open(indexDir);
        Progress shown = new Progress(mode, total, err)) {
      Indexer indexer = new Indexer(writer, workers, Duration.ofSeconds(commitEvery));
      try {
        c = indexer.run(inputs, reader, new Indexer.Listener() {
          @Override
          public void progress(long bytesDone, Indexer.Counts counts) {
            shown.update(bytesDone, counts);
          }

          @Override
          public void failure(String where, String message) {
            shown.failure("quotetrace: " + Messages.safe(where + ": " + message));
          }

          @Override
          public void warning(String where, String message) {
            shown.failure("quotetrace: warning: " + where + ": " + message);
          }
        });
      } finally {
        shown.finish(indexer.counts());
      }
    } catch (IndexException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.FAILED.code();
    }
    // Sized once the writer is closed: an open writer's folder also holds the files of a merge
    // being written.
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf(Locale.ROOT, "quotetrace: %s: %,d documents read in %.1f s (%,.0f/s):"
            + " %,d added, %,d replaced, %,d unchanged; %,d failed; %,d quotes written; index %s%n",
        indexDir, c.read(), seconds, c.read() / Math.max(seconds, 1e-9), c.added(), c.replaced(),
        c.unchanged(), c.failed(), c.quotes(), size(indexDir));
    return c.failed() == 0 ? ExitCode.OK.code() : ExitCode.FAILED.code();
  }

  // Console.isTerminal() is JDK 22+; on 21, a console at all means a terminal.
  private static boolean isTerminal() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  static String size(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      long bytes = s.mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0L; // a file removed while the folder was listed, by another process
        }
      }).sum();
      return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30))
          : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    } catch (IOException e) {
      return "of unknown size";
    }
  }

  /** A bar on a terminal, a line every ten seconds in a log, or nothing. */
  private static final class Progress implements AutoCloseable {
    private static final long LOG_EVERY = 10_000_000_000L;
    private final String mode;
    private final long total;
    private final PrintStream err;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private long lastLog = System.nanoTime();
    private long lastBar;

    Progress(String mode, long total, PrintStream err) {
      this.mode = mode;
      this.total = total;
      this.err = err;
      this.bar = mode.equals("bar")
          ? new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(Math.max(1, total))
              .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1L << 20).showSpeed()
              .setUpdateIntervalMillis(500).continuousUpdate().build()
          : null;
    }

    synchronized void update(long bytesDone, Indexer.Counts c) {
      long now = System.nanoTime();
      if (bar != null) {
        if (now - lastBar > 200_000_000L) {
          lastBar = now;
          bar.stepTo(bytesDone);
          bar.setExtraMessage(String.format(Locale.ROOT, " %,d docs %,.0f/s", c.read(),
              c.read() / Math.max((now - start) / 1e9, 1e-9)));
        }
      } else if (mode.equals("log") && now - lastLog >= LOG_EVERY) {
        lastLog = now;
        double s = (now - start) / 1e9;
        double share = total == 0 ? 1 : bytesDone / (double) total;
        long eta = share <= 0 ? -1 : Math.round(s / share - s);
        err.printf(Locale.ROOT, "quotetrace: indexing: %,d documents (%,.0f/s), %.0f%% of input,"
                + " %s left%n", c.read(), c.read() / s, share * 100,
            eta < 0 ? "unknown time" : Duration.ofSeconds(eta).toString().substring(2).toLowerCase(Locale.ROOT));
      }
    }

    synchronized void failure(String line) {
      if (bar != null) {
        // Printed above the bar, which redraws itself below.
        err.print("\r\033[K");
      }
      err.println(line);
    }

    synchronized void finish(Indexer.Counts c) {
      if (bar != null) {
        bar.stepTo(bar.getMax());
        bar.close();
      }
    }

    @Override
    public void close() {}
  }
}
