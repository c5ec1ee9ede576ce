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

class QuotesAttributionsTest {
  @TempDir Path dir;

  @Test
  void quotesJsonListsReportedSpeechWithSourceCueContentAndForm() throws Exception {
    // The emoji takes two UTF-16 units but one code point: offsets must count code points.
    String text = "\uD83D\uDE00 Ada Brisk told reporters on Monday that the pier would reopen in spring.";
    Path f = Files.writeString(dir.resolve("a.txt"), text);
    CliRun r = CliRun.run("quotes", f.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out().strip());
    JsonNode atts = doc.get("attributions");
    assertEquals(1, atts.size(), atts::toString);
    JsonNode a = atts.get(0);
    assertEquals("Ada Brisk", a.get("source").get("text").asText());
    assertEquals(2, a.get("source").get("start").asInt());
    assertTrue(a.get("cue").get("text").asText().startsWith("told"), a::toString);
    assertTrue(a.get("content").get("text").asText().contains("the pier would reopen in spring"), a::toString);
    assertEquals("indirect", a.get("form").asText());
    assertFalse(a.has("quotes"));
  }

  @Test
  void anAttributionHoldingAQuotePointsToItAndBorrowsTheSpeakersName() throws Exception {
    String text = "\u201CThe pier will reopen in spring,\u201D Ada Brisk said.";
    Path f = Files.writeString(dir.resolve("b.txt"), text);
    CliRun r = CliRun.run("quotes", f.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out().strip());
    JsonNode a = doc.get("attributions").get(0);
    assertEquals("direct", a.get("form").asText());
    assertEquals(0, a.get("quotes").get(0).asInt());
    assertEquals("Ada Brisk", a.get("source").get("name").asText());
  }

  @Test
  void noAttributionsLeavesThemOut() throws Exception {
    Path f = Files.writeString(dir.resolve("c.txt"), "Ada Brisk said the pier would reopen.");
    CliRun r = CliRun.run("quotes", "--no-attributions", f.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(new ObjectMapper().readTree(r.out().strip()).has("attributions"));
  }
}
