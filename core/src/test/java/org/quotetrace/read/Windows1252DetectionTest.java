package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.read.ReadAssertions.assertWellFormed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;

/**
 * Text published in windows-1252 (campaign speeches, press releases: curly quotes and dashes at
 * 0x80–0x9F, CRLF line ends) is read as windows-1252 with a problem saying so, where it used to be
 * refused as invalid UTF-8 (issue 13). Binary data and UTF-8 with a few broken bytes are still
 * refused, and a charset the user gives still decides.
 */
class Windows1252DetectionTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** An invented speech as a campaign would release it. */
  private static final String SPEECH = "Thank you, Marlow County!\r\n\r\n"
      + "When I came here last spring, a farmer told me, \u201cWe don\u2019t need promises \u2013"
      + " we need a road.\u201d\r\n\r\n"
      + "So let me say it plainly \u2014 the bridge at Ca\u00f1on Creek will be built\u2026 and"
      + " it will cost \u20ac40 million, not a cent more. (APPLAUSE)\r\n";

  @Test
  void aSpeechInWindows1252IsDecodedWithAProblemNamingTheEncoding() throws Exception {
    byte[] bytes = SPEECH.getBytes(CP1252);

    Document doc = Readers.read("speech.txt", bytes, ReadOptions.DEFAULTS);

    assertEquals(SPEECH, doc.text());
    int firstBad = SPEECH.indexOf('\u201c'); // the first byte above 0x7F: ASCII before it
    assertEquals(Problem.whole("not valid UTF-8 (at byte " + firstBad + ") but its bytes read as"
        + " windows-1252 text: decoded as windows-1252 (pass --encoding to choose another)"),
        doc.problems().get(0));
    assertWellFormed(doc);
  }

  @Test
  void quoteOffsetsAreCodePointsIntoTheDecodedText() throws Exception {
    Document doc = Readers.read("speech.txt", SPEECH.getBytes(CP1252), ReadOptions.DEFAULTS);

    List<Quote> quotes = new QuoteFinder().find(doc).speech();

    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("We don\u2019t need promises \u2013 we need a road.", quotes.get(0).text(doc.text()));
  }

  @Test
  void aGivenEncodingStillDecides() throws Exception {
    byte[] bytes = SPEECH.getBytes(CP1252);

    Document latin1 = Readers.read("speech.txt", bytes,
        ReadOptions.DEFAULTS.withCharset(StandardCharsets.ISO_8859_1));
    ReadException utf8 = assertThrows(ReadException.class, () -> Readers.read("speech.txt", bytes,
        ReadOptions.DEFAULTS.withCharset(StandardCharsets.UTF_8)));

    assertEquals(new String(bytes, StandardCharsets.ISO_8859_1), latin1.text());
    assertTrue(latin1.problems().stream().noneMatch(p -> p.message().contains("windows-1252")));
    assertTrue(utf8.problem().startsWith("not valid UTF-8 at byte "), utf8.problem());
  }

  @Test
  void binaryDataWithoutNulBytesIsStillRefused() {
    Random random = new Random(12);
    for (int trial = 0; trial < 50; trial++) {
      byte[] junk = new byte[2000 + random.nextInt(3000)];
      for (int i = 0; i < junk.length; i++) {
        junk[i] = (byte) (1 + random.nextInt(255));
      }
      assertThrows(ReadException.class,
          () -> Readers.read("blob.bin", junk, ReadOptions.DEFAULTS), "trial " + trial);
    }
  }

  @Test
  void highBytesInRunsAreNotTakenForText() {
    // Letters of windows-1252 only, no controls, but in long runs as compressed data has them.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Random random = new Random(5);
    for (int i = 0; i < 400; i++) {
      out.writeBytes("data ".getBytes(StandardCharsets.US_ASCII));
      for (int k = 0; k < 6; k++) {
        out.write(0xC0 + random.nextInt(0x40));
      }
    }
    byte[] bytes = out.toByteArray();

    assertThrows(ReadException.class, () -> Readers.read("runs.dat", bytes, ReadOptions.DEFAULTS));
  }

  @Test
  void bytesWindows1252LeavesUndefinedAreRefused() {
    byte[] bytes = concat("The total was ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81},
        " units.".getBytes(StandardCharsets.US_ASCII));

    ReadException e = assertThrows(ReadException.class,
        () -> Readers.read("odd.txt", bytes, ReadOptions.DEFAULTS));
    assertTrue(e.problem().startsWith("not valid UTF-8 at byte 14"), e.problem());
  }

  @Test
  void utf8WithABrokenByteAmongGoodOnesIsStillRefused() {
    byte[] bytes = concat("\u201cWe will rebuild,\u201d she said \u2013 ".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xE9}, " and the \u2018wall\u2019 too.".getBytes(StandardCharsets.UTF_8));

    assertThrows(ReadException.class, () -> Readers.read("mixed.txt", bytes, ReadOptions.DEFAULTS));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
