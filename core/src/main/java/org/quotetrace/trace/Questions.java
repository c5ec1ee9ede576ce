package org.quotetrace.trace;

import java.util.Set;
import org.quotetrace.trace.SourceText.Passage;

/**
 * Whether a source sentence asks: one definition for the quote that states what a question only
 * asked ({@link Clauses}) and the report that does ({@link Reported}). A sentence asks when it
 * ends in a question mark with no tag ({@link Pool#isQuestion}: "we were never told, right?"
 * asserts what it says) and either opens as a question does ("Should drivers pay?", "Who will
 * pay?", after an "and", "but" or "so") or puts an auxiliary before its subject after whatever
 * opens it ("Minister, will you sign the agreement?", "Ms Maddox, is it true that …?").
 */
final class Questions {
  private Questions() {}

  static final Set<String> AUXILIARIES = Set.of("will", "would", "can", "could", "should",
      "shall", "do", "does", "did", "is", "are", "was", "were", "am", "have", "has", "had", "may",
      "might", "must");
  // What an auxiliary that asks is followed by: its subject.
  static final Set<String> SUBJECTS = Set.of("i", "you", "we", "they", "he", "she", "it", "the",
      "this", "that", "your", "our", "their");
  // Words that open a question besides an auxiliary.
  private static final Set<String> OPENERS = Set.of("who", "whom", "whose", "what", "when",
      "where", "why", "how", "which", "isn't", "aren't", "don't", "doesn't", "didn't", "won't",
      "can't", "shouldn't", "wouldn't");

  /** Whether sentence {@code p} asks. */
  static boolean asks(Passage p) {
    if (!Pool.isQuestion(p)) {
      return false;
    }
    Words w = p.source().words;
    int i = p.from();
    while (i < p.to() && (w.silent(i) || w.norm[i].isEmpty()
        || !Character.isLetter(w.norm[i].charAt(0)) || w.norm[i].equals("and")
        || w.norm[i].equals("but") || w.norm[i].equals("so"))) {
      i++;
    }
    if (i < p.to() && (AUXILIARIES.contains(w.norm[i]) || OPENERS.contains(w.norm[i]))) {
      return true;
    }
    return invertedAuxiliary(w, p.from(), p.to()) >= 0;
  }

  /**
   * The first word of {@code [from, to)} that is an auxiliary put before its subject ("will"
   * of "will you sign"), or -1.
   */
  static int invertedAuxiliary(Words w, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (AUXILIARIES.contains(w.norm[i]) && SUBJECTS.contains(w.norm[i + 1])) {
        return i;
      }
    }
    return -1;
  }
}
