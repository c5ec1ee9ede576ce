package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Concurrently;
import org.quotetrace.text.Span;

/** Attributions remembered by text: the finder's own answers, within a bound of text held. */
class RememberedAttributionsTest {
  private static final List<String> TEXTS = List.of(
      "The mayor told reporters on Tuesday that the bridge would reopen in May.",
      "\u201CWe are not going to close the library,\u201D the councillor said.",
      "According to the harbour master, the ferry will sail at dawn.",
      "She said the orchard had never made a profit. The board disagreed.");

  /** One attribution over the whole text, counting the texts it is asked about. */
  private static RememberedAttributions counting(AtomicInteger asked, long maxChars) {
    return new RememberedAttributions(text -> {
      asked.incrementAndGet();
      List<Attribution> out = new ArrayList<>();
      out.add(new Attribution(new Span(0, text.length()), null, null, Form.INDIRECT));
      return out;
    }, maxChars);
  }

  @Test
  void rememberedAttributionsAreTheShippedFindersOwnForTheSameText() {
    AttributionFinder finder = AttributionFinder.shipped();
    for (int round = 0; round < 3; round++) {
      for (String text : TEXTS) {
        assertEquals(finder.find(text), RememberedAttributions.shipped().apply(text), text);
      }
    }
  }

  @Test
  void aTextAskedAgainIsNotLabelledAgain() {
    AtomicInteger asked = new AtomicInteger();
    RememberedAttributions memory = counting(asked, 1_000);
    memory.apply("The pier is closed, they said.");
    memory.apply("The pier is open, they said.");
    assertEquals(1, memory.apply("The pier is closed, they said.").size());
    assertEquals(2, asked.get());
  }

  @Test
  void theTextHeldNeverPassesTheBoundAndTheLeastRecentlyAskedGoesFirst() {
    AtomicInteger asked = new AtomicInteger();
    RememberedAttributions memory = counting(asked, 25);
    memory.apply("aaaaaaaaaa");
    memory.apply("bbbbbbbbbb");
    memory.apply("aaaaaaaaaa");
    memory.apply("cccccccccc");
    assertTrue(memory.chars() <= 25, memory.chars() + " characters held");
    assertEquals(2, memory.size());
    int before = asked.get();
    memory.apply("aaaaaaaaaa");
    assertEquals(before, asked.get(), "the text asked most recently is still held");
    memory.apply("bbbbbbbbbb");
    assertEquals(before + 1, asked.get(), "the text asked least recently was let go");
    assertTrue(memory.chars() <= 25, memory.chars() + " characters held");
  }

  @Test
  void aTextLongerThanTheBoundIsLabelledButNotHeld() {
    AtomicInteger asked = new AtomicInteger();
    RememberedAttributions memory = counting(asked, 5);
    memory.apply("longer than five");
    memory.apply("longer than five");
    assertEquals(2, asked.get());
    assertEquals(0, memory.chars());
  }

  @Test
  void anAnswerCannotBeChangedByItsCaller() {
    RememberedAttributions memory = counting(new AtomicInteger(), 100);
    List<Attribution> found = memory.apply("The quay floods, he said.");
    assertThrows(UnsupportedOperationException.class, () -> found.clear());
    assertEquals(1, memory.apply("The quay floods, he said.").size());
  }

  @Test
  void threadsSharingTheMemoryGetTheSameAttributionsAsOneThreadAlone() throws Exception {
    AttributionFinder finder = AttributionFinder.shipped();
    List<List<Attribution>> alone = new ArrayList<>();
    for (String text : TEXTS) {
      alone.add(finder.find(text));
    }
    RememberedAttributions memory = new RememberedAttributions(finder::find, 150);
    Concurrently.assertEveryAnswerAgrees(8, 40, TEXTS.size(),
        i -> alone.get(i).equals(memory.apply(TEXTS.get(i))));
    assertTrue(memory.chars() <= 150, memory.chars() + " characters held");
  }
}
