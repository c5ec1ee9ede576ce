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

  /**
   * The name's words, lower-cased: runs of letters and digits, anything else a space. Written out
   * rather than as a regular expression because tracing asks this for every word a speaker is
   * compared at (a sources request spent most of its time compiling the expression).
   */
  static String[] words(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] out = new String[4];
    int count = 0;
    int start = -1;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      boolean part = isLetterOrNumber(cp);
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        if (count == out.length) {
          out = java.util.Arrays.copyOf(out, count * 2);
        }
        out[count++] = n.substring(start, i);
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      if (count == out.length) {
        out = java.util.Arrays.copyOf(out, count + 1);
      }
      out[count++] = n.substring(start);
    }
    return count == out.length ? out : java.util.Arrays.copyOf(out, count);
  }

  /** What {@code \\p{L}} and {@code \\p{N}} match: a letter, or a digit, letter number or other number. */
  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
