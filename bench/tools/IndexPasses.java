import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingStream;
import org.quotetrace.index.CorpusReader;
import org.quotetrace.index.CorpusWriter;
import org.quotetrace.index.Indexer;
import org.quotetrace.read.ReadOptions;

/**
 * Indexes the same corpus several times in one JVM, each pass into a fresh folder, as {@code
 * quotetrace index} does (its defaults: a worker per core, a commit every 30 s), and prints per
 * pass the wall time, the rate, the CPU of the whole process per document and the time the JIT
 * compilers spent: the first pass is what a run of that length gets, later ones the warmed-up
 * rate a long run settles at. Run by {@code bench/run-index-passes.sh}.
 *
 * <p>It also says, a pass, what the optimising compiler did (JFR events, read in-process): how many
 * deoptimizations, how many methods it compiled and how many of those it had compiled before (a
 * recompilation, mostly after a deoptimization threw the earlier code away), with the costliest
 * recompiled methods. A long-running JIT is either new methods growing warm or old ones compiled
 * again, and these tell which.
 *
 * <p>Arguments: PASSES WORK_DIR INPUT...
 */
public class IndexPasses {
  public static void main(String[] args) throws Exception {
    int passes = Integer.parseInt(args[0]);
    Path work = Path.of(args[1]);
    List<Path> inputs = Stream.of(args).skip(2).map(Path::of).toList();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int threads = Runtime.getRuntime().availableProcessors();
    Queue jitEvents = new Queue();
    RecordingStream jfr = new RecordingStream();
    jfr.setReuse(false); // the events are kept past the callback
    jfr.enable("jdk.Deoptimization");
    jfr.enable("jdk.Compilation").withThreshold(Duration.ZERO);
    jfr.onEvent(jitEvents::add);
    jfr.startAsync();
    Set<String> compiledBefore = new HashSet<>();
    for (int p = 0; p < passes; p++) {
      Instant from = Instant.now();
      Path dir = work.resolve("pass-" + p);
      delete(dir);
      long cpu = os.getProcessCpuTime();
      long[] vm = vmThreadsCpu();
      long compiling = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      Indexer.Counts c;
      try (CorpusWriter writer = CorpusWriter.open(dir)) {
        c = new Indexer(writer, threads, Duration.ofSeconds(30)).run(inputs,
            new CorpusReader(ReadOptions.DEFAULTS), new Indexer.Listener() {
              @Override
              public void progress(long bytesDone, Indexer.Counts counts) {}

              @Override
              public void failure(String where, String message) {
                System.err.println(where + ": " + message);
              }
            });
      }
      double wall = (System.nanoTime() - start) / 1e9;
      double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
      long[] vmAfter = vmThreadsCpu();
      double jitMs = (vmAfter[0] - vm[0]) / 1e6;
      double gcMs = (vmAfter[1] - vm[1]) / 1e6;
      double javaMs = cpuMs - jitMs - gcMs;
      System.out.printf("pass %d: %,d documents, %,d quotes, %.1f s wall (%,.0f docs/s), process CPU"
              + " %.0f s = %.3f ms a document (compiler threads %.1f s, GC threads %.1f s; the"
              + " rest %.3f ms a document), JIT compiling %.1f s; load %s%n", p, c.read(),
          c.quotes(), wall, c.read() / wall, cpuMs / 1000, cpuMs / c.read(), jitMs / 1000,
          gcMs / 1000, javaMs / c.read(), (jit.getTotalCompilationTime() - compiling) / 1000.0,
          Files.readString(Path.of("/proc/loadavg")).strip());
      Thread.sleep(2_000); // JFR hands events over about once a second
      System.out.println("  " + jitEvents.tally(from, Instant.now(), compiledBefore));
      delete(dir);
    }
    jfr.close();
  }

  /** Deoptimization and compilation events as they arrive, tallied a pass at a time. */
  private static final class Queue {
    private final ConcurrentLinkedQueue<RecordedEvent> events = new ConcurrentLinkedQueue<>();

    void add(RecordedEvent e) {
      events.add(e);
    }

    /**
     * One line on the events that started in [from, to): taken off the queue. {@code before} is
     * every method the optimising compiler had compiled in earlier passes, and gains this pass's.
     */
    String tally(Instant from, Instant to, Set<String> before) {
      int deopts = 0;
      int c2 = 0;
      int again = 0;
      double c2Seconds = 0;
      double againSeconds = 0;
      Map<String, Integer> reasons = new HashMap<>();
      Map<String, Double> recompiled = new HashMap<>();
      Set<String> now = new HashSet<>();
      List<RecordedEvent> later = new java.util.ArrayList<>();
      for (RecordedEvent e; (e = events.poll()) != null; ) {
        if (!e.getStartTime().isBefore(to)) {
          later.add(e);
          continue;
        }
        if (e.getStartTime().isBefore(from)) {
          continue;
        }
        if (e.getEventType().getName().equals("jdk.Deoptimization")) {
          deopts++;
          reasons.merge(e.getString("reason"), 1, Integer::sum);
        } else if (e.hasField("compileLevel") && e.getInt("compileLevel") == 4) {
          // (JDK 25 hands over events of other types too, without a compile level.)
          String m = name(e.getValue("method")) + (e.getBoolean("isOsr") ? " (OSR)" : "");
          double sec = e.getDuration().toNanos() / 1e9;
          c2++;
          c2Seconds += sec;
          if (before.contains(m) || !now.add(m)) {
            again++;
            againSeconds += sec;
            recompiled.merge(m, sec, Double::sum);
          }
        }
      }
      events.addAll(later);
      before.addAll(now);
      String top = recompiled.entrySet().stream()
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
          .map(x -> String.format("%s %.1f s", x.getKey(), x.getValue()))
          .collect(Collectors.joining(", "));
      String why = reasons.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
          .map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", "));
      return String.format("JIT: %d deoptimizations (%s); C2 compiled %d methods in %.1f s of"
          + " compiler wall time, %d of them again (%.1f s)%s", deopts, why, c2, c2Seconds, again,
          againSeconds, top.isEmpty() ? "" : ": " + top);
    }

    private static String name(RecordedMethod m) {
      String type = m.getType().getName();
      return type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
    }
  }

  /**
   * CPU nanoseconds so far of the JIT compiler threads and of the garbage collector's, from
   * /proc (zeros elsewhere): on a loaded machine the compilers run long into a pass, and the
   * process's CPU alone mixes their cost with indexing's. Needs compiler threads that do not exit
   * (the script passes -XX:-UseDynamicNumberOfCompilerThreads).
   */
  private static long[] vmThreadsCpu() {
    long[] out = new long[2];
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return out;
    }
    long tick = 10_000_000L; // USER_HZ is 100 on Linux
    try (Stream<Path> s = Files.list(tasks)) {
      for (Path t : s.toList()) {
        String stat;
        try {
          stat = Files.readString(t.resolve("stat"));
        } catch (java.io.IOException e) {
          continue; // the thread ended meanwhile
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ns = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick;
        if (name.contains("CompilerThre")) {
          out[0] += ns;
        } else if (name.startsWith("GC Thread") || name.startsWith("VM Thread")) {
          out[1] += ns;
        }
      }
    } catch (java.io.IOException e) {
      return out;
    }
    return out;
  }

  private static void delete(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }
}
