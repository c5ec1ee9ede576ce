package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.eval.QuoteScorer.SystemQuote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.text.Span;

class SystemQuotesTest {
  // The PolNeAR gold keeps a quote inside a quote as part of the outer one, never on its own.
  @Test
  void onlyTopLevelQuotesAreScoredAsTheGoldNeverCountsAQuoteInsideAQuote() {
    String text = "“She told me ‘never again’ and left,” the clerk said.";
    List<SystemQuote> scored = SystemQuotes.of(new QuoteFinder().find(Document.article("t", text)));
    assertEquals(1, scored.size());
    assertEquals(new Span(1, text.indexOf('”')), scored.get(0).span());
  }
}
