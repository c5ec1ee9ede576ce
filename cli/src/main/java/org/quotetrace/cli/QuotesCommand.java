package org.quotetrace.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrace.attribution.AttributionFinder;
import org.quotetrace.index.CorpusReader;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteAttributions;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.Format;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.report.QuoteJson;
import org.quotetrace.report.TerminalText;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace quotes FILE...}: every quote in each file and who said it. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Find every direct quote in each file (folders walked in name order) and who said it.")
final class QuotesCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files and folders to read (folders walked in name order), .jsonl and .warc included.")
  List<Path> files;

  @Mixin Options.JsonlText format;

  @Option(names = "--kind", description = "Override the detected kind: article, transcript, script, wire, press_release.")
  String kind;

  @Option(names = "--input-format", description = "Override the detected file format: text, html, srt, vtt.")
  String inputFormat;

  @Option(names = "--encoding", description = "Read the files in this encoding instead of detecting it.")
  String encoding;

  @Option(names = "--all", description = "Also list quote marks that are not speech (titles, names, terms) in text output.")
  boolean all;

  @Option(names = "--no-attributions",
      description = "Leave out the attributions (reported and direct speech with source, cue and content) from JSON output.")
  boolean noAttributions;

  @Mixin Options.Debug debug;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ReadOptions options;
    try {
      options = options(kind, inputFormat, encoding);
    } catch (IllegalArgumentException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.USAGE.code();
    }
    QuoteFinder finder = new QuoteFinder();
    int[] failures = {0};
    CorpusReader.Sink sink = new CorpusReader.Sink() {
      @Override
      public void document(Document doc, long bytesDone) {
        String where = doc.origin();
        try {
          Extraction ex = finder.find(doc);
          for (Problem p : doc.problems()) {
            Messages.warning(err, where + ":" + p);
          }
          for (Problem p : ex.problems()) {
            Messages.warning(err, where + ":" + p);
          }
          if (format.format == Options.Format.JSONL) {
            out.println(QuoteJson.toLine(QuoteJson.document(ex,
                noAttributions ? null : QuoteAttributions.complete(ex, AttributionFinder.shipped().find(doc.text())))));
          } else {
            TextTable.quotes(out, ex, all);
          }
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
          // One document the finder cannot handle must not cost the user the others.
          failure(where, Messages.unexpected(e));
        }
        if (out.checkError()) {
          throw new OutputFailed();
        }
      }

      @Override
      public void failure(String where, String message) {
        failures[0]++;
        Messages.error(err, where + ": " + message);
      }
    };
    try {
      // Folders are walked, and .jsonl and .warc files read record by record, as index does.
      new CorpusReader(options).read(files, sink);
    } catch (OutputFailed e) {
      // Nobody is reading any more (a closed pipe, a full disk): the rest would be lost too.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.FAILED.code();
    }
    if (!Output.written(out, err)) {
      return ExitCode.FAILED.code();
    }
    return failures[0] == 0 ? ExitCode.OK.code() : ExitCode.FAILED.code();
  }

  /** Standard output failed: stop reading. */
  private static final class OutputFailed extends RuntimeException {
    OutputFailed() {
      super("standard output failed", null, false, false);
    }
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
    return TerminalText.oneLine(s, max);
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
