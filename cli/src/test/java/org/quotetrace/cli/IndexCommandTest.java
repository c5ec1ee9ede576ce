package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.CorpusWriter;
import org.quotetrace.quote.QuoteFinder;

/** The corpus commands end to end: index, sources, variants, search, and their bad input. */
class IndexCommandTest {
  @TempDir Path tmp;

  static final String INTERVIEW = """
      HOST: What will happen to the night buses?
      ADA BROOK: We will keep every night bus running until the end of the year. The city cannot \
      leave shift workers stranded at two in the morning.
      HOST: And after that?
      ADA BROOK: After that the council will decide, and I will argue for keeping them.
      """;

  static final String ARTICLE = """
      Night buses saved until December

      The city's night buses will keep running until the end of the year, the transport chief said.

      "The city cannot leave shift workers stranded at two in the morning," Ada Brook said in an \
      interview.

      "After that the council will decide," she added.
      """;

  private Path corpus() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path file = tmp.resolve("corpus.jsonl");
    String lines = json.writeValueAsString(json.createObjectNode().put("id", "interview")
        .put("url", "https://radio.example/interview").put("outlet", "Radio Example")
        .put("published", "2026-02-01T08:00:00Z").put("kind", "transcript").put("text", INTERVIEW))
        + "\n{\"id\": \"broken\", \"text\": \n"
        + json.writeValueAsString(json.createObjectNode().put("id", "story")
        .put("url", "https://paper.example/story").put("outlet", "Paper Example")
        .put("published", "2026-02-02T08:00:00Z").put("kind", "article").put("text", ARTICLE))
        + "\n";
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aBadLineIsReportedByNumberAndTheRestIsIndexedThenSkippedWhenUnchanged() throws Exception {
    Path corpus = corpus();
    Path index = tmp.resolve("index");
    CliRun first = CliRun.run("index", "--index", index.toString(), corpus.toString(), "--progress", "none");
    assertEquals(1, first.code(), first.err());
    assertTrue(first.err().contains(corpus + ":2: invalid JSON"), first.err());
    assertTrue(first.err().contains("2 documents read"), first.err());
    assertTrue(first.err().contains("2 added"), first.err());

    CliRun again = CliRun.run("index", "--index", index.toString(), corpus.toString(), "--progress", "none");
    assertTrue(again.err().contains("2 unchanged"), again.err());
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      assertEquals(2, idx.documents());
    }
  }

  @Test
  void sourcesFindsTheInterviewAndTracesTheArticleAgainstIt() throws Exception {
    Path index = tmp.resolve("index");
    CliRun.run("index", "--index", index.toString(), corpus().toString(), "--progress", "none");
    Path article = tmp.resolve("story.txt");
    Files.writeString(article, ARTICLE);
    CliRun r = CliRun.run("sources", article.toString(), "--index", index.toString(), "--words-only");
    assertEquals(0, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("interview", root.get("candidates").get(0).get("id").asText());
    assertEquals("https://radio.example/interview", root.get("sources").get(0).get("path").asText());
    JsonNode quotes = root.get("quotes");
    assertEquals(2, quotes.size());
    assertEquals("verbatim", quotes.get(0).get("verdict").asText());
    assertEquals("ADA BROOK", quotes.get(0).get("matches").get(0).get("speaker").get("name").asText().toUpperCase());

    CliRun byId = CliRun.run("sources", "--id", "story", "--index", index.toString(), "--format", "text", "--words-only");
    assertEquals(0, byId.code(), byId.err());
    assertTrue(byId.out().contains("https://radio.example/interview"), byId.out());
    assertTrue(byId.out().contains("VERBATIM"), byId.out());
  }

  @Test
  void sourcesAllWritesEachArticleWithItsEarlierSourcesOneJsonLineAPair() throws Exception {
    Path index = tmp.resolve("index");
    CliRun.run("index", "--index", index.toString(), corpus().toString(), "--progress", "none");
    Path table = tmp.resolve("sources.jsonl");
    CliRun r = CliRun.run("sources", "--all", "--index", index.toString(), "--out", table.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("2 documents, 1 with sources, 1 pairs"), r.err());
    java.util.List<String> lines = Files.readAllLines(table);
    assertEquals(1, lines.size(), lines.toString());
    JsonNode pair = new ObjectMapper().readTree(lines.get(0));
    assertEquals("story", pair.get("article").asText());
    assertEquals("interview", pair.get("source").asText());
    assertEquals("2026-02-01T08:00:00Z", pair.get("source_published").asText());
    assertEquals("transcript", pair.get("source_kind").asText());
    assertEquals(1, pair.get("rank").asInt());
    JsonNode covered = pair.get("quotes").get(0);
    assertEquals("The city cannot leave shift workers stranded at two in the morning",
        ARTICLE.substring(covered.get("start").asInt(), covered.get("end").asInt()).replaceAll("[,.]$", ""));

    CliRun both = CliRun.run("sources", "--all", "--id", "story", "--index", index.toString());
    assertEquals(2, both.code(), both.err());

    Path one = tmp.resolve("sources-1.jsonl");
    CliRun r1 = CliRun.run("sources", "--all", "--threads", "1", "--index", index.toString(), "--out", one.toString());
    assertEquals(0, r1.code(), r1.err());
    assertEquals(lines, Files.readAllLines(one));
    CliRun none = CliRun.run("sources", "--all", "--threads", "0", "--index", index.toString());
    assertEquals(2, none.code(), none.err());
    assertTrue(none.err().contains("--threads must be at least 1"), none.err());
    CliRun notAll = CliRun.run("sources", "--id", "story", "--threads", "2", "--index", index.toString());
    assertEquals(2, notAll.code(), notAll.err());
    assertTrue(notAll.err().contains("--threads goes with --all"), notAll.err());
  }

  @Test
  void searchAndVariantsAnswerFromTheIndex() throws Exception {
    Path index = tmp.resolve("index");
    CliRun.run("index", "--index", index.toString(), corpus().toString(), "--progress", "none");
    CliRun s = CliRun.run("search", "--index", index.toString(), "--speaker", "Brook", "--format", "json");
    assertEquals(0, s.code(), s.err());
    JsonNode hits = new ObjectMapper().readTree(s.out());
    assertEquals(2, hits.get("total").asInt(), s.out());
    assertEquals("Paper Example", hits.get("quotes").get(0).get("outlet").asText());

    CliRun none = CliRun.run("search", "--index", index.toString(), "--outlet", "paper example",
        "--from", "2026-02-03");
    assertTrue(none.out().startsWith("0 quotes"), none.out());

    CliRun v = CliRun.run("variants", "--index", index.toString(), "shift workers stranded");
    assertEquals(0, v.code(), v.err());
    assertTrue(v.out().contains("first 2026-02-01T08:00:00Z in Radio Example"), v.out());
    assertTrue(v.out().contains("Paper Example"), v.out());
    assertTrue(v.out().contains("grouped in"), "the first grouping is done: " + v.out());
    CliRun again = CliRun.run("variants", "--index", index.toString(), "--format", "json");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("\"reused\" : true"), "the second is read back: " + again.out());
  }

  @Test
  void badIndexFoldersAndTimesGetOneLineEach() throws Exception {
    Path notes = tmp.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("todo.txt"), "x");
    CliRun r = CliRun.run("index", "--index", notes.toString(), corpus().toString(), "--progress", "none");
    assertEquals(1, r.code());
    assertEquals(notes + ": not a quotetrace index (it holds todo.txt); give an empty or new folder"
        + " for a new index", r.err().strip().replaceFirst("^quotetrace: ", ""));

    CliRun missing = CliRun.run("search", "--index", tmp.resolve("nothing").toString(), "x");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no index here yet"), missing.err());

    CliRun badTime = CliRun.run("search", "--index", notes.toString(), "--from", "yesterday");
    assertEquals(2, badTime.code());
    assertTrue(badTime.err().contains("'yesterday' is not an ISO-8601 time or date"), badTime.err());
  }

  private static org.netpreserve.jwarc.WarcResponse page(String uri, String date, String html)
      throws Exception {
    var http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
        .body(org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"),
            html.getBytes(StandardCharsets.UTF_8))
        .build();
    return new org.netpreserve.jwarc.WarcResponse.Builder(uri)
        .date(java.time.Instant.parse(date)).body(http).build();
  }

  @Test
  void aWebArchiveIsIndexedAndACutOneKeepsThePagesBeforeTheCut() throws Exception {
    Path warc = tmp.resolve("crawl.warc.gz");
    String first = "<html><head><title>Night buses</title></head><body><article><h1>Night buses saved</h1>"
        + "<p>\"The city cannot leave shift workers stranded at two in the morning,\" Ada Brook said.</p>"
        + "<p>The buses will run until December, the council confirmed on Monday.</p></article></body></html>";
    String second = "<html><head><title>Ferries</title></head><body><article><h1>Ferry timetable</h1>"
        + "<p>\"We will add a late ferry on Fridays,\" said Jon Okafor, the harbour master.</p>"
        + "<p>The change starts in March, when the summer timetable begins.</p></article></body></html>";
    try (var out = Files.newOutputStream(warc);
        var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.Channels.newChannel(out),
            org.netpreserve.jwarc.WarcCompression.GZIP)) {
      w.write(page("https://www.paper.example/buses", "2026-03-01T10:00:00Z", first));
      w.write(page("https://ferries.example/timetable", "2026-03-02T10:00:00Z", second));
    }
    byte[] all = Files.readAllBytes(warc);
    Path cut = tmp.resolve("cut.warc.gz");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length - 40));
    Path index = tmp.resolve("index");
    CliRun r = CliRun.run("index", "--index", index.toString(), cut.toString(), "--progress", "none");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains(cut + "@"), "the failure names the archive and the record: " + r.err());
    assertTrue(r.err().contains("1 added"), r.err());
    CliRun s = CliRun.run("search", "--index", index.toString(), "--speaker", "Brook", "--format", "json");
    JsonNode hit = new ObjectMapper().readTree(s.out()).get("quotes").get(0);
    assertEquals("paper.example", hit.get("outlet").asText());
    assertEquals("https://www.paper.example/buses", hit.get("path").asText());

    CliRun whole = CliRun.run("index", "--index", index.toString(), warc.toString(), "--progress", "none");
    assertEquals(0, whole.code(), whole.err());
    assertTrue(whole.err().contains("1 unchanged") && whole.err().contains("1 added"), whole.err());
  }

  @Test
  void aSecondIndexRunOnTheSameFolderIsRefused() throws Exception {
    Path index = tmp.resolve("index");
    try (CorpusWriter holder = CorpusWriter.open(index)) {
      CliRun r = CliRun.run("index", "--index", index.toString(), corpus().toString(), "--progress", "none");
      assertEquals(1, r.code());
      assertTrue(r.err().contains("another quotetrace process is writing this index"), r.err());
    }
  }

  @Test
  void aFullDiskStopsWithOneLineAndTheIndexStillOpens() throws Exception {
    Path small = tmp.resolve("small");
    Files.createDirectories(small);
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", small.toString())
        .redirectErrorStream(true).start();
    boolean mounted = mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0;
    assumeTrue(mounted, "needs a small tmpfs (mount -t tmpfs, as root) to fill a disk for real");
    try {
      Path corpus = tmp.resolve("big.jsonl");
      TestCorpus.write(corpus, 4_000, 3);
      Path index = small.resolve("index");
      CliRun r = CliRun.run("index", "--index", index.toString(), corpus.toString(),
          "--progress", "none", "--commit-every", "1");
      assertEquals(1, r.code(), r.err());
      assertTrue(r.err().contains("the disk is full"), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      boolean committed;
      try (var files = Files.list(index)) {
        committed = files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
      }
      if (committed) {
        try (CorpusIndex idx = CorpusIndex.open(index)) {
          // The last commit holds whole documents, each with every one of its quotes, whenever
          // the disk filled up.
          int docs = idx.documents();
          int seen = 0;
          long quotes = 0;
          QuoteFinder finder = new QuoteFinder();
          for (int i = 0; i < 4_000 && seen < docs; i++) {
            var d = idx.document("doc-" + i);
            if (d.isPresent()) {
              seen++;
              quotes += finder.find(d.get()).speech().size();
            }
          }
          assertEquals(docs, seen, "every committed document is one the corpus has");
          assertEquals(quotes, idx.quotes(),
              "the committed quotes are those of the committed documents, no more, no fewer");
        }
      }
    } finally {
      // Lazily: the mount goes as soon as nothing uses it, and the temporary folder can go then.
      new ProcessBuilder("umount", "-l", small.toString()).start().waitFor(20, TimeUnit.SECONDS);
    }
  }
}
