package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve refuses before it listens: each a usage error or a failure on one line. */
class ServeCommandTest {
  @TempDir
  Path tmp;

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun r = CliRun.run("serve", "--index", tmp.toString(), "--port", "70000");
    assertEquals(2, r.code(), r.err());
    assertEquals("quotetrace: --port must be 0 to 65535, not 70000\n", r.err());
  }

  @Test
  void aTokenFileThatCannotBeReadOrIsBlankIsAUsageError() throws Exception {
    CliRun missing = CliRun.run("serve", "--index", tmp.toString(), "--token-file",
        tmp.resolve("nope").toString());
    assertEquals(2, missing.code(), missing.err());
    assertTrue(missing.err().contains("nope: the token file cannot be read"), missing.err());
    Path blank = Files.writeString(tmp.resolve("blank"), "  \n");
    CliRun empty = CliRun.run("serve", "--index", tmp.toString(), "--token-file", blank.toString());
    assertEquals(2, empty.code(), empty.err());
    assertTrue(empty.err().contains("the token must be one word"), empty.err());
  }

  @Test
  void aFolderHoldingSomethingElseThanAnIndexIsRefusedOnOneLine() throws Exception {
    Path notIndex = tmp.resolve("notes");
    Files.createDirectories(notIndex);
    Files.writeString(notIndex.resolve("todo.txt"), "buy milk");
    CliRun r = CliRun.run("serve", "--index", notIndex.toString(), "--port", "0", "--words-only");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().startsWith("quotetrace: " + notIndex), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }
}
