package org.quotetrace.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression for the JVM dying with SIGSEGV in libonnxruntime.so (exit 134, an hs_err file, the
 * crash banner on standard output) when a command ended while the model was still loading.
 */
class ExitWhileLoadingTest {
  @TempDir Path dir;

  @Test
  void awaitingTheLoadBeforeExitingEndsTheJvmCleanlyWhileASessionIsBeingBuilt() throws Exception {
    for (int run = 0; run < 2; run++) {
      Result r = probe();
      assertEquals(3, r.code, () -> "exit status of System.exit(3), got: " + r);
      assertEquals("exiting\n", r.out, () -> "nothing but the probe's line on stdout: " + r);
      assertNoCrashReport();
    }
  }

  @Test
  void awaitingTheLoadBeforeAnUncaughtErrorEndsTheJvmCleanly() throws Exception {
    Result r = probe("throw");
    assertEquals(1, r.code, () -> "exit status of an uncaught exception, got: " + r);
    assertEquals("exiting\n", r.out, () -> "nothing but the probe's line on stdout: " + r);
    assertNoCrashReport();
  }

  private void assertNoCrashReport() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> reports = files.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList();
      assertFalse(!reports.isEmpty(), () -> "the JVM crashed: " + reports);
    }
  }

  private record Result(int code, String out, String err) {}

  private Result probe(String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(),
        "-cp", ChildJvm.classPath(),
        "--enable-native-access=ALL-UNNAMED",
        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
    for (String key : List.of("DJL_CACHE_DIR", "ai.djl.offline")) {
      if (System.getProperty(key) != null) {
        command.add("-D" + key + "=" + System.getProperty(key));
      }
    }
    command.add(ExitWhileLoadingProbe.class.getName());
    command.addAll(List.of(args));
    Path errors = dir.resolve("probe.err");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.to(errors.toFile())).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
    return new Result(process.exitValue(), out, Files.readString(errors));
  }
}
