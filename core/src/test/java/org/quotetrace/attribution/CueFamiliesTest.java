package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Span;

class CueFamiliesTest {
  @Test
  void aWordLosesItsRegularInflectionButKeepsThreeLetters() {
    assertEquals("insist", Featurizer.family("insisted"));
    assertEquals("insist", Featurizer.family("insists"));
    assertEquals("insist", Featurizer.family("insisting"));
    assertEquals("deny", Featurizer.family("denies"));
    assertEquals("deny", Featurizer.family("denied"));
    assertEquals("bed", Featurizer.family("beds"));
    assertEquals("ring", Featurizer.family("ring"), "a stem of one letter is no stem");
  }

  /** "Zed grumbles that …" and "Zed grumbled that …": the cue word in two forms, three times each. */
  private static List<GoldAttributions.Doc> docs() {
    List<GoldAttributions.Doc> docs = new ArrayList<>();
    String[] forms = {"grumbles", "grumbled"};
    for (int i = 0; i < 6; i++) {
      String cue = forms[i % 2];
      String text = "Zed " + cue + " that the ferry is late.";
      int c = text.indexOf(cue);
      docs.add(new GoldAttributions.Doc(Path.of("d" + i + ".txt"), text,
          List.of(new Attribution(new Span(c + cue.length() + 1, text.length() - 1), new Span(0, 3),
              new Span(c, c + cue.length()), Form.INDIRECT))));
    }
    return docs;
  }

  @Test
  void theLexiconLearnsAFamilyOnlyWhenAsked() {
    Set<String> with = AttributionTrainer.cueWords(docs(), true);
    Set<String> without = AttributionTrainer.cueWords(docs(), false);
    assertTrue(with.contains(Featurizer.FAMILY + "grumbl"), with.toString());
    assertTrue(with.containsAll(without));
    assertFalse(without.stream().anyMatch(w -> w.startsWith(Featurizer.FAMILY)), without.toString());
  }

  @Test
  void anUnseenFormOfACueFamilyGetsFeaturesItsWordAloneLacks() {
    TagDictionary tags = new TagDictionary(Map.of(), Map.of());
    Featurizer with = new Featurizer(Set.of("said", Featurizer.FAMILY + "grumbl"), tags, 20);
    Featurizer without = new Featurizer(Set.of("said"), tags, 20);
    int shared = SharedFeatures.ofSecondWords(with, "Zed grumbling today.", "Zed grumbles today.");
    int sharedWithout = SharedFeatures.ofSecondWords(without, "Zed grumbling today.", "Zed grumbles today.");
    assertTrue(shared > sharedWithout, shared + " shared features with the family, " + sharedWithout + " without");
  }

  @Test
  void familiesAddFourFeaturesATokenAndLeaveTheOthersAsTheyWere() {
    TagDictionary tags = new TagDictionary(Map.of(), Map.of());
    Paragraph p = Paragraph.of("Zed grumbled that the ferry is late.").get(0);
    int[][] plain = new Featurizer(Set.of("said"), tags, 20).features(p);
    int[][] fam = new Featurizer(Set.of("said", Featurizer.FAMILY + "grumbl"), tags, 20).features(p);
    for (int i = 0; i < plain.length; i++) {
      assertEquals(plain[i].length + 4, fam[i].length);
      assertArrayEquals(plain[i], java.util.Arrays.copyOf(fam[i], plain[i].length), "token " + i);
    }
  }
}
