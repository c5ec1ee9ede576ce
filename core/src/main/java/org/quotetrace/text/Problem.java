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

  /**
   * Positions problems in one text without rescanning it for each: offsets asked in increasing
   * order cost one pass in all, which matters when a hostile file has thousands of problems.
   */
  public static final class Locator {
    private final String text;
    private int offset;
    private int line = 1;
    private int lineStart;

    public Locator(String text) {
      this.text = text;
    }

    public Problem at(int at, String message) {
      int target = Math.max(0, Math.min(at, text.length()));
      if (target < offset) {
        // A problem found late about an earlier mark: step back, not over the whole text again.
        boolean crossed = false;
        for (int k = offset - 1; k >= target; k--) {
          if (text.charAt(k) == '\n') {
            line--;
            crossed = true;
          }
        }
        if (crossed) {
          lineStart = text.lastIndexOf('\n', target - 1) + 1;
        }
      } else {
        for (int k = offset; k < target; k++) {
          if (text.charAt(k) == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
      }
      offset = target;
      return new Problem(at, line, target - lineStart + 1, message);
    }
  }

  public static Problem whole(String message) {
    return new Problem(-1, 0, 0, message);
  }

  @Override
  public String toString() {
    return offset < 0 ? message : line + ":" + column + ": " + message;
  }
}
