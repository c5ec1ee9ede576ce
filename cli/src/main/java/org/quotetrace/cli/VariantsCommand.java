package org.quotetrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.IndexException;
import org.quotetrace.index.Variants;
import org.quotetrace.index.Variants.Cluster;
import org.quotetrace.index.Variants.Member;
import org.quotetrace.report.TerminalText;
import org.quotetrace.trace.Edit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotetrace variants --index DIR [TEXT]}: quotes grouped with their variants. */
@Command(
    name = "variants",
    mixinStandardHelpOptions = true,
    description = {"Group the quotes of an index with their variants (the same statement, worded"
        + " differently) and show each group: its speaker, first appearance, outlets and times,"
        + " and how the wording changed along the way.",
        "Without TEXT, the largest groups; with TEXT, the group of that quote."})
final class VariantsCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "A quote's words.")
  String[] text;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
  Path indexDir;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N",
      description = "How many groups to show without TEXT (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  String format;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    if (!format.equals("json") && !format.equals("text")) {
      Messages.error(err, "--format must be json or text, not '" + format + "'");
      return 2;
    }
    if (limit < 1) {
      Messages.error(err, "--limit must be at least 1");
      return 2;
    }
    try (CorpusIndex index = CorpusIndex.open(indexDir)) {
      Variants.Clustering c = new Variants(index).cluster();
      List<Cluster> shown;
      if (text != null && text.length > 0) {
        Optional<Cluster> one = c.of(String.join(" ", text));
        if (one.isEmpty()) {
          Messages.error(err, indexDir + ": no quote in the index is a variant of that text");
          return 1;
        }
        shown = List.of(one.get());
      } else {
        shown = c.largest(limit);
      }
      c.notSaved().ifPresent(why -> Messages.error(err, indexDir
          + ": the grouping could not be kept for next time (" + why + ")"));
      String header = String.format(Locale.ROOT, "%,d quotes in %,d groups, %s in %.1f s",
          c.quotes(), c.clusters(), c.reused() ? "grouping kept with the index read" : "grouped",
          c.millis() / 1000.0);
      if (format.equals("json")) {
        System.out.println(json(c, shown));
      } else {
        // Outlets, speakers and quotes come from the documents: no control character reaches the
        // terminal.
        System.out.print(TerminalText.safe(text(header, shown)));
      }
      return Output.written(System.out, err) ? 0 : 1;
    } catch (IndexException e) {
      Messages.error(err, e.getMessage());
      return 1;
    }
  }

  private static String json(Variants.Clustering c, List<Cluster> shown) throws IOException {
    ObjectMapper m = TerminalText.forTerminals(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));
    ObjectNode root = m.createObjectNode();
    root.put("quotes", c.quotes());
    root.put("groups", c.clusters());
    root.put("millis", c.millis());
    root.put("reused", c.reused());
    ArrayNode groups = root.putArray("clusters");
    for (Cluster k : shown) {
      ObjectNode g = groups.addObject();
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
    }
    return m.writeValueAsString(root);
  }

  private static ObjectNode member(ObjectMapper m, Member x, boolean changes) {
    ObjectNode n = m.createObjectNode();
    n.put("document", x.document());
    n.put("path", x.origin());
    n.put("kind", x.kind().id());
    x.outlet().ifPresent(o -> n.put("outlet", o));
    x.published().ifPresent(p -> n.put("published", p.toString()));
    n.put("start", x.start());
    n.put("end", x.end());
    n.put("text", x.text());
    x.speaker().ifPresent(s -> n.putObject("speaker").put("name", s));
    if (x.turn()) {
      n.put("turn", true);
    }
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

  private static String text(String header, List<Cluster> shown) {
    StringBuilder b = new StringBuilder(header).append('\n');
    int n = 0;
    for (Cluster k : shown) {
      n++;
      b.append('\n').append(n).append(". ").append(k.size()).append(" quotes, ")
          .append(k.speaker().orElse("(unknown speaker)")).append(", first ")
          .append(when(k.earliest())).append(" in ").append(k.earliest().outlet().orElse(k.earliest().origin()))
          .append('\n');
      b.append("   outlets: ");
      int o = 0;
      for (Map.Entry<String, Integer> e : k.outlets().entrySet()) {
        b.append(o++ == 0 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue()).append(')');
      }
      b.append(o == 0 ? "-" : "").append('\n');
      b.append("   root: “").append(QuotesCommand.oneLine(k.root().text(), 200)).append("”\n");
      int i = 0;
      for (Member x : k.members()) {
        b.append(String.format(Locale.ROOT, "   %2d. %-20s %-18s ", i++, when(x),
            x.outlet().orElse("-")));
        b.append(x.turn() ? "[turn] " : "").append("“").append(QuotesCommand.oneLine(x.text(), 120))
            .append("”");
        if (x.parent() >= 0) {
          b.append("  <- ").append(x.parent());
        }
        b.append('\n');
        for (Edit e : x.changes()) {
          b.append("         ").append(e.op().id()).append(": ");
          switch (e.op()) {
            case REPLACE -> b.append('“').append(QuotesCommand.oneLine(e.sourceText(), 60))
                .append("” → “").append(QuotesCommand.oneLine(e.articleText(), 60)).append('”');
            case INSERT -> b.append('“').append(QuotesCommand.oneLine(e.articleText(), 60)).append('”');
            case DELETE -> b.append('“').append(QuotesCommand.oneLine(e.sourceText(), 60)).append('”');
          }
          b.append('\n');
        }
      }
    }
    return b.toString();
  }

  private static String when(Member x) {
    return x.published().map(Instant::toString).orElse("(no time)");
  }
}
