package org.quotetrace.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The answers of a pure function to the keys most recently asked, bounded by the keys' weight
 * (words, characters) rather than their number, so that a few long keys cannot grow it past its
 * budget. A key heavier than the whole budget is answered and not held. Safe to share between
 * threads: the function runs outside the lock, so two threads may compute the same new answer,
 * which is the same answer.
 */
public final class BoundedMemory<K, V> {
  private final Function<K, V> compute;
  private final ToLongFunction<K> weight;
  private final long maxWeight;
  private final LinkedHashMap<K, V> recent = new LinkedHashMap<>(16, 0.75f, true);
  private long held;

  /**
   * @param compute the function remembered; it must give equal answers to equal keys
   * @param weight a key's weight, at least 0
   * @param maxWeight the weight held at most, at least 1
   */
  public BoundedMemory(Function<K, V> compute, ToLongFunction<K> weight, long maxWeight) {
    if (maxWeight < 1) {
      throw new IllegalArgumentException("a memory must hold a weight of at least 1, not " + maxWeight);
    }
    this.compute = compute;
    this.weight = weight;
    this.maxWeight = maxWeight;
  }

  /** The answer to {@code key}, remembered or computed now. Keys must not change once asked. */
  public V get(K key) {
    V known;
    synchronized (recent) {
      known = recent.get(key);
    }
    if (known != null) {
      return known;
    }
    V answer = compute.apply(key);
    long w = weight.applyAsLong(key);
    if (w <= maxWeight) {
      synchronized (recent) {
        if (recent.put(key, answer) == null) {
          held += w;
        }
        var eldest = recent.entrySet().iterator();
        while (held > maxWeight) {
          Map.Entry<K, V> e = eldest.next();
          held -= weight.applyAsLong(e.getKey());
          eldest.remove();
        }
      }
    }
    return answer;
  }

  /** The weight held now, never above the bound. */
  public long weight() {
    synchronized (recent) {
      return held;
    }
  }

  /** Keys held now. */
  public int size() {
    synchronized (recent) {
      return recent.size();
    }
  }
}
