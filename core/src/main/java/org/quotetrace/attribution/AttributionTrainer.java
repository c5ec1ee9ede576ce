package org.quotetrace.attribution;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.quotetrace.text.Span;

/**
 * Trains the attribution model with the averaged structured perceptron: Viterbi-decode each
 * paragraph, and move the weights towards the gold labels where they differ. When dev documents
 * are given, the epoch that scores best on them is kept.
 */
public final class AttributionTrainer {
  /**
   * Hash bits, passes over the data, shuffling seed, whether to learn word classes, the passes
   * and hash bits of a stacked second pass (no second pass when its passes are 0), whether to use
   * WordNet classes, and the passes of a boundary reranker trained after the second pass (none
   * when 0).
   */
  /**
   * @param cueFamilies also learn the cue lexicon over word families ({@link Featurizer#family})
   * @param wideStack the second pass also sees the first pass's features ({@link StackedPass#wide})
   */
  public record Options(int bits, int epochs, long seed, boolean clusters, int stackEpochs, int stackBits,
      boolean lexnames, int rerankEpochs, boolean cueFamilies, boolean wideStack) {
    public static final Options DEFAULTS = new Options(20, 12, 42, false);
    /** Folds of the cross-validation that gives the second pass first-pass labels of unseen text. */
    static final int STACK_FOLDS = 3;

    public Options(int bits, int epochs, long seed) {
      this(bits, epochs, seed, false);
    }

    public Options(int bits, int epochs, long seed, boolean clusters) {
      this(bits, epochs, seed, clusters, 0, 18);
    }

    public Options(int bits, int epochs, long seed, boolean clusters, int stackEpochs, int stackBits) {
      this(bits, epochs, seed, clusters, stackEpochs, stackBits, false);
    }

    public Options(int bits, int epochs, long seed, boolean clusters, int stackEpochs, int stackBits,
        boolean lexnames) {
      this(bits, epochs, seed, clusters, stackEpochs, stackBits, lexnames, 0);
    }

    public Options(int bits, int epochs, long seed, boolean clusters, int stackEpochs, int stackBits,
        boolean lexnames, int rerankEpochs) {
      this(bits, epochs, seed, clusters, stackEpochs, stackBits, lexnames, rerankEpochs, false);
    }

    public Options(int bits, int epochs, long seed, boolean clusters, int stackEpochs, int stackBits,
        boolean lexnames, int rerankEpochs, boolean cueFamilies) {
      this(bits, epochs, seed, clusters, stackEpochs, stackBits, lexnames, rerankEpochs, cueFamilies, false);
    }
  }

  /** Called after each pass over the data with the averaged weights and transitions. */
  private interface EpochEnd {
    void accept(int epoch, int wrong, float[] weights, float[] transitions);
  }

  static final int CLUSTER_MIN_COUNT = Integer.getInteger("quotetrace.attr.minCount", 3);
  static final int FINE_CLASSES = Integer.getInteger("quotetrace.attr.fine", 256);
  static final int COARSE_CLASSES = Integer.getInteger("quotetrace.attr.coarse", 32);
  static final int CLUSTER_CONTEXTS = Integer.getInteger("quotetrace.attr.contexts", 1000);

  private AttributionTrainer() {}

  public static AttributionFinder train(List<GoldAttributions.Doc> train, List<GoldAttributions.Doc> dev,
      Options options, PrintStream log) {
    return train(train, dev, List.of(), options, log);
  }

  /**
   * @param unlabelled texts without gold attributions, added to the training texts to learn word
   *     classes from; with none, the training texts alone are used
   */
  public static AttributionFinder train(List<GoldAttributions.Doc> train, List<GoldAttributions.Doc> dev,
      List<String> unlabelled, Options options, PrintStream log) {
    Set<String> cueWords = cueWords(train, options.cueFamilies());
    log.println("cue lexicon: " + cueWords.size() + " words");
    List<String> texts = new ArrayList<>();
    for (GoldAttributions.Doc d : train) {
      texts.add(d.text());
    }
    long t0 = System.nanoTime();
    TagDictionary tags = TagDictionary.build(texts);
    log.println(String.format(Locale.ROOT, "tag dictionary built in %.1f s", (System.nanoTime() - t0) / 1e9));
    t0 = System.nanoTime();
    List<String> plain = new ArrayList<>(texts);
    plain.addAll(unlabelled);
    WordClusters clusters = options.clusters() ? WordClusters.build(plain, CLUSTER_MIN_COUNT, FINE_CLASSES,
        COARSE_CLASSES, CLUSTER_CONTEXTS, options.seed()) : WordClusters.NONE;
    if (options.clusters()) {
      clusters = clusters.withCueRates(classCueCounts(train, clusters));
    }
    if (options.clusters()) {
      log.println(String.format(Locale.ROOT, "word classes for %d words from %d texts in %.1f s", clusters.size(),
          plain.size(), (System.nanoTime() - t0) / 1e9));
    }
    Lexnames lexnames = options.lexnames() ? Lexnames.wordNet() : Lexnames.NONE;
    Featurizer featurizer = new Featurizer(cueWords, tags, clusters, lexnames, options.bits());
    List<int[][]> xs = new ArrayList<>();
    List<int[]> ys = new ArrayList<>();
    long tokens = 0;
    for (GoldAttributions.Doc d : train) {
      for (Paragraph p : Paragraph.of(d.text())) {
        xs.add(featurizer.features(p));
        ys.add(goldLabels(p, d.attributions()));
        tokens += p.tokens().length;
      }
    }
    log.println("training on " + xs.size() + " paragraphs, " + tokens + " tokens");
    WordClusters classes = clusters;
    AttributionFinder[] best = new AttributionFinder[1];
    double[] bestScore = {-1};
    perceptron(xs, ys, options.bits(), options.epochs(), options.seed(), (epoch, wrong, w, tr) -> {
      AttributionFinder finder = new AttributionFinder(
          new SequenceModel(options.bits(), cueWords, tags, classes, lexnames, w, tr, null));
      String line = String.format(Locale.ROOT, "epoch %d: %d of %d paragraphs mislabelled", epoch, wrong, xs.size());
      keepBest(finder, dev, line, best, bestScore, log);
    });
    xs.clear();
    if (options.stackEpochs() > 0) {
      return stack(best[0], train, dev, options, log);
    }
    return best[0];
  }

  /** Keeps the finder when there is no dev split or it scores best there so far (sum of exact F1). */
  private static void keepBest(AttributionFinder finder, List<GoldAttributions.Doc> dev, String line,
      AttributionFinder[] best, double[] bestScore, PrintStream log) {
    if (dev.isEmpty()) {
      best[0] = finder;
      log.println(line);
      return;
    }
    AttributionScorer.Score s = evaluate(finder, dev);
    double sum = 0;
    for (AttributionScorer.Part p : AttributionScorer.Part.values()) {
      sum += s.part(p).f1();
    }
    log.println(String.format(Locale.ROOT, "%s; dev exact F1 source %.3f cue %.3f content %.3f",
        line, s.part(AttributionScorer.Part.SOURCE).f1(), s.part(AttributionScorer.Part.CUE).f1(),
        s.part(AttributionScorer.Part.CONTENT).f1()));
    if (sum > bestScore[0]) {
      bestScore[0] = sum;
      best[0] = finder;
      log.println("  best so far");
    }
  }

  /**
   * Trains a second pass on top of a first one. The first pass's labels it learns from are those of
   * models trained, with the same settings, on the other {@link Options#STACK_FOLDS} - 1 folds of
   * the training documents (documents i mod folds), so they carry the errors the first pass makes on
   * text it has not seen. The fold models share the first model's tag dictionary (learned without
   * gold labels) and learn their own cue lexicon.
   *
   * @param first a model whose first pass is kept as it is
   */
  public static AttributionFinder stack(AttributionFinder first, List<GoldAttributions.Doc> train,
      List<GoldAttributions.Doc> dev, Options options, PrintStream log) {
    return stack(first, train, dev, List.of(), options, log);
  }

  /**
   * @param foldModels empty, or the {@link Options#STACK_FOLDS} first passes already trained the way
   *     this method would (fold k on the documents i with i mod folds != k, same settings), which
   *     spares training them again when a cross-validation has just done so
   */
  public static AttributionFinder stack(AttributionFinder first, List<GoldAttributions.Doc> train,
      List<GoldAttributions.Doc> dev, List<AttributionFinder> foldModels, Options options, PrintStream log) {
    if (!foldModels.isEmpty() && foldModels.size() != Options.STACK_FOLDS) {
      throw new IllegalArgumentException(foldModels.size() + " fold models, expected " + Options.STACK_FOLDS);
    }
    SequenceModel base = first.model.firstPass();
    int folds = Options.STACK_FOLDS;
    List<List<int[]>> heldOut = new ArrayList<>();
    for (int d = 0; d < train.size(); d++) {
      heldOut.add(null);
    }
    SequenceModel[] foldPasses = new SequenceModel[folds];
    for (int fold = 0; fold < folds; fold++) {
      List<GoldAttributions.Doc> in = new ArrayList<>();
      List<GoldAttributions.Doc> out = new ArrayList<>();
      for (int d = 0; d < train.size(); d++) {
        (d % folds == fold ? out : in).add(train.get(d));
      }
      SequenceModel[] model = new SequenceModel[1];
      if (foldModels.isEmpty()) {
        Set<String> cue = cueWords(in, options.cueFamilies());
        Featurizer featurizer = new Featurizer(cue, base.tags, base.clusters, base.lexnames, base.bits);
        List<int[][]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (GoldAttributions.Doc d : in) {
          for (Paragraph p : Paragraph.of(d.text())) {
            xs.add(featurizer.features(p));
            ys.add(goldLabels(p, d.attributions()));
          }
        }
        perceptron(xs, ys, base.bits, options.epochs(), options.seed(), (epoch, wrong, w, tr) -> {
          if (epoch == options.epochs()) {
            model[0] = new SequenceModel(base.bits, cue, base.tags, base.clusters, base.lexnames, w, tr, null);
          }
        });
        xs.clear();
      } else {
        model[0] = foldModels.get(fold).model.firstPass();
      }
      foldPasses[fold] = model[0];
      // The held-out documents are labelled once: their labels train the second pass, and their
      // attributions, assembled as AttributionFinder.find would, score the fold.
      AttributionScorer.Score score = AttributionScorer.Score.ZERO;
      for (int d = fold; d < train.size(); d += folds) {
        GoldAttributions.Doc doc = train.get(d);
        List<int[]> labels = new ArrayList<>();
        List<Attribution> found = new ArrayList<>();
        for (Paragraph p : Paragraph.of(doc.text())) {
          int[] y = model[0].label(p);
          labels.add(y);
          found.addAll(Assembler.assemble(p, y));
        }
        heldOut.set(d, labels);
        score = score.plus(AttributionScorer.score(doc.text(), doc.attributions(), found));
      }
      log.println(String.format(Locale.ROOT,
          "first pass of fold %d of %d (%d documents held out): exact F1 source %.3f cue %.3f content %.3f", fold + 1,
          folds, out.size(), score.part(AttributionScorer.Part.SOURCE).f1(),
          score.part(AttributionScorer.Part.CUE).f1(), score.part(AttributionScorer.Part.CONTENT).f1()));
    }
    AttributionFinder stacked = trainSecond(base, train, heldOut, dev, options, log);
    if (options.rerankEpochs() <= 0) {
      return stacked;
    }
    return new AttributionFinder(stacked.model.withReranker(rerank(base, foldPasses, train, heldOut, options, log)));
  }

  /** Content, cue and source margins of the boundary reranker, chosen on train's cross-validation. */
  static final float RERANK_CONTENT_MARGIN = 5;
  static final float RERANK_CUE_MARGIN = 2;
  static final float RERANK_SOURCE_MARGIN = 2;
  static final int RERANK_BITS = 18;

  /**
   * Trains the boundary reranker on second-pass labels of text neither pass saw: for each fold, a
   * second pass trained on the other folds' held-out first-pass labels labels this fold's documents
   * over its own held-out first-pass labels.
   */
  static BoundaryReranker rerank(SequenceModel base, SequenceModel[] foldPasses, List<GoldAttributions.Doc> train,
      List<List<int[]>> heldOut, Options options, PrintStream log) {
    int folds = foldPasses.length;
    List<BoundaryReranker.Choice> choices = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    List<List<BoundaryReranker.Choice>> byDoc = new ArrayList<>();
    List<List<Integer>> rightByDoc = new ArrayList<>();
    List<List<int[]>> secondLabels = new ArrayList<>();
    for (int d = 0; d < train.size(); d++) {
      byDoc.add(new ArrayList<>());
      rightByDoc.add(new ArrayList<>());
      secondLabels.add(new ArrayList<>());
    }
    for (int fold = 0; fold < folds; fold++) {
      List<GoldAttributions.Doc> in = new ArrayList<>();
      List<List<int[]>> inLabels = new ArrayList<>();
      for (int d = 0; d < train.size(); d++) {
        if (d % folds != fold) {
          in.add(train.get(d));
          inLabels.add(heldOut.get(d));
        }
      }
      StackedPass second = trainSecond(foldPasses[fold], in, inLabels, List.of(), options, log).model.second;
      AttributionScorer.Score score = AttributionScorer.Score.ZERO;
      for (int d = fold; d < train.size(); d += folds) {
        GoldAttributions.Doc doc = train.get(d);
        List<Paragraph> paragraphs = Paragraph.of(doc.text());
        List<Attribution> found = new ArrayList<>();
        for (int k = 0; k < paragraphs.size(); k++) {
          Paragraph p = paragraphs.get(k);
          int[] first = heldOut.get(d).get(k);
          int[] y = second.label(p, first, foldPasses[fold].featurizer.featurize(p));
          found.addAll(Assembler.assemble(p, y));
          secondLabels.get(d).add(y);
          BoundaryReranker.choices(p, y, first, goldLabels(p, doc.attributions()),
              base.featurizer.featurize(p).context(), RERANK_BITS, byDoc.get(d), rightByDoc.get(d));
        }
        score = score.plus(AttributionScorer.score(doc.text(), doc.attributions(), found));
      }
      log.println(String.format(Locale.ROOT,
          "second pass of fold %d of %d (held out): exact F1 source %.3f cue %.3f content %.3f", fold + 1, folds,
          score.part(AttributionScorer.Part.SOURCE).f1(), score.part(AttributionScorer.Part.CUE).f1(),
          score.part(AttributionScorer.Part.CONTENT).f1()));
    }
    for (int d = 0; d < train.size(); d++) {
      choices.addAll(byDoc.get(d));
      right.addAll(rightByDoc.get(d));
    }
    // The whole pipeline's cross-validation: a reranker trained on the other folds' boundaries
    // moves this fold's second-pass labels.
    for (int fold = 0; fold < folds; fold++) {
      List<BoundaryReranker.Choice> cs = new ArrayList<>();
      List<Integer> rs = new ArrayList<>();
      for (int d = 0; d < train.size(); d++) {
        if (d % folds != fold) {
          cs.addAll(byDoc.get(d));
          rs.addAll(rightByDoc.get(d));
        }
      }
      BoundaryReranker r = BoundaryReranker.train(cs, rs, RERANK_BITS, options.rerankEpochs(), options.seed(),
          RERANK_CONTENT_MARGIN, RERANK_CUE_MARGIN, RERANK_SOURCE_MARGIN);
      AttributionScorer.Score score = AttributionScorer.Score.ZERO;
      for (int d = fold; d < train.size(); d += folds) {
        GoldAttributions.Doc doc = train.get(d);
        List<Paragraph> paragraphs = Paragraph.of(doc.text());
        List<Attribution> found = new ArrayList<>();
        for (int k = 0; k < paragraphs.size(); k++) {
          Paragraph p = paragraphs.get(k);
          int[] y = r.rerank(p, secondLabels.get(d).get(k).clone(), heldOut.get(d).get(k),
              base.featurizer.featurize(p).context());
          found.addAll(Assembler.assemble(p, y));
        }
        score = score.plus(AttributionScorer.score(doc.text(), doc.attributions(), found));
      }
      log.println(String.format(Locale.ROOT,
          "reranked fold %d of %d (held out): exact F1 source %.4f cue %.4f content %.4f", fold + 1, folds,
          score.part(AttributionScorer.Part.SOURCE).f1(), score.part(AttributionScorer.Part.CUE).f1(),
          score.part(AttributionScorer.Part.CONTENT).f1()));
    }
    log.println("boundary reranker on " + choices.size() + " boundaries, 2^" + RERANK_BITS + " buckets");
    return BoundaryReranker.train(choices, right, RERANK_BITS, options.rerankEpochs(), options.seed(),
        RERANK_CONTENT_MARGIN, RERANK_CUE_MARGIN, RERANK_SOURCE_MARGIN);
  }

  /**
   * Trains the second pass over {@code base} from first-pass labels of the training documents
   * ({@code heldOut}: per document, per paragraph) that the labelling model did not see.
   */
  static AttributionFinder trainSecond(SequenceModel base, List<GoldAttributions.Doc> train,
      List<List<int[]>> heldOut, List<GoldAttributions.Doc> dev, Options options, PrintStream log) {
    int bits = options.stackBits();
    List<int[][]> xs = new ArrayList<>();
    List<int[]> ys = new ArrayList<>();
    for (int d = 0; d < train.size(); d++) {
      List<Paragraph> paragraphs = Paragraph.of(train.get(d).text());
      for (int k = 0; k < paragraphs.size(); k++) {
        Paragraph p = paragraphs.get(k);
        xs.add(StackedPass.features(p, heldOut.get(d).get(k), base.featurizer.featurize(p), bits,
            options.wideStack()));
        ys.add(goldLabels(p, train.get(d).attributions()));
      }
    }
    log.println("second pass on " + xs.size() + " paragraphs, 2^" + bits + " buckets");
    AttributionFinder[] best = new AttributionFinder[1];
    double[] bestScore = {-1};
    perceptron(xs, ys, bits, options.stackEpochs(), options.seed(), (epoch, wrong, w, tr) -> {
      AttributionFinder finder = new AttributionFinder(base.withSecond(new StackedPass(bits, w, tr, options.wideStack())));
      String line = String.format(Locale.ROOT, "second pass epoch %d: %d of %d paragraphs mislabelled", epoch,
          wrong, xs.size());
      keepBest(finder, dev, line, best, bestScore, log);
    });
    return best[0];
  }

  /** The averaged structured perceptron (Collins 2002) over hashed features and BIO labels. */
  private static void perceptron(List<int[][]> xs, List<int[]> ys, int bits, int epochs, long seed, EpochEnd end) {
    int L = SequenceModel.L;
    float[] w = new float[(1 << bits) * L];
    float[] wu = new float[w.length];
    float[] tr = new float[(L + 1) * L];
    float[] tru = new float[tr.length];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    long c = 1;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      int wrong = 0;
      for (int idx : order) {
        int[][] x = xs.get(idx);
        int[] gold = ys.get(idx);
        int[] pred = SequenceModel.viterbi(x, w, tr);
        boolean differs = false;
        for (int i = 0; i < gold.length; i++) {
          int prevGold = i == 0 ? -1 : gold[i - 1];
          int prevPred = i == 0 ? -1 : pred[i - 1];
          if (gold[i] != pred[i]) {
            differs = true;
            for (int f : x[i]) {
              w[f * L + gold[i]] += 1;
              wu[f * L + gold[i]] += c;
              w[f * L + pred[i]] -= 1;
              wu[f * L + pred[i]] -= c;
            }
          }
          if (gold[i] != pred[i] || prevGold != prevPred) {
            tr[(prevGold + 1) * L + gold[i]] += 1;
            tru[(prevGold + 1) * L + gold[i]] += c;
            tr[(prevPred + 1) * L + pred[i]] -= 1;
            tru[(prevPred + 1) * L + pred[i]] -= c;
          }
        }
        if (differs) {
          wrong++;
        }
        c++;
      }
      end.accept(epoch, wrong, average(w, wu, c), average(tr, tru, c));
    }
  }

  public static AttributionScorer.Score evaluate(AttributionFinder finder, List<GoldAttributions.Doc> docs) {
    AttributionScorer.Score total = AttributionScorer.Score.ZERO;
    for (GoldAttributions.Doc d : docs) {
      total = total.plus(AttributionScorer.score(d.text(), d.attributions(), finder.find(d.text())));
    }
    return total;
  }

  /** The score of the gold labels themselves, assembled: the ceiling the labelling and assembly set. */
  public static AttributionScorer.Score ceiling(List<GoldAttributions.Doc> docs) {
    AttributionScorer.Score total = AttributionScorer.Score.ZERO;
    for (GoldAttributions.Doc d : docs) {
      List<Attribution> found = new ArrayList<>();
      for (Paragraph p : Paragraph.of(d.text())) {
        found.addAll(Assembler.assemble(p, goldLabels(p, d.attributions())));
      }
      total = total.plus(AttributionScorer.score(d.text(), d.attributions(), found));
    }
    return total;
  }

  private static float[] average(float[] w, float[] wu, long c) {
    float[] out = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = (float) (w[i] - wu[i] / (double) c);
    }
    return out;
  }

  /** The gold cue spans of a training document. */
  private static List<Span> cueSpans(GoldAttributions.Doc d) {
    List<Span> cues = new ArrayList<>();
    for (Attribution a : d.attributions()) {
      if (a.cue() != null) {
        cues.add(a.cue());
      }
    }
    return cues;
  }

  /** Whether the token lies wholly inside one of the spans. */
  private static boolean inAny(Token t, List<Span> spans) {
    for (Span s : spans) {
      if (t.start() >= s.start() && t.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** By fine word class, {tokens, tokens inside a cue span} over the training documents. */
  static int[][] classCueCounts(List<GoldAttributions.Doc> docs, WordClusters clusters) {
    int[][] counts = new int[clusters.fineClasses()][2];
    for (GoldAttributions.Doc d : docs) {
      List<Span> cues = cueSpans(d);
      for (Paragraph p : Paragraph.of(d.text())) {
        for (Token t : p.tokens()) {
          int c = clusters.fine(t);
          if (c == WordClusters.UNKNOWN) {
            continue;
          }
          counts[c][0]++;
          if (inAny(t, cues)) {
            counts[c][1]++;
          }
        }
      }
    }
    return counts;
  }

  /**
   * Words that mostly appear inside cue spans in the training data ("said", "told", "according"),
   * and, marked weak, words that sometimes do ("called", "wants"); with {@code families}, also word
   * families by the same rule, marked {@link Featurizer#FAMILY}, which the featurizer then uses.
   */
  static Set<String> cueWords(List<GoldAttributions.Doc> docs, boolean families) {
    Map<String, int[]> counts = new HashMap<>();
    for (GoldAttributions.Doc d : docs) {
      List<Span> cues = cueSpans(d);
      for (Paragraph p : Paragraph.of(d.text())) {
        for (Token t : p.tokens()) {
          if (!t.word()) {
            continue;
          }
          int[] n = counts.computeIfAbsent(t.lower(), k -> new int[2]);
          n[0]++;
          if (inAny(t, cues)) {
            n[1]++;
          }
        }
      }
    }
    Set<String> out = new HashSet<>();
    Map<String, int[]> familyCounts = new HashMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] n = e.getValue();
      if (n[1] >= 3 && n[1] >= 0.25 * n[0]) {
        out.add(e.getKey());
      } else if (n[1] >= 3 && n[1] >= 0.05 * n[0]) {
        out.add(Featurizer.WEAK + e.getKey());
      }
      int[] f = familyCounts.computeIfAbsent(Featurizer.family(e.getKey()), k -> new int[2]);
      f[0] += n[0];
      f[1] += n[1];
    }
    if (families) {
      for (Map.Entry<String, int[]> e : familyCounts.entrySet()) {
        int[] n = e.getValue();
        if (n[1] >= 3 && n[1] >= 0.25 * n[0]) {
          out.add(Featurizer.FAMILY + e.getKey());
        } else if (n[1] >= 3 && n[1] >= 0.05 * n[0]) {
          out.add(Featurizer.FAMILY + Featurizer.WEAK + e.getKey());
        }
      }
    }
    return out;
  }

  /**
   * BIO labels of a paragraph from gold attributions. Tokens can belong to several attributions
   * (one nested in another's content); longer contents are labelled first, and sources and cues
   * are laid over contents, as a split quote wraps round its own source and cue.
   */
  static int[] goldLabels(Paragraph p, List<Attribution> atts) {
    Token[] t = p.tokens();
    int[] type = new int[t.length];
    int[] owner = new int[t.length];
    java.util.Arrays.fill(owner, -1);
    if (t.length == 0) {
      return type;
    }
    int pStart = t[0].start();
    int pEnd = t[t.length - 1].end();
    List<Attribution> sorted = new ArrayList<>();
    for (Attribution a : atts) {
      if (a.content().end() > pStart && a.content().start() < pEnd
          || a.source() != null && a.source().end() > pStart && a.source().start() < pEnd
          || a.cue() != null && a.cue().end() > pStart && a.cue().start() < pEnd) {
        sorted.add(a);
      }
    }
    sorted.sort((a, b) -> Integer.compare(b.content().length(), a.content().length()));
    int id = 0;
    for (Attribution a : sorted) {
      mark(t, a.content(), Labels.CONTENT, type, owner, id++, false);
    }
    for (Attribution a : sorted) {
      if (a.source() != null) {
        mark(t, a.source(), Labels.SOURCE, type, owner, id++, true);
      }
      if (a.cue() != null) {
        mark(t, a.cue(), Labels.CUE, type, owner, id++, true);
      }
    }
    int[] labels = new int[t.length];
    for (int i = 0; i < t.length; i++) {
      if (type[i] == Labels.O) {
        continue;
      }
      boolean begins = i == 0 || owner[i - 1] != owner[i];
      labels[i] = begins ? type[i] : type[i] + 1;
    }
    return labels;
  }

  private static void mark(Token[] t, Span s, int label, int[] type, int[] owner, int id, boolean overwrite) {
    for (int i = 0; i < t.length; i++) {
      if (t[i].start() >= s.start() && t[i].end() <= s.end() && (overwrite || type[i] == Labels.O)) {
        type[i] = label;
        owner[i] = id;
      }
    }
  }
}
