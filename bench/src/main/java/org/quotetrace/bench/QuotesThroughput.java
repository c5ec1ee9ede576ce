package org.quotetrace.bench;

import java.io.IOException;
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
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;

/**
 * Single-thread throughput of the {@code quotes} pipeline over the PolNeAR train articles: read
 * (decode, detect the format and kind, build the document), then segment, extract and attribute.
 *
 * <p>One operation is one pass over the whole split, so MB/s is the corpus size divided by the time
 * per operation ({@code bench/run-throughput.sh} prints it). The files' bytes are loaded once in
 * setup and read with {@link Readers#read(String, byte[], ReadOptions)}, as {@code quotetrace
 * quotes} reads them with default options: reading counts, disk I/O does not. {@link #read}
 * measures reading alone, so that the cost of the quote stages is the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class QuotesThroughput {
  private String[] ids;
  private byte[][] contents;
  private QuoteFinder finder;

  @Setup(Level.Trial)
  public void load() throws IOException {
    List<Path> files = SharedData.texts("train");
    ids = new String[files.size()];
    contents = new byte[files.size()][];
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      ids[i] = files.get(i).getFileName().toString();
      contents[i] = Files.readAllBytes(files.get(i));
      total += contents[i].length;
    }
    finder = new QuoteFinder();
    System.out.printf("%nquotetrace bench: %d files, %d bytes from %s%n", ids.length, total,
        files.get(0).getParent());
  }

  /** The whole pipeline: decode, document, quotes and speakers. Returns the quote count. */
  @Benchmark
  public int quotes(Blackhole bh) throws ReadException {
    int found = 0;
    for (int i = 0; i < contents.length; i++) {
      Extraction ex = finder.find(Readers.read(ids[i], contents[i], ReadOptions.DEFAULTS));
      found += ex.quotes().size();
      bh.consume(ex);
    }
    return found;
  }

  /** Reading into documents only: the floor under {@link #quotes}. */
  @Benchmark
  public void read(Blackhole bh) throws ReadException {
    for (int i = 0; i < contents.length; i++) {
      bh.consume(Readers.read(ids[i], contents[i], ReadOptions.DEFAULTS));
    }
  }
}
