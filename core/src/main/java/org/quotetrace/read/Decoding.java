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
 *
 * <p>One guess is made on evidence: text that is not valid UTF-8 but whose bytes read as
 * windows-1252 text (its typographic quotes and dashes at 0x80–0x9F, accented letters among ASCII
 * words, no controls, no valid UTF-8 sequences beside the invalid ones) is decoded as
 * windows-1252, with a problem saying so. Campaign speeches and press releases are published that
 * way. Binary data and UTF-8 with a few broken bytes are still refused.
 */
final class Decoding {
  /** How much of the start of a file is sniffed for binary content and UTF-16 NUL patterns. */
  private static final int SNIFF = 8192;
  /** Stray control characters are reported one by one only up to this many; then summed up. */
  private static final int MAX_CONTROL_PROBLEMS = 20;

  private Decoding() {}

  /** Decoded text without its BOM, and the problems found in it. */
  record Decoded(String text, Charset charset, List<Problem> problems) {}

  /**
   * @param name the file or record name, for messages
   * @param forced the charset the user gave, or null
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
      if (bomCharset != null && sameUnicodeFamily(bomCharset, forced)) {
        // The BOM knows the byte order better than a user who said just "UTF-16".
        charset = bomCharset;
      } else {
        bomLength = 0; // a BOM of another encoding is data in the forced one
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
    int utf8 = charset.equals(StandardCharsets.UTF_8) ? utf8Scan(bytes, bomLength) : NOT_UTF8;
    // A clean scan has seen every byte after the BOM and no NUL or control among them, so the
    // binary sniff over the same bytes could only say no: it runs for the rest alone.
    if (!wide && utf8 != UTF8_CLEAN && looksBinary(bytes)) {
      throw new ReadException(name, "binary file, not text");
    }
    boolean guessed = forced == null && bomCharset == null && declared == null
        && charset.equals(StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    String text;
    try {
      // Most input is valid UTF-8: one pass over the bytes tells so, where a strict decoder
      // decodes everything once more (JFR: the strict decoding was 2-3 % of quotes' CPU). The
      // same pass sees every stray control character, so a text it found none in needs no
      // second look (JFR: that look 2 % of quotes' CPU).
      text = utf8 != NOT_UTF8
          ? new String(bytes, bomLength, bytes.length - bomLength, StandardCharsets.UTF_8)
          : strictDecode(name, bytes, bomLength, charset);
    } catch (ReadException e) {
      long firstBad = guessed ? windows1252Evidence(bytes) : -1;
      if (firstBad < 0) {
        throw e;
      }
      charset = WINDOWS_1252;
      text = strictDecode(name, bytes, 0, charset);
      problems.add(Problem.whole("not valid UTF-8 (at byte " + firstBad + ") but its bytes read as"
          + " windows-1252 text: decoded as windows-1252 (pass --encoding to choose another)"));
    }
    if (wide && looksBinary(text)) {
      throw new ReadException(name, "binary file, not text");
    }
    if (text.isBlank()) {
      throw new ReadException(name, "empty file");
    }
    if (utf8 != UTF8_CLEAN) {
      problems.addAll(controlCharacters(text));
    }
    return new Decoded(text, charset, problems);
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Bytes 0x80–0xFF in windows-1252; U+FFFD for the five it leaves undefined. */
  private static final char[] WINDOWS_1252_HIGH = new char[128];

  static {
    for (int i = 0; i < 128; i++) {
      WINDOWS_1252_HIGH[i] = new String(new byte[] {(byte) (0x80 + i)}, WINDOWS_1252).charAt(0);
    }
  }

  /** Typographic marks windows-1252 puts at 0x80–0x9F and above, as news and speeches use them. */
  private static final String TYPOGRAPHY = "‘’‚“”„–—…•€™†‡‰‹›ˆ˜©®°±«»¡¿§¶·×÷¢£¥¦¨¯´¸¹²³¼½¾ªº¬";

  /**
   * Where UTF-8 first fails in bytes that read as windows-1252 text, or -1 when the evidence is
   * against it. For windows-1252: every byte is defined there (0x81, 0x8D, 0x8F, 0x90, 0x9D are
   * not); at most a third of the bytes are above 0x7F, each a letter or a typographic mark and
   * mostly next to ASCII (in text an accented letter or a curly quote sits in or beside a word; in
   * binary data high bytes come in runs); hardly any C0 control but line ends and tabs. Against
   * it: valid UTF-8 multi-byte sequences, more than one for every four invalid bytes, which say
   * the file is UTF-8 with a few broken bytes (joined files, a cut), not another encoding.
   */
  private static long windows1252Evidence(byte[] b) {
    int n = b.length;
    long firstBad = -1;
    int valid = 0;
    int invalid = 0;
    int high = 0;
    int inRuns = 0;
    int controls = 0;
    for (int i = 0; i < n; ) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
          controls++;
        }
        i++;
        continue;
      }
      int len = utf8Length(b, i);
      if (len > 0) {
        valid++;
      } else {
        invalid++;
        if (firstBad < 0) {
          firstBad = i;
        }
      }
      int end = len > 0 ? i + len : i + 1;
      for (int k = i; k < end; k++) {
        high++;
        char ch = WINDOWS_1252_HIGH[(b[k] & 0xFF) - 0x80];
        boolean defined = ch != '\uFFFD' && !(ch >= 0x80 && ch <= 0x9F);
        if (!defined || !(Character.isLetter(ch) || TYPOGRAPHY.indexOf(ch) >= 0 || ch == 0xA0)) {
          return -1;
        }
        boolean before = k > 0 && (b[k - 1] & 0xFF) >= 0x80;
        boolean after = k + 1 < n && (b[k + 1] & 0xFF) >= 0x80;
        if (before && after) {
          inRuns++;
        }
      }
      i = end;
    }
    // A stray control or two is kept and reported, as in any text; more say binary.
    if (firstBad < 0 || valid * 4 > invalid || controls * 1000L > n) {
      return -1;
    }
    if (high * 3 > n || inRuns * 5 > high) {
      return -1;
    }
    return firstBad;
  }

  /** The length of the valid UTF-8 sequence starting at {@code i} with a byte above 0x7F, or 0. */
  private static int utf8Length(byte[] b, int i) {
    int c = b[i] & 0xFF;
    int len;
    int min2 = 0x80;
    int max2 = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) {
        min2 = 0xA0;
      } else if (c == 0xED) {
        max2 = 0x9F;
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) {
        min2 = 0x90;
      } else if (c == 0xF4) {
        max2 = 0x8F;
      }
    } else {
      return 0;
    }
    if (i + len > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < min2 || second > max2) {
      return 0;
    }
    for (int k = i + 2; k < i + len; k++) {
      if ((b[k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return len;
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

  /** Encodings whose ASCII letters carry NUL bytes, so NULs do not mean binary. */
  private static boolean isWide(Charset c) {
    return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32");
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

  /**
   * Whether {@code bytes} from {@code offset} on are well-formed UTF-8 (Unicode Table 3-7): no
   * overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short. These are the
   * sequences a strict UTF-8 decoder accepts, so a true answer means it would decode them
   * without error; on a false one the decoder runs to find and report the fault.
   */
  static boolean isWellFormedUtf8(byte[] bytes, int offset) {
    return utf8Scan(bytes, offset) != NOT_UTF8;
  }

  /** {@link #utf8Scan}: the bytes are not well-formed UTF-8. */
  static final int NOT_UTF8 = 0;
  /** {@link #utf8Scan}: well-formed, and they encode no character {@link #isStray} finds. */
  static final int UTF8_CLEAN = 1;
  /** {@link #utf8Scan}: well-formed, with at least one character {@link #isStray} finds. */
  static final int UTF8_STRAY = 2;

  /**
   * Whether {@code bytes} from {@code offset} on are well-formed UTF-8 ({@link #isWellFormedUtf8}),
   * and if so whether they encode a stray control character: a C0 control but tab, line feed,
   * carriage return and form feed (one byte below 0x20), DEL (0x7F), a C1 control (C2 80 to C2
   * 9F) or U+FEFF (EF BB BF).
   */
  static int utf8Scan(byte[] bytes, int offset) {
    int n = bytes.length;
    int i = offset;
    boolean stray = false;
    while (i < n) {
      int b = bytes[i];
      if (b >= 0x20 && b != 0x7F) {
        i++;
        continue;
      }
      if (b >= 0) {
        stray |= b != '\t' && b != '\n' && b != '\r' && b != '\f';
        i++;
        continue;
      }
      b &= 0xFF;
      if (b < 0xC2) {
        return NOT_UTF8; // a continuation byte on its own, or an overlong two-byte form
      }
      if (b < 0xE0) {
        if (i + 1 >= n || !isContinuation(bytes[i + 1])) {
          return NOT_UTF8;
        }
        stray |= b == 0xC2 && (bytes[i + 1] & 0xFF) <= 0x9F;
        i += 2;
        continue;
      }
      if (b < 0xF0) {
        if (i + 2 >= n) {
          return NOT_UTF8;
        }
        int b1 = bytes[i + 1] & 0xFF;
        // E0 needs A0-BF (no overlong forms); ED needs 80-9F (no surrogates).
        int lo = b == 0xE0 ? 0xA0 : 0x80;
        int hi = b == 0xED ? 0x9F : 0xBF;
        if (b1 < lo || b1 > hi || !isContinuation(bytes[i + 2])) {
          return NOT_UTF8;
        }
        stray |= b == 0xEF && b1 == 0xBB && (bytes[i + 2] & 0xFF) == 0xBF;
        i += 3;
        continue;
      }
      if (b > 0xF4 || i + 3 >= n) {
        return NOT_UTF8;
      }
      int b1 = bytes[i + 1] & 0xFF;
      // F0 needs 90-BF (no overlong forms); F4 needs 80-8F (nothing above U+10FFFF).
      int lo = b == 0xF0 ? 0x90 : 0x80;
      int hi = b == 0xF4 ? 0x8F : 0xBF;
      if (b1 < lo || b1 > hi || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
        return NOT_UTF8;
      }
      i += 4;
    }
    return stray ? UTF8_STRAY : UTF8_CLEAN;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
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
    // Nearly every text has none: one tight scan says so before lines and columns are counted.
    int first = 0;
    while (first < text.length() && !isStray(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return problems;
    }
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
