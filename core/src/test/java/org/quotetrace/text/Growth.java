package org.quotetrace.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import java.util.function.Consumer;

/**
 * The check issue 12 asks of every stage on hostile input: four times the input takes less than
 * eight times as long, both measured in one run. Linear work takes four times as long and
 * quadratic work sixteen: eight lies halfway between them on a log scale, so that neither a busy
 * machine (which measured 6-7 times on linear stages with five other builds running) nor a
 * quadratic stage lands on the wrong side; the input is sized so that the small run takes 50 ms or more, above timer and
 * scheduling noise, and each size is timed as the best of five, in turns, after a warm-up.
 *
 * <p>Time is the calling thread's CPU time where the JVM measures it: on a machine shared by many
 * builds, wall time also counts the slices the scheduler gave to others, which made a linear stage
 * look super-linear now and then. The collector's threads are not counted either way round.
 */
public final class Growth {
  private Growth() {}

  /** Fails when {@code stage} on {@code input(4n)} takes eight times its time on {@code input(n)}. */
  public static <T> void assertLinear(String what, int n, IntFunction<T> input, Consumer<T> stage) {
    T small = input.apply(n);
    T large = input.apply(4 * n);
    // Warm up until the compiler is done with the stage: the first runs are interpreted. Then the
    // two sizes take turns, so that a busy machine slows both alike.
    long warm = System.nanoTime();
    for (int k = 0; k < 12 && System.nanoTime() - warm < 3_000_000_000L; k++) {
      stage.accept(small);
    }
    stage.accept(large);
    stage.accept(large);
    long t1 = Long.MAX_VALUE;
    long t4 = Long.MAX_VALUE;
    for (int k = 0; k < 5; k++) {
      t1 = Math.min(t1, time(small, stage));
      t4 = Math.min(t4, time(large, stage));
    }
    long small1 = t1;
    long large4 = t4;
    assertTrue(t4 < 8 * Math.max(t1, 50_000_000L), () -> what + ": " + n + " took "
        + small1 / 1_000_000 + " ms, four times as much took " + large4 / 1_000_000 + " ms");
  }

  /** {@code n} characters of {@code pieces} drawn at random (seeded), the hostile inputs' shape. */
  public static String mix(int n, long seed, String... pieces) {
    java.util.Random random = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder(n + 16);
    while (sb.length() < n) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.substring(0, n);
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static <T> long time(T input, Consumer<T> stage) {
    long t = now();
    stage.accept(input);
    return now() - t;
  }

  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
