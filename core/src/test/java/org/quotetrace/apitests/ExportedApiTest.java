package org.quotetrace.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Document;

/**
 * The tests in this package stand for a program outside quotetrace: every quotetrace type they
 * touch must be in a package that {@code org.quotetrace.core} exports to everyone. Being in
 * another package already keeps them from package-private types; this keeps them from public
 * types in packages the module keeps to itself or exports only to other quotetrace modules.
 */
class ExportedApiTest {
  @Test
  void everyTypeTheApiTestsTouchIsInAPackageExportedToEveryone() throws Exception {
    ModuleDescriptor core = descriptor(Document.class);
    assertEquals("org.quotetrace.core", core.name());
    Set<String> open = core.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());

    Map<String, String> outside = new TreeMap<>();
    Set<String> touched = new TreeSet<>();
    for (String type : ClassFiles.typesNamedByPackageOf(ExportedApiTest.class)) {
      if (!type.startsWith("org.quotetrace.") || type.startsWith("org.quotetrace.apitests.")) {
        continue;
      }
      touched.add(type);
      String pkg = type.substring(0, type.lastIndexOf('.'));
      if (!open.contains(pkg)) {
        outside.put(type, pkg);
      }
    }
    assertTrue(outside.isEmpty(), () -> "API tests use types of packages not exported to everyone: "
        + outside + " (exported: " + new TreeSet<>(open) + ")");
    // The check means something only if the tests walk the whole flow.
    for (String needed : List.of("org.quotetrace.read.Readers", "org.quotetrace.quote.QuoteFinder",
        "org.quotetrace.trace.Tracer", "org.quotetrace.report.TraceJson")) {
      assertTrue(touched.contains(needed), () -> needed + " not among the types touched: " + touched);
    }
  }

  @Test
  void theScorersAreExportedToTheCommandLineOnly() throws Exception {
    ModuleDescriptor core = descriptor(Document.class);
    ModuleDescriptor.Exports eval = core.exports().stream()
        .filter(e -> e.source().equals("org.quotetrace.eval")).findFirst().orElseThrow();
    assertEquals(Set.of("org.quotetrace.cli"), eval.targets());
  }

  /**
   * The module's descriptor: from the module when the tests run on the module path, else from the
   * compiled {@code module-info.class} beside the classes.
   */
  static ModuleDescriptor descriptor(Class<?> member) throws IOException, URISyntaxException {
    if (member.getModule().isNamed()) {
      return member.getModule().getDescriptor();
    }
    Path classes = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }
}
