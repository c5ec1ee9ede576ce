package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The postings variant grouping builds range by range are those of one sort of every pair. */
class VariantPostingsTest {
  /** The definition: every (key, quote) pair in one array, sorted once. */
  private static int[][] byOneSort(Variants.Loaded q, boolean bySpeaker) {
    long[] pairs = new long[q.fpCount];
    int k = 0;
    for (int i = 0; i < q.size; i++) {
      if (bySpeaker && q.speaker[i] == 0) {
        continue;
      }
      for (int f = q.fpStart[i]; f < q.fpStart[i + 1]; f++) {
        int key = bySpeaker ? Variants.Postings.bySpeaker(q.fps[f], q.speaker[i]) : q.fps[f];
        pairs[k++] = (long) key << 32 | i;
      }
    }
    pairs = Arrays.copyOf(pairs, k);
    Arrays.sort(pairs);
    int[] hashes = new int[k];
    int[] start = new int[k + 1];
    int[] members = new int[k];
    int distinct = 0;
    for (int j = 0; j < k; j++) {
      int h = (int) (pairs[j] >> 32);
      if (distinct == 0 || hashes[distinct - 1] != h) {
        hashes[distinct] = h;
        start[distinct++] = j;
      }
      members[j] = (int) pairs[j];
    }
    start[distinct] = k;
    return new int[][] {Arrays.copyOf(hashes, distinct), Arrays.copyOf(start, distinct + 1), members};
  }

  private static Variants.Loaded random(long seed, int quotes, int spread) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Variants.Loaded q = new Variants.Loaded(4);
    for (int i = 0; i < quotes; i++) {
      int[] fp = new int[rnd.nextInt(12)];
      for (int f = 0; f < fp.length; f++) {
        // Some keys everywhere in int range, many shared, and the edges of every range.
        fp[f] = switch (rnd.nextInt(4)) {
          case 0 -> rnd.nextInt();
          case 1 -> rnd.nextInt(spread) - spread / 2;
          case 2 -> (rnd.nextInt(16) << 28) + rnd.nextInt(3) - 1;
          default -> rnd.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        };
      }
      long speaker = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(40) + 1;
      q.add(i * 2, fp.length + 3, rnd.nextLong(1_000), speaker, rnd.nextInt(5) == 0, fp);
    }
    q.fpStart[q.size] = q.fpCount;
    return q;
  }

  @Test
  void postingsBuiltOneRangeOfKeysAtATimeAreThoseOfOneSortOfEveryPair() {
    int checked = 0;
    for (long seed = 1; seed <= 30; seed++) {
      Variants.Loaded q = random(seed, (int) (seed * 97), 50);
      for (boolean bySpeaker : new boolean[] {false, true}) {
        int[][] want = byOneSort(q, bySpeaker);
        Variants.Postings got = Variants.Postings.build(q, bySpeaker);
        assertArrayEquals(want[0], got.hashes, "hashes, seed " + seed);
        assertArrayEquals(want[1], got.start, "starts, seed " + seed);
        assertArrayEquals(want[2], got.members, "members, seed " + seed);
        checked += got.members.length;
      }
    }
    assertTrue(checked > 100_000, "pairs checked: " + checked);
  }

  @Test
  void theRangesOfKeysFollowIntOrder() {
    int[] keys = {Integer.MIN_VALUE, -1 << 28, -1, 0, 1, 1 << 28, Integer.MAX_VALUE};
    for (int i = 1; i < keys.length; i++) {
      assertTrue(Variants.Postings.part(keys[i - 1]) <= Variants.Postings.part(keys[i]),
          keys[i - 1] + " then " + keys[i]);
    }
  }
}
