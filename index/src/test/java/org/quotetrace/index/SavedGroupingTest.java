package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quotetrace.index.SmallCorpus.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.DocumentKind;

/**
 * The variant grouping is kept beside the index and read back while the index is unchanged; a
 * changed index, or a damaged or foreign file, is grouped afresh.
 */
class SavedGroupingTest {
  @TempDir Path tmp;
  private Path dir;

  @BeforeEach
  void build() throws Exception {
    dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (var d : SmallCorpus.all()) {
        w.add(d);
      }
      w.commit();
    }
  }

  // Each quote (document and start) with its group, named by the group's first quote, so that
  // two groupings compare equal whatever the numbers of their groups.
  private static Map<String, String> groups(Variants.Clustering c) throws IOException {
    Map<String, Integer> raw = new TreeMap<>();
    Map<Integer, String> firstOf = new TreeMap<>();
    c.forEach((doc, start, end, cluster) -> {
      String quote = doc + "@" + start + "-" + end;
      raw.put(quote, cluster);
      firstOf.merge(cluster, quote, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    });
    Map<String, String> out = new TreeMap<>();
    raw.forEach((quote, cluster) -> out.put(quote, firstOf.get(cluster)));
    return out;
  }

  private Map<String, String> groupsNow(boolean expectReused) throws Exception {
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      Variants.Clustering c = new Variants(index).cluster();
      assertEquals(expectReused, c.reused(), "reused");
      assertTrue(c.notSaved().isEmpty(), "saved: " + c.notSaved());
      return groups(c);
    }
  }

  @Test
  void theSecondGroupingOfAnUnchangedIndexIsReadBackAndTheSame() throws Exception {
    Map<String, String> first = groupsNow(false);
    assertTrue(Files.isRegularFile(dir.resolve(SavedGrouping.FILE)));
    Map<String, String> second = groupsNow(true);
    assertEquals(first, second);
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(first, groups(new Variants(index).regroup()), "regrouping gives the same");
    }
  }

  @Test
  void aDocumentAddedAfterwardsIsGroupedAfreshAndTheIndexStillOpens() throws Exception {
    Map<String, String> before = groupsNow(false);
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(doc("courier", """
          Trams to run again

          "The signalling system is forty years old and it fails in the cold," Lena Holm said.
          """, DocumentKind.ARTICLE, "courier.example", "2026-01-10T10:00:00Z"));
      w.commit();
    }
    Map<String, String> after = groupsNow(false);
    assertEquals(before.size() + 1, after.size(), "the new quote is grouped: " + after);
    String courier = after.keySet().stream().filter(k -> k.startsWith("courier@")).findFirst()
        .orElseThrow();
    assertTrue(after.entrySet().stream().anyMatch(e -> e.getKey().startsWith("trams@")
            && e.getValue().equals(after.get(courier))),
        "the new quote joins the mayor's turn: " + after);
    assertEquals(after, groupsNow(true));
  }

  @Test
  void theSavedGroupingIsAsReadableAsTheIndex() throws Exception {
    Path segments;
    try (var files = Files.list(dir)) {
      segments = files.filter(p -> p.getFileName().toString().startsWith("segments_"))
          .findFirst().orElseThrow();
    }
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    var access = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(segments, access);
    groupsNow(false);
    assertEquals(access, Files.getPosixFilePermissions(dir.resolve(SavedGrouping.FILE)));
  }

  @Test
  void aDamagedSavedGroupingIsIgnoredAndReplaced() throws Exception {
    Map<String, String> fresh = groupsNow(false);
    Path file = dir.resolve(SavedGrouping.FILE);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(file, bytes);
    assertEquals(fresh, groupsNow(false), "a flipped byte fails the checksum");
    Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 30));
    assertEquals(fresh, groupsNow(false), "a cut file");
    Files.writeString(file, "not a grouping at all");
    assertEquals(fresh, groupsNow(false), "another file under the name");
    assertEquals(fresh, groupsNow(true), "and saved again each time");
  }

  @Test
  void aSavedGroupingWhoseParentsGoRoundInACircleIsGroupedAfresh() throws Exception {
    Map<String, String> fresh = groupsNow(false);
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      int n = new Variants(index).regroup().quotes();
      int[] doc = new int[n];
      long[] time = new long[n];
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = (i + 1) % n;
      }
      // Sound as a file (its checksum matches), wrong as a grouping.
      SavedGrouping.write(dir, index.commit(), n, new SavedGrouping.Grouping(doc, time, parent));
    }
    assertEquals(fresh, groupsNow(false));
  }

  @Test
  void anIndexBuiltAgainInTheSameFolderIsNotTakenForTheOld() throws Exception {
    groupsNow(false);
    Path kept = tmp.resolve("kept.bin");
    Files.copy(dir.resolve(SavedGrouping.FILE), kept);
    // The same folder emptied and indexed again, with other documents: its first commit has the
    // same segments file name as the old index's.
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(doc("trams", SmallCorpus.OTHER_INTERVIEW, DocumentKind.TRANSCRIPT, "radio.example",
          "2026-01-09T08:00:00Z"));
      w.commit();
    }
    Files.copy(kept, dir.resolve(SavedGrouping.FILE));
    Map<String, String> now = groupsNow(false);
    assertFalse(now.keySet().stream().anyMatch(k -> k.startsWith("ledger@")), now.toString());
  }
}
