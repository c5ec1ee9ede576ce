package org.quotetrace.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.quotetrace.index.CorpusReader;
import org.quotetrace.read.ReadOptions;
import scala.Tuple3;
import scala.Tuple5;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * Extract: reads JSON Lines and WARC files from any Hadoop filesystem path and writes, for every
 * document, its quotes, speakers, spans, attributions and fingerprints as Parquet.
 *
 * <p>Under {@code out}: {@code documents/} (one row a document, its quotes and attributions
 * nested), {@code quotes/} (one row a quote, with its document's id, outlet and time) and {@code
 * problems/} (what could not be read, with its place). Each is written in overwrite mode through
 * Spark's commit protocol: a retried task or a rerun of the whole job replaces what an earlier
 * attempt wrote rather than adding to it.
 *
 * <p>A file is one task: a gzip stream cannot be split, a WARC record cannot be cut, and the
 * reader resumes after a damaged record from where it broke. Corpora come as many files of
 * similar size (Common Crawl's WARCs are about 1 GB each), which spreads well. A plain JSON Lines
 * file is the exception: one large file (a dump) is read in parts of whole lines, each knowing the
 * number of its first line, so that origins ({@code file:line}) are those of reading it whole.
 */
final class Extract {
  private Extract() {}

  /** Input files named in {@code inputs}, folders walked, hidden and {@code _} entries left out, by name. */
  static List<String> files(Configuration conf, List<String> inputs) throws IOException {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = p.getFileSystem(conf);
      walk(fs, fs.getFileStatus(p), out, true);
    }
    return out;
  }

  private static void walk(FileSystem fs, FileStatus s, List<String> out, boolean given)
      throws IOException {
    String name = s.getPath().getName();
    if (!given && (name.startsWith(".") || name.startsWith("_"))) {
      return; // hidden files, and Hadoop's _SUCCESS and _temporary
    }
    if (s.isDirectory()) {
      FileStatus[] entries = fs.listStatus(s.getPath());
      Arrays.sort(entries, Comparator.comparing(e -> e.getPath().getName()));
      for (FileStatus e : entries) {
        walk(fs, e, out, false);
      }
    } else if (s.isFile()) {
      out.add(s.getPath().toString());
    }
  }

  /** Runs the extraction; returns how many documents were written. */
  static long run(SparkSession spark, List<String> inputs, String out, boolean attributions)
      throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> files = files(conf, inputs);
    Broadcast<SerializableConfiguration> shared =
        spark.sparkContext().broadcast(new SerializableConfiguration(conf),
            scala.reflect.ClassTag$.MODULE$.apply(SerializableConfiguration.class));
    return write(spark, rows(spark, files, shared, attributions), out);
  }

  /** Writes the extract rows as the three tables under {@code out}; returns the documents written. */
  static long write(SparkSession spark, Dataset<Row> extracted, String out) {
    // Kept on disk, not in memory: the rows carry every document's text, and a million documents'
    // rows unrolled into the memory store ran a 2 GB heap out of memory at the first parts.
    Dataset<Row> rows = extracted.persist(StorageLevel.DISK_ONLY());
    try {
      Dataset<Row> docs = rows.filter(col("row").equalTo("document"))
          .select(Arrays.stream(Tables.DOCUMENT_COLUMNS).map(c -> col(c)).toArray(
              org.apache.spark.sql.Column[]::new));
      docs.write().mode(SaveMode.Overwrite).parquet(out + "/documents");
      rows.filter(col("row").notEqual("document")).select("file", "row", "where", "message")
          .withColumnRenamed("row", "severity")
          .write().mode(SaveMode.Overwrite).parquet(out + "/problems");
      Dataset<Row> written = spark.read().parquet(out + "/documents");
      quotes(written).write().mode(SaveMode.Overwrite).parquet(out + "/quotes");
      return written.count();
    } finally {
      // Waited for: removed in the background, the blocks raced the session's stop (rejected
      // removals on the console after a million documents' extract).
      rows.unpersist(true);
    }
  }

  /**
   * The Spark setting of the bytes of a JSON Lines file one task reads: a larger file is read in
   * parts of about this size ({@link #TASK_BYTES} unless set).
   */
  static final String PART_BYTES = "spark.quotetrace.extract.partBytes";

  /**
   * The extract rows of every file: a task a file, but a JSON Lines file larger than {@link
   * #PART_BYTES} in parts of whole lines, each read by a task of its own.
   */
  static Dataset<Row> rows(SparkSession spark, List<String> files,
      Broadcast<SerializableConfiguration> conf, boolean attributions) {
    long partBytes = Long.parseLong(spark.conf().get(PART_BYTES, Long.toString(TASK_BYTES)));
    List<Tuple5<String, Long, Long, Long, Integer>> tasks = tasks(spark, files, conf, partBytes);
    int slices = slices(spark, files, tasks.size(), conf.value().value());
    FlatMapFunction<Tuple5<String, Long, Long, Long, Integer>, Row> read = t -> Tables.inReadOrder(
        t._2() < 0
            ? Extract.read(t._1(), conf.value().value(), attributions)
            : Extract.readPart(t._1(), t._2(), t._3(), t._4(), conf.value().value(), attributions),
        t._5(), Math.max(0, t._2())).iterator();
    return spark.createDataset(tasks, TASK).repartition(slices)
        .flatMap(read, Encoders.row(Tables.EXTRACT));
  }

  /** A task: the file, the byte its part begins at and the byte after it, its first line, and the file's place. */
  private static final org.apache.spark.sql.Encoder<Tuple5<String, Long, Long, Long, Integer>> TASK =
      Encoders.tuple(Encoders.STRING(), Encoders.LONG(), Encoders.LONG(), Encoders.LONG(), Encoders.INT());

  /**
   * The tasks that read {@code files}: a file whole ({@code -1} for its bytes), or a JSON Lines
   * file larger than {@code partBytes} in the parts {@link CorpusReader#jsonLinesParts} finds.
   * Finding them reads each such file once through (a task a file, line breaks only, and its
   * first records until one is good), which costs little beside finding its quotes. Each task
   * also carries its file's place among {@code files}.
   */
  static List<Tuple5<String, Long, Long, Long, Integer>> tasks(SparkSession spark, List<String> files,
      Broadcast<SerializableConfiguration> conf, long partBytes) {
    Configuration c = conf.value().value();
    List<String> large = new ArrayList<>();
    for (String f : files) {
      if (CorpusReader.partable(f) && size(f, c) > partBytes) {
        large.add(f);
      }
    }
    java.util.Map<String, List<CorpusReader.Part>> parts = new java.util.HashMap<>();
    if (!large.isEmpty()) {
      FlatMapFunction<String, Tuple3<String, Long, Long>> plan = f -> {
        List<Tuple3<String, Long, Long>> out = new ArrayList<>();
        for (CorpusReader.Part p : parts(f, conf.value().value(), partBytes)) {
          out.add(new Tuple3<>(f, p.from(), p.line()));
        }
        return out.iterator();
      };
      List<Tuple3<String, Long, Long>> found = spark.createDataset(large, Encoders.STRING())
          .repartition(large.size())
          .flatMap(plan, Encoders.tuple(Encoders.STRING(), Encoders.LONG(), Encoders.LONG()))
          .collectAsList();
      for (Tuple3<String, Long, Long> t : found) {
        parts.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(new CorpusReader.Part(t._2(), t._3()));
      }
    }
    List<Tuple5<String, Long, Long, Long, Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String f = files.get(i);
      List<CorpusReader.Part> p = parts.getOrDefault(f, List.of());
      if (p.size() < 2) {
        tasks.add(new Tuple5<>(f, -1L, -1L, 1L, i));
        continue;
      }
      p.sort(Comparator.comparingLong(CorpusReader.Part::from));
      for (int k = 0; k < p.size(); k++) {
        long to = k + 1 < p.size() ? p.get(k + 1).from() : -1L;
        tasks.add(new Tuple5<>(f, p.get(k).from(), to, p.get(k).line(), i));
      }
    }
    return tasks;
  }

  /** The parts of one JSON Lines file; one part when it cannot be read (its task then says why). */
  private static List<CorpusReader.Part> parts(String file, Configuration conf, long partBytes)
      throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return new CorpusReader(ReadOptions.DEFAULTS).jsonLinesParts(in, partBytes);
    } catch (IOException e) {
      return List.of(new CorpusReader.Part(0, 1));
    }
  }

  private static long size(String file, Configuration conf) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
      return p.getFileSystem(conf).getFileStatus(p).getLen();
    } catch (IOException e) {
      return 0; // read (and reported) by its task
    }
  }

  /** Bytes a task should read at least: a task per small file would cost more to schedule than to run. */
  static final long TASK_BYTES = 64L << 20;

  /**
   * How many tasks to read with: one per 64 MB of input, at least two per core, never more than
   * there are files and parts of files.
   */
  private static int slices(SparkSession spark, List<String> files, int tasks, Configuration conf) {
    long total = 0;
    for (String f : files) {
      total += size(f, conf);
    }
    long wanted = Math.max(2L * spark.sparkContext().defaultParallelism(), total / TASK_BYTES + 1);
    return (int) Math.max(1, Math.min(tasks, Math.min(wanted, 100_000)));
  }

  /** One row a quote, with its document's key fields. */
  static Dataset<Row> quotes(Dataset<Row> documents) {
    return documents.select(col("id").as("document"), col("outlet"), col("published"),
            col("kind").as("document_kind"), explode(col("quotes")).as("q"))
        .select(col("document"), col("outlet"), col("published"), col("document_kind"), col("q.*"));
  }

  /**
   * Reads one part of a JSON Lines file, bytes {@code from} to {@code to} ({@code -1}: its end),
   * its first line numbered {@code line}, from the file where it lies, under the name {@link
   * #read} gives it.
   */
  static List<Row> readPart(String file, long from, long to, long line, Configuration conf,
      boolean attributions) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
    URI uri = p.toUri();
    String name = "file".equals(uri.getScheme()) ? Paths.get(uri).toString() : file;
    try (FSDataInputStream in = p.getFileSystem(conf).open(p)) {
      in.seek(from);
      InputStream part = to < 0 ? in : new BoundedInputStream(in, to - from);
      return Core.extractPart(part, name, line, attributions);
    }
  }

  /** The first {@code left} bytes of a stream. */
  private static final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private long left;

    BoundedInputStream(InputStream in, long left) {
      this.in = in;
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  /** Reads one file where it lies when it is on local disk, else from a local copy. */
  static List<Row> read(String file, Configuration conf, boolean attributions) throws IOException {
    URI uri = new org.apache.hadoop.fs.Path(file).toUri();
    if ("file".equals(uri.getScheme())) {
      // Named as the local commands name it, so that ids and origins agree with theirs.
      Path local = Paths.get(uri);
      return Core.extract(local, local.toString(), attributions);
    }
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
    // The reader tells JSON Lines from WARC by the name it is given, not the copy's.
    Path copy = Files.createTempFile("quotetrace-", ".copy");
    try {
      p.getFileSystem(conf).copyToLocalFile(false, p, new org.apache.hadoop.fs.Path(copy.toUri()), true);
      return Core.extract(copy, file, attributions);
    } finally {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        throw new UncheckedIOException(copy + ": cannot delete the local copy", e);
      }
    }
  }
}
