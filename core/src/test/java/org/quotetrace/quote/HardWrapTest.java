package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.quote.QuoteAssertions.assertSpeaker;
import static org.quotetrace.quote.QuoteAssertions.find;
import static org.quotetrace.quote.QuoteAssertions.quote;
import static org.quotetrace.quote.QuoteAssertions.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;

/** Issue 13: a single line break inside a hard-wrapped paragraph does not end a quote. */
class HardWrapTest {
  // Invented prose, wrapped greedily at 60 characters like wire copy or e-mail.
  private static final String WRAPPED = String.join("\n",
      "The ferry to the outer islands did not sail on Tuesday, and",
      "the harbour office gave no reason until late in the evening.",
      "\"We could not find a crew willing to cross in this wind, not",
      "with the swell running as it was,\" said Marta Lindqvist, who",
      "runs the ferry company from a cabin beside the slipway.",
      "",
      "Passengers waited on the quay for most of the afternoon and",
      "some of them went home. \"I have missed my sister's wedding,\"",
      "one man said, while another shrugged: \"The sea decides, not",
      "the timetable.\" By six the quay was empty again.");

  @Test
  void aQuoteWrappedOverLinesIsOneQuoteWithItsSpeaker() {
    Extraction ex = find(WRAPPED);
    String first = "We could not find a crew willing to cross in this wind, not\n"
        + "with the swell running as it was,";
    assertEquals(first, texts(ex).get(0));
    assertSpeaker(ex, "We could not", "Marta Lindqvist", "Marta Lindqvist");
    assertEquals(List.of(), ex.problems(), "no quote is left open at a line end");
  }

  @Test
  void aWrappedParagraphHoldsTwoQuotes() {
    Extraction ex = find(WRAPPED);
    assertEquals(List.of(
        "We could not find a crew willing to cross in this wind, not\nwith the swell running as it was,",
        "I have missed my sister's wedding,",
        "The sea decides, not\nthe timetable."), texts(ex));
  }

  @Test
  void crlfWrappedTextIsReadTheSame() {
    Extraction ex = find(WRAPPED.replace("\n", "\r\n"));
    assertEquals("We could not find a crew willing to cross in this wind, not\r\n"
        + "with the swell running as it was,", texts(ex).get(0));
    assertEquals(3, texts(ex).size(), texts(ex).toString());
    assertSpeaker(ex, "We could not", "Marta Lindqvist", "Marta Lindqvist");
  }

  @Test
  void aWrappedQuoteIsOneParagraphForTheSegmenter() {
    List<Span> paragraphs = Segmenter.paragraphs(WRAPPED.replace("\n", "\r\n"));
    assertEquals(2, paragraphs.size(), paragraphs.toString());
  }

  @Test
  void aTwoLineParagraphIsWrappedWhenTheRestOfTheTextShowsTheWidth() {
    String text = WRAPPED + "\n\n\"Tomorrow, if the wind drops,\" Marta Lindqvist told them, \"and\n"
        + "not an hour before.\"";
    Extraction ex = find(text);
    assertEquals("and\nnot an hour before.", texts(ex).get(texts(ex).size() - 1));
  }

  @Test
  void offsetsOfAWrappedQuoteAreCodePointsIntoTheText() {
    String text = WRAPPED.replace("the outer islands", "the \uD83C\uDF0A islands ");
    Extraction ex = find(text);
    Quote q = quote(ex, "We could not");
    Span cp = Offsets.of(text).toCodePoints(q.span());
    int open = text.indexOf("We could not");
    assertEquals(text.codePointCount(0, open), cp.start());
    assertEquals(cp.start() + "We could not find a crew willing to cross in this wind, not\n"
        .length() + "with the swell running as it was,".length(), cp.end());
  }

  @Test
  void shortRaggedLinesStayParagraphsOfTheirOwn() {
    // Verse: the lines stay lines; a quote left open mid-sentence at a line's end runs on to the
    // closing mark of the next line (issue 13, 1.6), keeping the break and recording it.
    Extraction ex = find("The gulls came in over the grey water\n\"Hold the rope,\n"
        + "and mind the bow,\" the old man called\nand nobody moved at all");
    assertEquals("Hold the rope,\nand mind the bow,", texts(ex).get(0));
    assertTrue(ex.problems().get(0).message().contains("runs on"));
  }

  @Test
  void aTranscriptOfLabelledLinesIsNotJoined() {
    String text = "HOST: Welcome back. We are talking about the ferry and the weather\n"
        + "LINDQVIST: \"Not in this wind\" is what I told them this morning, twice\n"
        + "HOST: And what did the passengers say to you when they heard that news";
    assertEquals(3, Segmenter.paragraphs(text).size());
  }

  @Test
  void aListOfEvenLinesIsNotJoined() {
    String text = "- a crate of apples from the orchard beyond the old stone bridge\n"
        + "- two sacks of flour for the bakery on the corner of the market\n"
        + "- \"fragile\" stamped on every box of glass sent to the island shop";
    assertEquals(3, Segmenter.paragraphs(text).size());
  }

  @Test
  void newsWithOneParagraphALineIsUnchanged() {
    String text = "The council met on Monday.\n\"We will rebuild the pier,\" the mayor said.\n"
        + "Work starts in May.";
    assertEquals(3, Segmenter.paragraphs(text).size());
    assertEquals(List.of("We will rebuild the pier,"), texts(find(text)));
  }

  @Test
  void aWrappedFirstParagraphOfTwoLinesIsNotTakenForAHeadline() {
    String text = "\"The pier will not last another winter like this one,\" the\n"
        + "engineer warned the council at its meeting on Thursday.\n\n" + WRAPPED;
    Extraction ex = find(text);
    assertEquals("The pier will not last another winter like this one,", texts(ex).get(0));
  }

  @Test
  void lineFeedsAndCarriageReturnsGiveTheSameParagraphs() {
    // A text with no carriage return is read by a faster search for its line feeds: both readings
    // must agree, at the text's edges too.
    for (String lf : new String[] {WRAPPED, "\n\n" + WRAPPED + "\n", "\n", "", "One line",
        "A\n\nB\n \nC\n\n"}) {
      String cr = lf.replace('\n', '\r');
      assertEquals(Segmenter.paragraphs(cr), Segmenter.paragraphs(lf), () -> "\"" + lf + "\"");
      assertEquals(org.quotetrace.text.LineWrap.softBreaks(cr),
          org.quotetrace.text.LineWrap.softBreaks(lf), () -> "\"" + lf + "\"");
    }
  }
}
