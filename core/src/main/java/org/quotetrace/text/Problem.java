package org.quotetrace.text;

/**
 * Something odd in the input that was worked around rather than thrown: an unclosed quote, a stray
 * control character. Carries the position so that a person can look at the place.
 *
 * @param offset UTF-16 index into the document text, or -1 when the problem concerns the whole file
 * @param line 1-based line of the offset, or 0
 * @param column 1-based column of the offset, or 0
 */
public record Problem(int offset, int line, int column, String message) {

  public Problem {
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a message");
    }
  }

  public static Problem at(String text, int offset, String message) {
    int line = 1;
    int col = 1;
    int limit = Math.min(offset, text.length());
    for (int i = 0; i < limit; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new Problem(offset, line, col, message);
  }

  public static Problem whole(String message) {
    return new Problem(-1, 0, 0, message);
  }

  @Override
  public String toString() {
    return offset < 0 ? message : line + ":" + column + ": " + message;
  }
}
