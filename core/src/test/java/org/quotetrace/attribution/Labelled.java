package org.quotetrace.attribution;

/** Builds a labelled paragraph for tests: each given piece of the text gets its span type. */
final class Labelled {
  private Labelled() {}

  /** Labels for {@code p}: pieces alternate text and type, each piece found after the previous one. */
  static int[] labels(String text, Paragraph p, Object... pieces) {
    Token[] t = p.tokens();
    int[] labels = new int[t.length];
    int from = 0;
    for (int k = 0; k < pieces.length; k += 2) {
      String piece = (String) pieces[k];
      int type = (Integer) pieces[k + 1];
      int start = text.indexOf(piece, from);
      if (start < 0) {
        throw new IllegalArgumentException("\"" + piece + "\" not in the text after " + from);
      }
      int end = start + piece.length();
      boolean first = true;
      for (int i = 0; i < t.length; i++) {
        if (t[i].start() >= start && t[i].end() <= end) {
          labels[i] = first ? type : type + 1;
          first = false;
        }
      }
      from = end;
    }
    return labels;
  }
}
