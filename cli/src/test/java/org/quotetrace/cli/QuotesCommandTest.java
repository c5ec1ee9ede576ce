package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {
  @TempDir Path dir;

  @Test
  void jsonlFollowsTheContractWithCodePointOffsets() throws Exception {
    // The emoji before the quote takes two UTF-16 units but one code point.
    String text = "\uD83D\uDE00 “Rain is coming,” Ada Brisk said.";
    Path f = Files.writeString(dir.resolve("a.txt"), text);
    CliRun r = CliRun.run("quotes", f.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out().strip());
    assertEquals("article", doc.get("kind").asText());
    JsonNode q = doc.get("quotes").get(0);
    assertEquals(3, q.get("start").asInt());
    assertEquals("Rain is coming,", q.get("text").asText());
    assertEquals("Ada Brisk", q.get("speaker").get("name").asText());
    assertEquals("Ada Brisk", q.get("speaker").get("mention").get("text").asText());
    assertEquals("said", q.get("cue").get("text").asText());
    int cps = text.codePointCount(0, text.length());
    assertTrue(q.get("end").asInt() <= cps);
  }

  @Test
  void badInputsGetOneLineEachAndTheOthersAreStillProcessed() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "“Yes,” Ola Nyberg said.");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Path binary = Files.write(dir.resolve("junk.bin"), junk);
    Path bad = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 \u201cok\u201d".getBytes(StandardCharsets.ISO_8859_1));
    CliRun r = CliRun.run("quotes", dir.resolve("missing.txt").toString(), empty.toString(), binary.toString(),
        bad.toString(), good.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("Ola Nyberg"), r.out());
    String[] lines = r.err().strip().split("\n");
    assertEquals(4, lines.length, r.err());
    assertTrue(lines[0].contains("missing.txt") && lines[0].contains("no such file"), lines[0]);
    assertTrue(lines[1].contains("empty.txt") && lines[1].contains("empty"), lines[1]);
    assertTrue(lines[2].contains("junk.bin") && lines[2].contains("binary"), lines[2]);
    assertTrue(lines[3].contains("latin1.txt") && lines[3].contains("UTF-8"), lines[3]);
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void unbalancedQuoteIsAWarningWithItsPositionNotAFailure() throws Exception {
    Path f = Files.writeString(dir.resolve("open.txt"), "First line.\nShe said “this never closes\n");
    CliRun r = CliRun.run("quotes", "--format", "text", f.toString());
    assertEquals(0, r.code());
    assertTrue(r.err().contains("open.txt:2:10"), r.err());
    // Issue 13 (1.6): an unclosed final quote is not a quote; this once expected it to be one.
    assertTrue(r.err().contains("not read as a quote"), r.err());
    assertFalse(r.out().contains("this never closes"), r.out());
  }

  @Test
  void unknownFormatIsAUsageError() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "text");
    assertEquals(2, CliRun.run("quotes", "--format", "xml", f.toString()).code());
    assertEquals(2, CliRun.run("quotes").code());
  }
}
