package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;

/** A JSON Lines file read in parts reports what reading it whole reports, line numbers and all. */
class JsonLinesPartsTest {
  @TempDir Path dir;

  private static final CorpusReader READER =
      new CorpusReader(ReadOptions.DEFAULTS.withMaxBytes(400));

  /** What a reader reports, in order: documents with their origin and text, failures, warnings. */
  private static final class Said implements CorpusReader.Sink {
    final List<String> lines = new ArrayList<>();

    @Override
    public void document(Document doc, long bytesDone) {
      lines.add("document " + doc.id() + " @" + doc.origin() + " " + doc.text());
    }

    @Override
    public void failure(String where, String message) {
      lines.add("failure " + where + " " + message);
    }

    @Override
    public void warning(String where, String message) {
      lines.add("warning " + where + " " + message);
    }
  }

  private List<String> whole(Path file) throws Exception {
    Said said = new Said();
    READER.readFile(file, file.toString(), said);
    return said.lines;
  }

  private List<String> inParts(Path file, long bytes) throws Exception {
    byte[] all = Files.readAllBytes(file);
    List<CorpusReader.Part> parts;
    try (InputStream in = Files.newInputStream(file)) {
      parts = READER.jsonLinesParts(in, bytes);
    }
    assertTrue(parts.size() > 1, "the file should come in parts: " + parts.size());
    Said said = new Said();
    for (int k = 0; k < parts.size(); k++) {
      int from = (int) parts.get(k).from();
      int to = k + 1 < parts.size() ? (int) parts.get(k + 1).from() : all.length;
      READER.readJsonLinesPart(new ByteArrayInputStream(Arrays.copyOfRange(all, from, to)),
          file.toString(), parts.get(k).line(), said);
    }
    return said.lines;
  }

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readingEachPartFromItsFirstLineGivesTheWholeFilesDocumentsFailuresAndLineNumbers()
      throws Exception {
    StringBuilder b = new StringBuilder("\uFEFF{\"id\": \"a0\", \"text\": \"The harbour opened at dawn.\"}\n");
    for (int i = 1; i < 60; i++) {
      switch (i % 7) {
        case 0 -> b.append("\n");
        case 1 -> b.append("{\"id\": \"a").append(i).append("\", \"text\": ").append("\"").append(
            "Ferries ran late all week. ".repeat(20)).append("\"}\n"); // over the 400-byte limit
        case 2 -> b.append("{\"id\": \"a").append(i).append("\"}\n"); // no text
        case 3 -> b.append("not json at all\n");
        case 4 -> b.append("{\"id\": \"a").append(i)
            .append("\", \"text\": \"Rain.\", \"published\": \"someday\"}\n"); // a warning
        default -> b.append("{\"id\": \"a").append(i).append("\", \"text\": \"Bridge ").append(i)
            .append(" was repainted in \u00e9t\u00e9 colours.\"}\n");
      }
    }
    b.append("{\"id\": \"last\", \"text\": \"No line break after this one.\"}");
    Path file = write("corpus.jsonl", b.toString());
    List<String> whole = whole(file);
    assertTrue(whole.stream().anyMatch(l -> l.startsWith("failure") && l.contains(":9 ")), whole.toString());
    for (long bytes : new long[] {1, 60, 333, 1_000}) {
      assertEquals(whole, inParts(file, bytes), "parts of " + bytes + " bytes");
    }
  }

  @Test
  void aFileThatIsGzippedEmptyOrGivenUpOnIsOnePart() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
      z.write("{\"id\": \"z\", \"text\": \"Zipped.\"}\n".repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    String blank = "\n \n\t\n".repeat(40);
    String junk = "a,b,c\n".repeat(JsonLinesInput.GIVE_UP_AFTER + 20)
        + "{\"id\": \"late\", \"text\": \"Too late to be read.\"}\n".repeat(20);
    for (byte[] file : List.of(zipped.toByteArray(), blank.getBytes(StandardCharsets.UTF_8),
        junk.getBytes(StandardCharsets.UTF_8))) {
      assertEquals(List.of(new CorpusReader.Part(0, 1)),
          READER.jsonLinesParts(new ByteArrayInputStream(file), 10));
    }
    // Good records after bad ones at the start: the file may be cut.
    String late = "a,b,c\n".repeat(30) + "{\"id\": \"ok\", \"text\": \"Read.\"}\n".repeat(200);
    Path file = write("late.jsonl", late + "a,b,c\n".repeat(150));
    assertEquals(whole(file), inParts(file, 100));
  }
}
