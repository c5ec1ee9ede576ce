package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
  /** Invented words, and as many others of the same letters, many of them sharing filter bits. */
  private static List<String> words(int count, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      StringBuilder b = new StringBuilder();
      for (int len = 1 + r.nextInt(8); len > 0; len--) {
        b.append((char) ('a' + r.nextInt(26)));
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void noGivenNameIsListedForBothSexes() {
    // An ambiguous name (Jordan, Robin) must not decide whether "he" or "she" can stand for it.
    for (String w : Lexicon.FEMALE_NAMES_WIDE) {
      assertFalse(Lexicon.MALE_NAMES.contains(w) || Lexicon.MALE_NAMES_WIDE.contains(w), w);
    }
    for (String w : Lexicon.MALE_NAMES_WIDE) {
      assertFalse(Lexicon.FEMALE_NAMES.contains(w), w);
    }
    for (String w : Lexicon.FEMALE_NAMES) {
      assertFalse(Lexicon.MALE_NAMES.contains(w), w);
    }
  }

  @Test
  void aFilteredWordListHoldsExactlyItsWords() {
    List<String> in = words(20_000, 1);
    Set<String> plain = Set.copyOf(in);
    Set<String> filtered = new Lexicon.WordSet(in);
    assertEquals(plain, filtered);
    for (String w : words(200_000, 2)) {
      assertEquals(plain.contains(w), filtered.contains(w), w);
    }
    assertThrows(NullPointerException.class, () -> filtered.contains(null));
  }

  @Test
  void aFilteredWordMapGivesEachWordsValueAndNullForOthers() {
    Map<String, Float> plain = new HashMap<>();
    List<String> in = words(20_000, 3);
    for (int k = 0; k < in.size(); k++) {
      plain.put(in.get(k), (float) k);
    }
    Lexicon.WordMap<Float> filtered = new Lexicon.WordMap<>(plain);
    for (String w : words(200_000, 4)) {
      assertEquals(plain.get(w), filtered.get(w), w);
    }
  }
}
