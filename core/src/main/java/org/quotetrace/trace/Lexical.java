package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a word alignment says about a unit: verbatim, edited, or left for meaning to decide. */
final class Lexical {
  private Lexical() {}

  // "About one word in five or fewer changed, added or dropped" (DESIGN.md, edited).
  static final double EDITED_SHARE = 0.2;
  static final double EDITED_COVERAGE = 0.7;

  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without",
          "nowhere");

  static void classify(Words a, Unit u) {
    Aligner.Alignment al = u.alignment;
    SourceText s = u.source;
    int n = u.tokens.length;
    int changes = 0;
    boolean meaningChanged = false;
    for (int k = 0; k < n; k++) {
      byte kind = al.kind()[k];
      if (kind != Aligner.EXACT) {
        changes++;
        String w = a.norm[u.tokens[k]];
        if (Norm.isNumeral(w) || NEGATIONS.contains(w)) {
          meaningChanged = true;
        }
      }
    }
    // Source words inside the aligned stretch that the quote does not have.
    boolean[] used = new boolean[al.sourceTo() - al.sourceFrom()];
    for (int t : al.to()) {
      if (t >= 0) {
        used[t - al.sourceFrom()] = true;
      }
    }
    List<int[]> skipped = new ArrayList<>();
    int run = -1;
    for (int i = al.sourceFrom(); i <= al.sourceTo(); i++) {
      boolean gap = i < al.sourceTo() && !used[i - al.sourceFrom()] && !s.words.silent(i);
      if (gap && run < 0) {
        run = i;
      } else if (!gap && run >= 0) {
        boolean big = isBig(s, run, i);
        skipped.add(new int[] {run, i, big ? 1 : 0});
        if (!big) {
          changes += countNonBracket(s.words, run, i);
          for (int j = run; j < i; j++) {
            if (Norm.isNumeral(s.words.norm[j]) || NEGATIONS.contains(s.words.norm[j])) {
              meaningChanged = true;
            }
          }
        }
        run = -1;
      }
    }
    // "We're" for "we are" is the same words, but DESIGN.md's verbatim forgives only case,
    // punctuation, spelling and number forms: a changed contraction is one edit.
    java.util.Set<Integer> rewritten = new java.util.HashSet<>();
    for (int k = 0; k < n; k++) {
      int t = al.to()[k];
      if (t >= 0 && al.kind()[k] == Aligner.EXACT
          && a.contracted[u.tokens[k]] != s.words.contracted[t]) {
        rewritten.add(a.contracted[u.tokens[k]] ? a.start[u.tokens[k]] : -1 - s.words.start[t]);
      }
    }
    changes += rewritten.size();
    u.skipped = skipped;
    double cover = coverage(a, u.tokens, al);
    boolean big = skipped.stream().anyMatch(r -> r[2] == 1);
    if (changes == 0 && cover >= 0.999) {
      u.support = Support.VERBATIM;
      u.similarity = 1;
    } else if (!meaningChanged && cover >= EDITED_COVERAGE
        && (n >= 4 ? changes <= Math.max(1, Math.round(EDITED_SHARE * n)) : changes == 0)) {
      u.support = Support.EDITED;
      u.similarity = Math.max(0, 1 - (double) changes / Math.max(n, 1));
    }
    if (u.support != null && big) {
      // Pieces far apart in the source joined as one sentence: still the speaker's words, and
      // the judge flags the join.
      u.similarity = Math.min(u.similarity, 0.95);
    }
  }

  // A gap that skips a sentence boundary or several content words is a join, not a trim.
  private static boolean isBig(SourceText s, int from, int to) {
    int content = s.words.contentCount(from, to);
    if (content >= 4 || to - from >= 7) {
      return true;
    }
    if (content >= 1) {
      for (SourceText.Passage p : s.sentences) {
        if (p.from() > from && p.from() < to) {
          return true;
        }
      }
    }
    return false;
  }

  private static int countNonBracket(Words w, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!w.silent(i)) {
        n++;
      }
    }
    return n;
  }

  /** The weighted share of the unit's words aligned to the same word or the same stem. */
  static double coverage(Words a, int[] tokens, Aligner.Alignment al) {
    double all = 0;
    double hit = 0;
    for (int k = 0; k < tokens.length; k++) {
      double w = a.weight(tokens[k]);
      all += w;
      if (al.kind()[k] == Aligner.EXACT || al.kind()[k] == Aligner.STEM) {
        hit += w;
      }
    }
    return all == 0 ? 0 : hit / all;
  }

  static double coverage(Words a, Unit u) {
    return coverage(a, u.tokens, u.alignment);
  }

  static int[] alignedRange(Aligner.Alignment al) {
    return new int[] {al.sourceFrom(), al.sourceTo()};
  }

  /** Every number in the unit is in the passage: a changed figure is a changed statement. */
  static boolean numbersAgree(Words a, Unit u, SourceText.Passage p) {
    Set<String> theirs = new HashSet<>();
    Words w = p.source().words;
    for (int i = p.from(); i < p.to(); i++) {
      if (Norm.isNumeral(w.norm[i])) {
        theirs.add(w.norm[i]);
      }
    }
    for (int k : u.tokens) {
      if (Norm.isNumeral(a.norm[k]) && !theirs.contains(a.norm[k])) {
        return false;
      }
    }
    return true;
  }

  static boolean negationsAgree(Words a, Unit u, SourceText.Passage p) {
    int mine = 0;
    for (int k : u.tokens) {
      if (NEGATIONS.contains(a.norm[k])) {
        mine++;
      }
    }
    int theirs = 0;
    Words w = p.source().words;
    for (int i = p.from(); i < p.to(); i++) {
      if (NEGATIONS.contains(w.norm[i])) {
        theirs++;
      }
    }
    return (mine > 0) == (theirs > 0);
  }
}
