package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;

/**
 * One damaged record in a crawl costs that record, not the rest of the file: reading resumes at the
 * next gzip member or the next {@code WARC/1.} header, and the bytes passed over are reported.
 */
class WarcResyncTest {
  @TempDir Path dir;

  private static final int PAGES = 10;

  @Test
  void aDamagedGzipMemberInTheMiddleCostsOnlyItsOwnRecord() throws Exception {
    List<byte[]> members = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      members.add(gzip(record(i)));
    }
    byte[] damaged = members.get(4);
    for (int k = damaged.length / 2 - 10; k < damaged.length / 2 + 10; k++) {
      damaged[k] = (byte) 0xFF;
    }
    Path warc = Files.write(dir.resolve("crawl.warc.gz"), concat(members));
    long start = offsetOf(members, 4);
    long end = offsetOf(members, 5);

    Run run = read(warc);

    assertEquals(pagesBut(4), run.ids());
    assertEquals(1, run.failures.size(), run.failures.toString());
    assertEquals(warc + "@" + start, run.failures.get(0).where());
    assertTrue(
        run.failures.get(0).message().contains("bytes " + start + "–" + end + " skipped"),
        run.failures.get(0).message());
  }

  @Test
  void aContentLengthThatLiesCostsOnlyItsOwnRecordCompressedOrNot() throws Exception {
    for (WarcCompression compression : WarcCompression.values()) {
      for (int lie : new int[] {+37, -37, +100_000}) {
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
          byte[] r = i == 6 ? lyingLength(record(i), lie) : record(i);
          parts.add(compression == WarcCompression.GZIP ? gzip(r) : r);
        }
        String name = "lie" + lie + (compression == WarcCompression.GZIP ? ".warc.gz" : ".warc");
        Path warc = Files.write(dir.resolve(name), concat(parts));
        String at = name + ": " ;

        Run run = read(warc);

        assertEquals(pagesBut(6), run.ids(), at + run.failures);
        assertEquals(1, run.failures.size(), at + run.failures);
        Failure f = run.failures.get(0);
        assertEquals(warc + "@" + offsetOf(parts, 6), f.where(), at + f);
        assertTrue(
            f.message().contains("bytes " + offsetOf(parts, 6) + "–" + offsetOf(parts, 7)
                + " skipped"),
            at + f);
        for (Document d : run.docs) {
          assertFalse(d.text().contains("WARC/1."), at + "a record swallowed another: " + d.id());
        }
      }
    }
  }

  @Test
  void garbageBetweenRecordsIsSkippedAndReportedAsOneRange() throws Exception {
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      parts.add(record(i));
      if (i == 2) {
        parts.add("not a record at all\r\n".repeat(20).getBytes(StandardCharsets.US_ASCII));
      }
    }
    Path warc = Files.write(dir.resolve("junk.warc"), concat(parts));

    Run run = read(warc);

    assertEquals(pagesBut(-1), run.ids());
    assertEquals(1, run.failures.size(), run.failures.toString());
    assertEquals(warc + "@" + offsetOf(parts, 3), run.failures.get(0).where());
    assertTrue(
        run.failures.get(0).message().contains(
            "bytes " + offsetOf(parts, 3) + "–" + offsetOf(parts, 4) + " skipped"),
        run.failures.get(0).message());
  }

  // ---------------------------------------------------------------- helpers

  private record Failure(String where, String message) {}

  private static final class Run implements CorpusReader.Sink {
    final List<Document> docs = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();

    @Override
    public void document(Document doc, long done) {
      docs.add(doc);
    }

    @Override
    public void failure(String where, String message) {
      assertFalse(message.contains("\n"), "one line: " + message);
      failures.add(new Failure(where, message));
    }

    List<String> ids() {
      return docs.stream().map(Document::id).toList();
    }
  }

  private static Run read(Path warc) throws InterruptedException {
    Run run = new Run();
    new CorpusReader(ReadOptions.DEFAULTS).read(List.of(warc), run);
    return run;
  }

  private static List<String> pagesBut(int missing) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      if (i != missing) {
        out.add(url(i));
      }
    }
    return out;
  }

  private static String url(int i) {
    return "https://www.tidewater-gazette.example/story/" + i;
  }

  /** One uncompressed response record: a page with a sentence of its own. */
  private static byte[] record(int i) throws IOException {
    String html = "<html><head><title>Story " + i + "</title></head><body><article><p>"
        + "The ferry to Skarvik ran " + i + " times late this month, the harbour office said."
        + "</p><p>Passengers waited on the quay for the evening boat number " + i + ".</p>"
        + "</article></body></html>\n";
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
        .build();
    WarcResponse response = new WarcResponse.Builder(url(i))
        .recordId(UUID.nameUUIDFromBytes(url(i).getBytes(StandardCharsets.UTF_8)))
        .date(Instant.parse("2026-04-0" + (1 + i % 9) + "T10:00:00Z"))
        .body(http)
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
      w.write(response);
    }
    return out.toByteArray();
  }

  private static final Pattern LENGTH = Pattern.compile("Content-Length: (\\d+)\r\n");

  /** The record with its WARC Content-Length changed by {@code by} bytes. */
  private static byte[] lyingLength(byte[] record, int by) {
    String s = new String(record, StandardCharsets.ISO_8859_1);
    Matcher m = LENGTH.matcher(s);
    assertTrue(m.find());
    long lie = Long.parseLong(m.group(1)) + by;
    return (s.substring(0, m.start(1)) + lie + s.substring(m.end(1)))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static long offsetOf(List<byte[]> parts, int index) {
    long at = 0;
    for (int i = 0; i < index; i++) {
      at += parts.get(i).length;
    }
    return at;
  }
}
