package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.read.ReadAssertions.assertWellFormed;
import static org.quotetrace.read.ReadAssertions.speakers;
import static org.quotetrace.read.ReadAssertions.words;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Turn;

/** Guards the founding example: the broadcast script in the shared seeds (not copied here). */
class SeedScriptTest {
  private static Path seed(String name) {
    String shared = System.getProperty("quotetrace.shared");
    Path p = shared == null ? null : Path.of(shared, "seeds", name);
    Assumptions.assumeTrue(p != null && Files.isRegularFile(p), "…/shared not found: skipping");
    return p;
  }

  @Test
  void theSeedScriptIsAScriptWithFourHaftarTurnsAndOneReporterTurn() throws Exception {
    Document doc = assertWellFormed(Readers.read(seed("001_ea0b09c9c9a58e8a.txt")));

    assertEquals(DocumentKind.SCRIPT, doc.kind());
    assertEquals(
        List.of("Khalifa Haftar", "Khalifa Haftar", "Khalifa Haftar", "Reporter", "Khalifa Haftar"),
        speakers(doc));
    for (int i : new int[] {0, 1, 2, 4}) {
      Turn t = doc.turns().get(i);
      assertEquals("Head of Libyan National Army", t.role());
      assertEquals("Arabic", t.language());
      assertEquals(
          "Khalifa Haftar, Head of Libyan National Army (Arabic)", t.label().text(doc.text()));
    }
    assertEquals("Turn it into colonisation.", words(doc, 3));
    assertEquals("Arabic", doc.turns().get(3).language());
    assertTrue(words(doc, 0).startsWith("First of all, our visit to Russia"));
    assertTrue(words(doc, 2).endsWith("you cannot…"), "the ellipsis stays, the closing mark goes");
    assertTrue(words(doc, 4).endsWith("on our own land."));
  }

  @Test
  void theSeedArticleIsAnArticleWithoutTurns() throws Exception {
    Document doc = assertWellFormed(Readers.read(seed("000_3367610939f0179f.txt")));

    assertEquals(DocumentKind.ARTICLE, doc.kind());
    assertTrue(doc.turns().isEmpty());
  }
}
