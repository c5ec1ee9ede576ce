package org.quotetrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.quotetrace.eval.QuoteScorer.Score;
import org.quotetrace.eval.SpeakerTraining;
import org.quotetrace.eval.SpeakerTraining.Article;
import org.quotetrace.eval.SpeakerTraining.Fold;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.quote.SpeakerModel;
import org.quotetrace.quote.SpeakerModel.Params;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quotetrace speakers train|cv|eval}: trains the learned speaker ranker on a gold split,
 * measures it by cross-validation, or scores a saved model.
 */
@Command(
    name = "speakers",
    mixinStandardHelpOptions = true,
    description = "Train and measure the learned speaker ranker on gold data (../shared/eval/FORMAT.md).",
    subcommands = {SpeakersCommand.Train.class, SpeakersCommand.Cv.class, SpeakersCommand.Eval.class})
final class SpeakersCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  /** Training settings shared by train and cv. */
  static final class Settings {
    @Option(names = "--epochs", description = "Passes over the training quotes (default ${DEFAULT-VALUE}).")
    int epochs = Params.DEFAULTS.epochs();

    @Option(names = "--rate", description = "AdaGrad learning rate (default ${DEFAULT-VALUE}).")
    double rate = Params.DEFAULTS.rate();

    @Option(names = "--l2", description = "L2 penalty (default ${DEFAULT-VALUE}).")
    double l2 = Params.DEFAULTS.l2();

    Params params() {
      return new Params(epochs, rate, l2, Params.DEFAULTS.seed());
    }
  }

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train a speaker model on a split and write it to --out.")
  static final class Train implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "A split folder, e.g. ../shared/eval/polnear/train.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @picocli.CommandLine.Mixin
    Settings settings = new Settings();

    @Override
    public Integer call() throws IOException {
      if (!Splits.isSplit(dir)) {
        return ExitCode.USAGE.code();
      }
      List<Article> articles = SpeakerTraining.read(dir);
      SpeakerModel model = SpeakerTraining.train(articles, settings.params(), System.out);
      Splits.writeModel(out, model::write);
      System.out.println("wrote " + out + ": " + model.size() + " weights, " + Files.size(out) + " bytes");
      return ExitCode.OK.code();
    }
  }

  @Command(name = "cv", mixinStandardHelpOptions = true,
      description = "K-fold cross-validation on a split: rules and model on each held-out fold.")
  static final class Cv implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "A split folder, e.g. ../shared/eval/polnear/train.")
    Path dir;

    @Option(names = "--folds", description = "Number of folds (default ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--seed", description = "Seed for dealing articles into folds (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--misses", paramLabel = "FILE",
        description = "Write the model's wrong speakers on the held-out folds to FILE.")
    Path missesFile;

    @picocli.CommandLine.Mixin
    Settings settings = new Settings();

    @Override
    public Integer call() throws IOException {
      if (!Splits.isSplit(dir)) {
        return ExitCode.USAGE.code();
      }
      if (folds < 2) {
        System.err.println("quotetrace: --folds must be at least 2");
        return ExitCode.USAGE.code();
      }
      List<Article> articles = SpeakerTraining.read(dir);
      List<String> misses = missesFile == null ? null : new java.util.ArrayList<>();
      List<Fold> result = SpeakerTraining.crossValidate(articles, folds, settings.params(), seed,
          System.out, misses);
      if (misses != null) {
        Files.write(missesFile, misses);
      }
      Score rules = Score.ZERO;
      Score model = Score.ZERO;
      for (Fold f : result) {
        rules = rules.plus(f.rules());
        model = model.plus(f.model());
      }
      System.out.println("pooled rules: " + rules.summary());
      System.out.println("pooled model: " + model.summary());
      return ExitCode.OK.code();
    }
  }

  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Score a split with a saved model (default: the one in the jar) beside the rules.")
  static final class Eval implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "A split folder, e.g. ../shared/eval/polnear/dev.")
    Path dir;

    @Option(names = "--model", paramLabel = "FILE", description = "A model written by `speakers train`.")
    Path modelFile;

    @Override
    public Integer call() throws IOException {
      if (!Splits.isSplit(dir)) {
        return ExitCode.USAGE.code();
      }
      SpeakerModel model;
      if (modelFile == null) {
        model = SpeakerModel.shipped();
      } else {
        try (var in = Files.newInputStream(modelFile)) {
          model = SpeakerModel.read(in, modelFile.toString());
        }
      }
      List<Article> articles = SpeakerTraining.read(dir);
      QuoteFinder rules = new QuoteFinder().withSpeakerModel(null);
      Score r = SpeakerTraining.score(articles, rules);
      Score m = SpeakerTraining.score(articles, rules.withSpeakerModel(model));
      System.out.println("rules: " + r.summary());
      System.out.println("model: " + m.summary());
      System.out.printf(Locale.ROOT, "speaker accuracy %+.4f%n", m.speakerAccuracy() - r.speakerAccuracy());
      return ExitCode.OK.code();
    }
  }
}
