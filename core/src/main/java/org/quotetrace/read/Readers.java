package org.quotetrace.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Problem;

/**
 * Reads files into {@link Document}s: the facade over every reader.
 *
 * <p>Plain text, HTML pages (main text only), broadcast scripts with SOT blocks, speaker-labelled
 * transcripts, and SRT or WebVTT subtitles. Every offset in the result, of turns and of problems,
 * is a UTF-16 index into {@link Document#text()}: the decoded text with only a byte order mark
 * removed (line ends are kept as they were), or for HTML and subtitles the extracted text.
 *
 * <p>Input that cannot be read at all (missing, binary, wrongly encoded, too large) throws a
 * {@link ReadException} with a one-line message naming the file; anything merely odd is recorded
 * in {@link Document#problems()} and reading goes on.
 */
public final class Readers {
  /** Java arrays stop a little short of {@code Integer.MAX_VALUE}. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  private Readers() {}

  public static Document read(Path path) throws ReadException {
    return read(path, ReadOptions.DEFAULTS);
  }

  /** Reads a file; the document's id and origin are the path as given. */
  public static Document read(Path path, ReadOptions options) throws ReadException {
    String name = path.toString();
    byte[] bytes = load(path, name, options.maxBytes());
    return fromBytes(name, bytes, options);
  }

  /**
   * Reads bytes held in memory, such as a WARC record. The id names the input in messages and its
   * extension, if any, helps to tell the format.
   */
  public static Document read(String id, byte[] bytes, ReadOptions options) throws ReadException {
    if (bytes.length > options.maxBytes()) {
      throw tooLarge(id, bytes.length, options.maxBytes());
    }
    return fromBytes(id, bytes, options);
  }

  /**
   * Builds a document from text already decoded, such as a JSON Lines record: detects the format
   * (unless {@link ReadOptions#format()} says it) and the kind, and parses the turns. A leading
   * BOM is dropped. Never throws for odd text: a text with nothing readable in it gives an empty
   * document with a problem.
   */
  public static Document parse(String id, String text, ReadOptions options) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    Format format = options.format() != null ? options.format() : FormatDetector.byContent(t);
    try {
      return build(id, t, format, options, Decoding.controlCharacters(t));
    } catch (ReadException e) {
      return Document.builder(id, "")
          .origin(id)
          .kind(options.kind() == null ? DocumentKind.ARTICLE : options.kind())
          .problem(Problem.whole(e.problem()))
          .build();
    }
  }

  private static Document fromBytes(String name, byte[] bytes, ReadOptions options)
      throws ReadException {
    Format format = options.format() != null ? options.format() : FormatDetector.byName(name);
    Charset declared = null;
    if (format == Format.HTML || (format == null && startsWithMarkup(bytes))) {
      declared = HtmlReader.declaredCharset(bytes);
    }
    Decoding.Decoded decoded = Decoding.decode(name, bytes, options.charset(), declared);
    String text = decoded.text();
    if (format == null) {
      format = FormatDetector.byContent(text);
    }
    return build(name, text, format, options, decoded.problems());
  }

  private static Document build(
      String id, String text, Format format, ReadOptions options, List<Problem> sourceProblems)
      throws ReadException {
    DocumentKind forced = options.kind();
    Document.Builder b;
    List<Problem> problems = new ArrayList<>();
    switch (format) {
      case HTML -> {
        HtmlReader.Page page = HtmlReader.read(text);
        if (page.text().isBlank()) {
          throw new ReadException(id, "no readable text in the HTML page");
        }
        // Offsets of problems in the markup do not point into the extracted text.
        problems.addAll(unpositioned(sourceProblems, "in the HTML source"));
        problems.addAll(page.problems());
        TurnParser.Result r = TurnParser.parse(page.text(), forced);
        b = Document.builder(id, page.text()).kind(r.kind()).turns(r.turns());
        b.title(page.title() != null ? page.title() : r.title());
        b.outlet(page.outlet()).published(page.published());
        problems.addAll(r.problems());
      }
      case SRT, VTT -> {
        SubtitleReader.Subtitles subs = SubtitleReader.read(text, format);
        if (subs.text().isBlank()) {
          throw new ReadException(id, "no subtitle text in the " + format.id().toUpperCase(Locale.ROOT) + " file");
        }
        DocumentKind kind = forced == null ? DocumentKind.TRANSCRIPT : forced;
        problems.addAll(unpositioned(sourceProblems, "in the subtitle source"));
        problems.addAll(subs.problems());
        b = Document.builder(id, subs.text()).kind(kind);
        if (kind.hasTurns()) {
          b.turns(subs.turns());
        }
      }
      default -> {
        TurnParser.Result r = TurnParser.parse(text, forced);
        problems.addAll(sourceProblems);
        problems.addAll(r.problems());
        b = Document.builder(id, text).kind(r.kind()).turns(r.turns()).title(r.title());
      }
    }
    b.origin(id);
    for (Problem p : problems) {
      b.problem(p);
    }
    return b.build();
  }

  /** Problems found in source markup, re-stated without an offset into the extracted text. */
  private static List<Problem> unpositioned(List<Problem> problems, String where) {
    List<Problem> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      out.add(
          p.offset() < 0
              ? p
              : Problem.whole(
                  p.message() + " (" + where + " at line " + p.line() + ", column " + p.column()
                      + ")"));
    }
    return out;
  }

  private static boolean startsWithMarkup(byte[] bytes) {
    int n = Math.min(bytes.length, 64);
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xFF;
      if (c == '<') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF) {
        return false;
      }
    }
    return false;
  }

  /** The file's bytes, refused before reading when the file is larger than {@code max}. */
  private static byte[] load(Path path, String name, long max) throws ReadException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw failure(name, e);
    }
    if (attrs.isDirectory()) {
      throw new ReadException(name, "is a directory");
    }
    long limit = Math.min(max, MAX_ARRAY);
    if (attrs.isRegularFile() && attrs.size() > limit) {
      throw tooLarge(name, attrs.size(), max);
    }
    try {
      if (attrs.isRegularFile()) {
        byte[] bytes = Files.readAllBytes(path);
        if (bytes.length > limit) {
          throw tooLarge(name, bytes.length, max); // the file grew after its size was checked
        }
        return bytes;
      }
      // Pipes and devices have no size: read up to the limit and refuse what goes beyond.
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, MAX_ARRAY));
        if (bytes.length > limit) {
          throw new ReadException(
              name, "input too large (more than " + megabytes(max) + ", the limit)");
        }
        return bytes;
      }
    } catch (IOException e) {
      throw failure(name, e);
    }
  }

  private static ReadException failure(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new ReadException(name, "no such file", e);
    }
    if (e instanceof AccessDeniedException) {
      return new ReadException(name, "permission denied", e);
    }
    String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      reason = e.getClass().getSimpleName();
    }
    if (reason.toLowerCase(Locale.ROOT).contains("is a directory")) {
      return new ReadException(name, "is a directory", e);
    }
    return new ReadException(name, "could not be read (" + oneLine(reason) + ")", e);
  }

  private static ReadException tooLarge(String name, long size, long max) {
    long heap = Runtime.getRuntime().maxMemory();
    String why = max * ReadOptions.HEAP_PER_BYTE >= heap - heap / 64
        ? ", what a heap of " + megabytes(heap) + " can hold; a larger -Xmx raises it" : "";
    return new ReadException(name,
        "file too large (" + megabytes(size) + "; the limit is " + megabytes(max) + why + ")");
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
