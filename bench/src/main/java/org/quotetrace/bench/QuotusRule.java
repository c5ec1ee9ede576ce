package org.quotetrace.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotetrace.bench.BaselineText.Window;
import org.quotetrace.bench.BaselineText.Words;
import org.quotetrace.text.Span;

/**
 * The quote-to-transcript matching rule of QUOTUS (Niculae, Suen, Zhang, Danescu-Niculescu-Mizil,
 * Leskovec, WWW 2015), re-implemented from its description for comparison; none of its code is
 * used.
 *
 * <ol>
 *   <li>The quote is cut at its ellipses; a piece of one or two words is joined to the next piece
 *       (the last such piece to the one before), as the authors did.
 *   <li>Words are lower-cased and stripped of punctuation; dashes split words; "%" and "per cent"
 *       read "percent"; a lone digit is spelled out.
 *   <li>A segment that occurs word for word in a source passage (a turn or paragraph) is an exact
 *       match, score 0.
 *   <li>Otherwise, for a segment of at least {@link #minFuzzyWords} words, every passage that holds
 *       at least {@link #contentShare} of the segment's distinct content words (words not in a
 *       stop list) is aligned with it by Needleman–Wunsch over words: match 0, substitution −1,
 *       gap −1, with the passage's words before and after the aligned stretch free. The score
 *       divided by the segment's length must be at least {@link #tolerance}; the best passage
 *       wins.
 *   <li>QUOTUS leaves quotes whose longest segment has fewer than {@link #minQuoteWords} words
 *       unmatched; 0 turns that floor off.
 * </ol>
 */
final class QuotusRule {
  enum Kind { EXACT, ALIGNED, NONE }

  /**
   * How one segment fared.
   *
   * @param overlap the best content-word share seen in any passage (diagnostics)
   * @param score the normalised alignment score of the chosen passage, or the best one seen
   *     when none passed (NaN when no passage passed the content-word gate)
   */
  record Outcome(Kind kind, Span quotePart, int source, Span span, double overlap,
      double score) {}

  final double contentShare;
  final double tolerance;
  final int minQuoteWords;
  final int minFuzzyWords;

  QuotusRule(double contentShare, double tolerance, int minQuoteWords, int minFuzzyWords) {
    this.contentShare = contentShare;
    this.tolerance = tolerance;
    this.minQuoteWords = minQuoteWords;
    this.minFuzzyWords = minFuzzyWords;
  }

  /** The paper's settings: 75% shared content words, −0.4 per word, 6-word quotes, 7 for NW. */
  static QuotusRule published() {
    return new QuotusRule(0.75, -0.4, 6, 7);
  }

  /** The same rule without the floor on quote length, so short quotes are tried too. */
  static QuotusRule noLengthFloor() {
    return new QuotusRule(0.75, -0.4, 0, 7);
  }

  /** The outcome of each segment of the quote at {@code quote} in {@code text}. */
  List<Outcome> match(String text, Span quote, List<String> sourceTexts, List<Window> windows,
      List<Words> windowWords) {
    List<Words> segs = segments(text, quote);
    List<Outcome> out = new ArrayList<>();
    int longest = 0;
    for (Words s : segs) {
      longest = Math.max(longest, s.size());
    }
    for (Words seg : segs) {
      Span part = seg.span(0, seg.size() - 1);
      if (longest < minQuoteWords) {
        out.add(new Outcome(Kind.NONE, part, -1, null, 0, Double.NaN));
        continue;
      }
      out.add(matchSegment(seg, part, windows, windowWords));
    }
    return out;
  }

  /** The quote's segments as word lists, short pieces joined to their neighbours. */
  static List<Words> segments(String text, Span quote) {
    List<Words> pieces = new ArrayList<>();
    for (Span s : BaselineText.segments(text, quote)) {
      Words w = BaselineText.quotusWords(text, s);
      if (w.size() > 0) {
        pieces.add(w);
      }
    }
    List<Words> out = new ArrayList<>();
    List<Words> carry = new ArrayList<>();
    for (Words p : pieces) {
      carry.add(p);
      if (p.size() > 2) {
        out.add(Words.concat(carry));
        carry.clear();
      }
    }
    if (!carry.isEmpty()) {
      if (out.isEmpty() || Words.concat(carry).size() > 2) {
        out.add(Words.concat(carry));
      } else {
        List<Words> last = new ArrayList<>();
        last.add(out.remove(out.size() - 1));
        last.addAll(carry);
        out.add(Words.concat(last));
      }
    }
    return out;
  }

  private Outcome matchSegment(Words seg, Span part, List<Window> windows,
      List<Words> windowWords) {
    for (int w = 0; w < windows.size(); w++) {
      Words ww = windowWords.get(w);
      int at = find(ww.words(), seg.words());
      if (at >= 0) {
        return new Outcome(Kind.EXACT, part, windows.get(w).source(),
            ww.span(at, at + seg.size() - 1), 1, 0);
      }
    }
    if (seg.size() < minFuzzyWords) {
      return new Outcome(Kind.NONE, part, -1, null, 0, Double.NaN);
    }
    Set<String> content = new HashSet<>();
    for (String s : seg.words()) {
      if (!Stopwords.ENGLISH.contains(s)) {
        content.add(s);
      }
    }
    if (content.isEmpty()) {
      return new Outcome(Kind.NONE, part, -1, null, 0, Double.NaN);
    }
    double bestOverlap = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    int bestWindow = -1;
    int[] bestRange = null;
    double bestSeen = Double.NaN;
    for (int w = 0; w < windows.size(); w++) {
      Words ww = windowWords.get(w);
      Set<String> have = new HashSet<>(java.util.Arrays.asList(ww.words()));
      int shared = 0;
      for (String c : content) {
        if (have.contains(c)) {
          shared++;
        }
      }
      double overlap = (double) shared / content.size();
      bestOverlap = Math.max(bestOverlap, overlap);
      if (overlap < contentShare) {
        continue;
      }
      int[] range = new int[2];
      double score = align(seg.words(), ww.words(), range);
      if (Double.isNaN(bestSeen) || score > bestSeen) {
        bestSeen = score;
      }
      if (score >= tolerance && score > bestScore && range[0] >= 0) {
        bestScore = score;
        bestWindow = w;
        bestRange = range;
      }
    }
    if (bestWindow < 0) {
      return new Outcome(Kind.NONE, part, -1, null, bestOverlap, bestSeen);
    }
    Words ww = windowWords.get(bestWindow);
    return new Outcome(Kind.ALIGNED, part, windows.get(bestWindow).source(),
        ww.span(bestRange[0], bestRange[1]), bestOverlap, bestScore);
  }

  private static int find(String[] hay, String[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (!hay[i + k].equals(needle[k])) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Needleman–Wunsch of the segment against the whole passage with free end gaps in the passage:
   * the score per segment word, and in {@code range} the first and last passage words matched
   * (−1 when none is).
   */
  static double align(String[] q, String[] p, int[] range) {
    int n = q.length;
    int m = p.length;
    int[][] dp = new int[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      dp[i][0] = -i;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int diag = dp[i - 1][j - 1] + (q[i - 1].equals(p[j - 1]) ? 0 : -1);
        dp[i][j] = Math.max(diag, Math.max(dp[i - 1][j] - 1, dp[i][j - 1] - 1));
      }
    }
    // Free trailing passage words: the best cell of the last row (the rightmost on ties).
    int bestJ = 0;
    for (int j = 0; j <= m; j++) {
      if (dp[n][j] >= dp[n][bestJ]) {
        bestJ = j;
      }
    }
    int first = -1;
    int last = -1;
    int i = n;
    int j = bestJ;
    while (i > 0 && j > 0) {
      boolean same = q[i - 1].equals(p[j - 1]);
      if (dp[i][j] == dp[i - 1][j - 1] + (same ? 0 : -1)) {
        if (same) {
          first = j - 1;
          if (last < 0) {
            last = j - 1;
          }
        }
        i--;
        j--;
      } else if (dp[i][j] == dp[i - 1][j] - 1) {
        i--;
      } else {
        j--;
      }
    }
    range[0] = first;
    range[1] = last;
    return (double) dp[n][bestJ] / n;
  }
}
