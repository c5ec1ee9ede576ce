package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.SpeakerModel.Group;
import org.quotetrace.quote.SpeakerModel.Lexicons;
import org.quotetrace.quote.SpeakerModel.Params;

class SpeakerModelTest {
  private static final Lexicons LEX = new Lexicons(
      Map.of("spokesman", new float[] {40, 50}), Map.of("said", 0.8f), Map.of("each", 0.98f));

  /**
   * Invented groups of four candidates: the right one carries "near" and sometimes "noise"; the
   * wrong ones carry "noise" often and "near" rarely, so only "near" predicts the speaker.
   */
  private static List<Group> groups(int count, long seed) {
    Random r = new Random(seed);
    long near = SpeakerModel.hash("near");
    long noise = SpeakerModel.hash("noise");
    long bias = SpeakerModel.hash("bias");
    List<Group> out = new ArrayList<>();
    for (int g = 0; g < count; g++) {
      int right = r.nextInt(4);
      long[][] f = new long[4][];
      boolean[] labels = new boolean[4];
      for (int c = 0; c < 4; c++) {
        List<Long> fs = new ArrayList<>(List.of(bias));
        if (c == right || r.nextDouble() < 0.1) {
          fs.add(near);
        }
        if (r.nextDouble() < 0.5) {
          fs.add(noise);
        }
        f[c] = fs.stream().mapToLong(Long::longValue).toArray();
        labels[c] = c == right;
      }
      out.add(new Group(f, labels));
    }
    return out;
  }

  private static double accuracy(SpeakerModel m, List<Group> groups) {
    int right = 0;
    for (Group g : groups) {
      int best = 0;
      for (int c = 1; c < g.features().length; c++) {
        if (m.score(g.features()[c]) > m.score(g.features()[best])) {
          best = c;
        }
      }
      right += g.right()[best] ? 1 : 0;
    }
    return (double) right / groups.size();
  }

  @Test
  void theConditionalLogitLearnsWhichFeatureMarksTheRightCandidate() {
    SpeakerModel m = SpeakerModel.train(LEX, groups(2000, 1), Params.DEFAULTS);
    assertTrue(m.score(new long[] {SpeakerModel.hash("near")})
        > m.score(new long[] {SpeakerModel.hash("noise")}) + 1);
    // Held-out groups: "near" alone picks right unless a wrong candidate carries it too.
    assertTrue(accuracy(m, groups(500, 2)) > 0.8);
  }

  @Test
  void groupsWithNoRightCandidateTeachNothing() {
    long[][] f = {{SpeakerModel.hash("a")}, {SpeakerModel.hash("b")}};
    SpeakerModel m = SpeakerModel.train(LEX, List.of(new Group(f, new boolean[2])), Params.DEFAULTS);
    assertEquals(0, m.size());
  }

  @Test
  void aWrittenModelReadsBackWithTheSameScoresAndLexicons() throws IOException {
    SpeakerModel m = SpeakerModel.train(LEX, groups(300, 3), Params.DEFAULTS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    SpeakerModel back = SpeakerModel.read(new ByteArrayInputStream(out.toByteArray()), "test");
    long[] f = {SpeakerModel.hash("near"), SpeakerModel.hash("noise")};
    assertEquals(m.score(f), back.score(f), 1e-6);
    assertEquals(m.size(), back.size());
    assertEquals(0.8f, back.headRate("spokesman"), 1e-6);
    assertEquals(0.8f, back.cueRate("said"), 1e-6);
    assertEquals(0f, back.cueRate("walked"));
    assertEquals(0.98f, back.lowerShare("each"), 1e-6);
    assertEquals(-1f, back.lowerShare("zzz"));
  }

  @Test
  void anotherFileIsRejectedWithItsName() {
    IOException e = assertThrows(IOException.class, () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (var z = new java.util.zip.GZIPOutputStream(out)) {
        z.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
      SpeakerModel.read(new ByteArrayInputStream(out.toByteArray()), "other.bin");
    });
    assertTrue(e.getMessage().startsWith("other.bin: not a quotetrace speaker model"), e.getMessage());
  }

  @Test
  void featureHashesKeepTheirPartsApart() {
    assertNotEquals(SpeakerModel.hash("ab", "c"), SpeakerModel.hash("a", "bc"));
    assertNotEquals(SpeakerModel.hash("gap", "A", ", V"), SpeakerModel.hash("gap", "B", ", V"));
    assertEquals(SpeakerModel.hash("pd", "0"), SpeakerModel.hash("pd", "0"));
  }

  @Test
  void theShippedModelLoadsAndIsSmall() {
    SpeakerModel m = SpeakerModel.shipped();
    assertTrue(m.size() > 1000 && m.size() < 2_000_000, () -> "weights: " + m.size());
    assertTrue(m.cueRate("said") > 0.3, "said is a cue in the training data");
    assertTrue(m.isHead("spokesman"));
  }

  @Test
  void oneLookUpOfAWordReadsWhatEachLexiconSaysOfIt() {
    SpeakerModel m = SpeakerModel.untrained(LEX);
    assertEquals(40f / 50f, m.headRate("spokesman"));
    assertTrue(m.isHead("spokesman"));
    assertEquals(0.8f, m.cueRate("said"));
    assertEquals(0.98f, m.lowerShare("each"));
    // A word one lexicon holds reads as unseen in the others.
    assertEquals(0f, m.headRate("said"));
    assertEquals(-1f, m.lowerShare("spokesman"));
    assertEquals(0f, m.cueRate("each"));
    assertTrue(!m.isHead("each") && !m.isHead("unheard"));
  }

  @Test
  void theWeightCacheGivesTheTablesWeightWhenFeaturesShareASlot() {
    SpeakerModel m = SpeakerModel.train(LEX, groups(300, 5), Params.DEFAULTS);
    long near = SpeakerModel.hash("near");
    long noise = SpeakerModel.hash("noise");
    SpeakerModel.WeightCache cache = m.cache();
    assertNotEquals(0f, m.weight(near));
    // Same low bits, so the same slot of the cache: each read must still be its own feature's.
    long[] reads = {near, near ^ (1L << 40), near, noise, noise ^ (1L << 20), noise, 0L, near};
    for (long f : reads) {
      assertEquals(m.weight(f), cache.weight(f), () -> "feature " + f);
    }
  }

  @Test
  void theWeightCacheGivesTheShippedModelsWeightForEveryFeatureItHasAndZeroForOthers()
      throws IOException {
    SpeakerModel m = SpeakerModel.shipped();
    // The model's own features, read back from its written form.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.write(bytes);
    java.io.DataInputStream d = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(
        new ByteArrayInputStream(bytes.toByteArray())));
    d.readInt();
    d.readInt();
    for (int i = d.readInt(); i > 0; i--) {
      d.readUTF();
      d.readFloat();
      d.readFloat();
    }
    for (int lexicon = 0; lexicon < 2; lexicon++) {
      for (int i = d.readInt(); i > 0; i--) {
        d.readUTF();
        d.readFloat();
      }
    }
    int size = d.readInt();
    assertEquals(m.size(), size);
    SpeakerModel.WeightCache cache = m.cache();
    Random r = new Random(3);
    for (int i = 0; i < size; i++) {
      long f = d.readLong();
      float w = d.readFloat();
      assertEquals(w, cache.weight(f), () -> "feature " + f);
      // Features the model lacks, some sharing the top bits of one it has: weight 0.
      for (long other : new long[] {f ^ 1, f ^ (1L << 30), r.nextLong()}) {
        assertEquals(m.weight(other), cache.weight(other), () -> "feature " + other);
      }
    }
  }
}
