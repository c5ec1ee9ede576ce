package org.quotetrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoryTest {
  @Test
  void aKeyAskedAgainIsAnsweredFromMemoryWithoutComputingAgain() {
    List<String> computed = new ArrayList<>();
    BoundedMemory<String, Integer> memory =
        new BoundedMemory<>(k -> { computed.add(k); return k.length(); }, String::length, 100);
    assertEquals(5, memory.get("bread"));
    assertEquals(5, memory.get("bread"));
    assertEquals(List.of("bread"), computed);
  }

  @Test
  void theKeyAskedLeastRecentlyGoesFirstOnceTheWeightPassesTheBound() {
    List<String> computed = new ArrayList<>();
    BoundedMemory<String, Integer> memory =
        new BoundedMemory<>(k -> { computed.add(k); return k.length(); }, String::length, 10);
    memory.get("ferry");
    memory.get("tolls");
    memory.get("ferry");
    memory.get("quays");
    assertEquals(10, memory.weight());
    memory.get("ferry");
    memory.get("tolls");
    assertEquals(List.of("ferry", "tolls", "quays", "tolls"), computed);
  }

  @Test
  void aKeyHeavierThanTheWholeBoundIsAnsweredAndNotHeld() {
    BoundedMemory<String, Integer> memory = new BoundedMemory<>(String::length, String::length, 4);
    assertEquals(9, memory.get("harbourer"));
    assertEquals(0, memory.size());
    assertEquals(0, memory.weight());
    assertThrows(IllegalArgumentException.class,
        () -> new BoundedMemory<String, Integer>(String::length, String::length, 0));
  }
}
