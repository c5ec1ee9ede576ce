package org.quotetrace.meaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cache in front of the real model; a counting wrapper tells what reached the model. */
class CachingEncoderTest {
  private static MiniLmEncoder model;

  @BeforeAll
  static void loadTheModel() throws MeaningUnavailableException {
    model = MiniLmEncoder.load();
  }

  /** Passes everything to the model and counts the texts it was asked for. */
  private static final class Counting implements SentenceEncoder {
    final AtomicInteger texts = new AtomicInteger();
    final List<List<String>> batches = new ArrayList<>();

    @Override
    public float[] encode(String text) {
      texts.incrementAndGet();
      return model.encode(text);
    }

    @Override
    public synchronized List<float[]> encodeAll(List<String> all) {
      texts.addAndGet(all.size());
      batches.add(List.copyOf(all));
      return model.encodeAll(all);
    }

    @Override
    public int dimension() {
      return model.dimension();
    }
  }

  @Test
  void aRepeatedTextIsEncodedOnceAndGivesIdenticalVectors() {
    Counting counting = new Counting();
    CachingEncoder cache = new CachingEncoder(counting, 100);
    String text = "Russia is a world power. It has influence on the world stage.";
    float[] first = cache.encode(text);
    float[] second = cache.encode(text);
    assertArrayEquals(first, second);
    assertArrayEquals(model.encode(text), first);
    assertEquals(1, counting.texts.get());
    assertEquals(model.dimension(), cache.dimension());
  }

  @Test
  void changingAReturnedVectorLeavesTheCachedOneAlone() {
    CachingEncoder cache = new CachingEncoder(model, 10);
    float[] first = cache.encode("They [Europeans] came here.");
    float[] copy = first.clone();
    first[0] = 42f;
    float[] again = cache.encode("They [Europeans] came here.");
    assertNotSame(first, again);
    assertArrayEquals(copy, again);
  }

  @Test
  void theLeastRecentlyUsedTextIsForgottenAtCapacity() {
    Counting counting = new Counting();
    CachingEncoder cache = new CachingEncoder(counting, 2);
    cache.encode("one");
    cache.encode("two");
    cache.encode("one"); // now "two" is the least recently used
    cache.encode("three"); // evicts "two"
    assertEquals(2, cache.size());
    assertEquals(3, counting.texts.get());
    cache.encode("one");
    assertEquals(3, counting.texts.get());
    cache.encode("two");
    assertEquals(4, counting.texts.get());
  }

  @Test
  void textsAreKeyedExactlyAsGiven() {
    Counting counting = new Counting();
    CachingEncoder cache = new CachingEncoder(counting, 10);
    cache.encode("Russia is a world power.");
    cache.encode("Russia is a world power. ");
    cache.encode("russia is a world power.");
    assertEquals(3, counting.texts.get());
  }

  @Test
  void encodeAllAsksTheModelOnlyForMissingTextsAndOnlyOnce() {
    Counting counting = new Counting();
    CachingEncoder cache = new CachingEncoder(counting, 100);
    cache.encode("known");
    List<String> texts = List.of("new one", "known", "new two", "new one", "");
    List<float[]> all = cache.encodeAll(texts);
    assertEquals(List.of(List.of("new one", "new two", "")), counting.batches);
    for (int i = 0; i < texts.size(); i++) {
      assertArrayEquals(model.encode(texts.get(i)), all.get(i), 1e-6f, "text " + i);
    }
    assertNotSame(all.get(0), all.get(3));
    cache.encodeAll(texts);
    assertEquals(1, counting.batches.size());
  }

  @Test
  void threadsSharingTheCacheGetTheModelsVectors() throws InterruptedException {
    CachingEncoder cache = new CachingEncoder(model, 3);
    List<String> texts = List.of("a first sentence", "a second sentence", "a third sentence",
        "a fourth sentence", "a fifth sentence");
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      int offset = t;
      threads.add(Thread.ofPlatform().start(() -> {
        try {
          for (int i = 0; i < 20; i++) {
            String text = texts.get((i + offset) % texts.size());
            assertArrayEquals(model.encode(text), cache.encode(text), 1e-6f, text);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(List.of(), failures);
    assertEquals(3, cache.size());
  }

  @Test
  void aCapacityBelowOneIsRejectedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CachingEncoder(model, 0));
    assertEquals("cache capacity must be at least 1, not 0", e.getMessage());
  }
}
