package org.quotetrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes are idempotent: a task that fails half way and is retried, or a rerun, adds nothing twice. */
class ExtractRetryTest {
  @TempDir Path dir;

  @Test
  void aTaskThatFailsHalfWayAndIsRetriedWritesEachDocumentOnce() throws Exception {
    SparkSession spark = SparkTestSession.get();
    List<String> files = corpus();
    var conf = spark.sparkContext().broadcast(
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()),
        scala.reflect.ClassTag$.MODULE$.apply(SerializableConfiguration.class));
    MapPartitionsFunction<Row, Row> failFirstAttempt = ExtractRetryTest::failFirstAttempt;
    Dataset<Row> flaky = Extract.rows(spark, files, conf, false)
        .mapPartitions(failFirstAttempt, Encoders.row(Tables.EXTRACT));
    String out = dir.resolve("out").toUri().toString();
    long written = Extract.write(spark, flaky, out);

    assertEquals(40, written);
    Dataset<Row> docs = spark.read().parquet(out + "/documents");
    assertEquals(40, docs.select("id").distinct().count());
    assertEquals(40, docs.count());
  }

  @Test
  void runningTheJobAgainReplacesItsOutputRatherThanAddingToIt() throws Exception {
    SparkSession spark = SparkTestSession.get();
    List<String> files = corpus();
    String out = dir.resolve("again").toUri().toString();
    Extract.run(spark, files, out, false);
    long quotes = spark.read().parquet(out + "/quotes").count();
    Extract.run(spark, files, out, false);
    assertEquals(40, spark.read().parquet(out + "/documents").count());
    assertEquals(quotes, spark.read().parquet(out + "/quotes").count());
  }

  @Test
  void runningTheSourcesStepAgainReplacesItsTableRatherThanAddingToIt() throws Exception {
    SparkSession spark = SparkTestSession.get();
    String out = dir.resolve("sources").toUri().toString();
    Extract.run(spark, corpus(), out, false);
    long pairs = SourcesJob.run(spark, out, out, 3);
    // Forty copies of one story: each but the first has earlier ones to draw on.
    assertEquals(39 * 3 - 3, pairs);
    assertEquals(pairs, SourcesJob.run(spark, out, out, 3));
    assertEquals(pairs, spark.read().parquet(out + "/sources").count());
    assertEquals(pairs, spark.read().json(out + "/sources-jsonl").count());
  }

  /** Hands on a few rows of a task's first attempt, so that it has begun writing them, then dies. */
  private static Iterator<Row> failFirstAttempt(Iterator<Row> rows) {
    TaskContext task = TaskContext.get();
    if (task.attemptNumber() > 0 || !rows.hasNext()) {
      return rows;
    }
    return new Iterator<>() {
      int given;

      @Override
      public boolean hasNext() {
        if (given == 3) {
          throw new IllegalStateException("a lost executor, as far as the task can tell");
        }
        return rows.hasNext();
      }

      @Override
      public Row next() {
        given++;
        return rows.next();
      }
    };
  }

  /** Four JSON Lines files of ten invented stories each. */
  private List<String> corpus() throws Exception {
    List<String> files = new ArrayList<>();
    for (int f = 0; f < 4; f++) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        String id = "story-" + f + "-" + i;
        lines.append("{\"id\":\"").append(id).append("\",\"outlet\":\"Valley Post\",\"text\":\"")
            .append("The bridge over the Orra will close for ").append(i + 2).append(" weeks. ")
            .append("\\u201cWe have no choice, the cables are worn,\\u201d engineer Lena Brandt said.\"}\n");
      }
      Path p = Files.writeString(dir.resolve("part-" + f + ".jsonl"), lines);
      files.add(p.toUri().toString());
    }
    return files;
  }
}
