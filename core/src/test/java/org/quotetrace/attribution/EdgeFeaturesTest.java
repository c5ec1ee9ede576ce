package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EdgeFeaturesTest {
  private static final int L = SequenceModel.L;
  private static final int CUE_WORD = 1;
  private static final int NEXT_WORD = 2;
  private static final int PAIR = 3;

  /** A cue word, then a word that slightly prefers to continue the cue over starting a content. */
  private static float[] weights() {
    float[] w = new float[16 * L];
    w[CUE_WORD * L + Labels.CUE] = 5;
    w[NEXT_WORD * L + Labels.CUE + 1] = 1;
    w[NEXT_WORD * L + Labels.CONTENT] = 0.5f;
    return w;
  }

  @Test
  void aWeightOnTheLabelPairAtATokenTurnsTheLabelThatFollowsAGivenLabel() {
    float[] w = weights();
    float[] tr = new float[(L + 1) * L];
    int[][] x = {{CUE_WORD}, {NEXT_WORD}};
    assertArrayEquals(new int[] {Labels.CUE, Labels.CUE + 1}, SequenceModel.viterbi(x, null, w, tr, null));
    // The pair feature of the second token, given a cue before it, favours starting a content.
    w[PAIR * L + Labels.CONTENT] = 2;
    int[][] edges = {{}, pairRow(Labels.CUE, PAIR)};
    assertArrayEquals(new int[] {Labels.CUE, Labels.CONTENT}, SequenceModel.viterbi(x, edges, w, tr, null));
  }

  @Test
  void aPairWeightGivenAnotherPreviousLabelLeavesTheLabelsAlone() {
    float[] w = weights();
    w[PAIR * L + Labels.CONTENT] = 2;
    float[] tr = new float[(L + 1) * L];
    int[][] x = {{CUE_WORD}, {NEXT_WORD}};
    int[][] edges = {{}, pairRow(Labels.O, PAIR)};
    assertArrayEquals(new int[] {Labels.CUE, Labels.CUE + 1}, SequenceModel.viterbi(x, edges, w, tr, null));
  }

  @Test
  void everyTokenButTheFirstHasOnePairFeaturePerTemplateAndPreviousLabel() {
    Featurizer f = new Featurizer(Set.of("said"), new TagDictionary(java.util.Map.of(), java.util.Map.of()), 16);
    Featurizer.Sequence s = f.sequence(Paragraph.of("The mayor said the bridge would close.").get(0));
    assertEquals(0, s.edge()[0].length);
    for (int i = 1; i < s.edge().length; i++) {
      assertEquals(Featurizer.EDGES * L, s.edge()[i].length, "token " + i);
    }
    assertEquals(List.of(s.emit().length), List.of(s.edge().length));
  }

  /** The edge row of one token whose template 0 fires, given previous label prev, at feature f. */
  private static int[] pairRow(int prev, int f) {
    int[] row = new int[Featurizer.EDGES * L];
    // Unused entries point at an all-zero row.
    java.util.Arrays.fill(row, 15);
    row[prev] = f;
    return row;
  }
}
