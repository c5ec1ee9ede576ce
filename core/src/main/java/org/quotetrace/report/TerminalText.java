package org.quotetrace.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Text from documents made safe to print on a terminal, and values bounded for one-line messages.
 *
 * <p>A page's outlet, URL or quote can hold ESC, BEL, other C0 and C1 controls, or a bidirectional
 * override such as U+202E. Printed raw, they can recolour or retitle the user's terminal, move the
 * cursor to overwrite what was printed before, or show text in another order than it is stored, so
 * that a quote reads differently from what the tool judged. Each is shown as its Java escape instead
 * (a backslash, u and four hex digits), which a reader can see and search for. JSON output is
 * escaped by its writer, set by {@link #forTerminals} to escape the same characters.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * The text with every control character and bidi control escaped, except line feeds and tabs,
   * which text reports lay out with.
   */
  public static String safe(CharSequence s) {
    return escape(s, true);
  }

  /**
   * The text with its runs of white space as one space, cut to {@code max} characters with an
   * ellipsis: a quote shown in a table or list.
   */
  public static String oneLine(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  /** The text on one line: line feeds, carriage returns and tabs are escaped too. */
  public static String line(CharSequence s) {
    return escape(s, false);
  }

  /**
   * The text with every run of non-blank characters longer than {@code max} cut to its first
   * {@code max} characters, an ellipsis and its length: "/tmp/aaaa… (40,000 chars)". A path or URL
   * is one such run, so a message naming a 40 KB URL stays readable.
   */
  public static String cutLongWords(String s, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    StringBuilder b = null;
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (Character.isWhitespace(s.charAt(i))) {
        if (b != null) {
          b.append(s.charAt(i));
        }
        i++;
        continue;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(s.charAt(end))) {
        end++;
      }
      if (end - i > max) {
        if (b == null) {
          b = new StringBuilder(s.length() > 4 * max ? 4 * max : s.length()).append(s, 0, i);
        }
        int cut = i + max;
        if (Character.isLowSurrogate(s.charAt(cut)) && Character.isHighSurrogate(s.charAt(cut - 1))) {
          cut--;
        }
        b.append(s, i, cut).append("… (").append(String.format(java.util.Locale.ROOT, "%,d", end - i))
            .append(" chars)");
      } else if (b != null) {
        b.append(s, i, end);
      }
      i = end;
    }
    return b == null ? s : b.toString();
  }

  /**
   * The mapper, set to also escape the controls its writer leaves raw: C1 controls (U+0080 to
   * U+009F; some terminals take U+009B for ESC [) and bidi controls. JSON readers see the same
   * strings; a terminal shows the escape instead of acting on it.
   */
  public static ObjectMapper forTerminals(ObjectMapper mapper) {
    mapper.getFactory().setCharacterEscapes(JSON_ESCAPES);
    return mapper;
  }

  private static final CharacterEscapes JSON_ESCAPES = new CharacterEscapes() {
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return unsafe(c) ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", c))
          : null;
    }
  };

  /** Whether printing this code point raw could change what a terminal shows elsewhere. */
  static boolean unsafe(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c // Arabic letter mark
        || c == 0x200e || c == 0x200f // left-to-right and right-to-left marks
        || (c >= 0x202a && c <= 0x202e) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069); // isolates
  }

  private static String escape(CharSequence s, boolean keepLayout) {
    int n = s.length();
    int i = 0;
    while (i < n && !needsEscape(s.charAt(i), keepLayout)) {
      i++;
    }
    if (i == n) {
      return s.toString();
    }
    StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!needsEscape(c, keepLayout)) {
        b.append(c);
      } else {
        switch (c) {
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
      }
    }
    return b.toString();
  }

  private static boolean needsEscape(char c, boolean keepLayout) {
    if (keepLayout && (c == '\n' || c == '\t')) {
      return false;
    }
    // Every code point unsafe() names is in the Basic Multilingual Plane, so chars suffice.
    return unsafe(c);
  }
}
