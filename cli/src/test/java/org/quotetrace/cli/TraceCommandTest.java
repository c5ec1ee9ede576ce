package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace command's contract, exercised with words only so that it runs without the model. */
class TraceCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    Path source = write("source.txt", "REPORTER: Will you stay?\nMARTA KLINE: I will stay until"
        + " the harbour is rebuilt. Nobody will make me leave.\n");
    Path article = write("article.txt", "“I will stay until the harbor is rebuilt,” Marta Kline"
        + " said. “I was never afraid,” she added.");
    CliRun r = CliRun.run("trace", article.toString(), "--source", source.toString(), "--words-only");
    assertEquals(0, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("article", root.get("article").get("kind").asText());
    assertEquals(1, root.get("sources").size());
    JsonNode q = root.get("quotes").get(0);
    assertEquals("verbatim", q.get("verdict").asText());
    JsonNode m = q.get("matches").get(0);
    assertEquals("MARTA KLINE", m.get("speaker").get("name").asText());
    assertEquals("I will stay until the harbour is rebuilt", m.get("text").asText());
    assertEquals(0, m.get("quote").get("start").asInt() - 1);
    JsonNode invented = root.get("quotes").get(1);
    assertEquals("unsupported", invented.get("verdict").asText());
    assertEquals(0, invented.get("matches").size());
  }

  @Test
  void aMissingSourceIsOneLineAndTheOthersAreStillUsed() throws Exception {
    Path source = write("source.txt", "MARTA KLINE: I will stay.\n");
    Path article = write("article.txt", "“I will stay,” Marta Kline said.");
    CliRun r = CliRun.run("trace", article.toString(), "--source", dir.resolve("nope.txt").toString(),
        source.toString(), "--words-only", "--format", "text");
    assertEquals(1, r.code());
    assertEquals(1, r.err().lines().filter(l -> l.contains("nope.txt")).count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertTrue(r.out().contains("VERBATIM"), r.out());
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    Path article = write("article.txt", "“Yes,” she said.");
    CliRun r = CliRun.run("trace", article.toString(), "--source", article.toString(), "--format", "pdf");
    assertEquals(2, r.code());
  }

  @Test
  void htmlGoesToTheOutFile() throws Exception {
    Path source = write("source.txt", "MARTA KLINE: I will stay.\n");
    Path article = write("article.txt", "“I will stay,” Marta Kline said. <script>x()</script>");
    Path out = dir.resolve("report.html");
    CliRun r = CliRun.run("trace", article.toString(), "--source", source.toString(), "--words-only",
        "--format", "html", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(out);
    assertTrue(html.contains("&lt;script&gt;x()&lt;/script&gt;"));
  }
}
