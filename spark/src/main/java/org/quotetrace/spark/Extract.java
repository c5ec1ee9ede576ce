package org.quotetrace.spark;

import java.io.IOException;
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
 * similar size (Common Crawl's WARCs are about 1 GB each), which spreads well.
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
    Dataset<Row> rows = extracted.persist(StorageLevel.MEMORY_AND_DISK());
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
      rows.unpersist();
    }
  }

  /** The extract rows of every file, one task a file. */
  static Dataset<Row> rows(SparkSession spark, List<String> files,
      Broadcast<SerializableConfiguration> conf, boolean attributions) {
    int slices = slices(spark, files, conf.value().value());
    FlatMapFunction<String, Row> read = file -> Extract.read(file, conf.value().value(), attributions).iterator();
    return spark.createDataset(files, Encoders.STRING()).repartition(slices)
        .flatMap(read, Encoders.row(Tables.EXTRACT));
  }

  /** Bytes a task should read at least: a task per small file would cost more to schedule than to run. */
  static final long TASK_BYTES = 64L << 20;

  /**
   * How many tasks to read with: one per 64 MB of input, at least two per core, never more than
   * there are files.
   */
  private static int slices(SparkSession spark, List<String> files, Configuration conf) {
    long total = 0;
    for (String f : files) {
      try {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(f);
        total += p.getFileSystem(conf).getFileStatus(p).getLen();
      } catch (IOException e) {
        // read (and reported) by its task; here it only counts as nothing
      }
    }
    long wanted = Math.max(2L * spark.sparkContext().defaultParallelism(), total / TASK_BYTES + 1);
    return (int) Math.max(1, Math.min(files.size(), Math.min(wanted, 100_000)));
  }

  /** One row a quote, with its document's key fields. */
  static Dataset<Row> quotes(Dataset<Row> documents) {
    return documents.select(col("id").as("document"), col("outlet"), col("published"),
            col("kind").as("document_kind"), explode(col("quotes")).as("q"))
        .select(col("document"), col("outlet"), col("published"), col("document_kind"), col("q.*"));
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
