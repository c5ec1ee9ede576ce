package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotetrace.quote.Quote;
import org.quotetrace.text.Document;
import org.quotetrace.text.Span;

/**
 * Article passages outside quote marks that were taken from a source: seed and extend, in the
 * manner of text-reuse detection. Seeds are runs of three words in the same normalised form;
 * a seed is extended while the words go on agreeing, over a gap of one changed word.
 */
final class Reuses {
  // Shorter shared runs are names and set phrases ("the Libyan National Army"), not reuse.
  static final int MIN_WORDS = 7;
  static final int MIN_CONTENT = 3;

  private final List<Reuse> passages;
  private final double share;

  private Reuses(List<Reuse> passages, double share) {
    this.passages = passages;
    this.share = share;
  }

  List<Reuse> passages() {
    return passages;
  }

  double share() {
    return share;
  }

  static Reuses find(Document article, Words words, List<Quote> quotes, List<SourceText> sources) {
    boolean[] quoted = new boolean[words.size];
    for (Quote q : quotes) {
      int f = words.firstAtOrAfter(q.span().start());
      int t = words.endAtOrBefore(q.span().end());
      for (int i = f; i < t; i++) {
        quoted[i] = true;
      }
    }
    long outside = 0;
    for (int i = 0; i < words.size; i++) {
      if (!quoted[i]) {
        outside += words.end[i] - words.start[i];
      }
    }
    List<Reuse> found = new ArrayList<>();
    boolean[] taken = new boolean[words.size];
    for (SourceText s : sources) {
      Map<String, List<Integer>> seeds = s.seeds();
      Words sw = s.words;
      int i = 0;
      while (i + 2 < words.size) {
        if (quoted[i] || taken[i]) {
          i++;
          continue;
        }
        List<Integer> at = seeds.get(words.trigram(i));
        int bestLen = 0;
        int bestSource = -1;
        int bestMatched = 0;
        if (at != null) {
          for (int p : at) {
            int[] ext = extend(words, quoted, i, sw, p);
            if (ext[1] > bestMatched) {
              bestMatched = ext[1];
              bestLen = ext[0];
              bestSource = p;
            }
          }
        }
        if (bestMatched >= MIN_WORDS && words.contentCount(i, i + bestLen) >= MIN_CONTENT) {
          int sLen = Math.max(1, Math.min(bestLen, sw.size - bestSource));
          Span a = new Span(words.start[i], words.end[i + bestLen - 1]);
          found.add(new Reuse(a, s.index, s.span(bestSource, bestSource + sLen), bestMatched));
          for (int k = i; k < i + bestLen; k++) {
            taken[k] = true;
          }
          i += bestLen;
        } else {
          i++;
        }
      }
    }
    found.sort((x, y) -> x.article().compareTo(y.article()));
    long reused = 0;
    for (Reuse r : found) {
      reused += r.article().length();
    }
    double share = outside == 0 ? 0 : Math.min(1.0, (double) reused / outside);
    return new Reuses(found, Math.round(share * 1000) / 1000.0);
  }

  /** How far the article run from {@code a} follows the source from {@code s}: [length, matched]. */
  private static int[] extend(Words words, boolean[] quoted, int a, Words sw, int s) {
    int i = a;
    int j = s;
    int matched = 0;
    int lastGood = a;
    int misses = 0;
    while (i < words.size && j < sw.size && !quoted[i]) {
      if (words.norm[i].equals(sw.norm[j])) {
        matched++;
        misses = 0;
        i++;
        j++;
        lastGood = i;
      } else if (misses == 0 && i + 1 < words.size && j + 1 < sw.size
          && words.norm[i + 1].equals(sw.norm[j + 1])) {
        misses++;
        i++;
        j++;
      } else {
        break;
      }
    }
    return new int[] {lastGood - a, matched};
  }

}
