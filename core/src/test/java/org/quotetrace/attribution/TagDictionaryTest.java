package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagDictionaryTest {
  private static int tagOf(TagDictionary d, String text, String word) {
    for (Token t : Paragraph.of(text).get(0).tokens()) {
      if (t.lower().equals(word)) {
        return TagDictionary.firstTag(d.classOf(t));
      }
    }
    throw new AssertionError(word + " not in " + text);
  }

  @Test
  void buildingTagsTheTrainingWordsWithTheirPartOfSpeech() {
    TagDictionary d = TagDictionary.build(List.of(
        "The harbour master insisted that the ferries would sail at dawn.\n"
            + "Two fishermen said the weather was calm."));
    String text = "The harbour master insisted.";
    assertEquals(TagDictionary.TAGS.indexOf("VERB"), tagOf(d, text, "insisted"));
    assertEquals(TagDictionary.TAGS.indexOf("NOUN"), tagOf(d, text, "master"));
    assertEquals(TagDictionary.TAGS.indexOf("DET"), tagOf(d, text, "the"));
  }

  @Test
  void aWordMissingFromTheDictionaryTakesTheClassOfItsLastThreeLetters() {
    int verb = 1 + TagDictionary.TAGS.indexOf("VERB") * 18;
    TagDictionary d = new TagDictionary(Map.of("walked", verb), Map.of("ked", verb));
    assertEquals(TagDictionary.TAGS.indexOf("VERB"), tagOf(d, "She parked.", "parked"));
    assertEquals(-1, tagOf(d, "She parks.", "parks"));
  }

  @Test
  void theDictionaryTravelsInTheModelFile() throws Exception {
    int noun = 1 + TagDictionary.TAGS.indexOf("NOUN") * 18;
    TagDictionary d = new TagDictionary(Map.of("lighthouse", noun), Map.of("use", noun));
    SequenceModel m = new SequenceModel(8, Set.of("said"), d, new float[256 * SequenceModel.L],
        new float[(SequenceModel.L + 1) * SequenceModel.L]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    SequenceModel back = SequenceModel.read(new ByteArrayInputStream(out.toByteArray()), "test");
    assertEquals(TagDictionary.TAGS.indexOf("NOUN"), tagOf(back.tags, "A lighthouse.", "lighthouse"));
    assertEquals(TagDictionary.TAGS.indexOf("NOUN"), tagOf(back.tags, "A warehouse.", "warehouse"));
    assertEquals(-1, tagOf(back.tags, "A ship.", "ship"));
  }
}
