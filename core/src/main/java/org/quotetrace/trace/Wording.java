package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * How many names and figures of {@code quote} stand where {@code earlier} has a different name
   * or figure between the same two words: "the fine will be 742 million euros" against "the fine
   * will be 207 million euros", "families in Pollmarsh deserve" against "families in Ardport
   * deserve". An editor may cut, bracket or reword a quote, but one that names another place or
   * gives another figure in the same frame is, unless the rest is word for word, another statement
   * of the same stock kind: a speaker's "We will put 40 million into the harbour in Eastport" is
   * not their "We will put 25 million into the harbour in Westport".
   *
   * <p>A name is a capitalised word that does not start a sentence (nor "I"); a figure any form
   * with a digit, so "four thousand" and "4,000" are one figure. Runs of them ("Castle Hill",
   * "2.2 billion euros" as one form) count once. Words in square brackets are the editor's and
   * are left out, and so is a name or figure at either end of the quote, whose frame was cut. A
   * name the earlier wording has anywhere else is no conflict: the sentence may have been recast.
   */
  public static int conflicts(String earlier, String quote) {
    return Figures.of(quote).conflictsWith(Figures.of(earlier));
  }

  /**
   * The names and figures of one wording, each with the word forms just before and after it (its
   * frame), for {@link #conflicts}: read once, then compared with any number of other wordings.
   */
  public static final class Figures {
    private final List<String> keys;
    private final List<String> before;
    private final List<String> after;

    private Figures(List<String> keys, List<String> before, List<String> after) {
      this.keys = keys;
      this.before = before;
      this.after = after;
    }

    /** Whether any name or figure has a word on both sides: only such a one can conflict. */
    public boolean framed() {
      for (int k = 0; k < keys.size(); k++) {
        if (before.get(k) != null && after.get(k) != null) {
          return true;
        }
      }
      return false;
    }

    /** {@link #conflicts} of this wording, the quote, against {@code earlier}. */
    public int conflictsWith(Figures earlier) {
      if (!framed() || earlier.keys.isEmpty()) {
        return 0;
      }
      Map<String, Set<String>> byFrame = new HashMap<>();
      Set<String> mentioned = new HashSet<>(earlier.keys);
      for (int k = 0; k < earlier.keys.size(); k++) {
        if (earlier.before.get(k) != null && earlier.after.get(k) != null) {
          byFrame.computeIfAbsent(earlier.before.get(k) + ' ' + earlier.after.get(k),
              x -> new HashSet<>()).add(earlier.keys.get(k));
        }
      }
      int n = 0;
      for (int k = 0; k < keys.size(); k++) {
        String key = keys.get(k);
        if (before.get(k) == null || after.get(k) == null || mentioned.contains(key)) {
          continue;
        }
        Set<String> there = byFrame.get(before.get(k) + ' ' + after.get(k));
        if (there != null && !there.contains(key)) {
          n++;
        }
      }
      return n;
    }

    /** The names and figures of {@code text}. */
    public static Figures of(String text) {
      Words w = Words.of(text, 0, text.length());
      // The editor's bracketed words and transcript labels are nobody's words: left out.
      int[] kept = new int[w.size];
      int n = 0;
      for (int i = 0; i < w.size; i++) {
        if (!w.bracket[i] && !w.label[i]) {
          kept[n++] = i;
        }
      }
      List<String> keys = new ArrayList<>();
      List<String> before = new ArrayList<>();
      List<String> after = new ArrayList<>();
      for (int k = 0; k < n; ) {
        if (!anchor(w, kept[k])) {
          k++;
          continue;
        }
        int end = k;
        StringBuilder key = new StringBuilder();
        while (end < n && anchor(w, kept[end])) {
          if (key.length() > 0) {
            key.append(' ');
          }
          key.append(w.norm[kept[end]]);
          end++;
        }
        keys.add(key.toString());
        before.add(k > 0 ? w.norm[kept[k - 1]] : null);
        after.add(end < n ? w.norm[kept[end]] : null);
        k = end;
      }
      return new Figures(keys, before, after);
    }

    // A figure, or a capitalised word that is not the first of its sentence. Any form with a
    // digit is a figure here, a sum with its currency sign and a time of day included; tracing's
    // test of changed numbers (Lexical.numbersAgree) also leaves out small numbers in words, since
    // "two decades" may paraphrase "twenty years", but here a figure counts only where both
    // wordings share the words around it, so a rewording never puts it in the same frame.
    private static boolean anchor(Words w, int i) {
      String f = w.norm[i];
      for (int c = 0; c < f.length(); c++) {
        if (Character.isDigit(f.charAt(c))) {
          return true;
        }
      }
      if (!Character.isUpperCase(w.text.codePointAt(w.start[i])) || f.equals("i")) {
        return false;
      }
      for (int p = w.start[i] - 1; p >= 0; p--) {
        char c = w.text.charAt(p);
        if (Character.isWhitespace(c)) {
          continue;
        }
        return switch (c) {
          case '.', '!', '?', ':', ';', '"', '\u201C', '\u2018', '(', '\u00AB', '\u2026', '-',
              '\u2014', '\u2013' -> false;
          default -> true;
        };
      }
      return false;
    }
  }
}
