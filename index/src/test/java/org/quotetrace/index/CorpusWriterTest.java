package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

class CorpusWriterTest {
  @TempDir Path tmp;

  @Test
  void documentsAndTheirQuotesAreStoredAndReadBack() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : SmallCorpus.all()) {
        assertEquals(CorpusWriter.Outcome.ADDED, w.add(d));
      }
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(6, index.documents());
      // 3 turns of MARIA OLSEN and HOST (4) + 2 + 2 + 2 + 2 quotes + 2 turns of the trams interview
      assertTrue(index.quotes() >= 12, "quotes: " + index.quotes());
      Document back = index.document("interview").orElseThrow();
      assertEquals(DocumentKind.TRANSCRIPT, back.kind());
      assertEquals(4, back.turns().size());
      assertEquals("radio.example", back.outlet().orElseThrow());
      assertEquals("https://radio.example/interview", back.origin());
    }
  }

  @Test
  void theLastCommitHoldsTheSegmentsMergedDownToWhatTheMergePolicyKeeps() throws Exception {
    Path dir = tmp.resolve("idx");
    int docs = 60;
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      // A commit after each document writes a segment of its own: 60 segments, far more than the
      // merge policy keeps.
      for (int i = 0; i < docs; i++) {
        w.add(SmallCorpus.doc("d" + i, SmallCorpus.LEDGER, DocumentKind.ARTICLE, "ledger.example",
            "2024-01-01T00:00:00Z"));
        w.commit();
      }
      w.commitMerged();
    }
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      assertTrue(r.leaves().size() <= 10, "segments after the last commit: " + r.leaves().size());
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(docs, index.documents());
    }
  }

  @Test
  void aBufferWrittenOutBeforeTheCommitIsCommittedInItsOwnFilesNotACompoundOne() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : SmallCorpus.all()) {
        w.add(d);
      }
      w.flushBuffer();
      w.commit();
    }
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".cfs")),
          "a flushed segment is not copied into a compound file");
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(6, index.documents());
    }
  }

  @Test
  void unchangedDocumentsAreSkippedAndChangedOnesReplacedWithTheirQuotes() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : SmallCorpus.all()) {
        w.add(d);
      }
      w.commit();
    }
    int quotesBefore;
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      quotesBefore = index.quotes();
    }
    Document changed = SmallCorpus.doc("unrelated", SmallCorpus.UNRELATED.replace(
            "\"It is a question of planning, not of money,\" he said.", "He blamed planning."),
        DocumentKind.ARTICLE, "ledger.example", "2026-01-11T10:00:00Z");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : SmallCorpus.all()) {
        if (!d.id().equals("unrelated")) {
          assertEquals(CorpusWriter.Outcome.UNCHANGED, w.add(d), d.id());
        }
      }
      assertEquals(CorpusWriter.Outcome.REPLACED, w.add(changed));
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(6, index.documents());
      assertEquals(quotesBefore - 1, index.quotes(), "the replaced document's old quotes are gone");
    }
  }

  @Test
  void theSameIdTwiceInOneRunKeepsTheLast() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(Document.article("a", "\"First words here,\" Ann Lee said."));
      assertEquals(CorpusWriter.Outcome.REPLACED,
          w.add(Document.article("a", "\"Second words here,\" Ann Lee said.")));
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(1, index.documents());
      assertEquals(1, index.quotes());
      assertTrue(index.document("a").orElseThrow().text().contains("Second"));
    }
  }

  @Test
  void aFolderWithOtherFilesIsRefusedAndLeftAlone() throws Exception {
    Path dir = tmp.resolve("notes");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("todo.txt"), "buy milk");
    IndexException e = assertThrows(IndexException.class, () -> CorpusWriter.open(dir));
    assertTrue(e.getMessage().startsWith(dir + ": not a quotetrace index (it holds todo.txt)"), e.getMessage());
    IndexException r = assertThrows(IndexException.class, () -> CorpusIndex.open(dir));
    assertTrue(r.getMessage().contains("not a quotetrace index"), r.getMessage());
    try (var s = Files.list(dir)) {
      assertEquals(1, s.count(), "nothing was written into the folder");
    }
  }

  @Test
  void aFileIsNotAnIndexFolder() throws Exception {
    Path file = tmp.resolve("corpus.jsonl");
    Files.writeString(file, "{}\n");
    IndexException e = assertThrows(IndexException.class, () -> CorpusWriter.open(file));
    assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
  }

  @Test
  void aMissingOrEmptyIndexIsReportedWhenReading() throws Exception {
    IndexException e = assertThrows(IndexException.class, () -> CorpusIndex.open(tmp.resolve("none")));
    assertTrue(e.getMessage().contains("no index here yet"), e.getMessage());
  }

  @Test
  void aSecondWriterOnTheSameFolderIsRefused() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      IndexException e = assertThrows(IndexException.class, () -> CorpusWriter.open(dir));
      assertTrue(e.getMessage().contains("another quotetrace process is writing this index"),
          e.getMessage());
    }
  }

  @Test
  void whatWasNotCommittedIsDroppedAndTheLastCommitStays() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(SmallCorpus.all().get(0));
      w.commit();
      w.add(SmallCorpus.all().get(1));
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(1, index.documents());
    }
  }

  @Test
  void aLuceneIndexOfAnotherProgramIsRecognisedAsNotOurs() throws Exception {
    Path dir = tmp.resolve("lucene");
    plainLuceneIndex(dir, java.util.Map.of());
    IndexException e = assertThrows(IndexException.class, () -> CorpusIndex.open(dir));
    assertTrue(e.getMessage().contains("a Lucene index, but not a quotetrace index"), e.getMessage());
    assertThrows(IndexException.class, () -> CorpusWriter.open(dir));
  }

  // Guards format 2: a format 1 index holds turns' words, which search would count twice.
  @Test
  void anIndexOfAnEarlierFormatIsRefusedWithAWayOut() throws Exception {
    Path dir = tmp.resolve("old");
    plainLuceneIndex(dir, java.util.Map.of(Schema.FORMAT_KEY, "1"));
    String expected = dir + ": a quotetrace index of format 1, this version reads format "
        + Schema.FORMAT + "; index again into a new folder";
    assertEquals(expected, assertThrows(IndexException.class, () -> CorpusIndex.open(dir)).getMessage());
    assertEquals(expected, assertThrows(IndexException.class, () -> CorpusWriter.open(dir)).getMessage());
  }

  // A Lucene index of one empty document, written without quotetrace, with this commit data.
  private static void plainLuceneIndex(Path dir, java.util.Map<String, String> data)
      throws java.io.IOException {
    try (var d = org.apache.lucene.store.FSDirectory.open(dir);
        var w = new org.apache.lucene.index.IndexWriter(d,
            new org.apache.lucene.index.IndexWriterConfig())) {
      w.addDocument(new org.apache.lucene.document.Document());
      if (!data.isEmpty()) {
        w.setLiveCommitData(data.entrySet());
      }
      w.commit();
    }
  }
}
