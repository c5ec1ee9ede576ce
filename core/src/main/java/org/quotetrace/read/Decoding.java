package org.quotetrace.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quotetrace.text.Problem;

/**
 * Turns bytes into text strictly: a wrong guess about the encoding would silently shift every
 * quote, so undecodable input is refused with the byte offset rather than patched with U+FFFD.
 */
final class Decoding {
  /** How much of the start of a file is sniffed for binary content and UTF-16 NUL patterns. */
  private static final int SNIFF = 8192;
  /** Stray control characters are reported one by one only up to this many; then summed up. */
  private static final int MAX_CONTROL_PROBLEMS = 20;

  private Decoding() {}

  /** Decoded text without its BOM, and the problems found in it. */
  record Decoded(String text, Charset charset, List<Problem> problems) {}

  static Decoded decode(String name, byte[] bytes, Charset forced) throws ReadException {
    return decode(name, bytes, forced, null);
  }

  /**
   * @param declared the charset the content itself declares (an HTML meta tag), used when there is
   *     neither a BOM nor a forced charset; may be null
   */
  static Decoded decode(String name, byte[] bytes, Charset forced, Charset declared)
      throws ReadException {
    if (isBlankBytes(bytes)) {
      throw new ReadException(name, "empty file");
    }
    int bomLength = 0;
    Charset charset;
    Charset bomCharset = bomCharset(bytes);
    if (bomCharset != null) {
      bomLength = bomCharset == StandardCharsets.UTF_8 ? 3 : 2;
    }
    if (forced != null) {
      charset = forced;
      // A BOM only counts when it agrees with the forced charset; otherwise its bytes are data.
      if (bomCharset == null || !sameUnicodeFamily(bomCharset, forced)) {
        bomLength = 0;
      }
    } else if (bomCharset != null) {
      charset = bomCharset;
    } else {
      charset = utf16ByNulPattern(bytes);
      if (charset == null) {
        charset = declared != null ? declared : StandardCharsets.UTF_8;
      }
    }
    boolean wide = isWide(charset);
    if (!wide && looksBinary(bytes)) {
      throw new ReadException(name, "binary file, not text");
    }
    String text = strictDecode(name, bytes, bomLength, charset);
    if (wide && looksBinary(text)) {
      throw new ReadException(name, "binary file, not text");
    }
    if (text.isBlank()) {
      throw new ReadException(name, "empty file");
    }
    return new Decoded(text, charset, controlCharacters(text));
  }

  private static boolean isBlankBytes(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean sameUnicodeFamily(Charset bom, Charset forced) {
    if (bom == StandardCharsets.UTF_8) {
      return forced.equals(StandardCharsets.UTF_8);
    }
    return isWide(forced);
  }

  private static boolean isWide(Charset c) {
    return c.name().startsWith("UTF-16");
  }

  /**
   * Text in UTF-16 without a BOM (some Windows tools write it) shows as ASCII letters alternating
   * with NUL bytes; which half holds the NULs tells the byte order.
   */
  private static Charset utf16ByNulPattern(byte[] b) {
    int n = Math.min(b.length, SNIFF) & ~1;
    if (n < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenNul++;
      }
      if (b[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = n / 2;
    if (oddNul * 10 >= pairs * 3 && evenNul * 20 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul * 10 >= pairs * 3 && oddNul * 20 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Binary data has NUL bytes or a high share of C0 controls; text may hold a few stray ones,
   * which are kept and reported instead.
   */
  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (isBinaryControl(c)) {
        controls++;
      }
    }
    return manyControls(controls, n);
  }

  private static boolean looksBinary(String s) {
    int n = Math.min(s.length(), SNIFF);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return true;
      }
      if (isBinaryControl(c)) {
        controls++;
      }
    }
    return manyControls(controls, n);
  }

  private static boolean isBinaryControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F;
  }

  private static boolean manyControls(int controls, int sampled) {
    return controls >= 4 && controls * 10 > sampled;
  }

  private static String strictDecode(String name, byte[] bytes, int offset, Charset charset)
      throws ReadException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    // Validate in chunks into a scratch buffer, then let String do the fast bulk decoding: one
    // extra pass is cheaper than holding a second full-size char array, and once the input is
    // known to be valid, String's lenient decoding gives exactly the strict result.
    CharBuffer scratch = CharBuffer.allocate(8192);
    CoderResult r;
    while ((r = decoder.decode(in, scratch, true)).isOverflow()) {
      scratch.clear();
    }
    if (r.isError()) {
      throw invalid(name, bytes, in.position(), charset, r);
    }
    while ((r = decoder.flush(scratch)).isOverflow()) {
      scratch.clear();
    }
    if (r.isError()) {
      throw invalid(name, bytes, in.position(), charset, r);
    }
    return new String(bytes, offset, bytes.length - offset, charset);
  }

  private static ReadException invalid(
      String name, byte[] bytes, int at, Charset charset, CoderResult r) {
    String hint;
    if (charset.equals(StandardCharsets.UTF_8)) {
      hint = utf8Hint(bytes, at, r);
    } else if (isWide(charset) && r.isMalformed() && at + r.length() >= bytes.length) {
      hint = " (the file ends inside a character; it may be truncated)";
    } else {
      hint = " (pass the file's real encoding with --encoding)";
    }
    return new ReadException(name, "not valid " + charset.name() + " at byte " + at + hint);
  }

  private static String utf8Hint(byte[] bytes, int at, CoderResult r) {
    int b = bytes[at] & 0xFF;
    if (b >= 0xC2 && b <= 0xF4 && at + r.length() >= bytes.length) {
      return " (the file ends inside a character; it may be truncated)";
    }
    if (b >= 0x80 && b <= 0x9F) {
      // 0x80-0x9F are typographic quotes and dashes in windows-1252 and controls in latin-1.
      return " (looks like windows-1252; pass --encoding windows-1252)";
    }
    return " (looks like windows-1252 or latin-1; pass --encoding windows-1252)";
  }

  /**
   * Control characters left inside otherwise good text (pasted from a PDF, a CMS glitch). They stay
   * in the text, so offsets keep pointing at the bytes a user sees, and each is reported.
   */
  static List<Problem> controlCharacters(String text) {
    List<Problem> problems = new ArrayList<>();
    int count = 0;
    int line = 1;
    int column = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (isStray(c)) {
        count++;
        if (count <= MAX_CONTROL_PROBLEMS) {
          String what =
              c == '\uFEFF'
                  ? "byte order mark U+FEFF inside the text (files joined together?), kept"
                  : String.format("stray control character U+%04X kept in the text", (int) c);
          problems.add(new Problem(i, line, column, what));
        }
      }
      column++;
    }
    if (count > MAX_CONTROL_PROBLEMS) {
      problems.add(
          Problem.whole(
              (count - MAX_CONTROL_PROBLEMS) + " more stray control characters not listed"));
    }
    return problems;
  }

  private static boolean isStray(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFEFF';
  }
}
