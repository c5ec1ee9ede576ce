package org.quotetrace.bench.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotetrace.bench.SharedData;
import org.quotetrace.eval.QuoteScorer;
import org.quotetrace.eval.QuoteScorer.GoldDoc;
import org.quotetrace.eval.QuoteScorer.Score;
import org.quotetrace.eval.QuoteScorer.SystemQuote;
import org.quotetrace.eval.SystemQuotes;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Span;

/**
 * Runs Stanford CoreNLP's quote attribution and quotetrace on the same PolNeAR split in one JVM,
 * scores both with {@link QuoteScorer}, and prints both rows with the ratios.
 *
 * <pre>
 * CoreNlpSideBySide [--split dev] [--limit N] [--out FILE] [--replay FILE]
 * </pre>
 *
 * <p>{@code --out} saves CoreNLP's raw quotes, one document a line, as they are made, so that a run
 * of a quarter of an hour can be scored again with {@code --replay} (which loads no CoreNLP). Speed
 * is UTF-8 kilobytes (10^3 bytes) of article text a second on one thread, from text already in
 * memory; load is the construction of the pipeline, which reads every model.
 */
public final class CoreNlpSideBySide {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CoreNlpSideBySide() {}

  /** One document's CoreNLP result; {@code error} says what failed, and then quotes are empty. */
  record DocRun(String doc, double seconds, List<CoreNlpQuote> quotes, String error) {}

  /** A whole CoreNLP run, fresh or replayed. */
  record Run(String version, String settings, double loadSeconds, List<DocRun> docs) {
    double seconds() {
      return docs.stream().mapToDouble(DocRun::seconds).sum();
    }
  }

  public static void main(String[] args) throws IOException, ReadException {
    String split = "dev";
    int limit = Integer.MAX_VALUE;
    Path out = null;
    Path replay = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        usage("missing value after " + a);
      }
      switch (a) {
        case "--split" -> split = args[++i];
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--replay" -> replay = Path.of(args[++i]);
        default -> usage("unknown option " + a);
      }
    }
    PrintStream o = System.out;
    Path dir = SharedData.polnear(split);
    if (!Files.isRegularFile(dir.resolve("gold.jsonl"))) {
      o.println("side-by-side: skipped: no gold.jsonl in " + dir
          + " (set -Dquotetrace.shared to the folder that holds eval/polnear)");
      return;
    }
    List<GoldDoc> gold = QuoteScorer.readGold(dir);
    if (gold.size() > limit) {
      gold = gold.subList(0, limit);
    }
    List<byte[]> raws = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (GoldDoc g : gold) {
      byte[] raw = Files.readAllBytes(dir.resolve(g.doc()));
      bytes += raw.length;
      raws.add(raw);
      texts.add(new String(raw, StandardCharsets.UTF_8));
    }
    int goldQuotes = gold.stream().mapToInt(g -> g.quotes().size()).sum();
    o.printf(Locale.ROOT, "PolNeAR %s: %d documents, %d bytes, %d gold quotes (%s)%n",
        split, gold.size(), bytes, goldQuotes, dir);

    Run run = replay != null ? replay(replay) : runCoreNlp(gold, texts, out);
    if (run.docs().size() > gold.size()) {
      run = new Run(run.version(), run.settings(), run.loadSeconds(), run.docs().subList(0, gold.size()));
    } else if (run.docs().size() < gold.size()) {
      // A saved run that was stopped early: compare on the documents it reached.
      o.println("side-by-side: " + replay + " holds " + run.docs().size() + " of " + gold.size()
          + " documents; both systems are scored on those only");
      gold = gold.subList(0, run.docs().size());
      texts = texts.subList(0, run.docs().size());
      raws = raws.subList(0, run.docs().size());
      bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }
    long rssAfterCoreNlp = procStatusKb("VmHWM");

    // CoreNLP, scored; each choice of speaker name is scored too, to show what the name adds.
    Map<CoreNlpQuote.Name, Score> coreScores = new EnumMap<>(CoreNlpQuote.Name.class);
    List<String> problems = new ArrayList<>();
    for (CoreNlpQuote.Name choice : CoreNlpQuote.Name.values()) {
      Score total = Score.ZERO;
      for (int i = 0; i < gold.size(); i++) {
        DocRun d = run.docs().get(i);
        if (!d.doc().equals(gold.get(i).doc())) {
          throw new IOException("run document " + i + " is " + d.doc() + ", split has " + gold.get(i).doc());
        }
        String text = texts.get(i);
        Offsets off = Offsets.of(text);
        List<SystemQuote> system = new ArrayList<>();
        for (CoreNlpQuote q : d.quotes()) {
          try {
            system.add(q.toSystem(text, off, choice));
          } catch (IllegalArgumentException e) {
            if (choice == CoreNlpQuote.Name.SPEAKER_THEN_CANONICAL) {
              problems.add(d.doc() + ": " + e.getMessage());
            }
          }
        }
        total = total.plus(QuoteScorer.score(gold.get(i), system, null));
      }
      coreScores.put(choice, total);
    }

    // quotetrace: one cold pass that is scored, then warm passes that are only timed. It reads the
    // bytes as `quotetrace eval quotes` reads the files, only from memory.
    ReadOptions articles = ReadOptions.DEFAULTS.withKind(DocumentKind.ARTICLE);
    long t0 = System.nanoTime();
    QuoteFinder finder = new QuoteFinder();
    double qtLoad = seconds(t0);
    Score qtScore = Score.ZERO;
    long t1 = System.nanoTime();
    List<List<SystemQuote>> qtQuotes = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      qtQuotes.add(SystemQuotes.of(finder.find(Readers.read(gold.get(i).doc(), raws.get(i), articles))));
    }
    double qtCold = seconds(t1);
    for (int i = 0; i < gold.size(); i++) {
      qtScore = qtScore.plus(QuoteScorer.score(gold.get(i), qtQuotes.get(i), null));
    }
    int passes = 0;
    long sink = 0;
    long t2 = System.nanoTime();
    while (passes < 3 || System.nanoTime() - t2 < 5_000_000_000L) {
      for (int i = 0; i < gold.size(); i++) {
        sink += finder.find(Readers.read(gold.get(i).doc(), raws.get(i), articles)).quotes().size();
      }
      passes++;
    }
    double qtWarm = seconds(t2) / passes;

    Score core = coreScores.get(CoreNlpQuote.Name.SPEAKER_THEN_CANONICAL);
    double coreKbs = bytes / 1000.0 / run.seconds();
    double qtKbs = bytes / 1000.0 / qtWarm;
    double qtColdKbs = bytes / 1000.0 / qtCold;
    o.println();
    o.println("CoreNLP " + run.version() + ": " + run.settings());
    long failed = run.docs().stream().filter(d -> d.error() != null).count();
    for (DocRun d : run.docs()) {
      if (d.error() != null) {
        o.println("  failed on " + d.doc() + ": " + d.error());
      }
    }
    for (String p : problems) {
      o.println("  dropped quote: " + p);
    }
    o.println();
    o.printf(Locale.ROOT, "%-20s %8s %11s %9s %7s %7s %9s%n",
        "system", "load s", "KB/s", "quote P", "R", "F1", "speaker");
    row(o, "CoreNLP " + run.version(), run.loadSeconds(), coreKbs, core);
    row(o, "quotetrace", qtLoad, qtKbs, qtScore);
    o.println();
    if (qtScore.system() == 0) {
      o.println("quotetrace / CoreNLP: pending: quotetrace found no quotes (its QuoteFinder is a"
          + " placeholder on this build), so neither accuracy nor speed compares");
    } else {
      o.printf(Locale.ROOT, "quotetrace / CoreNLP: speaker accuracy x%.2f, quote F1 x%.2f, speed x%.0f"
              + " (warm; first pass x%.0f), load %.2f s vs %.1f s%n",
          ratio(qtScore.speakerAccuracy(), core.speakerAccuracy()), ratio(qtScore.f1(), core.f1()),
          qtKbs / coreKbs, qtColdKbs / coreKbs, qtLoad, run.loadSeconds());
    }
    o.println();
    o.println("CoreNLP   " + core.summary());
    o.println("quotetrace " + qtScore.summary());
    o.printf(Locale.ROOT, "CoreNLP: %.1f s processing %d documents (%d failed), %.1f s load%n",
        run.seconds(), run.docs().size(), failed, run.loadSeconds());
    o.printf(Locale.ROOT, "quotetrace: first pass %.3f s (%.1f KB/s), %d warm passes of %.4f s"
            + " (%d quotes a pass)%n",
        qtCold, qtColdKbs, passes, qtWarm, sink / passes);
    o.println("CoreNLP speaker accuracy by name choice (mention span always counts):");
    for (var e : coreScores.entrySet()) {
      o.printf(Locale.ROOT, "  %-24s %.4f (%d/%d)%n", e.getKey().name().toLowerCase(Locale.ROOT),
          e.getValue().speakerAccuracy(), e.getValue().speakerRight(), e.getValue().withSource());
    }
    if (replay == null && rssAfterCoreNlp > 0) {
      o.printf(Locale.ROOT, "JVM peak resident set (VmHWM): %.2f GB%n", rssAfterCoreNlp / 1e6 * 1.024);
    }
  }

  private static Run runCoreNlp(List<GoldDoc> gold, List<String> texts, Path out) throws IOException {
    PrintStream err = System.err;
    err.println("side-by-side: loading CoreNLP (" + CoreNlpRunner.settings() + ")");
    long t0 = System.nanoTime();
    CoreNlpRunner corenlp = CoreNlpRunner.load();
    double load = seconds(t0);
    err.printf(Locale.ROOT, "side-by-side: CoreNLP loaded in %.1f s, resident %.2f GB%n",
        load, procStatusKb("VmRSS") / 1e6 * 1.024);
    Run run = new Run(CoreNlpRunner.version(), CoreNlpRunner.settings(), load, new ArrayList<>());
    BufferedWriter w = null;
    if (out != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
      w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
      ObjectNode head = JSON.createObjectNode();
      head.put("corenlp", run.version());
      head.put("settings", run.settings());
      head.put("loadSeconds", load);
      w.write(JSON.writeValueAsString(head));
      w.newLine();
      w.flush();
    }
    try {
      double done = 0;
      long doneBytes = 0;
      for (int i = 0; i < gold.size(); i++) {
        String doc = gold.get(i).doc();
        String text = texts.get(i);
        long t = System.nanoTime();
        DocRun d;
        try {
          d = new DocRun(doc, 0, corenlp.quotes(text), null);
        } catch (RuntimeException e) {
          d = new DocRun(doc, 0, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        d = new DocRun(d.doc(), seconds(t), d.quotes(), d.error());
        run.docs().add(d);
        done += d.seconds();
        doneBytes += text.getBytes(StandardCharsets.UTF_8).length;
        err.printf(Locale.ROOT, "side-by-side: [%d/%d] %s %.1f KB in %.1f s, %d quotes%s; %.2f KB/s so far%n",
            i + 1, gold.size(), doc, text.length() / 1000.0, d.seconds(), d.quotes().size(),
            d.error() == null ? "" : ", FAILED: " + d.error(), doneBytes / 1000.0 / done);
        if (w != null) {
          w.write(JSON.writeValueAsString(toJson(d)));
          w.newLine();
          w.flush();
        }
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
    return run;
  }

  private static ObjectNode toJson(DocRun d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("doc", d.doc());
    n.put("seconds", d.seconds());
    if (d.error() != null) {
      n.put("error", d.error());
    }
    ArrayNode quotes = n.putArray("quotes");
    for (CoreNlpQuote q : d.quotes()) {
      ObjectNode j = quotes.addObject();
      j.putArray("quote").add(q.quote().start()).add(q.quote().end());
      if (q.mention() != null) {
        j.putArray("mention").add(q.mention().start()).add(q.mention().end());
      }
      j.put("mentionText", q.mentionText());
      j.put("speaker", q.speaker());
      j.put("canonical", q.canonical());
    }
    return n;
  }

  private static Run replay(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      if (line == null) {
        throw new IOException(file + ": empty; expected a run saved with --out");
      }
      JsonNode head = JSON.readTree(line);
      List<DocRun> docs = new ArrayList<>();
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        JsonNode n = JSON.readTree(line);
        List<CoreNlpQuote> quotes = new ArrayList<>();
        for (JsonNode q : n.path("quotes")) {
          quotes.add(new CoreNlpQuote(span(q.get("quote"), file, lineNo),
              q.has("mention") ? span(q.get("mention"), file, lineNo) : null,
              text(q, "mentionText"), text(q, "speaker"), text(q, "canonical")));
        }
        docs.add(new DocRun(n.path("doc").asText(), n.path("seconds").asDouble(), quotes, text(n, "error")));
      }
      return new Run(head.path("corenlp").asText(), head.path("settings").asText(),
          head.path("loadSeconds").asDouble(), docs);
    }
  }

  private static Span span(JsonNode pair, Path file, int line) throws IOException {
    if (pair == null || pair.size() != 2) {
      throw new IOException(file + ":" + line + ": expected [start, end], got " + pair);
    }
    return new Span(pair.get(0).asInt(), pair.get(1).asInt());
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static void row(PrintStream o, String name, double load, double kbs, Score s) {
    o.printf(Locale.ROOT, "%-20s %8.1f %11.2f %9.4f %7.4f %7.4f %9.4f%n",
        name, load, kbs, s.precision(), s.recall(), s.f1(), s.speakerAccuracy());
  }

  private static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** A {@code kB} line of /proc/self/status, or -1 where there is none (not Linux). */
  private static long procStatusKb(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static void usage(String problem) {
    System.err.println("side-by-side: " + problem);
    System.err.println("usage: CoreNlpSideBySide [--split dev] [--limit N] [--out FILE] [--replay FILE]");
    System.exit(2);
  }
}
