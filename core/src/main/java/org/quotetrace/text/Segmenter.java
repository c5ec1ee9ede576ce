package org.quotetrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into paragraphs (at line breaks), sentences and tokens.
 *
 * <p>Rule-based rather than a statistical model: news prose is regular enough that abbreviations,
 * initials and closing quote marks cover nearly every boundary, and a single linear pass keeps the
 * whole quote pipeline above ten megabytes a second on one core.
 */
public final class Segmenter {
  // Abbreviations after which a period does not end a sentence (lower-cased, without the period).
  static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
          "cmdr", "adm", "maj", "cpl", "pvt", "rev", "st", "sr", "jr", "hon", "pres", "supt", "det",
          "insp", "atty", "amb", "sec", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "fig",
          "approx", "dept", "univ", "assn", "bros", "ft", "mt", "ave", "blvd", "rd", "e.g", "i.e",
          "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "ala", "ariz", "ark", "calif", "colo", "conn",
          "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss",
          "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis",
          "wyo", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "s.c", "s.d", "w.va", "r.i");

  /** The length of the longest of {@link #ABBREVIATIONS}. */
  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * {@link #ABBREVIATIONS}, each packed into a {@code long} as {@link #packedLower} packs it,
   * sorted: the abbreviation test runs at every period after a word, and cutting the word out of
   * the text, lowering it and probing the set was most of its cost (JFR: 2.5 % of quotes' CPU).
   */
  private static final long[] ABBREVIATION_KEYS =
      ABBREVIATIONS.stream().mapToLong(w -> packedLower(w, 0, w.length())).sorted().toArray();

  static {
    if (LONGEST_ABBREVIATION > 9) {
      throw new AssertionError("an abbreviation packs into a long (7 bits a character)");
    }
  }

  private Segmenter() {}

  /**
   * The characters of {@code text[from, to)} in ASCII lower case, 7 bits each, the first most
   * significant; -1 when one is beyond ASCII (whose lower case {@link String#toLowerCase} may
   * not give one for one) or is NUL. At most 9 characters, so that distinct words have distinct
   * keys.
   */
  static long packedLower(CharSequence text, int from, int to) {
    long key = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == 0 || c >= 0x80) {
        return -1;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      key = key << 7 | c;
    }
    return key;
  }

  public static Segmentation segment(String text) {
    List<Span> paragraphs = paragraphs(text);
    List<Span> sentences = new ArrayList<>();
    for (Span p : paragraphs) {
      sentences(text, p, sentences);
    }
    IntList starts = new IntList(text.length() / 5 + 8);
    IntList ends = new IntList(text.length() / 5 + 8);
    tokenize(text, 0, text.length(), starts, ends);
    return new Segmentation(text, paragraphs, sentences, starts.toArray(), ends.toArray());
  }

  /**
   * Non-blank lines, trimmed of surrounding white space; the lines of a hard-wrapped paragraph
   * (see {@link LineWrap}) are one paragraph.
   */
  public static List<Span> paragraphs(String text) {
    return paragraphs(text, LineWrap.softBreaks(text));
  }

  /**
   * As {@link #paragraphs(String)}, given the text's {@link LineWrap#softBreaks}: for a caller that
   * has them already, since finding them reads every line of the text.
   */
  public static List<Span> paragraphs(String text, java.util.BitSet soft) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    boolean cr = text.indexOf('\r') >= 0;
    int lineStart = 0;
    for (int i = nextBreak(text, 0, cr); ; i = nextBreak(text, i + 1, cr)) {
      if (i < n && soft.get(i)) {
        continue;
      }
      int s = lineStart;
      int e = i;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Span(s, e));
      }
      lineStart = i + 1;
      if (i >= n) {
        return out;
      }
    }
  }

  /**
   * The first line break ({@code \n} or {@code \r}) at or after {@code from}, or the text's length
   * when none follows. {@code cr} says whether the text has a {@code \r} at all: most have none,
   * and then the search is {@link String#indexOf}'s, much faster than reading char by char.
   */
  static int nextBreak(String text, int from, boolean cr) {
    int n = text.length();
    if (!cr) {
      int i = from >= n ? -1 : text.indexOf('\n', from);
      return i < 0 ? n : i;
    }
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return n;
  }

  /** Appends the sentences of one paragraph. */
  public static void sentences(String text, Span paragraph, List<Span> out) {
    int start = paragraph.start();
    int end = paragraph.end();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int j = i + 1;
        while (j < end && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
          j++;
        }
        // Closing quote marks and brackets belong to the sentence they end.
        while (j < end && isCloser(text.charAt(j))) {
          j++;
        }
        if (j < end && isSpace(text.charAt(j))) {
          int k = j;
          while (k < end && isSpace(text.charAt(k))) {
            k++;
          }
          if (k < end && startsSentence(text.charAt(k)) && !(c == '.' && isAbbreviation(text, start, i)
              && !answersNo(text, start, i, k))) {
            out.add(new Span(start, j));
            start = k;
          }
          i = k;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  /**
   * Whether the period at {@code dot} ends a "No." that is an answer, not the abbreviation of
   * "number": "No. We offered a freeze" in a transcript, where "No. 10", "Case No. CV-2019-04" and
   * "Resolution No. XIV" have the number's code next.
   */
  private static boolean answersNo(String text, int floor, int dot, int next) {
    return dot - 2 >= floor && (dot - 2 == floor || !Character.isLetter(text.charAt(dot - 3)))
        && (text.charAt(dot - 2) == 'N' || text.charAt(dot - 2) == 'n')
        && (text.charAt(dot - 1) == 'o' || text.charAt(dot - 1) == 'O')
        && !isCode(text, next);
  }

  /**
   * Whether the word at {@code from} reads as a number's code: it holds a digit, or it is two or
   * more capitals and nothing else ("XIV", "CV-2019"); "I" and "We" are words.
   */
  private static boolean isCode(String text, int from) {
    int capitals = 0;
    int i = from;
    for (; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        return true;
      }
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
    return capitals >= 2;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘'
        || c == '\'' || c == '«' || c == '„' || c == '(' || c == '[' || c == '—' || c == '-';
  }

  static boolean isCloser(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']' || c == '“';
  }

  /** Whether the word ending just before the period at {@code dot} is an abbreviation or initial. */
  static boolean isAbbreviation(String text, int floor, int dot) {
    int s = dot;
    // No further back than the longest abbreviation: a longer word is none.
    while (s > floor && dot - s <= LONGEST_ABBREVIATION
        && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    if (s == dot) {
      return false;
    }
    if (dot - s > LONGEST_ABBREVIATION) {
      return false; // lower case is never shorter, so no listed word: cut nothing out
    }
    if (dot - s == 1 && Character.isUpperCase(text.charAt(s))) {
      return true; // an initial: "George W. Bush"
    }
    long key = packedLower(text, s, dot);
    if (key >= 0) {
      return java.util.Arrays.binarySearch(ABBREVIATION_KEYS, key) >= 0;
    }
    return ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * As {@link #isAbbreviation(String, int, int)}, the characters read from {@code cs} ({@code
   * cs[i - offset]} is {@code text.charAt(i)}), as the tokenizer holds them: it asks at every
   * period after a word (JFR: 2 % of quotes' CPU reading the String).
   */
  static boolean isAbbreviation(String text, char[] cs, int offset, int floor, int dot) {
    int s = dot;
    while (s > floor && dot - s <= LONGEST_ABBREVIATION) {
      char c = cs[s - 1 - offset];
      // Character.isLetter, answered for ASCII without its tables.
      if (!(c == '.' || (c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c)))) {
        break;
      }
      s--;
    }
    if (s == dot || dot - s > LONGEST_ABBREVIATION) {
      return false;
    }
    if (dot - s == 1 && Character.isUpperCase(cs[s - offset])) {
      return true; // an initial: "George W. Bush"
    }
    long key = 0;
    for (int k = s; k < dot; k++) {
      char c = cs[k - offset];
      if (c == 0 || c >= 0x80) {
        return ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(java.util.Locale.ROOT));
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      key = key << 7 | c;
    }
    return java.util.Arrays.binarySearch(ABBREVIATION_KEYS, key) >= 0;
  }

  /**
   * Word tokens (letters, digits and the apostrophes and hyphens inside them) and single-character
   * punctuation tokens, between {@code from} and {@code to}.
   */
  public static void tokenize(String text, int from, int to, IntList starts, IntList ends) {
    // Read from an array: a String's charAt asks its coder and checks the index at every
    // character, which a loop over a char[] does not (JFR: tokenizing 8 % of quotes' CPU).
    char[] cs = new char[to - from];
    text.getChars(from, to, cs, 0);
    tokenize(text, cs, from, from, to, starts, ends);
  }

  /**
   * As {@link #tokenize(String, int, int, IntList, IntList)}, given the text's characters from
   * offset {@code offset} on in {@code cs} ({@code cs[i - offset]} is {@code text.charAt(i)}).
   */
  public static void tokenize(String text, char[] cs, int offset, int from, int to,
      IntList starts, IntList ends) {
    int i = from;
    while (i < to) {
      char c = cs[i - offset];
      // A letter or digit is asked about first: most characters are, and no space is one.
      if (!isLetterOrDigit(c) && isSpace(c)) {
        i++;
        continue;
      }
      if (isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = cs[j - offset];
          if (isLetterOrDigit(d)) {
            j++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == ',')
              && j + 1 < to && isLetterOrDigit(cs[j + 1 - offset])
              && (d != ',' || (Character.isDigit(cs[j - 1 - offset]) && Character.isDigit(cs[j + 1 - offset])))
              && (d != '.' || !Character.isLowerCase(cs[j + 1 - offset]) || Character.isDigit(cs[j - 1 - offset]) || isInitialism(text, i, j))) {
            j += 2;
          } else {
            break;
          }
        }
        // Keep the period of an initial or abbreviation ("Sen.", "U.S.") with its word.
        if (j < to && cs[j - offset] == '.' && isAbbreviation(text, cs, offset, i, j)) {
          j++;
        }
        starts.add(i);
        ends.add(j);
        i = j;
      } else if (Character.isSurrogate(c) && i + 1 < to) {
        starts.add(i);
        ends.add(i + 2);
        i += 2;
      } else {
        starts.add(i);
        ends.add(i + 1);
        i++;
      }
    }
  }

  /**
   * The tokens of a text ({@code cs} its characters, {@code text} the same as a string) that
   * differs from one already tokenized ({@code was} its characters, {@code wasStarts} and {@code
   * wasEnds} its tokens) only at the offsets {@code changed}, in ascending order: the old tokens,
   * but those of each run of non-space characters (in the old text) that holds a changed offset,
   * which are tokenized again. Returns false, having added nothing, where that would not give
   * what {@link #tokenize} gives (a surrogate at a run's end, whose token takes the space after
   * it), for the caller to tokenize the whole text.
   *
   * <p>A token holds no space but in that case, and tokenizing looks neither before a token's
   * start nor past the space after it: so tokens start afresh after each space, and a run whose
   * characters did not change keeps its tokens. The nested quotes' pass reads the text again
   * with a few quote marks made line breaks (JFR: tokenizing it again was 2 % of quotes' CPU).
   *
   * <p>Internal: public only for that pass in {@code org.quotetrace.quote}; not a stable API.
   */
  public static boolean retokenize(String text, char[] cs, char[] was, int[] wasStarts,
      int[] wasEnds, int[] changed, IntList starts, IntList ends) {
    int len = cs.length;
    if (was.length != len) {
      return false;
    }
    int mark = starts.size();
    int k = 0; // the next old token
    int c = 0;
    while (c < changed.length) {
      int from = changed[c];
      while (from > 0 && !isSpace(was[from - 1])) {
        from--;
      }
      int to = runEnd(was, changed[c]);
      // A changed offset at or before the run's end (its space) joins the run.
      for (c++; c < changed.length && changed[c] <= to; c++) {
        to = Math.max(to, runEnd(was, changed[c]));
      }
      if (Character.isSurrogate(was[to - 1]) || Character.isSurrogate(cs[to - 1])) {
        starts.truncate(mark);
        ends.truncate(mark);
        return false;
      }
      for (; k < wasStarts.length && wasStarts[k] < from; k++) {
        starts.add(wasStarts[k]);
        ends.add(wasEnds[k]);
      }
      tokenize(text, cs, 0, from, to, starts, ends);
      while (k < wasStarts.length && wasStarts[k] < to) {
        k++;
      }
    }
    for (; k < wasStarts.length; k++) {
      starts.add(wasStarts[k]);
      ends.add(wasEnds[k]);
    }
    return true;
  }

  /** The first offset after {@code i} whose character is a space, or the text's length. */
  private static int runEnd(char[] cs, int i) {
    int to = i + 1;
    while (to < cs.length && !isSpace(cs[to])) {
      to++;
    }
    return to;
  }

  /** {@link Character#isLetterOrDigit(char)}, answered for ASCII without its tables. */
  static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isInitialism(String text, int start, int dot) {
    return dot - start == 1 && Character.isLetter(text.charAt(start));
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\u2009'
        || c == '\u200b' || c == '\u202f' || c == '\u3000' || c == '\f' || c == '\u000b'
        || c == '\ufeff';
  }

  /** A growable int array, so tokenizing does not box. */
  public static final class IntList {
    private int[] data;
    private int size;

    public IntList(int capacity) {
      data = new int[Math.max(4, capacity)];
    }

    public void add(int v) {
      if (size == data.length) {
        data = java.util.Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = v;
    }

    public int get(int i) {
      return data[i];
    }

    public int size() {
      return size;
    }

    public void clear() {
      size = 0;
    }

    /** Keeps the first {@code size} values. */
    private void truncate(int size) {
      this.size = Math.min(this.size, size);
    }

    public int[] toArray() {
      return java.util.Arrays.copyOf(data, size);
    }
  }
}
