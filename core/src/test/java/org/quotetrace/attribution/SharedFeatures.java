package org.quotetrace.attribution;

import java.util.HashSet;
import java.util.Set;

/** For tests of word-class features: what two one-sentence paragraphs' second tokens share. */
final class SharedFeatures {
  private SharedFeatures() {}

  /**
   * How many features the second token of {@code a} shares with the second token of {@code b}
   * ("Ann surmised …" against "Ann reckoned …"): a class feature makes two words of one class
   * share more than their neighbours alone give them.
   */
  static int ofSecondWords(Featurizer f, String a, String b) {
    int[] x = f.features(Paragraph.of(a).get(0))[1];
    int[] y = f.features(Paragraph.of(b).get(0))[1];
    Set<Integer> s = new HashSet<>();
    for (int v : x) {
      s.add(v);
    }
    int shared = 0;
    for (int v : y) {
      shared += s.contains(v) ? 1 : 0;
    }
    return shared;
  }
}
