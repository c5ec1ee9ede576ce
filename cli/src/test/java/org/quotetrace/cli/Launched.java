package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One run of the command line in a JVM of its own, for what only a real process shows: how it
 * exits, what reaches a real file descriptor, and what the JVM leaves behind (hs_err files).
 */
record Launched(int code, String out, String err, List<Path> crashReports) {

  /**
   * Runs {@code quotetrace args…} in {@code dir}, standard output to {@code stdout} (a file such as
   * /dev/full), or captured when null.
   */
  static Launched run(Path dir, File stdout, List<String> jvmOptions, String... args)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(),
        "-cp", System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED",
        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
    for (String key : List.of("DJL_CACHE_DIR", "ai.djl.offline")) {
      if (System.getProperty(key) != null) {
        command.add("-D" + key + "=" + System.getProperty(key));
      }
    }
    command.addAll(jvmOptions);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("launched", ".out");
    Path err = Files.createTempFile("launched", ".err");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(stdout != null ? stdout : out.toFile())
          .redirectError(err.toFile()).start();
      p.getOutputStream().close();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not finish: " + args[0]);
      List<Path> reports;
      try (Stream<Path> files = Files.list(dir)) {
        reports = files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList();
      }
      return new Launched(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8), reports);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Standard error without the JVM's own warnings (deprecated Unsafe use by a library). */
  String errLines() {
    return err.lines().filter(l -> !l.startsWith("WARNING:")).reduce("", (a, b) -> a + b + "\n");
  }
}
