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

  // Guards word search and ranking by body: each distinct term handed over once with its count,
  // in order of first occurrence, with as many occurrences in all as the analyzer gives; long
  // texts grow the table of distinct terms, and the next short one starts afresh.
  @Test
  void countedTermsAreTheAnalyzersTermsOnceEachWithTheirCounts() throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    TextTokens tokens = new TextTokens();
    try (Analyzer analyzer = new IndexAnalyzer()) {
      for (int k = 0; k < 2_000; k++) {
        String text = k % 100 == 7 ? words(random, 20_000) : k % 2 == 0 ? text(random)
            : words(random, random.nextInt(600));
        tokens.analyse(text);
        java.util.LinkedHashMap<String, Integer> want = new java.util.LinkedHashMap<>();
        for (String t : Schema.terms(analyzer, Schema.BODY, text)) {
          want.merge(t, 1, Integer::sum);
        }
        java.util.LinkedHashMap<String, Integer> got = new java.util.LinkedHashMap<>();
        try (TokenStream ts = tokens.counted()) {
          CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
          var freq = ts.addAttribute(
              org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            assertNull(got.put(t.toString(), freq.getTermFrequency()), "twice: " + t);
          }
          ts.end();
        }
        assertEquals(List.copyOf(want.entrySet()), List.copyOf(got.entrySet()), text);
      }
    }
  }

  // Guards every body indexed from now on: Lucene must write from the counted terms the very
  // postings, frequencies, norms, impacts and files it writes from the analysed text, flushed or
  // merged.
  @Test
  void bodyIndexedFromCountedTermsHoldsWhatTheAnalysedTextHolds() throws IOException {
    for (boolean merged : new boolean[] {false, true}) {
      try (org.apache.lucene.store.Directory analysed = new org.apache.lucene.store.ByteBuffersDirectory();
          org.apache.lucene.store.Directory counted = new org.apache.lucene.store.ByteBuffersDirectory()) {
        writeBodies(analysed, false, merged);
        writeBodies(counted, true, merged);
        List<String> a = WritingCodecTest.describe(analysed);
        List<String> b = WritingCodecTest.describe(counted);
        assertTrue(a.size() > 1_000, "too little written to compare: " + a.size());
        assertEquals(a, b, "merged=" + merged);
      }
    }
  }

  private static void writeBodies(org.apache.lucene.store.Directory dir, boolean counted,
      boolean merged) throws IOException {
    SplittableRandom random = new SplittableRandom(23);
    TextTokens tokens = new TextTokens();
    var config = new org.apache.lucene.index.IndexWriterConfig(Schema.analyzer())
        .setCodec(new WritingCodec())
        .setMaxBufferedDocs(700)
        .setUseCompoundFile(false)
        .setMergePolicy(merged ? new org.apache.lucene.index.LogDocMergePolicy()
            : org.apache.lucene.index.NoMergePolicy.INSTANCE);
    try (var w = new org.apache.lucene.index.IndexWriter(dir, config)) {
      for (int d = 0; d < 2_500; d++) {
        var doc = new org.apache.lucene.document.Document();
        String text = d % 3 == 0 ? text(random) : words(random, random.nextInt(500));
        if (counted) {
          tokens.analyse(text);
          doc.add(new org.apache.lucene.document.Field(Schema.BODY, tokens.counted(),
              Schema.BODY_TYPE));
        } else {
          doc.add(new org.apache.lucene.document.Field(Schema.BODY, text, Schema.BODY_TYPE));
        }
        w.addDocument(doc);
      }
      if (merged) {
        w.forceMerge(1);
      }
      w.commit();
    }
  }

  /** Words of a Zipf-like vocabulary, stop words among them, some repeated in a text. */
  private static String words(SplittableRandom random, int n) {
    String[] stop = {"the", "of", "and", "a", "to", "in", "is", "it's", "they're", "Obama's"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(4) == 0) {
        b.append(stop[random.nextInt(stop.length)]);
      } else {
        int rank = (int) Math.floor(Math.pow(8_000, random.nextDouble()));
        b.append(random.nextBoolean() ? "word" : "Words").append(Integer.toString(rank, 36));
        b.append(random.nextInt(5) == 0 ? "ing" : "");
      }
      b.append(random.nextInt(9) == 0 ? ". " : " ");
    }
    return b.toString();
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
