package org.quotetrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

class QuoteJsonNestingTest {
  @Test
  void aNestedQuoteNamesItsParentByTheParentsSpanInCodePoints() {
    // The emoji is two UTF-16 units and one code point: offsets must count it once.
    String text = "\uD83D\uDE42 “The clerk said ‘closed’ and left,” the baker said.";
    JsonNode quotes = QuoteJson.document(new QuoteFinder().find(Document.article("t", text)))
        .get("quotes");
    assertEquals(2, quotes.size());
    JsonNode outer = quotes.get(0);
    JsonNode inner = quotes.get(1);
    assertFalse(outer.has("parent"), outer::toString);
    assertEquals("closed", inner.get("text").asText());
    assertEquals(outer.get("start").asInt(), inner.get("parent").get("start").asInt());
    assertEquals(outer.get("end").asInt(), inner.get("parent").get("end").asInt());
    assertEquals(3, outer.get("start").asInt());
  }
}
