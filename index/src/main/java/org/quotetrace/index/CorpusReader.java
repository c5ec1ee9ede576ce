package org.quotetrace.index;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;

/**
 * Reads the inputs of a corpus into documents: files, folders, JSON Lines files of records and WARC
 * web archives.
 *
 * <ul>
 *   <li>A folder is walked depth first, each folder's entries sorted by name (code unit order), so
 *       two runs over the same tree see the same order. Hidden entries (names starting with a dot)
 *       and anything but regular files and folders are left out.
 *   <li>{@code *.jsonl}, {@code *.ndjson} (also {@code .gz}): one JSON object a line with {@code
 *       id} and {@code text}, and optionally {@code url}, {@code outlet}, {@code title}, {@code
 *       published} and {@code kind}.
 *   <li>{@code *.warc}, {@code *.warc.gz}: every {@code response} with status 200 and every {@code
 *       resource} whose content is HTML or plain text.
 *   <li>Anything else is one document, read by {@link Readers#read(Path, ReadOptions)}.
 * </ul>
 *
 * <p>Bad input never throws. A file, line or record that cannot be read is reported to the {@link
 * Sink} with its place, and reading goes on with the next line or record (in a WARC, after a
 * broken record, with the next place a record starts), or, where the rest of a file cannot be
 * trusted (a cut-off gzip stream), with the next input. What was read before is kept.
 */
public final class CorpusReader {
  private static final int MAX_WARNINGS_PER_FILE = 3;

  private final ReadOptions options;
  private final JsonLinesInput jsonLines;
  private final WarcInput warc;

  /**
   * @param options how to read each text; {@link ReadOptions#maxBytes()} also bounds a JSON line
   *     and a WARC payload
   */
  public CorpusReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.jsonLines = new JsonLinesInput(options);
    this.warc = new WarcInput(options);
  }

  /** Receives what {@link #read} finds, in input order, on the thread that called it. */
  public interface Sink {
    /**
     * A document read.
     *
     * @param bytesDone input bytes consumed so far over all inputs, as stored on disk (compressed
     *     bytes for {@code .gz}); never decreases and never exceeds {@link #totalBytes}
     */
    void document(Document doc, long bytesDone) throws InterruptedException;

    /**
     * Something that could not be read.
     *
     * @param where the file as given ({@code corpus/a.txt}), a line in it ({@code a.jsonl:12}) or
     *     the byte offset in the file of the WARC record where reading failed ({@code
     *     crawl.warc.gz@40960}; for gzip, where that record's gzip member starts)
     * @param message one line saying what is wrong, without the place
     */
    void failure(String where, String message) throws InterruptedException;

    /**
     * Something odd that did not stop a document or file from being read, or an entry that was
     * passed over on purpose: a record's {@code published} value that is not a time, a named pipe
     * in a folder.
     *
     * @param where as for {@link #failure}
     * @param message one line, without the place
     */
    default void warning(String where, String message) throws InterruptedException {}

    /**
     * Bytes consumed where no document came out: skipped WARC records, failures, and the end of
     * each input, so that the last figure reported equals {@link #totalBytes}.
     */
    default void progress(long bytesDone) throws InterruptedException {}
  }

  /**
   * The total size of the inputs as stored on disk, folders walked as {@link #read} walks them, for
   * a progress bar. Inputs that cannot be read count as nothing.
   */
  public long totalBytes(List<Path> inputs) {
    long[] total = {0};
    try {
      visit(
          inputs,
          new Visitor() {
            @Override
            public void file(Path path, long size) {
              total[0] += size;
            }

            @Override
            public void failure(String where, String message) {}

            @Override
            public void warning(String where, String message) {}
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // cannot happen: this visitor never waits
    }
    return total[0];
  }

  /**
   * Reads every input in order and tells the sink about each document and each failure.
   *
   * @throws InterruptedException when the thread is interrupted between two documents, or when the
   *     sink throws it
   */
  public void read(List<Path> inputs, Sink sink) throws InterruptedException {
    Objects.requireNonNull(sink, "sink");
    Tally tally = new Tally(sink);
    visit(
        inputs,
        new Visitor() {
          @Override
          public void file(Path path, long size) throws InterruptedException {
            tally.start(size);
            readFile(path, tally);
            tally.finish();
          }

          @Override
          public void failure(String where, String message) throws InterruptedException {
            sink.failure(where, message);
          }

          @Override
          public void warning(String where, String message) throws InterruptedException {
            sink.warning(where, message);
          }
        });
  }

  /**
   * Reads JSON Lines records from a stream (a request body, say) with the rules of a {@code .jsonl}
   * file named {@code name}: the same fields, the same failures per line. Nothing is read from the
   * file system.
   */
  public void readJsonLines(java.io.InputStream input, String name, Sink sink)
      throws InterruptedException {
    Objects.requireNonNull(sink, "sink");
    jsonLines.read(input, name, fromStream(sink), () -> 0);
  }

  /**
   * Where a JSON Lines file's parts of about {@code bytes} each begin, so that several readers can
   * each read one ({@link #readJsonLinesPart}) and together report what reading it whole reports,
   * with the same line numbers. {@code input} is the whole file; a single part means the file must
   * be read whole ({@link #readFile}): gzipped, with no record, or given up on at its start.
   */
  public List<Part> jsonLinesParts(java.io.InputStream input, long bytes) throws java.io.IOException {
    List<Part> out = new ArrayList<>();
    for (long[] p : jsonLines.parts(input, bytes)) {
      out.add(new Part(p[0], p[1]));
    }
    return out;
  }

  /** A part of a JSON Lines file: the byte it begins at, and that line's number. */
  public record Part(long from, long line) {}

  /** Whether a file of this name may be read in parts: JSON Lines, not gzipped. */
  public static boolean partable(String name) {
    return Container.of(name) == Container.JSON_LINES
        && !name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /**
   * Reads one part of the JSON Lines file {@code name} ({@link #jsonLinesParts}): {@code input}
   * holds exactly its bytes, and its first line is line {@code line} of the file.
   */
  public void readJsonLinesPart(java.io.InputStream input, String name, long line, Sink sink)
      throws InterruptedException {
    Objects.requireNonNull(sink, "sink");
    jsonLines.read(input, name, fromStream(sink), () -> 0, line, false);
  }

  /**
   * Passes a stream's records on to {@code sink}. A stream has no size to measure progress
   * against, so every document reports 0 bytes done.
   */
  private static FileSink fromStream(Sink sink) {
    return new FileSink() {
      @Override
      public void document(Document doc, long position) throws InterruptedException {
        sink.document(doc, 0);
      }

      @Override
      public void failure(String where, String message) throws InterruptedException {
        sink.failure(where, message);
      }

      @Override
      public void warning(String where, String message) throws InterruptedException {
        sink.warning(where, message);
      }

      @Override
      public void advanced(long position) {}
    };
  }

  /**
   * Reads one file (not a folder) as {@link #read} would, under another name: a local copy of a
   * file from another filesystem (a Spark job's HDFS or S3 input) is reported, and its JSON Lines
   * records and WARC records placed, by the name it has there ({@code hdfs://…/a.jsonl:12}).
   */
  public void readFile(Path file, String name, Sink sink) throws InterruptedException {
    Objects.requireNonNull(sink, "sink");
    Tally tally = new Tally(sink);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      sink.failure(name, Reasons.reason(e));
      return;
    }
    tally.start(size);
    readFile(file, name, tally);
    tally.finish();
  }

  private void readFile(Path path, Tally tally) throws InterruptedException {
    readFile(path, path.toString(), tally);
  }

  private void readFile(Path path, String name, Tally tally) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    switch (Container.of(name)) {
      case JSON_LINES -> jsonLines.read(path, name, tally);
      case WARC -> warc.read(path, name, tally);
      case FILE -> {
        Document doc;
        try {
          doc = Readers.read(path, options);
        } catch (ReadException e) {
          tally.failure(name, e.problem());
          return;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
          // A reader bug, or a text too big for the heap, costs this file, not the run.
          tally.failure(name, "could not be read (" + Reasons.describe(e) + ")");
          return;
        }
        // What concerns the whole file (it was read as windows-1252, say) is said while
        // indexing, as quotes and trace say it; problems at a place in the text stay on the
        // document, or a corpus of messy pages would bury the report.
        int said = 0;
        for (Problem p : doc.problems()) {
          if (p.offset() < 0 && said++ < MAX_WARNINGS_PER_FILE) {
            tally.warning(name, p.message());
          }
        }
        if (said > MAX_WARNINGS_PER_FILE) {
          tally.warning(name, (said - MAX_WARNINGS_PER_FILE) + " more problems not listed");
        }
        if (!name.equals(path.toString())) {
          doc = renamed(doc, name);
        }
        tally.document(doc, Long.MAX_VALUE);
      }
    }
  }

  /** A file read from a local copy is known by the name it has where it came from. */
  private static Document renamed(Document doc, String name) {
    Document.Builder b = Document.builder(name, doc.text()).origin(name).kind(doc.kind())
        .turns(doc.turns());
    doc.title().ifPresent(b::title);
    doc.outlet().ifPresent(b::outlet);
    doc.published().ifPresent(b::published);
    doc.problems().forEach(b::problem);
    return b.build();
  }

  /** How a file holds its documents, told by its name. */
  enum Container {
    JSON_LINES,
    WARC,
    FILE;

    static Container of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".gz")) {
        n = n.substring(0, n.length() - 3);
      }
      if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
        return JSON_LINES;
      }
      return n.endsWith(".warc") ? WARC : FILE;
    }
  }

  /**
   * Turns positions within one file into bytes done overall. Each file's share is capped at the
   * size seen when the folder was walked, so a file that grows while it is read cannot push the
   * figure past {@link #totalBytes}, and readers that buffer ahead cannot make it go back.
   */
  private static final class Tally implements FileSink {
    private final Sink sink;
    private long base;
    private long size;
    private long done;

    Tally(Sink sink) {
      this.sink = sink;
    }

    void start(long fileSize) {
      size = fileSize;
    }

    void finish() throws InterruptedException {
      base += size;
      size = 0;
      if (base > done) {
        done = base;
        sink.progress(done);
      }
    }

    private long at(long position) {
      long v = base + Math.min(Math.max(position, 0), size);
      if (v > done) {
        done = v;
      }
      return done;
    }

    @Override
    public void document(Document doc, long position) throws InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      sink.document(doc, at(position));
    }

    @Override
    public void failure(String where, String message) throws InterruptedException {
      sink.failure(where, message);
    }

    @Override
    public void warning(String where, String message) throws InterruptedException {
      sink.warning(where, message);
    }

    @Override
    public void advanced(long position) throws InterruptedException {
      long before = done;
      if (at(position) > before) {
        sink.progress(done);
      }
    }
  }

  private interface Visitor {
    void file(Path path, long size) throws InterruptedException;

    void failure(String where, String message) throws InterruptedException;

    void warning(String where, String message) throws InterruptedException;
  }

  private static void visit(List<Path> inputs, Visitor v) throws InterruptedException {
    for (Path input : inputs) {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(input, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        v.failure(input.toString(), "no such file or folder");
        continue;
      } catch (IOException e) {
        v.failure(input.toString(), Reasons.reason(e));
        continue;
      }
      if (attrs.isDirectory()) {
        walk(input, attrs, new HashSet<>(), v);
      } else {
        // A pipe given by name (such as /dev/stdin) is read, but has no size to count.
        v.file(input, attrs.isRegularFile() ? attrs.size() : 0);
      }
    }
  }

  private static void walk(Path dir, BasicFileAttributes attrs, Set<Object> open, Visitor v)
      throws InterruptedException {
    // Links are followed, so a link to a folder above would walk forever.
    Object key = attrs.fileKey() != null ? attrs.fileKey() : realPath(dir);
    if (!open.add(key)) {
      v.failure(dir.toString(), "links back to a folder that holds it; not walked again");
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        entries.add(p);
      }
    } catch (IOException e) {
      v.failure(dir.toString(), "folder could not be listed (" + Reasons.reason(e) + ")");
      open.remove(key);
      return;
    } catch (DirectoryIteratorException e) {
      v.failure(dir.toString(),
          "folder could not be listed (" + Reasons.reason(e.getCause()) + ")");
      open.remove(key);
      return;
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path entry : entries) {
      if (entry.getFileName().toString().startsWith(".")) {
        continue;
      }
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(entry, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        if (Files.isSymbolicLink(entry)) {
          v.failure(entry.toString(), "broken link");
        } // else: deleted since the folder was listed
        continue;
      } catch (IOException e) {
        v.failure(entry.toString(), Reasons.reason(e));
        continue;
      }
      if (a.isDirectory()) {
        walk(entry, a, open, v);
      } else if (a.isRegularFile()) {
        v.file(entry, a.size());
      } else {
        // Pipes, sockets and devices inside a folder are not documents; reading a pipe could
        // block. Said, so that a file expected in the corpus is not missed unseen.
        v.warning(entry.toString(), "not a regular file (" + special(entry) + "); skipped");
      }
    }
    open.remove(key);
  }

  /** What a file that is neither regular nor a folder is, as {@code stat} would say. */
  private static String special(Path p) {
    try {
      Object mode = Files.getAttribute(p, "unix:mode");
      if (mode instanceof Integer m) {
        return switch (m & 0170000) {
          case 0010000 -> "a named pipe";
          case 0140000 -> "a socket";
          case 0020000 -> "a character device";
          case 0060000 -> "a block device";
          default -> "a special file";
        };
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no unix view here: say it plainly
    }
    return "a special file";
  }

  private static Object realPath(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }
}
