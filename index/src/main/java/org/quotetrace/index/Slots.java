package org.quotetrace.index;

import java.util.Arrays;

/**
 * Dense numbers 0, 1, 2… for int keys, in the order they are first seen, emptied in time and
 * memory that grow with the keys it holds, not with the range they come from.
 *
 * <p>It stands where an array indexed by document number would: an article's candidates are
 * earlier documents anywhere in the corpus, but few of them, and one array of every document in
 * each part would grow with the corpus (400 MB a task at 100 million documents).
 */
final class Slots {
  private static final int EMPTY = -1;
  // Open addressing with linear probing: the key at each place, and its number there.
  private int[] keys;
  private int[] numbers;
  // By number: the key, and the place it sits at, so that clear() visits only what it holds.
  private int[] byNumber;
  private int[] placeOf;
  private int size;

  Slots() {
    this(64);
  }

  Slots(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    keys = new int[capacity];
    Arrays.fill(keys, EMPTY);
    numbers = new int[capacity];
    byNumber = new int[capacity / 2];
    placeOf = new int[capacity / 2];
  }

  /** The number of {@code key} (not negative), given the next one if it is new. */
  int number(int key) {
    if (key < 0) {
      throw new IllegalArgumentException("key < 0: " + key);
    }
    int mask = keys.length - 1;
    int at = mix(key) & mask;
    while (keys[at] != EMPTY) {
      if (keys[at] == key) {
        return numbers[at];
      }
      at = (at + 1) & mask;
    }
    if (size == byNumber.length) {
      grow();
      return number(key);
    }
    keys[at] = key;
    numbers[at] = size;
    byNumber[size] = key;
    placeOf[size] = at;
    return size++;
  }

  /** The key given number {@code number}. */
  int key(int number) {
    if (number < 0 || number >= size) {
      throw new IndexOutOfBoundsException("number " + number + " of " + size);
    }
    return byNumber[number];
  }

  /** How many keys it holds: they have numbers 0 to size() - 1. */
  int size() {
    return size;
  }

  /** Forgets every key, in time proportional to how many it held. */
  void clear() {
    for (int i = 0; i < size; i++) {
      keys[placeOf[i]] = EMPTY;
    }
    size = 0;
  }

  private static int mix(int key) {
    int x = key * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private void grow() {
    int[] held = Arrays.copyOf(byNumber, size);
    int capacity = keys.length * 2;
    keys = new int[capacity];
    Arrays.fill(keys, EMPTY);
    numbers = new int[capacity];
    byNumber = new int[capacity / 2];
    placeOf = new int[capacity / 2];
    size = 0;
    for (int key : held) {
      number(key);
    }
  }
}
