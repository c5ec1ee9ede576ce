package org.quotetrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.quotetrace.server.DeskServer;
import org.quotetrace.server.Settings;

/**
 * Loads the desk the way a newsroom would: the server in this JVM over an existing index, N
 * clients on loopback sending requests back to back, each answer timed with HdrHistogram. Then a
 * long mixed run with the heap measured after a collection every 1,000 requests, to see that
 * memory stays flat.
 *
 * <pre>
 * java -cp … org.quotetrace.bench.DeskLoad INDEX_DIR [SEEDS_DIR] [clients] [requests] [memoryRequests]
 * </pre>
 */
public final class DeskLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Candidates each sources request asks to have traced ({@code -Ddeskload.trace=3}): 0, the
   * desk's default, asks for the ranking alone, as the page does before it traces the picked.
   */
  private static final int TRACE = Integer.getInteger("deskload.trace", 0);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private DeskLoad() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    Path seeds = args.length > 1 ? Path.of(args[1]) : null;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int requests = args.length > 3 ? Integer.parseInt(args[3]) : 400;
    int memoryRequests = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
    // A desk runs for days: its steady state is with the hot code compiled. Twenty articles
    // leave the JIT compiling through the measured window (C2 was about a third of an answer's
    // CPU after forty), so a longer warm-up can be asked for.
    int sourcesWarm = args.length > 5 ? Integer.parseInt(args[5]) : requests / 20;
    try (DeskServer server = DeskServer.start(Settings.defaults(index, 0)
        .withWorkers(Math.max(clients, 2)))) {
      String base = "http://127.0.0.1:" + server.port();
      while (!get(base + "/api/health").path("model").asText().equals("ready")) {
        Thread.sleep(200);
      }
      JsonNode health = get(base + "/api/health");
      System.out.printf(Locale.ROOT, "desk: %,d documents, %d clients, %d cores, load %s%n",
          health.get("documents").asLong(), clients, Runtime.getRuntime().availableProcessors(),
          Files.readString(Path.of("/proc/loadavg")).strip());
      Workload w = Workload.sample(base, Math.max(300, sourcesWarm + requests / 4));
      System.out.printf(Locale.ROOT, "workload: %d search queries, %d articles from the index%n",
          w.queries.size(), w.articles.size());

      report("GET /api/search", run(clients, requests / 10, requests, i -> w.search(i)));
      report("POST /api/sources", run(clients, sourcesWarm, requests / 4, i -> w.sources(i)));
      // What the page asks next: the article traced against the candidates the ranking marked
      // worth tracing, by id. Articles not timed before; their rankings asked for untimed first.
      List<byte[]> picked = w.picked(sourcesWarm + requests / 4, requests / 8);
      report("POST /api/trace (ranked candidates by id)", run(clients, 0, picked.size(),
          i -> post(base + "/api/trace", picked.get(i))));
      if (seeds != null && Files.isDirectory(seeds)) {
        byte[] pair = seedPair(seeds);
        report("POST /api/trace (seed pair, warm)", run(clients, 2 * clients, requests / 4,
            i -> post(base + "/api/trace", pair)));
      }
      // memory: a mixed run, the heap after a full collection every 1,000 requests
      var memory = ManagementFactory.getMemoryMXBean();
      List<Long> heap = new ArrayList<>();
      AtomicInteger done = new AtomicInteger();
      System.gc();
      heap.add(memory.getHeapMemoryUsage().getUsed() >> 20);
      for (int round = 0; round < memoryRequests / 1000; round++) {
        run(clients, 0, 1000, i -> {
          done.incrementAndGet();
          return switch (i % 20) {
            case 0 -> w.sources(i);
            case 1 -> get(base + "/api/documents/" + enc(w.articles.get(i % w.articles.size())))
                .has("text") ? 200 : 500;
            default -> w.search(i);
          };
        });
        System.gc();
        heap.add(memory.getHeapMemoryUsage().getUsed() >> 20);
        // As it goes: a long run cut short still shows the heap so far.
        System.out.printf(Locale.ROOT, "heap after GC at %,d mixed requests: %d MB (load %s)%n",
            done.get(), heap.get(heap.size() - 1),
            Files.readString(Path.of("/proc/loadavg")).strip());
      }
      System.out.printf(Locale.ROOT, "heap after GC, every 1,000 of %,d mixed requests (MB): %s%n",
          done.get(), heap);
    }
  }

  /** Queries and articles taken from the index itself, so that every request finds something. */
  private static final class Workload {
    final String base;
    final List<String> queries = new ArrayList<>();
    final List<String> articles = new ArrayList<>();
    final List<byte[]> bodies = new ArrayList<>();

    Workload(String base) {
      this.base = base;
    }

    static Workload sample(String base, int n) throws Exception {
      Workload w = new Workload(base);
      SplittableRandom rnd = new SplittableRandom(42);
      JsonNode hits = get(base + "/api/search?size=100&turns=false").get("quotes");
      for (int page = 1; page < 5; page++) {
        JsonNode more = get(base + "/api/search?size=100&turns=false&offset=" + (page * 100)).get("quotes");
        for (JsonNode h : more) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) hits).add(h);
        }
      }
      for (JsonNode h : hits) {
        String[] words = h.get("text").asText().replaceAll("[^\\p{L} ]", " ").trim().split("\\s+");
        List<String> longOnes = new ArrayList<>();
        for (String x : words) {
          if (x.length() >= 6) {
            longOnes.add(x.toLowerCase(Locale.ROOT));
          }
        }
        if (longOnes.size() >= 2) {
          String q = "words=" + enc(longOnes.get(rnd.nextInt(longOnes.size())) + " "
              + longOnes.get(rnd.nextInt(longOnes.size())));
          if (h.has("speaker") && rnd.nextInt(3) == 0) {
            q = "speaker=" + enc(h.get("speaker").get("name").asText());
          } else if (h.has("outlet") && rnd.nextInt(4) == 0) {
            q += "&outlet=" + enc(h.get("outlet").asText());
          }
          w.queries.add(q);
        }
        w.takeArticle(h, n);
      }
      // More articles only when asked for more than the first pages hold, so that a long
      // warm-up still leaves every timed request an article the server has not seen. The server
      // pages only so deep, so they come from the workload's own queries, which stay those of
      // the first five pages.
      for (int q = 0; q < w.queries.size() && w.articles.size() < n; q++) {
        JsonNode found = get(base + "/api/search?size=100&turns=false&" + w.queries.get(q))
            .get("quotes");
        if (found == null) {
          continue;
        }
        for (JsonNode h : found) {
          w.takeArticle(h, n);
        }
      }
      for (String id : w.articles) {
        JsonNode d = get(base + "/api/documents/" + enc(id));
        ObjectNode body = JSON.createObjectNode();
        ObjectNode a = body.putObject("article");
        a.put("name", id);
        a.put("text", d.get("text").asText());
        if (d.has("published")) {
          a.put("published", d.get("published").asText());
        }
        if (TRACE > 0) {
          body.put("trace", TRACE);
        }
        w.bodies.add(JSON.writeValueAsBytes(body));
      }
      return w;
    }

    /** Keeps a hit's document when it is an article not yet taken and fewer than n are. */
    private void takeArticle(JsonNode hit, int n) {
      String id = hit.get("document").asText();
      if (hit.get("kind").asText().equals("article") && articles.size() < n
          && !articles.contains(id)) {
        articles.add(id);
      }
    }

    int search(int i) throws Exception {
      return status(base + "/api/search?" + queries.get(i % queries.size()));
    }

    /**
     * Trace bodies for {@code n} articles from {@code from} on: each article with the candidates
     * its ranking marks worth tracing, by id; an article with none is left out.
     */
    List<byte[]> picked(int from, int n) throws Exception {
      List<byte[]> out = new ArrayList<>();
      for (int i = from; i < bodies.size() && out.size() < n; i++) {
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/sources"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        ObjectNode body = (ObjectNode) JSON.readTree(bodies.get(i));
        body.remove("trace");
        var ids = body.putArray("sources");
        for (JsonNode c : JSON.readTree(r.body()).path("candidates")) {
          if (c.path("worthTracing").asBoolean()) {
            ids.addObject().put("id", c.get("id").asText());
          }
        }
        if (!ids.isEmpty()) {
          out.add(JSON.writeValueAsBytes(body));
        }
      }
      return out;
    }

    int sources(int i) throws Exception {
      return post(base + "/api/sources", bodies.get(i % bodies.size()));
    }
  }

  @FunctionalInterface
  private interface Call {
    int call(int i) throws Exception;
  }

  /**
   * Process CPU of the last timed run, per call: the server's and the clients' (which send and
   * read bytes only), JIT and collector included. On a shared machine latency says how busy the
   * others were; this says what an answer costs.
   */
  private static double lastCpuMillis;

  /** Runs {@code warm} untimed then {@code n} timed calls over {@code clients} threads. */
  private static Histogram run(int clients, int warm, int n, Call call) throws Exception {
    for (int i = 0; i < warm; i++) {
      call.call(i);
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    Histogram all = new Histogram(60_000_000_000L, 3);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Histogram>> parts = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      parts.add(pool.submit(() -> {
        Histogram h = new Histogram(60_000_000_000L, 3);
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          int status = call.call(warm + i);
          h.recordValue(System.nanoTime() - t0);
          if (status != 200) {
            failed.incrementAndGet();
          }
        }
        return h;
      }));
    }
    for (Future<Histogram> f : parts) {
      all.add(f.get());
    }
    pool.shutdown();
    lastCpuMillis = (os.getProcessCpuTime() - cpu0) / 1e6 / Math.max(1, n);
    if (failed.get() > 0) {
      System.out.println("  " + failed.get() + " of " + n + " answers were not 200");
    }
    return all;
  }

  private static void report(String what, Histogram h) {
    System.out.printf(Locale.ROOT, "%s: n=%d p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
        + " process CPU %.1f ms a request%n",
        what, h.getTotalCount(), h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6,
        h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6, lastCpuMillis);
  }

  private static byte[] seedPair(Path seeds) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("article").put("name", "article.txt")
        .put("text", Files.readString(seeds.resolve("000_3367610939f0179f.txt")));
    body.putArray("sources").addObject().put("name", "script.txt")
        .put("text", Files.readString(seeds.resolve("001_ea0b09c9c9a58e8a.txt")));
    return JSON.writeValueAsBytes(body);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return JSON.readTree(r.body());
  }

  private static int status(String url) throws Exception {
    return checked(url, CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();

  /** The status; the first failed answer of the run is printed, so a run of errors says why. */
  private static int checked(String url, HttpResponse<String> r) {
    if (r.statusCode() != 200 && TOLD.compareAndSet(false, true)) {
      String body = r.body() == null ? "" : r.body();
      System.out.println("  first failed answer: " + r.statusCode() + " from " + url + ": "
          + body.substring(0, Math.min(300, body.length())));
    }
    return r.statusCode();
  }

  private static int post(String url, byte[] body) throws Exception {
    return checked(url, CLIENT.send(HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString()));
  }

}
