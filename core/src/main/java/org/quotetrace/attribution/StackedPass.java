package org.quotetrace.attribution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A second, slim labeller stacked on the first: its features are the first pass's labels around
 * each token (the label window, the span the token is in, whether its sentence has a labelled cue,
 * source or content, the distance to the nearest labelled cue), a few of them with the word or its
 * tag. It is trained on first-pass labels of documents the first pass did not see (cross-validated),
 * so it learns to mend the first pass's real errors rather than trust its fit of the training data.
 * A small table and about a third of the first pass's features keep its cost down.
 */
final class StackedPass {
  static final int L = SequenceModel.L;

  final int bits;
  /**
   * Whether the pass also sees every feature of the first pass at the token (hashed again into its
   * own table), not only the first pass's labels: the first pass's evidence and its verdict side by
   * side, so the second can overrule a label where the words say otherwise.
   */
  final boolean wide;
  /** The weights, {@link SequenceModel#STRIDE} floats a feature. */
  private final float[] rows;
  final float[] transitions;

  StackedPass(int bits, float[] weights, float[] transitions) {
    this(bits, weights, transitions, false);
  }

  StackedPass(int bits, float[] weights, float[] transitions, boolean wide) {
    this.bits = bits;
    this.wide = wide;
    this.rows = SequenceModel.padded(weights);
    this.transitions = transitions;
  }

  /** The weights, L a feature, as training and the model file have them. */
  float[] weights() {
    return SequenceModel.unpadded(rows);
  }

  int[] label(int[][] features) {
    return SequenceModel.viterbiPadded(features, rows, transitions);
  }

  /** The labels of a paragraph over the first pass's labels and its featurized form. */
  int[] label(Paragraph p, int[] first, Featurizer.Featurized x) {
    return label(features(p, first, x, bits, wide));
  }

  /** {@link #features(Paragraph, int[], Featurizer.Context, int)}, and with {@code wide} the first pass's own features too. */
  static int[][] features(Paragraph p, int[] first, Featurizer.Featurized x, int bits, boolean wide) {
    int[][] out = features(p, first, x.context(), bits);
    if (!wide) {
      return out;
    }
    int mask = (1 << bits) - 1;
    int[][] firstFeatures = x.features();
    for (int i = 0; i < out.length; i++) {
      int[] own = out[i];
      int[] f1 = firstFeatures[i];
      int[] both = java.util.Arrays.copyOf(own, own.length + f1.length);
      for (int j = 0; j < f1.length; j++) {
        both[own.length + j] = h(27, f1[j], mask);
      }
      out[i] = both;
    }
    return out;
  }

  /**
   * @param first the first pass's labels of the paragraph
   * @param c the tokens' word hashes, tags and sentence numbers, as the first featurizer made them
   */
  static int[][] features(Paragraph p, int[] first, Featurizer.Context c, int bits) {
    int mask = (1 << bits) - 1;
    Token[] t = p.tokens();
    int n = t.length;
    int[] type = new int[n];
    int sentences = c.sentence().length == 0 ? 0 : c.sentence()[n - 1] + 1;
    int[] sentenceHas = new int[sentences];
    for (int i = 0; i < n; i++) {
      type[i] = Labels.type(first[i]);
      if (type[i] != Labels.O) {
        sentenceHas[c.sentence()[i]] |= 1 << ((type[i] - 1) / 2);
      }
    }
    // The span of the first pass each token is in: its start and end.
    int[] spanStart = new int[n];
    int[] spanEnd = new int[n];
    for (int i = 0; i < n; i++) {
      spanStart[i] = i > 0 && type[i] != Labels.O && Labels.inside(first[i]) && type[i - 1] == type[i] ? spanStart[i - 1] : i;
    }
    for (int i = n - 1; i >= 0; i--) {
      spanEnd[i] = i + 1 < n && type[i] != Labels.O && Labels.inside(first[i + 1]) && type[i + 1] == type[i] ? spanEnd[i + 1] : i;
    }
    int[] leftCue = Featurizer.nearestBefore(n, i -> type[i] == Labels.CUE);
    int[] rightCue = Featurizer.nearestAfter(n, i -> type[i] == Labels.CUE);
    int[] words = c.words();
    int[] tag = c.tag();
    int[] sentence = c.sentence();
    int[][] out = new int[n][];
    int[] f = new int[40];
    for (int i = 0; i < n; i++) {
      int k = 0;
      int y = first[i];
      int yp = i > 0 ? first[i - 1] : 7;
      int yn = i + 1 < n ? first[i + 1] : 7;
      int yp2 = i > 1 ? first[i - 2] : 7;
      int yn2 = i + 2 < n ? first[i + 2] : 7;
      int w = words[i];
      int wPrev = i > 0 ? words[i - 1] : 1;
      int wNext = i + 1 < n ? words[i + 1] : 2;
      int q = t[i].quote();
      int lc = leftCue[i] < 0 ? 0 : 1 + Featurizer.bucket(i - leftCue[i]) + (sentence[leftCue[i]] == sentence[i] ? 0 : 10);
      int rc = rightCue[i] < 0 ? 0 : 1 + Featurizer.bucket(rightCue[i] - i) + (sentence[rightCue[i]] == sentence[i] ? 0 : 10);
      int has = sentenceHas[sentence[i]];
      int len = spanEnd[i] - spanStart[i] + 1;
      int where = type[i] == Labels.O ? 0 : (spanStart[i] == i ? 1 : 0) + (spanEnd[i] == i ? 2 : 0);
      boolean contentStart = type[i] == Labels.CONTENT && spanStart[i] == i;
      boolean contentEnd = type[i] == Labels.CONTENT && spanEnd[i] == i;
      int edge = (contentStart ? 1 : 0) + (contentEnd ? 2 : 0);
      f[k++] = h(1, 0, mask);
      f[k++] = h(2, y, mask);
      f[k++] = h(3, yp * 8 + y, mask);
      f[k++] = h(4, y * 8 + yn, mask);
      f[k++] = h(5, (yp * 8 + y) * 8 + yn, mask);
      f[k++] = h(6, yp2 * 8 + yp, mask);
      f[k++] = h(7, yn * 8 + yn2, mask);
      f[k++] = h(8, i > 2 ? first[i - 3] : 7, mask);
      f[k++] = h(9, i + 3 < n ? first[i + 3] : 7, mask);
      f[k++] = h(10, w * 8 + y, mask);
      f[k++] = h(11, wPrev * 8 + y, mask);
      f[k++] = h(12, wNext * 8 + y, mask);
      f[k++] = h(13, tag[i] * 8 + y, mask);
      f[k++] = h(14, q * 8 + y, mask);
      f[k++] = h(15, has * 8 + y, mask);
      f[k++] = h(16, (lc * 20 + rc) * 8 + type[i], mask);
      f[k++] = h(17, (type[i] * 8 + Featurizer.bucket(len)) * 4 + where, mask);
      f[k++] = h(18, wPrev * 4 + edge, mask);
      f[k++] = h(19, wNext * 4 + edge, mask);
      f[k++] = h(20, w, mask);
      f[k++] = h(21, (i > 0 ? tag[i - 1] : 19) * 20 + tag[i], mask);
      f[k++] = h(22, (leftCue[i] >= 0 ? words[leftCue[i]] : 3) * 8 + Math.min(i - Math.max(leftCue[i], 0), 7), mask);
      f[k++] = h(23, (has * 20 + tag[i]) * 8 + y, mask);
      f[k++] = h(24, w * 8 + has, mask);
      f[k++] = h(25, (Featurizer.bucket(len) * 20 + lc) * 8 + y, mask);
      f[k++] = h(26, (tag[i] * 20 + (i + 1 < n ? tag[i + 1] : 19)) * 8 + y, mask);
      out[i] = java.util.Arrays.copyOf(f, k);
    }
    return out;
  }

  /** The stacked pass's and the re-ranker's feature hash: a template and a value to a bucket. */
  static int h(int template, int value, int mask) {
    int x = template * 0x7FEB352D ^ value;
    x *= 0x85EBCA6B;
    x ^= x >>> 13;
    x *= 0xC2B2AE35;
    x ^= x >>> 16;
    return x & mask;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(bits);
    SequenceModel.writeTransitions(out, transitions);
    SequenceModel.writeWeights(out, weights());
  }

  static StackedPass read(DataInputStream in, String name, boolean wide) throws IOException {
    int bits = in.readInt();
    if (bits < 8 || bits > 26) {
      throw new IOException(name + ": second attribution pass has " + bits + " hash bits, expected 8 to 26");
    }
    float[] tr = SequenceModel.readTransitions(in);
    return new StackedPass(bits, SequenceModel.readWeights(in, name, (1 << bits) * L), tr, wide);
  }
}
