import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
    for (int p = 0; p < passes; p++) {
      Path dir = work.resolve("pass-" + p);
      delete(dir);
      long cpu = os.getProcessCpuTime();
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
      System.out.printf("pass %d: %,d documents, %,d quotes, %.1f s wall (%,.0f docs/s), process CPU"
              + " %.0f s = %.3f ms a document, JIT compiling %.1f s; load %s%n", p, c.read(),
          c.quotes(), wall, c.read() / wall, cpuMs / 1000, cpuMs / c.read(),
          (jit.getTotalCompilationTime() - compiling) / 1000.0,
          Files.readString(Path.of("/proc/loadavg")).strip());
      delete(dir);
    }
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
