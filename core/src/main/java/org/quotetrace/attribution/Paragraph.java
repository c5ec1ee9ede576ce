package org.quotetrace.attribution;

/** The tokens of one line of text, the unit the sequence model labels. */
record Paragraph(Token[] tokens) {

  /** The paragraphs of a text: each non-blank line, tokenised, with quote marks tracked within it. */
  static java.util.List<Paragraph> of(String text) {
    java.util.List<Paragraph> out = new java.util.ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n') {
        Token[] tokens = tokens(text, lineStart, i);
        if (tokens.length > 0) {
          out.add(new Paragraph(tokens));
        }
        lineStart = i + 1;
      }
    }
    return out;
  }

  static Token[] tokens(String text, int from, int to) {
    java.util.List<Token> out = new java.util.ArrayList<>();
    int depth = 0;
    int i = from;
    while (i < to) {
      int c = text.codePointAt(i);
      int len = Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i += len;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + len;
        while (j < to) {
          int d = text.codePointAt(j);
          if (!Character.isLetterOrDigit(d)) {
            break;
          }
          j += Character.charCount(d);
        }
        String s = text.substring(i, j);
        out.add(new Token(i, j, s.toLowerCase(java.util.Locale.ROOT), true, Character.isUpperCase(c),
            depth > 0 ? 1 : 0));
        i = j;
        continue;
      }
      int end = i + len;
      // The New York Times writes quote marks as two apostrophes (''...'').
      boolean doubleApostrophe = c == '\'' && end < to && text.charAt(end) == '\'';
      if (doubleApostrophe) {
        end++;
      }
      int quote = depth > 0 ? 1 : 0;
      if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
        depth++;
        quote = 2;
      } else if (c == '\u201D' || c == '\u00BB') {
        if (depth > 0) {
          depth--;
        }
        quote = 3;
      } else if (c == '"' || doubleApostrophe) {
        if (depth > 0) {
          depth--;
          quote = 3;
        } else {
          depth++;
          quote = 2;
        }
      }
      out.add(new Token(i, end, text.substring(i, end), false, false, quote));
      i = end;
    }
    return out.toArray(Token[]::new);
  }
}
