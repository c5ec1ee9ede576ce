package org.quotetrace.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.quotetrace.attribution.AttributionFinder;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteAttributions;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;

/**
 * Single-thread throughput of attribution finding over the PolNeAR train articles, the sibling of
 * {@link QuotesThroughput}: one operation is one pass over the split, so MB/s is the corpus size
 * divided by the time per operation ({@code bench/run-attributions-throughput.sh} prints it).
 * {@link #attributions} labels decoded texts only; {@link #quotesWithAttributions} is what
 * {@code quotetrace quotes} now does for each document: read, extract quotes, find attributions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class AttributionsThroughput {
  private String[] ids;
  private byte[][] contents;
  private String[] texts;
  private QuoteFinder quotes;
  private AttributionFinder attributions;

  @Setup(Level.Trial)
  public void load() throws IOException {
    List<Path> files = SharedData.texts("train");
    ids = new String[files.size()];
    contents = new byte[files.size()][];
    texts = new String[files.size()];
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      ids[i] = files.get(i).getFileName().toString();
      contents[i] = Files.readAllBytes(files.get(i));
      texts[i] = new String(contents[i], StandardCharsets.UTF_8);
      total += contents[i].length;
    }
    quotes = new QuoteFinder();
    attributions = AttributionFinder.shipped();
    System.out.printf("%nquotetrace bench: %d files, %d bytes from %s%n", ids.length, total,
        files.get(0).getParent());
  }

  /** The sequence model and assembly alone, on decoded text. Returns the attribution count. */
  @Benchmark
  public int attributions(Blackhole bh) {
    int found = 0;
    for (String text : texts) {
      var a = attributions.find(text);
      found += a.size();
      bh.consume(a);
    }
    return found;
  }

  /** The {@code quotes} command's work per document: read, quotes and speakers, attributions. */
  @Benchmark
  public int quotesWithAttributions(Blackhole bh) throws ReadException {
    int found = 0;
    for (int i = 0; i < contents.length; i++) {
      Document doc = Readers.read(ids[i], contents[i], ReadOptions.DEFAULTS);
      Extraction ex = quotes.find(doc);
      var a = QuoteAttributions.complete(ex, attributions.find(doc.text()));
      found += ex.quotes().size() + a.size();
      bh.consume(ex);
      bh.consume(a);
    }
    return found;
  }
}
