package org.quotetrace.index.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotetrace.index.StoredQuote;

/** A stored quote's fields, as search and variants print them alike. */
final class Stored {
  private Stored() {}

  static ObjectNode json(ObjectNode n, StoredQuote q) {
    n.put("document", q.document());
    n.put("path", q.origin());
    n.put("kind", q.kind().id());
    q.outlet().ifPresent(o -> n.put("outlet", o));
    q.published().ifPresent(p -> n.put("published", p.toString()));
    n.put("start", q.span().start());
    n.put("end", q.span().end());
    n.put("text", q.text());
    q.speaker().ifPresent(s -> n.putObject("speaker").put("name", s));
    if (q.turn()) {
      n.put("turn", true);
    }
    return n;
  }
}
