package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.quote.QuoteAssertions.find;
import static org.quotetrace.quote.QuoteAssertions.quote;
import static org.quotetrace.quote.QuoteAssertions.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Document;

class QuoteMarksTest {

  @Test
  void everyQuoteStyleIsFound() {
    Extraction ex = find(
        "Ana said “curly double.” Ben said \"straight double.\" Cleo said ‘curly single.’ "
            + "Dov said «guillemets». Eva said „low nine“ and Finn said 'straight single.'");
    assertEquals(List.of("curly double.", "straight double.", "curly single.", "guillemets",
        "low nine", "straight single."), texts(ex));
  }

  @Test
  void quoteOffsetsExcludeTheMarks() {
    String text = "The mayor said: “We will rebuild the bridge.”";
    Extraction ex = find(text);
    Quote q = ex.speech().get(0);
    assertEquals(text.indexOf('W'), q.span().start());
    assertEquals(text.indexOf('”'), q.span().end());
  }

  @Test
  void apostrophesAreNeverQuoteMarks() {
    Extraction ex = find("That’s the ’90s for you, and the Joneses’ car isn’t rock ‘n’ roll. "
        + "It's 'em, y'all, the '80s.");
    assertTrue(ex.quotes().isEmpty(), () -> "found " + texts(ex));
  }

  @Test
  void pluralPossessiveInsideSingleQuotesDoesNotCloseTheQuote() {
    Extraction ex = find("Headline: Farmer says ‘the Smiths’ barn is mine’ after ruling");
    assertEquals(List.of("the Smiths’ barn is mine"), texts(ex));
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuote() {
    Extraction ex = find("“She told me ‘never again’ and left,” the clerk said.");
    assertEquals(List.of("She told me ‘never again’ and left,"), texts(ex, ex.topLevel()));
    assertEquals(List.of("She told me ‘never again’ and left,", "never again"), texts(ex));
  }

  @Test
  void straightQuotesNestInsideStraightQuotes() {
    String text = "\"He said \"no\" to me twice,\" the clerk said.";
    Extraction ex = find(text);
    assertEquals(List.of("He said \"no\" to me twice,"), texts(ex, ex.topLevel()));
    assertEquals(quote(ex, "He said").span(), quote(ex, "no").parent());
  }

  @Test
  void quoteLeftOpenAtParagraphEndRunsIntoTheReopenedNextParagraph() {
    String text = "“The first part of the statement.\n\n“The second part,” the minister said.\n\nAfterwards.";
    Extraction ex = find(text);
    assertEquals(1, ex.speech().size());
    Quote q = ex.speech().get(0);
    assertEquals(1, q.span().start());
    assertTrue(q.text(text).endsWith("The second part,"));
    assertTrue(ex.problems().isEmpty(), () -> "unexpected problems " + ex.problems());
  }

  // Issue 13 (1.6): this test expected the words after a stray mark to be a quote; an opening
  // mark that nothing closes, reopens or continues is a problem at its place, not a quote.
  @Test
  void anUnclosedMarkMidSentenceIsNotAQuoteButAProblemAtItsPosition() {
    String text = "Intro line.\nThe chief said “we are ready and nobody stops us\nNext paragraph here.";
    Extraction ex = find(text);
    assertEquals(List.of(), texts(ex));
    assertEquals(1, ex.problems().size());
    var p = ex.problems().get(0);
    assertEquals(2, p.line());
    assertEquals(text.indexOf('“'), p.offset());
    assertTrue(p.message().contains("not read as a quote"), p.message());
  }

  @Test
  void anUnclosedQuoteOfWholeSentencesEndsWithItsParagraphAndIsRecorded() {
    String text = "The mayor said: “We are ready. Nobody stops us.\n\nThe vote is on Friday.";
    Extraction ex = find(text);
    assertEquals(List.of("We are ready. Nobody stops us."), texts(ex));
    assertTrue(ex.problems().get(0).message().contains("taken to end there"));
  }

  @Test
  void aQuoteLeftOpenMidSentenceRunsOnToTheNextParagraphsClosingMark() {
    String text = "“We will not sell the harbour to\n\nanyone at all,” the mayor said.";
    Extraction ex = find(text);
    assertEquals(List.of("We will not sell the harbour to\n\nanyone at all,"), texts(ex));
    assertTrue(ex.problems().get(0).message().contains("runs on to the closing mark at 3:"),
        () -> ex.problems().toString());
  }

  @Test
  void anUnclosedFinalQuoteIsNotAQuote() {
    for (String end : new String[] {"", "\n", "\n\n"}) {
      Extraction ex = find("The report ended. He said “we will return." + end);
      assertEquals(List.of(), texts(ex));
      assertTrue(ex.problems().get(0).message().contains("never closed before the text ends"));
    }
  }

  @Test
  void aQuoteAfterAStrayOpeningMarkIsStillAQuoteOfItsOwn() {
    Extraction ex = find("The sign read “closed and then he said “we open at nine,” she said\n\nLater.");
    assertEquals(List.of("we open at nine,"), texts(ex));
    assertTrue(ex.quotes().get(0).parent() == null);
  }

  @Test
  void anOpeningMarkAtAParagraphsEndClosesTheOpenQuote() {
    Extraction ex = find("The pastor spoke on Sunday.\n\n\"We stay here. They see that. “\n\n"
        + "The story was updated.");
    assertEquals(List.of("We stay here. They see that. "), texts(ex));
  }

  @Test
  void strayClosingMarkIsRecordedNotThrown() {
    Extraction ex = find("A stray mark” sits here.");
    assertTrue(ex.speech().isEmpty());
    assertFalse(ex.problems().isEmpty());
  }

  @Test
  void markupAttributesAreNotQuotes() {
    Extraction ex = find("<tweet author=\"someone\" id=\"123\">Text</tweet> He said \"yes.\"");
    assertEquals(List.of("yes."), texts(ex));
  }

  @Test
  void doubledApostrophesAreQuotesByDefaultAndCanBeTurnedOff() {
    String text = "''We will win,'' the coach said.";
    Extraction ex = find(text);
    QuoteAssertions.assertInvariants(ex);
    assertEquals(List.of("We will win,"), texts(ex));
    assertTrue(new QuoteFinder(false).find(Document.article("t", text)).quotes().isEmpty());
  }

  @Test
  void titlesNicknamesAndTermsAreNotSpeech() {
    Extraction ex = find("She appeared on CNN’s “State of the Union” and praised the book "
        + "“Wide Open Roads” while the wrestler Dwayne “The Boulder” Smith watched the so-called "
        + "“reform” vote.");
    assertEquals(QuoteKind.TITLE, quote(ex, "State of").kind());
    assertEquals(QuoteKind.TITLE, quote(ex, "Wide Open").kind());
    assertEquals(QuoteKind.NAME, quote(ex, "The Boulder").kind());
    assertEquals(QuoteKind.TERM, quote(ex, "reform").kind());
  }

  @Test
  void scareQuotedWordsReportedAsSomeonesAreSpeech() {
    Extraction ex = find("The envoy called the sanctions “unfair” on Monday.");
    assertEquals(QuoteKind.SPEECH, quote(ex, "unfair").kind());
  }

  @Test
  void quotesInTheHeadlineAreNotCountedAsSpeech() {
    Extraction ex = find("Harbour chief: ‘We Will Not Sell the Docks’\n\n"
        + "The harbour chief, Anna Berglund, told the council on Monday that “we will not sell the "
        + "docks, not this year and not next.”");
    assertEquals(QuoteKind.HEADLINE, quote(ex, "We Will Not").kind());
    assertEquals(QuoteKind.SPEECH, quote(ex, "we will not sell").kind());
  }

  @Test
  void aFirstLineThatSaysSaidIsTheLeadNotAHeadline() {
    Extraction ex = find("“The ferry runs again on Friday,” the port manager said.\n\n"
        + "The storm closed the crossing for a week.");
    assertEquals(QuoteKind.SPEECH, quote(ex, "The ferry").kind());
  }

  @Test
  void aSingleParagraphTextHasNoHeadline() {
    Extraction ex = find("Storm warning: ‘Stay indoors tonight’");
    assertEquals(QuoteKind.SPEECH, quote(ex, "Stay indoors").kind());
  }

  @Test
  void aShortSingleQuotedLineBetweenSectionsIsASubhead() {
    Extraction ex = find("Budget talks resume\n\n“We have a deal,” the minister said.\n\n"
        + "'A Long Night Ahead.'\n\nThe talks went on until dawn.");
    assertEquals(QuoteKind.HEADLINE, quote(ex, "A Long Night").kind());
    assertEquals(QuoteKind.SPEECH, quote(ex, "We have a deal").kind());
  }

  @Test
  void aSingleQuoteLeftOpenAtALineEndIsNotASubhead() {
    Extraction ex = find("Budget talks resume\n\n‘We have a deal\n\n‘and we keep it,’ the minister said.");
    assertEquals(QuoteKind.SPEECH, quote(ex, "We have a deal").kind());
  }

  @Test
  void wordsCitedAsSomeonesUsageAreSpeech() {
    Extraction ex = find("The senator again refused to use the words “harbour tax” on Monday.");
    assertEquals(QuoteKind.SPEECH, quote(ex, "harbour tax").kind());
  }

  @Test
  void aQuotedPronounIsAWordMentionedNotSpeech() {
    Extraction ex = find("Why does the form still call every applicant “he”?");
    assertEquals(QuoteKind.TERM, quote(ex, "he").kind());
  }

  @Test
  void aNameSomebodyGaveIsReportedSpeech() {
    Extraction ex = find("The coach says the fans nicknamed him “Iron Knees” long ago.");
    assertEquals(QuoteKind.SPEECH, quote(ex, "Iron Knees").kind());
  }

  @Test
  void minorWordsDoNotBreakTheTitleCaseOfAProgramme() {
    Extraction ex = find("The senator spoke on NRK’s “Evening with Anne Holt” about the budget.");
    assertEquals(QuoteKind.TITLE, quote(ex, "Evening with").kind());
  }

  @Test
  void singleMarksNestedInUnreadDoubledApostrophesAreNotTopLevelQuotes() {
    String text = "''I told him, 'We stay,' and he agreed,'' the mayor recalled.";
    assertTrue(new QuoteFinder(false).find(Document.article("t", text)).quotes().isEmpty());
    Extraction ex = find(text);
    QuoteAssertions.assertInvariants(ex);
    assertEquals(List.of("I told him, 'We stay,' and he agreed,"), texts(ex, ex.topLevel()));
    assertEquals(List.of("I told him, 'We stay,' and he agreed,", "We stay,"), texts(ex));
  }

  @Test
  void singleQuotesOutsideDoubledApostrophesAreStillRead() {
    String text = "''Fine,'' she said. Later the sign read 'Closed today' in red.";
    assertEquals(List.of("Closed today"),
        texts(new QuoteFinder(false).find(Document.article("t", text))));
    assertEquals(List.of("Fine,", "Closed today"), texts(find(text)));
  }
}
