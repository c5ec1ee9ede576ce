package org.quotetrace.attribution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Linear-chain weights over hashed features and label transitions, decoded with Viterbi. */
final class SequenceModel {
  private static final int MAGIC = 0x51544154; // "QTAT"
  private static final int VERSION = 4;
  /** Models without word classes (the second model) still load. */
  private static final int VERSION_WITHOUT_CLUSTERS = 2;
  /** Version 4 followed by a second, stacked pass ({@link StackedPass}). */
  private static final int VERSION_STACKED = 5;
  /**
   * Version 4 or 5 with WordNet class features ({@link Lexnames}): a flags int after the version
   * says whether a second pass follows (1) and that the classes are on (2).
   */
  private static final int VERSION_LEXNAMES = 6;
  private static final int FLAG_STACKED = 1;
  private static final int FLAG_LEXNAMES = 2;
  /** Version 6 only: a {@link BoundaryReranker} follows the passes. */
  private static final int FLAG_RERANKED = 4;
  /** The second pass also sees the first pass's features ({@link StackedPass#wide}). */
  private static final int FLAG_WIDE_SECOND = 8;
  static final int L = Labels.COUNT;

  final int bits;
  final Set<String> cueWords;
  final TagDictionary tags;
  final WordClusters clusters;
  /** WordNet classes as features, or {@link Lexnames#NONE}. */
  final Lexnames lexnames;
  /** The emission weights, {@link #STRIDE} floats a feature ({@link #padded}). */
  private final float[] rows;
  final float[] transitions; // (prev + 1) * L + label; row 0 is the start
  final Featurizer featurizer;
  /** The stacked second pass, or null for a model of one pass. */
  final StackedPass second;
  /** Moves content and cue boundaries after the passes, or null. */
  final BoundaryReranker reranker;

  SequenceModel(int bits, Set<String> cueWords, TagDictionary tags, float[] weights, float[] transitions) {
    this(bits, cueWords, tags, WordClusters.NONE, weights, transitions);
  }

  SequenceModel(int bits, Set<String> cueWords, TagDictionary tags, WordClusters clusters, float[] weights,
      float[] transitions) {
    this(bits, cueWords, tags, clusters, Lexnames.NONE, weights, transitions, null);
  }

  SequenceModel(int bits, Set<String> cueWords, TagDictionary tags, WordClusters clusters, Lexnames lexnames,
      float[] weights, float[] transitions, StackedPass second) {
    this.second = second;
    this.reranker = null;
    this.lexnames = lexnames;
    this.bits = bits;
    this.cueWords = cueWords;
    this.tags = tags;
    this.clusters = clusters;
    this.rows = padded(weights);
    this.transitions = transitions;
    this.featurizer = new Featurizer(cueWords, tags, clusters, lexnames, bits);
  }

  /**
   * {@code first}'s first pass with {@code second} on top: the same weights, so its featurizer and
   * live rows are shared rather than built and scanned again (a second pass is trained epoch by
   * epoch on one first pass).
   */
  private SequenceModel(SequenceModel first, StackedPass second, BoundaryReranker reranker) {
    this.second = second;
    this.reranker = reranker;
    this.lexnames = first.lexnames;
    this.bits = first.bits;
    this.cueWords = first.cueWords;
    this.tags = first.tags;
    this.clusters = first.clusters;
    this.rows = first.rows;
    this.transitions = first.transitions;
    this.featurizer = first.featurizer;
  }

  /** This model's first pass alone, for a second pass to be trained on. */
  SequenceModel firstPass() {
    return second == null && reranker == null ? this : new SequenceModel(this, null, null);
  }

  /** A copy of this model's first pass with a second pass on top. */
  SequenceModel withSecond(StackedPass pass) {
    return new SequenceModel(this, pass, null);
  }

  /** This model's passes with a boundary reranker after them. */
  SequenceModel withReranker(BoundaryReranker r) {
    return new SequenceModel(this, second, r);
  }

  /** The emission weights, L a feature (feature * L + label), as training and the model file have them. */
  float[] weights() {
    return unpadded(rows);
  }

  /**
   * Floats a feature in the table labelling reads: L = 7 weights and one float of padding, so that
   * a feature's weights lie in one 64-byte cache line (at 7 floats, 3 rows in 8 straddle two lines).
   * Reading those rows, about 80 a token at random places in a table of 32 MB, is most of
   * labelling's time.
   */
  static final int STRIDE = 8;

  /** {@code weights} (L a feature) laid out {@link #STRIDE} a feature. */
  static float[] padded(float[] weights) {
    int features = weights.length / L;
    float[] rows = new float[features * STRIDE];
    for (int f = 0; f < features; f++) {
      System.arraycopy(weights, f * L, rows, f * STRIDE, L);
    }
    return rows;
  }

  /** The weights of a {@link #padded} table, L a feature again. */
  static float[] unpadded(float[] rows) {
    int features = rows.length / STRIDE;
    float[] weights = new float[features * L];
    for (int f = 0; f < features; f++) {
      System.arraycopy(rows, f * STRIDE, weights, f * L, L);
    }
    return weights;
  }

  int[] label(int[][] features) {
    return viterbiPadded(features, rows, transitions);
  }

  /** The labels of a paragraph: the first pass's, mended by the second pass when there is one. */
  int[] label(Paragraph p) {
    Featurizer.Featurized x = featurizer.featurize(p);
    int[] first = label(x.features());
    int[] labels = second == null ? first : second.label(p, first, x);
    return reranker == null ? labels : reranker.rerank(p, labels, first, x.context());
  }

  /** For each label, the labels that may come before it ({@link Labels#allowed}), in increasing order. */
  private static final int[][] PREVIOUS = new int[L][];

  static {
    for (int y = 0; y < L; y++) {
      int[] ps = new int[L];
      int k = 0;
      for (int p = 0; p < L; p++) {
        if (Labels.allowed(p, y)) {
          ps[k++] = p;
        }
      }
      PREVIOUS[y] = java.util.Arrays.copyOf(ps, k);
    }
  }

  /**
   * Viterbi over a {@link #padded} table: the same sums in the same order as {@link #viterbi}, so
   * the same labels to the bit. A feature's seven weights are added into seven locals, and the
   * transitions are tried only from the labels {@link Labels#allowed} before each label.
   */
  static int[] viterbiPadded(int[][] features, float[] rows, float[] tr) {
    int n = features.length;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    float[] score = new float[n * L];
    int[] back = new int[n * L];
    float[] emit = new float[L];
    for (int i = 0; i < n; i++) {
      float e0 = 0f;
      float e1 = 0f;
      float e2 = 0f;
      float e3 = 0f;
      float e4 = 0f;
      float e5 = 0f;
      float e6 = 0f;
      for (int f : features[i]) {
        int b = f * STRIDE;
        e0 += rows[b];
        e1 += rows[b + 1];
        e2 += rows[b + 2];
        e3 += rows[b + 3];
        e4 += rows[b + 4];
        e5 += rows[b + 5];
        e6 += rows[b + 6];
      }
      emit[0] = e0;
      emit[1] = e1;
      emit[2] = e2;
      emit[3] = e3;
      emit[4] = e4;
      emit[5] = e5;
      emit[6] = e6;
      int at = i * L;
      for (int y = 0; y < L; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        if (i == 0) {
          best = Labels.allowed(Labels.O, y) ? tr[y] : Float.NEGATIVE_INFINITY;
        } else {
          int prev = at - L;
          for (int p : PREVIOUS[y]) {
            float v = score[prev + p] + tr[(p + 1) * L + y];
            if (v > best) {
              best = v;
              arg = p;
            }
          }
        }
        score[at + y] = best + emit[y];
        back[at + y] = arg;
      }
    }
    return backtrace(score, back, n, out);
  }

  /** The best last label's path back through {@code back}, into {@code out}. */
  private static int[] backtrace(float[] score, int[] back, int n, int[] out) {
    int y = 0;
    float best = Float.NEGATIVE_INFINITY;
    for (int k = 0; k < L; k++) {
      if (score[(n - 1) * L + k] > best) {
        best = score[(n - 1) * L + k];
        y = k;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = y;
      y = back[i * L + y];
    }
    return out;
  }

  /** Viterbi over weights L a feature, as training keeps them. */
  static int[] viterbi(int[][] features, float[] w, float[] tr) {
    int n = features.length;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    float[] score = new float[n * L];
    int[] back = new int[n * L];
    float[] emit = new float[L];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(emit, 0f);
      for (int f : features[i]) {
        int base = f * L;
        for (int y = 0; y < L; y++) {
          emit[y] += w[base + y];
        }
      }
      for (int y = 0; y < L; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        if (i == 0) {
          best = Labels.allowed(Labels.O, y) ? tr[y] : Float.NEGATIVE_INFINITY;
        } else {
          for (int p = 0; p < L; p++) {
            if (!Labels.allowed(p, y)) {
              continue;
            }
            float v = score[(i - 1) * L + p] + tr[(p + 1) * L + y];
            if (v > best) {
              best = v;
              arg = p;
            }
          }
        }
        score[i * L + y] = best + emit[y];
        back[i * L + y] = arg;
      }
    }
    return backtrace(score, back, n, out);
  }

  /** Writes the model compactly: only non-zero weights, as index gaps and floats, gzipped. */
  void write(OutputStream os) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(os)))) {
      out.writeInt(MAGIC);
      if (lexnames.isEmpty() && reranker == null && (second == null || !second.wide)) {
        out.writeInt(second == null ? VERSION : VERSION_STACKED);
      } else {
        out.writeInt(VERSION_LEXNAMES);
        out.writeInt((lexnames.isEmpty() ? 0 : FLAG_LEXNAMES) | (second == null ? 0 : FLAG_STACKED)
            | (reranker == null ? 0 : FLAG_RERANKED) | (second != null && second.wide ? FLAG_WIDE_SECOND : 0));
      }
      out.writeInt(bits);
      out.writeInt(cueWords.size());
      for (String s : new java.util.TreeSet<>(cueWords)) {
        out.writeUTF(s);
      }
      tags.write(out);
      clusters.write(out);
      writeTransitions(out, transitions);
      writeWeights(out, weights());
      if (second != null) {
        second.write(out);
      }
      if (reranker != null) {
        reranker.write(out);
      }
    }
  }

  /** The non-zero weights, as index gaps and floats. */
  /** A pass's transition table, (L + 1) × L floats (the first row from the start), as written. */
  static void writeTransitions(DataOutputStream out, float[] transitions) throws IOException {
    for (float v : transitions) {
      out.writeFloat(v);
    }
  }

  /** The transition table {@link #writeTransitions} wrote. */
  static float[] readTransitions(DataInputStream in) throws IOException {
    float[] tr = new float[(L + 1) * L];
    for (int i = 0; i < tr.length; i++) {
      tr[i] = in.readFloat();
    }
    return tr;
  }

  static void writeWeights(DataOutputStream out, float[] weights) throws IOException {
    int nonZero = 0;
    for (float v : weights) {
      if (v != 0f) {
        nonZero++;
      }
    }
    out.writeInt(nonZero);
    int prev = -1;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] != 0f) {
        writeVarInt(out, i - prev);
        out.writeFloat(weights[i]);
        prev = i;
      }
    }
  }

  static float[] readWeights(DataInputStream in, String name, int size) throws IOException {
    float[] w = new float[size];
    int nonZero = in.readInt();
    int index = -1;
    for (int i = 0; i < nonZero; i++) {
      index += readVarInt(in);
      if (index < 0 || index >= w.length) {
        throw new IOException(name + ": attribution model weight index " + index + " out of range");
      }
      w[index] = in.readFloat();
    }
    return w;
  }

  static SequenceModel read(InputStream is, String name) throws IOException {
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(is)))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(name + ": not a quotetrace attribution model");
      }
      int version = in.readInt();
      if (version != VERSION && version != VERSION_WITHOUT_CLUSTERS && version != VERSION_STACKED
          && version != VERSION_LEXNAMES) {
        throw new IOException(name + ": attribution model version " + version + ", expected "
            + VERSION_WITHOUT_CLUSTERS + ", " + VERSION + ", " + VERSION_STACKED + " or " + VERSION_LEXNAMES);
      }
      int flags = version == VERSION_LEXNAMES ? in.readInt()
          : version == VERSION_STACKED ? FLAG_STACKED : 0;
      if ((flags & ~(FLAG_STACKED | FLAG_LEXNAMES | FLAG_RERANKED | FLAG_WIDE_SECOND)) != 0) {
        throw new IOException(name + ": attribution model flags " + flags + ", expected 0 to 15");
      }
      int bits = in.readInt();
      if (bits < 8 || bits > 26) {
        throw new IOException(name + ": attribution model has " + bits + " hash bits, expected 8 to 26");
      }
      int words = in.readInt();
      Set<String> cue = new HashSet<>();
      for (int i = 0; i < words; i++) {
        cue.add(in.readUTF());
      }
      TagDictionary tags = TagDictionary.read(in);
      WordClusters clusters = version == VERSION_WITHOUT_CLUSTERS ? WordClusters.NONE : WordClusters.read(in);
      float[] tr = readTransitions(in);
      float[] w = readWeights(in, name, (1 << bits) * L);
      StackedPass second = (flags & FLAG_STACKED) != 0 ? StackedPass.read(in, name, (flags & FLAG_WIDE_SECOND) != 0) : null;
      BoundaryReranker reranker = (flags & FLAG_RERANKED) != 0 ? BoundaryReranker.read(in, name) : null;
      Lexnames lexnames = (flags & FLAG_LEXNAMES) != 0 ? Lexnames.wordNet() : Lexnames.NONE;
      SequenceModel m = new SequenceModel(bits, cue, tags, clusters, lexnames, w, tr, second);
      return reranker == null ? m : m.withReranker(reranker);
    }
  }

  private static void writeVarInt(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarInt(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("malformed attribution model: variable-length integer too long");
  }
}
