package org.quotetrace.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.Format;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.report.QuoteJson;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace quotes FILE...}: every quote in each file and who said it. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Find every direct quote in each file and who said it.")
final class QuotesCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or text.")
  String format;

  @Option(names = "--kind", description = "Override the detected kind: article, transcript, script, wire, press_release.")
  String kind;

  @Option(names = "--input-format", description = "Override the detected file format: text, html, srt, vtt.")
  String inputFormat;

  @Option(names = "--encoding", description = "Read the files in this encoding instead of detecting it.")
  String encoding;

  @Option(names = "--all", description = "Also list quote marks that are not speech (titles, names, terms) in text output.")
  boolean all;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    if (!format.equals("jsonl") && !format.equals("text")) {
      err.println("quotetrace: --format must be jsonl or text, not '" + format + "'");
      return 2;
    }
    ReadOptions options;
    try {
      options = options(kind, inputFormat, encoding);
    } catch (IllegalArgumentException e) {
      err.println("quotetrace: " + e.getMessage());
      return 2;
    }
    Inputs inputs = new Inputs(err);
    QuoteFinder finder = new QuoteFinder();
    for (Path path : files) {
      Document doc = inputs.read(path, options);
      if (doc == null) {
        continue;
      }
      Extraction ex = finder.find(doc);
      for (Problem p : doc.problems()) {
        err.println("quotetrace: warning: " + path + ":" + p);
      }
      for (Problem p : ex.problems()) {
        err.println("quotetrace: warning: " + path + ":" + p);
      }
      if (format.equals("jsonl")) {
        out.println(QuoteJson.toLine(QuoteJson.document(ex)));
      } else {
        TextTable.quotes(out, ex, all);
      }
    }
    out.flush();
    return inputs.exitCode();
  }

  static ReadOptions options(String kind, String inputFormat, String encoding) {
    ReadOptions o = ReadOptions.DEFAULTS;
    if (kind != null) {
      o = o.withKind(DocumentKind.parse(kind));
    }
    if (inputFormat != null) {
      o = o.withFormat(Format.parse(inputFormat));
    }
    if (encoding != null) {
      try {
        o = o.withCharset(Charset.forName(encoding));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("unknown encoding '" + encoding + "'");
      }
    }
    return o;
  }

  static String oneLine(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  static String speakerOf(Quote q) {
    if (q.speaker() == null) {
      return "(unknown)";
    }
    String name = q.speaker().name();
    String mention = q.speaker().mention() == null ? null : q.speaker().mention().text();
    if (name == null) {
      return "? (" + mention + ")";
    }
    return mention == null || mention.equals(name) ? name : name + " (" + oneLine(mention, 30) + ")";
  }
}
