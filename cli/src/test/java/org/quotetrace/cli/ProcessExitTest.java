package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a real quotetrace process ends: with the exit status the contract gives, one line on standard
 * error, nothing on standard output but the output, and no JVM crash report left behind.
 */
class ProcessExitTest {
  @TempDir Path dir;

  private static final String ARTICLE = """
      Harbour pilots walked out on Monday.

      “We will not guide a single ship until the rota is fixed,” Lene Dahl said. “Nobody sleeps \
      on this schedule.”
      """;

  @Test
  void aTraceThatNeedsNoModelEndsCleanlyWhileTheModelIsStillLoading() throws Exception {
    // Regression: the JVM died with SIGSEGV in ONNX Runtime (exit 134, a crash banner after the
    // JSON, an hs_err file) when the command ended while the model loaded in the background.
    Path article = Files.writeString(dir.resolve("article.txt"), ARTICLE);
    Path source = Files.writeString(dir.resolve("source.txt"), "From the wire.\n\n" + ARTICLE);
    for (int run = 0; run < 2; run++) {
      Launched r = Launched.run(dir, null, List.of(), "trace", article.toString(), "--source",
          source.toString());
      assertEquals(0, r.code(), r::toString);
      assertTrue(r.crashReports().isEmpty(), r::toString);
      assertEquals("verbatim", new ObjectMapper().readTree(r.out()).get("quotes").get(0)
          .get("verdict").asText(), "standard output is the JSON alone: " + r.out());
    }
  }

  @Test
  void anEarlyErrorEndsWithOneLineAndNoCrash() throws Exception {
    Path article = Files.writeString(dir.resolve("article.txt"), ARTICLE);
    Path index = dir.resolve("index");
    assertEquals(0, Launched.run(dir, null, List.of(), "index", "--index", index.toString(),
        article.toString(), "--progress", "none").code());
    for (int run = 0; run < 2; run++) {
      Launched r = Launched.run(dir, null, List.of(), "sources", "--id", "no-such-id", "--index",
          index.toString());
      assertEquals(1, r.code(), r::toString);
      assertEquals("", r.out(), r::toString);
      assertTrue(r.crashReports().isEmpty(), r::toString);
      assertEquals(1, r.errLines().lines().count(), r::toString);
      assertTrue(r.errLines().contains("no document with id no-such-id"), r::toString);
    }
  }

  @Test
  void outputToAFullDiskIsAnErrorNotASilentCut() throws Exception {
    // Regression: quotes, trace and search printed to a full disk exited 0 with no message.
    Path article = Files.writeString(dir.resolve("article.txt"), ARTICLE);
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full here");
    Path index = dir.resolve("index");
    assertEquals(0, Launched.run(dir, null, List.of(), "index", "--index", index.toString(),
        article.toString(), "--progress", "none").code());
    Path source = Files.writeString(dir.resolve("source.txt"), "From the wire.\n\n" + ARTICLE);
    List<List<String>> commands = List.of(
        List.of("quotes", "--format", "text", article.toString()),
        List.of("trace", article.toString(), "--source", source.toString(), "--words-only"),
        List.of("search", "--index", index.toString(), "rota"));
    for (List<String> args : commands) {
      Launched r = Launched.run(dir, full, List.of(), args.toArray(String[]::new));
      assertEquals(1, r.code(), () -> args + ": " + r);
      List<String> lines = r.errLines().lines().filter(l -> !l.contains("warning:")).toList();
      assertEquals(1, lines.size(), () -> args + ": " + r);
      assertTrue(lines.get(0).startsWith("quotetrace: standard output: cannot write")
          && lines.get(0).contains("No space left on device"), () -> args + ": " + r);
    }
    Launched r = Launched.run(dir, null, List.of(), "trace", article.toString(), "--source",
        source.toString(), "--words-only", "--out", "/dev/full");
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.errLines().startsWith("quotetrace: /dev/full: cannot write the report (No space"),
        r::toString);
  }

  @Test
  void runningOutOfMemoryIsOneLineNamingTheArticleNotAStackTrace() throws Exception {
    // Regression: an OutOfMemoryError escaped the command line's handler as a stack trace. Each
    // file is under the heap-based read limit (about 0.4 MB on this heap); together they are not.
    Path article = Files.writeString(dir.resolve("huge.txt"), ferries("Ola Berg said", 300_000));
    List<String> args = new java.util.ArrayList<>(List.of("trace", article.toString()));
    for (int s = 0; s < 16; s++) {
      Path source = Files.writeString(dir.resolve("source" + s + ".txt"),
          ferries("the harbour master " + s + " said", 300_000));
      args.addAll(List.of("--source", source.toString()));
    }
    args.addAll(List.of("--words-only", "--format", "json"));
    Launched r = Launched.run(dir, null, List.of("-Xmx24m"), args.toArray(String[]::new));
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.crashReports().isEmpty(), r::toString);
    List<String> lines = r.errLines().lines().toList();
    assertEquals(1, lines.size(), r::toString);
    assertTrue(lines.get(0).startsWith("quotetrace: trace " + article + ": out of memory"),
        r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  private static String ferries(String attribution, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < length; i++) {
      text.append("“The ferry number ").append(i).append(" leaves at dawn,” ").append(attribution)
          .append(".\n\n");
    }
    return text.toString();
  }
}
