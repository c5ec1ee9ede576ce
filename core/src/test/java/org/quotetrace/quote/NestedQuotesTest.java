package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.quote.QuoteAssertions.assertSpeaker;
import static org.quotetrace.quote.QuoteAssertions.find;
import static org.quotetrace.quote.QuoteAssertions.quote;
import static org.quotetrace.quote.QuoteAssertions.texts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quote inside a quote is a quote of its own, with its own speaker (issue 13, 1.5). */
class NestedQuotesTest {

  private static final String COLUMN = "Senator Maria Lund lost the debate on Tuesday night.\n\n"
      + "Our columnist Peter Holm wrote: “The tenor changed. ‘He choked,’ she said. "
      + "That was the moment.”\n";

  @Test
  void aQuoteInsideAQuoteIsAQuoteOfItsOwnWithTheOuterAsParent() {
    Extraction ex = find(COLUMN);
    Quote outer = quote(ex, "The tenor");
    Quote inner = quote(ex, "He choked");
    assertNull(outer.parent());
    assertEquals(outer.span(), inner.parent());
    assertEquals(List.of("The tenor changed. ‘He choked,’ she said. That was the moment.",
        "He choked,"), texts(ex));
  }

  @Test
  void theInnerQuoteIsSpokenByTheOneItsOwnCueNamesNotByTheOuterSpeaker() {
    Extraction ex = find(COLUMN);
    assertSpeaker(ex, "He choked", "Maria Lund", "she");
    assertSpeaker(ex, "The tenor", "Peter Holm", null);
  }

  @Test
  void aCueOutsideTheOuterQuoteIsNotTakenForTheInnerQuote() {
    Extraction ex = find("“I heard ‘never’ from the back,” the usher Ola Berg said.");
    Quote inner = quote(ex, "never");
    assertTrue(inner.speaker() == null || inner.speaker().mention() == null
        || !inner.speaker().mention().text().contains("Berg"), () -> "speaker " + inner.speaker());
    assertSpeaker(ex, "I heard", "Ola Berg", "the usher Ola Berg");
  }

  @Test
  void quotesNestTwoDeepEachInsideItsParent() {
    String text = "“She wrote ‘he told us “go home” twice’ in her diary,” the aide said.";
    Extraction ex = find(text);
    Quote outer = quote(ex, "She wrote");
    Quote middle = quote(ex, "he told us");
    Quote inner = quote(ex, "go home");
    assertEquals(outer.span(), middle.parent());
    assertEquals(middle.span(), inner.parent());
  }

  @Test
  void aNestedMarkLeftOpenIsNotAQuote() {
    Extraction ex = find("“They called it ‘a farce and walked out,” the clerk said.");
    assertEquals(List.of("They called it ‘a farce and walked out,"), texts(ex));
    assertTrue(ex.problems().stream().anyMatch(p -> p.message().contains("nested quote mark")));
  }

  @Test
  void aQuoteClosedInsideTheOuterQuotesContinuationIsKeptWhenTheOuterRunsOver() {
    String text = "“First we waited. ‘Soon,’ they promised.\n\n“Nothing came,” the farmer said.";
    Extraction ex = find(text);
    Quote outer = quote(ex, "First we waited");
    assertEquals(outer.span(), quote(ex, "Soon").parent());
    assertNotNull(outer.speaker());
  }
}
