package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass UTF-8 check that lets reading skip the strict decoder must agree with it. */
class Utf8CheckTest {
  private static boolean decoderAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void agree(byte[] bytes) {
    assertEquals(decoderAccepts(bytes), Decoding.isWellFormedUtf8(bytes, 0),
        () -> java.util.HexFormat.ofDelimiter(" ").formatHex(bytes));
  }

  /** The bytes reading's binary sniff counts against a file: NUL, C0 controls but the text ones, DEL. */
  private static boolean binaryByte(int b) {
    return b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B)
        || b == 0x7F;
  }

  @Test
  void aCleanScanNeverPassesOverAByteTheBinarySniffCounts() {
    // Reading skips the binary sniff after a clean scan: sound only if every byte the sniff
    // counts makes the scan report a stray character (or refuse the bytes).
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        byte[] bytes = {'x', (byte) a, (byte) b};
        if (binaryByte(a) || binaryByte(b)) {
          int scan = Decoding.utf8Scan(bytes, 0);
          assertEquals(true, scan != Decoding.UTF8_CLEAN,
              () -> java.util.HexFormat.ofDelimiter(" ").formatHex(bytes));
        }
      }
    }
  }

  @Test
  void everyOneAndTwoByteSequenceIsJudgedAsTheStrictDecoderJudgesIt() {
    for (int a = 0; a < 256; a++) {
      agree(new byte[] {(byte) a});
      for (int b = 0; b < 256; b++) {
        agree(new byte[] {(byte) a, (byte) b});
      }
    }
  }

  @Test
  void threeAndFourByteSequencesAroundEveryBoundaryAreJudgedAsTheStrictDecoderJudgesThem() {
    // Every lead byte with every second byte, and third bytes on both sides of the
    // continuation range; the same with a fourth byte for the four-byte leads.
    int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0, 0xF4, 0xFF};
    int[] tails = {0x7F, 0x80, 0xBF, 0xC0};
    for (int a = 0xC0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        for (int c : edges) {
          agree(new byte[] {(byte) a, (byte) b, (byte) c});
        }
        for (int c = 0; a >= 0xF0 && a < 0xF8 && c < tails.length; c++) {
          for (int d : tails) {
            agree(new byte[] {(byte) a, (byte) b, (byte) tails[c], (byte) d});
          }
        }
      }
    }
  }

  @Test
  void textsOfMixedScriptsWithBytesFlippedAtRandomAreJudgedAsTheStrictDecoderJudgesThem() {
    byte[] good = "Plain words, “curly quotes” — dashes, Zoë, Ελληνικά, 日本語, emoji 😀 and 𝄞."
        .getBytes(StandardCharsets.UTF_8);
    agree(good);
    Random r = new Random(11);
    for (int k = 0; k < 10_000; k++) {
      byte[] b = good.clone();
      for (int flips = 1 + r.nextInt(3); flips > 0; flips--) {
        b[r.nextInt(b.length)] = (byte) r.nextInt(256);
      }
      agree(b);
      agree(java.util.Arrays.copyOf(b, r.nextInt(b.length + 1)));
    }
  }

  @Test
  void theCheckStartsAtTheGivenOffset() {
    byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'};
    assertEquals(true, Decoding.isWellFormedUtf8(b, 3));
    assertEquals(false, Decoding.isWellFormedUtf8(new byte[] {'a', (byte) 0xBB, 'b'}, 0));
    assertEquals(true, Decoding.isWellFormedUtf8(new byte[] {'a', (byte) 0xBB, 'b'}, 2));
  }

  /** The scan finds a stray control character exactly when the look at the decoded text does. */
  private static void straysAgree(byte[] bytes) {
    int scan = Decoding.utf8Scan(bytes, 0);
    if (scan == Decoding.NOT_UTF8) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(!Decoding.controlCharacters(text).isEmpty(), scan == Decoding.UTF8_STRAY,
        () -> java.util.HexFormat.ofDelimiter(" ").formatHex(bytes));
  }

  @Test
  void theScanSeesAStrayControlCharacterExactlyWhereTheDecodedTextHasOne() {
    // Every character up to U+FFFF once, alone and between words: the C0 and C1 controls, DEL
    // and U+FEFF among them, and their neighbours in every encoded length.
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = Character.toString(c);
      straysAgree(s.getBytes(StandardCharsets.UTF_8));
      straysAgree(("said \n" + s + " it").getBytes(StandardCharsets.UTF_8));
    }
    straysAgree("a 😀 b\t\r\n\f".getBytes(StandardCharsets.UTF_8));
    Random r = new Random(12);
    byte[] good = "He said, “Zoë — 日本 😀” \u0085 \u001b \ufeff, she said.\n"
        .getBytes(StandardCharsets.UTF_8);
    for (int k = 0; k < 10_000; k++) {
      byte[] b = java.util.Arrays.copyOf(good, r.nextInt(good.length + 1));
      if (b.length > 0 && r.nextBoolean()) {
        b[r.nextInt(b.length)] = (byte) r.nextInt(0x80);
      }
      straysAgree(b);
    }
  }

  @Test
  void aFileWithAStrayControlCharacterAfterItsByteOrderMarkStillReportsIt() throws Exception {
    byte[] clean = "\uFEFFHe said “yes.”\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(0, Decoding.decode("clean.txt", clean, null, null).problems().size());
    byte[] stray = "\uFEFFHe said “yes.”\u0083\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(1, Decoding.decode("stray.txt", stray, null, null).problems().size());
  }
}
