package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;

/**
 * What is passed over or left out while a corpus is read is said, one line each, without counting
 * as a failure. Regression for issue 12: a {@code published} value that is not a time, and a named
 * pipe in a folder, were dropped without a word.
 */
class CorpusReaderWarningsTest {
  @TempDir Path dir;

  @Test
  void aPublishedValueThatIsNotATimeIsAWarningWithFileLineAndTheValueCut() throws Exception {
    String long1 = "sometime in the week after the harbour vote ".repeat(5);
    Path file = Files.writeString(dir.resolve("records.jsonl"), """
        {"id": "a", "published": "2026-03-04", "text": "First."}
        {"id": "b", "published": "last Tuesday", "text": "Second."}
        {"id": "c", "published": "%s", "text": "Third."}
        """.formatted(long1), StandardCharsets.UTF_8);

    Run run = read(file);

    assertEquals(List.of("a", "b", "c"), run.ids());
    assertEquals(List.of(), run.failures);
    assertEquals(List.of(
        file + ":2: published time 'last Tuesday' not understood (expected ISO-8601 such as"
            + " 2026-03-04T10:15:00Z or 2026-03-04); left out",
        file + ":3: published time '" + long1.substring(0, 60) + "…' not understood (expected"
            + " ISO-8601 such as 2026-03-04T10:15:00Z or 2026-03-04); left out"),
        run.warnings);
    assertEquals(Optional.empty(), run.docs.get(1).published());
  }

  @Test
  void aNamedPipeInAFolderIsSkippedWithOneLineAndTheFilesAroundItAreRead() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "The ferry left at noon.\n");
    Files.writeString(corpus.resolve("c.txt"), "The ferry came back at six.\n");
    Path fifo = corpus.resolve("b.pipe");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "needs mkfifo");

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(corpus),
        "a pipe must not be opened: it would block");

    assertEquals(List.of(corpus + "/a.txt", corpus + "/c.txt"), run.ids());
    assertEquals(List.of(), run.failures);
    assertEquals(List.of(fifo + ": not a regular file (a named pipe); skipped"), run.warnings);
  }

  @Test
  void aFileReadAsWindows1252IsNamedInAWarning() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("speeches"));
    Path speech = Files.write(corpus.resolve("rally.txt"),
        "Thank you!\r\n\r\nShe told me, \u201cBuild the road.\u201d\r\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));

    Run run = read(corpus);

    assertEquals(List.of(speech.toString()), run.ids());
    assertEquals(List.of(speech + ": not valid UTF-8 (at byte 27) but its bytes read as"
        + " windows-1252 text: decoded as windows-1252 (pass --encoding to choose another)"),
        run.warnings);
  }

  private static final class Run implements CorpusReader.Sink {
    final List<Document> docs = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void document(Document doc, long done) {
      docs.add(doc);
    }

    @Override
    public void failure(String where, String message) {
      failures.add(where + ": " + message);
    }

    @Override
    public void warning(String where, String message) {
      warnings.add(where + ": " + message);
    }

    List<String> ids() {
      return docs.stream().map(Document::id).toList();
    }
  }

  private static Run read(Path input) throws InterruptedException {
    Run run = new Run();
    new CorpusReader(ReadOptions.DEFAULTS).read(List.of(input), run);
    return run;
  }
}
