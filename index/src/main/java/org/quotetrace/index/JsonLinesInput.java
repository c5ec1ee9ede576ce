package org.quotetrace.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Problem;

/**
 * Reads a JSON Lines file (plain or gzip) of records, one document a line. A bad line is reported
 * with its number and the next line is read; only a broken gzip stream ends the file early.
 */
final class JsonLinesInput {
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;
  private static final int BUFFER = 1 << 16;

  /**
   * A file whose first this many records all fail is most likely not JSON Lines at all (a CSV file,
   * another schema); reading it to the end would only flood the report.
   */
  static final int GIVE_UP_AFTER = 100;

  private final ReadOptions options;
  private final JsonFactory json;
  private final int maxLine;

  JsonLinesInput(ReadOptions options) {
    this.options = options;
    this.maxLine = (int) Math.min(options.maxBytes(), MAX_ARRAY);
    // Jackson's own limit on a string (20 M characters) would refuse texts the options allow.
    this.json =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxLine).build())
            .build();
  }

  void read(Path path, String name, FileSink out) throws InterruptedException {
    try (FileChannel channel = FileChannel.open(path)) {
      read(open(channel), name, out, () -> position(channel));
    } catch (IOException e) {
      out.failure(name, "could not be read (" + Reasons.reason(e) + ")");
    }
  }

  /**
   * Reads records from a stream (a request body, say) as from a file of that name.
   *
   * @param position how far into the input reading has got, for progress
   */
  void read(InputStream input, String name, FileSink out,
      java.util.function.LongSupplier position) throws InterruptedException {
    read(input, name, out, position, 1, true);
  }

  /**
   * Reads records from a stream as from a file of that name, its first line numbered {@code
   * firstLine}. With {@code whole} false the stream is one of the {@link #parts} of a file: what
   * only the whole file can tell (that it is empty, that its first lines hold no record) was
   * settled when the parts were planned, so it is not said here.
   */
  void read(InputStream input, String name, FileSink out,
      java.util.function.LongSupplier position, long firstLine, boolean whole)
      throws InterruptedException {
    try {
      ByteLines lines = new ByteLines(input, maxLine, firstLine);
      boolean any = false;
      long good = 0;
      long bad = 0;
      while (true) {
        try {
          if (!lines.next()) {
            break;
          }
        } catch (EOFException e) {
          out.failure(
              name + ":" + (lines.number() + 1),
              "the gzip data ends in the middle of this line (truncated file?); reading stopped");
          return;
        } catch (ZipException e) {
          out.failure(
              name + ":" + (lines.number() + 1),
              "corrupt gzip data (" + Reasons.reason(e) + "); reading stopped");
          return;
        }
        String where = name + ":" + lines.number();
        if (lines.tooLong()) {
          any = true;
          out.failure(
              where,
              "line too long (more than " + Reasons.megabytes(maxLine) + ", the limit)");
          continue;
        }
        int start = recordStart(lines);
        int length = lines.length() - (start - lines.start());
        byte[] buf = lines.buffer();
        if (isBlank(buf, start, length)) {
          continue;
        }
        any = true;
        Document doc;
        List<String> warnings = new ArrayList<>(1);
        try {
          doc = record(buf, start, length, where, warnings);
        } catch (BadLine e) {
          out.failure(where, e.getMessage());
          if (++bad == GIVE_UP_AFTER && good == 0 && whole) {
            out.failure(
                name,
                "no good record in the first "
                    + GIVE_UP_AFTER
                    + " lines (not JSON Lines of"
                    + " records with \"id\" and \"text\"?); reading stopped");
            return;
          }
          continue;
        }
        good++;
        for (String w : warnings) {
          out.warning(where, w);
        }
        out.document(doc, position.getAsLong());
      }
      if (!any && whole) {
        out.failure(name, "empty file");
      }
    } catch (IOException e) {
      out.failure(name, "could not be read (" + Reasons.reason(e) + ")");
    }
  }

  /**
   * Where a file's parts of about {@code bytes} each begin, for readers that each read one (by
   * {@link #read(InputStream, String, FileSink, java.util.function.LongSupplier, long, boolean)},
   * from that byte, numbering from that line): {@code {byte, line}} pairs, the first {@code {0,
   * 1}}, each part whole lines from the first line that starts {@code bytes} or more after the
   * part before. One part when the file must be read whole: gzip (a stream cannot be entered in
   * the middle), a file with no record at all ("empty file"), or one whose first {@link
   * #GIVE_UP_AFTER} records all fail, where reading gives up; whether it does is told here by
   * reading the file's first records as {@link #read} reads them, until one is good.
   */
  List<long[]> parts(InputStream input, long bytes) throws IOException {
    List<long[]> whole = List.of(new long[] {0, 1});
    BufferedInputStream in = new BufferedInputStream(input, BUFFER);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return whole;
    }
    ByteLines lines = new ByteLines(in, maxLine);
    List<long[]> starts = new ArrayList<>();
    starts.add(new long[] {0, 1});
    long next = bytes;
    boolean any = false;
    boolean good = false;
    long bad = 0;
    while (lines.next()) {
      if (lines.offset() >= next) {
        starts.add(new long[] {lines.offset(), lines.number()});
        next = lines.offset() + bytes;
      }
      if (lines.tooLong()) {
        any = true;
        continue;
      }
      int start = recordStart(lines);
      int length = lines.length() - (start - lines.start());
      byte[] buf = lines.buffer();
      if (isBlank(buf, start, length)) {
        continue;
      }
      any = true;
      if (!good) {
        try {
          record(buf, start, length, "", new ArrayList<>(1));
          good = true;
        } catch (BadLine e) {
          if (++bad == GIVE_UP_AFTER) {
            return whole;
          }
        }
      }
    }
    return any ? starts : whole;
  }

  /** The file's bytes, gunzipped when they start with the gzip magic number, whatever the name. */
  private static InputStream open(FileChannel channel) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Channels.newInputStream(channel), BUFFER);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new GZIPInputStream(in, BUFFER);
    }
    return in;
  }

  private static long position(FileChannel channel) {
    try {
      return channel.position();
    } catch (IOException e) {
      return 0; // progress only; the tally never goes back
    }
  }

  /**
   * @param warnings gets what is odd but does not cost the record; also kept as problems on the
   *     document
   */
  private Document record(byte[] buf, int start, int length, String where, List<String> warnings)
      throws BadLine {
    String id = null;
    String url = null;
    String outlet = null;
    String title = null;
    String published = null;
    String kind = null;
    String text = null;
    try (JsonParser p = json.createParser(buf, start, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadLine("not a JSON object");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        t = p.nextToken();
        switch (field) {
          case "id" -> id = t == JsonToken.VALUE_NUMBER_INT ? p.getText() : string(p, t, field);
          case "url" -> url = string(p, t, field);
          case "outlet" -> outlet = string(p, t, field);
          case "title" -> title = string(p, t, field);
          case "published" -> published = string(p, t, field);
          case "kind" -> kind = string(p, t, field);
          case "text" -> text = string(p, t, field);
          default -> p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new BadLine("more than one JSON value on the line");
      }
    } catch (JsonProcessingException e) {
      throw new BadLine(invalidJson(e, buf, start, length));
    } catch (IOException e) {
      throw new BadLine("could not be parsed (" + Reasons.reason(e) + ")");
    } catch (OutOfMemoryError e) {
      // The record's strings are dropped as this unwinds; the next line starts afresh.
      throw new BadLine("too large for the memory given (" + Reasons.megabytes(length)
          + "); give Java more heap (-Xmx) or split the record");
    }
    if (id == null) {
      throw new BadLine("no \"id\"");
    }
    if (id.isBlank()) {
      throw new BadLine("\"id\" is empty");
    }
    if (text == null) {
      throw new BadLine("no \"text\"");
    }
    if (text.isBlank()) {
      throw new BadLine("\"text\" is empty");
    }
    ReadOptions opts = options;
    if (present(kind)) {
      try {
        opts = options.withKind(DocumentKind.parse(kind));
      } catch (IllegalArgumentException e) {
        throw new BadLine(e.getMessage());
      }
    }
    Document doc;
    try {
      doc = Readers.parse(id, text, opts);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A reader bug on one odd text should cost that record, not the rest of the corpus.
      throw new BadLine("could not be read (" + Reasons.describe(e) + ")");
    }
    Document.Builder b = doc.toBuilder();
    b.origin(present(url) ? url.strip() : where);
    if (present(title)) {
      b.title(title.strip());
    }
    if (present(outlet)) {
      b.outlet(outlet.strip());
    } else if (present(url)) {
      String host = WarcInput.outlet(url.strip());
      if (host != null) {
        b.outlet(host);
      }
    }
    if (present(published)) {
      Time time = parseTime(published);
      if (time.instant() != null) {
        b.published(time.instant());
      }
      if (time.problem() != null) {
        b.problem(Problem.whole(time.problem()));
        if (time.instant() == null) {
          // Source finding orders documents by time, so a record left without one matters.
          warnings.add(time.problem());
        }
      }
    }
    return b.build();
  }

  private static String string(JsonParser p, JsonToken t, String field)
      throws IOException, BadLine {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new BadLine("\"" + field + "\" must be a string, not " + describe(t));
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /**
   * Jackson's message without its source excerpt, which repeats the line, and with the column in
   * characters, as an editor shows it, rather than bytes.
   */
  private static String invalidJson(JsonProcessingException e, byte[] buf, int start, int length) {
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    int cut = m.indexOf("[Source:");
    if (cut >= 0) {
      m = m.substring(0, cut).replaceFirst("\\s*\\(?\\s*(start marker )?at\\s*$", "");
    }
    String where = "";
    if (e.getLocation() != null && e.getLocation().getByteOffset() >= 0) {
      long byteOffset = e.getLocation().getByteOffset();
      int upTo = (int) Math.min(byteOffset, length);
      where = " at column " + (codePoints(buf, start, upTo) + 1);
    }
    return "invalid JSON" + where + ": " + Reasons.oneLine(m, 160);
  }

  /** UTF-8 characters in the first {@code n} bytes: every byte that is not a continuation byte. */
  private static int codePoints(byte[] buf, int start, int n) {
    int count = 0;
    for (int i = start; i < start + n; i++) {
      if ((buf[i] & 0xC0) != 0x80) {
        count++;
      }
    }
    return count;
  }

  /** Where the current line's record begins: after a byte order mark on the first line. */
  private static int recordStart(ByteLines lines) {
    int start = lines.start();
    return lines.number() == 1 && startsWithBom(lines.buffer(), start, lines.length())
        ? start + 3
        : start;
  }

  private static boolean startsWithBom(byte[] b, int start, int length) {
    return length >= 3
        && (b[start] & 0xFF) == 0xEF
        && (b[start + 1] & 0xFF) == 0xBB
        && (b[start + 2] & 0xFF) == 0xBF;
  }

  private static boolean isBlank(byte[] b, int start, int length) {
    for (int i = start; i < start + length; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  /** A time, or why there is none. */
  record Time(Instant instant, String problem) {}

  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  /**
   * ISO-8601 as corpora write it: an instant, a time with offset ({@code +01:00} or {@code +0100}),
   * a date alone (taken as midnight UTC), or a local time (taken as UTC, with a problem, since the
   * true zone is unknown).
   */
  static Time parseTime(String raw) {
    String s = raw.strip();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      return new Time(OffsetDateTime.parse(s).toInstant(), null);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return new Time(
          OffsetDateTime.parse(COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2")).toInstant(), null);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return new Time(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(), null);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      Instant t = LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      return new Time(t, "published time '" + raw.strip() + "' has no time zone; UTC assumed");
    } catch (DateTimeParseException ignored) {
      // not a time
    }
    return new Time(
        null,
        "published time '"
            + Reasons.oneLine(raw, 60)
            + "' not understood (expected ISO-8601 such as 2026-03-04T10:15:00Z or 2026-03-04);"
            + " left out");
  }

  /** What is wrong with one line; thrown often on bad files, so it carries no stack trace. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String message) {
      super(message, null, false, false);
    }
  }
}
