package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.read.ReadAssertions.assertWellFormed;
import static org.quotetrace.read.ReadAssertions.words;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Problem;

class PlainTextReadingTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static ReadException refusal(Path p) {
    return assertThrows(ReadException.class, () -> Readers.read(p));
  }

  @Test
  void utf8ByteOrderMarkIsRemovedAndOffsetsCountFromTheTextAfterIt() throws Exception {
    String body = "Q: Will the ferry run?\n\nA: From May.\n";
    Path p = write("bom.txt", concat(bytes(0xEF, 0xBB, 0xBF), body.getBytes(StandardCharsets.UTF_8)));

    Document doc = assertWellFormed(Readers.read(p, ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT)));

    assertEquals(body, doc.text());
    assertEquals("Will the ferry run?", words(doc, 0));
    assertEquals(3, doc.turns().get(0).content().start());
  }

  @Test
  void crlfLineEndsAreKeptAndTurnsStopBeforeTheCarriageReturn() throws Exception {
    String body = "Q: Will the ferry run?\r\n\r\nA: From May,\r\nif the weather holds.\r\n";
    Path p = write("crlf.txt", body.getBytes(StandardCharsets.UTF_8));

    Document doc = assertWellFormed(Readers.read(p, ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT)));

    assertEquals(body, doc.text());
    assertEquals("Will the ferry run?", words(doc, 0));
    assertEquals("From May,\r\nif the weather holds.", words(doc, 1));
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedInEitherByteOrder() throws Exception {
    String body = "Reporter: Où est le port? — “Ici.”";
    Path le = write("le.txt", concat(bytes(0xFF, 0xFE), body.getBytes(StandardCharsets.UTF_16LE)));
    Path be = write("be.txt", concat(bytes(0xFE, 0xFF), body.getBytes(StandardCharsets.UTF_16BE)));

    assertEquals(body, Readers.read(le).text());
    assertEquals(body, Readers.read(be).text());
  }

  @Test
  void aGivenUtf16CharsetFollowsTheByteOrderOfTheBom() throws Exception {
    String body = "Reporter: Où est le port?";
    Path le = write("le.txt", concat(bytes(0xFF, 0xFE), body.getBytes(StandardCharsets.UTF_16LE)));

    Document doc = Readers.read(le, ReadOptions.DEFAULTS.withCharset(StandardCharsets.UTF_16));

    assertEquals(body, doc.text());
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedByItsNulBytes() throws Exception {
    String body = "The harbour wall was rebuilt in 1902.\nIt cracked again last winter.\n";
    Path le = write("le.txt", body.getBytes(StandardCharsets.UTF_16LE));
    Path be = write("be.txt", body.getBytes(StandardCharsets.UTF_16BE));

    assertEquals(body, Readers.read(le).text());
    assertEquals(body, Readers.read(be).text());
  }

  @Test
  void invalidUtf8IsRefusedWithByteOffsetAndEncodingHint() throws Exception {
    // UTF-8 elsewhere in the file (the curly quotes) says it is not windows-1252 throughout.
    byte[] prefix = "a".repeat(1234).getBytes(StandardCharsets.US_ASCII);
    Path p = write("a.txt", concat(prefix, bytes(0xE9),
        " au lait, “she said” – ‘twice’".getBytes(StandardCharsets.UTF_8)));

    ReadException e = refusal(p);

    assertEquals(
        p + ": not valid UTF-8 at byte 1234 (looks like windows-1252 or latin-1; pass --encoding windows-1252)",
        e.getMessage());
    assertEquals(p.toString(), e.file());
  }

  @Test
  void smartQuoteBytesOfWindows1252AreNamedInTheHint() throws Exception {
    Path p = write("quotes.txt", concat("He said ".getBytes(StandardCharsets.US_ASCII), bytes(0x93, 'n', 'o', 0x94),
        ", then “yes” and ‘maybe’".getBytes(StandardCharsets.UTF_8)));

    assertEquals(
        "not valid UTF-8 at byte 8 (looks like windows-1252; pass --encoding windows-1252)",
        refusal(p).problem());
  }

  @Test
  void aGivenCharsetDecodesWhatUtf8Refuses() throws Exception {
    Path p = write("cp.txt", concat("He said ".getBytes(StandardCharsets.US_ASCII), bytes(0x93, 'n', 'o', 0x94)));

    Document doc = Readers.read(p, ReadOptions.DEFAULTS.withCharset(Charset.forName("windows-1252")));

    assertEquals("He said “no”", doc.text());
  }

  @Test
  void binaryJunkWithNulBytesIsRefused() throws Exception {
    Path p = write("image.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0x01, 0x02, 0x9C, 0xFF));

    assertEquals(p + ": binary file, not text", refusal(p).getMessage());
  }

  @Test
  void wellFormedUtf8WithOneNulByteIsRefusedAsBinary() throws Exception {
    byte[] text = "The council met on Tuesday and voted to close the pool.\n".getBytes(StandardCharsets.UTF_8);
    text[20] = 0;
    Path p = write("nul.txt", text);

    assertEquals(p + ": binary file, not text", refusal(p).getMessage());
  }

  @Test
  void binaryJunkWithManyControlCharactersIsRefused() throws Exception {
    byte[] junk = new byte[400];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'x');
    }
    Path p = write("junk.dat", junk);

    assertEquals("binary file, not text", refusal(p).problem());
  }

  @Test
  void strayControlCharactersAreKeptAndReportedWithTheirPosition() throws Exception {
    String body = "First line.\nThe vote\u0007 was close.\n";
    Path p = write("bell.txt", body.getBytes(StandardCharsets.UTF_8));

    Document doc = assertWellFormed(Readers.read(p));

    assertEquals(body, doc.text());
    assertEquals(1, doc.problems().size());
    Problem problem = doc.problems().get(0);
    assertEquals(20, problem.offset());
    assertEquals(2, problem.line());
    assertEquals(9, problem.column());
    assertEquals("stray control character U+0007 kept in the text", problem.message());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreRefused() throws Exception {
    Path empty = write("empty.txt", new byte[0]);
    Path blank = write("blank.txt", " \r\n\t\n".getBytes(StandardCharsets.US_ASCII));
    Path bomOnly = write("bom-only.txt", bytes(0xEF, 0xBB, 0xBF, '\n'));

    assertEquals(empty + ": empty file", refusal(empty).getMessage());
    assertEquals(blank + ": empty file", refusal(blank).getMessage());
    assertEquals(bomOnly + ": empty file", refusal(bomOnly).getMessage());
  }

  @Test
  void aMissingFileIsRefusedByName() {
    Path p = dir.resolve("nowhere.txt");

    assertEquals(p + ": no such file", refusal(p).getMessage());
  }

  @Test
  void aDirectoryIsRefused() {
    assertEquals(dir + ": is a directory", refusal(dir).getMessage());
  }

  @Test
  void anUnreadableFileIsRefusedAsPermissionDenied() throws Exception {
    Path p = write("secret.txt", "text".getBytes(StandardCharsets.US_ASCII));
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(p), "running as root: permissions not enforced, skipping");

    assertEquals(p + ": permission denied", refusal(p).getMessage());
  }

  @Test
  void aFileOverTheLimitIsRefusedFromItsSizeWithoutReadingIt() throws Exception {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024); // sparse: costs no disk and no memory
    }
    assertEquals(big + ": file too large (200.0 MB; the limit is 64.0 MB)", refusal(big).getMessage());

    // 3 GB cannot even fit in a Java array: only a refusal from the size alone can name it.
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(3L * 1024 * 1024 * 1024);
    }
    ReadException e =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(huge));
    assertEquals("file too large (3072.0 MB; the limit is 64.0 MB)", e.problem());
  }

  @Test
  void bytesInMemoryOverTheLimitAreRefusedToo() {
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> Readers.read("record-7", new byte[3 * 1024 * 1024], ReadOptions.DEFAULTS.withMaxBytes(1024 * 1024)));

    assertEquals("record-7: file too large (3.0 MB; the limit is 1.0 MB)", e.getMessage());
  }

  @Test
  void documentIdAndOriginAreThePathAsGiven() throws Exception {
    Path p = write("story.txt", "The ferry resumed service on Monday.".getBytes(StandardCharsets.UTF_8));

    Document doc = Readers.read(p);

    assertEquals(p.toString(), doc.id());
    assertEquals(p.toString(), doc.origin());
    assertEquals(DocumentKind.ARTICLE, doc.kind());
  }

  @Test
  void aShortFirstLineSetOffByABlankLineIsTheTitle() {
    Document doc =
        Readers.parse(
            "t",
            "Ferry service resumes after storm\n\nThe ferry resumed service on Monday. Tickets sold out.\n",
            ReadOptions.DEFAULTS);

    assertEquals("Ferry service resumes after storm", doc.title().orElseThrow());
  }

  @Test
  void parseDropsALeadingBomCharacterFromTextInMemory() {
    Document doc = Readers.parse("m", "\uFEFFHello there.", ReadOptions.DEFAULTS);

    assertEquals("Hello there.", doc.text());
    assertTrue(doc.problems().isEmpty());
  }

  @Test
  void theDefaultLimitIsWhatTheHeapCanTrace() {
    // Issue 12: a 63 MB article under the 64 MB limit ran the heap out of memory when traced.
    assertTrue(ReadOptions.DEFAULT_MAX_BYTES * ReadOptions.HEAP_PER_BYTE
        <= Runtime.getRuntime().maxMemory());
    assertTrue(ReadOptions.DEFAULT_MAX_BYTES <= 64L * 1024 * 1024);
  }
}
