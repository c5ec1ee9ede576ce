package org.quotetrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.quotetrace.meaning.MeaningUnavailableException;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;

/**
 * Sentences per second through the all-MiniLM-L6-v2 encoder on one calling thread (ONNX Runtime
 * may still use its own threads inside each run): one at a time, and in batches through {@code
 * encodeAll}. The sentences are those of the two seed files, the kind of text tracing compares.
 *
 * <p>One operation is one sentence, so the score is sentences per second directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class EncoderThroughput {
  /** The seed sentences, repeated to this many so every pass has the same work. */
  static final int SENTENCES = 128;

  @Param({"32"})
  public int batch;

  private MiniLmEncoder encoder;
  private List<String> sentences;

  @Setup(Level.Trial)
  public void load() throws IOException, MeaningUnavailableException {
    Path seeds = SharedData.root().resolve("seeds");
    List<String> found = new ArrayList<>();
    try (var files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file);
        for (Span s : Segmenter.segment(text).sentences()) {
          String sentence = s.of(text).toString().strip();
          if (!sentence.isEmpty()) {
            found.add(sentence);
          }
        }
      }
    }
    if (found.isEmpty()) {
      throw new IOException("no seed sentences in " + seeds + "; set -Dquotetrace.shared=DIR");
    }
    sentences = new ArrayList<>(SENTENCES);
    for (int i = 0; i < SENTENCES; i++) {
      sentences.add(found.get(i % found.size()));
    }
    double chars = sentences.stream().mapToInt(String::length).average().orElse(0);
    System.out.printf("%nquotetrace bench: %d seed sentences (%d distinct), %.0f characters on average%n",
        SENTENCES, Math.min(found.size(), SENTENCES), chars);
    encoder = MiniLmEncoder.load();
  }

  /** One {@code encode} call per sentence. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void single(Blackhole bh) {
    for (String s : sentences) {
      bh.consume(encoder.encode(s));
    }
  }

  /** {@code encodeAll} over batches of {@link #batch} sentences. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void batched(Blackhole bh) {
    for (int from = 0; from < sentences.size(); from += batch) {
      bh.consume(encoder.encodeAll(sentences.subList(from, Math.min(sentences.size(), from + batch))));
    }
  }
}
