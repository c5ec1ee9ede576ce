package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.IndexException;
import org.quotetrace.index.QuoteSearch;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

/**
 * Kills a real indexing process with SIGKILL partway through and checks what DESIGN promises:
 * the index opens, every committed document is whole (its text and all its quotes), and running
 * the same command again finishes the job without redoing what was committed.
 */
class IndexCrashTest {
  @TempDir Path tmp;

  private static Process start(Path corpus, Path index, Path log) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp",
        ChildJvm.classPath(), "org.quotetrace.cli.Main", "index",
        "--index", index.toString(), corpus.toString(), "--commit-every", "1",
        "--progress", "none", "--threads", "1"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static boolean committed(Path index) throws Exception {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Stream<Path> s = Files.list(index)) {
      return s.anyMatch(p -> p.getFileName().toString().matches("segments_[0-9a-z]+"));
    }
  }

  /**
   * Whether the last commit holds documents. The indexer commits on a clock, and under load its
   * first commit can come before its first document: waiting for any commit, the test killed runs
   * that had committed nothing (seen at load averages of 14, before and after the modules).
   */
  private static boolean committedDocuments(Path index) throws Exception {
    if (!committed(index)) {
      return false;
    }
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      return idx.documents() > 0;
    } catch (IndexException e) {
      return false; // a commit being written
    }
  }

  @Test
  void aKilledIndexRunLeavesWholeCommittedDocumentsAndARerunFinishes() throws Exception {
    Path corpus = tmp.resolve("corpus.jsonl");
    int total = 25_000;
    TestCorpus.write(corpus, total, 7);
    Path index = tmp.resolve("index");

    Process p = start(corpus, index, tmp.resolve("first.log"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!committedDocuments(index) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(700); // into the middle of the next stretch between commits
    assertTrue(p.isAlive(), "the run must still be going when it is killed: "
        + Files.readString(tmp.resolve("first.log")));
    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, p.exitValue(), "killed by signal 9");

    Map<String, String> texts = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        texts.put(n.get("id").asText(), n.get("text").asText());
      }
    }
    int committedDocs;
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      committedDocs = idx.documents();
      assertTrue(committedDocs > 0 && committedDocs < total,
          "some but not all documents committed: " + committedDocs);
      QuoteFinder finder = new QuoteFinder();
      QuoteSearch search = new QuoteSearch(idx);
      int checked = 0;
      for (int i = 0; i < total && checked < committedDocs; i++) {
        var doc = idx.document("doc-" + i);
        if (doc.isEmpty()) {
          continue;
        }
        checked++;
        Document d = doc.get();
        assertEquals(texts.get(d.id()), d.text(), "text of " + d.id());
        if (i % 50 == 0) {
          long expected = finder.find(d).speech().size();
          long stored = search.search(new QuoteSearch.Criteria(null, null, null,
              d.published().orElseThrow(), d.published().orElseThrow(), true, 100)).total();
          assertEquals(expected, stored, "quotes of " + d.id());
        }
      }
      assertEquals(committedDocs, checked);
    }

    Process again = start(corpus, index, tmp.resolve("second.log"));
    assertTrue(again.waitFor(300, TimeUnit.SECONDS), "the second run finishes");
    String log = Files.readString(tmp.resolve("second.log"));
    assertEquals(0, again.exitValue(), log);
    assertTrue(log.contains(String.format(java.util.Locale.ROOT, "%,d unchanged", committedDocs)), log);
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      assertEquals(total, idx.documents());
    }
  }
}
