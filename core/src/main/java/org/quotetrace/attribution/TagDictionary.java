package org.quotetrace.attribution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part-of-speech class of each word, read from a dictionary built once at training time by
 * OpenNLP's tagger over the training texts. Tagging at run time would cost five times the whole
 * speed budget of {@code quotes} (0.19 MB/s measured for the tagger alone); a lookup costs a
 * hash probe, and the class still lets the model generalise from "said" to "insisted" and from
 * "Trump" to any other subject.
 *
 * <p>A class is the word's most frequent tag, with its second tag when that has at least a fifth
 * of the word's occurrences ("VERB/NOUN"). Words missing from the dictionary take the class of
 * their last three letters, learned from the rarer words.
 */
final class TagDictionary {
  /** Universal Dependencies tags, as OpenNLP's English model writes them. */
  static final List<String> TAGS = List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
      "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
  /** The class of a word that neither the dictionary nor the suffix table knows. */
  static final int UNKNOWN = 0;

  private final Map<String, Integer> words;
  private final Map<String, Integer> suffixes;

  TagDictionary(Map<String, Integer> words, Map<String, Integer> suffixes) {
    this.words = words;
    this.suffixes = suffixes;
  }

  /** The class of a lower-case token: 1 + first tag * 18 + (second tag + 1 or 0); 0 unknown. */
  int classOf(Token t) {
    Integer c = words.get(t.lower());
    if (c != null) {
      return c;
    }
    if (!t.word()) {
      return UNKNOWN;
    }
    String s = t.lower();
    c = suffixes.get(s.length() <= 3 ? s : s.substring(s.length() - 3));
    return c == null ? UNKNOWN : c;
  }

  /** Each listed word and its class. */
  void forEachWord(java.util.function.BiConsumer<String, Integer> action) {
    words.forEach(action);
  }

  /** The class of a token the word list lacks: by its last three letters, if it is a word. */
  int classOfUnlisted(Token t) {
    if (!t.word()) {
      return UNKNOWN;
    }
    String s = t.lower();
    Integer c = suffixes.get(s.length() <= 3 ? s : s.substring(s.length() - 3));
    return c == null ? UNKNOWN : c;
  }

  /** The first (most frequent) tag of a class, or -1 for the unknown class. */
  static int firstTag(int cls) {
    return cls == UNKNOWN ? -1 : (cls - 1) / 18;
  }

  /** Tags the texts' paragraphs sentence by sentence and counts each word's tags. */
  static TagDictionary build(List<String> texts) {
    opennlp.tools.postag.POSTaggerME tagger = new opennlp.tools.postag.POSTaggerME(loadModel());
    Map<String, int[]> counts = new HashMap<>();
    for (String text : texts) {
      for (Paragraph p : Paragraph.of(text)) {
        Token[] t = p.tokens();
        int[] sentence = Featurizer.sentences(t);
        int from = 0;
        for (int i = 1; i <= t.length; i++) {
          if (i == t.length || sentence[i] != sentence[from]) {
            String[] words = new String[i - from];
            for (int k = from; k < i; k++) {
              words[k - from] = text.substring(t[k].start(), t[k].end());
            }
            String[] tags = tagger.tag(words);
            for (int k = from; k < i; k++) {
              int tag = TAGS.indexOf(tags[k - from]);
              if (tag >= 0) {
                counts.computeIfAbsent(t[k].lower(), x -> new int[TAGS.size()])[tag]++;
              }
            }
            from = i;
          }
        }
      }
    }
    Map<String, Integer> words = new HashMap<>();
    Map<String, int[]> suffixCounts = new HashMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] n = e.getValue();
      words.put(e.getKey(), classOf(n));
      String w = e.getKey();
      int total = 0;
      for (int x : n) {
        total += x;
      }
      if (total <= 3 && Character.isLetter(w.charAt(0))) {
        int[] s = suffixCounts.computeIfAbsent(w.length() <= 3 ? w : w.substring(w.length() - 3),
            x -> new int[TAGS.size()]);
        for (int k = 0; k < n.length; k++) {
          s[k] += n[k];
        }
      }
    }
    Map<String, Integer> suffixes = new HashMap<>();
    for (Map.Entry<String, int[]> e : suffixCounts.entrySet()) {
      suffixes.put(e.getKey(), classOf(e.getValue()));
    }
    return new TagDictionary(words, suffixes);
  }

  private static int classOf(int[] n) {
    int first = 0;
    int total = 0;
    for (int k = 0; k < n.length; k++) {
      total += n[k];
      if (n[k] > n[first]) {
        first = k;
      }
    }
    int second = -1;
    for (int k = 0; k < n.length; k++) {
      if (k != first && n[k] * 5 >= total && (second < 0 || n[k] > n[second])) {
        second = k;
      }
    }
    return 1 + first * 18 + second + 1;
  }

  private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static opennlp.tools.postag.POSModel loadModel() {
    // The model jar holds the file at its root, outside any package, so no module hides it.
    try (InputStream in = TagDictionary.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("no OpenNLP part-of-speech model on the class path at " + MODEL);
      }
      return new opennlp.tools.postag.POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(MODEL + ": " + e.getMessage(), e);
    }
  }

  void write(DataOutputStream out) throws IOException {
    writeMap(out, words);
    writeMap(out, suffixes);
  }

  static TagDictionary read(DataInputStream in) throws IOException {
    return new TagDictionary(readMap(in), readMap(in));
  }

  private static void writeMap(DataOutputStream out, Map<String, Integer> m) throws IOException {
    out.writeInt(m.size());
    for (Map.Entry<String, Integer> e : new TreeMap<>(m).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(e.getValue());
    }
  }

  private static Map<String, Integer> readMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("malformed attribution model: negative dictionary size " + n);
    }
    Map<String, Integer> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String k = in.readUTF();
      m.put(k, (int) in.readShort());
    }
    return m;
  }
}
