package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SequenceModelPaddedTest {
  @Test
  void labellingFromThePaddedTableLabelsAsTheTableOfSevenWeightsAFeatureDoes() throws Exception {
    SequenceModel m;
    try (InputStream in = SequenceModel.class.getResourceAsStream("/org/quotetrace/attribution/attributions.model")) {
      m = SequenceModel.read(in, "shipped");
    }
    float[] weights = m.weights();
    int features = weights.length / SequenceModel.L;
    SplittableRandom rnd = new SplittableRandom(3);
    int differentLabels = 0;
    for (int s = 0; s < 300; s++) {
      int[][] x = new int[1 + rnd.nextInt(60)][];
      for (int i = 0; i < x.length; i++) {
        x[i] = new int[rnd.nextInt(40)];
        for (int k = 0; k < x[i].length; k++) {
          x[i][k] = rnd.nextInt(features);
        }
      }
      int[] all = SequenceModel.viterbi(x, weights, m.transitions);
      assertArrayEquals(all, m.label(x), "sequence " + s);
      for (int y : all) {
        differentLabels |= 1 << y;
      }
    }
    // Random features reach more than one label, so the sums were not all zero.
    assertTrue(Integer.bitCount(differentLabels) > 1, "labels seen: " + Integer.toBinaryString(differentLabels));
  }

  @Test
  void paddingAndUnpaddingGiveTheWeightsBack() {
    float[] w = new float[3 * SequenceModel.L];
    for (int i = 0; i < w.length; i++) {
      w[i] = i % 5 == 0 ? -0.0f : i * 0.25f;
    }
    float[] rows = SequenceModel.padded(w);
    assertEquals(3 * SequenceModel.STRIDE, rows.length);
    assertEquals(w[SequenceModel.L], rows[SequenceModel.STRIDE]);
    float[] back = SequenceModel.unpadded(rows);
    for (int i = 0; i < w.length; i++) {
      assertEquals(Float.floatToRawIntBits(w[i]), Float.floatToRawIntBits(back[i]), "weight " + i);
    }
  }
}
