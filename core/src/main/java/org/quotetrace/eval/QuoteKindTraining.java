package org.quotetrace.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.eval.QuoteScorer.Score;
import org.quotetrace.eval.QuoteScorer.SystemQuote;
import org.quotetrace.eval.SpeakerTraining.Article;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteClassifier;
import org.quotetrace.quote.QuoteClassifier.Candidate;
import org.quotetrace.quote.QuoteClassifier.Example;
import org.quotetrace.quote.QuoteClassifier.Params;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Span;

/**
 * Trains a {@link QuoteClassifier} on a gold split and measures it by k-fold cross-validation, so
 * that its threshold is chosen on held-out articles of train, never on dev.
 *
 * <p>A span is a quote when the scorer would count it right: the gold quotes cover 80% of it.
 */
public final class QuoteKindTraining {
  private QuoteKindTraining() {}

  /**
   * One article as the rules read it: its speech quotes as the scorer sees them, and for each the
   * features of the span when the classifier may judge it (null otherwise) and its gold label.
   */
  public record Prepared(QuoteScorer.GoldDoc gold, String text, List<SystemQuote> quotes,
      List<int[]> features, boolean[] labels) {}

  /** Reads each article through {@code finder} (whose classifier is not used). */
  public static List<Prepared> prepare(List<Article> articles, QuoteFinder finder) {
    return prepare(articles, finder, null);
  }

  /**
   * Reads each article through {@code finder} (whose classifier is not used); when {@code found}
   * is given, each span's features also hold {@link QuoteClassifier#attributionFeatures} of the
   * attributions in {@code found} under the article's document name.
   */
  public static List<Prepared> prepare(List<Article> articles, QuoteFinder finder,
      Map<String, List<Attribution>> found) {
    QuoteFinder rules = finder.withClassifier(null);
    List<Prepared> out = new ArrayList<>(articles.size());
    for (Article art : articles) {
      Document doc = Document.article(art.doc(), art.text());
      Extraction ex = rules.find(doc);
      List<SystemQuote> quotes = SystemQuotes.of(ex);
      Offsets off = Offsets.of(art.text());
      Map<Span, int[]> byspan = new HashMap<>();
      List<Attribution> atts = found == null ? null : found.get(art.doc());
      for (Candidate c : rules.kindCandidates(doc)) {
        int[] f = c.features();
        if (atts != null) {
          int[] more = QuoteClassifier.attributionFeatures(art.text(), c.span(), atts);
          int[] both = java.util.Arrays.copyOf(f, f.length + more.length);
          System.arraycopy(more, 0, both, f.length, more.length);
          f = both;
        }
        byspan.put(off.toCodePoints(c.span()), f);
      }
      List<int[]> features = new ArrayList<>(quotes.size());
      boolean[] labels = new boolean[quotes.size()];
      for (int k = 0; k < quotes.size(); k++) {
        SystemQuote q = quotes.get(k);
        features.add(byspan.get(q.span()));
        labels[k] = QuoteScorer.score(art.gold(), List.of(q), null).right() == 1;
      }
      out.add(new Prepared(art.gold(), art.text(), quotes, features, labels));
    }
    return out;
  }

  /** The training examples of the articles. */
  public static List<Example> examples(List<Prepared> articles) {
    List<Example> out = new ArrayList<>();
    for (Prepared p : articles) {
      for (int k = 0; k < p.quotes().size(); k++) {
        if (p.features().get(k) != null) {
          out.add(new Example(p.features().get(k), p.labels()[k]));
        }
      }
    }
    return out;
  }

  /** The articles scored with the spans whose probability is below {@code threshold} left out. */
  public static Score score(List<Prepared> articles, List<double[]> probabilities, double threshold) {
    Score total = Score.ZERO;
    for (int a = 0; a < articles.size(); a++) {
      Prepared p = articles.get(a);
      double[] prob = probabilities == null ? null : probabilities.get(a);
      List<SystemQuote> kept = new ArrayList<>(p.quotes().size());
      for (int k = 0; k < p.quotes().size(); k++) {
        if (prob == null || p.features().get(k) == null || prob[k] >= threshold) {
          kept.add(p.quotes().get(k));
        }
      }
      total = total.plus(QuoteScorer.score(p.gold(), kept, null));
    }
    return total;
  }

  /** Each article's spans' probabilities under {@code model}. */
  public static List<double[]> probabilities(List<Prepared> articles, QuoteClassifier model) {
    List<double[]> out = new ArrayList<>(articles.size());
    for (Prepared p : articles) {
      double[] prob = new double[p.quotes().size()];
      for (int k = 0; k < prob.length; k++) {
        int[] f = p.features().get(k);
        prob[k] = f == null ? 1 : model.probability(f);
      }
      out.add(prob);
    }
    return out;
  }

  /**
   * Cross-validated figures: the rules', the classifier's at each threshold tried (pooled over the
   * held-out folds), and each fold's own at the best of those thresholds.
   */
  public record Result(Score rules, double[] thresholds, Score[] scores, int best,
      List<double[]> heldOut, Score[] folds) {
    public double bestThreshold() {
      return thresholds[best];
    }
  }

  /**
   * One line per speech span of the rules: gold label, held-out probability ("rules" for a span
   * the classifier does not judge), the document, the span's code point offsets, and the span with
   * a little context, for error analysis.
   */
  public static List<String> describe(List<Prepared> articles, List<double[]> probabilities) {
    List<String> out = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      Prepared p = articles.get(a);
      Offsets off = Offsets.of(p.text());
      for (int k = 0; k < p.quotes().size(); k++) {
        Span cp = p.quotes().get(k).span();
        Span u = off.toUtf16(cp);
        int from = Math.max(0, u.start() - 60);
        int to = Math.min(p.text().length(), u.end() + 40);
        String prob = p.features().get(k) == null ? "rules"
            : String.format(Locale.ROOT, "%.3f", probabilities.get(a)[k]);
        out.add(String.format(Locale.ROOT, "%s %s %s %d-%d | %s[[%s]]%s", p.labels()[k] ? "QUOTE" : "NOT",
            prob, p.gold().doc(), cp.start(), cp.end(),
            p.text().substring(from, u.start()).replaceAll("\\s+", " "),
            p.text().substring(u.start(), Math.min(u.end(), u.start() + 120)).replaceAll("\\s+", " "),
            p.text().substring(u.end(), to).replaceAll("\\s+", " ")));
      }
    }
    return out;
  }

  /**
   * The best pooled F1 of {@code deals} cross-validations whose folds are dealt with the seeds
   * {@code seed}, {@code seed + 1}, …: how far the figure moves with the deal alone, so that a
   * change of features or settings is judged against that spread rather than against one deal.
   */
  public static double[] repeatedBestF1(List<Prepared> articles, int k, Params params, long seed,
      int deals) {
    double[] out = new double[deals];
    for (int i = 0; i < deals; i++) {
      Result r = crossValidate(articles, k, params, seed + i, null);
      out[i] = r.scores()[r.best()].f1();
    }
    return out;
  }

  /** Thresholds tried; the rules alone are the classifier at 0. */
  static double[] thresholds() {
    double[] t = new double[19];
    for (int i = 0; i < t.length; i++) {
      t[i] = 0.05 * (i + 1);
    }
    return t;
  }

  /**
   * The order in which {@code n} articles are dealt into folds with {@code seed}: the i-th of the
   * order goes to fold {@code i % k}. Models stacked under the classifier are trained on the same
   * deal, so that no article's features come from a model that saw it.
   */
  public static List<Integer> deal(int n, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  /**
   * K-fold cross-validation: the articles are shuffled with {@code seed} and dealt into {@code k}
   * folds; each fold's spans get probabilities from a model trained on the other folds, and the
   * pooled held-out figures are reported at each threshold. The best is the threshold of highest F1.
   */
  public static Result crossValidate(List<Prepared> articles, int k, Params params, long seed,
      PrintStream log) {
    List<Integer> order = deal(articles.size(), seed);
    double[][] held = new double[articles.size()][];
    int[] foldOf = new int[articles.size()];
    for (int f = 0; f < k; f++) {
      List<Prepared> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        if (i % k == f) {
          test.add(order.get(i));
        } else {
          train.add(articles.get(order.get(i)));
        }
      }
      QuoteClassifier model = QuoteClassifier.train(examples(train), params, 0.5);
      for (int a : test) {
        held[a] = probabilities(List.of(articles.get(a)), model).get(0);
        foldOf[a] = f;
      }
      if (log != null) {
        log.printf(Locale.ROOT, "fold %d: trained on %d articles, %d weights%n", f + 1, train.size(),
            model.size());
      }
    }
    List<double[]> probs = List.of(held);
    double[] ts = thresholds();
    Score[] scores = new Score[ts.length];
    int best = 0;
    for (int i = 0; i < ts.length; i++) {
      scores[i] = score(articles, probs, ts[i]);
      if (scores[i].f1() > scores[best].f1()) {
        best = i;
      }
    }
    // Each fold's own figures at the pooled best threshold, to show how far they spread.
    Score[] folds = new Score[k];
    for (int f = 0; f < k; f++) {
      List<Prepared> part = new ArrayList<>();
      List<double[]> partProbs = new ArrayList<>();
      for (int a = 0; a < articles.size(); a++) {
        if (foldOf[a] == f) {
          part.add(articles.get(a));
          partProbs.add(held[a]);
        }
      }
      folds[f] = score(part, partProbs, ts[best]);
    }
    return new Result(score(articles, null, 0), ts, scores, best, probs, folds);
  }
}
