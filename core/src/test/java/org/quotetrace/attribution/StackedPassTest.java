package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Span;

class StackedPassTest {
  private static final Featurizer FEATURIZER = new Featurizer(Set.of("said"), new TagDictionary(java.util.Map.of(), java.util.Map.of()), 20);

  private static int[][] secondPass(String text, Object... pieces) {
    Paragraph p = Paragraph.of(text).get(0);
    int[] first = Labelled.labels(text, p, pieces);
    return StackedPass.features(p, first, FEATURIZER.featurize(p).context(), 18);
  }

  private static int index(String text, String word) {
    Token[] t = Paragraph.of(text).get(0).tokens();
    for (int i = 0; i < t.length; i++) {
      if (t[i].lower().equals(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException(word);
  }

  private static int shared(int[] a, int[] b) {
    int n = 0;
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  @Test
  void aTokenSeesTheFirstPassLabelsAroundIt() {
    String text = "Mayor Ann Bell said the bridge would reopen by spring.";
    int[][] labelled = secondPass(text, "Mayor Ann Bell", Labels.SOURCE, "said", Labels.CUE,
        "the bridge would reopen by spring", Labels.CONTENT);
    int[][] none = secondPass(text);
    int bridge = index(text, "bridge");
    // The word alone and its tag bigram do not depend on the first pass; most features do.
    assertTrue(shared(labelled[bridge], none[bridge]) < labelled[bridge].length / 4,
        "features shared: " + shared(labelled[bridge], none[bridge]));
    assertTrue(labelled[bridge].length >= 20, "a slim pass, but more than the word: " + labelled[bridge].length);
  }

  @Test
  void theSecondPassTellsAContentStartingAtATokenFromOneRunningThroughIt() {
    String text = "Ann Bell said on Monday that the bridge would reopen.";
    int[][] early = secondPass(text, "Ann Bell", Labels.SOURCE, "said", Labels.CUE,
        "on Monday that the bridge would reopen", Labels.CONTENT);
    int[][] late = secondPass(text, "Ann Bell", Labels.SOURCE, "said", Labels.CUE,
        "the bridge would reopen", Labels.CONTENT);
    int the = index(text, "the");
    int that = index(text, "that");
    assertFalse(Arrays.equals(early[the], late[the]), "where the content starts is seen at its first token");
    assertFalse(Arrays.equals(early[that], late[that]));
    int reopen = index(text, "reopen");
    // Both contents end at "reopen", but their lengths differ.
    assertFalse(Arrays.equals(early[reopen], late[reopen]));
  }

  @Test
  void aCueInTheNextSentenceIsNotACueInThisOne() {
    String text = "Rents rose again. Ann Bell said so.";
    int[][] cueNext = secondPass(text, "said", Labels.CUE);
    String moved = "Rents rose said again. Ann Bell so.";
    int[][] cueHere = secondPass(moved, "said", Labels.CUE);
    int rents = index(text, "rents");
    assertFalse(Arrays.equals(cueNext[rents], cueHere[rents]));
  }

  private static GoldAttributions.Doc doc(String text, String source, String cue, String content) {
    int c = text.indexOf(cue);
    int s = text.indexOf(source);
    int k = text.indexOf(content);
    return new GoldAttributions.Doc(Path.of("invented.txt"), text, List.of(new Attribution(
        new Span(k, k + content.length()), new Span(s, s + source.length()), new Span(c, c + cue.length()),
        Form.INDIRECT)));
  }

  private static List<GoldAttributions.Doc> invented() {
    String[] names = {"Ann Bell", "Bo Chen", "Cy Dunn", "Di Eve", "Ed Fox", "Flo Gray"};
    String[] cues = {"said", "argued", "believes", "warned", "told reporters", "claimed"};
    String[] contents = {"the bridge would reopen by spring", "rents had risen too fast", "the mill should close",
        "taxes will fall next year", "the river is cleaner now", "schools need more teachers"};
    List<GoldAttributions.Doc> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String name = names[i % names.length];
      String cue = cues[(i * 5) % cues.length];
      String content = contents[(i * 7) % contents.length];
      String text = "The town met on Tuesday.\n" + name + " " + cue + " that " + content + ".\nNobody else spoke.\n";
      docs.add(doc(text, name, cue, content));
    }
    return docs;
  }

  @Test
  void aStackedModelIsWrittenAsVersionFiveAndReadBackLabellingTheSame() throws IOException {
    List<GoldAttributions.Doc> docs = invented();
    AttributionFinder finder = AttributionTrainer.train(docs, List.of(), List.of(),
        new AttributionTrainer.Options(16, 3, 42, false, 3, 12), new java.io.PrintStream(new ByteArrayOutputStream()));
    assertNotNull(finder.model.second, "a second pass was trained");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    finder.write(bytes);
    SequenceModel back = SequenceModel.read(new ByteArrayInputStream(bytes.toByteArray()), "stacked");
    assertNotNull(back.second);
    assertEquals(12, back.second.bits);
    for (GoldAttributions.Doc d : docs) {
      for (Paragraph p : Paragraph.of(d.text())) {
        assertArrayEquals(finder.model.label(p), back.label(p));
      }
    }
    assertEquals(finder.find(docs.get(0).text()), new AttributionFinder(back).find(docs.get(0).text()));
    // The first pass alone is a model of one pass, written as before.
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    new AttributionFinder(back.firstPass()).write(one);
    assertNull(SequenceModel.read(new ByteArrayInputStream(one.toByteArray()), "one").second);
  }

  @Test
  void aWideSecondPassSeesTheFirstPassFeaturesAfterItsOwn() {
    String text = "Mayor Ann Bell said the bridge would reopen by spring.";
    Paragraph p = Paragraph.of(text).get(0);
    int[] first = Labelled.labels(text, p, "Mayor Ann Bell", Labels.SOURCE, "said", Labels.CUE,
        "the bridge would reopen by spring", Labels.CONTENT);
    Featurizer.Featurized x = FEATURIZER.featurize(p);
    int[][] slim = StackedPass.features(p, first, x, 18, false);
    int[][] wide = StackedPass.features(p, first, x, 18, true);
    for (int i = 0; i < slim.length; i++) {
      assertArrayEquals(slim[i], Arrays.copyOf(wide[i], slim[i].length), "token " + i);
      assertEquals(slim[i].length + x.features()[i].length, wide[i].length, "token " + i);
    }
  }

  @Test
  void aWideStackedModelIsReadBackWideAndLabelsTheSame() throws IOException {
    List<GoldAttributions.Doc> docs = invented();
    AttributionFinder finder = AttributionTrainer.train(docs, List.of(), List.of(),
        new AttributionTrainer.Options(16, 3, 42, false, 3, 12, false, 0, false, true),
        new java.io.PrintStream(new ByteArrayOutputStream()));
    assertTrue(finder.model.second.wide);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    finder.write(bytes);
    SequenceModel back = SequenceModel.read(new ByteArrayInputStream(bytes.toByteArray()), "wide");
    assertTrue(back.second.wide);
    for (GoldAttributions.Doc d : docs) {
      for (Paragraph p : Paragraph.of(d.text())) {
        assertArrayEquals(finder.model.label(p), back.label(p));
      }
    }
  }

  @Test
  void aStackedModelFitsTheInventedSentencesItWasTrainedOn() {
    List<GoldAttributions.Doc> docs = invented();
    AttributionFinder finder = AttributionTrainer.train(docs, List.of(), List.of(),
        new AttributionTrainer.Options(16, 5, 42, false, 5, 12), new java.io.PrintStream(new ByteArrayOutputStream()));
    AttributionScorer.Score s = AttributionTrainer.evaluate(finder, docs);
    assertTrue(s.part(AttributionScorer.Part.CONTENT).f1() > 0.8, "content F1 " + s.part(AttributionScorer.Part.CONTENT).f1());
  }

  @Test
  void aModelOfAnUnknownVersionIsRefusedNamingTheFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      out.writeInt(0x51544154);
      out.writeInt(9);
    }
    IOException e = assertThrows(IOException.class,
        () -> SequenceModel.read(new ByteArrayInputStream(bytes.toByteArray()), "future.model"));
    assertEquals("future.model: attribution model version 9, expected 2, 4, 5 or 6", e.getMessage());
  }
}
