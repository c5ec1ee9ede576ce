package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented clause pairs, one per kind of change of meaning, and rewordings that keep it. */
class MeaningCheckTest {
  private static List<MeaningCheck.Kind> kinds(String quote, String source) {
    return MeaningCheck.differences(quote, source).stream().map(MeaningCheck.Difference::kind)
        .toList();
  }

  @Test
  void anInsertedNegationIsAChangeWithTheSourceInTheReason() {
    List<MeaningCheck.Difference> d = MeaningCheck.differences(
        "I don't support moving the ferry terminal", "I happen to support moving the ferry terminal");
    assertEquals(MeaningCheck.Kind.NEGATION, d.get(0).kind());
    assertEquals("source: I happen to support moving the ferry terminal; the quote negates it",
        d.get(0).reason());
  }

  @Test
  void aDroppedNegationIsAChange() {
    assertEquals(List.of(MeaningCheck.Kind.NEGATION),
        kinds("The mill will close in March", "The mill will not close in March"));
  }

  @Test
  void aSwappedPersonOrPossessiveIsAChange() {
    assertTrue(kinds("Our levy is a disaster and I am going to raise fees",
        "Your levy is a disaster and you are going to raise fees")
        .contains(MeaningCheck.Kind.PERSON));
  }

  @Test
  void aChangedFigureIsAChange() {
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        kinds("Rents rose by 25 percent in Arnholm", "Rents rose by 15 percent in Arnholm"));
  }

  @Test
  void aWordPutForItsWordNetAntonymIsAChange() {
    assertEquals(List.of(MeaningCheck.Kind.ANTONYM),
        kinds("It was the worst harvest the valley has had", "It was the best harvest the valley has had"));
  }

  @Test
  void aWeakerModalIsAChange() {
    assertEquals(List.of(MeaningCheck.Kind.MODALITY),
        kinds("The council might rebuild the pier", "The council will rebuild the pier"));
  }

  @Test
  void swappedAgentAndObjectAreAChange() {
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("They will outvote us on the harbour levy", "We will outvote them on the harbour levy"));
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("The trawler rammed the patrol boat near Skerry", "The patrol boat rammed the trawler near Skerry"));
  }

  @Test
  void rewordingsSpellingAndNumberFormsKeepTheMeaning() {
    assertEquals(List.of(), kinds("We've got to mend the old seawall quickly",
        "We have got to repair the old seawall fast"));
    assertEquals(List.of(), kinds("The harbour programme will cost four thousand pounds",
        "The harbor program will cost 4,000 pounds"));
    assertEquals(List.of(), kinds("I never said the ferry was unsafe", "I never said the ferry was unsafe"));
  }
}
