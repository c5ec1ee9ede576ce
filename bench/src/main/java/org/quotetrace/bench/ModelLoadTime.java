package org.quotetrace.bench;

import java.lang.management.ManagementFactory;
import org.quotetrace.meaning.MeaningUnavailableException;
import org.quotetrace.meaning.MiniLmEncoder;

/**
 * Cold start of the sentence-embedding model: run in a fresh JVM, it prints how long the JVM took
 * to reach main, how long loading took, and the time from JVM start to the first vector, in ms.
 * {@code bench/run-meaning.sh} runs it several times and adds the wall time of the whole process.
 */
public final class ModelLoadTime {
  private ModelLoadTime() {}

  public static void main(String[] args) throws MeaningUnavailableException {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainAt = System.currentTimeMillis();
    long t0 = System.nanoTime();
    MiniLmEncoder encoder = MiniLmEncoder.load();
    long loaded = System.nanoTime();
    float[] v = encoder.encode("Russia is a world power. It has influence on the world stage.");
    long first = System.nanoTime();
    long total = mainAt - jvmStart + (first - t0) / 1_000_000;
    System.out.printf("jvm-to-main %d ms, load %d ms, first vector %.1f ms, jvm-start-to-first-vector %d ms (dimension %d)%n",
        mainAt - jvmStart, (loaded - t0) / 1_000_000, (first - loaded) / 1e6, total, v.length);
  }
}
