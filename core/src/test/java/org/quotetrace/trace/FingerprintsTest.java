package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
  @Test
  void spellingNumberFormsAndCaseGiveTheSameHashes() {
    long[] a = Fingerprints.shingles(Fingerprints.stems("They will COLONISE four thousand acres", 0, 38), 3);
    String b = "they'll colonize 4,000 acres";
    long[] c = Fingerprints.shingles(Fingerprints.stems(b, 0, b.length()), 3);
    assertArrayEquals(a, c);
  }

  @Test
  void bracketedWordsAreLeftOut() {
    assertArrayEquals(new String[] {"they", "built", "a", "wall"},
        Fingerprints.stems("They [Europeans] built a wall", 0, 29));
  }

  @Test
  void hashesAreFixedAcrossRunsAndMachines() {
    // Stored in indexes: a change here needs a new index format.
    assertEquals(Fingerprints.hash("levi"), Fingerprints.hash(new String("levi")));
    assertEquals(464_526_020_500_779_132L, Fingerprints.hash("levi"));
  }

  @Test
  void aShortTextGivesOneShingleAndNoWordsNone() {
    assertEquals(1, Fingerprints.shingles(new String[] {"a", "b"}, 3).length);
    assertEquals(0, Fingerprints.shingles(new String[0], 3).length);
  }

  @Test
  void winnowingKeepsAHashOfEverySharedRunOfAWindow() {
    String shared = "the regulator agrees that the levy is fair and lawful in every respect";
    String one = "Yesterday in parliament she said " + shared + " and sat down";
    String two = shared + ", the minister insisted on the radio";
    long[] w1 = Fingerprints.winnow(Fingerprints.shingles(Fingerprints.stems(one, 0, one.length()), 3), 4);
    long[] w2 = Fingerprints.winnow(Fingerprints.shingles(Fingerprints.stems(two, 0, two.length()), 3), 4);
    Set<Long> s1 = new HashSet<>();
    for (long h : w1) {
      s1.add(h);
    }
    assertTrue(Arrays.stream(w2).anyMatch(s1::contains));
    long[] all = Fingerprints.shingles(Fingerprints.stems(one, 0, one.length()), 3);
    assertTrue(w1.length < all.length, "winnowing keeps fewer hashes than there are");
  }
}
