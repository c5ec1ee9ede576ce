package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Issue 18: WordNet's indirect antonyms of adjectives (a word "similar to" a head adjective
 * against the head's antonym) and compared forms taken to their base by WordNet's morphology.
 * Situations invented for these tests: a ranger on a footpath closed by a landslide.
 */
class IndirectAntonymTest {
  private static final String BRIEFING = """
      RANGER TOMAS OKAFOR: The landslide came down further up the valley than the old one. The detour is longer, but it is safer for walkers. The new bridge will be wider than the old one. The lower path stays shut until spring. Hikers found the cabin empty, and the water in the stream was cold.
      """;

  private static boolean antonym(String quote, String source) {
    return MeaningCheck.differences(quote, source).stream()
        .anyMatch(d -> d.kind() == MeaningCheck.Kind.ANTONYM);
  }

  private static boolean accepted(TracedQuote q) {
    return q.verdict().ordinal() <= Verdict.PARAPHRASE.ordinal();
  }

  @Test
  void aComparativePutForTheComparativeOfAnIndirectAntonymIsAChangedMeaning() {
    // WordNet pairs near with far and close with distant; "further" is similar to "far" and
    // "close" shares the head synset of "near", so "closer" for "further" was an edit.
    assertTrue(antonym("the landslide came down closer up the valley",
        "the landslide came down further up the valley"));
    TracedQuote q = quote(trace("“The landslide came down closer up the valley than the old one,”"
        + " Okafor said.", BRIEFING), "The landslide");
    assertFalse(accepted(q), q.toString());
  }

  @Test
  void aSatelliteAdjectivePutForItsHeadsAntonymIsAChangedMeaning() {
    // "icy" is similar to "cold", whose direct antonym is "hot".
    assertTrue(antonym("the water in the stream was hot", "the water in the stream was icy"));
    assertTrue(antonym("the water in the stream was icy", "the water in the stream was hot"));
  }

  @Test
  void theWordsSimilarToADirectAntonymAreOppositeToo() {
    // "full" against "empty" is direct; "laden" is similar to "full".
    assertTrue(antonym("hikers found the cabin laden", "hikers found the cabin empty"));
  }

  @Test
  void anAdverbTakesTheOppositesOfTheAdjectiveItIsDerivedFrom() {
    // "rapidly" is derived from "rapid", similar to "fast", whose antonym "slow" gives "slowly".
    assertTrue(antonym("the water rose slowly after the landslide",
        "the water rose rapidly after the landslide"));
  }

  @Test
  void anIndirectAntonymCountsOnlyInPlace() {
    // "cold" in one clause and "warm" in another, each side keeping its own: no word put for
    // another, so nothing is reversed. A sense of a word brings the opposites of its cluster,
    // which only the place of the word makes safe to use.
    assertFalse(antonym("the stream was cold and the cabin was warm",
        "the cabin was warm and the stream was cold"));
    assertFalse(antonym("the detour is longer and the path is icy",
        "the path is icy and the detour is longer"));
  }

  @Test
  void aSynonymOfTheSourceWordIsNoAntonym() {
    assertFalse(antonym("the detour is longer, but it is more secure for walkers",
        "the detour is longer, but it is safer for walkers"));
    assertFalse(antonym("the new bridge will be broader than the old one",
        "the new bridge will be wider than the old one"));
    TracedQuote q = quote(trace("“The new bridge will be broader than the old one,” Okafor said.",
        BRIEFING), "The new bridge");
    assertTrue(accepted(q), q.toString());
  }

  @Test
  void wordsThatWordNetAlsoPutsInOneSynsetAreNoIndirectAntonyms() {
    // Through one sense each, the clusters make "late" and "previous" opposite; but "the late
    // ranger" can be "the previous ranger", and WordNet says so with a synset holding both.
    assertFalse(antonym("the previous ranger opened the path", "the late ranger opened the path"));
  }

  @Test
  void functionWordsHaveNoIndirectAntonymsButAComparedCountsThroughItsBase() {
    // "some" is similar to "many", against "few": a sense far from "some hikers".
    assertFalse(antonym("a few hikers came back before dark", "some hikers came back before dark"));
    // "further" is a stopword, but WordNet's exception list takes it to "far".
    assertTrue(antonym("the cabin is closer from the road", "the cabin is further from the road"));
  }

  @Test
  void comparedFormsTakeTheirBaseFromWordNetsMorphology() {
    // Exception lists: "better" good, "worse" bad; detachment rules: "safer", "widest".
    assertTrue(antonym("the detour is worse for walkers", "the detour is better for walkers"));
    assertEquals(Norm.stem("safe"), MeaningCheck.comparedBase("safer"));
    assertEquals(Norm.stem("wide"), MeaningCheck.comparedBase("widest"));
    assertNull(MeaningCheck.comparedBase("water"));
    assertTrue(antonym("the detour is longer, but it is riskier for walkers",
        "the detour is longer, but it is safer for walkers"));
    assertTrue(antonym("the upper path stays shut until spring",
        "the lower path stays shut until spring"));
  }
}
