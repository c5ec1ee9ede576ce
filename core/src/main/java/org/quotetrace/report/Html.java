package org.quotetrace.report;

/** Escapes text for HTML element content and double-quoted attribute values. */
final class Html {
  private Html() {}

  /**
   * Text safe in element content and in a double-quoted attribute. Quotes are escaped too, so one
   * escaper serves both places, and {@code >} is escaped so that {@code ]]>} cannot close anything.
   * Unpaired surrogates and NUL become U+FFFD: the encoder would otherwise write a bare '?'.
   */
  static String escape(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    escape(s, 0, s.length(), b);
    return b.toString();
  }

  static void escape(CharSequence s, int from, int to, StringBuilder b) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\0' -> b.append('\uFFFD');
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
  }
}
