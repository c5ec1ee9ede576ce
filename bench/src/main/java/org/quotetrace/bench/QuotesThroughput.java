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
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

/**
 * Single-thread throughput of the {@code quotes} pipeline over the PolNeAR train articles: decode,
 * build the document, then segment, extract and attribute.
 *
 * <p>One operation is one pass over the whole split, so MB/s is the corpus size divided by the time
 * per operation ({@code bench/run-throughput.sh} prints it). The files' bytes are loaded once in
 * setup: decoding counts, disk I/O does not. {@link #read} measures decoding alone, so that the cost
 * of the quote stages is the difference.
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
  public int quotes(Blackhole bh) {
    int found = 0;
    for (int i = 0; i < contents.length; i++) {
      Extraction ex = finder.find(document(ids[i], contents[i]));
      found += ex.quotes().size();
      bh.consume(ex);
    }
    return found;
  }

  /** Decoding and building the documents only: the floor under {@link #quotes}. */
  @Benchmark
  public void read(Blackhole bh) {
    for (int i = 0; i < contents.length; i++) {
      bh.consume(document(ids[i], contents[i]));
    }
  }

  // What the plain-text reader does with bytes once it has them; switch to the readers' in-memory
  // entry point when it lands on this branch so that their detection work is counted too.
  private static Document document(String id, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return Document.article(id, text);
  }
}
