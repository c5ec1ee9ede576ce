package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as modules ({@code QUOTETRACE_MODULE_PATH=1 ./quotetrace}) prints what it
 * prints on the class path, and nothing more on standard error: the meaning model, its native
 * libraries, Lucene and the word lists load from named modules too.
 */
class ModulePathTest {
  @TempDir Path dir;

  private static final String INTERVIEW = """
      Reporter: Will the ferry keep running?
      Edda Lindqvist: The ferry will run every day this winter, storms permitting. We have hired \
      two new crews. The old pier will close in March because the timber is rotten.
      """;

  private static final String ARTICLE = """
      Ferry to run all winter

      “The ferry will run every day this winter, storms permitting,” harbour master Edda \
      Lindqvist said.

      “The old jetty is to shut in March as its wood has decayed,” she said.
      """;

  @Test
  void traceIndexAndSearchPrintTheSameOnTheModulePathAsOnTheClassPath() throws Exception {
    Path article = Files.writeString(dir.resolve("article.txt"), ARTICLE);
    Path interview = Files.writeString(dir.resolve("interview.txt"), INTERVIEW);
    String[] trace = {"trace", article.toString(), "--source", interview.toString()};
    Launched onClassPath = Launched.run(dir, null, List.of(), trace);
    Launched asModules = Launched.runAsModule(dir, trace);
    assertEquals(0, asModules.code(), asModules::toString);
    assertEquals("", asModules.err(), "nothing on standard error, no JVM warning either");
    assertEquals(onClassPath.out(), asModules.out());
    assertTrue(asModules.out().contains("\"verdict\" : \"verbatim\""), asModules.out());

    Path index = dir.resolve("index");
    Launched indexed = Launched.runAsModule(dir, "index", "--index", index.toString(),
        article.toString(), interview.toString(), "--progress", "none");
    assertEquals(0, indexed.code(), indexed::toString);
    String[] search = {"search", "--index", index.toString(), "ferry", "--format", "json"};
    Launched searched = Launched.runAsModule(dir, search);
    assertEquals(0, searched.code(), searched::toString);
    assertEquals(Launched.run(dir, null, List.of(), search).out(), searched.out());
    assertTrue(searched.out().contains("Edda Lindqvist"), searched.out());
  }
}
