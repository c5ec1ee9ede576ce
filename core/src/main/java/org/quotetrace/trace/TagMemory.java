package org.quotetrace.trace;

import java.util.List;
import java.util.function.Function;
import org.quotetrace.text.BoundedMemory;

/**
 * The tags of the sentences most recently tagged, keyed by their exact words, because the desk
 * traces the same sources again and again and tagging is most of a warm trace's own CPU. The
 * tagger reads nothing but the words, so a remembered answer is the one it would give again.
 * Bounded by words held, not sentences, so that long sentences cannot grow it past a few MB; safe
 * to share between threads, and every answer is a fresh copy.
 */
final class TagMemory {
  private final BoundedMemory<List<String>, String[]> recent;

  TagMemory(Function<String[], String[]> tagger, int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("tag memory must hold at least 1 word, not " + maxWords);
    }
    // The key is a copy of the words: the tagger and the caller never see the array it wraps.
    this.recent = new BoundedMemory<>(
        words -> tagger.apply(words.toArray(new String[0])), List::size, maxWords);
  }

  String[] tags(List<String> sentence) {
    // Every answer is a copy: a caller that changes its tags changes no later answer.
    return recent.get(List.copyOf(sentence)).clone();
  }

  /** Words held now, never above the bound. */
  int words() {
    return (int) recent.weight();
  }

  /** Sentences held now. */
  int size() {
    return recent.size();
  }
}
