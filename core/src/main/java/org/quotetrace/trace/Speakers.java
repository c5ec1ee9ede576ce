package org.quotetrace.trace;

import java.util.Locale;

/** Whether two names given for a speaker can be the same person. */
final class Speakers {
  private Speakers() {}

  /**
   * True when either is unknown, or the names share their last word or one contains the other's
   * words: "Haftar" and "Khalifa Haftar" are one person, "Reporter" and "Khalifa Haftar" two. The
   * narrator is nobody the article quotes.
   */
  static boolean same(Voice quote, Voice source) {
    return switch (source) {
      case Voice.Unknown u -> true;
      case Voice.Narrator n -> quote instanceof Voice.Unknown;
      case Voice.Named n -> quote.name() == null || sameName(quote.name(), n.name());
    };
  }

  private static boolean sameName(String quoteSpeaker, String sourceSpeaker) {
    String[] a = words(quoteSpeaker);
    String[] b = words(sourceSpeaker);
    if (a.length == 0 || b.length == 0) {
      return true;
    }
    if (a[a.length - 1].equals(b[b.length - 1])) {
      return true;
    }
    return containsAll(a, b) || containsAll(b, a);
  }

  private static boolean containsAll(String[] big, String[] small) {
    outer:
    for (String s : small) {
      for (String b : big) {
        if (b.equals(s)) {
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  private static String[] words(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim();
    return n.isEmpty() ? new String[0] : n.split("\\s+");
  }
}
