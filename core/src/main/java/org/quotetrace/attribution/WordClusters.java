package org.quotetrace.attribution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Distributional word classes learned from unlabelled text at training time: words that occur
 * between the same neighbours ("insisted", "argued"; "Tuesday", "Friday") share a class, so the
 * model can generalise from a word seen inside a span in training to one seen only in plain text.
 * Each word gets a fine class and, by clustering the fine classes' centres again, a coarse one.
 *
 * <p>A word is represented by its left and right neighbours (positive pointwise mutual
 * information over the most frequent context words), and the classes are spherical k-means
 * clusters of these vectors. Brown clustering is the usual choice; k-means over contexts is
 * shorter to write, deterministic with a fixed seed, and takes seconds on a few million tokens.
 */
final class WordClusters {
  /** The class of a word not seen often enough in the unlabelled text. */
  static final int UNKNOWN = 0;
  static final WordClusters NONE = new WordClusters(Map.of());

  /** Lower-case word → fine class (1 …) * 256 + coarse class (1 …). */
  private final Map<String, Integer> classes;
  /**
   * By fine class, how often its words lie inside cue spans in the training data, as a bucket
   * 0 … 4: a cue lexicon over classes, for cue words too rare in training to enter the word lexicon.
   */
  private final byte[] cueRate;

  WordClusters(Map<String, Integer> classes) {
    this(classes, new byte[0]);
  }

  WordClusters(Map<String, Integer> classes, byte[] cueRate) {
    this.classes = classes;
    this.cueRate = cueRate;
  }

  /** The cue-rate bucket of a fine class (0 … 4), 0 when unknown. */
  int cueRate(int fine) {
    return fine < cueRate.length ? cueRate[fine] : 0;
  }

  /** These classes with the cue rate of each fine class: {@code counts[c] = {tokens, tokens in a cue}}. */
  WordClusters withCueRates(int[][] counts) {
    byte[] rate = new byte[counts.length];
    for (int c = 1; c < counts.length; c++) {
      int n = counts[c][0];
      double r = n < 20 ? 0 : counts[c][1] / (double) n;
      rate[c] = (byte) (n < 20 ? 0 : r < 0.01 ? 1 : r < 0.05 ? 2 : r < 0.2 ? 3 : 4);
    }
    return new WordClusters(classes, rate);
  }

  /** One more than the largest fine class. */
  int fineClasses() {
    int max = 0;
    for (int c : classes.values()) {
      max = Math.max(max, c >>> 8);
    }
    return max + 1;
  }

  /** Both classes of a token in one lookup: fine * 256 + coarse, 0 when it has none. */
  int classes(Token t) {
    Integer c = classes.get(t.lower());
    return c == null ? 0 : c;
  }

  /** The fine class of a token, UNKNOWN when it has none. */
  int fine(Token t) {
    Integer c = classes.get(t.lower());
    return c == null ? UNKNOWN : c >>> 8;
  }

  /** The coarse class of a token, UNKNOWN when it has none. */
  int coarse(Token t) {
    Integer c = classes.get(t.lower());
    return c == null ? UNKNOWN : c & 0xFF;
  }

  int size() {
    return classes.size();
  }

  /**
   * Clusters the words of the texts that occur at least {@code minCount} times.
   *
   * @param fine number of fine classes
   * @param coarse number of coarse classes (at most 255)
   */
  static WordClusters build(List<String> texts, int minCount, int fine, int coarse, int contexts, long seed) {
    Map<String, Integer> freq = new HashMap<>();
    List<String[]> sequences = new ArrayList<>();
    for (String text : texts) {
      for (Paragraph p : Paragraph.of(text)) {
        Token[] t = p.tokens();
        String[] s = new String[t.length];
        for (int i = 0; i < t.length; i++) {
          s[i] = t[i].lower();
          freq.merge(s[i], 1, Integer::sum);
        }
        sequences.add(s);
      }
    }
    List<String> byFreq = new ArrayList<>(freq.keySet());
    byFreq.sort((a, b) -> freq.get(b) - freq.get(a) != 0 ? freq.get(b) - freq.get(a) : a.compareTo(b));
    Map<String, Integer> context = new HashMap<>();
    for (int i = 0; i < Math.min(contexts, byFreq.size()); i++) {
      context.put(byFreq.get(i), i);
    }
    Map<String, Integer> vocab = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (String w : byFreq) {
      if (freq.get(w) >= minCount && Character.isLetterOrDigit(w.charAt(0))) {
        vocab.put(w, words.size());
        words.add(w);
      }
    }
    int v = words.size();
    if (v < 2) {
      return NONE;
    }
    int dims = 2 * contexts + 2; // left and right neighbour, and a paragraph edge on each side
    List<Map<Integer, Integer>> counts = new ArrayList<>();
    for (int i = 0; i < v; i++) {
      counts.add(new HashMap<>());
    }
    double[] dimTotal = new double[dims];
    double total = 0;
    for (String[] s : sequences) {
      for (int i = 0; i < s.length; i++) {
        Integer w = vocab.get(s[i]);
        if (w == null) {
          continue;
        }
        Integer left = i > 0 ? context.get(s[i - 1]) : Integer.valueOf(contexts);
        Integer right = i + 1 < s.length ? context.get(s[i + 1]) : Integer.valueOf(contexts);
        if (left != null) {
          counts.get(w).merge(left, 1, Integer::sum);
          dimTotal[left]++;
          total++;
        }
        if (right != null) {
          int d = contexts + 1 + right;
          counts.get(w).merge(d, 1, Integer::sum);
          dimTotal[d]++;
          total++;
        }
      }
    }
    int[][] idx = new int[v][];
    float[][] val = new float[v][];
    for (int w = 0; w < v; w++) {
      Map<Integer, Integer> c = new TreeMap<>(counts.get(w));
      double wTotal = 0;
      for (int n : c.values()) {
        wTotal += n;
      }
      List<int[]> keep = new ArrayList<>();
      List<Float> vals = new ArrayList<>();
      double norm = 0;
      for (Map.Entry<Integer, Integer> e : c.entrySet()) {
        double pmi = Math.log(e.getValue() * total / (wTotal * dimTotal[e.getKey()]));
        if (pmi > 0) {
          keep.add(new int[] {e.getKey()});
          vals.add((float) pmi);
          norm += pmi * pmi;
        }
      }
      idx[w] = new int[keep.size()];
      val[w] = new float[keep.size()];
      for (int k = 0; k < keep.size(); k++) {
        idx[w][k] = keep.get(k)[0];
        val[w][k] = (float) (vals.get(k) / Math.sqrt(Math.max(norm, 1e-12)));
      }
    }
    int[] fineOf = kmeans(idx, val, dims, Math.min(fine, v), seed);
    // Coarse classes: the fine centres, clustered again, each weighted once.
    int kf = Math.min(fine, v);
    float[][] centre = centres(idx, val, fineOf, kf, dims);
    int[][] cIdx = new int[kf][];
    float[][] cVal = new float[kf][];
    for (int c = 0; c < kf; c++) {
      int nz = 0;
      for (float x : centre[c]) {
        nz += x != 0f ? 1 : 0;
      }
      cIdx[c] = new int[nz];
      cVal[c] = new float[nz];
      int k = 0;
      for (int d = 0; d < dims; d++) {
        if (centre[c][d] != 0f) {
          cIdx[c][k] = d;
          cVal[c][k++] = centre[c][d];
        }
      }
    }
    int[] coarseOf = kmeans(cIdx, cVal, dims, Math.min(coarse, kf), seed + 1);
    Map<String, Integer> out = new HashMap<>();
    for (int w = 0; w < v; w++) {
      out.put(words.get(w), (fineOf[w] + 1) << 8 | coarseOf[fineOf[w]] + 1);
    }
    return new WordClusters(out);
  }

  /** Spherical k-means over unit sparse vectors, seeded by k-means++; returns each vector's cluster. */
  private static int[] kmeans(int[][] idx, float[][] val, int dims, int k, long seed) {
    int n = idx.length;
    Random random = new Random(seed);
    float[][] centre = new float[k][dims];
    double[] dist = new double[n];
    Arrays.fill(dist, Double.MAX_VALUE);
    int first = random.nextInt(n);
    for (int c = 0; c < k; c++) {
      int pick = first;
      if (c > 0) {
        double sum = 0;
        for (double d : dist) {
          sum += d;
        }
        double r = random.nextDouble() * sum;
        for (int i = 0; i < n; i++) {
          r -= dist[i];
          if (r <= 0) {
            pick = i;
            break;
          }
        }
      }
      for (int j = 0; j < idx[pick].length; j++) {
        centre[c][idx[pick][j]] = val[pick][j];
      }
      for (int i = 0; i < n; i++) {
        double d = 1 - dot(idx[i], val[i], centre[c]);
        dist[i] = Math.min(dist[i], Math.max(d, 0));
      }
    }
    int[] assign = new int[n];
    Arrays.fill(assign, -1);
    for (int iter = 0; iter < 20; iter++) {
      int changed = 0;
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double d = dot(idx[i], val[i], centre[c]);
          if (d > bestDot) {
            bestDot = d;
            best = c;
          }
        }
        if (assign[i] != best) {
          assign[i] = best;
          changed++;
        }
      }
      if (changed == 0) {
        break;
      }
      float[][] next = centres(idx, val, assign, k, dims);
      for (int c = 0; c < k; c++) {
        boolean empty = true;
        for (float x : next[c]) {
          if (x != 0f) {
            empty = false;
            break;
          }
        }
        if (!empty) {
          centre[c] = next[c];
        }
      }
    }
    return assign;
  }

  /** The unit-length mean of each cluster's vectors. */
  private static float[][] centres(int[][] idx, float[][] val, int[] assign, int k, int dims) {
    float[][] centre = new float[k][dims];
    for (int i = 0; i < idx.length; i++) {
      for (int j = 0; j < idx[i].length; j++) {
        centre[assign[i]][idx[i][j]] += val[i][j];
      }
    }
    for (float[] c : centre) {
      double norm = 0;
      for (float x : c) {
        norm += x * x;
      }
      if (norm > 0) {
        float s = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < c.length; d++) {
          c[d] *= s;
        }
      }
    }
    return centre;
  }

  private static double dot(int[] idx, float[] val, float[] centre) {
    double s = 0;
    for (int j = 0; j < idx.length; j++) {
      s += val[j] * centre[idx[j]];
    }
    return s;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(classes.size());
    for (Map.Entry<String, Integer> e : new TreeMap<>(classes).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue());
    }
    out.writeInt(cueRate.length);
    out.write(cueRate);
  }

  static WordClusters read(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("malformed attribution model: negative word class count " + n);
    }
    Map<String, Integer> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String k = in.readUTF();
      m.put(k, in.readInt());
    }
    int rates = in.readInt();
    if (rates < 0 || rates > 1 << 16) {
      throw new IOException("malformed attribution model: " + rates + " word class cue rates");
    }
    byte[] rate = new byte[rates];
    in.readFully(rate);
    return new WordClusters(m, rate);
  }
}
