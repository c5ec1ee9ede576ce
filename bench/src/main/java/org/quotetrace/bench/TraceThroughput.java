package org.quotetrace.bench;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.quotetrace.bench.TranscriptGenerator.Kind;
import org.quotetrace.meaning.CachingEncoder;
import org.quotetrace.meaning.MeaningUnavailableException;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.Tracer;

/**
 * Quotes traced per second on one thread against a generated transcript of about 10,000 words
 * ({@link TranscriptGenerator}), the article quoting it with a mix of verbatim, trimmed, edited,
 * reworded and invented quotes. One operation traces one article of {@link #quotes} quotes, so
 * quotes per second is {@code quotes / (ms per op / 1000)} ({@code bench/run-trace-throughput.sh}
 * prints it).
 *
 * <ul>
 *   <li>{@link #warm}: the same article every time. Setup traces it once, so the source's sentence
 *       and clause embeddings and the quotes' own are all in the shared cache: the cost of reading
 *       the source into passages, aligning by words, and comparing cached vectors.
 *   <li>{@link #fresh}: a new article every time, whose reworded and invented quotes were never
 *       embedded before; the source's embeddings are cached (setup traced another article). This
 *       is the cost of a new article against a known transcript.
 *   <li>{@link #wordsOnly}: the warm article with {@link Tracer#lexical()}, the floor without the
 *       model.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class TraceThroughput {

  /** The transcript, the tracers and the warm article, shared by all benchmarks of a trial. */
  @State(Scope.Benchmark)
  public static class Corpus {
    @Param({"40"})
    public int quotes;

    @Param({"10000"})
    public int words;

    TranscriptGenerator generator;
    List<Document> sources;
    Document warmArticle;
    Tracer tracer;
    Tracer lexical;
    final Set<String> seen = new HashSet<>();

    @Setup(Level.Trial)
    public void load() throws MeaningUnavailableException {
      generator = new TranscriptGenerator(20261123L, words);
      sources = List.of(Readers.parse("transcript.txt", generator.text,
          ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT)));
      CachingEncoder encoder = new CachingEncoder(MiniLmEncoder.load(), 50_000);
      tracer = new Tracer(() -> encoder);
      lexical = Tracer.lexical();
      TranscriptGenerator.Article a = generator.article(1, quotes, seen);
      warmArticle = Readers.parse("article.txt", a.text(), ReadOptions.DEFAULTS);
      long t0 = System.nanoTime();
      Trace first = tracer.trace(warmArticle, sources);
      long t1 = System.nanoTime();
      System.out.printf("%nquotetrace bench: transcript of %d words, %d sentences, %d turns;"
              + " article of %d quotes (%d extracted); first trace %.1f s, %d texts embedded%n",
          generator.words, generator.sentences.size(), sources.get(0).turns().size(),
          a.quotes().size(), first.quotes().size(), (t1 - t0) / 1e9, encoder.size());
      System.out.println("quotetrace bench: verdicts by how each quote was made: "
          + tally(a, first));
    }
  }

  /** A new article for every call, its reworded and invented quotes never seen before. */
  @State(Scope.Thread)
  public static class Fresh {
    private long next = 1000;
    TranscriptGenerator.Article made;
    Document article;

    @Setup(Level.Invocation)
    public void next(Corpus c) {
      made = c.generator.article(next++, c.quotes, c.seen);
      article = Readers.parse("article-" + next + ".txt", made.text(), ReadOptions.DEFAULTS);
    }
  }

  static Map<Kind, Map<String, Integer>> tally(TranscriptGenerator.Article a, Trace t) {
    Map<Kind, Map<String, Integer>> out = new EnumMap<>(Kind.class);
    String text = t.article().text();
    for (TranscriptGenerator.ArticleQuote q : a.quotes()) {
      String want = q.text().endsWith(".") ? q.text().substring(0, q.text().length() - 1)
          : q.text();
      String verdict = "not extracted";
      for (TracedQuote tq : t.quotes()) {
        if (tq.quote().text(text).startsWith(want)) {
          verdict = tq.verdict().id();
          break;
        }
      }
      out.computeIfAbsent(q.kind(), k -> new TreeMap<>()).merge(verdict, 1, Integer::sum);
    }
    return out;
  }

  @Benchmark
  public Trace warm(Corpus c) {
    return c.tracer.trace(c.warmArticle, c.sources);
  }

  @Benchmark
  public Trace fresh(Corpus c, Fresh f) {
    return c.tracer.trace(f.article, c.sources);
  }

  @Benchmark
  public Trace wordsOnly(Corpus c) {
    return c.lexical.trace(c.warmArticle, c.sources);
  }
}
