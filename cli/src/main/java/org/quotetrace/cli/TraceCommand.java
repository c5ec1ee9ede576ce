package org.quotetrace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.report.TraceJson;
import org.quotetrace.report.TraceText;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.Tracer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace trace ARTICLE --source FILE...}: every quote of the article, judged. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = "Trace every quote of an article to its sources and judge how faithfully it was"
        + " reproduced.")
final class TraceCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article whose quotes to trace.")
  Path article;

  @Option(names = "--source", arity = "1..*", required = true, paramLabel = "FILE",
      description = "The primary material: transcripts, scripts, press releases, other articles.")
  List<Path> sources;

  @Mixin Options.JsonTextHtml format;

  @Mixin Options.Out output;

  @Option(names = "--words-only", description = "Compare by words only, without the meaning model.")
  boolean wordsOnly;

  @Option(names = "--no-reported", description = "Trace quotes only, not the article's reported"
      + " speech (\"she told reporters the plan was dead\").")
  boolean noReported;

  @Option(names = "--encoding", description = "Read the files in this encoding instead of detecting it.")
  String encoding;

  @Mixin Options.Debug debug;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    ReadOptions options;
    try {
      options = QuotesCommand.options(null, null, encoding);
    } catch (IllegalArgumentException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.USAGE.code();
    }
    List<Path> given = new java.util.ArrayList<>(sources);
    given.add(0, article);
    Path out = output.out;
    if (!outIsNoInput(out, given, err)) {
      return ExitCode.USAGE.code();
    }
    Inputs inputs = new Inputs(err);
    Document doc = inputs.read(article, options);
    List<Document> docs = inputs.readAll(sources, options);
    if (doc == null) {
      return ExitCode.FAILED.code();
    }
    if (docs.isEmpty()) {
      Messages.error(err, "no source could be read; nothing to trace " + article + " against");
      return ExitCode.FAILED.code();
    }
    for (Problem p : doc.problems()) {
      Messages.warning(err, article + ":" + p);
    }
    // The model loads while the quotes are aligned by their words; not before the inputs are known
    // good, so that a run that fails early does not wait for a model it will never use.
    Meaning meaning = wordsOnly ? Meaning.none() : Meaning.startLoading();
    Tracer tracer = noReported ? new Tracer(meaning) : new Tracer(meaning).withReportedSpeech();
    Trace trace = tracer.trace(doc, docs);
    for (Problem p : trace.problems()) {
      Messages.warning(err, article + ": " + p);
    }
    String report = switch (format.format) {
      case JSON, JSONL -> TraceJson.toText(TraceJson.trace(trace)) + "\n";
      case TEXT -> TraceText.render(trace);
      case HTML -> org.quotetrace.report.TraceHtml.render(trace);
    };
    return emit(report, out, err) ? inputs.exitCode() : ExitCode.FAILED.code();
  }

  /** Writes a report to {@code out}, or to standard output when null; false after one line on err. */
  static boolean emit(String report, Path out, PrintStream err) {
    if (out == null) {
      System.out.print(report);
      return Output.written(System.out, err);
    }
    return ReportFile.write(out, report, err);
  }

  /** False after one line on err when {@code out} is one of the inputs the user gave. */
  static boolean outIsNoInput(Path out, List<Path> inputs, PrintStream err) {
    var clash = ReportFile.clash(out, inputs);
    clash.ifPresent(in -> Messages.error(err, "--out " + out + " is the input " + in
        + "; refusing to overwrite it"));
    return clash.isEmpty();
  }
}
