package org.quotetrace.meaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real all-MiniLM-L6-v2 model, loaded once for the class; no mocks. */
class MiniLmEncoderTest {
  private static MiniLmEncoder encoder;

  @BeforeAll
  static void loadTheModel() throws MeaningUnavailableException {
    long start = System.nanoTime();
    encoder = MiniLmEncoder.load();
    System.out.printf("meaning: model loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }

  private static double cosine(String label, String a, String b) {
    double c = SentenceEncoder.cosine(encoder.encode(a), encoder.encode(b));
    System.out.printf("meaning: cosine %.4f  %s%n", c, label);
    return c;
  }

  @Test
  void translationVariantsOfOneStatementAreClose() {
    // The seed pair: the article's rendering and the script's translation of the same answer.
    double c = cosine("world power (translation variants)",
        "Russia is a global power. It is an influential figure on the international stage.",
        "Russia is a world power. It has influence on the world stage.");
    assertTrue(c > 0.82, () -> "translation variants should be close, cosine " + c);
  }

  @Test
  void aOneWordChangeBarelyMovesTheVector() {
    double c = cosine("rather die (one word changed)",
        "We will rather die than live in humiliation on our own land",
        "We would rather die than live in humiliation on our own land");
    assertTrue(c > 0.92, () -> "near-identical sentences should be very close, cosine " + c);
  }

  @Test
  void differentStatementsOnTheSameTopicAreClearlyApart() {
    double paraphrase = cosine("world power (again, for the margin)",
        "Russia is a global power. It is an influential figure on the international stage.",
        "Russia is a world power. It has influence on the world stage.");
    double sameTopic = cosine("migration plan vs transit countries (same topic)",
        "To enact the plan we need some 4,000 people",
        "Italy, France, Spain and Greece are transit countries for migrants");
    assertTrue(sameTopic < 0.5, () -> "different statements should be apart, cosine " + sameTopic);
    assertTrue(paraphrase - sameTopic > 0.4,
        () -> "paraphrase " + paraphrase + " should stand well above same topic " + sameTopic);
  }

  @Test
  void everyVectorHasUnitLengthAndTheModelsDimension() {
    float[] v = encoder.encode("Haftar told RT he is seeking support from Moscow.");
    assertEquals(384, encoder.dimension());
    assertEquals(encoder.dimension(), v.length);
    assertEquals(1.0, norm(v), 1e-4);
  }

  @Test
  void blankTextGivesTheZeroVector() {
    // The no-break and zero-width spaces pass String.isBlank but leave the tokenizer nothing.
    for (String blank : List.of("", "   \n\t", "\u00A0\u200B")) {
      float[] v = encoder.encode(blank);
      assertEquals(encoder.dimension(), v.length);
      assertEquals(0.0, norm(v), () -> "not zero for " + blank.codePoints().boxed().toList());
      assertEquals(0.0, SentenceEncoder.cosine(v, encoder.encode("Anything at all.")));
    }
  }

  @Test
  void textBeyondTheModelsWindowIsTruncatedNotRejected() {
    StringBuilder longText = new StringBuilder();
    while (longText.length() < 3000) { // about 550 word pieces, far past the window
      longText.append("The minister said the talks on the coastal border would resume next week. ");
    }
    String prefix = longText.toString();
    float[] v = encoder.encode(prefix);
    assertEquals(1.0, norm(v), 1e-4);
    double c = SentenceEncoder.cosine(v,
        encoder.encode(prefix + "Meanwhile the football season ended with a surprise champion."));
    System.out.printf("meaning: cosine %.6f  long text vs long text with another ending%n", c);
    assertTrue(c > 0.9999, () -> "words past the window should not count, cosine " + c);
  }

  @Test
  void encodeAllGivesTheSameVectorsAsEncodingOneByOne() {
    List<String> texts = List.of(
        "Russia is a world power.",
        "",
        "They [Italian military ships] are not welcome here.",
        "Russia is a world power.",
        "\u00A0",
        "We would rather die than live in humiliation on our own land");
    List<float[]> all = encoder.encodeAll(texts);
    assertEquals(texts.size(), all.size());
    for (int i = 0; i < texts.size(); i++) {
      assertArrayEquals(encoder.encode(texts.get(i)), all.get(i), 1e-5f, "text " + i);
    }
    assertEquals(List.of(), encoder.encodeAll(List.of()));
  }

  @Test
  void vectorsMatchLangchain4jsOwnModelClass() {
    // Guards the one-thread session of MiniLmModel: same model file, tokenizer and pooling as the
    // library's class, so the same vectors up to rounding.
    var library = new dev.langchain4j.model.embedding.onnx.allminilml6v2q
        .AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    for (String text : List.of("Russia is a world power. It has influence on the world stage.",
        "They [Europeans] want to turn it into colonisation.")) {
      assertArrayEquals(library.embed(text).content().vector(), encoder.encode(text), 1e-4f, text);
    }
  }

  @Test
  void loadingTwiceOrInTheBackgroundGivesTheSameModel() throws MeaningUnavailableException {
    assertSame(encoder, MiniLmEncoder.load());
    MiniLmEncoder.Loading loading = MiniLmEncoder.loadAsync();
    assertSame(encoder, loading.get());
    assertTrue(loading.isDone());
  }

  @Test
  void threadsSharingTheModelGetTheSameVectors() throws Exception {
    String text = "Italy, France, Spain and Greece are transit countries for migrants";
    float[] expected = encoder.encode(text);
    List<Thread> threads = new ArrayList<>();
    List<float[]> results = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      threads.add(Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 5; i++) {
          results.add(encoder.encode(text));
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(20, results.size());
    for (float[] v : results) {
      assertArrayEquals(expected, v, 1e-6f);
    }
  }

  static double norm(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}
