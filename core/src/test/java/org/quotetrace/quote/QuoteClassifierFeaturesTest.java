package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.MarkScanner.Marked;
import org.quotetrace.text.Document;
import org.quotetrace.text.Span;

/**
 * The classifier's features are hashed from their names' parts without building the names; they
 * must be the hashes of the names as they were built, feature for feature and in order, or the
 * shipped weights would be read for the wrong features.
 */
class QuoteClassifierFeaturesTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  /** Invented news text with quotes of every shape the features read. */
  private static final String INVENTED = String.join("\n",
      "Harbour Board Says \u201cNo\u201d to Ferry Plan",
      "",
      "\u201cWe will not sign it,\u201d the harbour master, Orla Venn, said on Tuesday. \u201cNot"
          + " this year, and not in this form.\u201d",
      "",
      "Venn told reporters: \"The ferry company\u2019s numbers don\u2019t add up.\" She added that"
          + " the board's \u2018review\u2019 would take \u201cas long as it takes\u201d.",
      "",
      "According to Dr. Ansel Pike, the plan is \u201cdead on arrival\u201d \u2014 \u201cutterly,"
          + " completely dead\u201d \u2014 and \u201cI said so in 2019!\u201d he wrote.",
      "",
      "\u201c\u2026and then nothing happened,\u201d Pike said. \u201cWhy? Because nobody asked\u201d",
      "",
      "The \u201cFerry Forward\u201d campaign called it \u201ca betrayal of 4,000 commuters\u201d;"
          + " its spokesman, Ilse Marr, was not available. \u00abNon\u00bb, wrote a reader,"
          + " \u201c\u201d, \u201c 12 \u201d.",
      "");

  private static void agree(Document doc) {
    String text = doc.text();
    Map<Span, Quote> found = new HashMap<>();
    for (Quote q : FINDER.find(doc).quotes()) {
      found.put(q.span(), q);
    }
    int compared = 0;
    for (Marked m : MarkScanner.scan(text, 0, text.length(), true).quotes()) {
      if (m.depth() != 0) {
        continue;
      }
      List<Quote> asRead = new ArrayList<>();
      asRead.add(new Quote(m.content(), QuoteKind.SPEECH, null, null, false));
      Quote q = found.get(m.content());
      if (q != null) {
        asRead.add(q);
      }
      for (Quote x : asRead) {
        assertArrayEquals(Named.features(text, m, x), QuoteClassifier.features(text, m, x),
            () -> doc.id() + " " + m.content());
        compared++;
      }
    }
    assertTrue(compared > 0 || doc.id().startsWith("polnear"), doc.id());
  }

  @Test
  void eachQuotesFeatureHashesAreThoseOfTheFeatureNamesBuiltInFull() {
    agree(Document.article("invented", INVENTED));
    agree(Document.article("invented-crlf", INVENTED.replace("\n", "\r\n")));
  }

  @Test
  void eachPolnearQuotesFeatureHashesAreThoseOfTheFeatureNamesBuiltInFull() throws Exception {
    Path texts = Path.of(
        System.getProperty("quotetrace.shared", "../shared"), "eval", "polnear", "dev", "text");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(texts),
        () -> texts + " not found: skipping the PolNeAR comparison");
    List<Path> files;
    try (Stream<Path> s = Files.list(texts)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      agree(org.quotetrace.read.Readers.read("polnear/" + f.getFileName(), Files.readAllBytes(f),
          org.quotetrace.read.ReadOptions.DEFAULTS));
    }
  }

  @Test
  void aNameHashIsFoundFromItsPartsAsFromTheWholeName() {
    String[] parts = {"", "a", "p1=", "\u00e9t\u00e9", "\u201c", "x".repeat(63), "y".repeat(64),
        "z".repeat(200)};
    for (String a : parts) {
      for (String b : parts) {
        org.junit.jupiter.api.Assertions.assertEquals((a + b).hashCode(),
            QuoteClassifier.Feats.cat(a.hashCode(), b), a + "|" + b);
      }
    }
  }

  /** The features as they were computed before: each name built in full, then hashed. */
  private static final class Named {
    private static final int WINDOW = 300;
    private static final int MASK = (1 << 18) - 1;


  /**
   * The features of the top-level quote {@code m} of {@code text}, read as speech by the rules and
   * attributed as {@code q} (speaker and cue, either may be null).
   */
  static int[] features(String text, Marked m, Quote q) {
    List<String> fs = new ArrayList<>(48);
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
    int[] out = new int[fs.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = hash(fs.get(k));
    }
    return out;
  }

  /** The features of the quote's own words, from its first "bias" on; returns its length bucket. */
  static String wordFeatures(String text, int from, int to, Quote q, List<String> fs) {
    List<String> words = new ArrayList<>();
    int caps = 0;
    boolean first = false;
    boolean second = false;
    boolean aux = false;
    Word.Table table = Word.table();
    for (int i = from; i < to && words.size() <= 40; ) {
      while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\''
          || text.charAt(i) == '’' || text.charAt(i) == '-')) {
        i++;
      }
      if (s < i) {
        char c0 = text.charAt(s);
        if (Character.isUpperCase(c0) || Character.isDigit(c0)) {
          caps++;
        }
        Word lw = table.find(text, s, i);
        words.add(lw.lower);
        first |= lw.is(Word.FIRST_PERSON);
        second |= lw.is(Word.SECOND_PERSON);
        aux |= lw.is(Word.CLASSIFIER_AUX);
      }
    }
    int n = words.size();
    String len = lengthBucket(n);
    String basis = q.speaker() == null ? "none" : q.speaker().basis().id();
    fs.add("bias");
    fs.add("len=" + len);
    fs.add("basis=" + basis);
    fs.add("len*basis=" + len + basis);
    if (n > 0) {
      double share = (double) caps / n;
      String tc = share == 0 ? "0" : share < 0.34 ? "low" : share < 0.67 ? "mid" : share < 1 ? "high" : "all";
      fs.add("tc=" + tc);
      fs.add("tc*len=" + tc + len);
      fs.add("fw=" + words.get(0));
      fs.add("lw=" + words.get(n - 1));
      if (n <= 3) {
        for (String w : words) {
          fs.add("w=" + w);
        }
      }
    }
    if (first) {
      fs.add("person1");
      fs.add("person1*basis=" + basis);
    }
    if (second) {
      fs.add("person2");
    }
    if (aux) {
      fs.add("aux");
      fs.add("aux*len=" + len);
    }
    return len;
  }

  /** How the quote's words end and start, and its marks. */
  static void markFeatures(String text, Marked m, int from, int to, String len, int after,
      List<String> fs) {
    char last = to > from ? text.charAt(to - 1) : ' ';
    String end = ".?!".indexOf(last) >= 0 ? "stop" : last == ',' ? "comma"
        : Character.isLetterOrDigit(last) ? "word" : "other";
    fs.add("end=" + end);
    fs.add("end*len=" + end + len);
    char start = from < to ? text.charAt(from) : ' ';
    fs.add("start=" + (Character.isUpperCase(start) ? "upper" : Character.isLowerCase(start) ? "lower"
        : Character.isDigit(start) ? "digit" : start == '.' || start == '…' ? "ellipsis" : "other"));
    char mark = text.charAt(m.open());
    fs.add("mark=" + mark);
    if (m.runsOver()) {
      fs.add("runsOver");
    }
    if (m.closedByParagraph()) {
      fs.add("closedByParagraph");
    }
  }

  /** The words and characters around the marks, the paragraph's edges, the cue and the speaker. */
  static void contextFeatures(String text, Marked m, Quote q, String len, String basis,
      int after, List<String> fs) {
    String p1 = KindRules.previousWord(text, m.open());
    String p2 = KindRules.previousWord(text, m.open() - p1.length() - 1);
    fs.add("p1=" + p1);
    fs.add("p2=" + p2);
    fs.add("p1*len=" + p1 + len);
    char before = m.open() > 0 ? text.charAt(m.open() - 1) : '\n';
    fs.add("before=" + charClass(before));
    char next = after < text.length() ? text.charAt(after) : '\n';
    fs.add("after=" + charClass(next));
    fs.add("n1=" + nextWord(text, after));
    boolean paraStart = paragraphEdge(text, m.open() - 1, -1);
    boolean paraEnd = paragraphEdge(text, after, 1);
    fs.add("para=" + (paraStart ? "start" : "") + (paraEnd ? "end" : ""));
    fs.add("para*basis=" + (paraStart ? "start" : "") + (paraEnd ? "end" : "") + basis);
    if (q.cue() != null) {
      Span cue = q.cue().span();
      String cw = q.cue().text().strip().toLowerCase(Locale.ROOT);
      int sp = cw.indexOf(' ');
      fs.add("cue=" + (sp < 0 ? cw : cw.substring(0, sp)));
      int d = cue.start() >= m.close() ? cue.start() - m.close() : m.open() - cue.end();
      String side = cue.start() >= m.close() ? "after" : cue.end() <= m.open() ? "before" : "in";
      fs.add("cue@" + side + distanceBucket(d));
      fs.add("cue@" + side + distanceBucket(d) + len);
    }
    if (q.speaker() != null && q.speaker().mention() != null) {
      String sw = q.speaker().mention().text().strip().toLowerCase(Locale.ROOT);
      fs.add("speaker=" + (KindRules.isPronoun(sw) ? "pronoun" : "words"));
    }
  }

  /**
   * Longest stretch read each way for the quote's sentence, and most words looked up in it: a cue
   * lies near its quote, and a longer look cost as much as the rest of quote finding.
   */
  static final int SENTENCE = 200;
  static final int SENTENCE_WORDS = 12;

  /**
   * The words of the sentence around the quote: speech verbs before and after it, how many words
   * off, and the few words nearest its marks. Gold quotes are the marked spans inside an attributed
   * passage, so a cue anywhere in the sentence counts, whether or not the rules took it.
   */
  static void sentenceFeatures(String text, int open, int after, List<String> fs) {
    words(text, open, -1, "b", fs);
    words(text, after, 1, "a", fs);
  }

  static void words(String text, int from, int step, String side, List<String> fs) {
    int n = 0;
    boolean verb = false;
    boolean according = false;
    int i = step < 0 ? from - 1 : from;
    int limit = step < 0 ? Math.max(0, from - SENTENCE) : Math.min(text.length(), from + SENTENCE);
    boolean marks = false;
    Word.Table table = Word.table();
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
        Word lw = table.find(text, s, e);
        String w = lw.lower;
        n++;
        if (n <= 3) {
          fs.add(side + n + "=" + w);
        }
        if (!verb && lw.is(Word.SPEECH_VERB)) {
          verb = true;
          fs.add(side + "verb@" + (n <= 3 ? "near" : n <= 8 ? "mid" : "far"));
          fs.add(side + "verb=" + w);
        }
        according |= w.equals("according");
        continue;
      }
      i += step;
    }
    if (!verb) {
      fs.add(side + "noverb");
    }
    if (according) {
      fs.add(side + "according");
    }
    if (marks) {
      fs.add(side + "marks");
    }
    fs.add(side + "words=" + (n == 0 ? "0" : n <= 3 ? "few" : n <= 10 ? "some" : "many"));
  }


  /** Whether the full stop at {@code dot} closes a short capitalised word ("Mr.", "Sen."). */
  static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && dot - s < 4 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return text.charAt(dot) == '.' && s < dot && dot - s <= 3 && Character.isUpperCase(text.charAt(s))
        && (s == 0 || !Character.isLetter(text.charAt(s - 1)));
  }

  static int hash(String s) {
    int h = s.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 15)) & MASK;
  }

  static String lengthBucket(int n) {
    return n <= 4 ? Integer.toString(n) : n <= 6 ? "5-6" : n <= 9 ? "7-9" : n <= 14 ? "10-14"
        : n <= 24 ? "15-24" : "25+";
  }

  static String distanceBucket(int d) {
    return d <= 3 ? "0" : d <= 15 ? "15" : d <= 60 ? "60" : d <= 200 ? "200" : "far";
  }

  static String charClass(char c) {
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

  static String nextWord(String text, int at) {
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
  static boolean paragraphEdge(String text, int at, int step) {
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

  }
}
