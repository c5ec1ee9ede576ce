package org.quotetrace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;
import org.quotetrace.meaning.SentenceEncoder;

/**
 * A sentence encoder that counts what reaches the model and what it costs: calls, texts, wall
 * time, the process's CPU (the model's own native threads run outside the calling thread, so its
 * cost is the process's) and the calling thread's. Put it under a cache to see what the cache
 * misses. Not thread-safe: the benchmark tools that use it encode from one thread.
 */
public final class TimedEncoder implements SentenceEncoder {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final SentenceEncoder model;
  private final Consumer<List<String>> each;
  private long calls;
  private long texts;
  private long nanos;
  private long processCpu;
  private long threadCpu;

  /** {@code each} sees the texts of every call that reaches the model (by-caller tallies). */
  public TimedEncoder(SentenceEncoder model, Consumer<List<String>> each) {
    this.model = model;
    this.each = each;
  }

  public TimedEncoder(SentenceEncoder model) {
    this(model, texts -> {});
  }

  @Override
  public float[] encode(String text) {
    return encodeAll(List.of(text)).get(0);
  }

  @Override
  public List<float[]> encodeAll(List<String> given) {
    long wall = System.nanoTime();
    long process = OS.getProcessCpuTime();
    long mine = THREADS.getCurrentThreadCpuTime();
    List<float[]> vectors = model.encodeAll(given);
    processCpu += OS.getProcessCpuTime() - process;
    threadCpu += THREADS.getCurrentThreadCpuTime() - mine;
    nanos += System.nanoTime() - wall;
    texts += given.size();
    calls++;
    each.accept(given);
    return vectors;
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  /** Starts the counts again from zero (after a warm-up). */
  public void reset() {
    calls = 0;
    texts = 0;
    nanos = 0;
    processCpu = 0;
    threadCpu = 0;
  }

  public long calls() {
    return calls;
  }

  public long texts() {
    return texts;
  }

  public long nanos() {
    return nanos;
  }

  public long processCpu() {
    return processCpu;
  }

  public long threadCpu() {
    return threadCpu;
  }
}
