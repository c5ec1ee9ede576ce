package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a stretch of text in the forms they are compared by, each with the span of the
 * characters it came from. Parallel arrays rather than objects: a 10,000-word transcript is
 * aligned against hundreds of quotes, and this is the inner loop's data.
 *
 * <p>One written word can give several forms ("we're" gives "we" and "are") and several written
 * words one form ("four thousand" gives "4000"); every form keeps the span of what it came from.
 */
final class Words {
  final String text;
  final int size;
  final int[] start;
  final int[] end;
  final String[] norm;
  final String[] stem;
  final boolean[] content;
  /** Inside square brackets: an editor's insertion, not the speaker's words. */
  final boolean[] bracket;
  /** A speaker label of a transcript ("REPORTER:"): nobody said these words. */
  final boolean[] label;
  /** One of the forms of a contraction ("we're"): the same words, but not the same writing. */
  final boolean[] contracted;
  /** Offsets of the {@code [} read as text because nothing closes them nearby (at most a few). */
  final List<Integer> unclosedBrackets;
  /**
   * Reported speech, the writer's words for what someone said: a "they" or "his" may be the
   * speaker's own "we" or "my", moved to the third person (see {@link MeaningCheck}).
   */
  final boolean reported;

  private Words(String text, List<Tok> toks, List<Integer> unclosedBrackets) {
    this.reported = false;
    this.text = text;
    this.unclosedBrackets = List.copyOf(unclosedBrackets);
    this.size = toks.size();
    start = new int[size];
    end = new int[size];
    norm = new String[size];
    stem = new String[size];
    content = new boolean[size];
    bracket = new boolean[size];
    contracted = new boolean[size];
    label = new boolean[size];
    for (int i = 0; i < size; i++) {
      Tok t = toks.get(i);
      start[i] = t.start;
      end[i] = t.end;
      norm[i] = t.norm;
      stem[i] = Norm.stem(t.norm);
      content[i] = !Norm.isStopword(t.norm);
      bracket[i] = t.bracket;
      contracted[i] = t.contracted;
    }
  }

  /** The same words, as reported speech. */
  private Words(Words w) {
    text = w.text;
    size = w.size;
    start = w.start;
    end = w.end;
    norm = w.norm;
    stem = w.stem;
    content = w.content;
    bracket = w.bracket;
    label = w.label;
    contracted = w.contracted;
    unclosedBrackets = w.unclosedBrackets;
    reported = true;
  }

  /**
   * Word {@code k} as written, for a tagger that reads case ("Trump chooses you"): the written
   * word when its form is that word lower-cased, else the form ("are" of "we're", "4000" of
   * "four thousand"), "I" for "i".
   */
  String cased(int k) {
    String written = text.substring(start[k], end[k]).replace('\u2019', '\'');
    if (written.toLowerCase(java.util.Locale.ROOT).equals(norm[k])) {
      return written;
    }
    return norm[k].equals("i") ? "I" : norm[k];
  }

  /** Titles written before a name, often with a full stop: "Mr.", "Sen.", "Gov.". */
  static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "dr", "gov",
      "sen", "rep", "gen", "lt", "col", "sgt", "rev", "prof", "st");

  /** Marks that end a clause or a sentence, as the tagger was trained to see them. */
  private static final String CLAUSE_MARKS = ".,;:?!\u2014\u2013";

  /**
   * The mark that closes a clause or sentence right after word {@code k} (",", "." ...), before
   * the next word {@code next} (-1: none follows), "-" for the hyphen of a compound, or "" when
   * there is none or the two are forms of one written word ("we're").
   */
  String punctuationAfter(int k, int next) {
    int limit = next >= 0 ? start[next] : Math.min(text.length(), end[k] + 8);
    if (next >= 0 && start[next] < end[k]) {
      return "";
    }
    // A title's full stop ("Mrs. Clinton") closes nothing: read as a sentence's, it left
    // "Clinton leads" a clause of its own and the tagger took "leads" for a noun.
    if (next >= 0 && TITLES.contains(norm[k]) && end[k] < text.length()
        && text.charAt(end[k]) == '.') {
      return "";
    }
    // The hyphen of a compound ("a 24-point lead") is a token of its own in the treebank: without
    // it the tagger read "a 24 point lead over" with "lead" a verb. It closes no clause.
    if (next >= 0 && start[next] == end[k] + 1 && text.charAt(end[k]) == '-') {
      return "-";
    }
    for (int i = end[k]; i < limit; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return "";
      }
      if (CLAUSE_MARKS.indexOf(c) >= 0) {
        return String.valueOf(c);
      }
    }
    return "";
  }

  /** These words as reported speech (the arrays are shared, not copied). */
  Words asReported() {
    return reported ? this : new Words(this);
  }

  record Tok(int start, int end, String norm, boolean bracket, boolean contracted) {
    Tok(int start, int end, String norm, boolean bracket) {
      this(start, end, norm, bracket, false);
    }
  }

  /** The words of {@code text[from, to)}. Brackets opened before {@code from} are not seen. */
  static Words of(String text, int from, int to) {
    List<Tok> raw = new ArrayList<>(Math.max(8, (to - from) / 5));
    List<Integer> unclosed = new ArrayList<>();
    scan(text, from, to, new Listener() {
      @Override
      public void word(int i, int j, boolean bracket) {
        raw.add(new Tok(i, j, text.substring(i, j), bracket));
      }

      @Override
      public void unclosedBracket(int at) {
        if (unclosed.size() < MAX_LISTED_UNCLOSED) {
          unclosed.add(at);
        }
      }
    });
    return new Words(text, normalise(text, raw), unclosed);
  }

  /** Unclosed brackets listed one by one; beyond this a broken file would drown the rest. */
  static final int MAX_LISTED_UNCLOSED = 20;

  /** Hears each word of a text as written, before any form is given to it. */
  interface Listener {
    void word(int start, int end, boolean bracket);

    /** A {@code [} at {@code at} that nothing closes nearby: read as text, not as a bracket. */
    default void unclosedBracket(int at) {}
  }

  /**
   * Longest editor's insertion, in characters. "[inaudible" with no {@code ]}, or the {@code [}
   * of a terminal colour code, must not turn the rest of a source into an insertion nobody said.
   */
  static final int MAX_BRACKET = 300;

  /**
   * Where the bracket opened at {@code open} closes: the offset of its {@code ]}, nested brackets
   * counted, or -1 when none closes it within {@link #MAX_BRACKET} characters and before a blank
   * line (a paragraph's end), or when it follows an escape character (ESC[31m is a terminal
   * colour, not an insertion).
   */
  static int bracketEnd(String text, int open, int to) {
    if (open > 0 && text.charAt(open - 1) == '\u001b') {
      return -1;
    }
    int depth = 0;
    int limit = Math.min(to, open + MAX_BRACKET);
    boolean lineBlank = false;
    for (int k = open; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        if (--depth == 0) {
          return k;
        }
      } else if (c == '\n') {
        if (lineBlank) {
          return -1;
        }
        lineBlank = true;
      } else if (lineBlank && !Character.isWhitespace(c)) {
        lineBlank = false;
      }
    }
    return -1;
  }

  /**
   * The words of {@code text[from, to)} as written, in order: runs of letters and digits (with
   * inner apostrophes and digit separators), a currency symbol before a digit, a per cent sign.
   */
  static void scan(String text, int from, int to, Listener sink) {
    // Inside a bracket while i < bracketClose; a bracket is only entered when its close is known.
    int bracketClose = -1;
    int depth = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      depth = i < bracketClose ? 1 : 0;
      if (c == '[') {
        if (depth == 0) {
          bracketClose = bracketEnd(text, i, to);
          if (bracketClose < 0) {
            sink.unclosedBracket(i);
          }
        }
        i++;
        continue;
      }
      if (c == ']') {
        i++;
        continue;
      }
      if ((c == '£' || c == '$' || c == '€') && i + 1 < to && digit(text.charAt(i + 1))) {
        sink.word(i, i + 1, depth > 0);
        i++;
        continue;
      }
      if (c == '%') {
        sink.word(i, i + 1, depth > 0);
        i++;
        continue;
      }
      if (!letterOrDigit(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to) {
        char d = text.charAt(j);
        if (letterOrDigit(d)) {
          j++;
        } else if ((d == '\'' || d == '’') && j + 1 < to && letter(text.charAt(j + 1))
            && letter(text.charAt(j - 1))) {
          j += 2;
        } else if ((d == ',' || d == '.' || d == ':') && j + 1 < to
            && digit(text.charAt(j - 1))
            && digit(text.charAt(j + 1))) {
          j += 2;
        } else if ((d == '\'' || d == '’') && j + 1 <= to && text.charAt(j - 1) == 's'
            && (j + 1 == to || !letterOrDigit(text.charAt(j + 1)))
            && j - i > 1) {
          // "the countries' borders": the apostrophe ends the possessive word.
          j++;
          break;
        } else {
          break;
        }
      }
      sink.word(i, j, depth > 0);
      i = j;
    }
  }

  // Every indexed text is scanned a character at a time, and Character's tables cost a lookup
  // through CharacterData that the JIT does not always inline (JFR: a tenth of the stems' time).
  // In ASCII the letters and digits are exactly [A-Za-z0-9].
  private static boolean letterOrDigit(char c) {
    return c < 0x80 ? letter(c) || digit(c) : Character.isLetterOrDigit(c);
  }

  private static boolean letter(char c) {
    return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
  }

  private static boolean digit(char c) {
    return c < 0x80 ? (char) (c - '0') < 10 : Character.isDigit(c);
  }


  // News writes "£200m", "€4.2bn" and "10cm" where a speaker says "two hundred million pounds"
  // and "ten centimetres": the figure and its scale or unit are two words run together. "m" and
  // "k" are million and thousand only after a currency sign ("a 200m race" is metres).
  private static final java.util.regex.Pattern SUFFIXED =
      java.util.regex.Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(bn|m|k|cm|mm|km|kg)");
  private static final Map<String, String> SUFFIXES = Map.of("bn", "billion", "m", "million",
      "k", "thousand", "cm", "centimetres", "mm", "millimetres", "km", "kilometres",
      "kg", "kilograms");

  /**
   * The written word starting at {@code start} split into its figure and the word its suffix
   * abbreviates ("£200m" as "200 million", "10cm" as "10 centimetres"), or null when it is no
   * such word; {@code before} is the word before it (null: none), whose currency sign, written
   * right against it, makes "m" and "k" million and thousand.
   */
  static String[] suffixed(String word, Tok before, int start) {
    boolean afterCurrency = before != null && before.end == start && isCurrencySign(before.norm);
    java.util.regex.Matcher m = Character.isDigit(word.charAt(0))
        ? SUFFIXED.matcher(word.toLowerCase(java.util.Locale.ROOT)) : null;
    if (m == null || !m.matches()) {
      return null;
    }
    String suffix = m.group(2);
    if ((suffix.equals("m") || suffix.equals("k")) && !afterCurrency) {
      return null;
    }
    return new String[] {m.group(1), SUFFIXES.get(suffix)};
  }

  private static List<Tok> normalise(String text, List<Tok> raw) {
    List<Tok> out = new ArrayList<>(raw.size() + 8);
    for (int r = 0; r < raw.size(); r++) {
      Tok t = raw.get(r);
      String[] split = suffixed(t.norm, r > 0 ? raw.get(r - 1) : null, t.start);
      if (split != null) {
        for (String part : split) {
          out.add(new Tok(t.start, t.end, Norm.formsAsWritten(part).get(0), t.bracket));
        }
        continue;
      }
      List<String> forms = Norm.formsAsWritten(t.norm);
      for (String f : forms) {
        if (!f.isEmpty()) {
          out.add(new Tok(t.start, t.end, f, t.bracket,
              forms.size() > 1 && (t.norm.indexOf('\'') >= 0 || t.norm.indexOf('’') >= 0)));
        }
      }
    }
    return join(text, out);
  }

  /**
   * Joins forms that make one word together: "per cent", number phrases, a currency symbol and
   * its amount, a time of day and its "am". Only a form {@link #startsJoin} can start a join, and
   * only those and a form {@link #canBeJoined} take part in one: a run of forms between two
   * others gives the same result joined alone as in its text. {@code text} is what the forms'
   * spans point into: a number phrase is said in one breath, so punctuation between two forms
   * ("since 2019. Eleven.", "in 2019, eleven routes") ends it.
   */
  static List<Tok> join(String text, List<Tok> out) {
    // "per cent" and "percent" and "%" are one word.
    List<Tok> merged = new ArrayList<>(out.size());
    for (int k = 0; k < out.size(); k++) {
      Tok t = out.get(k);
      if (t.norm.equals("per") && k + 1 < out.size() && out.get(k + 1).norm.equals("cent")) {
        merged.add(new Tok(t.start, out.get(k + 1).end, "percent", t.bracket));
        k++;
      } else {
        merged.add(t);
      }
    }
    return ordinals(text, times(currencies(joinNumbers(text, merged))));
  }

  private static final String[] ORDINAL_WORDS = {
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth"
  };
  private static final Map<String, Integer> ORDINALS = new HashMap<>();

  static {
    for (int i = 1; i < ORDINAL_WORDS.length; i++) {
      ORDINALS.put(ORDINAL_WORDS[i], i);
    }
    ORDINALS.put("thirtieth", 30);
  }

  private static final java.util.regex.Pattern ORDINAL_DIGITS =
      java.util.regex.Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)");

  /**
   * "The fifteenth" and "the 15th", "twenty-first" and "21st" are one date: each ordinal becomes
   * one form. The first three stay words ("first", not "1st"), as they are far more often said
   * of an order than of a date, and other rules read them as words.
   */
  private static List<Tok> ordinals(String text, List<Tok> toks) {
    List<Tok> out = new ArrayList<>(toks.size());
    for (int k = 0; k < toks.size(); k++) {
      Tok t = toks.get(k);
      Integer word = ORDINALS.get(t.norm);
      java.util.regex.Matcher m = word == null && Character.isDigit(t.norm.charAt(0))
          ? ORDINAL_DIGITS.matcher(t.norm) : null;
      if (m != null && m.matches()) {
        out.add(new Tok(t.start, t.end, ordinal(Integer.parseInt(m.group(1))), t.bracket));
      } else if (word != null && word < 10 && !out.isEmpty() && spoken(text, out.get(out.size() - 1), t)
          && TENS.contains(out.get(out.size() - 1).norm)) {
        Tok tens = out.remove(out.size() - 1); // "twenty-first"
        out.add(new Tok(tens.start, t.end, ordinal(Integer.parseInt(tens.norm) + word), t.bracket));
      } else if (word != null) {
        out.add(new Tok(t.start, t.end, ordinal(word), t.bracket));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static final Set<String> TENS = Set.of("20", "30", "40", "50", "60", "70", "80", "90");

  /** The months' names, lower-cased ("may" and "march" among them: whether they are is the caller's). */
  static final List<String> MONTHS = List.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december");

  /**
   * The number an ordinal's normal form says ("first" 1, "23rd" 23; {@link #ordinals} writes
   * every other ordinal in figures), or 0 for a word that is none.
   */
  static int ordinalValue(String norm) {
    Integer word = ORDINALS.get(norm);
    if (word != null) {
      return word;
    }
    java.util.regex.Matcher m = !norm.isEmpty() && Character.isDigit(norm.charAt(0))
        ? ORDINAL_DIGITS.matcher(norm) : null;
    return m != null && m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String ordinal(int n) {
    if (n >= 1 && n <= 3) {
      return ORDINAL_WORDS[n];
    }
    int last = n % 10;
    String suffix = n % 100 / 10 == 1 ? "th"
        : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return n + suffix;
  }

  /** A form that may start a join: a number part, "per", a currency symbol, a time. */
  static boolean startsJoin(String form) {
    return Norm.isNumberPart(form) || form.equals("per") || isCurrencySign(form)
        || Character.isDigit(form.charAt(0));
  }

  /** The currency signs a figure may follow: "£", "$", "€". */
  static boolean isCurrencySign(String form) {
    return form.equals("£") || form.equals("$") || form.equals("€");
  }

  /** A form that a join started before it may take in: "and" of numbers, "am" of times, "cent". */
  static boolean canBeJoined(String form) {
    return switch (form) {
      case "and", "am", "pm", "a", "p", "m", "cent" -> true;
      default -> false;
    };
  }

  // "2.30am", "2:30 a.m." and "2:30 am" are one time of day; "2am", "2 a.m." and "two o'clock"
  // one hour, "2:00" (with its "am" where it has one: "o'clock" does not say which).
  private static List<Tok> times(List<Tok> toks) {
    List<Tok> out = new ArrayList<>(toks.size());
    for (int k = 0; k < toks.size(); k++) {
      Tok t = toks.get(k);
      java.util.regex.Matcher h = Character.isDigit(t.norm.charAt(0)) ? HOUR.matcher(t.norm) : null;
      if (h != null && h.matches() && isHour(h.group(1))) {
        out.add(new Tok(t.start, t.end, h.group(1) + ":00", t.bracket));
        out.add(new Tok(t.start, t.end, h.group(2) + "m", t.bracket));
        continue;
      }
      if (isHour(t.norm) && k + 1 < toks.size()) {
        String next = toks.get(k + 1).norm;
        if (next.equals("oclock")) {
          out.add(new Tok(t.start, toks.get(k + 1).end, t.norm + ":00", t.bracket));
          k++;
          continue;
        }
        if (next.equals("am") || next.equals("pm")) {
          out.add(new Tok(t.start, t.end, t.norm + ":00", t.bracket));
          continue;
        }
        if (k + 2 < toks.size() && (next.equals("a") || next.equals("p"))
            && toks.get(k + 2).norm.equals("m")) {
          out.add(new Tok(t.start, t.end, t.norm + ":00", t.bracket));
          out.add(new Tok(toks.get(k + 1).start, toks.get(k + 2).end, next + "m", t.bracket));
          k += 2;
          continue;
        }
      }
      // Only a token that starts with a digit can be a time; most are words.
      java.util.regex.Matcher m = Character.isDigit(t.norm.charAt(0)) ? TIME.matcher(t.norm) : null;
      if (m != null && m.matches()) {
        String clock = m.group(1) + ":" + m.group(2);
        if (m.group(3) != null) {
          out.add(new Tok(t.start, t.end, clock, t.bracket));
          out.add(new Tok(t.start, t.end, m.group(3) + "m", t.bracket));
          continue;
        }
        if (k + 1 < toks.size() && (toks.get(k + 1).norm.equals("am")
            || toks.get(k + 1).norm.equals("pm"))) {
          out.add(new Tok(t.start, t.end, clock, t.bracket));
          continue;
        }
        if (k + 2 < toks.size() && (toks.get(k + 1).norm.equals("a")
            || toks.get(k + 1).norm.equals("p")) && toks.get(k + 2).norm.equals("m")) {
          out.add(new Tok(t.start, t.end, clock, t.bracket));
          out.add(new Tok(toks.get(k + 1).start, toks.get(k + 2).end,
              toks.get(k + 1).norm + "m", t.bracket));
          k += 2;
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  private static final java.util.regex.Pattern HOUR = java.util.regex.Pattern.compile("(\\d{1,2})([ap])m");

  /** "1" to "12": an hour of the clock. */
  private static boolean isHour(String norm) {
    if (norm.isEmpty() || norm.length() > 2) {
      return false;
    }
    for (int i = 0; i < norm.length(); i++) {
      if (!Character.isDigit(norm.charAt(i))) {
        return false;
      }
    }
    int v = Integer.parseInt(norm);
    return v >= 1 && v <= 12;
  }

  private static final java.util.regex.Pattern TIME =
      java.util.regex.Pattern.compile("(\\d{1,2})[.:](\\d{2})(?:([ap])m)?");

  /** A sum in pence written short: "12p", "2.5p". */
  private static final java.util.regex.Pattern PENCE =
      java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?p");

  // "£3.4 million" is said "3.4 million pounds": the symbol becomes a word after the number.
  private static List<Tok> currencies(List<Tok> toks) {
    List<Tok> out = new ArrayList<>(toks.size());
    for (int k = 0; k < toks.size(); k++) {
      Tok t = toks.get(k);
      String word = switch (t.norm) {
        case "£" -> "pounds";
        case "$" -> "dollars";
        case "€" -> "euros";
        default -> null;
      };
      if (word != null && k + 1 < toks.size() && Norm.isNumeral(toks.get(k + 1).norm)) {
        out.add(toks.get(k + 1));
        out.add(new Tok(t.start, t.end, word, t.bracket));
        k++;
      } else if (word == null && PENCE.matcher(t.norm).matches()
          && t.end - t.start == t.norm.length()) {
        // "12p" is "12 pence" written short: the figure and its unit, as "twelve pence" reads.
        out.add(new Tok(t.start, t.end - 1, t.norm.substring(0, t.norm.length() - 1), t.bracket));
        out.add(new Tok(t.end - 1, t.end, "pence", t.bracket));
      } else if (word == null) {
        out.add(t);
      }
    }
    return out;
  }

  // Number phrases become one form with the span of the whole phrase: "four thousand" = "4,000".
  private static List<Tok> joinNumbers(String text, List<Tok> toks) {
    List<Tok> out = new ArrayList<>(toks.size());
    int k = 0;
    while (k < toks.size()) {
      Tok t = toks.get(k);
      if (!Norm.isNumberPart(t.norm)) {
        out.add(t);
        k++;
        continue;
      }
      int e = k + 1;
      List<String> run = new ArrayList<>();
      run.add(t.norm);
      while (e < toks.size() && spoken(text, toks.get(e - 1), toks.get(e))) {
        String n = toks.get(e).norm;
        if (Norm.isNumberPart(n) && !(Norm.isNumeral(n) && Norm.isNumeral(toks.get(e - 1).norm))
            && Norm.mayFollow(toks.get(e - 1).norm, n)) {
          run.add(n);
          e++;
        } else if (n.equals("point") && e + 1 < toks.size()
            && spoken(text, toks.get(e), toks.get(e + 1))
            && Norm.isDigitWord(toks.get(e + 1).norm) && !run.contains("point")
            && !Norm.isScale(toks.get(e - 1).norm) && !Norm.isNumeral(toks.get(e - 1).norm)
            && !atOnePoint(toks, k, run)) {
          // "two point four million", as a transcript or captions write 2.4 million.
          run.add(n);
          e++;
          while (e < toks.size() && spoken(text, toks.get(e - 1), toks.get(e))
              && Norm.isDigitWord(toks.get(e).norm)) {
            run.add(toks.get(e).norm);
            e++;
          }
        } else if (n.equals("and") && e + 1 < toks.size()
            && spoken(text, toks.get(e), toks.get(e + 1))
            && Norm.isNumberPart(toks.get(e + 1).norm)
            && !Norm.isNumeral(toks.get(e + 1).norm)
            && (toks.get(e - 1).norm.equals("hundred") || Norm.isScale(toks.get(e - 1).norm))) {
          run.add(n);
          e++;
        } else {
          break;
        }
      }
      List<String> clean = run.stream().filter(s -> !s.equals("and")).toList();
      String value = Norm.numberValue(clean);
      if (value == null && clean.equals(List.of("one")) && scorePart(text, toks, k)) {
        value = "1";
      }
      if (value == null) {
        out.add(t);
        k++;
        continue;
      }
      out.add(new Tok(t.start, toks.get(e - 1).end, value, t.bracket));
      k = e;
    }
    return out;
  }

  /**
   * Whether the word at {@code k} is hyphened to a figure before or after it, as the "one" of
   * "two-one" or "one-nil" is: a score, where "one" is a count and not a pronoun.
   */
  private static boolean scorePart(String text, List<Tok> toks, int k) {
    return k > 0 && hyphened(text, toks.get(k - 1), toks.get(k))
        && Norm.isNumberPart(toks.get(k - 1).norm)
        || k + 1 < toks.size() && hyphened(text, toks.get(k), toks.get(k + 1))
        && Norm.isNumberPart(toks.get(k + 1).norm);
  }

  private static boolean hyphened(String text, Tok a, Tok b) {
    if (b.start - a.end != 1) {
      return false;
    }
    char c = text.charAt(a.end);
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  /**
   * Whether the run is the "one" of "at one point", the idiom of time: "At one point two officers
   * were hurt" says nothing of 1.2.
   */
  private static boolean atOnePoint(List<Tok> toks, int k, List<String> run) {
    return run.size() == 1 && run.get(0).equals("one") && k > 0 && toks.get(k - 1).norm.equals("at");
  }

  /**
   * Whether nothing but spaces or a hyphen stands between two forms, so that they may be one
   * number phrase ("four thousand", "twenty-five"). Forms of one written word share its span.
   */
  static boolean spoken(String text, Tok a, Tok b) {
    for (int i = a.end; i < b.start; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u2011') {
        return false;
      }
    }
    return true;
  }

  /** The index of the first word that starts at or after {@code offset}. */
  int firstAtOrAfter(int offset) {
    int i = Arrays.binarySearch(start, 0, size, offset);
    if (i < 0) {
      i = -i - 1;
    } else {
      while (i > 0 && start[i - 1] == offset) {
        i--;
      }
    }
    return i;
  }

  /** The index after the last word that ends at or before {@code offset}. */
  int endAtOrBefore(int offset) {
    int i = firstAtOrAfter(offset);
    while (i > 0 && end[i - 1] > offset) {
      i--;
    }
    return i;
  }

  /** Words nobody said: an editor's bracket or a speaker label. */
  boolean silent(int i) {
    return bracket[i] || label[i];
  }

  /** The normalised forms of words {@code i} to {@code i + 2}: the seed of a reused passage. */
  String trigram(int i) {
    return norm[i] + ' ' + norm[i + 1] + ' ' + norm[i + 2];
  }

  /** Content words between {@code from} and {@code to}, silent words excluded. */
  int contentCount(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (content[i] && !silent(i)) {
        n++;
      }
    }
    return n;
  }

  /** Words between {@code from} and {@code to} that someone said (not silent). */
  int saidCount(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!silent(i)) {
        n++;
      }
    }
    return n;
  }

  double weight(int i) {
    return content[i] ? 1.0 : 0.35;
  }
}
