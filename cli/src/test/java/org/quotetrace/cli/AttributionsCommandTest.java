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
  void trainWithWordClassesLearnsThemFromTheUnlabelledFoldersToo() throws Exception {
    String text = "Ann Lee said the ferry would stop in June.\n\nBob Roy said the road was shut.\n";
    String gold = "{\"doc\": \"text/a.txt\", \"attributions\": ["
        + "{\"content\": [13, 41], \"source\": [0, 7], \"source_text\": \"Ann Lee\", \"cue\": [8, 12], \"quotes\": []}]}";
    Path train = split("train", text, gold);
    Path plain = Files.createDirectories(dir.resolve("plain/deeper"));
    Files.writeString(plain.resolve("b.txt"), "The ferry said the road would stop.\nThe road said the ferry was shut.\n");
    Path model = dir.resolve("m.model");
    CliRun t = CliRun.run("attributions", "train", train.toString(), "--epochs", "2", "--bits", "12",
        "--word-classes", "--unlabelled", dir.resolve("plain").toString(), "--out", model.toString());
    assertEquals(0, t.code(), t.err());
    assertTrue(t.err().contains("from 2 texts"), t.err());
    CliRun e = CliRun.run("attributions", "eval", train.toString(), "--model", model.toString());
    assertEquals(0, e.code(), e.err());
  }

  @Test
  void aRerankerWithoutASecondPassIsAUsageError() throws Exception {
    Path train = split("train", "Ann said it.\n", "{\"doc\": \"text/a.txt\", \"attributions\": []}");
    CliRun r = CliRun.run("attributions", "train", train.toString(), "--rerank-epochs", "3",
        "--out", dir.resolve("m.model").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--rerank-epochs must be 0 or more and needs --stack-epochs, got 3"), r.err());
  }

  @Test
  void anUnlabelledPathThatIsNoFolderIsAUsageErrorNamingIt() throws Exception {
    Path train = split("train", "Ann said it.\n", "{\"doc\": \"text/a.txt\", \"attributions\": []}");
    Path missing = dir.resolve("nowhere");
    CliRun r = CliRun.run("attributions", "train", train.toString(), "--word-classes", "--unlabelled",
        missing.toString(), "--out", dir.resolve("m.model").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(missing + ": not a folder of .txt files"), r.err());
  }

  @Test
  void aFolderWithoutGoldIsAUsageErrorNamingIt() {
    CliRun r = CliRun.run("attributions", "eval", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(dir + ": no gold.jsonl here"), r.err());
  }
}
