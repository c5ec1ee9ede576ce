package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quotetrace.read.ReadAssertions.assertWellFormed;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Turn;

/**
 * Messy text stitched from the pieces readers find hard: labels, SOT markers, timestamps, quote
 * marks of every style, CRLF and lone CR, control characters. Whatever comes out must keep the
 * invariants, and nothing may throw.
 */
class RandomizedReadingTest {
  private static final String[] PIECES = {
    "SOT Amara Quell, Minister of Water (Portuguese): ",
    "¤SOT ",
    "Reporter (Arabic): ",
    "INTERVIEWER: ",
    "Q: ",
    "A:",
    "MR. BRENN: ",
    "[00:01:02] Ilse Varga: ",
    "Brenn: ",
    "Note: ",
    "The plan is simple: ",
    "“",
    "”",
    "„",
    "‘",
    "’",
    "«",
    "»",
    "\"",
    "'",
    "We voted for the wall.",
    " and then ",
    "it cracked…",
    "isn’t it?",
    "(Arabic)",
    "(",
    ")",
    ",",
    ":",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u0007",
    "\u00A0",
    "\uFEFF",
    "😀",
    "1\n00:00:01,000 --> 00:00:02,000\n",
    "<v Ilse Varga>",
    "- ",
    "WEBVTT\n\n",
  };

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void randomMessyTextAlwaysGivesWellFormedDocuments() {
    Random random = new Random(20241123L);
    DocumentKind[] kinds = {null, DocumentKind.ARTICLE, DocumentKind.TRANSCRIPT, DocumentKind.SCRIPT};
    Format[] formats = {null, Format.TEXT, Format.SRT, Format.VTT};
    for (int i = 0; i < 3000; i++) {
      String text = randomText(random);
      ReadOptions options =
          ReadOptions.DEFAULTS
              .withKind(kinds[random.nextInt(kinds.length)])
              .withFormat(formats[random.nextInt(formats.length)]);
      Document doc = Readers.parse("r" + i, text, options);
      assertWellFormed(doc);
      if (options.kind() != null) {
        assertEquals(options.kind(), doc.kind(), "an explicit kind is kept");
      }
      if (!doc.kind().hasTurns()) {
        assertEquals(0, doc.turns().size(), "articles have no turns");
      }
      for (Turn t : doc.turns()) {
        String words = t.content().text(doc.text());
        assertFalse(words.isBlank(), "blank turn in case " + i);
      }
    }
  }

  @Test
  void randomBytesAreEitherReadOrRefusedWithAReadException() {
    Random random = new Random(7L);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes;
      if (random.nextBoolean()) {
        bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
      } else {
        bytes = randomText(random).getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
      }
      String name = random.nextBoolean() ? "r" + i + ".txt" : "r" + i + (random.nextBoolean() ? ".srt" : ".html");
      try {
        assertWellFormed(Readers.read(name, bytes, ReadOptions.DEFAULTS));
      } catch (ReadException e) {
        assertFalse(e.getMessage().contains("\n"), "one-line message: " + e.getMessage());
        assertEquals(name + ": " + e.problem(), e.getMessage());
      }
    }
  }
}
