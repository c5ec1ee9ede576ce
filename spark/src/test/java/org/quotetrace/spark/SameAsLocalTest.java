package org.quotetrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotetrace.attribution.AttributionFinder;
import java.time.Duration;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.CorpusReader;
import org.quotetrace.index.CorpusWriter;
import org.quotetrace.index.Indexer;
import org.quotetrace.index.SourcesTable;
import org.quotetrace.index.TopSources;
import org.quotetrace.index.IndexedQuotes;
import org.quotetrace.index.VariantGrouping;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteAttributions;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.report.QuoteJson;
import org.quotetrace.text.Document;

/**
 * The Spark path and the local path on one corpus: a few thousand generated documents, a web
 * archive, and the real texts of {@code ../shared/eval} when they are there.
 */
class SameAsLocalTest {
  @TempDir static Path dir;
  static List<Path> inputs = new ArrayList<>();
  static boolean shared;

  @BeforeAll
  static void corpus() throws Exception {
    Path gen = dir.resolve("generated");
    org.quotetrace.bench.corpus.CorpusGenerator.main(new String[] {
        "--docs", Integer.getInteger("quotetrace.spark.docs", 2000).toString(), "--seed", "17", "--out", gen.toString(), "--files", "3", "--threads", "2"});
    try (Stream<Path> s = Files.list(gen)) {
      s.filter(p -> p.getFileName().toString().startsWith("corpus-")).sorted().forEach(inputs::add);
    }
    inputs.add(warc(dir.resolve("crawl.warc.gz")));
    Path eval = Path.of(System.getProperty("quotetrace.shared", "../shared"), "eval");
    if (Files.isDirectory(eval) && !Boolean.getBoolean("quotetrace.spark.generatedOnly")) {
      shared = true;
      for (String part : new String[] {"polnear/dev/text", "speeches"}) {
        Path p = eval.resolve(part);
        if (Files.isDirectory(p)) {
          inputs.add(p.toRealPath());
        }
      }
    } else {
      System.err.println("SameAsLocalTest: " + eval + " is absent; the real texts are left out");
    }
    bothPaths();
  }

  /** Per document id, the local path's description of it (see {@link #describe(JsonNode, IndexedQuotes.Doc)}). */
  static final Map<String, String> local = new TreeMap<>();
  static final List<String> localProblems = new ArrayList<>();
  /** The quotes local variant grouping reads, in reading order. */
  static final List<VariantGrouping.Quote> localQuotes = new ArrayList<>();
  static String out;
  static long written;

  static void bothPaths() throws Exception {
    long t0 = System.nanoTime();
    QuoteFinder finder = new QuoteFinder();
    new CorpusReader(ReadOptions.DEFAULTS).read(inputs, new CorpusReader.Sink() {
      @Override
      public void document(Document doc, long bytesDone) {
        Extraction ex = finder.find(doc);
        JsonNode json = QuoteJson.document(ex,
            QuoteAttributions.complete(ex, AttributionFinder.shipped().find(doc.text())));
        IndexedQuotes.Doc indexed = IndexedQuotes.of(doc, ex);
        String before = local.put(doc.id(), describe(json, indexed));
        assertEquals(null, before, "two documents with id " + doc.id());
        long time = doc.published().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
        for (IndexedQuotes.Indexed q : indexed.quotes()) {
          localQuotes.add(new VariantGrouping.Quote(doc.id(), q.start(), q.words(), time,
              q.speakerKey(), q.turn(), q.fingerprints(), q.text()));
        }
      }

      @Override
      public void failure(String where, String message) {
        localProblems.add("failure " + where + ": " + message);
      }

      @Override
      public void warning(String where, String message) {
        localProblems.add("warning " + where + ": " + message);
      }
    });
    long t1 = System.nanoTime();
    SparkSession spark = SparkTestSession.get();
    long t2 = System.nanoTime();
    out = dir.resolve("out").toUri().toString();
    written = Extract.run(spark, inputs.stream().map(p -> p.toUri().toString()).toList(), out, true);
    long t3 = System.nanoTime();
    System.err.printf("SameAsLocalTest: local %.1f s, spark start %.1f s, spark extract %.1f s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
  }

  @Test
  void sparkFindsTheSameQuotesSpeakersSpansAndFingerprintsAsTheLocalPath() {
    SparkSession spark = SparkTestSession.get();
    assertTrue(local.size() > 2000, "documents read locally: " + local.size());
    Map<String, String> distributed = new TreeMap<>();
    for (Row r : spark.read().parquet(out + "/documents").collectAsList()) {
      distributed.put(r.getAs("id"), describe(r));
    }
    assertEquals(local.size(), written);
    assertEquals(local.keySet(), distributed.keySet());
    int quotes = 0;
    for (var e : local.entrySet()) {
      assertEquals(e.getValue(), distributed.get(e.getKey()), e.getKey());
      quotes += e.getValue().split("\n").length;
    }
    assertTrue(quotes > 5000, "quotes and attributions compared: " + quotes);
    List<String> sparkProblems = spark.read().parquet(out + "/problems").collectAsList().stream()
        .map(r -> r.getAs("severity") + " " + r.getAs("where") + ": " + r.getAs("message")).sorted().toList();
    assertEquals(localProblems.stream().sorted().toList(), sparkProblems);
    long flat = spark.read().parquet(out + "/quotes").count();
    assertEquals(local.values().stream().mapToLong(v -> v.lines().filter(l -> l.startsWith("q ")).count()).sum(), flat);
  }

  @Test
  void sparkGroupsVariantsWithTheSameParentsRootsAndChangesAsLocalGrouping() {
    int[] parent = VariantGrouping.parents(localQuotes);
    Map<String, String> expected = new TreeMap<>();
    Map<Integer, Integer> sizes = new java.util.HashMap<>();
    int linked = 0;
    for (int i = 0; i < parent.length; i++) {
      VariantGrouping.Quote q = localQuotes.get(i);
      int r = i;
      while (parent[r] >= 0) {
        r = parent[r];
      }
      sizes.merge(r, 1, Integer::sum);
      String changes = "[]";
      if (parent[i] >= 0) {
        linked++;
        changes = Core.changes(localQuotes.get(parent[i]).text(), q.text()).toString();
      }
      expected.put(key(q.document(), q.start()), (parent[i] < 0 ? "root" : "parent "
          + key(localQuotes.get(parent[i]).document(), localQuotes.get(parent[i]).start()))
          + " root " + key(localQuotes.get(r).document(), localQuotes.get(r).start()) + " " + changes);
    }
    assertTrue(linked > Integer.getInteger("quotetrace.spark.docs", 2000) / 10,
        "quotes with a parent locally: " + linked);

    SparkSession spark = SparkTestSession.get();
    String grouped = dir.resolve("variants").toUri().toString();
    long t0 = System.nanoTime();
    long groups = VariantsJob.run(spark, out, grouped);
    System.err.printf("SameAsLocalTest: spark variants %.1f s, %d groups%n", (System.nanoTime() - t0) / 1e9, groups);
    Map<String, String> actual = new TreeMap<>();
    for (Row r : spark.read().parquet(grouped + "/variants").collectAsList()) {
      String p = r.getAs("parent_document");
      List<String> changes = new ArrayList<>();
      for (Row c : r.<Row>getList(r.fieldIndex("changes"))) {
        changes.add(c.getAs("op") + ":" + c.getAs("from") + ">" + c.getAs("to"));
      }
      actual.put(key(r.getAs("document"), r.getAs("start")), (p == null ? "root" : "parent "
          + key(p, r.getAs("parent_start"))) + " root " + key(r.getAs("root_document"), r.getAs("root_start"))
          + " " + changes);
    }
    var onlyLocal = new java.util.TreeSet<>(expected.keySet());
    onlyLocal.removeAll(actual.keySet());
    var onlySpark = new java.util.TreeSet<>(actual.keySet());
    onlySpark.removeAll(expected.keySet());
    assertEquals(expected.size(), actual.size(), "only local: " + onlyLocal.stream().limit(5).toList()
        + "; only Spark: " + onlySpark.stream().limit(5).toList() + " of " + onlySpark.size()
        + "; local quotes " + localQuotes.size());
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
    }
    long multi = sizes.values().stream().filter(n -> n > 1).count();
    assertEquals(multi, groups);
    assertEquals(groups, spark.read().json(grouped + "/groups-jsonl").count());
  }

  @Test
  void sparkListsTheSameTopSourcesForEachArticleAsTheLocalIndex() throws Exception {
    Path indexDir = dir.resolve("index");
    List<String> failures = new ArrayList<>();
    long t0 = System.nanoTime();
    try (CorpusWriter writer = CorpusWriter.open(indexDir)) {
      new Indexer(writer, 2, Duration.ofMinutes(10)).run(inputs, new CorpusReader(ReadOptions.DEFAULTS),
          new Indexer.Listener() {
            @Override
            public void progress(long bytesDone, Indexer.Counts counts) {}

            @Override
            public void failure(String where, String message) {
              failures.add(where + ": " + message);
            }
          });
    }
    long t1 = System.nanoTime();
    Map<String, List<String>> expected = new TreeMap<>();
    SourcesTable.Counts counts;
    try (CorpusIndex index = CorpusIndex.open(indexDir)) {
      assertEquals(local.size(), index.documents());
      counts = SourcesTable.all(index, TopSources.DEFAULT_TOP,
          p -> expected.computeIfAbsent(p.article(), a -> new ArrayList<>()).add(describe(p.rank(),
              p.source(), TopSources.published(p.sourceTime()).orElse(null), p.sourceKind(), p.score(),
              p.reuse(), p.shared(), p.quotes().stream().map(c -> c.start() + "-" + c.end() + ":" + c.share()).toList())));
    }
    long t2 = System.nanoTime();
    SparkSession spark = SparkTestSession.get();
    String table = dir.resolve("sources").toUri().toString();
    long rows = SourcesJob.run(spark, out, table, TopSources.DEFAULT_TOP);
    long t3 = System.nanoTime();
    System.err.printf("SameAsLocalTest: sources of %d documents: local index %.1f s + table %.1f s,"
        + " spark %.1f s; %d articles with sources, %d pairs%n", local.size(), (t1 - t0) / 1e9,
        (t2 - t1) / 1e9, (t3 - t2) / 1e9, counts.withSources(), counts.pairs());

    Map<String, List<String>> actual = new TreeMap<>();
    List<Row> sorted = new ArrayList<>(spark.read().parquet(table + "/sources").collectAsList());
    sorted.sort(java.util.Comparator.comparing((Row r) -> r.<String>getAs("article"))
        .thenComparingInt(r -> r.<Integer>getAs("rank")));
    for (Row r : sorted) {
      List<String> quotes = new ArrayList<>();
      for (Row c : r.<Row>getList(r.fieldIndex("quotes"))) {
        quotes.add(c.getAs("start") + "-" + c.getAs("end") + ":" + c.getAs("share"));
      }
      actual.computeIfAbsent(r.getAs("article"), a -> new ArrayList<>()).add(describe(r.getAs("rank"),
          r.getAs("source"), r.getAs("source_published"), r.getAs("source_kind"), r.getAs("score"),
          r.getAs("reuse"), r.getAs("shared"), quotes));
    }
    assertEquals(counts.pairs(), rows);
    assertTrue(counts.withSources() > local.size() / 10, "articles with sources: " + counts.withSources());
    assertTrue(expected.values().stream().flatMap(List::stream).anyMatch(l -> l.contains(":")),
        "some source covers a quote");
    assertEquals(expected.keySet(), actual.keySet());
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
    }
    assertEquals(rows, spark.read().json(table + "/sources-jsonl").count());
  }

  private static String describe(Object... fields) {
    return java.util.Arrays.stream(fields).map(String::valueOf).toList().toString();
  }

  private static String key(String document, int start) {
    return document + "@" + start;
  }

  /** A document as the local path sees it: `quotes` JSON, and what the index keeps of it. */
  private static String describe(JsonNode doc, IndexedQuotes.Doc indexed) {
    StringBuilder b = new StringBuilder();
    b.append("doc ").append(doc.get("path").textValue()).append(' ').append(doc.get("kind").textValue())
        .append(' ').append(indexed.contentHash()).append(' ').append(indexed.textHash()).append(' ')
        .append(java.util.Arrays.toString(indexed.fingerprints())).append('\n');
    Map<Integer, IndexedQuotes.Indexed> ix = new TreeMap<>();
    indexed.quotes().forEach(q -> ix.put(q.index(), q));
    int k = 0;
    for (JsonNode q : doc.get("quotes")) {
      JsonNode sp = q.path("speaker");
      IndexedQuotes.Indexed i = ix.get(k);
      b.append(quote(k, q.get("start").intValue(), q.get("end").intValue(), q.get("kind").textValue(),
          q.get("text").textValue(), q.path("turn").asBoolean(false), sp.path("name").textValue(),
          sp.path("mention").path("text").textValue(), num(sp.path("mention"), "start"),
          num(sp.path("mention"), "end"), sp.path("basis").textValue(), q.path("cue").path("text").textValue(),
          num(q.path("cue"), "start"), num(q.path("cue"), "end"), i != null,
          i == null ? null : i.speakerKey(), i == null ? null : i.words(),
          i == null ? null : java.util.Arrays.toString(i.fingerprints())));
      k++;
    }
    for (JsonNode a : doc.get("attributions")) {
      List<Integer> held = new ArrayList<>();
      a.path("quotes").forEach(n -> held.add(n.intValue()));
      b.append(attribution(a.get("form").textValue(), num(a.get("content"), "start"),
          num(a.get("content"), "end"), a.get("content").get("text").textValue(),
          num(a.path("source"), "start"), num(a.path("source"), "end"), a.path("source").path("text").textValue(),
          a.path("source").path("name").textValue(), num(a.path("cue"), "start"), num(a.path("cue"), "end"),
          a.path("cue").path("text").textValue(), held));
    }
    return b.toString();
  }

  /** The same, as the Spark job wrote it. */
  private static String describe(Row doc) {
    StringBuilder b = new StringBuilder();
    b.append("doc ").append((String) doc.getAs("origin")).append(' ').append((String) doc.getAs("kind"))
        .append(' ').append((long) doc.getAs("content_hash")).append(' ').append((String) doc.getAs("text_hash"))
        .append(' ').append(doc.getList(doc.fieldIndex("fingerprints"))).append('\n');
    for (Row q : doc.<Row>getList(doc.fieldIndex("quotes"))) {
      b.append(quote(q.getAs("index"), q.getAs("start"), q.getAs("end"), q.getAs("kind"), q.getAs("text"),
          q.getAs("turn"), q.getAs("speaker"), q.getAs("mention"), q.getAs("mention_start"),
          q.getAs("mention_end"), q.getAs("basis"), q.getAs("cue"), q.getAs("cue_start"), q.getAs("cue_end"),
          q.getAs("indexed"), q.getAs("speaker_key"), q.getAs("words"),
          q.isNullAt(q.fieldIndex("fingerprints")) ? null : q.getList(q.fieldIndex("fingerprints")).toString()));
    }
    for (Row a : doc.<Row>getList(doc.fieldIndex("attributions"))) {
      b.append(attribution(a.getAs("form"), a.getAs("content_start"), a.getAs("content_end"), a.getAs("content"),
          a.getAs("source_start"), a.getAs("source_end"), a.getAs("source"), a.getAs("source_name"),
          a.getAs("cue_start"), a.getAs("cue_end"), a.getAs("cue"), a.getList(a.fieldIndex("quotes"))));
    }
    return b.toString();
  }

  private static String quote(Object... fields) {
    return "q " + java.util.Arrays.stream(fields).map(String::valueOf).toList() + "\n";
  }

  private static String attribution(Object... fields) {
    return "a " + java.util.Arrays.stream(fields).map(String::valueOf).toList() + "\n";
  }

  private static Integer num(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.intValue();
  }

  /** A small crawl of invented pages with quotes, gzipped record by record as crawlers write it. */
  static Path warc(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
      for (int i = 0; i < 12; i++) {
        String url = "https://www.harbour-courier.example/news/" + i;
        String html = "<html><head><title>Ferry report " + i + "</title></head><body><article>"
            + "<p>The ferry to Skarvik ran " + i + " times late this month.</p>"
            + "<p>\u201cWe are adding a second boat before the winter timetable starts,\u201d harbour"
            + " master Ingrid Solberg said on Monday.</p>"
            + "<p>Passengers were less sure. \u201cI have heard that promise " + (i + 2) + " times,\u201d"
            + " said Tomas Eklund, who commutes daily. Solberg said the new boat had been ordered.</p>"
            + "</article></body></html>\n";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
            .build();
        w.write(new WarcResponse.Builder(url)
            .recordId(UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)))
            .date(Instant.parse("2026-03-1" + (i % 9) + "T08:00:00Z"))
            .body(http)
            .build());
      }
    }
    return Files.write(file, bytes.toByteArray());
  }
}
