package org.quotetrace.index.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotetrace.index.Variants;
import org.quotetrace.index.Variants.Cluster;
import org.quotetrace.index.Variants.Member;
import org.quotetrace.report.TerminalText;
import org.quotetrace.trace.Edit;

/** Groups of variants, as JSON or as text for a terminal. */
public final class VariantsReport {
  private VariantsReport() {}

  /** The line that says how many quotes were grouped, and how the grouping was had. */
  public static String header(Variants.Clustering c) {
    return String.format(Locale.ROOT, "%,d quotes in %,d groups, %s in %.1f s",
        c.quotes(), c.clusters(), c.reused() ? "grouping kept with the index read" : "grouped",
        c.millis() / 1000.0);
  }

  public static String json(Variants.Clustering c, List<Cluster> shown) {
    ObjectMapper m = TerminalText.forTerminals(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));
    ObjectNode root = m.createObjectNode();
    root.put("quotes", c.quotes());
    root.put("groups", c.clusters());
    root.put("millis", c.millis());
    root.put("reused", c.reused());
    ArrayNode groups = root.putArray("clusters");
    for (Cluster k : shown) {
      groups.add(cluster(m, k));
    }
    try {
      return m.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  /** One group: the same for the command line and the desk's API. */
  public static ObjectNode cluster(ObjectMapper m, Cluster k) {
    ObjectNode g = m.createObjectNode();
    g.put("size", k.size());
    k.speaker().ifPresent(s -> g.put("speaker", s));
    g.set("root", member(m, k.root(), false));
    g.set("earliest", member(m, k.earliest(), false));
    ObjectNode outlets = g.putObject("outlets");
    for (Map.Entry<String, Integer> e : k.outlets().entrySet()) {
      outlets.put(e.getKey(), e.getValue());
    }
    ArrayNode members = g.putArray("members");
    for (Member x : k.members()) {
      members.add(member(m, x, true));
    }
    return g;
  }

  private static ObjectNode member(ObjectMapper m, Member x, boolean changes) {
    ObjectNode n = Stored.json(m.createObjectNode(), x.quote());
    if (changes) {
      n.put("parent", x.parent());
      ArrayNode edits = n.putArray("changes");
      for (Edit e : x.changes()) {
        ObjectNode en = edits.addObject();
        en.put("op", e.op().id());
        en.put("from", e.sourceText());
        en.put("to", e.articleText());
      }
    }
    return n;
  }

  public static String text(String header, List<Cluster> shown) {
    StringBuilder b = new StringBuilder(header).append('\n');
    int n = 0;
    for (Cluster k : shown) {
      n++;
      b.append('\n').append(n).append(". ").append(k.size()).append(" quotes, ")
          .append(k.speaker().orElse("(unknown speaker)")).append(", first ")
          .append(when(k.earliest())).append(" in ")
          .append(k.earliest().quote().outlet().orElse(k.earliest().quote().origin()))
          .append('\n');
      b.append("   outlets: ");
      int o = 0;
      for (Map.Entry<String, Integer> e : k.outlets().entrySet()) {
        b.append(o++ == 0 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue()).append(')');
      }
      b.append(o == 0 ? "-" : "").append('\n');
      b.append("   root: “").append(TerminalText.oneLine(k.root().quote().text(), 200))
          .append("”\n");
      int i = 0;
      for (Member x : k.members()) {
        b.append(String.format(Locale.ROOT, "   %2d. %-20s %-18s ", i++, when(x),
            x.quote().outlet().orElse("-")));
        b.append(x.quote().turn() ? "[turn] " : "").append("“")
            .append(TerminalText.oneLine(x.quote().text(), 120)).append("”");
        if (x.parent() >= 0) {
          b.append("  <- ").append(x.parent());
        }
        b.append('\n');
        for (Edit e : x.changes()) {
          b.append("         ").append(e.op().id()).append(": ");
          switch (e.op()) {
            case REPLACE -> b.append('“').append(TerminalText.oneLine(e.sourceText(), 60))
                .append("” → “").append(TerminalText.oneLine(e.articleText(), 60)).append('”');
            case INSERT -> b.append('“').append(TerminalText.oneLine(e.articleText(), 60))
                .append('”');
            case DELETE -> b.append('“').append(TerminalText.oneLine(e.sourceText(), 60))
                .append('”');
          }
          b.append('\n');
        }
      }
    }
    // Outlets, speakers and quotes come from the documents: no control character reaches the
    // terminal.
    return TerminalText.safe(b);
  }

  private static String when(Member x) {
    return x.quote().published().map(Instant::toString).orElse("(no time)");
  }
}
