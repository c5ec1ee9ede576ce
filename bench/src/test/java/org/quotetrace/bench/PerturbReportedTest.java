package org.quotetrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The reported-speech variants of the perturbation harness, on invented sentences. */
class PerturbReportedTest {
  @Test
  void theSpeakersFirstPersonIsReportedInTheThirdWithTheVerbAgreeing() {
    assertEquals("she knew we could rebuild the bridge by spring",
        PerturbReported.shifted("And I know we can rebuild the bridge by spring.", true, true));
    assertEquals("he wants his neighbours to vote for him",
        PerturbReported.shifted("I want my neighbours to vote for me.", false, false));
    assertEquals("she was proud of the nurses",
        PerturbReported.shifted("I'm proud of the nurses.", true, true));
  }

  @Test
  void aVerbAfterIThatCannotBeConjugatedLeavesTheSentenceOut() {
    assertNull(PerturbReported.shifted("I swam across the lake twice.", true, true));
  }

  @Test
  void aCondensedReportDropsIntensifiersAndASecondClauseButNotAListsLastItem() {
    assertEquals("We really need a new school in the valley.".replace("really ", ""),
        PerturbReported.condensed("We really need a new school in the valley."));
    assertEquals("We will open the new school in the valley next year.",
        PerturbReported.condensed("We will open the new school in the valley next year, and we"
            + " will hire ten teachers."));
    assertNull(PerturbReported.condensed("We will build roads for every farmer, miner, and"
        + " fisherman."));
    assertNull(PerturbReported.condensed("If the vote passes next week in the council, we will"
        + " build it."));
  }

  @Test
  void aHedgeIsStatedAsSettled() {
    assertEquals("The ferry will stop in winter.",
        PerturbReported.settled("The ferry might stop in winter."));
    assertEquals("The ferry stops in winter.",
        PerturbReported.settled("The ferry probably stops in winter."));
    assertNull(PerturbReported.settled("The ferry stops in winter."));
  }
}
