package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.text.Span;

/**
 * Scores attributions as eval/FORMAT.md says: per span type, the distinct spans of a document,
 * trimmed of white space, punctuation and quote marks at both ends; exact match and token Jaccard.
 */
public final class AttributionScorer {
  private AttributionScorer() {}

  /** The three span types, in report order. */
  public enum Part {
    SOURCE, CUE, CONTENT;

    Span of(Attribution a) {
      return switch (this) {
        case SOURCE -> a.source();
        case CUE -> a.cue();
        case CONTENT -> a.content();
      };
    }
  }

  /** Sums for one span type; they add across documents. */
  public record Tally(int system, int gold, int right, double systemJaccard, double goldJaccard) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

    public Tally plus(Tally o) {
      return new Tally(system + o.system, gold + o.gold, right + o.right,
          systemJaccard + o.systemJaccard, goldJaccard + o.goldJaccard);
    }

    public double precision() {
      return system == 0 ? 0 : (double) right / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) right / gold;
    }

    public double f1() {
      return f(precision(), recall());
    }

    /** Token-Jaccard F1: mean best Jaccard of system spans against gold, and of gold against system. */
    public double jaccardF1() {
      return f(system == 0 ? 0 : systemJaccard / system, gold == 0 ? 0 : goldJaccard / gold);
    }

    private static double f(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Tallies for source, cue and content, in {@link Part} order. */
  public record Score(List<Tally> parts) {
    public static final Score ZERO = new Score(List.of(Tally.ZERO, Tally.ZERO, Tally.ZERO));

    public Tally part(Part p) {
      return parts.get(p.ordinal());
    }

    public Score plus(Score o) {
      List<Tally> sum = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        sum.add(parts.get(i).plus(o.parts.get(i)));
      }
      return new Score(List.copyOf(sum));
    }

    /** One line per span type: exact P, R, F1, then Jaccard F1, with the counts. */
    public String summary() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %8s %7s %7s %7s%n",
          "part", "P", "R", "F1", "Jacc-F1", "system", "gold", "right"));
      for (Part p : Part.values()) {
        Tally t = part(p);
        b.append(String.format(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f %8.3f %7d %7d %7d%n",
            p.name().toLowerCase(Locale.ROOT), t.precision(), t.recall(), t.f1(), t.jaccardF1(),
            t.system(), t.gold(), t.right()));
      }
      return b.toString();
    }
  }

  /** Scores one document's system attributions against its gold ones. */
  public static Score score(String text, List<Attribution> gold, List<Attribution> system) {
    List<Tally> parts = new ArrayList<>();
    for (Part p : Part.values()) {
      parts.add(tally(text, spans(text, gold, p), spans(text, system, p)));
    }
    return new Score(List.copyOf(parts));
  }

  static Set<Span> spans(String text, List<Attribution> atts, Part part) {
    Set<Span> out = new LinkedHashSet<>();
    for (Attribution a : atts) {
      Span s = part.of(a);
      if (s != null) {
        Span t = trim(text, s);
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** The span without white space, punctuation or quote marks (anything but letters and digits) at either end. */
  static Span trim(String text, Span s) {
    int start = s.start();
    int end = s.end();
    while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return new Span(start, end);
  }

  private static Tally tally(String text, Set<Span> gold, Set<Span> system) {
    int right = 0;
    for (Span s : system) {
      if (gold.contains(s)) {
        right++;
      }
    }
    List<Set<Integer>> goldTokens = new ArrayList<>();
    for (Span g : gold) {
      goldTokens.add(tokens(text, g));
    }
    List<Set<Integer>> systemTokens = new ArrayList<>();
    for (Span s : system) {
      systemTokens.add(tokens(text, s));
    }
    return new Tally(system.size(), gold.size(), right, bestSum(systemTokens, goldTokens),
        bestSum(goldTokens, systemTokens));
  }

  private static double bestSum(List<Set<Integer>> from, List<Set<Integer>> to) {
    double sum = 0;
    for (Set<Integer> a : from) {
      double best = 0;
      for (Set<Integer> b : to) {
        best = Math.max(best, jaccard(a, b));
      }
      sum += best;
    }
    return sum;
  }

  static double jaccard(Set<Integer> a, Set<Integer> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (Integer x : a) {
      if (b.contains(x)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  /** The tokens of a span (runs of letters and digits), each named by its start offset in the text. */
  static Set<Integer> tokens(String text, Span s) {
    Set<Integer> out = new HashSet<>();
    int i = s.start();
    while (i < s.end()) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        out.add(start);
      } else {
        i += Character.charCount(c);
      }
    }
    return out;
  }
}
