package org.quotetrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU ticks of every thread of this process, Java's and native ones alike, summed by thread name
 * with its trailing number dropped ("C2 CompilerThre#"): the JIT's, the collector's and the
 * sentence encoder's native threads show, which JFR does not. Linux only; elsewhere empty.
 */
public final class ThreadCpu {
  private ThreadCpu() {}

  /** Ticks (user plus system, in clock ticks) by thread name, now. */
  public static Map<String, Long> byName() {
    Map<String, Long> ticks = new TreeMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return ticks;
    }
    try (var all = Files.list(tasks)) {
      for (Path t : (Iterable<Path>) all::iterator) {
        try {
          String name = Files.readString(t.resolve("comm")).strip().replaceAll("[0-9]+$", "#");
          String stat = Files.readString(t.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
        } catch (IOException | RuntimeException e) {
          // a thread that ended meanwhile
        }
      }
    } catch (IOException e) {
      return ticks;
    }
    return ticks;
  }
}
