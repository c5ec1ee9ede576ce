package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line does with input made to break it, and with outputs that fail. */
class HostileInputTest {
  @TempDir Path dir;

  // ESC ] 0 ; … BEL retitles a terminal; ESC [ 2 J clears it; U+202E shows what follows reversed.
  private static final String TITLE = "\u001b]0;owned\u0007";
  private static final String CLEAR = "\u001b[2J";
  private static final String RLO = "\u202e";

  private static void assertNoRawControls(String printed) {
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      boolean layout = c == '\n' || c == '\t';
      assertFalse(!layout && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u202e'),
          "raw control U+" + Integer.toHexString(c) + " at " + i + " in: " + printed);
    }
  }

  @Test
  void controlCharactersInQuotesAndNamesReachTheTerminalOnlyAsVisibleEscapes() throws Exception {
    Path article = Files.writeString(dir.resolve("a" + RLO + "txt.exe"),
        "Intro.\n\n“We will " + TITLE + "rebuild " + CLEAR + "the pier,” Ines Ruud said.\n");
    Path source = Files.writeString(dir.resolve("source.txt"),
        "INES RUUD: We will rebuild the pier" + RLO + ".\n");
    CliRun quotes = CliRun.run("quotes", "--format", "text", article.toString());
    assertEquals(0, quotes.code(), quotes.err());
    assertNoRawControls(quotes.out());
    assertNoRawControls(quotes.err());
    assertTrue(quotes.out().contains("\\u001b]0;owned\\u0007rebuild \\u001b[2Jthe pier"),
        quotes.out());
    assertTrue(quotes.out().contains("a\\u202etxt.exe"), quotes.out());

    CliRun trace = CliRun.run("trace", article.toString(), "--source", source.toString(),
        "--words-only", "--format", "text");
    assertNoRawControls(trace.out());
    assertNoRawControls(trace.err());
    assertTrue(trace.out().contains("\\u001b[2J"), trace.out());

    // JSON is escaped by its writer: the controls are there, as JSON escapes.
    CliRun json = CliRun.run("quotes", article.toString());
    assertNoRawControls(json.out());
    assertTrue(new ObjectMapper().readTree(json.out()).get("quotes").get(0).get("text").asText()
        .contains(TITLE));
  }

  @Test
  void searchShowsOutletsUrlsAndQuotesFromTheIndexWithoutRawControls() throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode n = m.createObjectNode();
    n.put("id", "evil-1");
    n.put("url", "https://news.example/" + CLEAR + "story");
    n.put("outlet", "Daily " + TITLE + "Post");
    n.put("published", "2026-05-01T10:00:00Z");
    n.put("text", "“The tide " + CLEAR + "is turning,” Ines Ruud said.\n");
    Path corpus = Files.writeString(dir.resolve("c.jsonl"), m.writeValueAsString(n) + "\n");
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run("index", "--index", index.toString(), corpus.toString(),
        "--progress", "none").code());
    CliRun r = CliRun.run("search", "--index", index.toString(), "tide");
    assertEquals(0, r.code(), r.err());
    assertNoRawControls(r.out());
    assertTrue(r.out().contains("Daily \\u001b]0;owned\\u0007Post"), r.out());
    assertTrue(r.out().contains("https://news.example/\\u001b[2Jstory"), r.out());
  }

  @Test
  void searchCountsEveryMatchPastAThousandExactly() throws Exception {
    // Regression: past 1,000 hits the count was Lucene's lower bound, printed as if exact.
    Path corpus = dir.resolve("corpus.jsonl");
    TestCorpus.write(corpus, 400, 11);
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run("index", "--index", index.toString(), corpus.toString(),
        "--progress", "none").code());
    // Every invented sentence ends "and number N counts."; each of the 360 articles quotes three.
    long expected = 0;
    var finder = new org.quotetrace.quote.QuoteFinder();
    try (Stream<String> lines = Files.lines(corpus)) {
      for (String line : (Iterable<String>) lines::iterator) {
        JsonNode d = new ObjectMapper().readTree(line);
        var doc = org.quotetrace.text.Document.builder(d.get("id").asText(), d.get("text").asText())
            .kind(org.quotetrace.text.DocumentKind.parse(d.get("kind").asText())).build();
        expected += finder.find(doc).speech().stream().filter(q -> !q.turn()).count();
      }
    }
    assertTrue(expected > 1000, "the corpus must hold more than 1,000 quotes: " + expected);
    CliRun json = CliRun.run("search", "--index", index.toString(), "--format", "json", "counts");
    assertEquals(expected, new ObjectMapper().readTree(json.out()).get("total").asLong(), json.err());
    CliRun text = CliRun.run("search", "--index", index.toString(), "counts");
    assertTrue(text.out().startsWith(String.format("%d quotes, the first 20 shown", expected)),
        text.out().lines().findFirst().orElse(""));
    CliRun all = CliRun.run("search", "--index", index.toString(), "--format", "json");
    assertEquals(expected, new ObjectMapper().readTree(all.out()).get("total").asLong(), all.err());
  }

  @Test
  void outRefusesToOverwriteAnInputFile() throws Exception {
    Path article = Files.writeString(dir.resolve("article.txt"), "“We stay,” Ines Ruud said.");
    Path source = Files.writeString(dir.resolve("source.txt"), "INES RUUD: We stay.\n");
    for (Path target : List.of(source, article, dir.resolve(".").resolve("source.txt"))) {
      CliRun r = CliRun.run("trace", article.toString(), "--source", source.toString(),
          "--words-only", "--out", target.toString());
      assertEquals(2, r.code(), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().contains("refusing to overwrite"), r.err());
    }
    assertEquals("INES RUUD: We stay.\n", Files.readString(source));
    assertEquals("“We stay,” Ines Ruud said.", Files.readString(article));
  }

  @Test
  void aReportThatFailsMidwayLeavesTheOldFileAndNoPartialOne() throws Exception {
    Path report = Files.writeString(dir.resolve("report.html"), "the old report");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    boolean ok = ReportFile.write(report, w -> {
      w.write("half a report");
      throw new IOException("No space left on device");
    }, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertFalse(ok);
    assertEquals("quotetrace: " + report + ": cannot write the report (No space left on device)\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals("the old report", Files.readString(report));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(report), files.toList(), "no temporary file is left");
    }
    Path fresh = dir.resolve("new.html");
    assertFalse(ReportFile.write(fresh, w -> {
      throw new IOException("No space left on device");
    }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    assertFalse(Files.exists(fresh), "no empty file where the write failed");
  }

  @Test
  void aHugePathInAnErrorIsCutToABoundedLengthWithItsSize() throws Exception {
    String name = "x".repeat(40_000);
    CliRun r = CliRun.run("quotes", dir.resolve(name).toString());
    assertEquals(1, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().length() < 400, () -> r.err().length() + " chars: " + r.err());
    assertTrue(r.err().matches("(?s).*x… \\([0-9,]{6} chars\\).*"), r.err());
  }

  @Test
  void aMistakenOptionIsOneEscapedLineWithAHint() throws Exception {
    CliRun r = CliRun.run("quotes", "--bo" + TITLE + "gus", "a.txt");
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertNoRawControls(r.err());
    assertTrue(r.err().contains("--bo\\u001b]0;owned\\u0007gus")
        && r.err().endsWith("(see quotetrace quotes --help)\n"), r.err());
  }

  @Test
  void quotesWalksAFolderInNameOrderAndReportsEachBadFile() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("news"));
    Files.writeString(folder.resolve("b.txt"), "“Second,” Bo Ek said.");
    Files.writeString(folder.resolve("a.txt"), "“First,” Al Ek said.");
    Files.createDirectories(folder.resolve("c"));
    Files.writeString(folder.resolve("c").resolve("d.txt"), "“Third,” Cy Ek said.");
    Files.writeString(folder.resolve("bb.txt"), "");
    Files.writeString(folder.resolve(".hidden.txt"), "“Hidden,” Di Ek said.");
    CliRun r = CliRun.run("quotes", folder.toString());
    assertEquals(1, r.code(), r.err());
    List<String> speakers = r.out().lines()
        .map(l -> {
          try {
            return new ObjectMapper().readTree(l).get("quotes").get(0).get("text").asText();
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        }).toList();
    assertEquals(List.of("First,", "Second,", "Third,"), speakers);
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("bb.txt") && r.err().contains("empty"), r.err());
  }
}
