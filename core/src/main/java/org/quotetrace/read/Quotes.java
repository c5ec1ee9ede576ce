package org.quotetrace.read;

/** Quote marks as readers need them: to strip the marks around a turn's spoken words. */
final class Quotes {
  private Quotes() {}

  /** Marks that open a quote. The ASCII apostrophe is left out: it starts names like O'Brien. */
  static boolean isOpening(char c) {
    return c == '“' || c == '„' || c == '«' || c == '‹' || c == '"' || c == '‘' || c == '‚'
        || c == '「' || c == '『';
  }

  static boolean isClosing(char c) {
    return c == '”' || c == '“' || c == '»' || c == '›' || c == '"' || c == '’' || c == '‘'
        || c == '」' || c == '』';
  }

  /** Whether {@code c} closes a quote opened with {@code open}; German „…“ and ‚…‘ included. */
  static boolean closes(char open, char c) {
    return switch (open) {
      case '“' -> c == '”';
      case '„' -> c == '“' || c == '”';
      case '«' -> c == '»';
      case '‹' -> c == '›';
      case '"' -> c == '"';
      case '‘' -> c == '’';
      case '‚' -> c == '‘' || c == '’';
      case '\'' -> c == '\'';
      case '「' -> c == '」';
      case '『' -> c == '』';
      default -> false;
    };
  }

  /** Whether a turn's words may open with {@code c}: any opening mark, or an ASCII apostrophe. */
  static boolean opensTurn(char c) {
    return isOpening(c) || c == '\'';
  }
}
