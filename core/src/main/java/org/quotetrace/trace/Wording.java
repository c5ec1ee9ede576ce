package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.List;
import org.quotetrace.text.Span;

/**
 * The word-level changes between two wordings of one statement, such as a quote and the earlier
 * variant it was copied from. Words are compared in the same forms as when tracing, so a changed
 * spelling or number form is not a change; a changed inflection is ("agree" for "agreed").
 */
public final class Wording {
  private Wording() {}

  /**
   * The changes that turn {@code before} into {@code after}, in text order, as edits whose
   * {@link Edit#article()} side is {@code after} and whose source side is {@code before} (source
   * index 0). Words dropped at either end of {@code before} are {@code delete}s, as are those
   * dropped inside it.
   */
  public static List<Edit> changes(String before, String after) {
    Words b = Words.of(before, 0, before.length());
    Words a = Words.of(after, 0, after.length());
    int n = a.size;
    int m = b.size;
    // Longest common subsequence over word forms: quotes are short, so the table is small.
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.norm[i].equals(b.norm[j])
            ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Edit> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int ai = 0;
    int bj = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.norm[i].equals(b.norm[j])) {
        add(out, a, ai, i, b, bj, j);
        i++;
        j++;
        ai = i;
        bj = j;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        j++;
      } else {
        i++;
      }
    }
    add(out, a, ai, n, b, bj, m);
    return out;
  }

  // The words a[aFrom, aTo) stand where b[bFrom, bTo) stood.
  private static void add(List<Edit> out, Words a, int aFrom, int aTo, Words b, int bFrom, int bTo) {
    if (aFrom == aTo && bFrom == bTo) {
      return;
    }
    Span as = aFrom < aTo ? new Span(a.start[aFrom], a.end[aTo - 1])
        : at(a, aFrom);
    Span bs = bFrom < bTo ? new Span(b.start[bFrom], b.end[bTo - 1])
        : at(b, bFrom);
    Edit.Op op = aFrom < aTo && bFrom < bTo ? Edit.Op.REPLACE
        : aFrom < aTo ? Edit.Op.INSERT : Edit.Op.DELETE;
    out.add(new Edit(op, as, as.text(a.text), 0, bs, bs.text(b.text)));
  }

  // An empty span where word i would start: after the previous word, or at the text's end.
  private static Span at(Words w, int i) {
    int p = i < w.size ? w.start[i] : w.size == 0 ? 0 : w.end[w.size - 1];
    return new Span(p, p);
  }
}
