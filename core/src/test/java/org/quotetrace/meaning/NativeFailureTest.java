package org.quotetrace.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a caller sees when ONNX Runtime cannot load: one clear line, every time, no crash. */
class NativeFailureTest {
  @Test
  void aMissingNativeLibraryIsReportedInOneLineNamingIt() throws Exception {
    Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), "no-onnxruntime-here");
    List<String> lines = probe("-Donnxruntime.native.path=" + nowhere);
    assertEquals(2, lines.size(), () -> "expected one line per attempt, got " + lines);
    String first = lines.get(0);
    System.out.println("meaning: failure message: " + first);
    assertTrue(first.startsWith("unavailable sentence embeddings unavailable (all-MiniLM-L6-v2): "),
        first);
    assertTrue(first.contains("onnxruntime") && first.contains(nowhere.toString()), first);
    assertEquals(first, lines.get(1), "a second attempt should give the same message");
  }

  @Test
  void aMissingTokenizerLibraryIsReportedInOneLineNamingIt() throws Exception {
    Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), "no-tokenizers-here");
    List<String> lines = probe("-DRUST_LIBRARY_PATH=" + nowhere);
    assertEquals(2, lines.size(), () -> "expected one line per attempt, got " + lines);
    String first = lines.get(0);
    System.out.println("meaning: failure message: " + first);
    assertTrue(first.contains("Huggingface native library") && first.contains(nowhere.toString()),
        first);
    assertEquals(first, lines.get(1), "a second attempt should give the same message");
  }

  private static List<String> probe(String... jvmOptions) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(),
        "-cp", ChildJvm.classPath(),
        "--enable-native-access=ALL-UNNAMED",
        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
    for (String key : List.of("DJL_CACHE_DIR", "ai.djl.offline")) {
      if (System.getProperty(key) != null) {
        command.add("-D" + key + "=" + System.getProperty(key));
      }
    }
    command.addAll(List.of(jvmOptions));
    command.add(LoadProbe.class.getName());
    // Standard error is kept apart: a JVM may warn there about native access.
    Path errors = Files.createTempFile("load-probe", ".err");
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.to(errors.toFile())).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
    String stderr = Files.readString(errors);
    Files.delete(errors);
    assertEquals(0, process.exitValue(), () -> output + stderr);
    return output.lines().toList();
  }
}
