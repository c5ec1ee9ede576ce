package org.quotetrace.meaning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the texts most recently asked for, because tracing compares the same
 * quote and source sentences again and again. Texts are keyed exactly as given, with no
 * normalisation, so a cached vector is always the one the encoder would return.
 *
 * <p>Safe to share between threads. Two threads asking for the same new text at once may both
 * encode it; the result is the same. Every call returns a fresh copy, so a caller that changes a
 * vector changes no one else's.
 */
public final class CachingEncoder implements SentenceEncoder {
  private final SentenceEncoder delegate;
  private final Map<String, float[]> recent;

  /**
   * @param capacity how many texts to remember; each costs about {@code 4 * dimension} bytes plus
   *     the text
   */
  public CachingEncoder(SentenceEncoder delegate, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("cache capacity must be at least 1, not " + capacity);
    }
    this.delegate = delegate;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public float[] encode(String text) {
    float[] vector = lookUp(text);
    if (vector == null) {
      vector = delegate.encode(text);
      remember(text, vector);
    }
    return vector.clone();
  }

  @Override
  public List<float[]> encodeAll(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    synchronized (recent) {
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        if (text == null) {
          throw new NullPointerException("text " + i + " of " + texts.size() + " is null");
        }
        float[] vector = recent.get(text);
        if (vector != null) {
          vectors[i] = vector.clone();
        } else {
          missing.add(text);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<String> asked = new ArrayList<>(missing);
      List<float[]> found = delegate.encodeAll(asked);
      Map<String, float[]> byText = new LinkedHashMap<>();
      for (int j = 0; j < asked.size(); j++) {
        byText.put(asked.get(j), found.get(j));
      }
      synchronized (recent) {
        recent.putAll(byText);
      }
      for (int i = 0; i < vectors.length; i++) {
        if (vectors[i] == null) {
          vectors[i] = byText.get(texts.get(i)).clone();
        }
      }
    }
    return List.of(vectors);
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  /** How many texts are remembered now. */
  public int size() {
    synchronized (recent) {
      return recent.size();
    }
  }

  private float[] lookUp(String text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    synchronized (recent) {
      return recent.get(text);
    }
  }

  private void remember(String text, float[] vector) {
    synchronized (recent) {
      recent.put(text, vector);
    }
  }
}
