package org.quotetrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrace.eval.QuoteScorer;
import org.quotetrace.eval.QuoteScorer.GoldDoc;
import org.quotetrace.eval.QuoteScorer.Score;
import org.quotetrace.eval.QuoteScorer.SpeakerMiss;
import org.quotetrace.eval.SystemQuotes;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace eval quotes GOLD_DIR}: scores extraction and attribution against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score quotetrace against annotated data (../shared/eval/FORMAT.md).",
    subcommands = {EvalCommand.Quotes.class, EvalCommand.TraceSet.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "Quote precision, recall, F1 and speaker accuracy on a split folder (gold.jsonl + text/).")
  static final class Quotes implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD_DIR", description = "A split folder, e.g. ../shared/eval/polnear/dev.")
    Path dir;

    @Option(names = "--misses", description = "List every found quote whose speaker is wrong.")
    boolean misses;

    @Mixin Options.Debug debug;

    @Override
    public Integer call() throws IOException {
      PrintStream out = System.out;
      if (!Splits.isSplit(dir)) {
        return ExitCode.USAGE.code();
      }
      List<GoldDoc> gold = QuoteScorer.readGold(dir);
      QuoteFinder finder = new QuoteFinder();
      Inputs inputs = new Inputs(System.err);
      ReadOptions options = ReadOptions.DEFAULTS.withKind(DocumentKind.ARTICLE);
      Score total = Score.ZERO;
      List<SpeakerMiss> missList = misses ? new ArrayList<>() : null;
      for (GoldDoc g : gold) {
        Document doc = inputs.read(dir.resolve(g.doc()), options);
        if (doc == null) {
          continue;
        }
        Extraction ex = finder.find(doc);
        total = total.plus(QuoteScorer.score(g, SystemQuotes.of(ex), missList));
        if (missList != null) {
          for (SpeakerMiss m : missList) {
            out.println(SystemQuotes.describe(m, doc.text()));
          }
          missList.clear();
        }
      }
      out.println(dir + ": " + gold.size() + " documents");
      out.println(total.summary());
      return inputs.exitCode();
    }
  }

  @Command(name = "trace", mixinStandardHelpOptions = true,
      description = "Verdict accuracy, flag precision and recall, and span accuracy on labelled"
          + " source/article pairs (folders with article.txt, source*.txt and labels.json).")
  static final class TraceSet implements Callable<Integer> {
    @Parameters(paramLabel = "CASES_DIR", description = "A folder of case folders.")
    Path dir;

    @Option(names = "--split", description = "Only cases of this split (dev, test).")
    String split;

    @Option(names = "--misses", description = "List every quote with a wrong verdict, flag or span.")
    boolean misses;

    @Option(names = "--words-only", description = "Compare by words only, without the meaning model.")
    boolean wordsOnly;

    @Option(names = "--meaning-budget", paramLabel = "N", description = "Encode at most about N"
        + " source passages per article, as `sources` does (to see what its budget costs).")
    Integer budget;

    @Mixin Options.Debug debug;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir)) {
        Messages.error(System.err, dir + ": not a folder of labelled cases");
        return ExitCode.USAGE.code();
      }
      if (budget != null && budget < 1) {
        Messages.error(System.err, "--meaning-budget must be at least 1");
        return ExitCode.USAGE.code();
      }
      List<org.quotetrace.eval.TraceCases.Case> cases = org.quotetrace.eval.TraceCases.load(dir);
      org.quotetrace.trace.Tracer tracer = new org.quotetrace.trace.Tracer(
          wordsOnly ? Meaning.none() : Meaning.startLoading());
      org.quotetrace.trace.Tracer traced = (budget == null ? tracer
          : tracer.withMeaningBudget(budget)).withReportedSpeech();
      // Each case is traced once for its quotes and its reported speech.
      java.util.Map<String, org.quotetrace.trace.Trace> traces = new java.util.HashMap<>();
      java.util.function.Function<org.quotetrace.eval.TraceCases.Case,
          org.quotetrace.trace.Trace> trace = c -> traces.computeIfAbsent(c.name(),
              k -> traced.trace(c.article(), c.sources()));
      org.quotetrace.eval.TraceCases.Score score = org.quotetrace.eval.TraceCases.score(cases,
          split, c -> org.quotetrace.eval.TraceCases.predictions(c, trace.apply(c)));
      if (misses) {
        score.misses().forEach(System.out::println);
        score.confusion().forEach((k, v) -> System.out.println("  " + k + ": " + v));
      }
      System.out.println(dir + (split == null ? "" : " (" + split + ")") + ": "
          + score.summary());
      org.quotetrace.eval.TraceCases.Score reported = org.quotetrace.eval.TraceCases
          .scoreReported(cases, split, c -> org.quotetrace.eval.TraceCases.reportedPredictions(c,
              trace.apply(c)));
      if (reported.quotes() > 0) {
        if (misses) {
          reported.misses().forEach(System.out::println);
          reported.confusion().forEach((k, v) -> System.out.println("  " + k + ": " + v));
        }
        System.out.println(dir + (split == null ? "" : " (" + split + ")")
            + ": reported speech: " + reported.summary().replaceFirst("^quotes", "reports"));
      }
      return ExitCode.OK.code();
    }
  }
}
