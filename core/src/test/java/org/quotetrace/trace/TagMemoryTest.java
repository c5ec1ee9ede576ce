package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Concurrently;

/** The tags remembered across traces: the tagger's own, within a bound of words held. */
class TagMemoryTest {
  private static final List<String> SENTENCES = List.of(
      "The ferry company raised its fares twice in one winter",
      "We never asked the council for a single penny , she said",
      "Inspectors found the bridge safe but the railings rusted",
      "He told the committee that the orchard would close in spring",
      "They had promised the fishermen a new harbour wall");

  private static List<String> words(String text) {
    return Arrays.asList(text.toLowerCase(Locale.ROOT).split(" "));
  }

  /** Tags each word by its length, counting the sentences it is asked to tag. */
  private static TagMemory counting(AtomicInteger asked, int maxWords) {
    return new TagMemory(ws -> {
      asked.incrementAndGet();
      String[] t = new String[ws.length];
      for (int i = 0; i < ws.length; i++) {
        t[i] = "L" + ws[i].length();
      }
      return t;
    }, maxWords);
  }

  @Test
  void rememberedTagsAreTheTaggersOwnForTheSameWords() {
    List<String[]> first = new ArrayList<>();
    for (String s : SENTENCES) {
      first.add(Roles.tags(words(s)));
    }
    for (int round = 0; round < 3; round++) {
      for (int i = SENTENCES.size() - 1; i >= 0; i--) {
        List<String> ws = words(SENTENCES.get(i));
        assertArrayEquals(Roles.tagAfresh(ws), Roles.tags(ws), SENTENCES.get(i));
        assertArrayEquals(first.get(i), Roles.tags(ws), SENTENCES.get(i));
      }
    }
  }

  @Test
  void aSentenceAskedAgainIsNotTaggedAgain() {
    AtomicInteger asked = new AtomicInteger();
    TagMemory memory = counting(asked, 100);
    memory.tags(words("the mill closed"));
    memory.tags(words("the mill reopened"));
    assertArrayEquals(new String[] {"L3", "L4", "L6"}, memory.tags(words("the mill closed")));
    assertEquals(2, asked.get());
  }

  @Test
  void theWordsHeldNeverPassTheBoundAndTheLeastRecentlyAskedGoFirst() {
    AtomicInteger asked = new AtomicInteger();
    TagMemory memory = counting(asked, 10);
    memory.tags(words("one two three four"));
    memory.tags(words("five six seven eight"));
    memory.tags(words("one two three four"));
    memory.tags(words("nine ten eleven twelve"));
    assertTrue(memory.words() <= 10, memory.words() + " words held");
    assertEquals(2, memory.size());
    int before = asked.get();
    memory.tags(words("one two three four"));
    assertEquals(before, asked.get(), "the sentence asked most recently is still held");
    memory.tags(words("five six seven eight"));
    assertEquals(before + 1, asked.get(), "the sentence asked least recently was let go");
    assertTrue(memory.words() <= 10, memory.words() + " words held");
  }

  @Test
  void aSentenceLongerThanTheBoundIsTaggedButNotHeld() {
    AtomicInteger asked = new AtomicInteger();
    TagMemory memory = counting(asked, 3);
    String[] t = memory.tags(words("a sentence of six words here"));
    assertEquals(6, t.length);
    assertEquals(0, memory.words());
    memory.tags(words("a sentence of six words here"));
    assertEquals(2, asked.get());
  }

  @Test
  void changingAnAnswerChangesNoLaterAnswer() {
    TagMemory memory = counting(new AtomicInteger(), 100);
    memory.tags(words("the tide turned"))[0] = "changed";
    assertArrayEquals(new String[] {"L3", "L4", "L6"}, memory.tags(words("the tide turned")));
  }

  @Test
  void threadsSharingTheMemoryGetTheSameTagsAsOneThreadAlone() throws Exception {
    List<String[]> alone = new ArrayList<>();
    for (String s : SENTENCES) {
      alone.add(Roles.tagAfresh(words(s)));
    }
    TagMemory memory = new TagMemory(ws -> Roles.tagAfresh(Arrays.asList(ws)), 30);
    Concurrently.assertEveryAnswerAgrees(8, 50, SENTENCES.size(),
        i -> Arrays.equals(alone.get(i), memory.tags(words(SENTENCES.get(i)))));
    assertTrue(memory.words() <= 30, memory.words() + " words held");
  }
}
