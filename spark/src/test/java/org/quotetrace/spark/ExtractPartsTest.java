package org.quotetrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One large JSON Lines file read by several tasks writes what one task reading it writes. */
class ExtractPartsTest {
  @TempDir Path dir;

  @Test
  void aFileReadInPartsOfWholeLinesGivesTheSameDocumentsQuotesOriginsAndProblems() throws Exception {
    SparkSession spark = SparkTestSession.get();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      switch (i % 13) {
        case 5 -> lines.append("\n");
        case 9 -> lines.append("{\"id\":\"broken-").append(i).append("\",\"text\":\n");
        default -> lines.append("{\"id\":\"story-").append(i)
            .append("\",\"outlet\":\"Valley Post\",\"published\":\"2026-03-")
            .append(String.format("%02d", 1 + i % 28)).append("\",\"text\":\"")
            .append("The ferry to Skarn will run ").append(i % 7 + 1).append(" times a day. ")
            .append("\\u201cWe need the ").append(i % 3 == 0 ? "late" : "early")
            .append(" crossing back, and soon,\\u201d harbour master Odile Vance said. ")
            .append("\\u201cEvery week without it costs the island ").append(i * 10)
            .append(" visitors,\\u201d she added.\"}\n");
      }
    }
    lines.append("{\"id\":\"last\",\"text\":\"\\u201cNo line break follows,\\u201d said Ana Reyes.\"}");
    String file = Files.writeString(dir.resolve("dump.jsonl"), lines).toUri().toString();
    var conf = spark.sparkContext().broadcast(
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()),
        scala.reflect.ClassTag$.MODULE$.apply(SerializableConfiguration.class));
    assertEquals(1, Extract.tasks(spark, List.of(file), conf, Extract.TASK_BYTES).size());
    int parts = Extract.tasks(spark, List.of(file), conf, 2_000).size();
    assertTrue(parts > 10, "parts of 2,000 bytes: " + parts);

    String whole = dir.resolve("whole").toUri().toString();
    Extract.run(spark, List.of(file), whole, false);
    String inParts = dir.resolve("parts").toUri().toString();
    spark.conf().set(Extract.PART_BYTES, "2000");
    try {
      Extract.run(spark, List.of(file), inParts, false);
    } finally {
      spark.conf().unset(Extract.PART_BYTES);
    }
    for (String table : List.of("documents", "quotes", "problems")) {
      // The read order names the part a document was read in; what it orders is compared below.
      List<String> a = sorted(spark.read().parquet(whole + "/" + table).drop("read_order"));
      List<String> b = sorted(spark.read().parquet(inParts + "/" + table).drop("read_order"));
      assertTrue(a.size() > 8, table + ": " + a.size());
      assertEquals(a, b, table);
    }
    assertEquals(inReadOrder(spark.read().parquet(whole + "/documents")),
        inReadOrder(spark.read().parquet(inParts + "/documents")));
    assertTrue(sorted(spark.read().parquet(inParts + "/problems")).stream()
        .anyMatch(p -> p.contains("dump.jsonl:10")), "a broken line's number");
  }

  private static List<String> inReadOrder(Dataset<Row> documents) {
    List<String> ids = documents.orderBy("read_order").select("id").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertTrue(ids.size() > 100 && ids.get(0).equals("story-0") && ids.get(ids.size() - 1).equals("last"),
        "ids in read order: " + ids);
    return ids;
  }

  private static List<String> sorted(Dataset<Row> table) {
    return table.toJSON().collectAsList().stream().sorted().toList();
  }
}
