package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Reading only a quote's shortest runs finds the parents reading every run finds. */
class VariantPrefixTest {
  /**
   * Quotes copied, trimmed and padded from a few hundred statements, with stock trigrams that
   * more than {@link Variants#MAX_POSTINGS} quotes hold (so that speakers' runs and trigrams
   * counted nowhere occur), speakers shared, swapped and missing, and some turns.
   */
  private static Variants.Loaded corpus(long seed, int quotes) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int statements = quotes / 10;
    int[][] said = new int[statements][];
    long[] by = new long[statements];
    for (int s = 0; s < statements; s++) {
      said[s] = new int[2 + rnd.nextInt(28)];
      for (int f = 0; f < said[s].length; f++) {
        said[s][f] = 1_000 + rnd.nextInt(1 << 24);
      }
      by[s] = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(60);
    }
    Variants.Loaded q = new Variants.Loaded(4);
    for (int i = 0; i < quotes; i++) {
      int s = rnd.nextInt(statements);
      TreeSet<Integer> fp = new TreeSet<>();
      double keep = 0.3 + 0.7 * rnd.nextDouble();
      for (int h : said[s]) {
        if (rnd.nextDouble() < keep) {
          fp.add(h);
        }
      }
      int stock = rnd.nextInt(6);
      for (int k = 0; k < stock; k++) {
        fp.add(rnd.nextInt(12)); // a dozen phrases that most quotes share
      }
      int noise = rnd.nextInt(3);
      for (int k = 0; k < noise; k++) {
        fp.add(100 + rnd.nextInt(800)); // half-common phrasing
      }
      long speaker = switch (rnd.nextInt(10)) {
        case 0 -> 0;
        case 1 -> 1 + rnd.nextInt(60);
        default -> by[s];
      };
      int[] f = fp.stream().mapToInt(Integer::intValue).toArray();
      q.add(i, f.length + rnd.nextInt(4), rnd.nextInt(20) == 0 ? Long.MAX_VALUE : rnd.nextLong(400),
          speaker, rnd.nextInt(30) == 0, f);
    }
    q.fpStart[q.size] = q.fpCount;
    return q;
  }

  private static int[] parents(Variants.Loaded q, boolean prefix) {
    int[] parent = new int[q.size];
    Arrays.fill(parent, -1);
    Variants.parents(q, Variants.Postings.build(q, false), Variants.Postings.build(q, true), parent,
        0, 1, i -> "", prefix);
    return parent;
  }

  @Test
  void theShortestRunsAloneFindTheParentsThatEveryRunFinds() {
    for (long seed = 1; seed <= 6; seed++) {
      Variants.Loaded q = corpus(seed, 6_000);
      int[] all = parents(q, false);
      assertTrue(Arrays.stream(all).filter(p -> p >= 0).count() > q.size / 3,
          "the corpus should give most quotes a parent to lose");
      assertArrayEquals(all, parents(q, true), "seed " + seed);
    }
  }

  @Test
  void aQuoteLeavesUnreadOneRunFewerThanAParentMustShare() {
    // Twelve trigrams, all counted: a parent holds six, so five runs may go unread.
    assertEquals(5, Variants.Prefix.skips(12, 0));
    // Three of them counted nowhere: a parent may hold those and meet only three runs.
    assertEquals(2, Variants.Prefix.skips(12, 3));
    // Four more counted only in the speaker's mouth: another speaker's parent meets one rare run.
    assertEquals(0, Variants.Prefix.rareSkips(12, 3, 4));
    // Two trigrams: a parent holds both, so one is enough to read; one trigram must be read.
    assertEquals(1, Variants.Prefix.skips(2, 0));
    assertEquals(0, Variants.Prefix.skips(1, 0));
    // Three trigrams: two are needed (half rounds up, and one shared trigram is never enough).
    assertEquals(1, Variants.Prefix.skips(3, 0));
  }
}
