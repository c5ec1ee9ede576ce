package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.ModuleFinder;
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
    List<String> options = new ArrayList<>(List.of("-cp", ChildJvm.classPath(),
        "--enable-native-access=ALL-UNNAMED"));
    options.addAll(jvmOptions);
    return launch(dir, stdout, options, List.of(Main.class.getName()), args);
  }

  /**
   * Runs {@code quotetrace args…} as {@code QUOTETRACE_MODULE_PATH=1 ./quotetrace} does: the
   * command line and what it requires as named modules, started by module and main class.
   */
  static Launched runAsModule(Path dir, String... args) throws Exception {
    List<String> options = new ArrayList<>(ChildJvm.modulePath());
    // The launcher's list, less what surefire left on the class path: the JVM warns of a module
    // named there that it does not find.
    ModuleFinder modules = ModuleFinder.of(Stream.of(options.get(1).split(File.pathSeparator))
        .map(Path::of).toArray(Path[]::new));
    List<String> natives = new ArrayList<>(Stream.of("org.apache.lucene.core",
        "com.microsoft.onnxruntime", "ai.djl.tokenizers")
        .filter(n -> modules.find(n).isPresent()).toList());
    natives.add("ALL-UNNAMED");
    options.add("--enable-native-access=" + String.join(",", natives));
    return launch(dir, null, options,
        List.of("-m", Main.class.getModule().getName() + "/" + Main.class.getName()), args);
  }

  private static Launched launch(Path dir, File stdout, List<String> options, List<String> main,
      String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(),
        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
    for (String key : List.of("DJL_CACHE_DIR", "ai.djl.offline")) {
      if (System.getProperty(key) != null) {
        command.add("-D" + key + "=" + System.getProperty(key));
      }
    }
    command.addAll(options);
    command.addAll(main);
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
