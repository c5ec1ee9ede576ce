package org.quotetrace.bench.corpus;

import java.util.Set;

/**
 * One generated sentence: its words, the punctuation after each ("," or "." or "'s"), and which
 * words may take a synonym. Kept as words rather than a string so that quotes can be cut, reworded
 * and traced back to the source word by word.
 *
 * @param properFirst whether the first word keeps its capital inside a sentence: a name, a
 *     figure, "I"
 */
record Sentence(String[] words, String[] tails, Pos[] tags, boolean properFirst) {

  private static final Set<String> FIRST_PERSON =
      Set.of("I", "we", "our", "us", "my", "me", "I'll", "I'm", "we're", "ours", "myself", "We",
          "Our", "My", "We're");

  /**
   * The first word as it stands inside a sentence ("the" for "The"), so that the sentence can be
   * reported after "Keller said".
   */
  String inner() {
    String w = words[0];
    return properFirst ? w : Character.toLowerCase(w.charAt(0)) + w.substring(1);
  }

  /** The sentence as it continues another: "Minister, how will you ...?" */
  Sentence lowered() {
    String[] w = words.clone();
    w[0] = inner();
    return new Sentence(w, tails, tags, true);
  }

  /** Whether it asks something. */
  boolean question() {
    return tails[tails.length - 1].endsWith("?");
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
      if (FIRST_PERSON.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
