package org.quotetrace.attribution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the start and the end of each labelled content, cue and source to a nearby word when a small linear
 * model scores that boundary above the labelled one. The labeller decides each token's label from
 * features around it; the reranker sees a whole boundary at once (the words on both sides of it,
 * what it would cross: a comma, "that", a quote mark, a sentence end, the nearest cue). It is trained
 * on labels of documents the labeller did not see (cross-validated), so it learns the labeller's
 * own boundary errors.
 */
final class BoundaryReranker {
  /** How many tokens a boundary may move either way. */
  static final int WINDOW = 8;
  /** The same for cues and sources, which are short: "said", "told reporters", "the mayor". */
  static final int CUE_WINDOW = 3;
  static final int START = 0;
  static final int END = 1;
  private static final int FEATURES = 24;
  /** At most this many crossed words are features of a move. */
  private static final int CROSSED = 8;


  final int bits;
  final float[] weights;
  /**
   * A boundary moves only when another candidate scores this much above the labelled one (the
   * labelled boundary is right nine times in ten, so a move must be sure). Chosen on train's
   * cross-validation: content 5, cue 2, source 2.
   */
  final float contentMargin;
  final float cueMargin;
  final float sourceMargin;

  BoundaryReranker(int bits, float[] weights, float contentMargin, float cueMargin, float sourceMargin) {
    this.bits = bits;
    this.weights = weights;
    this.contentMargin = contentMargin;
    this.cueMargin = cueMargin;
    this.sourceMargin = sourceMargin;
  }

  /** The same weights with other margins. */
  BoundaryReranker withMargins(float content, float cue, float source) {
    return new BoundaryReranker(bits, weights, content, cue, source);
  }

  /** One boundary to choose: its candidates (the labelled one first) and their features. */
  record Choice(int type, int side, int first, int last, int[] candidates, int[][] features) {}

  /**
   * The labels with each content's (and cue's) boundaries moved where the model prefers;
   * {@code labels} is changed in place. Every boundary is chosen on the labels as they came, as in
   * training; a move whose tokens another move has changed since is dropped.
   */
  int[] rerank(Paragraph p, int[] labels, int[] firstPass, Featurizer.Context c) {
    Token[] t = p.tokens();
    int[] given = labels.clone();
    int i = 0;
    while (i < given.length) {
      int type = given[i];
      if (type != Labels.CONTENT && type != Labels.CUE && type != Labels.SOURCE) {
        i++;
        continue;
      }
      int last = chunkEnd(given, i);
      for (int side = START; side <= END; side++) {
        Choice ch = choice(t, given, firstPass, c, i, last, side, bits);
        if (ch == null) {
          continue;
        }
        int best = pick(ch);
        if (best != 0) {
          apply(labels, given, i, last, side, ch.candidates()[best]);
        }
      }
      i = last + 1;
    }
    return labels;
  }

  /** Moves a boundary of the chunk first..last of {@code given} in {@code labels}, unless its tokens have changed there. */
  private static void apply(int[] labels, int[] given, int first, int last, int side, int to) {
    int type = given[first];
    int lo = side == START ? Math.min(first, to) : Math.min(last, to);
    int hi = side == START ? Math.max(first, to) : Math.max(last, to);
    for (int k = lo; k <= hi; k++) {
      if (labels[k] != given[k]) {
        return;
      }
    }
    if (side == START) {
      if (labels[first] != type) {
        return;
      }
      if (to < first) {
        for (int k = to + 1; k <= first; k++) {
          labels[k] = type + 1;
        }
      } else {
        for (int k = first; k < to; k++) {
          labels[k] = Labels.O;
        }
      }
      labels[to] = type;
    } else if (to > last) {
      for (int k = last + 1; k <= to; k++) {
        labels[k] = type + 1;
      }
    } else if (labels[to] == type || labels[to] == type + 1) {
      for (int k = to + 1; k <= last; k++) {
        labels[k] = Labels.O;
      }
    }
  }

  /** The candidate chosen: 0, the labelled boundary, unless another scores more than the margin above it. */
  int pick(Choice ch) {
    int best = 0;
    float stay = score(ch.features()[0]);
    float bestScore = stay;
    for (int k = 1; k < ch.candidates().length; k++) {
      float s = score(ch.features()[k]);
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    }
    return bestScore - stay > (ch.type() == Labels.CONTENT ? contentMargin : ch.type() == Labels.CUE ? cueMargin : sourceMargin) ? best : 0;
  }

  private float score(int[] f) {
    float s = 0;
    for (int x : f) {
      s += weights[x];
    }
    return s;
  }

  /** The last token of the content chunk starting at {@code first}. */
  static int chunkEnd(int[] labels, int first) {
    int j = first;
    while (j + 1 < labels.length && labels[j + 1] == labels[first] + 1) {
      j++;
    }
    return j;
  }

  /**
   * The candidates for one boundary of the content first..last: word tokens within {@link #WINDOW}
   * of its outermost word on that side, inwards up to its other end, outwards only over tokens
   * labelled outside every span. Null when the content has no word.
   */
  static Choice choice(Token[] t, int[] y, int[] y1, Featurizer.Context c, int first, int last, int side, int bits) {
    int fw = first;
    while (fw <= last && !t[fw].word()) {
      fw++;
    }
    int lw = last;
    while (lw >= first && !t[lw].word()) {
      lw--;
    }
    if (fw > lw) {
      return null;
    }
    int type = y[first];
    int window = type == Labels.CONTENT ? WINDOW : CUE_WINDOW;
    List<Integer> cands = new ArrayList<>();
    if (side == START) {
      cands.add(fw);
      for (int s = fw - 1; s >= Math.max(0, fw - window) && (s >= first || y[s] == Labels.O); s--) {
        if (t[s].word()) {
          cands.add(s);
        }
      }
      for (int s = fw + 1; s <= Math.min(lw, fw + window); s++) {
        if (t[s].word()) {
          cands.add(s);
        }
      }
    } else {
      cands.add(lw);
      for (int e = lw + 1; e <= Math.min(t.length - 1, lw + window) && (e <= last || y[e] == Labels.O); e++) {
        if (t[e].word()) {
          cands.add(e);
        }
      }
      for (int e = lw - 1; e >= Math.max(fw, lw - window); e--) {
        if (t[e].word()) {
          cands.add(e);
        }
      }
    }
    int[] candidates = cands.stream().mapToInt(Integer::intValue).toArray();
    int[][] features = new int[candidates.length][];
    for (int k = 0; k < candidates.length; k++) {
      features[k] = features(t, y, y1, c, fw, lw, side, candidates[0], candidates[k], bits);
    }
    return new Choice(type, side, first, last, candidates, features);
  }

  /** The features of moving the boundary on {@code side} from word {@code from} to word {@code at}. */
  static int[] features(Token[] t, int[] y, int[] y1, Featurizer.Context c, int fw, int lw, int side, int from,
      int at, int bits) {
    int mask = (1 << bits) - 1;
    int n = t.length;
    int[] w = c.words();
    int[] tag = c.tag();
    int[] sen = c.sentence();
    int dir = side == START ? -1 : 1; // outwards
    int d = (at - from) * dir; // > 0 outwards, < 0 inwards
    int db = (d < 0 ? -1 : 1) * Featurizer.bucket(Math.abs(d)) + 8;
    int out = at + dir; // the token just outside the boundary
    int out2 = out + dir;
    int wo = out >= 0 && out < n ? w[out] : 1;
    int wo2 = out2 >= 0 && out2 < n ? w[out2] : 1;
    int to = out >= 0 && out < n ? tag[out] : 19;
    int yo = out >= 0 && out < n ? Labels.type(y[out]) : 7;
    int qo = out >= 0 && out < n ? t[out].quote() : 4;
    int win = at - dir; // the token just inside
    int wi = win >= 0 && win < n ? w[win] : 1;
    boolean sentenceEdge = out < 0 || out >= n || sen[out] != sen[at];
    // What the move crosses between the labelled boundary and this one.
    int crossed = 0;
    int lo = Math.min(from, at);
    int hi = Math.max(from, at);
    for (int k = lo; k <= hi; k++) {
      if (k == at && d != 0) {
        continue;
      }
      if (k != from && k != at) {
        String s = t[k].lower();
        crossed |= s.equals(",") ? 1 : 0;
        crossed |= s.equals("that") ? 2 : 0;
        crossed |= t[k].quote() >= 2 ? 4 : 0;
        crossed |= !t[k].word() && (s.equals(".") || s.equals("?") || s.equals("!") || s.equals(":") || s.equals(";")) ? 8 : 0;
      }
    }
    if (lo != hi && sen[lo] != sen[hi]) {
      crossed |= 16;
    }
    // The nearest labelled cue outside the boundary, in tokens, and whether in another sentence.
    int cue = 0;
    for (int k = at + dir, steps = 1; k >= 0 && k < n && steps <= 30; k += dir, steps++) {
      if (Labels.type(y[k]) == Labels.CUE && (k < fw || k > lw)) {
        cue = 1 + Featurizer.bucket(steps) + (sen[k] == sen[at] ? 0 : 10);
        break;
      }
    }
    int len = Featurizer.bucket(lw - fw + 1);
    int base = side * 64 + (Labels.type(y[fw]) == Labels.CONTENT ? 0 : Labels.type(y[fw]) == Labels.CUE ? 128 : 256);
    int[] f = new int[FEATURES + CROSSED + 3];
    int k = 0;
    // The words the move drops or takes in, each with the direction of the move.
    int sign = d < 0 ? 1 : 2;
    // START drops or takes in tokens lo..hi-1, END lo+1..hi.
    int jFrom = side == START ? lo : lo + 1;
    int jTo = side == START ? hi - 1 : hi;
    for (int j = jFrom, m = 0; j <= jTo && m < CROSSED; j++, m++) {
      f[k++] = StackedPass.h(base + 30, mix(sign, w[j]), mask);
    }
    // Where the first pass, before the second mended it, put a boundary: a sign the labels are unsure here.
    int y1at = Labels.type(y1[at]);
    int y1out = out >= 0 && out < n ? Labels.type(y1[out]) : 7;
    int ty = Labels.type(y[fw]);
    boolean firstEdge = y1at == ty && y1out != ty || side == START && y1[at] == ty;
    f[k++] = StackedPass.h(base + 40, mix(db, y1at * 8 + y1out), mask);
    f[k++] = StackedPass.h(base + 41, mix(db, firstEdge ? 1 : 0), mask);
    f[k++] = StackedPass.h(base + 42, mix(db, (firstEdge ? 8 : 0) + yo), mask);
    f[k++] = StackedPass.h(base + 1, db, mask);
    f[k++] = StackedPass.h(base + 2, mix(db, wo), mask);
    f[k++] = StackedPass.h(base + 3, mix(db, w[at]), mask);
    f[k++] = StackedPass.h(base + 4, mix(db, to * 32 + tag[at]), mask);
    f[k++] = StackedPass.h(base + 5, mix(db, yo), mask);
    f[k++] = StackedPass.h(base + 6, mix(db, qo * 8 + t[at].quote()), mask);
    f[k++] = StackedPass.h(base + 7, mix(db, sentenceEdge ? 1 : 0), mask);
    f[k++] = StackedPass.h(base + 8, mix(mix(db, wo), w[at]), mask);
    f[k++] = StackedPass.h(base + 9, mix(mix(db, wo), wo2), mask);
    f[k++] = StackedPass.h(base + 10, mix(db, cue), mask);
    f[k++] = StackedPass.h(base + 11, mix(db, len), mask);
    f[k++] = StackedPass.h(base + 12, mix(db, crossed), mask);
    f[k++] = StackedPass.h(base + 13, mix(db, (to * 32 + tag[at]) * 8 + yo), mask);
    f[k++] = StackedPass.h(base + 14, mix(mix(db, w[at]), yo), mask);
    f[k++] = StackedPass.h(base + 15, mix(mix(db, wo), yo), mask);
    f[k++] = StackedPass.h(base + 16, mix(db, cue * 32 + crossed), mask);
    f[k++] = StackedPass.h(base + 17, mix(mix(db, wi), w[at]), mask);
    f[k++] = StackedPass.h(base + 18, mix(db, qo * 8 + (sentenceEdge ? 1 : 0) + 2 * yo), mask);
    f[k++] = StackedPass.h(base + 19, mix(db, len * 32 + crossed), mask);
    f[k++] = StackedPass.h(base + 20, mix(mix(db, to), wo2), mask);
    f[k++] = StackedPass.h(base + 21, mix(db, tag[at] * 32 + (win >= 0 && win < n ? tag[win] : 19)), mask);
    f[k++] = StackedPass.h(base + 22, mix(db, cue * 8 + yo), mask);
    f[k++] = StackedPass.h(base + 23, mix(db, t[fw].quote() * 8 + t[lw].quote()), mask);
    f[k++] = StackedPass.h(base + 24, mix(mix(db, wo), cue), mask);
    return k == f.length ? f : java.util.Arrays.copyOf(f, k);
  }

  private static int mix(int a, int b) {
    return a * 0x9E3779B1 + b;
  }

  /**
   * Adds the training choices of one paragraph: each boundary of a labelled content or cue whose
   * gold span (the gold chunk of its type that shares most words with it) has its boundary among
   * the candidates, with the index of that candidate.
   */
  static void choices(Paragraph p, int[] labels, int[] firstPass, int[] gold, Featurizer.Context c, int bits,
      List<Choice> choices, List<Integer> right) {
    Token[] t = p.tokens();
    List<Assembler.Chunk> goldChunks = Assembler.chunks(gold);
    for (Assembler.Chunk ch : Assembler.chunks(labels)) {
      if (ch.type() != Labels.CONTENT && ch.type() != Labels.CUE && ch.type() != Labels.SOURCE) {
        continue;
      }
      Assembler.Chunk best = null;
      int bestOverlap = 0;
      for (Assembler.Chunk g : goldChunks) {
        if (g.type() != ch.type()) {
          continue;
        }
        int overlap = 0;
        for (int i = Math.max(g.first(), ch.first()); i <= Math.min(g.last(), ch.last()); i++) {
          overlap += t[i].word() ? 1 : 0;
        }
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = g;
        }
      }
      if (best == null) {
        continue;
      }
      for (int side = START; side <= END; side++) {
        Choice choice = choice(t, labels, firstPass, c, ch.first(), ch.last(), side, bits);
        if (choice == null) {
          continue;
        }
        int target = side == START ? best.first() : best.last();
        while (side == START && target < best.last() && !t[target].word()) {
          target++;
        }
        while (side == END && target > best.first() && !t[target].word()) {
          target--;
        }
        for (int k = 0; k < choice.candidates().length; k++) {
          if (choice.candidates()[k] == target) {
            choices.add(choice);
            right.add(k);
          }
        }
      }
    }
  }

  /**
   * Trains the weights with the averaged ranking perceptron over choices whose right candidate is
   * known, contents and cues apart (their templates differ, so the two tables are added into one).
   */
  static BoundaryReranker train(List<Choice> choices, List<Integer> gold, int bits, int epochs, long seed,
      float contentMargin, float cueMargin, float sourceMargin) {
    float[] w = new float[1 << bits];
    for (int type : new int[] {Labels.CONTENT, Labels.CUE, Labels.SOURCE}) {
      List<Choice> cs = new ArrayList<>();
      List<Integer> gs = new ArrayList<>();
      for (int i = 0; i < choices.size(); i++) {
        if (choices.get(i).type() == type) {
          cs.add(choices.get(i));
          gs.add(gold.get(i));
        }
      }
      float[] part = perceptron(cs, gs, bits, epochs, seed);
      for (int i = 0; i < w.length; i++) {
        w[i] += part[i];
      }
    }
    return new BoundaryReranker(bits, w, contentMargin, cueMargin, sourceMargin);
  }

  private static float[] perceptron(List<Choice> choices, List<Integer> gold, int bits, int epochs, long seed) {
    float[] w = new float[1 << bits];
    float[] wu = new float[w.length];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      order.add(i);
    }
    java.util.Random random = new java.util.Random(seed);
    long c = 1;
    BoundaryReranker r = new BoundaryReranker(bits, w, 0, 0, 0);
    for (int epoch = 0; epoch < epochs; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (int idx : order) {
        Choice ch = choices.get(idx);
        int g = gold.get(idx);
        int best = r.pick(ch);
        if (best != g) {
          for (int x : ch.features()[g]) {
            w[x] += 1;
            wu[x] += c;
          }
          for (int x : ch.features()[best]) {
            w[x] -= 1;
            wu[x] -= c;
          }
        }
        c++;
      }
    }
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - wu[i] / (double) c);
    }
    return avg;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(bits);
    out.writeFloat(contentMargin);
    out.writeFloat(cueMargin);
    out.writeFloat(sourceMargin);
    SequenceModel.writeWeights(out, weights);
  }

  static BoundaryReranker read(DataInputStream in, String name) throws IOException {
    int bits = in.readInt();
    if (bits < 8 || bits > 24) {
      throw new IOException(name + ": boundary reranker has " + bits + " hash bits, expected 8 to 24");
    }
    float contentMargin = in.readFloat();
    float cueMargin = in.readFloat();
    float sourceMargin = in.readFloat();
    return new BoundaryReranker(bits, SequenceModel.readWeights(in, name, 1 << bits), contentMargin, cueMargin,
        sourceMargin);
  }
}
