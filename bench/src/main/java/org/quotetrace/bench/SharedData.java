package org.quotetrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates the shared evaluation data, which is read in place and never copied into the repository.
 *
 * <p>The folder is the system property {@code quotetrace.shared}, else {@code ../shared} next to the
 * repository root (found by walking up from the working directory to the folder that holds both
 * {@code pom.xml} and {@code bench/pom.xml}), else {@code ../shared} from the working directory.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String prop = System.getProperty("quotetrace.shared");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Path p = cwd; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve("bench/pom.xml"))) {
        return p.resolve("../shared").normalize();
      }
    }
    return cwd.resolve("../shared").normalize();
  }

  /** A PolNeAR split folder ({@code train} or {@code dev}) holding {@code text/} and {@code gold.jsonl}. */
  public static Path polnear(String split) {
    return root().resolve("eval/polnear").resolve(split);
  }

  /**
   * The split's article files in name order.
   *
   * @throws IOException naming the folder and the property to set when the data is absent, so that a
   *     run stops with a clear message instead of measuring nothing
   */
  public static List<Path> texts(String split) throws IOException {
    Path dir = polnear(split).resolve("text");
    if (!Files.isDirectory(dir)) {
      throw new IOException(
          "no PolNeAR " + split + " texts at " + dir
              + "; set -Dquotetrace.shared=DIR to the folder that holds eval/polnear");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> out = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
      if (out.isEmpty()) {
        throw new IOException("no .txt files in " + dir);
      }
      return out;
    }
  }
}
