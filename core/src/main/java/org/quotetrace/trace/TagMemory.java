package org.quotetrace.trace;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The tags of the sentences most recently tagged, keyed by their exact words, because the desk
 * traces the same sources again and again and tagging is most of a warm trace's own CPU. The
 * tagger reads nothing but the words, so a remembered answer is the one it would give again.
 * Bounded by words held, not sentences, so that long sentences cannot grow it past a few MB; safe
 * to share between threads, and every answer is a fresh copy.
 */
final class TagMemory {
  private final Function<String[], String[]> tagger;
  private final int maxWords;
  private final LinkedHashMap<List<String>, String[]> recent = new LinkedHashMap<>(64, 0.75f, true);
  private int words;

  TagMemory(Function<String[], String[]> tagger, int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("tag memory must hold at least 1 word, not " + maxWords);
    }
    this.tagger = tagger;
    this.maxWords = maxWords;
  }

  String[] tags(List<String> sentence) {
    String[] asked = sentence.toArray(new String[0]);
    List<String> key = Arrays.asList(asked);
    String[] known;
    synchronized (recent) {
      known = recent.get(key);
    }
    if (known != null) {
      return known.clone();
    }
    // Tagged outside the lock: two threads may tag the same new sentence, to the same tags.
    String[] tags = tagger.apply(asked.clone());
    if (asked.length <= maxWords) {
      synchronized (recent) {
        String[] before = recent.put(key, tags.clone());
        if (before != null) {
          words -= before.length;
        }
        words += asked.length;
        var eldest = recent.entrySet().iterator();
        while (words > maxWords) {
          Map.Entry<List<String>, String[]> e = eldest.next();
          words -= e.getKey().size();
          eldest.remove();
        }
      }
    }
    return tags;
  }

  /** Words held now, never above the bound. */
  int words() {
    synchronized (recent) {
      return words;
    }
  }

  /** Sentences held now. */
  int size() {
    synchronized (recent) {
      return recent.size();
    }
  }
}
