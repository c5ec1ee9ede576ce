package org.quotetrace.index.apitests;

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
import org.junit.jupiter.api.Test;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.text.Document;

/**
 * The tests in this package stand for a program over a corpus outside quotetrace: every
 * quotetrace type they touch must be in a package that its module (core or index) exports to
 * everyone.
 */
class ExportedApiTest {
  @Test
  void everyTypeTheApiTestsTouchIsInAPackageExportedToEveryone() throws Exception {
    Set<String> open = new TreeSet<>();
    for (Class<?> member : List.of(Document.class, CorpusIndex.class)) {
      descriptor(member).exports().stream().filter(e -> !e.isQualified())
          .forEach(e -> open.add(e.source()));
    }
    Map<String, String> outside = new TreeMap<>();
    Set<String> touched = new TreeSet<>();
    for (String type : ClassFiles.typesNamedByPackageOf(ExportedApiTest.class)) {
      if (!type.startsWith("org.quotetrace.")
          || type.startsWith(ExportedApiTest.class.getPackageName() + ".")) {
        continue;
      }
      touched.add(type);
      String pkg = type.substring(0, type.lastIndexOf('.'));
      if (!open.contains(pkg)) {
        outside.put(type, pkg);
      }
    }
    assertTrue(outside.isEmpty(), () -> "API tests use types of packages not exported to everyone: "
        + outside + " (exported: " + open + ")");
    for (String needed : List.of("org.quotetrace.index.CorpusReader",
        "org.quotetrace.index.Indexer", "org.quotetrace.index.QuoteSearch",
        "org.quotetrace.index.SourcesTrace", "org.quotetrace.index.Variants")) {
      assertTrue(touched.contains(needed), () -> needed + " not among the types touched: " + touched);
    }
  }

  @Test
  void theReportRenderersAreExportedToTheCommandLineAndTheDeskAlone() throws Exception {
    ModuleDescriptor index = descriptor(CorpusIndex.class);
    assertEquals("org.quotetrace.index", index.name());
    ModuleDescriptor.Exports report = index.exports().stream()
        .filter(e -> e.source().equals("org.quotetrace.index.report")).findFirst().orElseThrow();
    // The desk answers in the command line's shapes through the same renderers.
    assertEquals(Set.of("org.quotetrace.cli", "org.quotetrace.server"), report.targets());
  }

  /**
   * A module's descriptor: from the module when the tests run on the module path, else from the
   * compiled {@code module-info.class} where the class was loaded from (a folder or a jar).
   */
  static ModuleDescriptor descriptor(Class<?> member) throws IOException, URISyntaxException {
    if (member.getModule().isNamed()) {
      return member.getModule().getDescriptor();
    }
    Path where = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(where)) {
      try (InputStream in = Files.newInputStream(where.resolve("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    }
    return java.lang.module.ModuleFinder.of(where).findAll().iterator().next().descriptor();
  }
}
