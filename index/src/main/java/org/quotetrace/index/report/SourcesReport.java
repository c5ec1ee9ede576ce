package org.quotetrace.index.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotetrace.index.SourceFinder;
import org.quotetrace.index.SourceFinder.Candidate;
import org.quotetrace.report.TerminalText;
import org.quotetrace.report.TraceHtml;
import org.quotetrace.report.TraceJson;
import org.quotetrace.report.TraceText;
import org.quotetrace.text.Document;
import org.quotetrace.trace.Trace;

/**
 * The sources found for an article: the ranked candidates, and the trace against the ones traced
 * (null when none was), as JSON, text or HTML.
 */
public final class SourcesReport {
  private SourcesReport() {}

  /** The trace's JSON with the candidates added; {@code traced} are the candidates traced. */
  public static ObjectNode json(Document doc, SourceFinder.Result result, List<Candidate> traced,
      Trace trace) {
    ObjectNode root;
    if (trace != null) {
      root = TraceJson.trace(trace);
    } else {
      root = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
      ObjectNode a = root.putObject("article");
      a.put("path", doc.origin());
      a.put("kind", doc.kind().id());
      root.putArray("sources");
      root.putArray("quotes");
    }
    ArrayNode cands = root.putArray("candidates");
    int rank = 0;
    for (Candidate c : result.candidates()) {
      ObjectNode n = cands.addObject();
      n.put("rank", ++rank);
      n.put("id", c.id());
      n.put("path", c.origin());
      n.put("kind", c.kind().id());
      c.outlet().ifPresent(o -> n.put("outlet", o));
      c.published().ifPresent(p -> n.put("published", p.toString()));
      n.put("score", Math.round(c.score() * 1000) / 1000.0);
      n.put("quotesCovered", c.quotesCovered());
      n.put("traced", traced.contains(c));
    }
    root.put("quotesLookedUp", result.quotesLookedUp());
    return root;
  }

  /**
   * Adds to each candidate of {@link #json} what the ranking measured of it, for a reader who
   * picks what to trace: its title, whether it is among the first {@code worthTracing} worth
   * tracing ({@link SourceFinder#worthTracing}), the share of the article's own fingerprints it
   * holds ({@code reuse}), and the looked-up quotes it holds something of, each with its place in
   * the article (code points) and the shares of its trigrams and content words held.
   */
  public static void evidence(ObjectNode root, Document doc, SourceFinder.Result result,
      int worthTracing) {
    List<Candidate> worth = SourceFinder.worthTracing(result.candidates(), worthTracing);
    String text = doc.text();
    org.quotetrace.text.Offsets cp = org.quotetrace.text.Offsets.of(text);
    ArrayNode cands = (ArrayNode) root.get("candidates");
    for (int i = 0; i < cands.size() && i < result.candidates().size(); i++) {
      Candidate c = result.candidates().get(i);
      ObjectNode n = (ObjectNode) cands.get(i);
      c.title().ifPresent(t -> n.put("title", t));
      n.put("worthTracing", worth.contains(c));
      n.put("reuse", round(c.evidence().reuse()));
      ArrayNode held = n.putArray("quotes");
      for (SourceFinder.Held h : c.evidence().quotes()) {
        org.quotetrace.quote.Quote q = result.quotes().get(h.quote());
        held.addObject()
            .put("start", cp.toCodePoint(q.span().start()))
            .put("end", cp.toCodePoint(q.span().end()))
            .put("trigrams", round(h.trigrams()))
            .put("words", round(h.words()));
      }
    }
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  public static String text(Document doc, SourceFinder.Result result, Trace trace) {
    StringBuilder b = new StringBuilder();
    b.append("Candidate sources of ").append(doc.origin()).append(" (")
        .append(result.quotesLookedUp()).append(" quotes looked up)\n");
    if (result.candidates().isEmpty()) {
      b.append("   none found\n");
    }
    List<String[]> rows = new ArrayList<>();
    int rank = 0;
    for (Candidate c : result.candidates()) {
      rank++;
      rows.add(new String[] {String.valueOf(rank),
          String.format(Locale.ROOT, "%.2f", c.score()), c.quotesCovered() + " quotes",
          c.kind().id(), c.outlet().orElse("-"),
          c.published().map(Instant::toString).orElse("-"), c.origin()});
    }
    for (String[] r : rows) {
      b.append(String.format(Locale.ROOT, "%3s. %6s  %-9s  %-11s  %-18s  %-20s  %s%n",
          (Object[]) r));
    }
    if (trace != null) {
      b.append('\n').append(TraceText.render(trace));
    }
    // Outlets and paths come from the documents: no control character reaches the terminal.
    return TerminalText.safe(b);
  }

  public static String html(Document doc, Trace trace) {
    return trace == null ? TraceHtml.noSources(doc.origin()) : TraceHtml.render(trace);
  }
}
