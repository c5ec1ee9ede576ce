package org.quotetrace.meaning;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a test needs to start a JVM of its own with the classes this one runs. */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * Everything this test JVM sees, as a class path. On the module path surefire splits it between
   * the class path, the module path and the test classes patched into the module; the child gets
   * it all on its class path, as {@code java -jar quotetrace.jar} runs.
   */
  static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String key : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(key);
      if (value != null && !value.isEmpty()) {
        parts.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    try {
      String tests = Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toString();
      if (!parts.contains(tests)) {
        parts.add(0, tests);
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test classes at an odd place: " + e.getMessage(), e);
    }
    return String.join(File.pathSeparator, parts);
  }
}
