package org.quotetrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.CorpusReader;
import org.quotetrace.index.CorpusWriter;
import org.quotetrace.index.Indexer;
import org.quotetrace.index.SourcesTable;
import org.quotetrace.index.TopSources;
import org.quotetrace.index.Variants;
import org.quotetrace.read.ReadOptions;

/**
 * Two documents with one id: a local index keeps the one read last, and the Spark sources and
 * variants steps count that one alone (as an article and as a source; its quotes alone grouped).
 */
class DuplicateIdsTest {
  @TempDir Path dir;

  private static final String BRIDGE = "The regional council said the harbour bridge will close for"
      + " six weeks of repairs next spring, and ferry operators were asked to add sailings while"
      + " the crossing stays shut. \\u201cWe have no choice but to close the bridge while the cables"
      + " are replaced,\\u201d council engineer Marta Holm said on Monday.";
  private static final String SCHOOLS = "The education board voted to keep the two village schools"
      + " open for another year despite falling numbers of pupils in the valley. \\u201cClosing"
      + " them would mean an hour on a bus for children of five,\\u201d board chair Idris Okafor told"
      + " parents at a packed meeting in the town hall.";
  private static final String FILLER = " Traders along the quay were not asked for their view, and"
      + " several said they had learned of the plan from the local radio station.";

  private static String line(String id, String day, String kind, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"2026-01-" + day + "T09:00:00Z\",\"kind\":\""
        + kind + "\",\"text\":\"" + text + "\"}\n";
  }

  @Test
  void theDocumentReadLastUnderAnIdIsTheOnlyOneTheSourcesTableAndVariantsCount() throws Exception {
    // story-7 is first a copy of the bridge release, then, in a later file, of the schools one.
    Path a = Files.writeString(dir.resolve("a.jsonl"), line("bridge-1", "01", "press_release", BRIDGE)
        + line("schools-2", "02", "press_release", SCHOOLS)
        + line("story-7", "05", "article", "Bridge news. " + BRIDGE + FILLER));
    Path b = Files.writeString(dir.resolve("b.jsonl"),
        line("story-7", "06", "article", "School news. " + SCHOOLS + FILLER)
        + line("later-9", "08", "article", "From the archive. " + SCHOOLS + FILLER));
    List<Path> inputs = List.of(a, b);

    Path indexDir = dir.resolve("index");
    try (CorpusWriter writer = CorpusWriter.open(indexDir)) {
      // One worker: documents are written in the order read, so the later story-7 replaces the first.
      new Indexer(writer, 1, Duration.ofMinutes(10)).run(inputs, new CorpusReader(ReadOptions.DEFAULTS),
          new Indexer.Listener() {
            @Override
            public void progress(long bytesDone, Indexer.Counts counts) {}

            @Override
            public void failure(String where, String message) {
              throw new AssertionError(where + ": " + message);
            }
          });
    }
    Set<String> local = new TreeSet<>();
    try (CorpusIndex index = CorpusIndex.open(indexDir)) {
      assertEquals(4, index.documents());
      SourcesTable.all(index, TopSources.DEFAULT_TOP, p -> local.add(describe(p.article(), p.rank(),
          p.source(), p.score(), p.reuse(), p.shared(),
          p.quotes().stream().map(c -> c.start() + "-" + c.end() + ":" + c.share()).toList())));
    }
    assertTrue(local.stream().anyMatch(p -> p.startsWith("[story-7, 1, schools-2,")), "local: " + local);
    assertTrue(local.stream().noneMatch(p -> p.contains("bridge-1")), "local: " + local);

    SparkSession spark = SparkTestSession.get();
    String out = dir.resolve("out").toUri().toString();
    assertEquals(5, Extract.run(spark, inputs.stream().map(p -> p.toUri().toString()).toList(), out, false));
    assertEquals(List.of(RowFactory.create(0, 0L, 2), RowFactory.create(1, 0L, 0)),
        spark.read().parquet(out + "/documents").filter("id = 'story-7'").orderBy("read_order")
            .select("read_order.*").collectAsList());
    // Variants: the same quotes in the same groups as local grouping of the index.
    Set<String> localGroups = new TreeSet<>();
    try (CorpusIndex index = CorpusIndex.open(indexDir)) {
      java.util.Map<Integer, Set<String>> byRoot = new java.util.TreeMap<>();
      new Variants(index).regroup().forEach((document, start, end, root) ->
          byRoot.computeIfAbsent(root, k -> new TreeSet<>()).add(document + ":" + start));
      byRoot.values().forEach(g -> localGroups.add(g.toString()));
    }
    String grouped = dir.resolve("variants").toUri().toString();
    VariantsJob.run(spark, out, grouped);
    java.util.Map<String, Set<String>> byRoot = new java.util.TreeMap<>();
    for (Row r : spark.read().parquet(grouped + "/variants").collectAsList()) {
      byRoot.computeIfAbsent(r.getAs("root_document") + ":" + r.getAs("root_start"),
          k -> new TreeSet<>()).add(r.getAs("document") + ":" + r.getAs("start"));
    }
    Set<String> sparkGroups = new TreeSet<>();
    byRoot.values().forEach(g -> sparkGroups.add(g.toString()));
    assertEquals(4, localGroups.stream().mapToInt(g -> g.split(", ").length).sum(), "local: " + localGroups);
    assertEquals(localGroups, sparkGroups);

    SourcesJob.run(spark, out, out, TopSources.DEFAULT_TOP);
    Set<String> distributed = new TreeSet<>();
    for (Row r : spark.read().parquet(out + "/sources").collectAsList()) {
      List<String> quotes = new ArrayList<>();
      for (Row c : r.<Row>getList(r.fieldIndex("quotes"))) {
        quotes.add(c.getAs("start") + "-" + c.getAs("end") + ":" + c.getAs("share"));
      }
      distributed.add(describe(r.getAs("article"), r.getAs("rank"), r.getAs("source"),
          r.getAs("score"), r.getAs("reuse"), r.getAs("shared"), quotes));
    }
    assertEquals(local, distributed);
  }

  @Test
  void documentRowsAreNumberedInTheOrderTheirTaskReadThemAndProblemsAreLeftOut() {
    List<Row> rows = List.of(
        Tables.problem("f.jsonl", "warning", "f.jsonl:1", "an empty line"),
        Tables.document("f.jsonl", "x", "f.jsonl:2", "article", null, null, null, 0, 1L, "h",
            null, List.of(), null),
        Tables.document("f.jsonl", "y", "f.jsonl:3", "article", null, null, null, 0, 2L, "h",
            null, List.of(), null));
    List<Row> ordered = Tables.inReadOrder(rows, 3, 4096);
    int last = Tables.EXTRACT.fieldIndex("read_order");
    assertEquals(null, ordered.get(0).get(last));
    assertEquals(RowFactory.create(3, 4096L, 0), ordered.get(1).get(last));
    assertEquals(RowFactory.create(3, 4096L, 1), ordered.get(2).get(last));
    assertEquals("y", ordered.get(2).getString(Tables.EXTRACT.fieldIndex("id")));
  }

  private static String describe(Object... fields) {
    return java.util.Arrays.stream(fields).map(String::valueOf).toList().toString();
  }
}
