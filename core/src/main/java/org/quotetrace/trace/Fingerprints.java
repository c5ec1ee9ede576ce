package org.quotetrace.trace;

import java.util.Arrays;

/**
 * Hashes of word runs in the forms quotes are compared by, for finding candidate sources and
 * variants in a corpus before anything is aligned.
 *
 * <p>A text is brought to the same forms the aligner uses (case, spelling, number forms and
 * contractions normalised, then stemmed), so "colonisation" and "colonization", "4,000" and "four
 * thousand" give the same hashes. Words inside square brackets are left out: they are an editor's,
 * not the speaker's. The hashes are persisted in indexes, so they depend only on the words: never
 * on {@link String#hashCode()} of anything but the stems, nor on the JVM.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** The compared forms of the words of {@code text[from, to)}, bracketed words left out. */
  public static String[] stems(String text, int from, int to) {
    Words w = Words.of(text, from, to);
    String[] out = new String[w.size];
    int n = 0;
    for (int i = 0; i < w.size; i++) {
      if (!w.bracket[i]) {
        out[n++] = w.stem[i];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * The compared forms of a whole text with the character span each came from, bracketed words
   * left out: one pass over a document, then {@link #slice} for each of its quotes.
   */
  public static final class Stemmed {
    private final String[] stems;
    private final int[] start;
    private final int[] end;

    private Stemmed(String[] stems, int[] start, int[] end) {
      this.stems = stems;
      this.start = start;
      this.end = end;
    }

    public static Stemmed of(String text) {
      Words w = Words.of(text, 0, text.length());
      String[] s = new String[w.size];
      int[] b = new int[w.size];
      int[] e = new int[w.size];
      int n = 0;
      for (int i = 0; i < w.size; i++) {
        if (!w.bracket[i]) {
          s[n] = w.stem[i];
          b[n] = w.start[i];
          e[n] = w.end[i];
          n++;
        }
      }
      return new Stemmed(Arrays.copyOf(s, n), Arrays.copyOf(b, n), Arrays.copyOf(e, n));
    }

    public String[] all() {
      return stems.clone();
    }

    /** The forms of the words lying wholly inside {@code [from, to)}. */
    public String[] slice(int from, int to) {
      int i = Arrays.binarySearch(start, from);
      i = i < 0 ? -i - 1 : i;
      while (i > 0 && start[i - 1] == from) {
        i--;
      }
      int j = i;
      while (j < stems.length && end[j] <= to) {
        j++;
      }
      return Arrays.copyOfRange(stems, i, j);
    }
  }

  /** Whether a compared form is a function word ("the", "of", "we"): it weighs little alone. */
  public static boolean isFunctionWord(String stem) {
    return Norm.isStopword(stem);
  }

  /** A 64-bit hash of one compared form: FNV-1a over its characters, then mixed. */
  public static long hash(String stem) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < stem.length(); i++) {
      h ^= stem.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /**
   * The hashes of every run of {@code n} consecutive words, in text order; a text shorter than
   * {@code n} words gives one hash of all its words, and no words give none.
   */
  public static long[] shingles(String[] stems, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n < 1: " + n);
    }
    if (stems.length == 0) {
      return new long[0];
    }
    long[] words = new long[stems.length];
    for (int i = 0; i < stems.length; i++) {
      words[i] = hash(stems[i]);
    }
    int count = Math.max(1, stems.length - n + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9e3779b97f4a7c15L;
      for (int k = i; k < Math.min(i + n, stems.length); k++) {
        h = mix(h * 31 + words[k]);
      }
      out[i] = h;
    }
    return out;
  }

  /**
   * Winnowing (Schleimer, Wilkerson and Aiken, 2003): the rightmost minimum of every window of
   * {@code w} consecutive hashes, each position taken once, in text order. Two texts that share a
   * run of at least {@code w} hashes share at least one selected hash, whatever surrounds the run;
   * about {@code 2/(w+1)} of the hashes are kept.
   */
  public static long[] winnow(long[] hashes, int w) {
    if (w < 1) {
      throw new IllegalArgumentException("w < 1: " + w);
    }
    if (hashes.length <= w) {
      return hashes.length == 0 ? hashes : new long[] {min(hashes, 0, hashes.length)};
    }
    long[] out = new long[hashes.length];
    int n = 0;
    int last = -1;
    for (int start = 0; start + w <= hashes.length; start++) {
      int best = start;
      for (int i = start + 1; i < start + w; i++) {
        if (Long.compareUnsigned(hashes[i], hashes[best]) <= 0) {
          best = i;
        }
      }
      if (best != last) {
        out[n++] = hashes[best];
        last = best;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long min(long[] a, int from, int to) {
    long m = a[from];
    for (int i = from + 1; i < to; i++) {
      if (Long.compareUnsigned(a[i], m) < 0) {
        m = a[i];
      }
    }
    return m;
  }

  /** The distinct values of {@code hashes}, sorted (as signed longs). */
  public static long[] distinct(long[] hashes) {
    long[] s = hashes.clone();
    Arrays.sort(s);
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      if (n == 0 || s[i] != s[n - 1]) {
        s[n++] = s[i];
      }
    }
    return n == s.length ? s : Arrays.copyOf(s, n);
  }

  // The finaliser of SplitMix64: every input bit reaches every output bit.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
