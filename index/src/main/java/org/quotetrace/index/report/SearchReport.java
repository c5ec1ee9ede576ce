package org.quotetrace.index.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.quotetrace.index.QuoteSearch;
import org.quotetrace.index.QuoteSearch.Hit;
import org.quotetrace.index.StoredQuote;
import org.quotetrace.report.TerminalText;

/** The quotes a search found, as JSON or as text for a terminal. */
public final class SearchReport {
  private SearchReport() {}

  public static String json(QuoteSearch.Result r) {
    ObjectMapper m = TerminalText.forTerminals(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));
    ObjectNode root = m.createObjectNode();
    root.put("total", r.total());
    ArrayNode hits = root.putArray("quotes");
    for (Hit h : r.hits()) {
      quote(hits.addObject(), h);
    }
    try {
      return m.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  /** One hit's fields into {@code n}: the same for the command line and the desk's API. */
  public static ObjectNode quote(ObjectNode n, Hit h) {
    Stored.json(n, h.quote());
    if (!Float.isNaN(h.score())) {
      n.put("score", Math.round(h.score() * 1000) / 1000.0);
    }
    return n;
  }

  public static String text(QuoteSearch.Result r) {
    StringBuilder b = new StringBuilder();
    b.append(r.total()).append(r.total() == 1 ? " quote" : " quotes");
    if (r.total() > r.hits().size()) {
      b.append(", the first ").append(r.hits().size()).append(" shown");
    }
    b.append('\n');
    for (Hit h : r.hits()) {
      StoredQuote q = h.quote();
      b.append('\n').append(q.published().map(Instant::toString).orElse("(no time)"))
          .append("  ").append(q.outlet().orElse("-")).append("  ")
          .append(q.speaker().orElse("(unknown speaker)")).append('\n')
          .append("  “").append(TerminalText.oneLine(q.text(), 200)).append("”\n")
          .append("  ").append(q.origin()).append(' ').append(q.span().start()).append('-')
          .append(q.span().end()).append('\n');
    }
    // Outlets, speakers, paths and quotes come from the documents: no control character
    // reaches the terminal.
    return TerminalText.safe(b);
  }
}
