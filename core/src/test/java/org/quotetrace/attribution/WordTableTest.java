package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {
  private static final TagDictionary TAGS = new TagDictionary(Map.of("murmured", 5, "gazebo", 7, ",", 12),
      Map.of("bed", 9));

  private static Token word(String lower) {
    return new Token(0, lower.length(), lower, true, false, 0);
  }

  @Test
  void oneProbeGivesWhatTheDictionaryTheLexiconAndWordNetSayOfAWord() throws Exception {
    Lexnames lex = Lexnames.parse(new ByteArrayInputStream("murmured 32 0 1\nzorbled 31 0 2\n".getBytes(StandardCharsets.UTF_8)));
    WordTable t = WordTable.of(TAGS, Map.of("murmured", 2, "whispered", 1), lex, Map.of());
    long m = t.get("murmured");
    assertEquals(TAGS.classOf(word("murmured")), WordTable.tagClass(m));
    assertEquals(2, WordTable.cueStrength(m));
    assertEquals(lex.code(word("murmured")), WordTable.lexCode(m));
    long w = t.get("whispered");
    assertEquals(0, w & WordTable.HAS_CLASS, "the dictionary does not list it");
    assertEquals(1, WordTable.cueStrength(w));
    assertEquals(lex.code(word("zorbled")), WordTable.lexCode(t.get("zorbled")));
    assertEquals(0, t.get("unheard"));
  }

  @Test
  void aKnownWordCarriesTheCueStrengthOfItsFamily() throws Exception {
    Lexnames lex = Lexnames.parse(new ByteArrayInputStream("murmuring 32 0 1\n".getBytes(StandardCharsets.UTF_8)));
    WordTable t = WordTable.of(TAGS, Map.of(), lex, Map.of("murmur", 2));
    assertEquals(2, WordTable.familyStrength(t.get("murmured")), "murmured, a dictionary word of the family");
    assertEquals(2, WordTable.familyStrength(t.get("murmuring")), "murmuring, a WordNet form of it");
    assertEquals(0, WordTable.familyStrength(t.get("gazebo")));
    assertEquals(lex.code(word("murmuring")), WordTable.lexCode(t.get("murmuring")), "the family bits leave the code alone");
  }

  @Test
  void aWordTheDictionaryLacksTakesTheClassOfItsLastLettersAsBefore() {
    for (String s : new String[] {"snorbed", "bed", "xylo"}) {
      assertEquals(TAGS.classOf(word(s)), TAGS.classOfUnlisted(word(s)), s);
    }
    Token comma = new Token(0, 1, ";", false, false, 0);
    assertEquals(TAGS.classOf(comma), TAGS.classOfUnlisted(comma));
  }

  @Test
  void theSuffixHashIsTheHashOfTheSuffixString() {
    for (String s : new String[] {"conceded", "it", "the", "mulled", "ünïcödé"}) {
      for (int len = 2; len <= 3; len++) {
        int expected = s.length() <= len ? s.hashCode() : s.substring(s.length() - len).hashCode() + len;
        assertEquals(expected, Featurizer.suffix(s, len), s + " " + len);
      }
    }
  }
}
