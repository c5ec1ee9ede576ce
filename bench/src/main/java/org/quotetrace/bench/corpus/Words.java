package org.quotetrace.bench.corpus;

/**
 * A vocabulary entry split into words once at start-up ("the energy regulator", "Let me be clear:"),
 * with the punctuation after each word kept apart.
 */
record Words(String[] words, String[] tails) {

  static Words of(String text) {
    String[] parts = text.trim().split(" +");
    String[] w = new String[parts.length];
    String[] t = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      int e = Template.wordEnd(parts[i]);
      w[i] = parts[i].substring(0, e);
      t[i] = parts[i].substring(e);
    }
    return new Words(w, t);
  }

  /** A single bare word, the only kind of entry that may be swapped for a synonym. */
  boolean single() {
    return words.length == 1 && tails[0].isEmpty();
  }

  String text() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      sb.append(i == 0 ? "" : " ").append(words[i]).append(tails[i]);
    }
    return sb.toString();
  }
}
