package org.quotetrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.IndexException;
import org.quotetrace.index.QuoteSearch;
import org.quotetrace.index.report.SearchReport;
import org.quotetrace.report.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace search --index DIR [WORDS]}: quotes by speaker, words, outlet and time. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the quotes of an index by speaker, words, outlet and time range.")
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "WORDS",
      description = "Words the quote must hold; put a phrase in double quotes to match it as written.")
  String[] words;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
  Path indexDir;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Said by this person (any of the name's words match: Haftar finds Khalifa Haftar).")
  String speaker;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Published by this outlet.")
  String outlet;

  @Option(names = "--from", paramLabel = "TIME", description = "Published at or after (ISO-8601 time or date).")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "Published at or before (ISO-8601 time or date; a date includes its whole day).")
  String to;

  @Option(names = "--turns", description = "Include transcript turns, not only quotations.")
  boolean turns;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most this many quotes (default ${DEFAULT-VALUE}).")
  int limit;

  @Mixin Options.TextJson format;

  @Mixin Options.Debug debug;

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    QuoteSearch.Criteria criteria;
    try {
      criteria = new QuoteSearch.Criteria(speaker, words == null ? null : String.join(" ", words),
          outlet, time(from, false), time(to, true), turns, limit);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.USAGE.code();
    }
    try (CorpusIndex index = CorpusIndex.open(indexDir)) {
      QuoteSearch.Result r = new QuoteSearch(index).search(criteria);
      if (format.format == Options.Format.JSON) {
        System.out.println(SearchReport.json(r));
      } else {
        System.out.print(SearchReport.text(r));
      }
      return Output.written(System.out, err) ? ExitCode.OK.code() : ExitCode.FAILED.code();
    } catch (IndexException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.FAILED.code();
    }
  }

  // A bare date starts at midnight UTC; as an upper bound it takes in the whole day.
  static Instant time(String s, boolean end) {
    if (s == null) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      try {
        LocalDate d = LocalDate.parse(s);
        return end ? d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
            : d.atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("'" + s + "' is not an ISO-8601 time or date"
            + " (2026-03-04T10:15:00Z or 2026-03-04)".toLowerCase(Locale.ROOT));
      }
    }
  }
}
