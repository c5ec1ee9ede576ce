package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changes of meaning found writing cases 41-43 (invented sentences, none of the cases'): a
 * multiple written as a figure, a denial moved from one object of a verb to another, a passive
 * turned active with its subject made the doer; and the faithful edits beside them.
 */
class QuoteChangesTest {
  private static List<MeaningCheck.Kind> kinds(String quote, String source) {
    return MeaningCheck.differences(quote, source).stream().map(MeaningCheck.Difference::kind)
        .toList();
  }

  @Test
  void threeTimesForTwiceIsAChangeOfNumberAndTwoTimesForTwiceIsNot() {
    List<MeaningCheck.Difference> d = MeaningCheck.differences(
        "The hall will seat 900 people, more than three times what we have now",
        "The hall will seat 900 people, more than twice what we have now");
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        d.stream().map(MeaningCheck.Difference::kind).toList());
    assertTrue(d.get(0).reason().contains("3 times where the source says twice"), d.get(0).reason());
    assertEquals(List.of(), kinds("The ferry runs two times a week", "The ferry runs twice a week"));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        kinds("The ferry runs 4 times a week", "The ferry runs three times a week"));
  }

  @Test
  void aDenialMovedFromOneObjectOfTheVerbToTheOtherIsAChangeOfNegation() {
    List<MeaningCheck.Difference> d = MeaningCheck.differences(
        "I do not blame myself, I blame the umpire.", "I do not blame the umpire. I blame myself");
    assertEquals(List.of(MeaningCheck.Kind.NEGATION),
        d.stream().map(MeaningCheck.Difference::kind).toList());
    assertTrue(d.get(0).reason().contains("denies \"blame ... myself\""), d.get(0).reason());
    assertEquals(List.of(MeaningCheck.Kind.NEGATION),
        kinds("We did not lease the quay, we sold the quay", "We did not sell the quay, we leased the quay"));
  }

  @Test
  void theSameDenialsInAnotherOrderOrWordingAreNoChange() {
    assertEquals(List.of(), kinds("We did not sell the land, we leased the land",
        "We leased the land; we did not sell the land"));
    assertEquals(List.of(), kinds("We do not need more roads; we need buses",
        "We need buses, not more roads"));
    assertEquals(List.of(), kinds("I do not blame the council for everything",
        "I don't blame the council for everything"));
    assertEquals(List.of(), kinds("This was no accident that no one could have foreseen",
        "This was not an accident that nobody could have foreseen"));
    // "nothing" is the object of "do", not a denial of what follows it.
    assertEquals(List.of(), kinds("if the town does nothing the next storm will reach the pier",
        "If we do nothing, the next storm will reach the pier"));
  }

  @Test
  void aPassiveTurnedActiveWithItsSubjectMadeTheDoerIsAChangeOfRolesEvenForYou() {
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("you have been patient, and you have let us down",
            "you have been patient, and you have been let down"));
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("The tenants have misled us", "The tenants have been misled"));
    assertEquals(List.of(), kinds("She was let down by the club", "The club let her down"));
  }
}
