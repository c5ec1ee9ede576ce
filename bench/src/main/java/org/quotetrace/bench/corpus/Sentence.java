package org.quotetrace.bench.corpus;

import java.util.Set;

/**
 * One generated sentence: its words, the punctuation after each ("," or "." or "'s"), and which
 * words may take a synonym. Kept as words rather than a string so that quotes can be cut, reworded
 * and traced back to the source word by word.
 *
 * @param lowerFirst the first word as it stands inside a sentence ("the" for "The"), so that the
 *     sentence can be reported after "Keller said"; equal to {@code words[0]} for a name
 */
record Sentence(String[] words, String[] tails, Pos[] tags, String lowerFirst) {

  private static final Set<String> FIRST_PERSON =
      Set.of("i", "we", "our", "us", "my", "me", "i'll", "i'm", "we're", "ours", "myself");

  /** The sentence as it continues another: "Minister, how will you ...?" */
  Sentence lowered() {
    String[] w = words.clone();
    w[0] = lowerFirst;
    return new Sentence(w, tails, tags, lowerFirst);
  }

  int size() {
    return words.length;
  }

  void appendTo(StringBuilder sb) {
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words[i]).append(tails[i]);
    }
  }

  String text() {
    StringBuilder sb = new StringBuilder(words.length * 7);
    appendTo(sb);
    return sb.toString();
  }

  /** Whether the speaker speaks of themselves, which reported speech could not repeat as is. */
  boolean firstPerson() {
    for (String w : words) {
      if (FIRST_PERSON.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
