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
  void aTimeAfterANegatedVerbIsNoObjectTheNegationMoves() {
    assertEquals(List.of(), kinds("the council had not made any new offer since June",
        "They haven't offered anything since June"));
  }

  @Test
  void unableKeepsTheNegationOfCannotAndAbleDropsIt() {
    assertEquals(List.of(), kinds("the care homes were unable to recruit",
        "The care homes cannot recruit"));
    assertEquals(List.of(MeaningCheck.Kind.NEGATION), kinds("the care homes were able to recruit",
        "The care homes are unable to recruit"));
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
  void aLengthAddedToAnotherIsCountedByTheFigureBeforeIt() {
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), kinds(
        "the course would cut the ban by a further three days", "the course would cut the ban by a further day"));
    assertEquals(List.of(), kinds(
        "the course would cut the ban by two more weeks", "the course would cut the ban by a further fortnight"));
  }

  @Test
  void aDecadeOrAFortnightIsTheSameSpanInYearsOrWeeks() {
    assertEquals(List.of(), kinds("the biggest pay rise the firm had made in ten years",
        "the largest pay rise we have made in a decade"));
    assertEquals(List.of(), kinds("the work would take two weeks",
        "the work will take a fortnight"));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        kinds("the biggest pay rise the firm had made in twenty years",
            "the largest pay rise we have made in a decade"));
  }

  @Test
  void aPartyTheSourceNamesMadeTheDoerOfAnotherPartysVerbIsAChangeOfRoles() {
    List<MeaningCheck.Difference> d = MeaningCheck.differences(
        "the harbour trust would repaint the old boathouse before the summer regatta",
        "We will repaint the boathouse before the regatta, and we have asked the harbour trust"
            + " to run the bar");
    assertEquals(List.of(MeaningCheck.Kind.ROLES), d.stream().map(MeaningCheck.Difference::kind)
        .toList());
    // Held in a loose rendering too: the verb and the party are both the source's words.
    assertTrue(d.get(0).inPlace(), d.toString());
    assertEquals(List.of(), kinds("the town would repaint the boathouse before the regatta",
        "We will repaint the boathouse before the regatta, and we have asked the harbour trust"
            + " to run the bar"));
  }

  @Test
  void aWordPutForItsWordNetAntonymIsAChange() {
    assertEquals(List.of(MeaningCheck.Kind.ANTONYM),
        kinds("It was the worst harvest the valley has had", "It was the best harvest the valley has had"));
  }

  @Test
  void anOppositeWordNetLacksIsAChange() {
    assertEquals(List.of(MeaningCheck.Kind.ANTONYM), kinds(
        "The judge found no mitigating circumstances in the fraud", "The judge found no aggravating circumstances in the fraud"));
    assertEquals(List.of(MeaningCheck.Kind.ANTONYM), kinds(
        "The new rota will worsen the waiting times", "The new rota will improve the waiting times"));
  }

  @Test
  void aWeakerModalIsAChange() {
    assertEquals(List.of(MeaningCheck.Kind.MODALITY),
        kinds("The council might rebuild the pier", "The council will rebuild the pier"));
  }

  @Test
  void aLikelierOutcomeThanTheSourceGivesIsAChange() {
    assertEquals(List.of(MeaningCheck.Kind.MODALITY),
        kinds("A strike at the docks this winter is likely", "A strike at the docks this winter is possible"));
    assertEquals(List.of(MeaningCheck.Kind.MODALITY),
        kinds("A merger of the two clubs is certain", "A merger of the two clubs is probable"));
  }

  @Test
  void aLessLikelyOrDeniedOutcomeIsNoLikelierOne() {
    assertEquals(List.of(), kinds("A strike at the docks this winter is possible",
        "A strike at the docks this winter is likely"));
    assertEquals(List.of(), kinds("A strike at the docks is less likely",
        "A strike at the docks is possible"));
  }

  @Test
  void anExpectationOrHopeQuotedAsAPlainWillIsAChange() {
    assertTrue(kinds("the new bridge will open before the summer",
        "I expect the new bridge to open before the summer").contains(MeaningCheck.Kind.MODALITY));
    assertEquals(List.of(MeaningCheck.Kind.MODALITY), kinds(
        "the ferry will run again in March", "We hope the ferry runs again in March"));
  }

  @Test
  void aHopeDroppedFromBeforeItsWillIsAChange() {
    assertEquals(List.of(MeaningCheck.Kind.MODALITY), kinds(
        "the new ferry, which will sail in May", "the new ferry, which we hope will sail in May"));
  }

  @Test
  void aWillOfTheSourceBeforeItsBeliefIsNoChange() {
    assertEquals(List.of(), kinds("We will reopen the pier in June",
        "We will reopen the pier in June, I think"));
  }

  @Test
  void anExpectationTheQuoteKeepsIsNoChange() {
    assertEquals(List.of(), kinds("I expect the new bridge will open before the summer",
        "I expect the new bridge to open before the summer"));
  }

  @Test
  void swappedAgentAndObjectAreAChange() {
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("They will outvote us on the harbour levy", "We will outvote them on the harbour levy"));
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("The trawler rammed the patrol boat near Skerry", "The patrol boat rammed the trawler near Skerry"));
  }

  @Test
  void nounsExchangedBetweenASubjectsPrepositionalPhraseAndTheObjectAreAChangeOfRoles() {
    // The perturbation harness's agent/object kind: the noun before the verb exchanged with the
    // object, where that noun hangs on the subject by a preposition.
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("The fate of the vote will decide the wardens",
            "The fate of the wardens will decide the vote"));
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("The owners of the trawler blamed the harbour",
            "The owners of the harbour blamed the trawler"));
    // The phrase's noun made a modifier of the same verb's object, an adjective left behind.
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("Fair treatment under the steady must include the rules enforcement of our bylaws",
            "Fair treatment under the rules must include the steady enforcement of our bylaws"));
  }

  @Test
  void aNounOfTheSubjectsPhraseNamingTheOneToldIsNoChangeOfRoles() {
    // Dev case 34's kind: "half the jobs at Calder are going" and "told Calder staff".
    assertEquals(List.of(), kinds("she told Brenmoor staff half the posts would go",
        "Half the posts at Brenmoor are going"));
  }

  @Test
  void aNegationDroppedOrAddedIsAChangeWhenBothSidesSetSomethingAside() {
    assertEquals(List.of(MeaningCheck.Kind.NEGATION),
        kinds("We could keep paying for ferries instead of wardens",
            "We could not keep paying for ferries instead of wardens"));
    assertEquals(List.of(MeaningCheck.Kind.NEGATION),
        kinds("The board did not pick the quay rather than the pier",
            "The board picked the quay rather than the pier"));
    // One side's set-aside stands for the other's negation.
    assertEquals(List.of(), kinds("The levy is for the harbour, not for the town",
        "The levy is for the harbour rather than the town"));
  }

  @Test
  void rewordingsSpellingAndNumberFormsKeepTheMeaning() {
    assertEquals(List.of(), kinds("We've got to mend the old seawall quickly",
        "We have got to repair the old seawall fast"));
    assertEquals(List.of(), kinds("The harbour programme will cost four thousand pounds",
        "The harbor program will cost 4,000 pounds"));
    assertEquals(List.of(), kinds("I never said the ferry was unsafe", "I never said the ferry was unsafe"));
  }

  @Test
  void aPersonPutInThePlaceOfAnotherIsAChangeEvenWhenBothOccurElsewhere() {
    // Both sides hold "I" and "you"; only the word-for-word comparison sees "you" put for "I".
    List<MeaningCheck.Difference> d = MeaningCheck.differences(
        "I told the wardens you can fix the lock yourself", "I told the wardens I can fix the lock myself");
    assertEquals(MeaningCheck.Kind.PERSON, d.get(0).kind());
    assertTrue(d.get(0).inPlace());
    assertTrue(d.get(0).reason().endsWith("the quote says \"you\" where the source says \"i\""),
        d.get(0).reason());
  }

  @Test
  void heForSheInThePlaceIsAChangeOfWho() {
    assertTrue(kinds("He said the quarry would reopen", "She said the quarry would reopen")
        .contains(MeaningCheck.Kind.PERSON));
  }

  @Test
  void anOppositePutInThePlaceIsAChangeEvenWhenTheSourceHasItElsewhere() {
    // "stop" is in both; "start" stands where the source has "stop".
    assertEquals(List.of(MeaningCheck.Kind.ANTONYM),
        kinds("We have to start, and the dredging has to stop now",
            "We have to stop, and the dredging has to stop now"));
    // Function-word opposites count only in place: "few" for "many" (a quantifier changed too).
    assertTrue(kinds("I can afford to take many days off", "I can afford to take a few days off")
        .contains(MeaningCheck.Kind.ANTONYM));
  }

  @Test
  void aModalPutInThePlaceOfAnotherClassIsAChange() {
    List<MeaningCheck.Difference> d = MeaningCheck.differences(
        "The tide is sometimes high here", "The tide is always high here");
    assertEquals(List.of(MeaningCheck.Kind.MODALITY), d.stream().map(MeaningCheck.Difference::kind).toList());
  }

  @Test
  void thirdPersonsExchangedBetweenSubjectAndObjectAreAChangeOfRoles() {
    assertTrue(kinds("Every week they call her about the pier", "Every week she calls them about the pier")
        .contains(MeaningCheck.Kind.ROLES));
  }

  @Test
  void rolesExchangedWithTheSameWordsAreInPlaceAndARewordingIsNot() {
    MeaningCheck.Difference same = MeaningCheck.differences(
        "In 1951 the town rescued us", "In 1951 we rescued the town").get(0);
    assertEquals(MeaningCheck.Kind.ROLES, same.kind());
    assertTrue(same.inPlace());
    assertEquals(List.of(), kinds("The pier was mended by them last spring",
        "They mended the pier last spring"));
  }

  @Test
  void wordsChangedOnlyAsACasePairOrSpellingAreNoSubstitution() {
    assertEquals(List.of(), kinds("Me and the wardens will mend it", "I and the wardens will mend it"));
    assertEquals(List.of(), kinds("We would rather close the pier", "We will rather close the pier"));
  }

  @Test
  void aClauseOpeningAndIsNoPairAndLeavesTheCaseToCount() {
    assertTrue(kinds("And we thanked you all for the ferry", "And you thanked us all for the ferry")
        .contains(MeaningCheck.Kind.ROLES));
  }

  @Test
  void twoWordsExchangedAcrossAVerbAreAChangeAndAcrossAndAreAList() {
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("the wardens will pay the fishermen", "the fishermen will pay the wardens"));
    assertEquals(List.of(), kinds("the wardens and the fishermen will pay",
        "the fishermen and the wardens will pay"));
  }

  @Test
  void aNounMadeTheDoerOfAPronounIsAChangeOfRolesWhatCaseTheObjectHas() {
    // "her" is no subject's or object's case alone: the tags place "the ferry" before the verb.
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("The ferry missed her at the quay", "She missed the ferry at the quay"));
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("Their nets wanted them before the season", "They wanted their nets before the season"));
  }

  @Test
  void anActiveClauseTurnedPassiveKeepsItsRolesAndAPassiveWithItsPartiesExchangedDoesNot() {
    assertEquals(List.of(), kinds("The old quay was rebuilt by the wardens last year",
        "The wardens rebuilt the old quay last year"));
    assertEquals(List.of(MeaningCheck.Kind.ROLES), kinds("The wardens were paid by the council",
        "The wardens paid the council"));
  }

  @Test
  void oneNounTurnedFromDoneToIntoTheDoerIsAChangeOfRoles() {
    // "the wardens" is the doer on both sides; "the nets", done to by the wardens, hold.
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("After the storm the nets held and the wardens mended them",
            "The wardens mended the nets after the storm held"));
  }

  @Test
  void youReadAsTheDoerOnOneSideOnlyIsNoExchangeButYouAndMeExchangedAre() {
    assertEquals(List.of(MeaningCheck.Kind.ROLES),
        kinds("You warned me about the tide", "I warned you about the tide"));
  }

  @Test
  void aFigureBoundTheOtherWayIsAChangeOfNumberAndTheSameBoundInOtherWordsIsNot() {
    List<MeaningCheck.Difference> d = MeaningCheck.differences(
        "Every farm within six miles of the river gets a grant",
        "every farm more than six miles from the river gets a grant");
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), d.stream().map(MeaningCheck.Difference::kind).toList());
    assertTrue(d.get(0).reason().contains("the quote says \"within 6\" where the source says \"more than 6\""),
        d.get(0).reason());
    assertEquals(List.of(), kinds("Over 300 boats use the harbour", "More than 300 boats use the harbour"));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        kinds("Fewer than 300 boats use the harbour", "At least 300 boats use the harbour"));
  }

  /** The kinds of difference between a report and its source, the report read as reported. */
  static List<MeaningCheck.Kind> reportedKinds(String report, String source) {
    Words a = Words.of(report, 0, report.length()).asReported();
    Words s = Words.of(source, 0, source.length());
    return MeaningCheck.differences(a, MeaningCheck.range(0, a.size), s, 0, s.size, source)
        .stream().map(MeaningCheck.Difference::kind).toList();
  }

  @Test
  void aReportMovesTheSpeakersFirstPersonPluralToTheThirdWithoutAChangeOfPerson() {
    assertEquals(List.of(), reportedKinds("they would keep the ferry office open until June",
        "We will keep the ferry office open until June"));
    assertEquals(List.of(), reportedKinds("their crews had not been paid and they owed them an"
        + " apology", "Our crews have not been paid, and we owe them an apology"));
    assertEquals(List.of(), reportedKinds("the council had asked them to wait",
        "The council has asked us to wait"));
    // A quote that does the same changes who is meant.
    assertEquals(List.of(MeaningCheck.Kind.PERSON),
        kinds("they will keep the ferry office open until June",
            "We will keep the ferry office open until June"));
  }

  @Test
  void aReportMovesTheSpeakersSingularToHeOrSheAndTenseBackWithoutAChange() {
    assertEquals(List.of(), reportedKinds("she had signed the lease herself and would move her"
        + " bakery in May", "I have signed the lease myself and I will move my bakery in May"));
    assertEquals(List.of(), reportedKinds("he would not sell the boatyard to them",
        "We will not sell the boatyard to them"));
  }

  @Test
  void aThirdPersonTheSourceAlsoUsesKeepsItsOwnPersonInAReport() {
    // The source's "they" are the wardens; the report's "they" matches them, not "we".
    assertEquals(List.of(), reportedKinds("they had told the wardens they would close the path",
        "We told the wardens they would close the path"));
  }

  @Test
  void aReportStillChangesMeaningWithAPersonTheReportedSpeechShiftCannotGive() {
    // "you" is the person spoken to: a report cannot make it the speaker.
    assertTrue(reportedKinds("you would pay for the new pier", "We will pay for the new pier")
        .contains(MeaningCheck.Kind.PERSON));
    assertEquals(List.of(MeaningCheck.Kind.NEGATION),
        reportedKinds("they would not keep the ferry office open", "We will keep the ferry"
            + " office open"));
  }

  @Test
  void aReportSaysThereAndThenForTheSpeakersHereAndNow() {
    assertEquals(List.of(), reportedKinds("the families living there would go back to the"
        + " valley", "The families living here will come back to the valley"));
    assertTrue(kinds("the families living there will go back to the valley",
        "The families living here will come back to the valley")
        .contains(MeaningCheck.Kind.ANTONYM));
  }

  @Test
  void aNounNamingWhatTheSourcesPronounDoesIsNoChangeOfRoles() {
    assertEquals(List.of(), reportedKinds("the night ferries cost them ninety thousand pounds a"
        + " year", "We cannot run the night ferries without the grant. They cost us ninety"
        + " thousand pounds a year"));
    // The pronoun turned round as well is an exchange.
    assertEquals(List.of(MeaningCheck.Kind.ROLES), kinds("The ferrymen will fight them",
        "They will fight the ferrymen"));
  }

  @Test
  void aHedgedFigureIsTheSourcesRoundedButNotAnotherFigure() {
    assertEquals(List.of(), kinds("nearly 40 per cent of the berths were empty",
        "38.6 per cent of the berths were empty"));
    assertEquals(List.of(), kinds("the school had fewer than a hundred pupils",
        "the school had ninety-four pupils"));
    assertEquals(List.of(), kinds("the quay cost about 11 million", "the quay cost 10.7 million"));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        kinds("nearly 40 per cent of the berths were empty", "31 per cent of the berths were empty"));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER),
        kinds("more than 40 per cent of the berths were empty", "38.6 per cent of the berths were"
            + " empty"));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), kinds("40 per cent of the berths were empty",
        "38.6 per cent of the berths were empty"));
    // A figure the source hedges itself was never exact: under the same hedge, another figure.
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), kinds("boats waited for up to 23 hours",
        "boats waited for up to 19 hours"));
  }

  @Test
  void aChangedQuantifierIsAChangeAndTheSameQuantifierInOtherWordsIsNot() {
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), kinds("Most of the crews may retire",
        "Some of the crews may retire"));
    assertEquals(List.of(MeaningCheck.Kind.NUMBER), kinds("All the wardens live in Tollin",
        "Most of the wardens live in Tollin"));
    assertEquals(List.of(), kinds("Every warden lives in Tollin", "All the wardens live in Tollin"));
    assertEquals(List.of(), kinds("A few of the crews may retire", "Some of the crews may retire"));
    // "the most important" is a superlative, "some 40" a hedged figure: no quantifier.
    assertEquals(List.of(), kinds("the most important pier", "the main pier"));
  }

  @Test
  void ratherThanSetsAsideWhatTheSourcesNotNegates() {
    // Fails without MeaningCheck.setAsides: "rather than the harbour" was read as dropping the
    // source's "not for the harbour".
    String source = "That is a matter for the county council, not for the harbour board.";
    assertTrue(MeaningCheck.differences("the matter was one for the county council rather than"
        + " the harbour board", source).stream()
        .noneMatch(d -> d.kind() == MeaningCheck.Kind.NEGATION));
    assertTrue(MeaningCheck.differences("the county council would pay instead of the harbour"
        + " board", "The harbour board will not pay; the county council will.").stream()
        .noneMatch(d -> d.kind() == MeaningCheck.Kind.NEGATION));
    // Without a word setting it aside, the negation is still dropped.
    assertTrue(MeaningCheck.differences("the matter was one for the harbour board", source)
        .stream().anyMatch(d -> d.kind() == MeaningCheck.Kind.NEGATION));
  }

  @Test
  void aQuantifierPutForAWordThatLimitedTheNounWidensTheClaim() {
    assertTrue(kinds("The buses will be free for all pensioners",
        "The buses will be free for disabled pensioners").contains(MeaningCheck.Kind.NUMBER));
    // "Some" before a figure hedges it, as "around" does: no quantifier.
    assertEquals(List.of(), kinds("To run the plan we need some 4,000 people",
        "We need around 4,000 people to run the plan"));
    // A rewording around the quantifier is no word put for a limit.
    assertEquals(List.of(), kinds("the towns can accept some migrants",
        "the towns can accommodate a number of migrants"));
    // An "all" added before what the source says in full limits nothing away.
    assertEquals(List.of(), kinds("The buses will be free for all the pensioners",
        "The buses will be free for the pensioners"));
  }

  @Test
  void beingForAThingPutForBeingAgainstItIsAnOpposite() {
    assertTrue(kinds("Most of the crews voted for the new quota",
        "Most of the crews voted against the new quota").contains(MeaningCheck.Kind.ANTONYM));
    assertTrue(kinds("half of the parents who wrote in backed the plan",
        "half of the parents who wrote in were against the plan")
        .contains(MeaningCheck.Kind.ANTONYM));
    assertEquals(List.of(), kinds("half of the parents backed the plan",
        "half of the parents supported the plan"));
  }

  @Test
  void theSpeakersOwnIForSomeoneTheSourceNamesIsAChangeOfPerson() {
    assertTrue(kinds("I have walked the dogs every morning",
        "My brother has walked the dogs every morning").contains(MeaningCheck.Kind.PERSON));
    assertEquals(List.of(), kinds("I have walked the dogs every morning",
        "I walked the dogs every morning"));
  }

  @Test
  void theNotOfNotOnlyDroppedLeavesALimitingOnly() {
    assertEquals(List.of(MeaningCheck.Kind.NEGATION),
        kinds("It is only a fine old custom, but a lifeline for the islands",
            "It is not only a fine old custom, but a lifeline for the islands"));
    assertEquals(List.of(MeaningCheck.Kind.NEGATION),
        kinds("we are not only going to mend the roads",
            "we are only going to mend the roads"));
    assertEquals(List.of(), kinds("It is not only a fine old custom",
        "It is not only a fine old custom"));
  }
  @Test
  void aPartyAndYouExchangedAroundAVerbTheTaggerTakesForANounAreAChangeOfRoles() {
    // roles22 (issue 18): "asks" after "the council" was tagged a noun, and nobody did anything.
    assertTrue(kinds("The council asks you every single week", "You ask the council every single week")
        .contains(MeaningCheck.Kind.ROLES));
  }

  @Test
  void aNameMadeTheDoerOfYouIsAChangeOfRolesReadFromTheWordsAsWritten() {
    // roles22 (issue 18): lower-cased, "marta" was a noun and "kowalski" a verb.
    assertTrue(kinds("Marta Kowalski chooses you, and the port will be fine",
        "You choose Marta Kowalski, and the port will be fine").contains(MeaningCheck.Kind.ROLES));
  }

  @Test
  void itAndANounExchangedAfterAnOpeningClauseAreAChangeOfRoles() {
    // roles22 (issue 18): without its comma "if the tide turns the levy" ran on as one phrase.
    assertTrue(kinds("If the tide turns, the levy will cut it",
        "If the tide turns, it will cut the levy").contains(MeaningCheck.Kind.ROLES));
  }
  /** The report as the trace reads it: its third persons written back as the speaker's. */
  private static List<MeaningCheck.Kind> asSaidKinds(String report, String source) {
    return reportedKinds(Reported.asSaid(report, List.of(new org.quotetrace.text.Span(0,
        report.length()))), source);
  }

  @Test
  void aReportsHimReadAsTheSpeakerIsTheSourcesHeWhenTheSourceNamesNoSpeaker() {
    // roles22 (issue 18): "him" is written "me", which the source never says, and the swap of
    // "he" and the ferry company was no swap at all.
    assertEquals(List.of(MeaningCheck.Kind.ROLES), asSaidKinds("the ferry company regards him as"
        + " its worst mistake", "He regards the ferry company as his worst mistake"));
    assertEquals(List.of(), asSaidKinds("he regards the ferry company as his worst mistake",
        "He regards the ferry company as his worst mistake"));
  }

  @Test
  void aReportsHimIsTheSourcesHeEvenWhereTheSourceAlsoHasTheSpeaker() {
    // roles22 (issue 18): with "we" in the source, the written-back "me" was taken for it.
    assertEquals(List.of(MeaningCheck.Kind.ROLES), asSaidKinds("we already know these tolls"
        + " don't trouble him", "We already know he doesn't trouble these tolls"));
    assertEquals(List.of(), asSaidKinds("we already know he doesn't trouble these tolls",
        "We already know he doesn't trouble these tolls"));
  }

  @Test
  void aReportsHerAsAnObjectIsTheSpeakersMeNotMy() {
    // roles22 (issue 18): a "her" left over was written back as whichever of "me", "my", "us"
    // or "our" a set gave first, and "my" is nobody who acts or is acted on: "the harbour knows
    // her from her own boat" kept the source's roles.
    assertEquals(List.of(MeaningCheck.Kind.ROLES), asSaidKinds("the harbour knows her from her"
        + " own boat", "I know the harbour from my own boat"));
    assertEquals(List.of(), asSaidKinds("she knows the harbour from her own boat",
        "I know the harbour from my own boat"));
  }
}
