package org.quotetrace.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs requests' work a bounded number at a time, each within a time limit. A turn is given back
 * when the work ends, not when its request gives up waiting: tracing cannot be stopped halfway,
 * and counting it until it ends is what keeps the number running at once bounded.
 */
final class Workers implements AutoCloseable {
  private final Semaphore turns;
  private final ExecutorService pool;
  private final Duration limit;

  Workers(int workers, Duration limit) {
    this.turns = new Semaphore(workers, true);
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "desk-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.limit = limit;
  }

  /** The work must not throw checked exceptions other than IOException and InterruptedException. */
  <T> T run(Callable<T> work) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    if (!turns.tryAcquire(limit.toNanos(), TimeUnit.NANOSECONDS)) {
      throw ApiError.unavailable("the server is busy with other requests; try again shortly");
    }
    Future<T> f;
    try {
      f = pool.submit(() -> {
        try {
          return work.call();
        } finally {
          turns.release();
        }
      });
    } catch (RejectedExecutionException e) {
      turns.release();
      throw ApiError.unavailable("the server is shutting down");
    }
    try {
      return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw ApiError.unavailable("the request took longer than " + (limit.toMillis() < 1000
          ? limit.toMillis() + " ms" : limit.toSeconds() + " s") + ", the server's limit; send less text at a time, or try again when it is less busy");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception x) {
        throw x;
      }
      throw (Error) cause;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
