package org.quotetrace.bench.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.quotetrace.bench.TimedEncoder;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.SourceFinder;
import org.quotetrace.index.SourcesTrace;
import org.quotetrace.meaning.CachingEncoder;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.trace.Tracer;

/**
 * The CPU one {@code POST /api/sources} costs, one article after another on one thread, each
 * article asked once (cold, as the desk's load asks them): the process's CPU time per answer (JIT
 * and collector included, which is what the other clients wait behind), and the calling thread's
 * split into quote finding, ranking, reading the sources and tracing; the model's share (texts
 * encoded, and with SOURCES_CPU_CALLERS set in the environment, by caller); and the CPU of every
 * thread of the process per answer after the warm-up (the JIT's compiler threads included). Each
 * answer's JSON is written one a line, to compare answers before and after a change.
 * {@code -Dquotetrace.budget=N} and {@code -Dquotetrace.wordsOnly=true} are what-ifs.
 *
 * <pre>
 * java -cp … org.quotetrace.bench.index.SourcesCpu INDEX_DIR LABELS_JSONL WARM N OUT.jsonl
 * </pre>
 */
public final class SourcesCpu {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final boolean BY_CALLER = System.getenv("SOURCES_CPU_CALLERS") != null;
  private static final java.util.Map<String, long[]> callers = new java.util.TreeMap<>();

  /** What-ifs for comparison only; the desk uses {@link SourceFinder#MEANING_BUDGET} and the model. */
  private static final int BUDGET = Integer.getInteger("quotetrace.budget", SourceFinder.MEANING_BUDGET);
  private static final boolean WORDS_ONLY = Boolean.getBoolean("quotetrace.wordsOnly");
  /**
   * Candidates traced against; 0 answers as the desk does by default, the ranking alone with its
   * evidence ({@code -Dquotetrace.trace=0}), and then the model is not loaded.
   */
  private static final int TRACE = Integer.getInteger("quotetrace.trace", 3);

  private SourcesCpu() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path labels = Path.of(args[1]);
    int warm = Integer.parseInt(args[2]);
    int n = Integer.parseInt(args[3]);
    Path out = Path.of(args[4]);
    List<String> ids = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("{\"doc\"")) {
          JsonNode j = JSON.readTree(line);
          if (j.path("kind").asText().equals("article")) {
            ids.add(j.get("doc").asText());
          }
        }
      }
    }
    Collections.shuffle(ids, new Random(7));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    SentenceEncoder model = TRACE == 0 || WORDS_ONLY ? null : MiniLmEncoder.load();
    long[] reported = new long[1];
    TimedEncoder timed = new TimedEncoder(model, texts -> {
      if (BY_CALLER) {
        String at = StackWalker.getInstance().walk(f -> f
            .filter(x -> x.getClassName().startsWith("org.quotetrace.trace"))
            .limit(2).map(x -> x.getMethodName() + ":" + x.getLineNumber())
            .reduce((x, y) -> x + "<" + y).orElse("?"));
        int words = 0;
        for (String x : texts) {
          words += x.split(" ").length;
        }
        callers.merge(at, new long[] {texts.size(), words}, (x, y) -> new long[] {x[0] + y[0], x[1] + y[1]});
      }
    });
    SentenceEncoder encoder = new CachingEncoder(timed, 50_000);
    java.util.function.Function<String, List<org.quotetrace.attribution.Attribution>> attributions =
        text -> {
          long t = threads.getCurrentThreadCpuTime();
          var found = org.quotetrace.attribution.AttributionFinder.shipped().find(text);
          reported[0] += threads.getCurrentThreadCpuTime() - t;
          return found;
        };
    try (CorpusIndex index = CorpusIndex.open(dir);
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      long[] stage = new long[4];
      java.util.Map<String, Long> before = java.util.Map.of();
      long process = 0;
      long wall = 0;
      int asked = 0;
      for (int i = 0; i < warm + n && i < ids.size(); i++) {
        if (i == warm) {
          before = org.quotetrace.bench.ThreadCpu.byName();
          timed.reset();
          callers.clear();
          reported[0] = 0;
        }
        Document article = index.document(ids.get(i)).orElseThrow();
        long p0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        long t0 = threads.getCurrentThreadCpuTime();
        Extraction found = new QuoteFinder().find(article);
        long t1 = threads.getCurrentThreadCpuTime();
        SourceFinder finder = new SourceFinder(index);
        SourceFinder.Result result = finder.find(article, found, 5);
        long t2 = threads.getCurrentThreadCpuTime();
        List<SourceFinder.Candidate> top = SourceFinder.worthTracing(result.candidates(), TRACE);
        List<Extraction> sources = finder.extractions(top);
        long t3 = threads.getCurrentThreadCpuTime();
        var trace = sources.isEmpty() ? null : new Tracer(() -> WORDS_ONLY ? null : encoder)
            .withMeaningBudget(BUDGET).withReportedSpeech(attributions)
            .trace(found, sources);
        long t4 = threads.getCurrentThreadCpuTime();
        var answer = SourcesTrace.json(new SourcesTrace.Outcome(article, result, top,
            java.util.Optional.ofNullable(trace)));
        // As the desk answers: what the ranking saw in each candidate, and the article's text.
        org.quotetrace.index.report.SourcesReport.evidence(answer, article, result,
            TRACE > 0 ? TRACE : 3);
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer.get("article"))
            .put("text", article.text());
        String json = JSON.writeValueAsString(answer);
        long p1 = os.getProcessCpuTime();
        long w1 = System.nanoTime();
        w.println(json);
        if (i >= warm) {
          asked++;
          stage[0] += t1 - t0;
          stage[1] += t2 - t1;
          stage[2] += t3 - t2;
          stage[3] += t4 - t3;
          process += p1 - p0;
          wall += w1 - w0;
        }
      }
      System.out.printf(Locale.ROOT, "%s: %,d documents, %d articles after %d warm-up%n", dir,
          index.documents(), asked, warm);
      System.out.printf(Locale.ROOT, "per answer: process CPU %.1f ms, wall %.1f ms; thread CPU:"
          + " quotes %.1f, rank %.1f, read sources %.1f, trace %.1f ms (load %s)%n",
          process / 1e6 / asked, wall / 1e6 / asked, stage[0] / 1e6 / asked, stage[1] / 1e6 / asked,
          stage[2] / 1e6 / asked, stage[3] / 1e6 / asked,
          Files.readString(Path.of("/proc/loadavg")).strip());
      System.out.printf(Locale.ROOT, "  of which encoding %.1f ms process CPU (%.1f ms on the"
          + " calling thread; %.1f texts), attributions %.1f ms thread CPU%n",
          timed.processCpu() / 1e6 / asked, timed.threadCpu() / 1e6 / asked, (double) timed.texts() / asked,
          reported[0] / 1e6 / asked);
      java.util.Map<String, Long> since = before;
      int answers = asked;
      org.quotetrace.bench.ThreadCpu.byName().entrySet().stream()
          .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - since.getOrDefault(e.getKey(), 0L)))
          .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
          .forEach(e -> System.out.printf(Locale.ROOT, "  threads %s: %.1f ms CPU per answer%n",
              e.getKey(), e.getValue() * 10.0 / answers));
      callers.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %s: %d texts, %d words%n", k,
          v[0], v[1]));
    }
  }
}
