package org.quotetrace.quote;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.quote.MarkScanner.Marked;
import org.quotetrace.text.Span;

/**
 * Decides whether words in quote marks that the rules read as speech are a quote in the sense of
 * news annotation (PolNeAR): reported words, rather than a scare-quoted term, a title or a slogan.
 * The rules cannot tell: the same gold counts many titles and terms as quotes when someone is
 * reported to use them. So a logistic regression over hashed features of the marked span (its
 * length, case, end, the words around its marks, its place in the paragraph, whether and how far
 * off a cue attributes it) learns it from annotated articles. It reads only the span and a bounded
 * window around it, so its cost grows with the number of quotes, not with the text.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuoteClassifier {
  private static final int MAGIC = 0x51544b44; // "QTKD"
  private static final int VERSION = 1;
  private static final int BITS = 18;
  private static final int MASK = (1 << BITS) - 1;
  private static final String RESOURCE = "/org/quotetrace/quote/kinds.bin";
  /** How far the paragraph around a quote is looked for, each way. */
  private static final int WINDOW = 300;

  private final float[] weights;
  private final double threshold;

  private QuoteClassifier(float[] weights, double threshold) {
    this.weights = weights;
    this.threshold = threshold;
  }

  /** The probability below which a span is not reported as speech. */
  public double threshold() {
    return threshold;
  }

  /** The same weights with another threshold. */
  public QuoteClassifier withThreshold(double t) {
    return new QuoteClassifier(weights, t);
  }

  /** Nonzero weights, for the training log. */
  public int size() {
    int n = 0;
    for (float w : weights) {
      n += w != 0 ? 1 : 0;
    }
    return n;
  }

  /** The probability that a span with these features is a quote. */
  public double probability(int[] features) {
    double z = 0;
    for (int f : features) {
      z += weights[f];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether a span with these features is reported as speech. */
  public boolean isSpeech(int[] features) {
    return probability(features) >= threshold;
  }

  /** A marked span the rules read as speech, its features, and its probability of being a quote. */
  public record Candidate(Span span, int[] features) {}

  /** One training example: the features of a span and whether the gold counts it a quote. */
  public record Example(int[] features, boolean quote) {}

  /** Training settings. */
  public record Params(int epochs, double rate, double l2, long seed) {
    public static final Params DEFAULTS = new Params(5, 0.1, 1e-5, 1);
  }

  /** A logistic regression fitted by AdaGrad on {@code examples}, with the given threshold. */
  public static QuoteClassifier train(List<Example> examples, Params p, double threshold) {
    float[] w = new float[MASK + 1];
    double[] g2 = new double[MASK + 1];
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(p.seed());
    for (int epoch = 0; epoch < p.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (Example e : order) {
        double z = 0;
        for (int f : e.features()) {
          z += w[f];
        }
        double prob = 1 / (1 + Math.exp(-z));
        double grad = prob - (e.quote() ? 1 : 0);
        for (int f : e.features()) {
          double g = grad + p.l2() * w[f];
          g2[f] += g * g;
          w[f] -= (float) (p.rate() * g / Math.sqrt(g2[f] + 1e-8));
        }
      }
    }
    return new QuoteClassifier(w, threshold);
  }

  // ---------------------------------------------------------------- features

  /**
   * The features of the top-level quote {@code m} of {@code text}, read as speech by the rules and
   * attributed as {@code q} (speaker and cue, either may be null).
   */
  static int[] features(String text, Marked m, Quote q) {
    Feats fs = new Feats();
    Span c = m.content();
    int from = c.start();
    int to = c.end();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    // The features are found by several short methods rather than one long one: the JIT's quick
    // compiler gave up on the long one ("out of virtual registers"), which then ran unoptimised
    // for good, a tenth of all quote finding.
    String len = wordFeatures(text, from, to, q, fs);
    String basis = q.speaker() == null ? "none" : q.speaker().basis().id();
    int after = Math.min(text.length(), m.close() + 1);
    markFeatures(text, m, from, to, len, after, fs);
    contextFeatures(text, m, q, len, basis, after, fs);
    sentenceFeatures(text, m.open(), after, fs);
    return fs.toArray();
  }

  /**
   * Feature hashes in the order the features are found. A feature is named by a few parts put
   * together ("p1=" and a word, say); its hash is {@link #hash} of that name, and the name's
   * {@link String#hashCode} is found from the parts' own, as the hash of a concatenation is
   * ({@code h(ab) = h(a)·31^|b| + h(b)}), so that no name is built: building them was half of
   * the classifier's cost. The hashes are those of the names to the bit.
   */
  static final class Feats {
    private static final int[] POW31 = new int[64];

    static {
      POW31[0] = 1;
      for (int i = 1; i < POW31.length; i++) {
        POW31[i] = POW31[i - 1] * 31;
      }
    }

    private int[] hashes = new int[64];
    private int size;

    /** The feature named {@code a}. */
    void add(String a) {
      push(a.hashCode());
    }

    /** The feature named {@code a + b}. */
    void add(String a, String b) {
      push(cat(a.hashCode(), b));
    }

    /** The feature named {@code a + b + c}. */
    void add(String a, String b, String c) {
      push(cat(cat(a.hashCode(), b), c));
    }

    /** The feature named {@code a + b + c + d}. */
    void add(String a, String b, String c, String d) {
      push(cat(cat(cat(a.hashCode(), b), c), d));
    }

    /** The feature named {@code a + c}. */
    void add(String a, char c) {
      push(31 * a.hashCode() + c);
    }

    /** {@link String#hashCode} of a string of hash {@code h} followed by {@code s}. */
    static int cat(int h, String s) {
      int n = s.length();
      int p;
      if (n < POW31.length) {
        p = POW31[n];
      } else {
        p = 1;
        for (int i = 0; i < n; i++) {
          p *= 31;
        }
      }
      return h * p + s.hashCode();
    }

    private void push(int nameHash) {
      if (size == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = hash(nameHash);
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(hashes, size);
    }
  }

  /** The features of the quote's own words, from its first "bias" on; returns its length bucket. */
  private static String wordFeatures(String text, int from, int to, Quote q, Feats fs) {
    // Of the quote's words only the count, the first three and the last are read: no list of them.
    String[] firstWords = new String[3];
    String lastWord = null;
    int n = 0;
    int caps = 0;
    boolean first = false;
    boolean second = false;
    boolean aux = false;
    Word.Table table = Word.table();
    // The last word's span when it was not looked up: its record is found at the end.
    int lastFrom = -1;
    int lastTo = -1;
    for (int i = from; i < to && n <= 40; ) {
      while (i < to && !letterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      int h = 0; // String.hashCode of the word in lower case while it is ASCII
      boolean ascii = true;
      while (i < to) {
        char c = text.charAt(i);
        if (!(letterOrDigit(c) || c == '\'' || c == '’' || c == '-')) {
          break;
        }
        ascii &= c < 0x80;
        h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        i++;
      }
      if (s < i) {
        char c0 = text.charAt(s);
        if (Character.isUpperCase(c0) || Character.isDigit(c0)) {
          caps++;
        }
        // Past the first words only the person and auxiliary bits are read, and most words have
        // none: the filter of those lists answers without the word's record.
        if (n >= firstWords.length && ascii && !PERSON_OR_AUX.mayHoldHash(h)) {
          lastFrom = s;
          lastTo = i;
          n++;
          continue;
        }
        Word lw = table.find(text, s, i);
        if (n < firstWords.length) {
          firstWords[n] = lw.lower;
        }
        lastWord = lw.lower;
        lastFrom = -1;
        n++;
        first |= lw.is(Word.FIRST_PERSON);
        second |= lw.is(Word.SECOND_PERSON);
        aux |= lw.is(Word.CLASSIFIER_AUX);
      }
    }
    if (lastFrom >= 0) {
      lastWord = table.find(text, lastFrom, lastTo).lower;
    }
    String len = lengthBucket(n);
    String basis = q.speaker() == null ? "none" : q.speaker().basis().id();
    fs.add("bias");
    fs.add("len=", len);
    fs.add("basis=", basis);
    fs.add("len*basis=", len, basis);
    if (n > 0) {
      double share = (double) caps / n;
      String tc = share == 0 ? "0" : share < 0.34 ? "low" : share < 0.67 ? "mid" : share < 1 ? "high" : "all";
      fs.add("tc=", tc);
      fs.add("tc*len=", tc, len);
      fs.add("fw=", firstWords[0]);
      fs.add("lw=", lastWord);
      if (n <= 3) {
        for (int k = 0; k < n; k++) {
          fs.add("w=", firstWords[k]);
        }
      }
    }
    if (first) {
      fs.add("person1");
      fs.add("person1*basis=", basis);
    }
    if (second) {
      fs.add("person2");
    }
    if (aux) {
      fs.add("aux");
      fs.add("aux*len=", len);
    }
    return len;
  }

  /**
   * Whether the word {@code text[s, e)} is ASCII and its lower-case hash misses the filter of the
   * speech verbs (asked only while {@code verb} is not yet found) and of "according": then
   * {@link #words} reads nothing of it but that it is a word.
   */
  private static boolean mayBeSkipped(String text, int s, int e, boolean verb) {
    int h = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return (verb || !SPEECH_VERBS.mayHoldHash(h)) && h != ACCORDING;
  }

  private static final int ACCORDING = "according".hashCode();
  private static final Lexicon.Filter SPEECH_VERBS = new Lexicon.Filter();

  static {
    for (String w : Lexicon.SPEECH_VERBS) {
      SPEECH_VERBS.add(w);
    }
  }

  /** The words of the lists whose bits {@link #wordFeatures} reads. */
  private static final Lexicon.Filter PERSON_OR_AUX = new Lexicon.Filter();

  static {
    for (Set<String> list
        : List.of(Lexicon.FIRST_PERSON, Lexicon.SECOND_PERSON, Lexicon.CLASSIFIER_AUX)) {
      for (String w : list) {
        PERSON_OR_AUX.add(w);
      }
    }
  }

  /** {@link Character#isLetterOrDigit(char)}, answered for ASCII without its tables. */
  private static boolean letterOrDigit(char c) {
    if (c < 128) {
      return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
    }
    return Character.isLetterOrDigit(c);
  }

  /** How the quote's words end and start, and its marks. */
  private static void markFeatures(String text, Marked m, int from, int to, String len, int after,
      Feats fs) {
    char last = to > from ? text.charAt(to - 1) : ' ';
    String end = ".?!".indexOf(last) >= 0 ? "stop" : last == ',' ? "comma"
        : Character.isLetterOrDigit(last) ? "word" : "other";
    fs.add("end=", end);
    fs.add("end*len=", end, len);
    char start = from < to ? text.charAt(from) : ' ';
    fs.add("start=", Character.isUpperCase(start) ? "upper" : Character.isLowerCase(start) ? "lower"
        : Character.isDigit(start) ? "digit" : start == '.' || start == '…' ? "ellipsis" : "other");
    char mark = text.charAt(m.open());
    fs.add("mark=", mark);
    if (m.runsOver()) {
      fs.add("runsOver");
    }
    if (m.closedByParagraph()) {
      fs.add("closedByParagraph");
    }
  }

  /** The words and characters around the marks, the paragraph's edges, the cue and the speaker. */
  private static void contextFeatures(String text, Marked m, Quote q, String len, String basis,
      int after, Feats fs) {
    String p1 = KindRules.previousWord(text, m.open());
    String p2 = KindRules.previousWord(text, m.open() - p1.length() - 1);
    fs.add("p1=", p1);
    fs.add("p2=", p2);
    fs.add("p1*len=", p1, len);
    char before = m.open() > 0 ? text.charAt(m.open() - 1) : '\n';
    fs.add("before=", charClass(before));
    char next = after < text.length() ? text.charAt(after) : '\n';
    fs.add("after=", charClass(next));
    fs.add("n1=", nextWord(text, after));
    boolean paraStart = paragraphEdge(text, m.open() - 1, -1);
    boolean paraEnd = paragraphEdge(text, after, 1);
    String start = paraStart ? "start" : "";
    String end = paraEnd ? "end" : "";
    fs.add("para=", start, end);
    fs.add("para*basis=", start, end, basis);
    if (q.cue() != null) {
      Span cue = q.cue().span();
      String cw = q.cue().text().strip().toLowerCase(Locale.ROOT);
      int sp = cw.indexOf(' ');
      fs.add("cue=", sp < 0 ? cw : cw.substring(0, sp));
      int d = cue.start() >= m.close() ? cue.start() - m.close() : m.open() - cue.end();
      String side = cue.start() >= m.close() ? "after" : cue.end() <= m.open() ? "before" : "in";
      fs.add("cue@", side, distanceBucket(d));
      fs.add("cue@", side, distanceBucket(d), len);
    }
    if (q.speaker() != null && q.speaker().mention() != null) {
      String sw = q.speaker().mention().text().strip().toLowerCase(Locale.ROOT);
      fs.add("speaker=", KindRules.isPronoun(sw) ? "pronoun" : "words");
    }
  }

  /**
   * Longest stretch read each way for the quote's sentence, and most words looked up in it: a cue
   * lies near its quote, and a longer look cost as much as the rest of quote finding.
   */
  private static final int SENTENCE = 200;
  private static final int SENTENCE_WORDS = 12;
  /** The names of the nearest words' features, by side and place: "b1=", "a3=". */
  private static final String[][] NEAR = {{"b1=", "b2=", "b3="}, {"a1=", "a2=", "a3="}};

  /**
   * The words of the sentence around the quote: speech verbs before and after it, how many words
   * off, and the few words nearest its marks. Gold quotes are the marked spans inside an attributed
   * passage, so a cue anywhere in the sentence counts, whether or not the rules took it.
   */
  private static void sentenceFeatures(String text, int open, int after, Feats fs) {
    words(text, open, -1, "b", fs);
    words(text, after, 1, "a", fs);
  }

  private static void words(String text, int from, int step, String side, Feats fs) {
    int n = 0;
    boolean verb = false;
    boolean according = false;
    int i = step < 0 ? from - 1 : from;
    int limit = step < 0 ? Math.max(0, from - SENTENCE) : Math.min(text.length(), from + SENTENCE);
    boolean marks = false;
    Word.Table table = Word.table();
    String[] near = NEAR[step < 0 ? 0 : 1];
    while ((step < 0 ? i >= limit : i < limit) && n < SENTENCE_WORDS) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      if ((c == '.' || c == '?' || c == '!')
          && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
          && !isAbbreviation(text, i)) {
        break;
      }
      if (MarkScanner.isMarkChar(c)) {
        marks = true;
      }
      if (Character.isLetter(c)) {
        int s = i;
        int e = i;
        if (step < 0) {
          while (s > limit && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
          }
          e = i + 1;
          i = s - 1;
        } else {
          while (e < limit && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
          }
          i = e;
        }
        n++;
        if (n > 3 && mayBeSkipped(text, s, e, verb)) {
          continue; // no near word, and neither a speech verb nor "according": the record is not read
        }
        Word lw = table.find(text, s, e);
        String w = lw.lower;
        if (n <= 3) {
          fs.add(near[n - 1], w);
        }
        if (!verb && lw.is(Word.SPEECH_VERB)) {
          verb = true;
          fs.add(side, "verb@", n <= 3 ? "near" : n <= 8 ? "mid" : "far");
          fs.add(side, "verb=", w);
        }
        according |= w.equals("according");
        continue;
      }
      i += step;
    }
    if (!verb) {
      fs.add(side, "noverb");
    }
    if (according) {
      fs.add(side, "according");
    }
    if (marks) {
      fs.add(side, "marks");
    }
    fs.add(side, "words=", n == 0 ? "0" : n <= 3 ? "few" : n <= 10 ? "some" : "many");
  }

  /**
   * Features of the quote at {@code span} (its words, UTF-16, marks left out) from the attributions
   * a labeller found in {@code text} ({@code found}, in text order): whether the span lies in a
   * predicted content and how much of it, that content's form and whether it has a cue and a
   * source, how far its cue is, and whether the span's line holds any cue at all. The gold counts a
   * marked span as a quote only inside an annotated attribution; these model that choice.
   */
  public static int[] attributionFeatures(String text, Span span, List<Attribution> found) {
    Feats fs = new Feats();
    int from = span.start();
    int to = span.end();
    int chars = 0;
    for (int i = from; i < to; i++) {
      chars += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
    int lineEnd = text.indexOf('\n', to);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    String len = lengthBucket(wordCount(text, from, to));
    Attribution best = null;
    int bestIn = 0;
    int inAny = 0;
    int contents = 0;
    boolean lineCue = false;
    boolean cueInside = false;
    for (Attribution a : found) {
      Span c = a.content();
      boolean onLine = c.end() > lineStart && c.start() < lineEnd;
      if (onLine) {
        contents++;
      }
      if (a.cue() != null && a.cue().end() > lineStart && a.cue().start() < lineEnd) {
        lineCue = true;
        cueInside |= a.cue().start() >= from && a.cue().end() <= to;
      }
      int in = 0;
      for (int i = Math.max(from, c.start()), e = Math.min(to, c.end()); i < e; i++) {
        in += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
      }
      inAny += in;
      if (in > bestIn) {
        bestIn = in;
        best = a;
      }
    }
    double share = chars == 0 ? 0 : Math.min(1, (double) inAny / chars);
    String cover = share >= 0.8 ? "all" : share > 0 ? "part" : "none";
    fs.add("at.cover=", cover);
    fs.add("at.cover*len=", cover, len);
    fs.add("at.lineCue=", lineCue ? "y" : "n");
    fs.add("at.lineCue*len=", lineCue ? "y" : "n", len);
    fs.add("at.contents=", contents == 0 ? "0" : contents == 1 ? "1" : contents <= 3 ? "few" : "many");
    if (cueInside) {
      fs.add("at.cueInside");
    }
    if (best != null) {
      String form = best.form().name();
      String has = (best.cue() != null ? "c" : "") + (best.source() != null ? "s" : "");
      fs.add("at.form=", form, cover);
      fs.add("at.has=", has, cover);
      fs.add("at.has*len=", has, len);
      // How much more the content holds than the span: a quote alone, or a passage around it.
      int extra = best.content().length() - (to - from);
      fs.add("at.extra=", extra <= 5 ? "0" : extra <= 40 ? "some" : "much");
      if (best.cue() != null) {
        Span cue = best.cue();
        int d = cue.start() >= to ? cue.start() - to : cue.end() <= from ? from - cue.end() : 0;
        fs.add("at.cue@", cue.start() >= to ? "after" : cue.end() <= from ? "before" : "in",
            distanceBucket(d));
      }
    }
    return fs.toArray();
  }

  private static int wordCount(String text, int from, int to) {
    int n = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      n += w && !inWord ? 1 : 0;
      inWord = w;
    }
    return n;
  }

  /** Whether the full stop at {@code dot} closes a short capitalised word ("Mr.", "Sen."). */
  private static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && dot - s < 4 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return text.charAt(dot) == '.' && s < dot && dot - s <= 3 && Character.isUpperCase(text.charAt(s))
        && (s == 0 || !Character.isLetter(text.charAt(s - 1)));
  }

  /** The weight index of the feature whose name has {@link String#hashCode} {@code nameHash}. */
  private static int hash(int nameHash) {
    int h = nameHash * 0x9E3779B9;
    return (h ^ (h >>> 15)) & MASK;
  }

  private static String lengthBucket(int n) {
    return n <= 4 ? Integer.toString(n) : n <= 6 ? "5-6" : n <= 9 ? "7-9" : n <= 14 ? "10-14"
        : n <= 24 ? "15-24" : "25+";
  }

  private static String distanceBucket(int d) {
    return d <= 3 ? "0" : d <= 15 ? "15" : d <= 60 ? "60" : d <= 200 ? "200" : "far";
  }

  private static String charClass(char c) {
    if (c == '\n' || c == '\r') {
      return "eol";
    }
    if (Character.isWhitespace(c)) {
      return "space";
    }
    if (Character.isLetterOrDigit(c)) {
      return "word";
    }
    return Character.toString(c);
  }

  private static String nextWord(String text, int at) {
    int i = at;
    while (i < text.length() && i < at + 3 && !Character.isLetterOrDigit(text.charAt(i))
        && text.charAt(i) != '\n') {
      i++;
    }
    int s = i;
    while (i < text.length() && i < s + 20 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
      i++;
    }
    return text.substring(s, i).toLowerCase(Locale.ROOT);
  }

  /** Whether only white space and punctuation lie from {@code at} to the paragraph's edge. */
  private static boolean paragraphEdge(String text, int at, int step) {
    for (int i = at, k = 0; i >= 0 && i < text.length() && k < WINDOW; i += step, k++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- persistence

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(zip);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(BITS);
    d.writeDouble(threshold);
    d.writeInt(size());
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] != 0) {
        d.writeInt(i);
        d.writeFloat(weights[i]);
      }
    }
    d.flush();
    zip.finish();
  }

  /** Reads a classifier written by {@link #write}; {@code name} is for the error message. */
  public static QuoteClassifier read(InputStream in, String name) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    if (d.readInt() != MAGIC || d.readInt() != VERSION || d.readInt() != BITS) {
      throw new IOException(name + ": not a quotetrace quote classifier of version " + VERSION);
    }
    double threshold = d.readDouble();
    float[] w = new float[MASK + 1];
    for (int n = d.readInt(); n > 0; n--) {
      int i = d.readInt();
      if (i < 0 || i > MASK) {
        throw new IOException(name + ": weight index " + i + " out of range");
      }
      w[i] = d.readFloat();
    }
    return new QuoteClassifier(w, threshold);
  }

  private static volatile QuoteClassifier shipped;
  private static volatile boolean looked;

  /** The classifier that ships in the jar, trained on PolNeAR train; null when none ships. */
  public static QuoteClassifier shipped() {
    if (!looked) {
      synchronized (QuoteClassifier.class) {
        if (!looked) {
          try (InputStream in = QuoteClassifier.class.getResourceAsStream(RESOURCE)) {
            shipped = in == null ? null : read(in, RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          looked = true;
        }
      }
    }
    return shipped;
  }
}
