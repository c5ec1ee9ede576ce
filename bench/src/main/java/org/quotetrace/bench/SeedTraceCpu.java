package org.quotetrace.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.quotetrace.meaning.CachingEncoder;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.report.TraceJson;
import org.quotetrace.text.Document;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.Tracer;

/**
 * The CPU of one warm trace of an article against one source, as the desk's {@code POST
 * /api/trace} with texts given does it (read both, trace with reported speech, write the JSON),
 * on one thread, the same pair again and again: process CPU a trace, the calling thread's, and the
 * model's share (calls, texts asked and texts the shared cache missed, by caller). The JSON's MD5
 * is printed to check a change leaves the answer as it was. Run it under JFR to see the Java time.
 *
 * <pre>
 * java -cp … org.quotetrace.bench.SeedTraceCpu ARTICLE SOURCE WARM N
 * </pre>
 */
public final class SeedTraceCpu {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SeedTraceCpu() {}

  public static void main(String[] args) throws Exception {
    Path articlePath = Path.of(args[0]);
    Path sourcePath = Path.of(args[1]);
    int warm = Integer.parseInt(args[2]);
    int n = Integer.parseInt(args[3]);
    byte[] articleBytes = Files.readAllBytes(articlePath);
    byte[] sourceBytes = Files.readAllBytes(sourcePath);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    SentenceEncoder model = MiniLmEncoder.load();
    Map<String, long[]> callers = new TreeMap<>();
    long[] asked = new long[2];
    TimedEncoder timed = new TimedEncoder(model);
    CachingEncoder cached = new CachingEncoder(timed, 50_000);
    SentenceEncoder counted = new SentenceEncoder() {
      @Override
      public float[] encode(String text) {
        count(1);
        return cached.encode(text);
      }

      @Override
      public List<float[]> encodeAll(List<String> texts) {
        count(texts.size());
        return cached.encodeAll(texts);
      }

      private void count(int texts) {
        asked[0]++;
        asked[1] += texts;
        String at = StackWalker.getInstance().walk(f -> f
            .filter(x -> x.getClassName().startsWith("org.quotetrace.trace"))
            .limit(2).map(x -> x.getClassName().substring(22) + "." + x.getMethodName() + ":"
                + x.getLineNumber())
            .reduce((x, y) -> x + "<" + y).orElse("?"));
        callers.merge(at, new long[] {1, texts}, (x, y) -> new long[] {x[0] + y[0], x[1] + y[1]});
      }

      @Override
      public int dimension() {
        return model.dimension();
      }
    };
    Map<String, Long> before = Map.of();
    String digest = null;
    long process = 0;
    long mine = 0;
    for (int i = 0; i < warm + n; i++) {
      if (i == warm) {
        timed.reset();
        asked[0] = 0;
        asked[1] = 0;
        callers.clear();
        before = ThreadCpu.byName();
      }
      long p0 = os.getProcessCpuTime();
      long t0 = threads.getCurrentThreadCpuTime();
      Document article = Readers.read("article.txt", articleBytes, ReadOptions.DEFAULTS);
      Document source = Readers.read("script.txt", sourceBytes, ReadOptions.DEFAULTS);
      Trace t = new Tracer(() -> counted).withReportedSpeech().trace(article, List.of(source));
      byte[] json = JSON.writeValueAsBytes(TraceJson.trace(t));
      long p1 = os.getProcessCpuTime();
      long t1 = threads.getCurrentThreadCpuTime();
      String d = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(json));
      if (digest != null && !digest.equals(d)) {
        System.out.println("trace " + i + " differs: " + d + " after " + digest);
      }
      digest = d;
      if (i >= warm) {
        process += p1 - p0;
        mine += t1 - t0;
      }
    }
    System.out.printf(Locale.ROOT, "%d warm traces: process CPU %.1f ms a trace, this thread %.1f ms;"
        + " encoder asked %.1f calls, %.1f texts a trace; missed the cache %.1f calls, %.1f texts,"
        + " %.1f ms process CPU a trace; json md5 %s%n", n, process / 1e6 / n, mine / 1e6 / n,
        asked[0] / (double) n, asked[1] / (double) n, timed.calls() / (double) n,
        timed.texts() / (double) n, timed.processCpu() / 1e6 / n, digest);
    Map<String, Long> after = ThreadCpu.byName();
    Map<String, Long> start = before;
    after.forEach((k, v) -> {
      long d = v - start.getOrDefault(k, 0L);
      if (d > 0) {
        // clock ticks of 10 ms
        System.out.printf(Locale.ROOT, "  thread %-24s %6.1f ms a trace%n", k, d * 10.0 / n);
      }
    });
    callers.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %6.1f calls %7.1f texts  %s%n",
        v[0] / (double) n, v[1] / (double) n, k));
  }
}
