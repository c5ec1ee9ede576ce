package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbering an article's candidate documents in the order met, and forgetting them after. */
class SlotsTest {
  @Test
  void keysAreNumberedInTheOrderFirstSeenAndKeepTheirNumbers() {
    Slots slots = new Slots();
    assertEquals(0, slots.number(900_000));
    assertEquals(1, slots.number(3));
    assertEquals(0, slots.number(900_000));
    assertEquals(2, slots.number(0));
    assertEquals(1, slots.number(3));
    assertEquals(3, slots.size());
    assertEquals(900_000, slots.key(0));
    assertEquals(3, slots.key(1));
    assertEquals(0, slots.key(2));
  }

  @Test
  void numbersSurviveTheTableGrowingAndAClearStartsThemAgainFromZero() {
    Slots slots = new Slots(4);
    Random random = new Random(7);
    for (int round = 0; round < 3; round++) {
      Map<Integer, Integer> expected = new HashMap<>();
      for (int i = 0; i < 5_000; i++) {
        int key = random.nextInt(2_000_000);
        Integer had = expected.putIfAbsent(key, expected.size());
        assertEquals(had == null ? expected.size() - 1 : had, slots.number(key));
      }
      assertEquals(expected.size(), slots.size());
      expected.forEach((key, number) -> assertEquals(key, slots.key(number)));
      slots.clear();
      assertEquals(0, slots.size());
    }
    assertEquals(0, slots.number(17));
  }

  @Test
  void aNegativeKeyOrANumberNotGivenIsRefused() {
    Slots slots = new Slots();
    slots.number(5);
    assertEquals("key < 0: -1",
        assertThrows(IllegalArgumentException.class, () -> slots.number(-1)).getMessage());
    assertEquals("number 1 of 1",
        assertThrows(IndexOutOfBoundsException.class, () -> slots.key(1)).getMessage());
  }
}
