package org.quotetrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness's agent and object swap, on invented sentences. */
class AgentObjectSwapTest {
  @Test
  void swapsSubjectAndObjectOfOneVerbWithPronounCasesRight() {
    assertEquals("My father hired him.", AgentObjectSwap.swap("He hired my father."));
    assertEquals("They will defeat us in November.",
        AgentObjectSwap.swap("We will defeat them in November."));
    assertEquals("You love me.", AgentObjectSwap.swap("I love you."));
    assertEquals("We helped her, and it mattered.",
        AgentObjectSwap.swap("She helped us, and it mattered."));
    assertEquals("My brother fired the company last year.",
        AgentObjectSwap.swap("The company fired my brother last year."));
  }

  @Test
  void theVerbAgreesWithItsNewSubject() {
    assertEquals("We love him.", AgentObjectSwap.swap("He loves us."));
    assertEquals("He supports them.", AgentObjectSwap.swap("They support him."));
    assertEquals("She doesn't trust me.", AgentObjectSwap.swap("I don't trust her."));
    assertEquals("They have betrayed him.", AgentObjectSwap.swap("He has betrayed them."));
    assertEquals("They\u2019re beating me.", AgentObjectSwap.swap("I\u2019m beating them."));
    // A control verb's subject does the second verb too: the hirers change.
    assertEquals("They want to hire us.", AgentObjectSwap.swap("We want to hire them."));
  }

  @Test
  void aSwapSwappedBackIsTheSentence() {
    for (String s : List.of("He hired my father.", "We will defeat them in November.",
        "The company fired my brother last year.", "They support him.")) {
      assertEquals(s, AgentObjectSwap.swap(AgentObjectSwap.swap(s)), s);
    }
  }

  @Test
  void noPhraseIsMadeOfAPossessiveAndAnAdjectiveOrOfAClauseEnd() {
    // The word patterns gave "his own started him small business" and took "our armed" and "she
    // did and the way" for noun phrases.
    String own = AgentObjectSwap.swap("He started his own small business.");
    assertTrue(own == null || !own.contains("own started"), own);
    String armed = AgentObjectSwap.swap("Our armed forces protect us every day.");
    assertTrue(armed == null || armed.equals("We protect our armed forces every day."), armed);
    assertNull(AgentObjectSwap.swap("She did and the way they did it was wrong."));
  }

  @Test
  void skipsCoordinatedPassiveReflexiveAndSymmetricOnes() {
    assertNull(AgentObjectSwap.swap("Mary and John love the children."));
    assertNull(AgentObjectSwap.swap("I love my wife and my kids."));
    assertNull(AgentObjectSwap.swap("He was hired by them."));
    assertNull(AgentObjectSwap.swap("He blamed himself for that."));
    assertNull(AgentObjectSwap.swap("They met him in Ohio."));
    assertNull(AgentObjectSwap.swap("I talked with him yesterday."));
    assertNull(AgentObjectSwap.swap("We help each other."));
    assertNull(AgentObjectSwap.swap("The people of Ohio elected me."));
    assertNull(AgentObjectSwap.swap("I thank the people of Ohio."));
    assertNull(AgentObjectSwap.swap("They hit him."));
  }

  @Test
  void eachClauseGivesItsOwnSwapAndACoordinatedSubjectNone() {
    List<String> all = AgentObjectSwap.all("We hired them, and they thanked us.").stream()
        .map(AgentObjectSwap.Swap::text).toList();
    assertEquals(List.of("They hired us, and they thanked us.",
        "We hired them, and we thanked them."), all);
    assertEquals(List.of(), AgentObjectSwap.all("My wife and I love the children."));
    // "I want you to think with me" swapped would need "myself".
    assertNull(AgentObjectSwap.swap("I want you to think with me."));
  }

  @Test
  void keepsASpokenModalAndAnOwnerBeforeItsPossessive() {
    assertEquals("It oughta check you out.", AgentObjectSwap.swap("You oughta check it out."));
    // "Its people send the company" would name the owner after "its".
    assertNull(AgentObjectSwap.swap("The company sends its people."));
  }

  @Test
  void skipsTheSameOneOnBothSides() {
    assertNull(AgentObjectSwap.swap("You know you."));
    assertNull(AgentObjectSwap.swap("The plan changed the plans."));
  }

  @Test
  void aReportedSwapOfTheSpeakerWithAThirdPersonOfTheSameSexIsAmbiguous() {
    AgentObjectSwap.Swap s = AgentObjectSwap.find("He was telling me the truth.");
    assertEquals("I was telling him the truth.", s.text());
    assertTrue(PerturbReported.ambiguousReported(s, false));
    assertFalse(PerturbReported.ambiguousReported(s, true));
  }
}
