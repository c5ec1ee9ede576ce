package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Turn;

class CorpusReaderTest {
  @TempDir Path dir;

  // ---------------------------------------------------------------- folders and plain files

  @Test
  void aFolderIsWalkedInNameOrderWithHiddenEntriesLeftOutAndEachFileReadByItsName()
      throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(
        corpus.resolve("m.html"),
        page("Harbour vote", null, "The council voted to rebuild the wall."));
    write(corpus.resolve("a.txt"), "The mayor spoke on Monday.\n");
    Files.createDirectories(corpus.resolve("b"));
    write(corpus.resolve("b/c.srt"), "1\n00:00:01,000 --> 00:00:02,500\nGood evening.\n");
    write(corpus.resolve("z.jsonl"), "{\"id\": \"r1\", \"text\": \"First record.\"}\n");
    write(corpus.resolve(".draft.txt"), "Not for the corpus.\n");
    Files.createDirectories(corpus.resolve(".git"));
    write(corpus.resolve(".git/notes.txt"), "Not for the corpus either.\n");

    Run run = read(List.of(corpus));

    assertEquals(
        List.of(corpus + "/a.txt", corpus + "/b/c.srt", corpus + "/m.html", "r1"), run.ids());
    assertEquals(List.of(), run.failures);
    assertEquals(DocumentKind.TRANSCRIPT, run.docs.get(1).kind());
    assertEquals("The council voted to rebuild the wall.", run.docs.get(2).text());
    assertEquals(Optional.of("Harbour vote"), run.docs.get(2).title());
  }

  @Test
  void linksAreFollowedButALinkBackToAnEnclosingFolderIsWalkedOnlyOnce() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus.resolve("a.txt"), "The mayor spoke on Monday.\n");
    Files.createSymbolicLink(corpus.resolve("b.txt"), Path.of("a.txt"));
    Files.createSymbolicLink(corpus.resolve("broken.txt"), Path.of("gone.txt"));
    Files.createSymbolicLink(corpus.resolve("loop"), Path.of("."));

    Run run = read(List.of(corpus));

    assertEquals(List.of(corpus + "/a.txt", corpus + "/b.txt"), run.ids());
    assertEquals(
        List.of(
            corpus + "/broken.txt: broken link",
            corpus + "/loop: links back to a folder that holds it; not walked again"),
        run.failures);
  }

  @Test
  void aMissingPathIsReportedAndTheNextInputIsStillRead() throws Exception {
    Path there = write(dir.resolve("there.txt"), "Still read.\n");
    Path missing = dir.resolve("nope.txt");

    Run run = read(List.of(missing, there));

    assertEquals(List.of(missing + ": no such file or folder"), run.failures);
    assertEquals(List.of(there.toString()), run.ids());
  }

  @Test
  void emptyAndBinaryFilesAreReportedWithTheReadersMessages() throws Exception {
    Path empty = write(dir.resolve("empty.txt"), "");
    Path binary = dir.resolve("photo.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    Path emptyJson = write(dir.resolve("none.jsonl"), "\n  \n");

    Run run = read(List.of(empty, binary, emptyJson));

    assertEquals(
        List.of(
            empty + ": empty file", binary + ": binary file, not text", emptyJson + ": empty file"),
        run.failures);
    assertEquals(List.of(), run.docs);
  }

  // ---------------------------------------------------------------- JSON Lines

  @Test
  void aJsonLinesRecordGivesIdOriginOutletTitleTimeAndKind() throws Exception {
    Path file =
        write(
            dir.resolve("corpus.jsonl"),
            """
            {"id": "a1", "url": "https://www.courier.example/harbour", "title": "Harbour vote", \
            "published": "2026-03-04T10:15:00Z", "kind": "article", "text": "The council voted.", "extra": [1, {"x": 2}]}
            {"id": "t1", "outlet": "Radio Alder", "kind": "transcript", \
            "text": "ANCHOR: Good evening.\\nMAYOR VARGA: We cannot wait."}
            """);

    Run run = read(List.of(file));

    assertEquals(List.of(), run.failures);
    Document a = run.docs.get(0);
    assertEquals("a1", a.id());
    assertEquals("https://www.courier.example/harbour", a.origin());
    assertEquals(Optional.of("courier.example"), a.outlet(), "the URL's host, without www.");
    assertEquals(Optional.of("Harbour vote"), a.title());
    assertEquals(Optional.of(Instant.parse("2026-03-04T10:15:00Z")), a.published());
    assertEquals(DocumentKind.ARTICLE, a.kind());
    assertEquals("The council voted.", a.text());

    Document t = run.docs.get(1);
    assertEquals(file + ":2", t.origin(), "without a URL the origin is the file and line");
    assertEquals(Optional.of("Radio Alder"), t.outlet());
    assertEquals(DocumentKind.TRANSCRIPT, t.kind());
    assertEquals(List.of("ANCHOR", "MAYOR VARGA"), t.turns().stream().map(Turn::speaker).toList());
  }

  @Test
  void aBadLineInTheMiddleIsReportedWithItsNumberAndTheLinesAroundItAreRead() throws Exception {
    Path file =
        write(
            dir.resolve("corpus.jsonl"),
            """
            {"id": "one", "text": "First."}

            {"id": "two", "text": }
            {"id": "three", "text": "Third."}
            """);

    Run run = read(List.of(file));

    assertEquals(List.of("one", "three"), run.ids());
    assertEquals(1, run.failures.size());
    assertTrue(
        run.failures
            .get(0)
            .startsWith(file + ":3: invalid JSON at column 23: Unexpected character ('}'"),
        run.failures.get(0));
  }

  @Test
  void eachWayARecordCanBeWrongIsReportedOnItsOwnLine() throws Exception {
    Path file =
        write(
            dir.resolve("bad.jsonl"),
            """
            {"text": "No id."}
            {"id": "n1"}
            {"id": "n2", "text": "  "}
            {"id": "n3", "text": 42}
            {"id": "n4", "text": "Kind?", "kind": "blog"}
            {"id": "n5", "title": ["a"], "text": "Title?"}
            ["id", "text"]
            {"id": "n6", "text": "One."} {"id": "n7", "text": "Two."}
            {"id": "", "text": "Empty id."}
            {"id": 1234, "text": "A numeric id is taken as it is written."}
            """);

    Run run = read(List.of(file));

    assertEquals(
        List.of(
            file + ":1: no \"id\"",
            file + ":2: no \"text\"",
            file + ":3: \"text\" is empty",
            file + ":4: \"text\" must be a string, not a number",
            file
                + ":5: unknown document kind 'blog'"
                + " (expected article, transcript, script, wire or press_release)",
            file + ":6: \"title\" must be a string, not an array",
            file + ":7: not a JSON object",
            file + ":8: more than one JSON value on the line",
            file + ":9: \"id\" is empty"),
        run.failures);
    assertEquals(List.of("1234"), run.ids());
  }

  @Test
  void aFileWhoseFirstHundredLinesAreAllBadIsGivenUpOn() throws Exception {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      csv.append(i).append(",\"Story ").append(i).append("\",\"The council met.\"\n");
    }
    Path file = write(dir.resolve("export.jsonl"), csv.toString());

    Run run = read(List.of(file));

    assertEquals(JsonLinesInput.GIVE_UP_AFTER + 1, run.failures.size());
    assertEquals(
        file
            + ": no good record in the first 100 lines"
            + " (not JSON Lines of records with \"id\" and \"text\"?); reading stopped",
        run.failures.get(run.failures.size() - 1));
  }

  @Test
  void anUnreadableTimeIsAProblemOnTheDocumentNotAFailure() throws Exception {
    Path file =
        write(
            dir.resolve("times.jsonl"),
            """
            {"id": "bad", "published": "last Tuesday", "text": "A."}
            {"id": "date", "published": "2026-03-04", "text": "B."}
            {"id": "offset", "published": "2026-03-04T12:15:00+02:00", "text": "C."}
            {"id": "compact", "published": "2026-03-04 12:15:00+0200", "text": "D."}
            {"id": "local", "published": "2026-03-04T10:15:00", "text": "E."}
            """);

    Run run = read(List.of(file));

    assertEquals(List.of(), run.failures);
    Document bad = run.docs.get(0);
    assertEquals(Optional.empty(), bad.published());
    assertEquals(
        List.of(
            Problem.whole(
                "published time 'last Tuesday' not understood"
                    + " (expected ISO-8601 such as 2026-03-04T10:15:00Z or 2026-03-04); left out")),
        bad.problems());
    assertEquals(Optional.of(Instant.parse("2026-03-04T00:00:00Z")), run.docs.get(1).published());
    assertEquals(Optional.of(Instant.parse("2026-03-04T10:15:00Z")), run.docs.get(2).published());
    assertEquals(Optional.of(Instant.parse("2026-03-04T10:15:00Z")), run.docs.get(3).published());
    Document local = run.docs.get(4);
    assertEquals(Optional.of(Instant.parse("2026-03-04T10:15:00Z")), local.published());
    assertEquals(
        List.of(
            Problem.whole("published time '2026-03-04T10:15:00' has no time zone; UTC assumed")),
        local.problems());
  }

  @Test
  void aGzippedJsonLinesFileReadsLikeThePlainOne() throws Exception {
    String lines = records(1, 40);
    Path plain = write(dir.resolve("corpus.jsonl"), lines);
    Path gz = dir.resolve("corpus.jsonl.gz");
    Files.write(gz, gzip(lines.getBytes(StandardCharsets.UTF_8)));

    Run fromPlain = read(List.of(plain));
    Run fromGz = read(List.of(gz));

    assertEquals(40, fromGz.docs.size());
    assertEquals(fromPlain.ids(), fromGz.ids());
    assertEquals(
        fromPlain.docs.stream().map(Document::text).toList(),
        fromGz.docs.stream().map(Document::text).toList());
    assertEquals(List.of(), fromGz.failures);
  }

  @Test
  void aTruncatedGzipKeepsTheRecordsBeforeTheCutAndNamesTheLine() throws Exception {
    byte[] whole = gzip(records(1, 2000).getBytes(StandardCharsets.UTF_8));
    Path gz = dir.resolve("cut.jsonl.gz");
    Files.write(gz, Arrays.copyOf(whole, whole.length * 2 / 3));

    Run run = read(List.of(gz));

    assertFalse(run.docs.isEmpty());
    assertTrue(run.docs.size() < 2000);
    for (int i = 0; i < run.docs.size(); i++) {
      assertEquals("r" + (i + 1), run.docs.get(i).id(), "records before the cut, in order");
    }
    assertEquals(
        List.of(
            gz
                + ":"
                + (run.docs.size() + 1)
                + ": the gzip data ends in the middle of this line (truncated file?); reading"
                + " stopped"),
        run.failures);
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedAndTheNextOneRead() throws Exception {
    String big = "x".repeat(5000);
    Path file =
        write(
            dir.resolve("long.jsonl"),
            "{\"id\": \"big\", \"text\": \""
                + big
                + "\"}\n{\"id\": \"small\", \"text\": \"Fine.\"}\n");

    Run run = read(List.of(file), DEFAULTS.withMaxBytes(1024));

    assertEquals(List.of("small"), run.ids());
    assertEquals(
        List.of(file + ":1: line too long (more than 1024 bytes, the limit)"), run.failures);
  }

  // ---------------------------------------------------------------- WARC

  private static final String FIRST_PAGE =
      page(
          "Harbour plan splits council",
          "2026-03-02T08:30:00Z",
          "The town council of Port Alder voted seven to six on Monday to rebuild the harbour"
              + " wall.");
  private static final String SECOND_PAGE =
      page(
          "Lighthouse keeper retires",
          null,
          "After forty years Arvid Holm climbed the stairs for the last time.");

  /**
   * A crawl of two pages with the records a crawler writes around them. Record ids are fixed, so
   * that the same records compress to the same bytes and a shorter crawl tells where a record
   * starts in a longer one.
   */
  private static List<WarcRecord> crawl() throws IOException {
    List<WarcRecord> records = new ArrayList<>();
    records.add(
        new WarcRequest.Builder("https://www.courier.example/harbour")
            .recordId(fixedId("request"))
            .date(Instant.parse("2026-03-05T09:00:00Z"))
            .body(
                new HttpRequest.Builder("GET", "/harbour")
                    .addHeader("Host", "www.courier.example")
                    .build())
            .build());
    records.add(
        response(
            "https://www.courier.example/harbour",
            "2026-03-05T09:00:01Z",
            200,
            "text/html; charset=utf-8",
            FIRST_PAGE.getBytes(StandardCharsets.UTF_8)));
    records.add(
        new WarcMetadata.Builder()
            .recordId(fixedId("metadata"))
            .targetURI("https://www.courier.example/harbour")
            .date(Instant.parse("2026-03-05T09:00:02Z"))
            .fields(Map.of("outlink", List.of("https://www.courier.example/logo.png")))
            .build());
    records.add(
        response(
            "https://www.courier.example/logo.png",
            "2026-03-05T09:00:03Z",
            200,
            "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
    records.add(
        response(
            "https://www.courier.example/gone",
            "2026-03-05T09:00:04Z",
            404,
            "text/html",
            page("Not found", null, "This page does not exist any more, sorry.")
                .getBytes(StandardCharsets.UTF_8)));
    records.add(
        response(
            "https://news.lighthouse.example/keeper?id=7",
            "2026-03-05T09:00:05Z",
            200,
            "text/html",
            SECOND_PAGE.getBytes(StandardCharsets.UTF_8)));
    return records;
  }

  @Test
  void aWarcGivesOneDocumentPerHtmlPageCapturedWithStatus200() throws Exception {
    Path warc = writeWarc(dir.resolve("crawl.warc"), WarcCompression.NONE, crawl());

    Run run = read(List.of(warc));

    assertEquals(List.of(), run.failures);
    assertEquals(
        List.of(
            "https://www.courier.example/harbour", "https://news.lighthouse.example/keeper?id=7"),
        run.ids());
    Document first = run.docs.get(0);
    assertEquals("https://www.courier.example/harbour", first.origin());
    assertEquals(Optional.of("courier.example"), first.outlet());
    assertEquals(Optional.of("Harbour plan splits council"), first.title());
    assertEquals(
        Optional.of(Instant.parse("2026-03-02T08:30:00Z")),
        first.published(),
        "the page's own time wins over the capture time");
    assertEquals(
        "The town council of Port Alder voted seven to six on Monday to rebuild the harbour wall.",
        first.text());
    Document second = run.docs.get(1);
    assertEquals(Optional.of("news.lighthouse.example"), second.outlet());
    assertEquals(
        Optional.of(Instant.parse("2026-03-05T09:00:05Z")),
        second.published(),
        "without a time in the page, the WARC-Date");
    assertEquals(
        List.of(
            Problem.whole(
                "no publication time in the page; the capture time (WARC-Date) stands in")),
        second.problems());
    assertEquals(List.of(), first.problems());
    assertEquals(
        "After forty years Arvid Holm climbed the stairs for the last time.", second.text());
  }

  @Test
  void aGzippedWarcReadsLikeThePlainOne() throws Exception {
    Path plain = writeWarc(dir.resolve("crawl.warc"), WarcCompression.NONE, crawl());
    Path gz = writeWarc(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, crawl());

    Run fromPlain = read(List.of(plain));
    Run fromGz = read(List.of(gz));

    assertEquals(List.of(), fromGz.failures);
    assertEquals(fromPlain.ids(), fromGz.ids());
    assertEquals(
        fromPlain.docs.stream().map(Document::text).toList(),
        fromGz.docs.stream().map(Document::text).toList());
  }

  @Test
  void theHttpCharsetDecodesThePageAndAPlainTextResourceIsRead() throws Exception {
    String html = page("Quotes", null, "\u201cWe cannot wait,\u201d said the mayor.");
    Path warc =
        writeWarc(
            dir.resolve("charset.warc"),
            WarcCompression.NONE,
            List.of(
                response(
                    "http://old.example/q",
                    "2026-03-05T09:00:00Z",
                    200,
                    "text/html; charset=windows-1252",
                    html.getBytes(Charset.forName("windows-1252"))),
                new WarcResource.Builder(URI.create("http://old.example/notes.txt"))
                    .date(Instant.parse("2026-03-05T09:00:01Z"))
                    .body(
                        MediaType.PLAIN_TEXT,
                        "Notes from the meeting.\n".getBytes(StandardCharsets.UTF_8))
                    .build()));

    Run run = read(List.of(warc));

    assertEquals(List.of(), run.failures);
    assertEquals("\u201cWe cannot wait,\u201d said the mayor.", run.docs.get(0).text());
    assertEquals("http://old.example/notes.txt", run.docs.get(1).id());
    assertEquals("Notes from the meeting.\n", run.docs.get(1).text());
    assertEquals(Optional.of("old.example"), run.docs.get(1).outlet());
  }

  @Test
  void aGzipEncodedPageIsDecodedAndACorruptOneIsReportedWithoutLosingTheFile() throws Exception {
    byte[] encoded = gzip(FIRST_PAGE.getBytes(StandardCharsets.UTF_8));
    byte[] broken = Arrays.copyOf(encoded, encoded.length / 2);
    Path warc =
        writeWarc(
            dir.resolve("encoded.warc.gz"),
            WarcCompression.GZIP,
            List.of(
                encodedResponse("https://courier.example/gz", encoded),
                encodedResponse("https://courier.example/half", broken),
                response(
                    "https://courier.example/plain",
                    "2026-03-05T09:00:02Z",
                    200,
                    "text/html",
                    SECOND_PAGE.getBytes(StandardCharsets.UTF_8))));

    Run run = read(List.of(warc));

    assertEquals(List.of("https://courier.example/gz", "https://courier.example/plain"), run.ids());
    assertEquals(
        "The town council of Port Alder voted seven to six on Monday to rebuild the harbour wall.",
        run.docs.get(0).text());
    long second =
        Files.size(
            writeWarc(
                dir.resolve("first.warc.gz"),
                WarcCompression.GZIP,
                List.of(encodedResponse("https://courier.example/gz", encoded))));
    assertEquals(
        List.of(
            warc
                + "@"
                + second
                + ": https://courier.example/half:"
                + " the payload ends early (unexpected end of gzip stream)"),
        run.failures);
  }

  private static WarcResponse encodedResponse(String uri, byte[] gzipped) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Encoding", "gzip")
            .body(MediaType.parse("text/html; charset=utf-8"), gzipped)
            .build();
    return new WarcResponse.Builder(uri)
        .recordId(fixedId(uri))
        .date(Instant.parse("2026-03-05T09:00:00Z"))
        .body(http)
        .build();
  }

  @Test
  void aPageWithoutTextIsReportedAtItsRecordAndTheNextRecordIsRead() throws Exception {
    List<WarcRecord> records = new ArrayList<>();
    records.add(
        response(
            "https://courier.example/empty",
            "2026-03-05T09:00:00Z",
            200,
            "text/html",
            "<html><body><script>app()</script></body></html>".getBytes(StandardCharsets.UTF_8)));
    records.addAll(crawl());
    Path warc = writeWarc(dir.resolve("crawl.warc"), WarcCompression.NONE, records);

    Run run = read(List.of(warc));

    assertEquals(
        List.of(warc + "@0: https://courier.example/empty: no readable text in the HTML page"),
        run.failures);
    assertEquals(2, run.docs.size());
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeTheCutAndNamesTheFileAndRecord() throws Exception {
    for (WarcCompression compression : WarcCompression.values()) {
      String name = compression == WarcCompression.GZIP ? "cut.warc.gz" : "cut.warc";
      Path whole = writeWarc(dir.resolve("whole-" + name), compression, crawl());
      byte[] bytes = Files.readAllBytes(whole);
      Path cut = dir.resolve(name);
      Files.write(cut, Arrays.copyOf(bytes, bytes.length - 10));

      Run run = read(List.of(cut));

      assertEquals(List.of("https://www.courier.example/harbour"), run.ids(), name);
      assertEquals(1, run.failures.size(), name + ": " + run.failures);
      assertTrue(run.failures.get(0).startsWith(cut + "@"), run.failures.get(0));
      assertTrue(run.failures.get(0).contains("(truncated?)"), run.failures.get(0));
    }
  }

  @Test
  void cuttingAWarcAtAnyByteOfItsLastRecordKeepsEveryEarlierPageAndGivesOneFailure()
      throws Exception {
    for (WarcCompression compression : WarcCompression.values()) {
      String name = compression == WarcCompression.GZIP ? "cut.warc.gz" : "cut.warc";
      byte[] bytes =
          Files.readAllBytes(writeWarc(dir.resolve("all-" + name), compression, crawl()));
      long lastStart = startOfLastRecord(name, compression);
      Path cut = dir.resolve(name);
      for (int end = (int) lastStart + 1; end < bytes.length; end++) {
        Files.write(cut, Arrays.copyOf(bytes, end));

        Run run = read(List.of(cut));

        String at = name + " cut at " + end + " of " + bytes.length + ": " + run.failures;
        // Cut in the four bytes that close an uncompressed record, the page itself is whole.
        boolean pageWhole = compression == WarcCompression.NONE && end >= bytes.length - 4;
        assertEquals(pageWhole ? 2 : 1, run.docs.size(), at);
        assertEquals(
            List.of(cut + "@" + lastStart + ": the file ends inside this record (truncated?)"),
            run.failures,
            at);
      }
    }
  }

  @Test
  void garbageInARecordHeaderEndsTheFileButKeepsTheRecordsBeforeIt() throws Exception {
    for (WarcCompression compression : WarcCompression.values()) {
      String name = compression == WarcCompression.GZIP ? "bad.warc.gz" : "bad.warc";
      byte[] bytes =
          Files.readAllBytes(writeWarc(dir.resolve("good-" + name), compression, crawl()));
      long lastStart = startOfLastRecord(name, compression);
      for (int i = 0; i < 12; i++) {
        bytes[(int) lastStart + 2 + i] = (byte) (0x80 + i * 7);
      }
      Path bad = dir.resolve(name);
      Files.write(bad, bytes);

      Run run = read(List.of(bad));

      assertEquals(List.of("https://www.courier.example/harbour"), run.ids(), name);
      assertEquals(
          List.of(
              compression == WarcCompression.GZIP
                  ? bad
                      + "@"
                      + lastStart
                      + ": corrupt gzip data (unsupported compression method: -128)"
                  : bad
                      + "@"
                      + lastStart
                      + ": invalid WARC record header (at byte 2 of the record); the rest of the"
                      + " file is not read"),
          run.failures);
    }
  }

  /** Where the last record of {@link #crawl()} starts: the size of the crawl without it. */
  private long startOfLastRecord(String name, WarcCompression compression) throws IOException {
    List<WarcRecord> head = crawl();
    head.remove(head.size() - 1);
    return Files.size(writeWarc(dir.resolve("head-" + name), compression, head));
  }

  @Test
  void aFileNamedWarcThatIsNotOneIsReportedOnce() throws Exception {
    Path notWarc = write(dir.resolve("page.warc"), FIRST_PAGE);
    Path empty = write(dir.resolve("empty.warc"), "");
    Path tiny = write(dir.resolve("tiny.warc.gz"), "W");

    Run run = read(List.of(notWarc, empty, tiny));

    assertEquals(
        List.of(
            notWarc + "@0: not a WARC file (no WARC record header at the start)",
            empty + ": empty file (no WARC records)",
            tiny + ": not a WARC file (too short)"),
        run.failures);
  }

  @Test
  void randomlyDamagedInputsNeverThrowAndReportEachFailureAgainstTheFile() throws Exception {
    byte[] plain =
        Files.readAllBytes(writeWarc(dir.resolve("ok.warc"), WarcCompression.NONE, crawl()));
    byte[] gz =
        Files.readAllBytes(writeWarc(dir.resolve("ok.warc.gz"), WarcCompression.GZIP, crawl()));
    byte[] lines = records(1, 30).getBytes(StandardCharsets.UTF_8);
    byte[] gzLines = gzip(lines);
    java.util.Random random = new java.util.Random(20261123);
    for (int round = 0; round < 150; round++) {
      for (String name : List.of("d.warc", "d.warc.gz", "d.jsonl", "d.jsonl.gz")) {
        byte[] damaged =
            switch (name) {
              case "d.warc" -> plain.clone();
              case "d.warc.gz" -> gz.clone();
              case "d.jsonl" -> lines.clone();
              default -> gzLines.clone();
            };
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
          damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
        }
        if (random.nextBoolean()) {
          damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
        }
        Path file = dir.resolve(name);
        Files.write(file, damaged);

        Run run = read(List.of(file));

        String at = name + " round " + round + ": " + run.failures;
        for (String failure : run.failures) {
          assertTrue(failure.startsWith(file + ":") || failure.startsWith(file + "@"), at);
        }
        // Damaged deflate data can decode to plausible junk, even to repeated records, until the
        // gzip checksum at the end of the member gives it away; uncompressed files only lose.
        if (!name.endsWith(".gz")) {
          assertTrue(run.docs.size() <= (name.endsWith(".warc") ? 2 : 30), at);
        }
        for (int i = 1; i < run.bytesDone.size(); i++) {
          assertTrue(run.bytesDone.get(i) >= run.bytesDone.get(i - 1), at);
        }
        assertTrue(
            run.bytesDone.isEmpty()
                || run.bytesDone.get(run.bytesDone.size() - 1) == damaged.length,
            at);
      }
    }
  }

  // ---------------------------------------------------------------- progress

  @Test
  void bytesDoneNeverGoesBackAndEndsAtTheTotalSize() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus.resolve("a.txt"), "The mayor spoke on Monday.\n");
    write(corpus.resolve("b.jsonl"), records(1, 300));
    Files.write(
        corpus.resolve("c.jsonl.gz"), gzip(records(301, 300).getBytes(StandardCharsets.UTF_8)));
    List<WarcRecord> records = crawl();
    records.add(
        new WarcRequest.Builder("https://www.courier.example/last")
            .date(Instant.parse("2026-03-05T09:00:09Z"))
            .body(new HttpRequest.Builder("GET", "/last").build())
            .build());
    writeWarc(corpus.resolve("d.warc.gz"), WarcCompression.GZIP, records);
    Path broken = write(dir.resolve("broken.jsonl"), "{\"id\": \"x\"\n");
    List<Path> inputs = List.of(corpus, dir.resolve("missing"), broken);
    CorpusReader reader = new CorpusReader(DEFAULTS);

    Run run = read(inputs);
    long total = reader.totalBytes(inputs);

    assertEquals(1 + 600 + 2, run.docs.size());
    long expected = 0;
    try (var files = Files.walk(corpus)) {
      expected = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    assertEquals(expected + Files.size(broken), total);
    for (int i = 1; i < run.bytesDone.size(); i++) {
      assertTrue(
          run.bytesDone.get(i) >= run.bytesDone.get(i - 1), "at " + i + ": " + run.bytesDone);
    }
    assertTrue(run.bytesDone.get(run.bytesDone.size() - 1) == total, run.bytesDone.toString());
    assertTrue(run.bytesDone.stream().allMatch(b -> b <= total));
  }

  @Test
  void anInterruptBetweenDocumentsEndsTheReadWithInterruptedException() throws Exception {
    Path file = write(dir.resolve("many.jsonl"), records(1, 50));
    List<String> seen = new ArrayList<>();
    CorpusReader.Sink interrupting =
        new CorpusReader.Sink() {
          @Override
          public void document(Document doc, long bytesDone) {
            seen.add(doc.id());
            Thread.currentThread().interrupt();
          }

          @Override
          public void failure(String where, String message) {}
        };

    assertThrows(
        InterruptedException.class,
        () -> new CorpusReader(DEFAULTS).read(List.of(file), interrupting));
    assertEquals(List.of("r1"), seen);
    assertFalse(Thread.interrupted(), "the exception carries the interrupt");
  }

  // ---------------------------------------------------------------- helpers

  private static final ReadOptions DEFAULTS = ReadOptions.DEFAULTS;

  /** What a sink was told, in order. */
  private static final class Run implements CorpusReader.Sink {
    final List<Document> docs = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<Long> bytesDone = new ArrayList<>();

    @Override
    public void document(Document doc, long done) {
      docs.add(doc);
      bytesDone.add(done);
    }

    @Override
    public void failure(String where, String message) {
      assertFalse(message.contains("\n"), "one line: " + message);
      failures.add(where + ": " + message);
    }

    @Override
    public void progress(long done) {
      bytesDone.add(done);
    }

    List<String> ids() {
      return docs.stream().map(Document::id).toList();
    }
  }

  private static Run read(List<Path> inputs) throws InterruptedException {
    return read(inputs, DEFAULTS);
  }

  private static Run read(List<Path> inputs, ReadOptions options) throws InterruptedException {
    Run run = new Run();
    new CorpusReader(options).read(inputs, run);
    return run;
  }

  private static Path write(Path path, String text) throws IOException {
    return Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private static String page(String title, String published, String paragraph) {
    String meta =
        published == null
            ? ""
            : "<meta property=\"article:published_time\" content=\"" + published + "\">\n";
    return "<!DOCTYPE html>\n<html><head><title>"
        + title
        + "</title>\n"
        + meta
        + "</head>\n"
        + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
        + "<article><p>"
        + paragraph
        + "</p></article></body></html>\n";
  }

  /** Records r{first}, r{first+1}, … with a few sentences of text each. */
  private static String records(int first, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = first; i < first + count; i++) {
      sb.append("{\"id\": \"r")
          .append(i)
          .append("\", \"outlet\": \"Courier\", \"text\": \"")
          .append("Story ")
          .append(i)
          .append(". The council met on Monday.\\n\\n")
          .append("\\u201cWe cannot wait,\\u201d said the mayor.\"}\n");
    }
    return sb.toString();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static WarcResponse response(
      String uri, String date, int status, String contentType, byte[] body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(contentType), body)
            .build();
    return new WarcResponse.Builder(uri)
        .recordId(fixedId(uri + " " + date))
        .date(Instant.parse(date))
        .body(http)
        .build();
  }

  private static UUID fixedId(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
  }

  private static Path writeWarc(Path path, WarcCompression compression, List<WarcRecord> records)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(path);
        WarcWriter writer =
            new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      for (WarcRecord r : records) {
        writer.write(r);
      }
    }
    return path;
  }
}
