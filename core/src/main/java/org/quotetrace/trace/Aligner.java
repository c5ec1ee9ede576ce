package org.quotetrace.trace;

/**
 * Word-by-word local alignment (Smith–Waterman) of a quote unit against a window of a source.
 *
 * <p>Local rather than global because a quote is a piece of a longer passage, and the window is
 * chosen generously around the likely place. Content words weigh more than function words, so an
 * alignment is carried by the words that carry meaning; words the source itself put in brackets
 * (a transcriber's "[Russia]") may be skipped at no cost, since a speaker never said them.
 */
final class Aligner {
  private Aligner() {}

  static final byte NONE = 0;
  static final byte EXACT = 1;
  static final byte STEM = 2;
  static final byte SUB = 3;

  private static final double SUBSTITUTE = -0.9;
  private static final double GAP = -0.55;

  /** The result: for each unit word, the source word it is aligned to, or -1. */
  record Alignment(int[] to, byte[] kind, int sourceFrom, int sourceTo, double score) {
    boolean isEmpty() {
      return sourceFrom >= sourceTo;
    }

    int aligned() {
      int n = 0;
      for (byte k : kind) {
        if (k == EXACT || k == STEM) {
          n++;
        }
      }
      return n;
    }
  }

  static Alignment align(Words a, int[] unit, Words s, int from, int to) {
    return align(a, unit, s, from, to, null);
  }

  /**
   * As {@link #align(Words, int[], Words, int, int)}, with a small bonus for matching words that
   * {@code preferred} marks: where the same words stand twice in a source, once said by the
   * quote's speaker and once by the interviewer, the speaker's own are the better match.
   */
  static Alignment align(Words a, int[] unit, Words s, int from, int to, boolean[] preferred) {
    int n = unit.length;
    int m = Math.max(0, to - from);
    double[][] h = new double[n + 1][m + 1];
    byte[][] move = new byte[n + 1][m + 1]; // 0 stop, 1 diagonal, 2 up (unit word unaligned), 3 left
    double best = 0;
    int bi = 0;
    int bj = 0;
    for (int i = 1; i <= n; i++) {
      int ai = unit[i - 1];
      double wa = a.weight(ai);
      String an = a.norm[ai];
      String as = a.stem[ai];
      double gapA = GAP * wa;
      for (int j = 1; j <= m; j++) {
        int sj = from + j - 1;
        double diag;
        if (an.equals(s.norm[sj])) {
          diag = 2 * wa + (preferred != null && preferred[sj] ? 0.1 * wa : 0);
        } else if (as.equals(s.stem[sj])) {
          diag = 1.5 * wa + (preferred != null && preferred[sj] ? 0.1 * wa : 0);
        } else {
          diag = SUBSTITUTE * Math.max(wa, s.weight(sj));
        }
        double d = h[i - 1][j - 1] + diag;
        double u = h[i - 1][j] + gapA;
        double l = h[i][j - 1] + (s.silent(sj) ? 0 : GAP * s.weight(sj));
        double v = 0;
        byte mv = 0;
        if (d > v) {
          v = d;
          mv = 1;
        }
        if (u > v) {
          v = u;
          mv = 2;
        }
        if (l > v) {
          v = l;
          mv = 3;
        }
        h[i][j] = v;
        move[i][j] = mv;
        if (v > best) {
          best = v;
          bi = i;
          bj = j;
        }
      }
    }
    int[] target = new int[n];
    byte[] kind = new byte[n];
    java.util.Arrays.fill(target, -1);
    int i = bi;
    int j = bj;
    int first = from + bj;
    while (i > 0 && j > 0 && move[i][j] != 0) {
      byte mv = move[i][j];
      if (mv == 1) {
        int ai = unit[i - 1];
        int sj = from + j - 1;
        target[i - 1] = sj;
        kind[i - 1] =
            a.norm[ai].equals(s.norm[sj]) ? EXACT : a.stem[ai].equals(s.stem[sj]) ? STEM : SUB;
        first = sj;
        i--;
        j--;
      } else if (mv == 2) {
        i--;
      } else {
        j--;
      }
    }
    if (best <= 0) {
      return new Alignment(target, kind, from, from, 0);
    }
    return new Alignment(target, kind, first, from + bj, best);
  }
}
