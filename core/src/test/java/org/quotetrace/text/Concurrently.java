package org.quotetrace.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;

/**
 * The check the shared memories need: many threads asking at once get what one caller asking
 * alone gets. Each thread starts at another item, so that they ask for the same items at
 * overlapping times and evict one another's.
 */
public final class Concurrently {
  private Concurrently() {}

  /**
   * Runs {@code threads} threads, each asking {@code rounds} times for items {@code 0 … items-1}
   * in turn from its own offset, and fails unless {@code same} holds for every answer.
   */
  public static void assertEveryAnswerAgrees(int threads, int rounds, int items, IntPredicate same)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        runs.add(pool.submit(() -> {
          for (int k = 0; k < rounds; k++) {
            if (!same.test((k + offset) % items)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : runs) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
