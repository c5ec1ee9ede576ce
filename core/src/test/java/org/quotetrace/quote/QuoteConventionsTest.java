package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotetrace.quote.QuoteAssertions.find;
import static org.quotetrace.quote.QuoteAssertions.texts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: quote conventions real text uses beyond the marks of DESIGN.md. */
class QuoteConventionsTest {
  @Test
  void latexAndTreebankDoubleMarksEncloseAQuote() {
    Extraction ex = find("``The lock gates will open on Monday,'' the canal keeper said.");
    assertEquals(List.of("The lock gates will open on Monday,"), texts(ex));
  }

  @Test
  void latexSingleMarksEncloseAQuote() {
    Extraction ex = find("The keeper said `not before the thaw' and walked off.");
    assertEquals(List.of("not before the thaw"), texts(ex));
  }

  @Test
  void aMarkdownCodeSpanIsNotALatexQuote() {
    // Regression: `harbour/` in a README opened a quote that ran on to the next apostrophe.
    Extraction ex = find("Put the files in `harbour/` and run `make`. The keeper's log says "
        + "`not before the thaw' on every page.");
    assertEquals(List.of("not before the thaw"), texts(ex));
  }

  @Test
  void aLatexQuoteRunsOverParagraphsThatReopenIt() {
    Extraction ex = find("``The gates are old.\n\n``We mend them every spring,'' she said.");
    assertEquals(1, ex.speech().size(), texts(ex).toString());
    assertEquals("The gates are old.\n\n``We mend them every spring,", texts(ex).get(0));
  }

  @Test
  void aQuoteMayStartWithAnApostropheWord() {
    Extraction ex = find("‘'Tis nobler to wait,’ the ferryman said.");
    assertEquals(List.of("'Tis nobler to wait,"), texts(ex));
  }

  @Test
  void aQuoteInSingleMarksRunsOverParagraphsThatReopenIt() {
    Extraction ex = find("‘The harbour is quiet in winter.\n\n‘The boats come back in March,’ the"
        + " harbour master said.");
    assertEquals(1, ex.speech().size(), texts(ex).toString());
    assertEquals("The harbour is quiet in winter.\n\n‘The boats come back in March,",
        texts(ex).get(0));
  }

  @Test
  void anApostropheOpeningAParagraphDoesNotReopenASingleQuote() {
    Extraction ex = find("‘The harbour is quiet,’ he said. ‘Too quiet.\n\n'Twas ever so, a"
        + " fisher added.");
    assertEquals("Too quiet.", texts(ex).get(texts(ex).size() - 1));
  }
}
