package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class IndexAnalyzerTest {
  // Guards word search: indexes are written with IndexAnalyzer and queried with EnglishAnalyzer.
  @Test
  void indexingGivesTheTermsPositionsAndOffsetsOfTheEnglishAnalyzer() throws IOException {
    String[] vocabulary = {"The", "the", "a", "and", "not", "is", "will", "Minister's", "minister’s",
        "countries'", "running", "runs", "RAN", "agreed", "agreement", "levy", "levies", "4,000",
        "2.30am", "U.S.", "e-mail", "O'Brien", "heating", "Heating", "“", "”", ",", ".", "—", "[", "]",
        "said", "says", "policy", "policies", "cafés", "naïve", "x", "I", "it's", "can't", "ÉCOLE",
        "THE", "Said", "MINISTER'S", "Minister'S", "x's's", "Obama\uFF07s", "İstanbul", "ΣΟΦΊΑ", "Agreed"};
    SplittableRandom random = new SplittableRandom(5);
    try (Analyzer fast = new IndexAnalyzer(); Analyzer english = new EnglishAnalyzer()) {
      for (int k = 0; k < 3_000; k++) {
        StringBuilder b = new StringBuilder();
        int words = random.nextInt(0, 40);
        for (int i = 0; i < words; i++) {
          b.append(vocabulary[random.nextInt(vocabulary.length)]);
          b.append(random.nextInt(5) == 0 ? "" : " ");
        }
        String text = b.toString();
        String field = random.nextBoolean() ? Schema.BODY : Schema.QTEXT;
        assertEquals(tokens(english, field, text), tokens(fast, field, text), text);
      }
    }
  }

  // The word table is full after a few words here, and with many new words grows its characters
  // past their first size and doubles its slots several times: none of it may change a term.
  @Test
  void aFullOrGrowingWordTableStillGivesTheTermsOfTheEnglishAnalyzer() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    String letters = "aeioustrnlcdyg'";
    for (int limit : new int[] {1, 7, 50_000}) {
      try (Analyzer fast = new IndexAnalyzer(limit); Analyzer english = new EnglishAnalyzer()) {
        for (int k = 0; k < 400; k++) {
          StringBuilder b = new StringBuilder();
          int words = random.nextInt(0, 200);
          for (int i = 0; i < words; i++) {
            int length = random.nextInt(1, random.nextInt(10) == 0 ? 300 : 12);
            for (int j = 0; j < length; j++) {
              b.append(letters.charAt(random.nextInt(letters.length())));
            }
            b.append(random.nextInt(8) == 0 ? " the " : " ");
          }
          String text = b.toString();
          assertEquals(tokens(english, Schema.BODY, text), tokens(fast, Schema.BODY, text), text);
        }
      }
    }
  }

  private static List<String> tokens(Analyzer a, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "+" + inc.getPositionIncrement() + "@" + offset.startOffset() + "-"
            + offset.endOffset());
      }
      ts.end();
      out.add("end+" + inc.getPositionIncrement() + "@" + offset.endOffset());
    }
    return out;
  }
}
