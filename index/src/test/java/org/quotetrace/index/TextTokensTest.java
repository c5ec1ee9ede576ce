package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class TextTokensTest {
  // Pieces that join words or break them in Unicode's word rules: apostrophes, full stops and
  // commas between letters or digits, colons, underscores, combining marks, format characters,
  // Hebrew letters around a straight quote, emoji, and the marks quotes are set off by.
  private static final String[] PIECES = {"The", "minister", "said", "it's", "can’t", "U.S.", "4,000",
      "3.5", "a:b", "snake_case", "_x", "e\u0301", "\u0301", "\u200D", "\u00AD", "שלום", "\"",
      "“", "”", "‘", "’", "'", "«", "»", "(", ")", "[", "]", "—", "–", "!", "?", ",", ".", ":", ";",
      "\uD83D\uDE00", "#", "*", "\u00A0", " ", " ", " ", "\n", "\n\n", "\t", "of", "and", "Obama's",
      "x", "9", "東京", "かな", "NAME:", "é", "ﬁ"};

  // Guards word search: body's terms are replayed from one analysis, and must be what the
  // analyzer gives the whole text.
  @Test
  void theWholeTextGivesTheAnalyzersTermsPositionsAndOffsets() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    TextTokens tokens = new TextTokens();
    try (Analyzer analyzer = new IndexAnalyzer()) {
      for (int k = 0; k < 2_000; k++) {
        String text = text(random);
        tokens.analyse(text);
        assertEquals(tokens(analyzer, text), tokens(tokens.all()), text);
      }
    }
  }

  // Guards quote search and turns: a quote's terms taken from its text's must be those of the
  // quote analysed alone, position for position, wherever they are taken at all.
  @Test
  void aSpanTakenFromTheTextGivesTheTermsOfItsWordsAnalysedAlone() throws IOException {
    SplittableRandom random = new SplittableRandom(9);
    TextTokens tokens = new TextTokens();
    int taken = 0;
    try (Analyzer analyzer = new IndexAnalyzer()) {
      for (int k = 0; k < 3_000; k++) {
        String text = text(random);
        tokens.analyse(text);
        for (int j = 0; j < 20; j++) {
          int from = random.nextInt(text.length() + 1);
          int to = from + random.nextInt(text.length() - from + 1);
          TokenStream span = tokens.span(from, to);
          if (span == null) {
            continue;
          }
          taken++;
          String alone = text.substring(from, to);
          assertEquals(tokens(analyzer, alone), tokens(span),
              "[" + from + ", " + to + ") of " + text);
        }
      }
    }
    assertTrue(taken > 5_000, "too few spans taken from their text to tell: " + taken);
  }

  // Every span of short texts over the characters that decide where words end, each next to
  // each: letters, a digit, a Hebrew letter and point, apostrophes and quotation marks, joiners,
  // emoji and their modifiers.
  @Test
  void everySpanOfShortTextsOfJoiningCharactersGivesTheTermsOfItsWordsAnalysedAlone()
      throws IOException {
    String[] alphabet = {"a", "b", "7", "ש", "\u05B0", "'", "‘", "’", "\"", "“", "”", " ", ".", ",",
        ":", "_", "\u0301", "\u200D", "\uD83D\uDE00", "\u2764\uFE0F", "ｱ", "東", "\n", "\u00AD", "«",
        "(", "#", "\u20E3", "\uD83C\uDDEB"};
    SplittableRandom random = new SplittableRandom(41);
    TextTokens tokens = new TextTokens();
    int taken = 0;
    try (Analyzer analyzer = new IndexAnalyzer()) {
      for (int k = 0; k < 3_000; k++) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(1, 14); i > 0; i--) {
          b.append(alphabet[random.nextInt(alphabet.length)]);
        }
        String text = b.toString();
        tokens.analyse(text);
        for (int from = 0; from <= text.length(); from++) {
          for (int to = from; to <= text.length(); to++) {
            TokenStream span = tokens.span(from, to);
            if (span != null) {
              taken++;
              assertEquals(tokens(analyzer, text.substring(from, to)), tokens(span),
                  "[" + from + ", " + to + ") of " + text);
            }
          }
        }
      }
    }
    assertTrue(taken > 10_000, "too few spans taken from their text to tell: " + taken);
  }

  // Half a surrogate pair (a broken emoji in messy input) makes the tokenizer drop the words
  // beside it, and differently in a part of the text than in the whole.
  @Test
  void noSpanIsTakenFromATextHoldingHalfASurrogatePair() throws IOException {
    TextTokens tokens = new TextTokens();
    String text = "( ש\uD83D (\"";
    tokens.analyse(text);
    assertNull(tokens.span(2, 4));
    try (Analyzer analyzer = new IndexAnalyzer()) {
      assertEquals(List.of("ש@0:2-3"), tokens(analyzer, text));
      assertEquals(List.of(), tokens(analyzer, text.substring(0, 4)));
    }
    tokens.analyse("( ש\uD83D\uDE00 (\"");
    assertNotNull(tokens.span(2, 5));
  }

  @Test
  void aQuoteBetweenQuotationMarksOrATurnBetweenLineBreaksIsTakenFromItsText() {
    TextTokens tokens = new TextTokens();
    String text = "The mayor said “we will not close the library,” and left.\n\nMAYOR: It stays open.\n";
    tokens.analyse(text);
    int open = text.indexOf('“') + 1;
    assertNotNull(tokens.span(open, text.indexOf('”')));
    int turn = text.indexOf("It stays");
    assertNotNull(tokens.span(turn, text.indexOf(".\n", turn) + 1));
    // A span ending inside "library," at its comma could join the next word: analysed alone.
    assertNull(tokens.span(open, text.indexOf("library") + 3));
    String doubled = "He said ''we stay'' and ‘they go’ in Obama's words.";
    tokens.analyse(doubled);
    assertNotNull(tokens.span(doubled.indexOf("we"), doubled.indexOf("''", 12)));
    assertNotNull(tokens.span(doubled.indexOf("they"), doubled.indexOf('’')));
    assertNull(tokens.span(doubled.indexOf("s words"), doubled.length()));
  }

  // Unicode's word rules keep a straight double quote inside a Hebrew word (an acronym's mark).
  @Test
  void aSpanMeetingAStraightQuoteInsideAHebrewWordIsAnalysedAlone() throws IOException {
    TextTokens tokens = new TextTokens();
    String text = "אב\"גד and \"more\"";
    tokens.analyse(text);
    assertNull(tokens.span(3, 5));
    assertNull(tokens.span(0, 2));
    try (Analyzer analyzer = new IndexAnalyzer()) {
      assertEquals(List.of("אב\"גד@0:0-5"), tokens(analyzer, text.substring(0, 5)));
      assertEquals(tokens(analyzer, "more"), tokens(tokens.span(11, 15)));
    }
  }

  private static String text(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(0, 30);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) > 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    return tokens(a.tokenStream(Schema.QTEXT, text));
  }

  /** Each term with its position and offsets, as indexing reads them. */
  private static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(t + "@" + pos + ":" + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
    }
    return out;
  }
}
