package org.quotetrace.index;

import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.quotetrace.read.Format;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;

/**
 * Reads the pages of a WARC file (plain or gzip): {@code response} records with status 200 and
 * {@code resource} records, when their content is HTML or plain text. Requests, metadata, revisits,
 * redirects, images and the like are skipped without a word.
 *
 * <p>A record that cannot be read (a bad HTTP header, a page with no text) is reported and the next
 * record is read. A record that breaks the framing (a damaged gzip member, a broken header, a
 * Content-Length that lies) cannot say where the next record starts: reading resumes at the next
 * gzip member, or the next line starting {@code WARC/1.}, and the bytes passed over are reported
 * as one range. Only when no record starts after the break is the rest of the file lost.
 */
final class WarcInput {
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;
  private static final Pattern JWARC_POSITION = Pattern.compile("at position (\\d{1,9})");

  private final ReadOptions options;
  private final int limit;

  WarcInput(ReadOptions options) {
    this.options = options;
    this.limit = (int) Math.min(options.maxBytes(), MAX_ARRAY);
  }

  /** What one record gave: a document, nothing, or a failure of the record or of the file. */
  private record Result(Document doc, String failure, boolean fileBroken, boolean cutShort) {
    static final Result SKIP = new Result(null, null, false, false);

    static Result of(Document doc) {
      return new Result(doc, null, false, false);
    }

    static Result failed(String message) {
      return new Result(null, message, false, false);
    }
  }

  void read(Path path, String name, FileSink out) throws InterruptedException {
    try (FileChannel channel = FileChannel.open(path)) {
      new Scan(channel, name, out).run();
    } catch (IOException e) {
      out.failure(name, "could not be read (" + Reasons.reason(e) + ")");
    }
  }

  /** Why reading stopped at a place, and whether that leaves the rest of the file unread. */
  private record Why(String reason, boolean restUnread) {
    String last() {
      return restUnread ? reason + "; the rest of the file is not read" : reason;
    }
  }

  /**
   * One file, read in stretches: a stretch runs from a record boundary until a record breaks its
   * framing. Reading then resumes at the next place a record can start (a gzip member, or a
   * {@code WARC/1.} line), so one damaged record costs that record and not every one after it.
   */
  private final class Scan {
    private final FileChannel channel;
    private final String name;
    private final FileSink out;
    private final long fileSize;
    private WarcCompression compression = WarcCompression.NONE;
    private int records;
    /** Where an unreported run of skipped bytes starts, or -1. */
    private long skipFrom = -1;
    private Why skipWhy;
    private boolean failed;

    Scan(FileChannel channel, String name, FileSink out) throws IOException {
      this.channel = channel;
      this.name = name;
      this.out = out;
      this.fileSize = channel.size();
    }

    void run() throws IOException, InterruptedException {
      WarcReader first = null;
      long from = 0;
      try {
        while (from >= 0) {
          channel.position(from);
          WarcReader reader;
          try {
            reader = new WarcReader(channel);
          } catch (EOFException e) {
            if (from == 0) {
              fail(name, "not a WARC file (too short)");
              return;
            }
            from = broken(from, new Why(CUT_SHORT, false));
            continue;
          } catch (IOException | RuntimeException e) {
            if (from == 0) {
              fail(name, why(e, true).last()); // the gzip header
              return;
            }
            from = broken(from, why(e, false));
            continue;
          }
          if (first == null) {
            first = reader;
            compression = reader.compression();
          }
          from = stretch(reader, from);
        }
      } finally {
        if (first != null) {
          closeQuietly(first);
        }
      }
      if (records == 0 && !failed) {
        fail(name, "empty file (no WARC records)");
      }
    }

    /**
     * Reads records from {@code start} on; returns where to resume after a broken record, or -1
     * when the file is done.
     */
    private long stretch(WarcReader reader, long start) throws IOException, InterruptedException {
      // Real crawls break the letter of the standard (spaces in URIs, odd header names); framing
      // errors are still caught.
      reader.setLenient(true);
      boolean[] warned = {false};
      reader.onWarning(w -> warned[0] = true);
      int read = 0;
      long lastAt = start;
      // A page is sent on only once the next record header is read where the page's length said it
      // would be: a Content-Length that lies would otherwise hand on a page holding part of the
      // next record, or cut short.
      Document held = null;
      long heldAt = 0;
      // A record whose payload ended early, held back until the next step shows whether the file
      // itself ends there: then only the file's failure is reported.
      Result pending = null;
      while (true) {
        Optional<WarcRecord> next;
        warned[0] = false;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          if (read > 0 && endsInTrailer(reader, channel, fileSize)) {
            send(held, heldAt);
            fail(name + "@" + lastAt, CUT_SHORT);
            return -1;
          }
          if (read > 0 && warned[0]) {
            return broken(lastAt, LENGTH_LIES);
          }
          send(held, heldAt);
          boolean atStart = start == 0 && read == 0;
          return broken(reader.position(), why(e, atStart));
        }
        if (next.isEmpty()) {
          // Leniently, jwarc takes a last record cut short for one that ends with the file, only
          // warning that its trailer is missing.
          if (read > 0
              && reader.compression() == WarcCompression.NONE
              && (warned[0] || reader.position() > fileSize)) {
            if (nextStart(lastAt + 1) >= 0) {
              // Not the end of the file: the record's length ran past records after it.
              return broken(lastAt, new Why(CUT_SHORT, false));
            }
            send(held, heldAt);
            fail(name + "@" + lastAt, CUT_SHORT);
            return -1;
          }
          send(held, heldAt);
          if (pending != null) {
            fail(name + "@" + lastAt, pending.failure());
          }
          giveUp();
          return -1;
        }
        if (read > 0 && warned[0]) {
          // The record before did not end where its length said, so this one starts at a guess.
          return broken(lastAt, LENGTH_LIES);
        }
        send(held, heldAt);
        held = null;
        if (pending != null) {
          fail(name + "@" + lastAt, pending.failure());
          pending = null;
        }
        lastAt = reader.position();
        resumed(lastAt);
        read++;
        records++;
        Result r = handle(next.get());
        if (r.fileBroken()) {
          return broken(lastAt, new Why(r.failure(), false));
        }
        if (r.cutShort()) {
          pending = r;
        } else if (r.failure() != null) {
          fail(name + "@" + lastAt, r.failure());
        } else if (r.doc() != null) {
          held = r.doc();
          heldAt = position(channel);
          continue;
        }
        out.advanced(position(channel));
      }
    }

    private void fail(String where, String message) throws InterruptedException {
      failed = true;
      out.failure(where, message);
    }

    private void send(Document doc, long at) throws InterruptedException {
      if (doc != null) {
        out.document(doc, at);
      }
    }

    /**
     * A record at {@code at} cannot be read: returns where the next one may start, or -1 when none
     * does and the failure has been reported.
     */
    private long broken(long at, Why why) throws InterruptedException {
      if (skipFrom < 0) {
        skipFrom = at;
        skipWhy = why;
      }
      long next = nextStart(at + 1);
      if (next < 0) {
        giveUp();
        return -1;
      }
      out.advanced(next);
      return next;
    }

    /** A record was read at {@code at} after bytes were skipped: one line for the whole run. */
    private void resumed(long at) throws InterruptedException {
      if (skipFrom < 0) {
        return;
      }
      String reason = skipWhy.reason().equals(CUT_SHORT) ? LENGTH_PAST_END : skipWhy.reason();
      fail(
          name + "@" + skipFrom,
          reason + "; bytes " + skipFrom + "–" + at + " skipped, reading resumed at the next record");
      skipFrom = -1;
    }

    private void giveUp() throws InterruptedException {
      if (skipFrom >= 0) {
        fail(name + "@" + skipFrom, skipWhy.last());
        skipFrom = -1;
      }
    }

    /**
     * The first place at or after {@code from} where a record may start: a gzip member header in a
     * gzipped file, a line starting {@code WARC/1.} otherwise; -1 when there is none.
     */
    private long nextStart(long from) {
      byte[] want = compression == WarcCompression.GZIP ? GZIP_MEMBER : WARC_LINE;
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      long base = from;
      // One byte before the window, to see whether a WARC line starts a line.
      byte before = '\n';
      if (from > 0 && compression != WarcCompression.GZIP) {
        ByteBuffer one = ByteBuffer.allocate(1);
        try {
          if (channel.read(one, from - 1) == 1) {
            before = one.get(0);
          }
        } catch (IOException e) {
          return -1;
        }
      }
      while (base < fileSize) {
        buf.clear();
        try {
          while (buf.hasRemaining() && channel.read(buf, base + buf.position()) > 0) {
            // positional reads leave the channel's position alone
          }
        } catch (IOException e) {
          return -1;
        }
        int n = buf.position();
        for (int i = 0; i + want.length <= n; i++) {
          if (matches(buf, i, want)
              && (compression == WarcCompression.GZIP
                  ? (buf.get(i + 3) & 0xE0) == 0 // reserved flag bits are zero in a real header
                  : (i == 0 ? before : buf.get(i - 1)) == '\n')) {
            return base + i;
          }
        }
        if (base + n >= fileSize || n < want.length) {
          return -1;
        }
        // Windows overlap so that a marker across the border is seen.
        before = buf.get(n - want.length);
        base += n - want.length + 1;
      }
      return -1;
    }
  }

  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08, 0};
  private static final byte[] WARC_LINE = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static boolean matches(ByteBuffer buf, int at, byte[] want) {
    // The gzip pattern's last byte is the flags, checked apart.
    int n = want == GZIP_MEMBER ? 3 : want.length;
    for (int k = 0; k < n; k++) {
      if (buf.get(at + k) != want[k]) {
        return false;
      }
    }
    return true;
  }

  private static final Why LENGTH_LIES =
      new Why("the record does not end where its Content-Length says", true);
  private static final String LENGTH_PAST_END =
      "the record's Content-Length runs past the end of the file";

  private static void closeQuietly(WarcReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // nothing was written; the records read stand
    }
  }

  private static final String CUT_SHORT = "the file ends inside this record (truncated?)";

  /**
   * Whether an uncompressed file stops within the CR LF CR LF that closes its last record: only
   * line ends are left where jwarc looks for the next record.
   */
  private static boolean endsInTrailer(WarcReader reader, FileChannel channel, long fileSize) {
    long at = reader.position();
    if (reader.compression() != WarcCompression.NONE || fileSize - at >= 4 || at >= fileSize) {
      return false;
    }
    ByteBuffer rest = ByteBuffer.allocate((int) (fileSize - at));
    try {
      while (rest.hasRemaining() && channel.read(rest, at + rest.position()) > 0) {
        // positional reads leave the reader's position alone
      }
    } catch (IOException e) {
      return false;
    }
    for (int i = 0; i < rest.position(); i++) {
      if (rest.get(i) != '\r' && rest.get(i) != '\n') {
        return false;
      }
    }
    return true;
  }

  private static long position(FileChannel channel) {
    try {
      return channel.position();
    } catch (IOException e) {
      return 0; // progress only; the tally never goes back
    }
  }

  /** Why a record cannot be read, as one line. */
  private static Why why(Exception e, boolean atStart) {
    if (e instanceof EOFException) {
      return new Why(CUT_SHORT, false);
    }
    if (e instanceof ZipException) {
      return new Why("corrupt gzip data (" + Reasons.reason(e) + ")", false);
    }
    if (e instanceof ParsingException) {
      // jwarc's message quotes the bytes around the error; the offset within the header is enough.
      Matcher m = JWARC_POSITION.matcher(String.valueOf(e.getMessage()));
      int at = m.find() ? Integer.parseInt(m.group(1)) : -1;
      if (atStart && at >= 0 && at < "WARC/".length()) {
        return new Why("not a WARC file (no WARC record header at the start)", false);
      }
      return new Why(
          "invalid WARC record header" + (at >= 0 ? " (at byte " + at + " of the record)" : ""),
          true);
    }
    if (e instanceof NumberFormatException) {
      return new Why("invalid WARC record header (Content-Length is not a number)", true);
    }
    return new Why("could not be read (" + Reasons.reason(e) + ")", false);
  }

  private Result handle(WarcRecord record) {
    String target = null;
    try {
      if (record instanceof WarcResponse response) {
        target = response.target();
        return response(response, target);
      }
      if (record instanceof WarcResource resource) {
        target = resource.target();
        return resource(resource, target);
      }
      return Result.SKIP;
    } catch (IOException | RuntimeException e) {
      return recordFailed(record, target, e);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // A reader bug or a page too big for the heap costs this record, not the rest of the file.
      String what = target == null ? "record" : target;
      return Result.failed(what + ": could not be read (" + Reasons.describe(e) + ")");
    }
  }

  /**
   * jwarc throws the same {@link EOFException} for a file that ends inside a record and for a
   * compressed HTTP payload that ends early inside an intact record. Reading the rest of the record
   * tells them apart: only a broken file fails again.
   */
  private static Result recordFailed(WarcRecord record, String target, Exception e) {
    try {
      record.body().consume();
    } catch (IOException | RuntimeException again) {
      if (again instanceof EOFException || again instanceof ZipException) {
        return new Result(null, why(again, false).reason(), true, false);
      }
    }
    String what = target == null ? "record" : target;
    if (e instanceof ParsingException) {
      return Result.failed(what + ": invalid HTTP response header");
    }
    boolean eof = e instanceof EOFException;
    return new Result(
        null,
        what
            + ": "
            + (eof ? "the payload ends early" : "could not be read")
            + " ("
            + Reasons.reason(e)
            + ")",
        false,
        eof);
  }

  private Result response(WarcResponse response, String target) throws IOException {
    if (!isHttp(response.contentType(), target)) {
      return Result.SKIP; // dns:, gemini: and other non-HTTP captures
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return Result.SKIP;
    }
    MediaType type = http.contentType();
    Format format = formatOf(type);
    if (format == null) {
      return Result.SKIP;
    }
    return page(response, target, http.bodyDecoded(), type, format);
  }

  private Result resource(WarcResource resource, String target) throws IOException {
    MediaType type = resource.contentType();
    Format format = formatOf(type);
    if (format == null) {
      return Result.SKIP;
    }
    return page(resource, target, resource.body(), type, format);
  }

  private static boolean isHttp(MediaType recordType, String target) {
    if ("application".equalsIgnoreCase(recordType.type())
        && "http".equalsIgnoreCase(recordType.subtype())) {
      return true;
    }
    // Some crawlers leave out the record's Content-Type; the target's scheme still tells.
    String t = target == null ? "" : target.toLowerCase(Locale.ROOT);
    return MediaType.OCTET_STREAM.equals(recordType)
        && (t.startsWith("http://") || t.startsWith("https://"));
  }

  /** HTML for pages, TEXT for plain text, null for anything that is not a readable text. */
  private static Format formatOf(MediaType type) {
    String t = type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "text/html", "application/xhtml+xml" -> Format.HTML;
      case "text/plain" -> Format.TEXT;
      default -> null;
    };
  }

  private Result page(
      WarcTargetRecord record, String target, MessageBody body, MediaType type, Format format)
      throws IOException {
    if (target == null || target.isBlank()) {
      return Result.failed("record without WARC-Target-URI: no id for the page");
    }
    byte[] bytes = body.stream().readNBytes(limit + 1);
    if (bytes.length > limit) {
      return Result.failed(
          target
              + ": payload too large (more than "
              + Reasons.megabytes(limit)
              + ", the limit)");
    }
    // Plain text keeps the caller's choice, so that subtitles and transcripts are still told apart.
    ReadOptions opts = format == Format.HTML ? options.withFormat(Format.HTML) : options;
    List<Problem> problems = new ArrayList<>();
    Charset declared = options.charset() == null ? charset(type.parameters().get("charset")) : null;
    Document doc;
    try {
      doc = Readers.read(target, bytes, declared == null ? opts : opts.withCharset(declared));
    } catch (ReadException e) {
      if (declared == null) {
        return Result.failed(Reasons.oneLine(e.getMessage(), 300));
      }
      // Servers often send a default charset that the page itself contradicts.
      try {
        doc = Readers.read(target, bytes, opts);
      } catch (ReadException again) {
        return Result.failed(Reasons.oneLine(e.getMessage(), 300));
      }
      problems.add(
          Problem.whole(
              "the HTTP header says charset "
                  + declared.name()
                  + " but the page is not valid "
                  + declared.name()
                  + "; its encoding was detected instead"));
    }
    Document.Builder b = doc.toBuilder().origin(target);
    String host = outlet(target);
    if (host != null) {
      b.outlet(host);
    }
    if (doc.published().isEmpty()) {
      Instant captured = captured(record, problems);
      if (captured != null) {
        b.published(captured);
        // Said, because a capture can come long after publication and source finding compares
        // times.
        problems.add(
            Problem.whole(
                "no publication time in the page; the capture time (WARC-Date) stands in"));
      }
    }
    WarcTruncationReason truncated = record.truncated();
    if (truncated != null && truncated != WarcTruncationReason.NOT_TRUNCATED) {
      problems.add(
          Problem.whole(
              "the crawler truncated this capture (WARC-Truncated: "
                  + truncated.name().toLowerCase(Locale.ROOT)
                  + "); the text may be incomplete"));
    }
    for (Problem p : problems) {
      b.problem(p);
    }
    return Result.of(b.build());
  }

  /** The WARC-Date: when the page was captured, so no earlier than it was published. */
  private static Instant captured(WarcRecord record, List<Problem> problems) {
    try {
      return record.date();
    } catch (RuntimeException e) {
      String raw = record.headers().first("WARC-Date").orElse("");
      problems.add(
          Problem.whole(
              "WARC-Date '" + Reasons.oneLine(raw, 60) + "' not understood; left out"));
      return null;
    }
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalArgumentException e) {
      return null; // an unknown name: let the page's own declaration or detection decide
    }
  }

  private static final Pattern HOST =
      Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:\\[\\]]+)");

  /** The host of a URL without {@code www.}, lower-cased; null when it has none. */
  static String outlet(String url) {
    String host = null;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      // crawled URLs may hold spaces or other characters URI refuses
    }
    if (host == null) {
      Matcher m = HOST.matcher(url);
      if (!m.find()) {
        return null;
      }
      host = m.group(1);
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("www.") && host.length() > 4) {
      host = host.substring(4);
    }
    return host.isBlank() ? null : host;
  }
}
