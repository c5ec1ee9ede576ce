package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeekTest {
  @Test
  void seekingSortedKeysInOrderFindsWhatABinarySearchOfTheWholeArrayFinds() {
    Random r = new Random(11);
    for (int round = 0; round < 500; round++) {
      long[] have = distinctSorted(r, r.nextInt(3000), r);
      long[] want = distinctSorted(r, r.nextInt(60), r);
      // Some keys the array holds, so that both hits and misses are asked for.
      for (int i = 0; i < want.length && have.length > 0; i += 2) {
        want[i] = have[r.nextInt(have.length)];
      }
      want = Arrays.stream(want).distinct().sorted().toArray();
      int at = 0;
      for (long key : want) {
        at = SourceFinder.seek(have, at, key);
        int expected = Arrays.binarySearch(have, key);
        int insertion = expected >= 0 ? expected : -expected - 1;
        assertEquals(insertion, at, "key " + key + " in round " + round);
      }
    }
  }

  private static long[] distinctSorted(Random r, int n, Random values) {
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      // Narrow values now and then, so that neighbours and duplicates are tried too.
      a[i] = r.nextBoolean() ? values.nextLong() : values.nextInt(5000) - 2500;
    }
    return Arrays.stream(a).distinct().sorted().toArray();
  }
}
