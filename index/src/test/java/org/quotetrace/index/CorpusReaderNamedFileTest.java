package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;

/** A local copy of a remote file is read as the file it copies: its records keep the remote name. */
class CorpusReaderNamedFileTest {
  @TempDir Path dir;

  @Test
  void recordsOfALocalCopyAreNamedAfterTheFileItCopies() throws Exception {
    Path copy = Files.writeString(dir.resolve("copy-1234.tmp"),
        "{\"id\":\"a\",\"text\":\"The ferry was late.\"}\nnot json\n");
    List<String> seen = new ArrayList<>();
    new CorpusReader(ReadOptions.DEFAULTS).readFile(copy, "hdfs://cluster/news/day.jsonl", sink(seen));
    assertEquals(List.of("doc a hdfs://cluster/news/day.jsonl:1",
        "failure hdfs://cluster/news/day.jsonl:2"), seen);
  }

  @Test
  void aPlainTextCopyTakesTheRemoteNameAsItsId() throws Exception {
    Path copy = Files.writeString(dir.resolve("copy-5678.tmp"), "The harbour reopened on Monday.\n");
    List<String> seen = new ArrayList<>();
    new CorpusReader(ReadOptions.DEFAULTS).readFile(copy, "s3a://bucket/notes/harbour.txt", sink(seen));
    assertEquals(List.of("doc s3a://bucket/notes/harbour.txt s3a://bucket/notes/harbour.txt"), seen);
  }

  private static CorpusReader.Sink sink(List<String> seen) {
    return new CorpusReader.Sink() {
      @Override
      public void document(Document doc, long bytesDone) {
        seen.add("doc " + doc.id() + " " + doc.origin());
      }

      @Override
      public void failure(String where, String message) {
        seen.add("failure " + where);
      }
    };
  }
}
