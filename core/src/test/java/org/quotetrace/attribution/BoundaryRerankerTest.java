package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoundaryRerankerTest {
  private static final Featurizer FEATURIZER =
      new Featurizer(Set.of("said"), new TagDictionary(Map.of(), Map.of()), 20);

  private static final String[] NAMES = {"Ann Bell", "Bo Chen", "Cy Dunn", "Di Eve", "Ed Fox", "Flo Gray"};
  private static final String[] DAYS = {"Friday", "Monday", "Tuesday", "Sunday", "Thursday", "Saturday"};
  private static final String[] CONTENTS = {"the bridge would reopen by spring", "rents had risen too fast",
      "the mill should close", "taxes will fall next year", "the river is cleaner now", "schools need more teachers"};

  /** "NAME said DAY. Content." with the content labelled from DAY (the labeller's error) and from its first word (gold). */
  private record Example(Paragraph p, int[] labels, int[] gold) {}

  private static Example example(int i) {
    String content = CONTENTS[i % CONTENTS.length];
    String sentence = Character.toUpperCase(content.charAt(0)) + content.substring(1);
    String day = DAYS[(i * 5) % DAYS.length];
    String text = NAMES[i % NAMES.length] + " said " + day + ". " + sentence + ".";
    Paragraph p = Paragraph.of(text).get(0);
    int[] labels = Labelled.labels(text, p, NAMES[i % NAMES.length], Labels.SOURCE, "said", Labels.CUE,
        day + ". " + sentence, Labels.CONTENT);
    int[] gold = Labelled.labels(text, p, NAMES[i % NAMES.length], Labels.SOURCE, "said", Labels.CUE,
        sentence, Labels.CONTENT);
    return new Example(p, labels, gold);
  }

  private static BoundaryReranker trained(int examples) {
    List<BoundaryReranker.Choice> choices = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    for (int i = 0; i < examples; i++) {
      Example e = example(i);
      BoundaryReranker.choices(e.p(), e.labels(), e.labels(), e.gold(), FEATURIZER.featurize(e.p()).context(), 16,
          choices, right);
    }
    return BoundaryReranker.train(choices, right, 16, 3, 42, 0, 0, 0);
  }

  @Test
  void aContentStartedAtTheDayItsCueWasSaidMovesToTheNextSentence() {
    BoundaryReranker r = trained(5);
    // An invented sentence not among the five trained on: a name, day and content of its own.
    String text = "Gus Hart said Wednesday. Parking fees went up again.";
    Paragraph p = Paragraph.of(text).get(0);
    int[] labels = Labelled.labels(text, p, "Gus Hart", Labels.SOURCE, "said", Labels.CUE,
        "Wednesday. Parking fees went up again", Labels.CONTENT);
    int[] gold = Labelled.labels(text, p, "Gus Hart", Labels.SOURCE, "said", Labels.CUE,
        "Parking fees went up again", Labels.CONTENT);
    assertFalse(Arrays.equals(gold, labels));
    assertArrayEquals(gold, r.rerank(p, labels.clone(), labels, FEATURIZER.featurize(p).context()));
  }

  @Test
  void aSourceLabelledWithoutItsTitleTakesItIn() {
    List<BoundaryReranker.Choice> choices = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String text = "Mayor " + NAMES[i] + " said " + CONTENTS[i] + ".";
      Paragraph p = Paragraph.of(text).get(0);
      int[] labels = Labelled.labels(text, p, NAMES[i], Labels.SOURCE, "said", Labels.CUE, CONTENTS[i], Labels.CONTENT);
      int[] gold = Labelled.labels(text, p, "Mayor " + NAMES[i], Labels.SOURCE, "said", Labels.CUE, CONTENTS[i],
          Labels.CONTENT);
      BoundaryReranker.choices(p, labels, labels, gold, FEATURIZER.featurize(p).context(), 16, choices, right);
    }
    BoundaryReranker r = BoundaryReranker.train(choices, right, 16, 3, 42, 0, 0, 0);
    String text = "Mayor Gus Hart said parking fees went up again.";
    Paragraph p = Paragraph.of(text).get(0);
    int[] labels = Labelled.labels(text, p, "Gus Hart", Labels.SOURCE, "said", Labels.CUE,
        "parking fees went up again", Labels.CONTENT);
    int[] gold = Labelled.labels(text, p, "Mayor Gus Hart", Labels.SOURCE, "said", Labels.CUE,
        "parking fees went up again", Labels.CONTENT);
    assertArrayEquals(gold, r.rerank(p, labels.clone(), labels, FEATURIZER.featurize(p).context()));
  }

  @Test
  void aBoundaryMovesOutwardsOnlyOverTokensOutsideEverySpan() {
    String text = "Ann Bell said the mill should close.";
    Paragraph p = Paragraph.of(text).get(0);
    int[] labels = Labelled.labels(text, p, "Ann Bell", Labels.SOURCE, "said", Labels.CUE, "mill should close",
        Labels.CONTENT);
    int first = 4; // "mill"
    BoundaryReranker.Choice start = BoundaryReranker.choice(p.tokens(), labels, labels,
        FEATURIZER.featurize(p).context(), first, 6, BoundaryReranker.START, 16);
    assertNotNull(start);
    // "mill" as it is, "the" before it (outside every span), then inwards "should" and "close"; never "said".
    assertArrayEquals(new int[] {4, 3, 5, 6}, start.candidates());
  }

  @Test
  void aModelWithARerankerIsWrittenAsVersionSixAndReadBackLabellingTheSame() throws Exception {
    List<GoldAttributions.Doc> docs = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      String text = NAMES[i % NAMES.length] + " said " + DAYS[(i * 5) % DAYS.length] + ". "
          + Character.toUpperCase(CONTENTS[i % CONTENTS.length].charAt(0)) + CONTENTS[i % CONTENTS.length].substring(1)
          + ".\nNobody else spoke.\n";
      docs.add(new GoldAttributions.Doc(java.nio.file.Path.of("invented" + i + ".txt"), text, List.of(
          span(text, CONTENTS[i % CONTENTS.length], NAMES[i % NAMES.length]))));
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    AttributionFinder finder = AttributionTrainer.train(docs, List.of(), List.of(),
        new AttributionTrainer.Options(16, 3, 42, false, 3, 12, false, 3),
        new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
    assertNotNull(finder.model.reranker, "a reranker was trained");
    String logged = log.toString(java.nio.charset.StandardCharsets.UTF_8);
    for (int fold = 1; fold <= 3; fold++) {
      // The whole pipeline's cross-validation: each fold reranked by a reranker of the other two.
      assertTrue(logged.contains("reranked fold " + fold + " of 3 (held out): exact F1 source"), logged);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    finder.write(bytes);
    SequenceModel back = SequenceModel.read(new ByteArrayInputStream(bytes.toByteArray()), "reranked");
    assertNotNull(back.reranker);
    assertEquals(AttributionTrainer.RERANK_CONTENT_MARGIN, back.reranker.contentMargin);
    for (GoldAttributions.Doc d : docs) {
      for (Paragraph p : Paragraph.of(d.text())) {
        assertArrayEquals(finder.model.label(p), back.label(p));
      }
    }
    // Without it, the passes are written as before: a stacked model of version 5.
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    new AttributionFinder(back.firstPass().withSecond(back.second)).write(two);
    SequenceModel stacked = SequenceModel.read(new ByteArrayInputStream(two.toByteArray()), "stacked");
    assertNull(stacked.reranker);
    assertNotNull(stacked.second);
  }

  /** The attribution whose content is the sentence made of {@code content}, said by {@code name}. */
  private static Attribution span(String text, String content, String name) {
    int k = text.toLowerCase(java.util.Locale.ROOT).indexOf(content);
    int s = text.indexOf(name);
    int c = text.indexOf("said");
    return new Attribution(new org.quotetrace.text.Span(k, k + content.length()),
        new org.quotetrace.text.Span(s, s + name.length()), new org.quotetrace.text.Span(c, c + 4), Form.INDIRECT);
  }
}
