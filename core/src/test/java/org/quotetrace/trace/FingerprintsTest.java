package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
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

  // Guards the fast path of Stemmed.of: it must give the forms, spans and hashes Words gives,
  // which indexes hold, including where words join their neighbours.
  @Test
  void aWholeTextStemmedAtOnceGivesWhatItsWordsGiveOneByOne() {
    String[] vocabulary = {"the", "a", "and", "am", "pm", "a.m.", "p", "m", "per", "cent", "per cent",
        "%", "£", "$", "€", "£3.4", "$5", "4,000", "2.30am", "2:30", "12:30", "9.15", "one", "two",
        "hundred", "thousand", "million", "five", "twenty", "I'm", "we're", "can't", "it's",
        "countries'", "O'Brien", "colonise", "Colour", "travelled", "[", "]", "[four]", "said",
        "cannot", "let's", ",", ".", "\"", "“", "’s", "Minister’s", "10", "3", "x", "£3.4m", "10cm",
        "4bn", "200m"};
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 5_000; k++) {
      StringBuilder b = new StringBuilder();
      int words = random.nextInt(1, 25);
      for (int i = 0; i < words; i++) {
        b.append(vocabulary[random.nextInt(vocabulary.length)]);
        b.append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = b.toString();
      Fingerprints.Stemmed stemmed = Fingerprints.Stemmed.of(text);
      String[] expected = Fingerprints.stems(text, 0, text.length());
      assertArrayEquals(expected, stemmed.all(), text);
      assertArrayEquals(Fingerprints.shingles(expected, 3), stemmed.shingles(3), text);
      int from = random.nextInt(text.length() + 1);
      int to = random.nextInt(from, text.length() + 1);
      String[] slice = stemmed.slice(from, to);
      assertEquals(slice.length, stemmed.count(from, to), text);
      assertArrayEquals(Fingerprints.shingles(slice, 3), stemmed.shingles(from, to, 3), text);
    }
  }

  // Guards the word table's layout (a word's first eight characters kept with its key, the rest
  // apart): words that share their first eight characters, words of eight and of nine, case and
  // accents, and more distinct words than the table holds, whose later ones are looked up
  // elsewhere, all give the forms, spans and hashes Words gives.
  @Test
  void wordsSharingTheirFirstCharactersAndMoreThanTheTableHoldsGiveWhatWordsGives() {
    String[] starts = {"internat", "Internat", "INTERNAT", "naïveté", "cafés", "colonis", "a", "ab",
        "abcdefgh", "abcdefg", "Ünterwal", "12", "per"};
    String letters = "aeioustrnlcdyzé";
    SplittableRandom random = new SplittableRandom(17);
    for (int k = 0; k < 2_500; k++) {
      StringBuilder b = new StringBuilder();
      int words = random.nextInt(1, 40);
      for (int i = 0; i < words; i++) {
        b.append(starts[random.nextInt(starts.length)]);
        int more = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 12);
        for (int j = 0; j < more; j++) {
          b.append(letters.charAt(random.nextInt(letters.length())));
        }
        b.append(' ');
      }
      String text = b.toString();
      Fingerprints.Stemmed stemmed = Fingerprints.Stemmed.of(text);
      String[] expected = Fingerprints.stems(text, 0, text.length());
      long[] hashes = new long[expected.length];
      for (int i = 0; i < expected.length; i++) {
        hashes[i] = Fingerprints.hash(expected[i]);
      }
      assertArrayEquals(hashes, stemmed.hashes(), text);
      assertArrayEquals(Fingerprints.shingles(expected, 3), stemmed.shingles(3), text);
      // A slice asked for first fetches the stems the table kept.
      assertArrayEquals(expected, stemmed.slice(0, text.length()), text);
      assertArrayEquals(expected, stemmed.all(), text);
    }
  }

  @Test
  void aQuoteSliceHoldsTheWordsWhollyInsideIt() {
    String text = "He said: \"We will build 4,000 homes\" on Monday.";
    Fingerprints.Stemmed stemmed = Fingerprints.Stemmed.of(text);
    int from = text.indexOf("We");
    int to = text.indexOf("homes") + "homes".length();
    assertArrayEquals(new String[] {"we", "will", "build", "4000", "home"}, stemmed.slice(from, to));
    assertEquals(5, stemmed.count(from, to));
    assertEquals(0, stemmed.count(from + 1, from + 2));
  }
}
