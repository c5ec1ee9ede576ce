package org.quotetrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.AttributionFinder;
import org.quotetrace.attribution.AttributionScorer;
import org.quotetrace.attribution.AttributionTrainer;
import org.quotetrace.attribution.GoldAttributions;
import org.quotetrace.quote.QuoteAttributions;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace attributions train|eval}: the reported-speech model, trained and scored on gold data. */
@Command(
    name = "attributions",
    mixinStandardHelpOptions = true,
    description = "Train and score the attribution model (source, cue, content; ../shared/eval/FORMAT.md).",
    subcommands = {AttributionsCommand.Find.class, AttributionsCommand.Train.class, AttributionsCommand.Eval.class})
final class AttributionsCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  /**
   * A text's attributions as {@code quotes} prints them: the labeller's, completed with the quote
   * finder's speakers and quotes ({@link QuoteAttributions}); the labeller's alone when
   * {@code quotes} is null.
   */
  static List<Attribution> attributions(AttributionFinder finder, QuoteFinder quotes, String name, String text) {
    List<Attribution> found = finder.find(text);
    if (quotes == null) {
      return found;
    }
    var doc = Readers.parse(name, text, ReadOptions.DEFAULTS);
    // The reader drops a leading byte-order mark; spans of a changed text would not fit.
    return doc.text().equals(text) ? QuoteAttributions.complete(quotes.find(doc), found) : found;
  }

  @Command(name = "find", mixinStandardHelpOptions = true,
      description = "Print each attribution of a plain-text file: form, then source | cue | content.")
  static final class Find implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A UTF-8 text file.")
    Path file;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the one in the jar).")
    Path model;

    @Option(names = "--labeller-only", description = "The labeller's attributions alone, without the quote finder's speakers and quotes.")
    boolean labellerOnly;

    @Mixin Options.Debug debug;

    @Override
    public Integer call() throws IOException {
      AttributionFinder finder = model == null ? AttributionFinder.shipped() : AttributionFinder.load(model);
      String text = Files.readString(file);
      for (var a : attributions(finder, labellerOnly ? null : new QuoteFinder(), file.toString(), text)) {
        System.out.println(Messages.safe(a.form().label() + ": " + (a.source() == null ? "-" : a.source().text(text))
            + " | " + (a.cue() == null ? "-" : a.cue().text(text)) + " | " + a.content().text(text)));
      }
      return ExitCode.OK.code();
    }
  }

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train the model on a split folder; with --dev, keep the epoch that scores best there.")
  static final class Train implements Callable<Integer> {
    @Parameters(paramLabel = "TRAIN_DIR", description = "A split folder, e.g. ../shared/eval/polnear/train.")
    Path dir;

    @Option(names = "--dev", paramLabel = "DEV_DIR", description = "A split folder to choose the epoch on.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", defaultValue = "12", description = "Passes over the training data (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--bits", defaultValue = "20", description = "Feature hash bits (default ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--word-classes", description = "Learn word classes from the training texts (and --unlabelled ones) "
        + "as features; off by default: half a point on cross-validation, none on dev (bench/ATTRIBUTIONS-NOTES.md).")
    boolean wordClasses;

    @Option(names = "--unlabelled", paramLabel = "DIR",
        description = "With --word-classes: a folder whose .txt files (at any depth) add plain text to learn them from; repeatable.")
    List<Path> unlabelled = new java.util.ArrayList<>();

    @Option(names = "--wordnet-classes", description = "WordNet's lexicographer classes of each word "
        + "(verb.communication, verb.cognition, noun.person ...) as features (bench/ATTRIBUTIONS-NOTES.md).")
    boolean wordnetClasses;

    @Option(names = "--cue-families", description = "Also learn the cue lexicon over word families "
        + "(\"insisting\" with \"insists\", \"insisted\") as features (bench/ATTRIBUTIONS-NOTES.md).")
    boolean cueFamilies;

    @Option(names = "--stack-epochs", defaultValue = "0", paramLabel = "N",
        description = "Train a stacked second pass for N passes on first-pass labels of cross-validated folds "
            + "of the training split; 0, the default, trains none (bench/ATTRIBUTIONS-NOTES.md).")
    int stackEpochs;

    @Option(names = "--rerank-epochs", defaultValue = "0", paramLabel = "N",
        description = "With --stack-epochs: train a boundary reranker of contents and cues for N passes on "
            + "second-pass labels of cross-validated folds; 0, the default, trains none (bench/ATTRIBUTIONS-NOTES.md).")
    int rerankEpochs;

    @Option(names = "--stack-wide", description = "With --stack-epochs: the second pass also sees every feature "
        + "of the first pass, not only its labels (bench/ATTRIBUTIONS-NOTES.md).")
    boolean stackWide;

    @Option(names = "--stack-bits", defaultValue = "18", paramLabel = "BITS",
        description = "Feature hash bits of the second pass (default ${DEFAULT-VALUE}).")
    int stackBits;

    @Option(names = "--first", paramLabel = "FILE",
        description = "With --stack-epochs: keep this model's first pass instead of training one "
            + "(it must have been trained on TRAIN_DIR with the same --epochs).")
    Path first;

    @Option(names = "--fold-models", paramLabel = "FILE", split = ",",
        description = "With --first: the three first passes of a 3-fold cross-validation of TRAIN_DIR (fold k "
            + "trained on documents i mod 3 != k, same --epochs), used for the second pass's training labels "
            + "instead of training them again.")
    List<Path> foldModels = new java.util.ArrayList<>();

    @Mixin Options.Debug debug;

    @Override
    public Integer call() throws IOException {
      if (!Splits.isSplit(dir) || dev != null && !Splits.isSplit(dev)) {
        return ExitCode.USAGE.code();
      }
      if (bits < 8 || bits > 26 || epochs < 1) {
        Messages.error(System.err, "--bits must be 8 to 26 and --epochs at least 1, got " + bits + " and " + epochs);
        return ExitCode.USAGE.code();
      }
      if (stackBits < 8 || stackBits > 26 || stackEpochs < 0) {
        Messages.error(System.err, "--stack-bits must be 8 to 26 and --stack-epochs 0 or more, got " + stackBits
            + " and " + stackEpochs);
        return ExitCode.USAGE.code();
      }
      if (rerankEpochs < 0 || rerankEpochs > 0 && stackEpochs == 0) {
        Messages.error(System.err, "--rerank-epochs must be 0 or more and needs --stack-epochs, got " + rerankEpochs);
        return ExitCode.USAGE.code();
      }
      if (first != null && stackEpochs == 0) {
        Messages.error(System.err, "--first needs --stack-epochs");
        return ExitCode.USAGE.code();
      }
      if (!foldModels.isEmpty() && (first == null || foldModels.size() != 3)) {
        Messages.error(System.err, "--fold-models needs --first and three files, got " + foldModels.size());
        return ExitCode.USAGE.code();
      }
      List<AttributionFinder> folds = new java.util.ArrayList<>();
      for (Path f : foldModels) {
        folds.add(AttributionFinder.load(f));
      }
      long t0 = System.nanoTime();
      List<GoldAttributions.Doc> train = GoldAttributions.read(dir);
      List<GoldAttributions.Doc> devDocs = dev == null ? List.of() : GoldAttributions.read(dev);
      List<String> plain = new java.util.ArrayList<>();
      for (Path u : unlabelled) {
        if (!Files.isDirectory(u)) {
          Messages.error(System.err, u + ": not a folder of .txt files");
          return ExitCode.USAGE.code();
        }
        try (var files = Files.walk(u)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList()) {
            // Plain text from anywhere may not be clean UTF-8; a replaced character costs a word class at most.
            plain.add(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
          }
        }
      }
      AttributionTrainer.Options options =
          new AttributionTrainer.Options(bits, epochs, 42, wordClasses, stackEpochs, stackBits, wordnetClasses,
              rerankEpochs, cueFamilies, stackWide);
      AttributionFinder finder = first != null
          ? AttributionTrainer.stack(AttributionFinder.load(first), train, devDocs, folds, options, System.err)
          : AttributionTrainer.train(train, devDocs, plain, options, System.err);
      Splits.writeModel(out, finder::write);
      System.out.printf("%s: %d bytes, trained in %.0f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
      return ExitCode.OK.code();
    }
  }

  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Exact P, R, F1 and token-Jaccard F1 of source, cue and content on a split folder.")
  static final class Eval implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "A split folder, e.g. ../shared/eval/polnear/dev.")
    Path dir;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the one in the jar).")
    Path model;

    @Option(names = "--dump", paramLabel = "FILE", description = "Write the attributions found, one JSON line a document, spans in UTF-16 indices.")
    Path dump;

    @Option(names = "--ceiling", description = "Score the gold labels themselves, assembled: what labelling and assembly allow at best.")
    boolean ceiling;

    @Option(names = "--labeller-only", description = "Score the labeller's attributions alone, without the quote finder's speakers and quotes (what quotes prints has both).")
    boolean labellerOnly;

    @Mixin Options.Debug debug;

    @Override
    public Integer call() throws IOException {
      if (!Splits.isSplit(dir)) {
        return ExitCode.USAGE.code();
      }
      if (ceiling) {
        System.out.print(AttributionTrainer.ceiling(GoldAttributions.read(dir)).summary());
        return ExitCode.OK.code();
      }
      AttributionFinder finder = model == null ? AttributionFinder.shipped() : AttributionFinder.load(model);
      List<GoldAttributions.Doc> docs = GoldAttributions.read(dir);
      QuoteFinder quotes = labellerOnly ? null : new QuoteFinder();
      java.util.Map<GoldAttributions.Doc, List<Attribution>> found = new java.util.IdentityHashMap<>();
      for (GoldAttributions.Doc d : docs) {
        found.put(d, attributions(finder, quotes, d.file().toString(), d.text()));
      }
      if (dump != null) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var w = Files.newBufferedWriter(dump)) {
          for (GoldAttributions.Doc d : docs) {
            var node = json.createObjectNode();
            node.put("doc", dir.relativize(d.file()).toString());
            var arr = node.putArray("attributions");
            for (var a : found.get(d)) {
              var o = arr.addObject();
              o.putArray("content").add(a.content().start()).add(a.content().end());
              if (a.source() != null) {
                o.putArray("source").add(a.source().start()).add(a.source().end());
              }
              if (a.cue() != null) {
                o.putArray("cue").add(a.cue().start()).add(a.cue().end());
              }
            }
            w.write(json.writeValueAsString(node));
            w.newLine();
          }
        }
      }
      // Timed apart from scoring, after one untimed pass so that the JIT has compiled the labeller.
      long chars = 0;
      for (GoldAttributions.Doc d : docs) {
        finder.find(d.text());
        chars += d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      }
      long t0 = System.nanoTime();
      for (GoldAttributions.Doc d : docs) {
        finder.find(d.text());
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      AttributionScorer.Score score = AttributionScorer.Score.ZERO;
      for (GoldAttributions.Doc d : docs) {
        score = score.plus(AttributionScorer.score(d.text(), d.attributions(), found.get(d)));
      }
      System.out.println(dir + ": " + docs.size() + " documents");
      System.out.print(score.summary());
      System.err.printf(java.util.Locale.ROOT, "labelling: %d bytes in %.2f s, %.2f MB/s on one thread (second pass)%n",
          chars, seconds, chars / 1e6 / seconds);
      return ExitCode.OK.code();
    }
  }
}
