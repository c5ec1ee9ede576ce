package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionsCommandTest {
  @TempDir Path dir;

  private Path split(String name, String text, String gold) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name).resolve("text")).getParent();
    Files.writeString(d.resolve("text/a.txt"), text);
    Files.writeString(d.resolve("gold.jsonl"), gold + "\n");
    return d;
  }

  @Test
  void trainWritesAModelThatEvalScoresOnTheSameSplit() throws Exception {
    String text = "Ann Lee said the ferry would stop in June.\n\nBob Roy said the road was shut.\n";
    // code points: "Ann Lee" 0-7, "said" 8-12, content 13-41; "Bob Roy" 44-51, "said" 52-56, content 57-74
    String gold = "{\"doc\": \"text/a.txt\", \"attributions\": ["
        + "{\"content\": [13, 41], \"source\": [0, 7], \"source_text\": \"Ann Lee\", \"cue\": [8, 12], \"quotes\": []},"
        + "{\"content\": [57, 74], \"source\": [44, 51], \"source_text\": \"Bob Roy\", \"cue\": [52, 56], \"quotes\": []}]}";
    Path train = split("train", text, gold);
    Path model = dir.resolve("m.model");
    CliRun t = CliRun.run("attributions", "train", train.toString(), "--epochs", "3", "--bits", "12",
        "--out", model.toString());
    assertEquals(0, t.code(), t.err());
    assertTrue(Files.size(model) > 0);
    CliRun e = CliRun.run("attributions", "eval", train.toString(), "--model", model.toString());
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("source    1.000  1.000  1.000"), e.out());
  }

  @Test
  void aFolderWithoutGoldIsAUsageErrorNamingIt() {
    CliRun r = CliRun.run("attributions", "eval", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(dir + ": no gold.jsonl here"), r.err());
  }
}
