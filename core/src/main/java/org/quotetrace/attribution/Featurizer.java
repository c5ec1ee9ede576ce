package org.quotetrace.attribution;

import java.util.Map;
import java.util.Set;

/**
 * Turns the tokens of a paragraph into hashed feature ids. Hashing keeps the model a fixed size
 * and spares building a string per feature, which is what makes labelling fast.
 */
final class Featurizer {
  /** Marks a weak cue word in the lexicon. */
  static final String WEAK = "~";
  /** Marks a word family ({@link #family}) in the lexicon, strong or (then also {@link #WEAK}) weak. */
  static final String FAMILY = "=";

  private final Map<String, Integer> cueStrength = new java.util.HashMap<>();
  /** Cue strength of word families; empty for models trained without them. */
  private final Map<String, Integer> familyStrength = new java.util.HashMap<>();
  private final int mask;
  private final TagDictionary tags;
  private final WordClusters clusters;
  private final Lexnames lexnames;
  /** The dictionary's class, the lexicon's strength and the WordNet code of each known word. */
  private final WordTable known;

  Featurizer(Set<String> cueWords, TagDictionary tags, int bits) {
    this(cueWords, tags, WordClusters.NONE, bits);
  }

  Featurizer(Set<String> cueWords, TagDictionary tags, WordClusters clusters, int bits) {
    this(cueWords, tags, clusters, Lexnames.NONE, bits);
  }

  Featurizer(Set<String> cueWords, TagDictionary tags, WordClusters clusters, Lexnames lexnames, int bits) {
    this.tags = tags;
    this.clusters = clusters;
    this.lexnames = lexnames;
    for (String w : cueWords) {
      if (w.startsWith(FAMILY)) {
        String f = w.substring(FAMILY.length());
        if (f.startsWith(WEAK)) {
          familyStrength.put(f.substring(WEAK.length()), 1);
        } else {
          familyStrength.put(f, 2);
        }
      } else if (w.startsWith(WEAK)) {
        cueStrength.put(w.substring(WEAK.length()), 1);
      } else {
        cueStrength.put(w, 2);
      }
    }
    this.mask = (1 << bits) - 1;
    this.known = WordTable.of(tags, cueStrength, lexnames, familyStrength);
  }

  /** What a second pass reads of the first's analysis: each token's word hash, tag and sentence number. */
  record Context(int[] words, int[] tag, int[] sentence) {}

  /** A paragraph's features, and the analysis they were made from. */
  record Featurized(int[][] features, Context context) {}

  int[][] features(Paragraph p) {
    return featurize(p).features();
  }

  Featurized featurize(Paragraph p) {
    Token[] t = p.tokens();
    int n = t.length;
    int[] words = new int[n];
    int[] shapes = new int[n];
    boolean[] cue = new boolean[n];
    int[] strength = new int[n];
    int[] sentence = new int[n];
    int[] posInSentence = new int[n];
    long[] entry = new long[n];
    int s = 0;
    int pos = 0;
    for (int i = 0; i < n; i++) {
      words[i] = t[i].lower().hashCode();
      shapes[i] = shape(t[i]);
      entry[i] = known.get(t[i].lower());
      strength[i] = t[i].word() ? WordTable.cueStrength(entry[i]) : 0;
      cue[i] = strength[i] == 2;
      if (i > 0 && sentenceEnds(t, i)) {
        s++;
        pos = 0;
      }
      sentence[i] = s;
      posInSentence[i] = pos++;
    }
    int[] leftCue = nearestBefore(n, i -> cue[i]);
    int[] rightCue = nearestAfter(n, i -> cue[i]);
    int[] afterClose = new int[n];
    int since = 99;
    for (int i = 0; i < n; i++) {
      afterClose[i] = Math.min(since, 4);
      since = t[i].quote() == 3 ? 1 : since + 1;
    }
    boolean[] sentenceHasCue = new boolean[s + 1];
    for (int i = 0; i < n; i++) {
      if (cue[i]) {
        sentenceHasCue[sentence[i]] = true;
      }
    }
    int[] cls = new int[n];
    int[] tag = new int[n];
    for (int i = 0; i < n; i++) {
      cls[i] = (entry[i] & WordTable.HAS_CLASS) != 0 ? WordTable.tagClass(entry[i]) : tags.classOfUnlisted(t[i]);
      tag[i] = TagDictionary.firstTag(cls[i]) + 1;
    }
    boolean clustered = clusters.size() > 0;
    int[] fine = new int[n];
    int[] coarse = new int[n];
    int[] rate = new int[n];
    int[] leftClassCue = new int[n];
    if (clustered) {
      int lastClassCue = -1;
      for (int i = 0; i < n; i++) {
        int both = clusters.classes(t[i]);
        fine[i] = both >>> 8;
        coarse[i] = both & 0xFF;
        rate[i] = clusters.cueRate(fine[i]);
        leftClassCue[i] = lastClassCue;
        if (rate[i] >= 3) {
          lastClassCue = i;
        }
      }
    }
    boolean lexical = !lexnames.isEmpty();
    int[] lex = new int[n];
    int[] leftLexCue = new int[n];
    boolean[] sentenceHasLexCue = new boolean[s + 1];
    if (lexical) {
      int lastLexCue = -1;
      for (int i = 0; i < n; i++) {
        lex[i] = t[i].word() ? WordTable.lexCode(entry[i]) : 0;
        leftLexCue[i] = lastLexCue;
        if (lexCue(lex[i])) {
          lastLexCue = i;
          sentenceHasLexCue[sentence[i]] = true;
        }
      }
    }
    boolean families = !familyStrength.isEmpty();
    int[] fam = new int[n];
    int[] leftFamCue = new int[n];
    if (families) {
      int last = -1;
      for (int i = 0; i < n; i++) {
        fam[i] = !t[i].word() ? 0 : (entry[i] & WordTable.KNOWN) != 0 ? WordTable.familyStrength(entry[i])
            : familyStrength.getOrDefault(family(t[i].lower()), 0);
        leftFamCue[i] = last;
        if (fam[i] == 2 && strength[i] < 2) {
          last = i;
        }
      }
    }
    // What follows the nearest cue word on the left ("said that", "said,", "said:"), and whether a
    // clause boundary lies between it and this token within the sentence.
    int[] after = new int[n];
    int[] boundary = new int[n];
    for (int i = 0; i < n; i++) {
      int c = leftCue[i];
      if (c < 0 || c + 1 >= n) {
        continue;
      }
      Token a = t[c + 1];
      after[i] = a.lower().equals("that") ? 1 : a.lower().equals(",") ? 2 : a.lower().equals(":") ? 3
          : a.quote() == 2 ? 4 : 5 + tag[c + 1];
      if (i > c + 1) {
        Token b = t[i - 1];
        boolean cut = b.lower().equals(",") || b.lower().equals(":") || b.lower().equals("that") || b.quote() == 2;
        boundary[i] = sentence[c] != sentence[i] ? 3 : Math.min(2, boundary[i - 1] + (cut ? 1 : 0));
      }
    }
    int[] toEnd = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      toEnd[i] = i + 1 < n && sentence[i + 1] == sentence[i] ? toEnd[i + 1] + 1 : 0;
    }
    int[][] out = new int[n][];
    int[] f = new int[128];
    for (int i = 0; i < n; i++) {
      int k = 0;
      Token tok = t[i];
      int w = words[i];
      int wPrev = i > 0 ? words[i - 1] : 1;
      int wNext = i + 1 < n ? words[i + 1] : 2;
      int wPrev2 = i > 1 ? words[i - 2] : 1;
      int wNext2 = i + 2 < n ? words[i + 2] : 2;
      int q = tok.quote();
      int lc = leftCue[i] < 0 ? 0 : 1 + bucket(i - leftCue[i]) + (sentence[leftCue[i]] == sentence[i] ? 0 : 10);
      int rc = rightCue[i] < 0 ? 0 : 1 + bucket(rightCue[i] - i) + (sentence[rightCue[i]] == sentence[i] ? 0 : 10);
      f[k++] = h(1, 0);
      f[k++] = h(2, w);
      f[k++] = h(3, wPrev);
      f[k++] = h(4, wNext);
      f[k++] = h(5, wPrev2);
      f[k++] = h(6, wNext2);
      f[k++] = h(7, wPrev * 31 + w);
      f[k++] = h(8, w * 31 + wNext);
      f[k++] = h(9, shapes[i]);
      f[k++] = h(10, (i > 0 ? shapes[i - 1] : 7) * 131 + shapes[i]);
      f[k++] = h(11, shapes[i] * 131 + (i + 1 < n ? shapes[i + 1] : 7));
      f[k++] = h(12, suffix(tok.lower(), 3));
      f[k++] = h(13, suffix(tok.lower(), 2));
      f[k++] = h(14, q);
      f[k++] = h(15, q * 100 + shapes[i]);
      f[k++] = h(16, afterClose[i]);
      f[k++] = h(17, afterClose[i] * 1000 + (cue[i] ? 1 : 0));
      f[k++] = h(18, Math.min(posInSentence[i], 12));
      f[k++] = h(19, (i == 0 ? 1 : 0) + (posInSentence[i] == 0 ? 2 : 0));
      f[k++] = h(20, cue[i] ? 1 : 0);
      f[k++] = h(21, (cue[i] ? 1 : 0) * 10 + (i > 0 && cue[i - 1] ? 1 : 0) * 3 + (i + 1 < n && cue[i + 1] ? 1 : 0));
      f[k++] = h(22, lc);
      f[k++] = h(23, rc);
      f[k++] = h(24, lc * 100 + rc);
      f[k++] = h(25, lc * 10 + q);
      f[k++] = h(26, rc * 10 + q);
      f[k++] = h(27, lc * 31 + w);
      f[k++] = h(28, rc * 31 + w);
      f[k++] = h(29, (leftCue[i] >= 0 ? words[leftCue[i]] : 3) * 7 + Math.min(i - Math.max(leftCue[i], 0), 3));
      f[k++] = h(30, (rightCue[i] >= 0 ? words[rightCue[i]] : 3) * 7 + Math.min(rightCue[i] - i, 3));
      f[k++] = h(31, Math.min(sentence[i], 3) * 10 + Math.min(sentence[n - 1] - sentence[i], 3));
      f[k++] = h(32, (i > 0 ? t[i - 1].quote() : 5) * 10 + q);
      f[k++] = h(33, q * 10 + (i + 1 < n ? t[i + 1].quote() : 5));
      f[k++] = h(34, wPrev2 * 31 + wPrev);
      f[k++] = h(35, wNext * 31 + wNext2);
      f[k++] = h(36, Math.min(n - 1 - i, 4) * 10 + (i + 1 < n && sentence[i + 1] != sentence[i] ? 1 : 0));
      int sc = (sentenceHasCue[sentence[i]] ? 1 : 0)
          + (sentence[i] > 0 && sentenceHasCue[sentence[i] - 1] ? 2 : 0)
          + (sentence[i] < s && sentenceHasCue[sentence[i] + 1] ? 4 : 0);
      f[k++] = h(37, sc);
      f[k++] = h(38, sc * 10 + q);
      f[k++] = h(39, sc * 100 + lc * 10 + Math.min(q, 1));
      f[k++] = h(40, q * 31 + w);
      f[k++] = h(41, i > 2 ? words[i - 3] : 1);
      f[k++] = h(42, i + 3 < n ? words[i + 3] : 2);
      f[k++] = h(43, (i > 0 && t[i - 1].capital() ? 1 : 0) * 4 + (tok.capital() ? 2 : 0) + (i + 1 < n && t[i + 1].capital() ? 1 : 0));
      f[k++] = h(44, strength[i] * 9 + (i > 0 ? strength[i - 1] : 3) * 3 + (i + 1 < n ? strength[i + 1] : 0));
      f[k++] = h(45, strength[i] * 1000 + lc * 10 + q);
      f[k++] = h(46, wPrev * 7 + q);
      f[k++] = h(47, wNext * 7 + q);
      f[k++] = h(48, w * 8 + sc);
      f[k++] = h(49, shapes[i] * 1000 + lc);
      f[k++] = h(50, shapes[i] * 1000 + rc);
      f[k++] = h(51, (wPrev * 31 + w) * 3 + (lc == 0 ? 0 : lc < 10 ? 1 : 2));
      // Part-of-speech classes from the dictionary: the generalisation words alone lack.
      int tp = i > 0 ? tag[i - 1] : 19;
      int tn = i + 1 < n ? tag[i + 1] : 19;
      int tp2 = i > 1 ? tag[i - 2] : 19;
      int tn2 = i + 2 < n ? tag[i + 2] : 19;
      f[k++] = h(60, cls[i]);
      f[k++] = h(61, tp * 20 + tag[i]);
      f[k++] = h(62, tag[i] * 20 + tn);
      f[k++] = h(63, (tp * 20 + tag[i]) * 20 + tn);
      f[k++] = h(64, cls[i] * 10 + q);
      f[k++] = h(65, tag[i] * 1000 + lc);
      f[k++] = h(66, tag[i] * 1000 + rc);
      f[k++] = h(67, i > 0 ? cls[i - 1] : 400);
      f[k++] = h(68, i + 1 < n ? cls[i + 1] : 400);
      f[k++] = h(69, tp2 * 20 + tp);
      f[k++] = h(70, tn * 20 + tn2);
      f[k++] = h(71, tag[i] * 8 + sc);
      f[k++] = h(72, (leftCue[i] > 0 ? tag[leftCue[i] - 1] : 19) * 1000 + lc);
      f[k++] = h(73, (rightCue[i] > 0 ? tag[rightCue[i] - 1] : 19) * 1000 + rc);
      // Clause structure after the cue: what follows it, boundaries since, tokens to sentence end.
      f[k++] = h(80, after[i] * 1000 + lc);
      f[k++] = h(81, boundary[i] * 100 + (lc == 0 ? 0 : lc < 10 ? 1 : 2) * 10 + q);
      f[k++] = h(82, bucket(toEnd[i]) * 10 + q);
      f[k++] = h(83, after[i] * 100 + boundary[i] * 10 + Math.min(q, 1));
      f[k++] = h(84, bucket(toEnd[i]) * 1000 + lc);
      if (clustered) {
        // Word classes from unlabelled text: what words and tags give, for words rare in training.
        int fp = i > 0 ? fine[i - 1] : 1 << 20;
        int fn = i + 1 < n ? fine[i + 1] : 1 << 20;
        int cp = i > 0 ? coarse[i - 1] : 1 << 20;
        int cn = i + 1 < n ? coarse[i + 1] : 1 << 20;
        f[k++] = h(90, fine[i]);
        f[k++] = h(91, coarse[i]);
        f[k++] = h(92, fp);
        f[k++] = h(93, fn);
        f[k++] = h(94, cp * 1000 + coarse[i]);
        f[k++] = h(95, coarse[i] * (1 << 21) + cn);
        f[k++] = h(96, fine[i] * 1000 + lc);
        f[k++] = h(97, fine[i] * 1000 + rc);
        f[k++] = h(98, fine[i] * 10 + q);
        f[k++] = h(99, (leftCue[i] > 0 ? coarse[leftCue[i] - 1] : 999) * 1000 + lc);
        // The cue lexicon over classes: rare cue words ("conceded") in a class of common ones.
        int lcc = leftClassCue[i] < 0 ? 0 : 1 + bucket(i - leftClassCue[i])
            + (sentence[leftClassCue[i]] == sentence[i] ? 0 : 10);
        f[k++] = h(100, rate[i] * 10 + q);
        f[k++] = h(101, rate[i] * 100 + (i > 0 ? rate[i - 1] : 9) * 10 + (i + 1 < n ? rate[i + 1] : 9));
        f[k++] = h(102, rate[i] * 100 + strength[i] * 10 + Math.min(q, 1));
        f[k++] = h(103, lcc * 10 + q);
        f[k++] = h(104, lcc * 1000 + lc);
      }
      if (lexical) {
        // WordNet classes: a cue word too rare for the learned lexicon is still a verb of speech or
        // belief ("surmised"), a source noun still a person ("the ombudsman").
        int x = lex[i];
        int m = Lexnames.mask(x);
        int vn = Lexnames.verbClass(x) * 64 + Lexnames.nounClass(x);
        int mp = i > 0 ? Lexnames.mask(lex[i - 1]) : 256;
        int mn = i + 1 < n ? Lexnames.mask(lex[i + 1]) : 256;
        int llc = leftLexCue[i] < 0 ? 0 : 1 + bucket(i - leftLexCue[i])
            + (sentence[leftLexCue[i]] == sentence[i] ? 0 : 10);
        f[k++] = h(110, vn);
        f[k++] = h(111, vn * 10 + q);
        f[k++] = h(112, m * 20 + tag[i]);
        f[k++] = h(113, (m * 3 + strength[i]) * 10 + Math.min(q, 1));
        f[k++] = h(114, (mp * 512 + m) * 20 + tag[i]);
        f[k++] = h(115, m * 512 + mn);
        f[k++] = h(116, llc * 10 + q);
        f[k++] = h(117, llc * 1000 + lc);
        f[k++] = h(118, (sentenceHasLexCue[sentence[i]] ? 1 : 0) * 80 + sc * 10 + q);
      }
      if (families) {
        // Word families: "insisting" is a cue word when "insists" and "insisted" were, though it was never seen.
        int lfc = leftFamCue[i] < 0 ? 0 : 1 + bucket(i - leftFamCue[i])
            + (sentence[leftFamCue[i]] == sentence[i] ? 0 : 10);
        f[k++] = h(120, (fam[i] * 3 + strength[i]) * 10 + q);
        f[k++] = h(121, fam[i] * 20 + tag[i]);
        f[k++] = h(122, lfc * 1000 + lc);
        f[k++] = h(123, (fam[i] * 3 + (i > 0 ? fam[i - 1] : 0)) * 3 + (i + 1 < n ? fam[i + 1] : 0));
      }
      out[i] = java.util.Arrays.copyOf(f, k);
    }
    return new Featurized(out, new Context(words, tag, sentence));
  }

  /** A verb of speech or thought by any sense, or a noun of speech by its first: a cue by its class. */
  /**
   * A word's family: the word less a regular inflection ("insisted", "insists", "insisting" →
   * "insist"; "denies", "denied" → "deny"), stems of three letters at least. Crude, no dictionary.
   */
  static String family(String w) {
    String[][] rules = {{"ies", "y"}, {"ied", "y"}, {"ying", "y"}, {"ing", ""}, {"ed", ""}, {"es", ""}, {"s", ""}, {"d", ""}};
    for (String[] r : rules) {
      if (w.endsWith(r[0]) && w.length() - r[0].length() >= 3) {
        return w.substring(0, w.length() - r[0].length()) + r[1];
      }
    }
    return w;
  }

  /** For each of {@code n} tokens, the nearest earlier token that {@code is}, or -1. */
  static int[] nearestBefore(int n, java.util.function.IntPredicate is) {
    int[] near = new int[n];
    int last = -1;
    for (int i = 0; i < n; i++) {
      near[i] = last;
      if (is.test(i)) {
        last = i;
      }
    }
    return near;
  }

  /** For each of {@code n} tokens, the nearest later token that {@code is}, or -1. */
  static int[] nearestAfter(int n, java.util.function.IntPredicate is) {
    int[] near = new int[n];
    int last = -1;
    for (int i = n - 1; i >= 0; i--) {
      near[i] = last;
      if (is.test(i)) {
        last = i;
      }
    }
    return near;
  }

  private static boolean lexCue(int code) {
    return (Lexnames.mask(code) & (Lexnames.VERB_COMMUNICATION | Lexnames.VERB_COGNITION)) != 0;
  }

  private int h(int template, int value) {
    int x = template * 0x9E3779B1 ^ value;
    x *= 0x85EBCA6B;
    x ^= x >>> 13;
    x *= 0xC2B2AE35;
    x ^= x >>> 16;
    return x & mask;
  }

  static int bucket(int d) {
    if (d <= 3) {
      return d;
    }
    if (d <= 6) {
      return 4;
    }
    if (d <= 12) {
      return 5;
    }
    if (d <= 25) {
      return 6;
    }
    return 7;
  }

  /** The hash of the last {@code len} characters (String's hash of that substring, without making it) plus len. */
  static int suffix(String s, int len) {
    if (s.length() <= len) {
      return s.hashCode();
    }
    int h = 0;
    for (int k = s.length() - len; k < s.length(); k++) {
      h = 31 * h + s.charAt(k);
    }
    return h + len;
  }

  /** The sentence number of each token within its paragraph. */
  static int[] sentences(Token[] t) {
    int[] out = new int[t.length];
    int s = 0;
    for (int i = 0; i < t.length; i++) {
      if (i > 0 && sentenceEnds(t, i)) {
        s++;
      }
      out[i] = s;
    }
    return out;
  }

  // Titles before names end in a full stop that does not end the sentence ("Mr. Burman said").
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov",
      "gen", "lt", "col", "sgt", "st", "jr", "sr", "prof", "rev", "capt", "maj", "adm", "cmdr", "u", "s",
      "jan", "feb", "aug", "sept", "oct", "nov", "dec", "no", "vs", "inc", "co", "corp", "mt", "ft");

  static boolean sentenceEnds(Token[] t, int i) {
    Token prev = t[i - 1];
    if (!(t[i].capital() || t[i].quote() == 2)) {
      return false;
    }
    String p = prev.lower();
    if (p.equals(".") && i > 1 && t[i - 2].word() && t[i - 2].end() == prev.start()
        && (ABBREVIATIONS.contains(t[i - 2].lower()) || t[i - 2].lower().length() == 1 && t[i - 2].capital())) {
      return false;
    }
    if (p.equals(".") || p.equals("?") || p.equals("!")) {
      return true;
    }
    if (prev.quote() == 3 && i > 1) {
      String pp = t[i - 2].lower();
      return pp.equals(".") || pp.equals("?") || pp.equals("!");
    }
    return false;
  }

  /** Word shape, collapsed: capitalised, all caps, lower, digits, quote mark, other punctuation. */
  private static int shape(Token t) {
    if (!t.word()) {
      if (t.quote() == 2) {
        return 1;
      }
      if (t.quote() == 3) {
        return 2;
      }
      return 3 + (t.lower().charAt(0) & 0xFF) * 10;
    }
    String s = t.lower();
    if (Character.isDigit(s.charAt(0))) {
      return 4;
    }
    if (t.capital()) {
      return s.length() == 1 ? 5 : 6;
    }
    return 8;
  }
}
