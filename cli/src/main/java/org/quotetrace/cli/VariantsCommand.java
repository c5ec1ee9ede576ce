package org.quotetrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.IndexException;
import org.quotetrace.index.Variants;
import org.quotetrace.index.Variants.Cluster;
import org.quotetrace.index.report.VariantsReport;
import org.quotetrace.report.TerminalText;
import org.quotetrace.trace.Edit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace variants --index DIR [TEXT]}: quotes grouped with their variants. */
@Command(
    name = "variants",
    mixinStandardHelpOptions = true,
    description = {"Group the quotes of an index with their variants (the same statement, worded"
        + " differently) and show each group: its speaker, first appearance, outlets and times,"
        + " and how the wording changed along the way.",
        "Without TEXT, the largest groups; with TEXT, the group of that quote."})
final class VariantsCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "A quote's words.")
  String[] text;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
  Path indexDir;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N",
      description = "How many groups to show without TEXT (default ${DEFAULT-VALUE}).")
  int limit;

  @Mixin Options.TextJson format;

  @Mixin Options.Debug debug;

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    if (limit < 1) {
      Messages.error(err, "--limit must be at least 1");
      return ExitCode.USAGE.code();
    }
    try (CorpusIndex index = CorpusIndex.open(indexDir)) {
      Variants.Clustering c = new Variants(index).cluster();
      List<Cluster> shown;
      if (text != null && text.length > 0) {
        Optional<Cluster> one = c.of(String.join(" ", text));
        if (one.isEmpty()) {
          Messages.error(err, indexDir + ": no quote in the index is a variant of that text");
          return ExitCode.FAILED.code();
        }
        shown = List.of(one.get());
      } else {
        shown = c.largest(limit);
      }
      c.notSaved().ifPresent(why -> Messages.error(err, indexDir
          + ": the grouping could not be kept for next time (" + why + ")"));
      if (format.format == Options.Format.JSON) {
        System.out.println(VariantsReport.json(c, shown));
      } else {
        System.out.print(VariantsReport.text(VariantsReport.header(c), shown));
      }
      return Output.written(System.out, err) ? ExitCode.OK.code() : ExitCode.FAILED.code();
    } catch (IndexException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.FAILED.code();
    }
  }
}
