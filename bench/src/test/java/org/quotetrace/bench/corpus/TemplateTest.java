package org.quotetrace.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quotetrace.bench.corpus.Filler.Scene;

/** Templates with choices ("[a / b]"): how they parse, fill and fail. */
class TemplateTest {
  private static final Vocabulary V = Vocabulary.get();
  private static final Person SPEAKER =
      new Person("Ada", "Keller", true, "energy minister", "the ministry", 0);
  private static final Scene SCENE =
      new Scene(V.topics[0], SPEAKER, SPEAKER, "Carrow", "The Courier", null, null);

  private static Set<String> fills(String template, int times, long seed) {
    Template t = Template.parse(template, "test:1");
    Filler f = new Filler(V);
    SplittableRandom r = new SplittableRandom(seed);
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < times; i++) {
      out.add(f.fill(t, SCENE, r).text());
    }
    return out;
  }

  @Test
  void aChoiceTakesEachOfItsAlternativesAndNothingElse() {
    assertEquals(Set.of("We need more.", "The country needs more.", "We are short of more."),
        fills("[we need / the country needs / we are short of] more.", 200, 1));
  }

  @Test
  void choicesNestAndEmptyOrPunctuationFirstAlternativesLeaveThePunctuationToTheWordBefore() {
    assertEquals(Set.of("It is late.", "It is far too late.", "It is much too late.",
        "It is late, frankly.", "It is far too late, frankly.", "It is much too late, frankly."),
        fills("It is [[far / much] too / ] late [, frankly / ].", 400, 2));
    assertEquals(Set.of("We will act now.", "We will act."), fills("We will act [now / ].", 100, 3));
    assertEquals(Set.of("Yes, we will.", "Yes.", "Yes; certainly."),
        fills("Yes [, we will / / ; certainly].", 200, 3));
    assertEquals(Set.of("We act.", "We act now.", "We act right now."),
        fills("We act [[right / ] now / ].", 200, 4));
  }

  @Test
  void slotsInsideAChoiceAreFilledAndKeepTheirPartOfSpeech() {
    Template t = Template.parse("[we will {verb} the {noun} / the {noun} is {adj}] in {place}.", "test:1");
    Filler f = new Filler(V);
    SplittableRandom r = new SplittableRandom(4);
    boolean tagged = false;
    for (int i = 0; i < 50; i++) {
      Sentence s = f.fill(t, SCENE, r);
      assertFalse(s.text().contains("{"), s.text());
      for (Pos p : s.tags()) {
        tagged |= p == Pos.NOUN;
      }
    }
    assertTrue(tagged, "a {noun} inside a choice is tagged for the synonym edit");
  }

  @Test
  void theSameSeedTakesTheSameAlternatives() {
    Template t = Template.parse("[a / b / c] [d / e] [f / [g / h] i] {noun}.", "test:1");
    Filler f = new Filler(V);
    List<String> first = new ArrayList<>();
    List<String> again = new ArrayList<>();
    SplittableRandom r1 = new SplittableRandom(9);
    SplittableRandom r2 = new SplittableRandom(9);
    for (int i = 0; i < 100; i++) {
      first.add(f.fill(t, SCENE, r1).text());
      again.add(f.fill(t, SCENE, r2).text());
    }
    assertEquals(first, again);
  }

  @Test
  void aSlashOutsideBracketsIsAnOrdinaryWord() {
    assertEquals(Set.of("Open 24/7 and / or later."), fills("Open 24/7 and / or later.", 3, 1));
  }

  @Test
  void literalWordsInsideChoicesCountAsUsed() {
    assertTrue(Template.parse("They [said / told us] so.", "t:1").uses(Set.of("told")));
    assertFalse(Template.parse("They [said / told us] so.", "t:1").uses(Set.of("warned")));
  }

  @Test
  void brokenChoicesAreRefusedWithTheFileLineAndTemplate() {
    String unclosed = assertThrows(IllegalArgumentException.class,
        () -> Template.parse("We [need / want more.", "phrases.txt:7")).getMessage();
    assertEquals("phrases.txt:7: '[' without ']' in: We [need / want more.", unclosed);
    String stray = assertThrows(IllegalArgumentException.class,
        () -> Template.parse("We need] more.", "phrases.txt:8")).getMessage();
    assertEquals("phrases.txt:8: ']' without '[' in: We need] more.", stray);
    String lone = assertThrows(IllegalArgumentException.class,
        () -> Template.parse("We [need] more.", "phrases.txt:9")).getMessage();
    assertTrue(lone.startsWith("phrases.txt:9: a choice needs two alternatives"), lone);
    String glued = assertThrows(IllegalArgumentException.class,
        () -> Template.parse("We [need / want]ed more.", "phrases.txt:10")).getMessage();
    assertEquals("phrases.txt:10: text glued after ']' at column 17 in: We [need / want]ed more.",
        glued);
    String slot = assertThrows(IllegalArgumentException.class,
        () -> Template.parse("We [need / {nothing}].", "topics.txt:3")).getMessage();
    assertEquals("topics.txt:3: unknown slot {nothing} in: We [need / {nothing}].", slot);
  }
}
