package org.quotetrace.bench.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.SourceFinder;
import org.quotetrace.meaning.CachingEncoder;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.Tracer;

/**
 * The latency of {@code quotetrace sources} over an index, as JMH samples it (percentiles): each
 * call answers for the next of a fixed sample of the generated corpus's articles that have
 * labelled sources, in a seeded order, so every run asks the same questions.
 *
 * <ul>
 *   <li>{@link #rank}: finding the article's quotes and ranking candidate sources;
 *   <li>{@link #wholeAnswer}: that, then reading the candidates worth tracing (up to three) and
 *       tracing the article against them with the meaning model under the command's budget.
 * </ul>
 *
 * <p>The index and its labels come from system properties {@code quotetrace.index} and
 * {@code quotetrace.labels} (see {@code bench/run-sources-latency.sh}); without them the
 * benchmark stops with a message saying so.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 1, time = 20)
@Measurement(iterations = 3, time = 30)
public class SourcesLatency {

  /** The index, the articles asked about, and one tracer with its encoder cache. */
  @State(Scope.Benchmark)
  public static class Index {
    CorpusIndex index;
    SourceFinder finder;
    Tracer tracer;
    final QuoteFinder quotes = new QuoteFinder();
    final List<Document> articles = new ArrayList<>();
    int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
      Path dir = path("quotetrace.index");
      Path labelFile = path("quotetrace.labels");
      GeneratedLabels labels = GeneratedLabels.read(labelFile);
      List<String> ids = new ArrayList<>(labels.trueSources().keySet());
      Collections.shuffle(ids, new Random(1));
      index = CorpusIndex.open(dir);
      finder = new SourceFinder(index);
      for (String id : ids.subList(0, Math.min(2000, ids.size()))) {
        index.document(id).ifPresent(articles::add);
      }
      if (articles.isEmpty()) {
        throw new IllegalStateException(dir + " holds none of the labelled articles of " + labelFile);
      }
      CachingEncoder encoder = new CachingEncoder(MiniLmEncoder.load(), 50_000);
      tracer = new Tracer(() -> encoder).withMeaningBudget(SourceFinder.MEANING_BUDGET);
      System.out.printf("%nquotetrace bench: %s, %,d documents; %,d articles asked in turn%n", dir,
          index.documents(), articles.size());
    }

    private static Path path(String property) {
      String v = System.getProperty(property);
      if (v == null || !Files.exists(Path.of(v))) {
        throw new IllegalStateException("set -D" + property + " to an existing path"
            + " (bench/run-sources-latency.sh INDEX LABELS); got " + v);
      }
      return Path.of(v);
    }

    Document nextArticle() {
      Document d = articles.get(next);
      next = (next + 1) % articles.size();
      return d;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      index.close();
    }
  }

  @Benchmark
  public SourceFinder.Result rank(Index s) throws IOException {
    Document article = s.nextArticle();
    Extraction found = s.quotes.find(article);
    return s.finder.find(article, found, 5);
  }

  @Benchmark
  public Trace wholeAnswer(Index s) throws IOException {
    Document article = s.nextArticle();
    Extraction found = s.quotes.find(article);
    SourceFinder.Result r = s.finder.find(article, found, 5);
    List<SourceFinder.Candidate> top = SourceFinder.worthTracing(r.candidates(), 3);
    List<Extraction> sources = s.finder.extractions(top);
    return sources.isEmpty() ? null : s.tracer.trace(found, sources);
  }
}
