package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quotetrace.text.Document;

/**
 * The learned speaker ranker shipped in the jar, on invented sentences for each family of
 * features: the argument position of a cue, documents as sources, sentence openers that are not
 * names, cue words the rules do not list, Title-Case headlines and relative "who".
 */
class LearnedAttributionTest {
  private static final QuoteFinder FINDER = new QuoteFinder().withSpeakerModel(SpeakerModel.shipped());

  private static Speaker speakerOf(String text, String prefix) {
    Extraction ex = FINDER.find(Document.article("t.txt", text));
    QuoteAssertions.assertInvariants(ex);
    Quote q = QuoteAssertions.quote(ex, prefix);
    assertNotNull(q.speaker(), () -> "no speaker for " + prefix);
    return q.speaker();
  }

  private static String mention(Speaker s) {
    return s.mention() == null ? "" : s.mention().text();
  }

  @Test
  void theSubjectOfAccusedSpeaksNotItsObject() {
    Speaker s = speakerOf("Mayor Ilse Brandt spoke on Tuesday. Brandt accused Senator Tomas Grey of "
        + "“betraying the valley.”", "betraying");
    assertEquals("Ilse Brandt", s.name());
  }

  @Test
  void accordingToTheSurveyGivesTheSurvey() {
    Speaker s = speakerOf("The council published its findings on Friday.\n\n"
        + "“Most residents want the bridge rebuilt,” according to the survey.", "Most residents");
    assertEquals("the survey", mention(s));
  }

  @Test
  void anAdThatArguesIsTheSourceAndTheWeekdayInItsAppositionIsNot() {
    Speaker s = speakerOf("The first ad, launched Wednesday, argued that “the valley deserves a "
        + "champion.”", "the valley");
    assertTrue(mention(s).endsWith("ad"), () -> "speaker " + s);
  }

  @Test
  void aWeekdayOpeningASentenceWithoutACueIsNotASpeaker() {
    Extraction ex = FINDER.find(Document.article("t.txt", "Ilse Brandt chairs the council.\n\n"
        + "Wednesday was quiet at the council. “We are still waiting for the ministry.”"));
    Quote q = QuoteAssertions.quote(ex, "We are");
    assertFalse(q.speaker() != null && mention(q.speaker()).contains("Wednesday"), () -> "speaker " + q.speaker());
  }

  @Test
  void aSpeechVerbTheRulesDoNotListStillNamesTheSpeaker() {
    assertEquals("Ilse Brandt", speakerOf("Ilse Brandt met the farmers.\n\n“Please rebuild the bridge "
        + "before winter,” Brandt implored.", "Please").name());
    assertEquals("Ilse Brandt", speakerOf("Ilse Brandt met the farmers.\n\n“Please rebuild the bridge "
        + "before winter,” implored Brandt.", "Please").name());
  }

  @Test
  void anInvertedCueWithADescriptionBeforeTheNameGivesTheName() {
    assertEquals("Mara Quist", speakerOf("“Sleep is the first thing to go,” advises psychologist "
        + "Mara Quist.", "Sleep").name());
  }

  @Test
  void aTitleCaseHeadlineCueEndsTheNameBeforeIt() {
    Speaker s = speakerOf("Tomas Grey and Ilse Brandt debated on Monday.\n\n"
        + "Brandt Jokes “You Are The Best Opponent.”", "You Are");
    assertEquals("Brandt", mention(s));
    assertEquals("Ilse Brandt", s.name());
  }

  @Test
  void aRelativeWhoResolvesToItsAntecedent() {
    assertEquals("Ilse Brandt", speakerOf("Ilse Brandt, who chairs the council, said “the valley "
        + "deserves better.”", "the valley").name());
  }

  @Test
  void theQuoteAfterASaidColonIsTheSpeakers() {
    Speaker s = speakerOf("Tomas Grey listened. Ilse Brandt said: “We will rebuild it.”", "We will");
    assertEquals("Ilse Brandt", s.name());
  }
}
