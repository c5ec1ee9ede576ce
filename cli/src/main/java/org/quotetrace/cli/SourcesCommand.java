package org.quotetrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.IndexException;
import org.quotetrace.index.SourcesTable;
import org.quotetrace.index.SourcesTrace;
import org.quotetrace.index.TopSources;
import org.quotetrace.index.report.SourcesReport;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.report.TraceJson;
import org.quotetrace.text.Document;
import org.quotetrace.trace.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace sources ARTICLE --index DIR}: the article's sources in a corpus, traced. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Find the documents in an index that an article's quotes and reused passages come"
        + " from (published before it, when times are known), rank them, and trace the article"
        + " against the top ones.")
final class SourcesCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE",
      description = "The article: a file, or with --id a document already in the index.")
  Path article;

  @Option(names = "--id", paramLabel = "ID", description = "Take the article from the index by its id.")
  String id;

  @Option(names = "--all", description = "Every document of the index with its top --candidates"
      + " sources, one JSON line a pair (article, source, rank, score, the quotes covered), from"
      + " the candidate ranking alone, without tracing; the same table as the Spark job's sources.")
  boolean all;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
  Path indexDir;

  @Option(names = "--threads", paramLabel = "N", description = "With --all: threads working out"
      + " articles (default: the number of cores, at most four); the table is the same for any.")
  Integer threads;

  @Option(names = "--candidates", defaultValue = "5", paramLabel = "N",
      description = "How many ranked candidates to list (default ${DEFAULT-VALUE}).")
  int candidates;

  @Option(names = "--trace", defaultValue = "3", paramLabel = "N",
      description = "Trace against this many of the top candidates that hold any of its quotes"
          + " (default ${DEFAULT-VALUE}; 0 lists only).")
  int traceTop;

  @Option(names = "--published", paramLabel = "TIME",
      description = "When the article was published (ISO-8601), if its file does not say.")
  String published;

  @Mixin Options.JsonTextHtml format;

  @Mixin Options.Out output;

  @Option(names = "--words-only", description = "Compare by words only, without the meaning model.")
  boolean wordsOnly;

  @Option(names = "--encoding", description = "Read the article in this encoding instead of detecting it.")
  String encoding;

  @Mixin Options.Debug debug;

  // Written as they come, so that memory holds one article's sources, not the table.
  private int everyArticle(PrintStream err) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (CorpusIndex index = CorpusIndex.open(indexDir);
        Writer w = output.out == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(output.out, StandardCharsets.UTF_8)) {
      int workers = threads != null ? threads
          : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
      SourcesTable.Counts counts = SourcesTable.all(index, candidates, workers, pair -> {
        w.write(json.writeValueAsString(line(json, pair)));
        w.write('\n');
      });
      w.flush();
      err.printf("quotetrace: sources: %d documents, %d with sources, %d pairs%n",
          counts.articles(), counts.withSources(), counts.pairs());
      return ExitCode.OK.code();
    } catch (IndexException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.FAILED.code();
    }
  }

  /** One pair as the Spark job's {@code sources-jsonl} writes it: its fields, absent ones left out. */
  static ObjectNode line(ObjectMapper json, TopSources.Pair p) {
    ObjectNode o = json.createObjectNode();
    o.put("article", p.article());
    TopSources.published(p.articleTime()).ifPresent(t -> o.put("article_published", t));
    o.put("source", p.source());
    TopSources.published(p.sourceTime()).ifPresent(t -> o.put("source_published", t));
    o.put("source_kind", p.sourceKind());
    o.put("rank", p.rank());
    o.put("score", p.score());
    o.put("reuse", p.reuse());
    o.put("shared", p.shared());
    ArrayNode quotes = o.putArray("quotes");
    for (TopSources.Covered c : p.quotes()) {
      quotes.addObject().put("start", c.start()).put("end", c.end()).put("share", c.share());
    }
    return o;
  }

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    if (all) {
      if (article != null || id != null) {
        Messages.error(err, "--all takes no ARTICLE and no --id");
        return ExitCode.USAGE.code();
      }
      if (candidates < 1) {
        Messages.error(err, "--candidates must be at least 1");
        return ExitCode.USAGE.code();
      }
      if (threads != null && threads < 1) {
        Messages.error(err, "--threads must be at least 1");
        return ExitCode.USAGE.code();
      }
      return everyArticle(err);
    }
    if (threads != null) {
      Messages.error(err, "--threads goes with --all");
      return ExitCode.USAGE.code();
    }
    if ((article == null) == (id == null)) {
      Messages.error(err, "give either an ARTICLE file or --id ID of an indexed document");
      return ExitCode.USAGE.code();
    }
    if (candidates < 1 || traceTop < 0) {
      Messages.error(err, "--candidates must be at least 1 and --trace at least 0");
      return ExitCode.USAGE.code();
    }
    Instant when;
    try {
      when = published == null ? null : Instant.parse(published);
    } catch (RuntimeException e) {
      Messages.error(err, "--published must be an ISO-8601 time such as 2026-03-04T10:15:00Z");
      return ExitCode.USAGE.code();
    }
    ReadOptions options;
    try {
      options = QuotesCommand.options(null, null, encoding);
    } catch (IllegalArgumentException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.USAGE.code();
    }
    Path out = output.out;
    if (article != null && !TraceCommand.outIsNoInput(out, List.of(article), err)) {
      return ExitCode.USAGE.code();
    }
    Inputs inputs = new Inputs(err);
    try (CorpusIndex index = CorpusIndex.open(indexDir)) {
      index.notice().ifPresent(n -> Messages.notice(err, n));
      Document doc;
      if (id != null) {
        doc = index.document(id).orElse(null);
        if (doc == null) {
          Messages.error(err, indexDir + ": no document with id " + id);
          return ExitCode.FAILED.code();
        }
      } else {
        doc = inputs.read(article, options);
        if (doc == null) {
          return ExitCode.FAILED.code();
        }
      }
      if (when != null) {
        doc = doc.toBuilder().published(when).build();
      }
      // The model loads while the sources are looked up; not before, so that a run that fails
      // early does not wait for a model it will never use.
      Meaning meaning = wordsOnly || traceTop == 0 ? Meaning.none() : Meaning.startLoading();
      SourcesTrace.Outcome outcome = SourcesTrace.run(index, doc, candidates, traceTop, meaning);
      Trace trace = outcome.trace().orElse(null);
      String report = switch (format.format) {
        case JSON, JSONL -> TraceJson.toText(SourcesTrace.json(outcome)) + "\n";
        case TEXT -> SourcesReport.text(doc, outcome.result(), trace);
        case HTML -> SourcesReport.html(doc, trace);
      };
      return TraceCommand.emit(report, out, err) ? inputs.exitCode() : ExitCode.FAILED.code();
    } catch (IndexException e) {
      Messages.error(err, e.getMessage());
      return ExitCode.FAILED.code();
    }
  }
}
