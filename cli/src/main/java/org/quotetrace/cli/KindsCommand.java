package org.quotetrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrace.eval.QuoteKindTraining;
import org.quotetrace.eval.QuoteKindTraining.Prepared;
import org.quotetrace.eval.QuoteKindTraining.Result;
import org.quotetrace.eval.SpeakerTraining;
import org.quotetrace.quote.QuoteClassifier;
import org.quotetrace.quote.QuoteClassifier.Params;
import org.quotetrace.quote.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quotetrace kinds train|cv}: trains the classifier that tells quotes from scare-quoted
 * terms, titles and slogans on a gold split, or measures it by cross-validation.
 */
@Command(
    name = "kinds",
    mixinStandardHelpOptions = true,
    description = "Train and measure the learned quote classifier on gold data (../shared/eval/FORMAT.md).",
    subcommands = {KindsCommand.Train.class, KindsCommand.Cv.class, KindsCommand.Eval.class})
final class KindsCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  /** Settings shared by train and cv. */
  static final class Settings {
    @Option(names = "--epochs", description = "Passes over the training spans (default ${DEFAULT-VALUE}).")
    int epochs = Params.DEFAULTS.epochs();

    @Option(names = "--rate", description = "AdaGrad learning rate (default ${DEFAULT-VALUE}).")
    double rate = Params.DEFAULTS.rate();

    @Option(names = "--l2", description = "L2 penalty (default ${DEFAULT-VALUE}).")
    double l2 = Params.DEFAULTS.l2();

    @Option(names = "--folds", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--seed", description = "Seed for dealing articles into folds (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--stack", paramLabel = "DIR",
        description = "Give the classifier features from the attribution labeller: each article's"
            + " attributions come from a model trained on the other folds (trained once, kept in DIR).")
    Path stack;

    @Option(names = "--stack-epochs", description = "Epochs of those attribution models (default ${DEFAULT-VALUE}).")
    int stackEpochs = 22;

    /** The articles of {@code dir} read by the rules, with stacked attribution features if asked. */
    List<Prepared> prepare(Path dir) throws IOException {
      List<SpeakerTraining.Article> read = SpeakerTraining.read(dir);
      java.util.Map<String, List<org.quotetrace.attribution.Attribution>> found = null;
      if (stack != null) {
        List<String> docs = read.stream().map(SpeakerTraining.Article::doc).toList();
        found = org.quotetrace.eval.StackedAttributions.outOfFold(dir, docs, folds, seed, stackEpochs,
            stack, System.err);
      }
      return QuoteKindTraining.prepare(read, new QuoteFinder(), found);
    }

    Params params() {
      return new Params(epochs, rate, l2, Params.DEFAULTS.seed());
    }
  }

  static Result crossValidate(List<Prepared> articles, Settings s) {
    Result r = QuoteKindTraining.crossValidate(articles, s.folds, s.params(), s.seed, System.out);
    System.out.println("rules:            " + r.rules().summary());
    for (int i = 0; i < r.thresholds().length; i++) {
      System.out.printf(java.util.Locale.ROOT, "threshold %.2f%s %s%n", r.thresholds()[i],
          i == r.best() ? " *" : "  ", r.scores()[i].summary());
    }
    for (int f = 0; f < r.folds().length; f++) {
      System.out.printf(java.util.Locale.ROOT, "fold %d at %.2f:  %s%n", f + 1, r.bestThreshold(),
          r.folds()[f].summary());
    }
    return r;
  }

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Choose the threshold by cross-validation, train on the whole split and write the classifier to --out.")
  static final class Train implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "A split folder, e.g. ../shared/eval/polnear/train.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the classifier.")
    Path out;

    @Option(names = "--threshold", description = "Use this threshold instead of the cross-validated one.")
    Double threshold;

    @picocli.CommandLine.Mixin
    Settings settings = new Settings();

    @Override
    public Integer call() throws IOException {
      if (!Splits.isSplit(dir) || settings.folds < 2) {
        return ExitCode.USAGE.code();
      }
      List<Prepared> articles = settings.prepare(dir);
      double t = threshold != null ? threshold : crossValidate(articles, settings).bestThreshold();
      QuoteClassifier model = QuoteClassifier.train(QuoteKindTraining.examples(articles),
          settings.params(), t);
      Splits.writeModel(out, model::write);
      System.out.println("wrote " + out + ": " + model.size() + " weights, threshold " + t + ", "
          + Files.size(out) + " bytes");
      return ExitCode.OK.code();
    }
  }

  @Command(name = "cv", mixinStandardHelpOptions = true,
      description = "K-fold cross-validation on a split: the rules, and the classifier at each threshold, pooled over held-out folds.")
  static final class Cv implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "A split folder, e.g. ../shared/eval/polnear/train.")
    Path dir;

    @Option(names = "--misses", paramLabel = "FILE",
        description = "Write every speech span of the rules to FILE: its gold label, held-out probability"
            + " (\"rules\" where the classifier does not judge it), document and code point offsets.")
    Path missesFile;

    @Option(names = "--repeat", paramLabel = "N",
        description = "Also deal the articles into folds N more ways (seeds after --seed) and print"
            + " each deal's best pooled F1 and their mean, lowest and highest: a change smaller than"
            + " that spread is noise.")
    int repeat;

    @picocli.CommandLine.Mixin
    Settings settings = new Settings();

    @Override
    public Integer call() throws IOException {
      if (!Splits.isSplit(dir)) {
        return ExitCode.USAGE.code();
      }
      if (settings.folds < 2) {
        Messages.error(System.err, "--folds must be at least 2");
        return ExitCode.USAGE.code();
      }
      List<Prepared> articles = settings.prepare(dir);
      Result r = crossValidate(articles, settings);
      if (repeat > 0) {
        double[] f1 = QuoteKindTraining.repeatedBestF1(articles, settings.folds, settings.params(),
            settings.seed, repeat + 1);
        double sum = 0;
        double lo = 1;
        double hi = 0;
        for (int i = 0; i < f1.length; i++) {
          System.out.printf(java.util.Locale.ROOT, "deal %d (seed %d): best F1 %.4f%n", i + 1,
              settings.seed + i, f1[i]);
          sum += f1[i];
          lo = Math.min(lo, f1[i]);
          hi = Math.max(hi, f1[i]);
        }
        System.out.printf(java.util.Locale.ROOT, "best F1 over %d deals: mean %.4f, lowest %.4f, highest %.4f%n",
            f1.length, sum / f1.length, lo, hi);
      }
      if (missesFile != null) {
        Files.write(missesFile, QuoteKindTraining.describe(articles, r.heldOut()));
      }
      return ExitCode.OK.code();
    }
  }

  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Score a classifier file on a split, as the rules read it; with --stacked, its attribution features come from the shipped attribution model.")
  static final class Eval implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "A split folder, e.g. ../shared/eval/polnear/dev.")
    Path dir;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A classifier written by kinds train.")
    Path model;

    @Option(names = "--stacked", description = "The classifier was trained with --stack.")
    boolean stacked;

    @Override
    public Integer call() throws IOException {
      if (!Splits.isSplit(dir)) {
        return ExitCode.USAGE.code();
      }
      QuoteClassifier m;
      try (java.io.InputStream in = Files.newInputStream(model)) {
        m = QuoteClassifier.read(in, model.toString());
      }
      List<SpeakerTraining.Article> read = SpeakerTraining.read(dir);
      java.util.Map<String, List<org.quotetrace.attribution.Attribution>> found = null;
      if (stacked) {
        found = new java.util.HashMap<>();
        org.quotetrace.attribution.AttributionFinder labeller =
            org.quotetrace.attribution.AttributionFinder.shipped();
        for (SpeakerTraining.Article a : read) {
          found.put(a.doc(), labeller.find(a.text()));
        }
      }
      List<Prepared> articles = QuoteKindTraining.prepare(read, new QuoteFinder(), found);
      System.out.println("rules:      " + QuoteKindTraining.score(articles, null, 0).summary());
      System.out.printf(java.util.Locale.ROOT, "classifier: %s (threshold %.2f)%n",
          QuoteKindTraining.score(articles, QuoteKindTraining.probabilities(articles, m), m.threshold()).summary(),
          m.threshold());
      return ExitCode.OK.code();
    }
  }
}
