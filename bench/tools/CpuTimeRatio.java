import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Thread CPU time of {@code QuoteFinder.find} (with reading) per pass over a folder of texts, for
 * two or more builds of the core jar in one JVM, their passes alternating: on a shared machine the
 * wall time of a JMH run measures the neighbours, but the ratio of the builds' CPU times, taken
 * round by round, holds up under load. Run by {@code bench/run-cpu-ratio.sh}.
 *
 * <p>Arguments: ROUNDS TEXT_DIR CORE_JAR... ; prints each round, then per jar the median and the
 * minimum of the second half of the rounds (the first half warms the JIT up).
 */
public class CpuTimeRatio {
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[1]))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    byte[][] contents = new byte[files.size()][];
    long total = 0;
    for (int i = 0; i < contents.length; i++) {
      contents[i] = Files.readAllBytes(files.get(i));
      total += contents[i].length;
    }
    int jars = args.length - 2;
    Object[] finders = new Object[jars];
    Object[] options = new Object[jars];
    Method[] find = new Method[jars];
    Method[] read = new Method[jars];
    Method[] quotes = new Method[jars];
    for (int j = 0; j < jars; j++) {
      // Each jar in a loader of its own; the dependencies come from the class path.
      URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(args[j + 2]).toUri().toURL()},
          CpuTimeRatio.class.getClassLoader());
      Class<?> finder = cl.loadClass("org.quotetrace.quote.QuoteFinder");
      Class<?> readers = cl.loadClass("org.quotetrace.read.Readers");
      Class<?> readOptions = cl.loadClass("org.quotetrace.read.ReadOptions");
      finders[j] = finder.getConstructor().newInstance();
      find[j] = finder.getMethod("find", cl.loadClass("org.quotetrace.text.Document"));
      read[j] = readers.getMethod("read", String.class, byte[].class, readOptions);
      options[j] = readOptions.getField("DEFAULTS").get(null);
      quotes[j] = cl.loadClass("org.quotetrace.quote.Extraction").getMethod("quotes");
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] ms = new double[jars][rounds];
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r + ":");
      for (int j = 0; j < jars; j++) {
        long cpu = mx.getCurrentThreadCpuTime();
        long found = 0;
        for (int i = 0; i < contents.length; i++) {
          Object doc = read[j].invoke(null, files.get(i).getFileName().toString(), contents[i], options[j]);
          found += ((List<?>) quotes[j].invoke(find[j].invoke(finders[j], doc))).size();
        }
        ms[j][r] = (mx.getCurrentThreadCpuTime() - cpu) / 1e6;
        line.append(String.format("  jar%d %.0f ms (%d quotes)", j, ms[j][r], found));
      }
      System.out.println(line);
    }
    for (int j = 0; j < jars; j++) {
      double[] last = Arrays.copyOfRange(ms[j], rounds / 2, rounds);
      Arrays.sort(last);
      double median = last[last.length / 2];
      System.out.printf("jar%d %s: median %.0f ms CPU per pass (%.2f MB/s), min %.0f ms (%.2f MB/s)"
          + " over the last %d rounds%n", j, args[j + 2], median, total / 1e3 / median, last[0],
          total / 1e3 / last[0], last.length);
    }
  }
}
