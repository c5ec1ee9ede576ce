package org.quotetrace.quote;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned speaker ranker: for each quote, every candidate mention around it (names, pronouns,
 * descriptions, documents such as "the survey", a relative "who") is scored by a linear model over
 * hashed features, and the best one is the speaker. Trained as a conditional logit (a softmax over
 * one quote's candidates), so a candidate is judged against its rivals rather than in isolation.
 *
 * <p>Besides the weights the model holds two word lists learned from the training data, which
 * the candidate generator and the features read: how often a word heads an annotated source
 * ("survey", "spokesman") and how often it lies in an annotated cue ("said", "implored").
 *
 * <p>Immutable once built; safe to share across threads.
 */
public final class SpeakerModel {
  private static final int MAGIC = 0x51545350; // "QTSP"
  private static final int VERSION = 2;
  /** Where the model trained on PolNeAR train ships inside the jar. */
  public static final String RESOURCE = "speakers.bin";

  private final Map<String, float[]> heads;
  private final Map<String, Float> cues;
  private final Map<String, Float> lower;
  /** The lexicons as the ranker reads them, once for every word of every candidate. */
  private final Lexicon.WordMap<float[]> headWords;
  private final Lexicon.WordMap<Float> cueWords;
  private final Lexicon.WordMap<Float> lowerWords;
  private final LongFloatMap weights;
  /**
   * The weights of the feature templates whose parts come from short fixed lists, by template and
   * index, filled by {@link SpeakerFeatures} on first use: an array read instead of a hash and a
   * look-up in the large weight table. Derived from {@code weights}, so a benign race.
   */
  volatile float[][] templateWeights;

  /**
   * {@link SpeakerFeatures}' bound of what the features its pruning leaves out can add, found from
   * {@link #templateWeights} on first use (NaN until then), where every document found it again
   * (JFR: 1 % of quotes' CPU). Derived from the weights, so a benign race.
   */
  volatile double restBound = Double.NaN;

  private SpeakerModel(Lexicons lex, LongFloatMap weights) {
    this.heads = lex.heads();
    this.cues = lex.cues();
    this.lower = lex.lower();
    this.headWords = new Lexicon.WordMap<>(heads);
    this.cueWords = new Lexicon.WordMap<>(cues);
    this.lowerWords = new Lexicon.WordMap<>(lower);
    this.weights = weights;
    int bits = Math.max(16, 64 - Long.numberOfLeadingZeros(Math.max(1, weights.size()) * 16L - 1));
    this.presentShift = 64 - bits;
    this.present = new long[1 << (bits - 6)];
    float[] max = {0f};
    weights.forEach((key, value) -> {
      int slot = (int) (key >>> presentShift);
      present[slot >>> 6] |= 1L << slot;
      max[0] = Math.max(max[0], value);
    });
    this.maxWeight = max[0];
  }

  private final float maxWeight;

  /** The largest weight of any feature, or 0 when none is above: a feature it lacks weighs 0. */
  float maxWeight() {
    return maxWeight;
  }

  /**
   * One bit per slot of the top bits of a feature's hash, set for every feature the model has: most
   * features looked up (rare head words, word pairs, gap shapes) have no weight, and this array,
   * about sixteen bits per weight, answers so from the processor's cache where the weight table,
   * megabytes of it, misses. A clear bit means weight 0, what the table would say.
   */
  private final long[] present;
  private final int presentShift;

  /** The weight of one feature, as {@link #weight}, asking the table only when the bit is set. */
  private float weightFiltered(long feature) {
    int slot = (int) (feature >>> presentShift);
    if ((present[slot >>> 6] & 1L << slot) == 0) {
      return 0f;
    }
    return weights.get(feature);
  }

  /**
   * The words learned from annotated attributions: for each head word, how many times it headed a
   * source and how many times it occurs at all; for each cue word, the share of its occurrences
   * that lie in a cue; for each word, the share of its occurrences inside a sentence that are in
   * lower case ("each" nearly always, "Clinton" never), which tells a capitalised sentence opener
   * from a name.
   */
  public record Lexicons(Map<String, float[]> heads, Map<String, Float> cues, Map<String, Float> lower) {
    public Lexicons {
      heads = Map.copyOf(heads);
      cues = Map.copyOf(cues);
      lower = Map.copyOf(lower);
    }
  }

  /**
   * One speech quote's candidate speakers, as training reads them: each candidate's mention, its
   * resolved name (or null) and its features.
   */
  public record Choice(org.quotetrace.text.Span quote, List<Mention> mentions, List<String> names,
      long[][] features) {}

  /** One quote's candidates, as training reads them: features of each, and which are right. */
  public record Group(long[][] features, boolean[] right) {}

  /** How training runs; the defaults were chosen by 5-fold cross-validation on PolNeAR train. */
  public record Params(int epochs, double rate, double l2, long seed) {
    public static final Params DEFAULTS = new Params(12, 0.05, 1e-6, 13);
  }

  /** A model with no weights, for collecting training features with the given lexicons. */
  public static SpeakerModel untrained(Lexicons lexicons) {
    return new SpeakerModel(lexicons, new LongFloatMap(16));
  }

  public Lexicons lexicons() {
    return new Lexicons(heads, cues, lower);
  }

  /** The rate at which {@code word} heads an annotated source, 0 when it never did. */
  float headRate(String word) {
    float[] c = headWords.get(word);
    return c == null ? 0f : c[0] / Math.max(c[1], c[0]);
  }

  /** The share of the in-sentence occurrences of {@code word} in lower case; -1 when unseen. */
  float lowerShare(String word) {
    Float r = lowerWords.get(word);
    return r == null ? -1f : r;
  }

  boolean isHead(String word) {
    return headWords.get(word) != null;
  }

  /** The share of the occurrences of {@code word} that lie in an annotated cue, 0 if none. */
  float cueRate(String word) {
    Float r = cueWords.get(word);
    return r == null ? 0f : r;
  }

  double score(long[] features) {
    return score(features, features.length);
  }

  double score(long[] features, int count) {
    double s = 0;
    for (int i = 0; i < count; i++) {
      s += weights.get(features[i]);
    }
    return s;
  }

  public int size() {
    return weights.size();
  }

  /** Trains the weights on {@code groups}; groups with no right candidate teach nothing. */
  public static SpeakerModel train(Lexicons lexicons, List<Group> groups, Params params) {
    Map<Long, Integer> index = new HashMap<>();
    List<int[][]> data = new ArrayList<>();
    List<boolean[]> labels = new ArrayList<>();
    for (Group g : groups) {
      boolean any = false;
      for (boolean r : g.right()) {
        any |= r;
      }
      if (!any || g.features().length < 2) {
        continue;
      }
      int[][] rows = new int[g.features().length][];
      for (int c = 0; c < rows.length; c++) {
        long[] f = g.features()[c];
        rows[c] = new int[f.length];
        for (int k = 0; k < f.length; k++) {
          rows[c][k] = index.computeIfAbsent(f[k], x -> index.size());
        }
      }
      data.add(rows);
      labels.add(g.right());
    }
    int dim = index.size();
    double[] w = new double[dim];
    double[] g2 = new double[dim];
    Integer[] order = new Integer[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(params.seed());
    for (int epoch = 0; epoch < params.epochs(); epoch++) {
      java.util.Collections.shuffle(Arrays.asList(order), random);
      for (int gi : order) {
        int[][] rows = data.get(gi);
        boolean[] right = labels.get(gi);
        double[] p = new double[rows.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < rows.length; c++) {
          double s = 0;
          for (int f : rows[c]) {
            s += w[f];
          }
          p[c] = s;
          max = Math.max(max, s);
        }
        double z = 0;
        double zRight = 0;
        for (int c = 0; c < rows.length; c++) {
          p[c] = Math.exp(p[c] - max);
          z += p[c];
          if (right[c]) {
            zRight += p[c];
          }
        }
        for (int c = 0; c < rows.length; c++) {
          // The gradient of -log(sum of the right candidates' probabilities).
          double grad = p[c] / z - (right[c] ? p[c] / zRight : 0);
          if (Math.abs(grad) < 1e-6) {
            continue;
          }
          for (int f : rows[c]) {
            double gf = grad + params.l2() * w[f];
            g2[f] += gf * gf;
            w[f] -= params.rate() * gf / Math.sqrt(g2[f] + 1e-8);
          }
        }
      }
    }
    LongFloatMap weights = new LongFloatMap(dim + 16);
    for (Map.Entry<Long, Integer> e : index.entrySet()) {
      double v = w[e.getValue()];
      if (Math.abs(v) > 1e-4) {
        weights.put(e.getKey(), (float) v);
      }
    }
    return new SpeakerModel(lexicons, weights);
  }

  // ---------------------------------------------------------------- persistence

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(zip);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(heads.size());
    for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(heads).entrySet()) {
      d.writeUTF(e.getKey());
      d.writeFloat(e.getValue()[0]);
      d.writeFloat(e.getValue()[1]);
    }
    d.writeInt(cues.size());
    for (Map.Entry<String, Float> e : new java.util.TreeMap<>(cues).entrySet()) {
      d.writeUTF(e.getKey());
      d.writeFloat(e.getValue());
    }
    d.writeInt(lower.size());
    for (Map.Entry<String, Float> e : new java.util.TreeMap<>(lower).entrySet()) {
      d.writeUTF(e.getKey());
      d.writeFloat(e.getValue());
    }
    d.writeInt(weights.size());
    weights.forEach((k, v) -> {
      try {
        d.writeLong(k);
        d.writeFloat(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    d.flush();
    zip.finish();
  }

  /** Reads a model written by {@link #write}; {@code name} is for the error message. */
  public static SpeakerModel read(InputStream in, String name) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    int magic = d.readInt();
    int version = d.readInt();
    if (magic != MAGIC || version != VERSION) {
      throw new IOException(name + ": not a quotetrace speaker model of version " + VERSION);
    }
    Map<String, float[]> heads = new HashMap<>();
    for (int i = d.readInt(); i > 0; i--) {
      heads.put(d.readUTF(), new float[] {d.readFloat(), d.readFloat()});
    }
    Map<String, Float> cues = new HashMap<>();
    for (int i = d.readInt(); i > 0; i--) {
      cues.put(d.readUTF(), d.readFloat());
    }
    Map<String, Float> lower = new HashMap<>();
    for (int i = d.readInt(); i > 0; i--) {
      lower.put(d.readUTF(), d.readFloat());
    }
    int size = d.readInt();
    LongFloatMap weights = new LongFloatMap(size + 16);
    for (int i = 0; i < size; i++) {
      weights.put(d.readLong(), d.readFloat());
    }
    return new SpeakerModel(new Lexicons(heads, cues, lower), weights);
  }

  private static volatile SpeakerModel shipped;

  /** The model that ships in the jar, trained on PolNeAR train. */
  public static SpeakerModel shipped() {
    SpeakerModel m = shipped;
    if (m == null) {
      synchronized (SpeakerModel.class) {
        m = shipped;
        if (m == null) {
          try (InputStream in = SpeakerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + RESOURCE);
            }
            m = read(in, RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shipped = m;
        }
      }
    }
    return m;
  }

  // ---------------------------------------------------------------- feature hashing

  /**
   * A 64-bit hash of a feature's parts, so that no feature string is ever built: each part's
   * {@link String#hashCode} (cached in the string) is folded in with a multiply-xorshift step,
   * and the position of a part changes its effect, so ("ab", "c") and ("a", "bc") differ.
   */
  static long hash(String a) {
    return step(SEED, a);
  }

  /** The hash of no parts yet, which {@link #extend} grows one part at a time. */
  static final long SEED = 0x2545F4914F6CDD1DL;

  /** {@code h} with one more part: {@code hash(a, b)} is {@code extend(extend(SEED, a), b)}. */
  static long extend(long h, String part) {
    return step(h, part);
  }

  /**
   * {@code h} with one more part given by its {@link String#hashCode} and length, so that a part
   * made of pieces (the shape of a gap) need not be built as a string to be hashed.
   */
  static long extend(long h, int partHash, int partLength) {
    h = (h ^ (partHash & 0xffffffffL) ^ ((long) partLength << 32)) * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  /** The weight of one feature, 0 when the model has none. */
  float weight(long feature) {
    return weights.get(feature);
  }

  /**
   * This thread's cache of the weights it read last. The features of the open-ended templates
   * (gap shapes, head words, cue words) recur from quote to quote and document to document, and a
   * read of the large weight table misses the processor's caches more often than not.
   */
  WeightCache cache() {
    return caches.get();
  }

  private final ThreadLocal<WeightCache> caches = ThreadLocal.withInitial(() -> new WeightCache(this));

  /**
   * A direct-mapped cache of weights by feature hash: each slot keeps the last feature whose hash
   * fell there and its weight. It holds the weights themselves, so the scores are the same. 32,768
   * slots (384 KB a thread): a pass over PolNeAR train reads the weight table 29,547 times, where
   * 4,096 slots read it 66,630 times (word pairs such as "pv2" recur across documents, further
   * apart than a small cache keeps them).
   */
  static final class WeightCache {
    private static final int SLOTS = 1 << 15;
    private final SpeakerModel model;
    private final long[] keys = new long[SLOTS];
    private final float[] values = new float[SLOTS];

    WeightCache(SpeakerModel model) {
      this.model = model;
    }

    /**
     * Per character before a quote (a mark, or 'w' for a word), the weights of the ranker's "qb"
     * features, by direction and distance, NaN where not read yet: a few characters stand before
     * every quote, whose eighteen weights each quote looked up again (JFR: 2.5 % of quotes' CPU).
     */
    private final float[][] qbAscii = new float[128][];
    private final Map<Character, float[]> qbOther = new HashMap<>();

    /** The templates {@link #partWeights} keeps: the word after a candidate, the mark after it, the word before. */
    static final int NX = 0;
    static final int NXP = 1;
    static final int PV = 2;
    private final float[][][] parts = new float[3][128][];

    /**
     * The weights of the ranker's feature {@code name} (template {@code template}) of the
     * one-character part {@code c} with "B" and with "A": word classes and marks, a dozen of them,
     * asked for by every candidate's head, whose hashes missed this cache's arrays more often than
     * not.
     */
    float[] partWeights(int template, String name, char c) {
      float[] w = parts[template][c];
      if (w == null) {
        long h = hash(name, String.valueOf(c));
        w = new float[] {weight(extend(h, "B")), weight(extend(h, "A"))};
        parts[template][c] = w;
      }
      return w;
    }

    float[] qbWeights(char before, int size) {
      float[] w = before < 128 ? qbAscii[before] : qbOther.get(before);
      if (w == null) {
        w = new float[size];
        Arrays.fill(w, Float.NaN);
        if (before < 128) {
          qbAscii[before] = w;
        } else {
          qbOther.put(before, w);
        }
      }
      return w;
    }

    float weight(long feature) {
      int i = (int) feature & (SLOTS - 1);
      if (keys[i] == feature && feature != 0) {
        return values[i];
      }
      float w = model.weightFiltered(feature);
      keys[i] = feature;
      values[i] = w;
      return w;
    }
  }

  static long hash(String a, String b) {
    return step(step(SEED, a), b);
  }

  static long hash(String a, String b, String c) {
    return step(step(step(SEED, a), b), c);
  }

  static long hash(String a, String b, String c, String d) {
    return step(step(step(step(SEED, a), b), c), d);
  }

  private static long step(long h, String s) {
    return extend(h, s.hashCode(), s.length());
  }

  /**
   * An open-addressing map from feature hash to weight; absent keys weigh 0. Key and weight sit
   * side by side in one array, so that a lookup, which misses the cache more often than not in a
   * table this size, costs one memory access rather than three. Key 0 marks an empty slot.
   */
  static final class LongFloatMap {
    private long[] slots;
    private int size;
    private boolean hasZero;
    private float zeroValue;

    LongFloatMap(int capacity) {
      int cap = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
      slots = new long[cap * 2];
    }

    int size() {
      return size + (hasZero ? 1 : 0);
    }

    float get(long key) {
      if (key == 0) {
        return hasZero ? zeroValue : 0f;
      }
      long[] t = slots;
      int mask = (t.length >> 1) - 1;
      int i = (int) (spread(key) & mask);
      while (true) {
        long k = t[2 * i];
        if (k == key) {
          return Float.intBitsToFloat((int) t[2 * i + 1]);
        }
        if (k == 0) {
          return 0f;
        }
        i = (i + 1) & mask;
      }
    }

    void put(long key, float value) {
      if (key == 0) {
        hasZero = true;
        zeroValue = value;
        return;
      }
      if ((size + 1) * 2 > slots.length >> 1) {
        grow();
      }
      int mask = (slots.length >> 1) - 1;
      int i = (int) (spread(key) & mask);
      while (slots[2 * i] != 0) {
        if (slots[2 * i] == key) {
          slots[2 * i + 1] = Float.floatToRawIntBits(value);
          return;
        }
        i = (i + 1) & mask;
      }
      slots[2 * i] = key;
      slots[2 * i + 1] = Float.floatToRawIntBits(value);
      size++;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = 0;
      for (int i = 0; i < old.length; i += 2) {
        if (old[i] != 0) {
          put(old[i], Float.intBitsToFloat((int) old[i + 1]));
        }
      }
    }

    interface Visitor {
      void visit(long key, float value);
    }

    void forEach(Visitor v) {
      if (hasZero) {
        v.visit(0, zeroValue);
      }
      for (int i = 0; i < slots.length; i += 2) {
        if (slots[i] != 0) {
          v.visit(slots[i], Float.intBitsToFloat((int) slots[i + 1]));
        }
      }
    }

    private static long spread(long key) {
      key ^= key >>> 33;
      key *= 0xff51afd7ed558ccdL;
      key ^= key >>> 33;
      return key;
    }
  }
}
