package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  private static Token token(String text, String word) {
    for (Token t : Paragraph.of(text).get(0).tokens()) {
      if (t.lower().equals(word)) {
        return t;
      }
    }
    throw new AssertionError(word + " not in " + text);
  }

  private static final String DAYS_AND_ANIMALS = """
      The council met on Monday to vote.
      The council met on Tuesday to vote.
      The council met on Friday to vote.
      The council met on Monday to argue.
      The council met on Friday to argue.
      The council met on Tuesday to argue.
      A hungry goat ate the hedge.
      A hungry sheep ate the hedge.
      A hungry donkey ate the hedge.
      A hungry goat ate the grass.
      A hungry donkey ate the grass.
      A hungry sheep ate the grass.
      """;

  @Test
  void wordsBetweenTheSameNeighboursShareAClassAndOthersDoNot() {
    WordClusters c = WordClusters.build(List.of(DAYS_AND_ANIMALS), 2, 6, 3, 40, 7);
    String days = "On Monday, Tuesday and Friday.";
    String animals = "A goat, a sheep and a donkey.";
    int monday = c.fine(token(days, "monday"));
    assertNotEquals(WordClusters.UNKNOWN, monday);
    assertEquals(monday, c.fine(token(days, "tuesday")));
    assertEquals(monday, c.fine(token(days, "friday")));
    int goat = c.fine(token(animals, "goat"));
    assertEquals(goat, c.fine(token(animals, "sheep")));
    assertEquals(goat, c.fine(token(animals, "donkey")));
    assertNotEquals(monday, goat);
  }

  @Test
  void aWordSeenTooRarelyHasNoClass() {
    WordClusters c = WordClusters.build(List.of(DAYS_AND_ANIMALS), 2, 6, 3, 40, 7);
    assertEquals(WordClusters.UNKNOWN, c.fine(token("The hedge was pruned.", "pruned")));
    assertEquals(WordClusters.UNKNOWN, c.coarse(token("The hedge was pruned.", "pruned")));
  }

  @Test
  void wordsOfOneClassGetTheSameClassFeatures() {
    WordClusters c = new WordClusters(Map.of("insisted", 5 << 8 | 2, "argued", 5 << 8 | 2));
    TagDictionary tags = new TagDictionary(Map.of(), Map.of());
    int withClasses = SharedFeatures.ofSecondWords(new Featurizer(Set.of("said"), tags, c, 20),
        "Ann insisted on it.", "Ann argued on it.");
    int without = SharedFeatures.ofSecondWords(new Featurizer(Set.of("said"), tags, WordClusters.NONE, 20),
        "Ann insisted on it.", "Ann argued on it.");
    assertTrue(withClasses >= without + 5, withClasses + " shared features with classes, " + without + " without");
  }


  @Test
  void aClassWhoseWordsAreOftenCuesIsMarkedAsACueClass() {
    WordClusters c = new WordClusters(Map.of("conceded", 3 << 8 | 1, "harbour", 4 << 8 | 1))
        .withCueRates(new int[][] {{0, 0}, {0, 0}, {10, 10}, {400, 120}, {500, 1}});
    assertEquals(4, c.cueRate(c.fine(token("Ann conceded.", "conceded"))));
    assertEquals(1, c.cueRate(c.fine(token("The harbour.", "harbour"))));
    assertEquals(0, c.cueRate(2), "twenty occurrences at least before a class's rate counts");
    assertEquals(0, c.cueRate(WordClusters.UNKNOWN));
  }

  @Test
  void theClassesTravelInTheModelFile() throws Exception {
    WordClusters c = new WordClusters(Map.of("insisted", 300 << 8 | 2))
        .withCueRates(new int[301][2]);
    SequenceModel m = new SequenceModel(8, Set.of("said"), new TagDictionary(Map.of(), Map.of()), c,
        new float[256 * SequenceModel.L], new float[(SequenceModel.L + 1) * SequenceModel.L]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    SequenceModel back = SequenceModel.read(new ByteArrayInputStream(out.toByteArray()), "test");
    Token insisted = token("Ann insisted.", "insisted");
    assertEquals(300, back.clusters.fine(insisted));
    assertEquals(2, back.clusters.coarse(insisted));
    assertEquals(0, back.clusters.cueRate(300));
  }
}
