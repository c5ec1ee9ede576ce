package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssemblerTest {
  private static final int S = Labels.SOURCE;
  private static final int C = Labels.CUE;
  private static final int T = Labels.CONTENT;

  private static List<Attribution> assemble(String text, Object... pieces) {
    Paragraph p = Paragraph.of(text).get(0);
    return Assembler.assemble(p, Labelled.labels(text, p, pieces));
  }

  @Test
  void reportedSpeechJoinsItsContentToTheSourceAndCueBeforeIt() {
    String text = "Ann Lee said the ferry would stop running in June.";
    List<Attribution> found = assemble(text, "Ann Lee", S, "said", C, "the ferry would stop running in June", T);
    assertEquals(1, found.size());
    Attribution a = found.get(0);
    assertEquals("Ann Lee", a.source().text(text));
    assertEquals("said", a.cue().text(text));
    assertEquals("the ferry would stop running in June", a.content().text(text));
    assertEquals(Form.INDIRECT, a.form());
  }

  @Test
  void aSourceOrCueLeavesOutTheSymbolsAtItsEdges() {
    String text = "\uD83D\uDE00 Ann Lee said \u2014 the ferry would stop running in June.";
    List<Attribution> found = assemble(text, "\uD83D\uDE00 Ann Lee", S, "said \u2014", C,
        "the ferry would stop running in June", T);
    assertEquals(1, found.size());
    assertEquals("Ann Lee", found.get(0).source().text(text));
    assertEquals("said", found.get(0).cue().text(text));
  }

  @Test
  void aCueOfPunctuationAloneStays() {
    String text = "LEE: The ferry stops in June.";
    List<Attribution> found = assemble(text, "LEE", S, ":", C, "The ferry stops in June", T);
    assertEquals(":", found.get(0).cue().text(text));
  }

  @Test
  void aQuoteSplitByItsAttributionIsOneDirectContentAroundItsSourceAndCue() {
    String text = "\u201CWe will win,\u201D the coach said, \u201Cand we will win soon.\u201D";
    List<Attribution> found = assemble(text, "\u201CWe will win,\u201D", T, "the coach", S, "said", C,
        "\u201Cand we will win soon.\u201D", T);
    assertEquals(1, found.size());
    Attribution a = found.get(0);
    assertEquals(text, a.content().text(text));
    assertEquals("the coach", a.source().text(text));
    assertEquals("said", a.cue().text(text));
    assertEquals(Form.DIRECT, a.form());
  }

  @Test
  void eachSentenceKeepsItsOwnSourceAndCue() {
    String text = "Ann said the tax rose. Bob argued that it fell.";
    List<Attribution> found = assemble(text, "Ann", S, "said", C, "the tax rose", T, "Bob", S, "argued", C,
        "that it fell", T);
    assertEquals(2, found.size());
    assertEquals("Ann", found.get(0).source().text(text));
    assertEquals("said", found.get(0).cue().text(text));
    assertEquals("Bob", found.get(1).source().text(text));
    assertEquals("argued", found.get(1).cue().text(text));
    assertEquals("that it fell", found.get(1).content().text(text));
  }

  @Test
  void contentsInTwoSentencesAreNotJoinedAcrossAnotherAttribution() {
    String text = "The plan failed, Ann said. Bob said it worked.";
    List<Attribution> found = assemble(text, "The plan failed", T, "Ann", S, "said", C, "Bob", S, "said", C,
        "it worked", T);
    assertEquals(2, found.size());
    assertEquals("The plan failed", found.get(0).content().text(text));
    assertEquals("Ann", found.get(0).source().text(text));
    assertEquals("it worked", found.get(1).content().text(text));
    assertEquals("Bob", found.get(1).source().text(text));
  }

  @Test
  void aQuotedContentWithNoSourceOrCueHasNulls() {
    String text = "\u201CThe council will meet again in March.\u201D";
    List<Attribution> found = assemble(text, "The council will meet again in March", T);
    assertEquals(1, found.size());
    assertNull(found.get(0).source());
    assertNull(found.get(0).cue());
    assertEquals(Form.DIRECT, found.get(0).form());
  }

  @Test
  void anUnquotedContentInAParagraphWithoutAnyCueIsDropped() {
    String text = "The council will meet again in March.";
    assertEquals(List.of(), assemble(text, "The council will meet again in March", T));
  }

  @Test
  void contentPartlyInQuoteMarksIsMixed() {
    String text = "Ann said the plan was \u201Cfar too costly\u201D for a town of this size.";
    List<Attribution> found = assemble(text, "Ann", S, "said", C,
        "the plan was \u201Cfar too costly\u201D for a town of this size", T);
    assertEquals(Form.MIXED, found.get(0).form());
  }

  @Test
  void aTitleBeforeANameDoesNotEndTheSentence() {
    String text = "The vote was close, Mr. Okafor said, and the count went on.";
    List<Attribution> found = assemble(text, "The vote was close,", T, "Mr. Okafor", S, "said", C,
        ", and the count went on", T);
    assertEquals(1, found.size());
    assertEquals("The vote was close, Mr. Okafor said, and the count went on", found.get(0).content().text(text));
    assertEquals("Mr. Okafor", found.get(0).source().text(text));
  }

  @Test
  void aSecondCueInsideAJoinedContentIsReportedWithThatContent() {
    String text = "The bridge is unsafe, Ann Lee told reporters, and Bob Tan warned the repairs would be late.";
    List<Attribution> found = assemble(text, "The bridge is unsafe,", T, "Ann Lee", S, "told reporters", C,
        ", and", T, "Bob Tan", S, "warned", C, "the repairs would be late", T);
    assertEquals(2, found.size());
    String joined = "The bridge is unsafe, Ann Lee told reporters, and Bob Tan warned the repairs would be late";
    assertEquals(joined, found.get(0).content().text(text));
    assertEquals(joined, found.get(1).content().text(text));
    assertEquals(java.util.Set.of("told reporters", "warned"),
        java.util.Set.of(found.get(0).cue().text(text), found.get(1).cue().text(text)));
    assertEquals(java.util.Set.of("Ann Lee", "Bob Tan"),
        java.util.Set.of(found.get(0).source().text(text), found.get(1).source().text(text)));
  }

  @Test
  void aCueWithNoContentAnywhereInItsParagraphIsDropped() {
    String text = "Ann Lee said so.";
    assertEquals(List.of(), assemble(text, "Ann Lee", S, "said", C));
  }

  @Test
  void punctuationOutsideBothContentsKeepsTwoAttributionsInOneSentence() {
    String text = "Rents will rise, Ann Lee said, and the landlords agree the rise is fair.";
    List<Attribution> found = assemble(text, "Rents will rise", T, "Ann Lee", S, "said", C, "the landlords", S,
        "agree", C, "the rise is fair", T);
    assertEquals(2, found.size());
    assertEquals("Rents will rise", found.get(0).content().text(text));
    assertEquals("said", found.get(0).cue().text(text));
    assertEquals("the rise is fair", found.get(1).content().text(text));
    assertEquals("agree", found.get(1).cue().text(text));
  }

  @Test
  void aContentInterruptedByItsAttributionWithNoPunctuationOutsideStaysOne() {
    String text = "Rents, Ann Lee said, will rise in May.";
    List<Attribution> found = assemble(text, "Rents,", T, "Ann Lee", S, "said", C, ", will rise in May", T);
    assertEquals(1, found.size());
    assertEquals("Rents, Ann Lee said, will rise in May", found.get(0).content().text(text));
  }

  @Test
  void aCueLeftWithoutContentTakesTheNearestContentRatherThanTheRestOfItsSentence() {
    String text = "Ann Lee said the ferry stops in June. Officials hope the weather holds for the summer.";
    List<Attribution> found = assemble(text, "Ann Lee", S, "said", C, "the ferry stops in June", T, "Officials", S,
        "hope", C);
    assertEquals(2, found.size());
    assertEquals("the ferry stops in June", found.get(0).content().text(text));
    assertEquals("the ferry stops in June", found.get(1).content().text(text));
    assertEquals("hope", found.get(1).cue().text(text));
  }

  @Test
  void aCueInAParagraphWithNoContentTakesTheRestOfItsSentence() {
    String text = "Officials hope the weather holds for the summer.";
    List<Attribution> found = assemble(text, "Officials", S, "hope", C);
    assertEquals(1, found.size());
    assertEquals("the weather holds for the summer", found.get(0).content().text(text));
    assertEquals("Officials", found.get(0).source().text(text));
  }

  @Test
  void piecesOfOneContentOnTheSameSideOfTheirCueInOneSentenceAreOneContent() {
    String text = "Ann Lee said the ferry, which is old, will stop running in June.";
    List<Attribution> found = assemble(text, "Ann Lee", S, "said", C, "the ferry", T, "will stop running in June", T);
    assertEquals(1, found.size());
    assertEquals("the ferry, which is old, will stop running in June", found.get(0).content().text(text));
    assertEquals("said", found.get(0).cue().text(text));
  }

  @Test
  void aContentThatSharesItsCueWithANearerContentInAnotherSentenceIsDropped() {
    String text = "Ann Lee said the ferry will stop running in June. Tickets were cheap all spring.";
    List<Attribution> found = assemble(text, "Ann Lee", S, "said", C, "the ferry will stop running in June", T,
        "Tickets were cheap all spring", T);
    assertEquals(1, found.size());
    assertEquals("the ferry will stop running in June", found.get(0).content().text(text));
  }

  @Test
  void aContentOnTheOtherSideOfASharedCueFartherThanTheNearestIsDropped() {
    String text = "Fares will rise, Ann Lee said, and as everyone on the island knows the old ferry will stop.";
    List<Attribution> found = assemble(text, "Fares will rise", T, "Ann Lee", S, "said", C,
        "the old ferry will stop", T);
    assertEquals(1, found.size());
    assertEquals("Fares will rise", found.get(0).content().text(text));
  }

  @Test
  void contentsAsNearAsEachOtherToTheirSharedCueAreBothKept() {
    String text = "Fares will rise, Ann said, and so will taxes.";
    List<Attribution> found = assemble(text, "Fares will rise", T, "Ann", S, "said", C, "so will taxes", T);
    assertEquals(2, found.size());
    assertEquals("Fares will rise", found.get(0).content().text(text));
    assertEquals("so will taxes", found.get(1).content().text(text));
  }

  @Test
  void aQuotedPieceAndAnUnquotedPieceAroundACueInOneSentenceAreNotJoined() {
    String text = "\u201CThe plan is dead\u201D Ann said the vote would fail.";
    List<Attribution> found = assemble(text, "\u201CThe plan is dead\u201D", T, "Ann", S, "said", C,
        "the vote would fail", T);
    assertEquals(1, found.size());
    assertEquals("the vote would fail", found.get(0).content().text(text));
    assertEquals(Form.INDIRECT, found.get(0).form());
  }

  @Test
  void aQuoteAfterAFullStopWithACueOfItsOwnIsASecondContent() {
    // The model took the full stop after "said" into the second quote's content.
    String text = "\u201CThe ferry is late,\u201D Ann said. \u201CIt will run in June,\u201D she added.";
    List<Attribution> found = assemble(text, "\u201CThe ferry is late,\u201D", T, "Ann", S, "said", C,
        ". \u201CIt will run in June,\u201D", T, "she", S, "added", C);
    assertEquals(2, found.size());
    assertEquals("\u201CThe ferry is late,\u201D", found.get(0).content().text(text));
    assertEquals("said", found.get(0).cue().text(text));
    assertEquals("\u201CIt will run in June,\u201D", found.get(1).content().text(text));
    assertEquals("added", found.get(1).cue().text(text));
    assertEquals("she", found.get(1).source().text(text));
  }

  @Test
  void aQuoteAfterAFullStopWithoutACueOfItsOwnContinuesTheContentBeforeIt() {
    String text = "\u201CThe ferry is late,\u201D Ann said. \u201CIt will run in June.\u201D";
    List<Attribution> found = assemble(text, "\u201CThe ferry is late,\u201D", T, "Ann", S, "said", C,
        "\u201CIt will run in June.\u201D", T);
    assertEquals(1, found.size());
    assertEquals(text, found.get(0).content().text(text));
    assertEquals("said", found.get(0).cue().text(text));
  }

  @Test
  void aQuoteAfterAFullStopIsNotJoinedToAQuoteThatHasACueBeforeIt() {
    String text = "Ann said: \u201CThe ferry is late,\u201D Bob said. \u201CIt will run in June.\u201D";
    List<Attribution> found = assemble(text, "Ann", S, "said:", C, "\u201CThe ferry is late,\u201D", T,
        "Bob", S, "said", C, "\u201CIt will run in June.\u201D", T);
    assertEquals(2, found.size());
    assertEquals("\u201CThe ferry is late,\u201D", found.get(0).content().text(text));
    assertEquals("\u201CIt will run in June.\u201D", found.get(1).content().text(text));
  }

  @Test
  void anUnquotedContentRunOnPastItsSentenceEndsWithThatSentence() {
    String text = "Ann said the ferry would stop in June. Its owners want a new pier.";
    List<Attribution> found = assemble(text, "Ann", S, "said", C,
        "the ferry would stop in June. Its owners want a new pier", T);
    assertEquals(1, found.size());
    assertEquals("the ferry would stop in June.", found.get(0).content().text(text));
    assertEquals("Ann", found.get(0).source().text(text));
    assertEquals("said", found.get(0).cue().text(text));
  }

  @Test
  void anUnquotedContentBeforeItsCueOverTwoSentencesStaysOne() {
    String text = "The ferry stops in June. Its owners want a new pier, Ann said.";
    List<Attribution> found = assemble(text, "The ferry stops in June. Its owners want a new pier", T,
        "Ann", S, "said", C);
    assertEquals(1, found.size());
    assertEquals("The ferry stops in June. Its owners want a new pier", found.get(0).content().text(text));
  }

  @Test
  void aQuotedContentOverTwoSentencesAfterItsCueStaysOne() {
    String text = "Ann said: \u201CThe ferry stops in June. It runs again in July.\u201D";
    List<Attribution> found = assemble(text, "Ann", S, "said:", C,
        "\u201CThe ferry stops in June. It runs again in July.\u201D", T);
    assertEquals(1, found.size());
    assertEquals("\u201CThe ferry stops in June. It runs again in July.\u201D", found.get(0).content().text(text));
  }

  @Test
  void aContentRunFromThePreviousSentenceIntoTheQuoteItEndsWithIsThatQuote() {
    String text = "Ann spoke at the pier. \u201CThe ferry stops in June,\u201D she said.";
    List<Attribution> found = assemble(text, "at the pier. \u201CThe ferry stops in June,\u201D", T, "she", S, "said", C);
    assertEquals(1, found.size());
    assertEquals("\u201CThe ferry stops in June,\u201D", found.get(0).content().text(text));
    assertEquals(Form.DIRECT, found.get(0).form());
    assertEquals("she", found.get(0).source().text(text));
  }

  @Test
  void aContentWithWordsAfterItsQuoteOrTwoQuotesKeepsItsStart() {
    String after = "Ann spoke at the pier. \u201CThe ferry stops,\u201D she said, in June.";
    assertEquals("at the pier. \u201CThe ferry stops,\u201D she said, in June",
        assemble(after, "at the pier. \u201CThe ferry stops,\u201D she said, in June", T).get(0).content().text(after));
    String two = "\u201CWe sail,\u201D Ann said. \u201CThe ferry stops in June.\u201D";
    assertEquals(two, assemble(two, two, T).get(0).content().text(two));
    String comma = "Ann spoke at the pier, \u201Cthe ferry stops in June.\u201D";
    assertEquals("at the pier, \u201Cthe ferry stops in June.\u201D",
        assemble(comma, "at the pier, \u201Cthe ferry stops in June.\u201D", T).get(0).content().text(comma));
  }
}
