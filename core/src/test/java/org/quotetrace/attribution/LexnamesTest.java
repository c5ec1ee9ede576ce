package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Span;

class LexnamesTest {
  private static Token token(String text, String word) {
    for (Token t : Paragraph.of(text).get(0).tokens()) {
      if (t.lower().equals(word)) {
        return t;
      }
    }
    throw new AssertionError(word + " not in " + text);
  }

  private static int mask(String text, String word) {
    return Lexnames.mask(Lexnames.wordNet().code(token(text, word)));
  }

  @Test
  void inflectedAndIrregularFormsOfSpeechAndThoughtVerbsHaveTheirClass() {
    String text = "Ann surmised, Bo told us, Cy conceded and Di thinks so; the spokeswoman agreed.";
    assertTrue((mask(text, "surmised") & Lexnames.VERB_COGNITION) != 0, "surmise is a verb of cognition");
    assertTrue((mask(text, "told") & Lexnames.VERB_COMMUNICATION) != 0, "told, an irregular form of tell");
    assertTrue((mask(text, "conceded") & Lexnames.VERB_COMMUNICATION) != 0);
    assertTrue((mask(text, "thinks") & Lexnames.VERB_COGNITION) != 0);
    assertTrue((mask(text, "spokeswoman") & Lexnames.NOUN_PERSON) != 0);
    assertEquals(0, Lexnames.wordNet().code(token(text, ",")), "punctuation has no class");
    assertEquals(0, Lexnames.NONE.code(token(text, "told")), "without classes every form is 0");
  }

  @Test
  void aMalformedLineIsRefusedWithItsNumber() {
    String table = "# comment\nsaid 32 0 1\nthought 31 nine 34\n";
    IOException e = assertThrows(IOException.class,
        () -> Lexnames.parse(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
  }

  @Test
  void twoVerbsOfOneClassShareClassFeaturesWhenTheClassesAreOn() {
    TagDictionary tags = new TagDictionary(Map.of(), Map.of());
    int with = SharedFeatures.ofSecondWords(new Featurizer(Set.of("said"), tags, WordClusters.NONE, Lexnames.wordNet(), 20),
        "Ann surmised the rest.", "Ann reckoned the rest.");
    int without = SharedFeatures.ofSecondWords(new Featurizer(Set.of("said"), tags, WordClusters.NONE, Lexnames.NONE, 20),
        "Ann surmised the rest.", "Ann reckoned the rest.");
    assertTrue(with >= without + 5, with + " shared features with classes, " + without + " without");
  }


  @Test
  void theClassesAreOnAfterAModelFileRoundTripAndOffForOlderModels() throws Exception {
    float[] w = new float[256 * SequenceModel.L];
    float[] tr = new float[(SequenceModel.L + 1) * SequenceModel.L];
    TagDictionary tags = new TagDictionary(Map.of(), Map.of());
    for (StackedPass second : new StackedPass[] {null, new StackedPass(8, w.clone(), tr.clone())}) {
      SequenceModel m = new SequenceModel(8, Set.of("said"), tags, WordClusters.NONE, Lexnames.wordNet(), w, tr, second);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      m.write(out);
      SequenceModel back = SequenceModel.read(new ByteArrayInputStream(out.toByteArray()), "test");
      assertTrue(!back.lexnames.isEmpty());
      assertEquals(second == null, back.second == null);
    }
    SequenceModel old = new SequenceModel(8, Set.of("said"), tags, WordClusters.NONE, w, tr);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    old.write(out);
    assertTrue(SequenceModel.read(new ByteArrayInputStream(out.toByteArray()), "test").lexnames.isEmpty());
  }

  // Invented training data: speech and belief verbs before a clause are cues, other verbs before the
  // same clauses are not (no sense, but it leaves the verb the only clue). Each cue verb occurs twice, too rarely for the learned cue lexicon, as most of
  // PolNeAR's belief and intention cues do; "pondered" never occurs (its ending is that of "repaired"), and only its class tells it
  // from the other verbs.
  private static final String[] NAMES = {"Ann Bell", "Tom Reed", "Lia Moss", "Ben Ford", "Eva Hart", "Max Cole"};
  private static final String[] CUES = {"believed", "said", "thought", "argued", "claimed", "suspected",
      "insisted", "guessed", "stated", "supposed", "declared", "doubted", "announced", "concluded", "assumed"};
  private static final String[] OTHER = {"painted", "dried", "repaired", "washed", "mended", "peeled",
      "polished", "sanded", "stacked", "swept"};
  private static final String[] CLAUSES = {"the river would flood", "the rents will rise", "the mill was closing",
      "the vote came too late", "the prices had fallen", "the road stays shut"};

  private static GoldAttributions.Doc doc(int seed) {
    StringBuilder text = new StringBuilder();
    List<Attribution> atts = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      String name = NAMES[(seed + k) % NAMES.length];
      String clause = CLAUSES[(seed * 5 + k) % CLAUSES.length];
      if (k % 2 == 0) {
        String cue = CUES[(seed * 3 + k / 2) % CUES.length];
        int s = text.length();
        text.append(name).append(' ').append(cue).append(' ').append(clause).append(".\n");
        int c = s + name.length() + 1;
        int content = c + cue.length() + 1;
        atts.add(new Attribution(new Span(content, content + clause.length()), new Span(s, s + name.length()),
            new Span(c, c + cue.length()), Form.INDIRECT));
      } else {
        String verb = OTHER[(seed * 3 + k / 2) % OTHER.length];
        text.append(name).append(' ').append(verb).append(' ').append(clause).append(".\n");
      }
    }
    return new GoldAttributions.Doc(Path.of("doc" + seed + ".txt"), text.toString(), atts);
  }

  private static AttributionFinder trained(boolean lexnames) {
    List<GoldAttributions.Doc> train = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      train.add(doc(d));
    }
    return AttributionTrainer.train(train, List.of(), new AttributionTrainer.Options(16, 5, 42, false, 0, 18, lexnames),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static boolean isCue(AttributionFinder f, String verb) {
    String text = "Kim Lowe " + verb + " the mill was closing.";
    for (Attribution a : f.find(text)) {
      if (a.cue() != null && text.substring(a.cue().start(), a.cue().end()).equals(verb)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aBeliefVerbNeverSeenInTrainingIsACueByItsClassAndAnotherUnseenVerbIsNot() {
    AttributionFinder f = trained(true);
    assertTrue(isCue(f, "pondered"), "pondered, a verb of cognition");
    assertTrue(!isCue(f, "trimmed"), "trimmed, a verb of contact");
  }

  @Test
  void withoutClassesTwoUnseenVerbsAreNotToldApart() {
    // The control: in the invented data nothing but the class tells the two apart.
    AttributionFinder f = trained(false);
    assertEquals(isCue(f, "pondered"), isCue(f, "trimmed"));
  }
}
