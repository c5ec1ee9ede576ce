package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.read.ReadAssertions.assertWellFormed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

class HtmlReadingTest {
  @TempDir Path dir;

  private Path fixture(String name) throws IOException {
    try (InputStream in = HtmlReadingTest.class.getResourceAsStream("/read/" + name)) {
      Path p = dir.resolve(name);
      Files.copy(in, p);
      return p;
    }
  }

  @Test
  void mainTextKeepsTheArticleParagraphsAndDropsNavigationTeasersAndReadMore() throws Exception {
    Document doc = assertWellFormed(Readers.read(fixture("harbour-article.html")));

    assertEquals(
        String.join(
            "\n\n",
            "Harbour plan splits council",
            "The town council of Port Alder voted seven to six on Monday to rebuild the old harbour wall.",
            "“We cannot wait for the next storm,” said Mayor Ilse Varga after the vote.",
            "The wall has stood for two hundred years.",
            "Opponents said the plan was rushed: the cost is not yet known.",
            "Cost: unknown",
            "Start: next spring"),
        doc.text());
    assertEquals(DocumentKind.ARTICLE, doc.kind());
    assertTrue(doc.turns().isEmpty(), "list items with colons are not speaker turns");
  }

  @Test
  void metadataComesFromOpenGraphAndArticleMetaTags() throws Exception {
    Document doc = Readers.read(fixture("harbour-article.html"));

    assertEquals(Optional.of("Harbour plan splits council"), doc.title());
    assertEquals(Optional.of("The Coastal Courier"), doc.outlet());
    // The meta tag wins over the JSON-LD date; its +01:00 offset is honoured.
    assertEquals(Optional.of(Instant.parse("2024-03-05T08:30:00Z")), doc.published());
  }

  @Test
  void withoutAnArticleElementTheRichestBlockAndItsSiblingPartsAreTaken() throws Exception {
    Document doc = assertWellFormed(Readers.read(fixture("no-article-element.html")));

    assertEquals(
        String.join(
            "\n\n",
            "After forty years at the Cape Ness light, Arvid Holm climbed the stairs for the last time on Sunday.",
            "He counted them once, he said: three hundred and twelve, every night.",
            "The light will be run from the mainland from next month, the port authority said."),
        doc.text());
  }

  @Test
  void metadataFallsBackToTheTitleElementAndJsonLdDate() throws Exception {
    Document doc = Readers.read(fixture("no-article-element.html"));

    assertEquals(Optional.of("Lighthouse keeper retires"), doc.title());
    assertEquals(Optional.empty(), doc.outlet());
    assertEquals(Optional.of(Instant.parse("2023-11-20T12:05:00Z")), doc.published());
  }

  @Test
  void aTimeElementDatesThePageWhenNothingElseDoes() throws Exception {
    String html =
        "<!doctype html><html><body><article><h1>Tide tables</h1>"
            + "<time datetime=\"2022-06-01\">1 June</time>"
            + "<p>High water will come an hour later than usual this week.</p></article></body></html>";

    Document doc = Readers.read("tides", html.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS);

    assertEquals(Optional.of("Tide tables"), doc.title());
    assertEquals(Optional.of(Instant.parse("2022-06-01T00:00:00Z")), doc.published());
  }

  @Test
  void htmlIsRecognisedByItsContentWhenTheNameSaysNothing() throws Exception {
    String html =
        "\n  <!DOCTYPE html><html><body><main><p>The bridge reopens on Friday.</p>"
            + "<p>Tolls stay as they are.</p></main></body></html>";

    Document doc = Readers.read("record-12", html.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS);

    assertEquals("The bridge reopens on Friday.\n\nTolls stay as they are.", doc.text());
  }

  @Test
  void theCharsetDeclaredInAMetaTagIsUsed() throws Exception {
    byte[] head =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>She said "
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "</p></body></html>".getBytes(StandardCharsets.US_ASCII);
    byte[] page = new byte[head.length + 4 + tail.length];
    System.arraycopy(head, 0, page, 0, head.length);
    page[head.length] = (byte) 0x93;
    page[head.length + 1] = 'n';
    page[head.length + 2] = 'o';
    page[head.length + 3] = (byte) 0x94;
    System.arraycopy(tail, 0, page, head.length + 4, tail.length);
    Path p = dir.resolve("old.html");
    Files.write(p, page);

    assertEquals("She said “no”", Readers.read(p).text());
  }

  @Test
  void aPageWithoutReadableTextIsRefused() throws Exception {
    Path p = dir.resolve("empty.html");
    Files.writeString(p, "<html><head><title>x</title></head><body><nav><p>Home</p></nav></body></html>");

    ReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class, () -> Readers.read(p));

    assertEquals(p + ": no readable text in the HTML page", e.getMessage());
  }

  @Test
  void anInterviewPageIsATranscriptWithTurns() throws Exception {
    String html =
        "<html><body><article><h1>Five questions for the harbour master</h1>"
            + "<p>Q: How bad is the crack?</p><p>A: Bad enough to close the pier.</p>"
            + "<p>Q: When will it reopen?</p><p>A: Not before autumn.</p></article></body></html>";

    Document doc = assertWellFormed(Readers.read("interview.html", html.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS));

    assertEquals(DocumentKind.TRANSCRIPT, doc.kind());
    assertEquals(4, doc.turns().size());
    assertEquals("Not before autumn.", ReadAssertions.words(doc, 3));
    assertFalse(doc.text().contains("<"));
  }

  @Test
  void elementsNestedDeeperThanAnyPageAreReadAsTheirTextAndTheProblemRecorded() {
    // Issue 12: 60 MB of nested divs in a small .warc.gz became millions of elements.
    String html = "<html><body>" + "<div>".repeat(HtmlReader.MAX_DEPTH + 500)
        + "<p>“The dam will hold,” said Ines Marr.</p><p>The river fell overnight.</p>"
        + "</div>".repeat(HtmlReader.MAX_DEPTH + 500) + "</body></html>";
    HtmlReader.Page page = HtmlReader.read(html);
    assertTrue(page.text().contains("“The dam will hold,” said Ines Marr."), page.text());
    assertTrue(page.text().contains("The river fell overnight."), page.text());
    assertTrue(page.problems().toString().contains("nested deeper than 2000"),
        page.problems().toString());
    String shallow = "<html><body><div><p>A pier.</p></div></body></html>";
    assertSame(shallow, HtmlReader.flattened(shallow, HtmlReader.MAX_DEPTH));
  }
}
