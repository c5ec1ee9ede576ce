package org.quotetrace.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotetrace.text.Span;

/**
 * Tells speech from quote marks around a title, a name or a term. News quotes single reported words
 * too ("unfair", "progress"), so only clear signs make a quote anything but speech: a work named by
 * the words before it, a nickname between a first and last name, "so-called".
 */
final class KindRules {
  private static final Set<String> WORK_WORDS =
      Lexicon.set("book", "film", "movie", "song", "album", "show", "series", "program", "programme",
          "titled", "entitled", "column", "documentary", "play", "musical", "novel", "memoir",
          "episode", "podcast", "poem", "painting", "single", "track", "headline", "op-ed",
          "essay", "report", "broadcast", "edition", "sings", "sang", "hit", "tv", "magazine", "newspaper", "article",
          "tour", "exhibit", "exhibition", "anthem", "slogan", "hashtag", "sitcom", "drama",
          "special", "segment");
  /**
   * Nouns that a quoted name follows ("Operation “Sophia”"). Verbs of naming ("dubbed",
   * "nicknamed", "called") are not among them: they report that somebody called a thing so.
   */
  private static final Set<String> NAME_WORDS =
      Lexicon.set("operation", "project", "campaign", "initiative", "act", "plan");
  /**
   * Words that put quoted words at the writer's distance. "The term", "the words" and "the phrase"
   * are not among them: they cite language somebody used ("refused to use the words “radical
   * Islam”"), which is reported speech.
   */
  private static final Set<String> TERM_WORDS = Lexicon.set("so-called");

  private static final Set<String> PRONOUNS =
      Lexicon.set("he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", "it");

  private static final Set<String> MINOR_WORDS =
      Lexicon.set("with", "from", "into", "over", "upon", "onto", "than", "that", "about");

  /*
   * The pattern compiled once: String.replaceAll and String.split compile theirs at every call,
   * which was most of the kind rules' CPU (JFR: Pattern.compile under kind and headline, 3-4 % of
   * quotes'). Pattern.matcher(s).replaceAll and Pattern.split(s) are what those String methods do.
   */
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,!?;:]+$");

  private KindRules() {}

  /** Whether a lower-case word is a personal pronoun. */
  static boolean isPronoun(String lower) {
    return PRONOUNS.contains(lower);
  }

  static QuoteKind kind(String text, Span content, int openMark) {
    String inner = content.text(text).strip();
    int words = inner.isEmpty() ? 0 : countWords(inner, 8);
    if (words == 0 || words > 8) {
      return QuoteKind.SPEECH;
    }
    String prev = previousWord(text, openMark);
    String prev2 = previousWord(text, openMark - prev.length() - 1);
    char after = nextChar(text, content.end() + 1);
    boolean titleCase = isTitleCase(inner);
    boolean endsLikeSpeech = inner.endsWith(".") || inner.endsWith("?") || inner.endsWith("!");
    if (TERM_WORDS.contains(prev) || prev2.equals("so-called")) {
      return QuoteKind.TERM;
    }
    if (words == 1 && PRONOUNS.contains(
        TRAILING_PUNCT.matcher(inner).replaceAll("").toLowerCase(Locale.ROOT))) {
      return QuoteKind.TERM; // the pronoun "she" is a word mentioned, not words said
    }
    if (titleCase && !endsLikeSpeech) {
      // Dwayne "The Rock" Johnson: a nickname inside a name.
      if (isCapitalWordBefore(text, openMark) && Character.isUpperCase(after)) {
        return QuoteKind.NAME;
      }
      // CNN's "State of the Union", MSNBC’s “Morning Joe”: a programme named after its network.
      String before = originalWordBefore(text, openMark);
      if (before.length() > 3 && (before.endsWith("'s") || before.endsWith("’s"))
          && Character.isUpperCase(before.charAt(1)) && Character.isUpperCase(before.charAt(0))) {
        return QuoteKind.TITLE;
      }
      if (WORK_WORDS.contains(prev) || WORK_WORDS.contains(prev2)) {
        return QuoteKind.TITLE;
      }
      if (NAME_WORDS.contains(prev)) {
        return QuoteKind.NAME;
      }
    }
    return QuoteKind.SPEECH;
  }

  /** Longest line that can still be a headline or subhead; longer first lines are prose. */
  private static final int MAX_HEADLINE_LINE = 160;

  /**
   * The headline block at the start of an article: one line, or a headline and a subhead, set off
   * from the story by a blank line. Null when the text does not start that way. Headlines are
   * written in the present tense ("Mayor says …"), so a first line with "said" or "told" is the
   * story's lead, not its headline.
   */
  static Span headline(String text) {
    return headline(text, null);
  }

  /** As {@link #headline(String)}, given the text's soft breaks, or null to find them. */
  static Span headline(String text, java.util.BitSet softBreaks) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int lines = 0;
    int i = start;
    while (i < text.length()) {
      int eol = text.indexOf('\n', i);
      if (eol < 0) {
        return null; // nothing follows: the whole text is one block
      }
      if (eol - i > MAX_HEADLINE_LINE || ++lines > 2) {
        return null;
      }
      i = eol + 1;
      if (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
        break;
      }
    }
    int end = i;
    if (isBlank(text, end)) {
      return null;
    }
    // The first paragraph of hard-wrapped text is two short lines too, but one paragraph.
    int soft = (softBreaks != null ? softBreaks : org.quotetrace.text.LineWrap.softBreaks(text))
        .nextSetBit(start);
    if (soft >= 0 && soft < end) {
      return null;
    }
    if (saysSaidOrTold(text.substring(start, end).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return new Span(start, end);
  }

  /**
   * Whether a run of letters (code points of {@link Character#isLetter}, which is what {@code
   * \p{L}} matches) of {@code lower} is "said" or "told": the words {@code split("[^\p{L}]+")}
   * gives, read in place, where running the pattern over the lines was about 1 % of quotes' CPU
   * (JFR).
   */
  static boolean saysSaidOrTold(String lower) {
    int n = lower.length();
    int k = 0;
    while (k < n) {
      int cp = lower.codePointAt(k);
      if (!Character.isLetter(cp)) {
        k += Character.charCount(cp);
        continue;
      }
      int s = k;
      do {
        k += Character.charCount(cp);
      } while (k < n && Character.isLetter(cp = lower.codePointAt(k)));
      if (k - s == 4 && (lower.startsWith("said", s) || lower.startsWith("told", s))) {
        return true;
      }
    }
    return false;
  }

  // A copy of the rest of the text only to ask this doubled the memory of a large file.
  private static boolean isBlank(String text, int from) {
    for (int k = from; k < text.length(); k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Longest subhead, in words. */
  private static final int MAX_SUBHEAD_WORDS = 10;

  /**
   * Whether the quote from mark {@code open} to mark {@code close} is a subhead: a short line of
   * its own in single quote marks. Headline style puts quoted words in single marks, where the
   * story itself uses double ones ('A fight to the finish.' between two sections).
   */
  static boolean isSubhead(String text, int open, int close) {
    char mark = text.charAt(open);
    if (mark != '\'' && mark != '‘' || close >= text.length()
        || !MarkScanner.isMarkChar(text.charAt(close))) {
      return false; // only a quote closed by its own mark, not one left open at the line's end
    }
    // Both sides are walked only as far as they can still be a subhead's: looking for the ends of
    // the line made every quote of a 10 MB one-line file read the whole line.
    for (int k = open - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    for (int k = close + 1; k < text.length() && text.charAt(k) != '\n'; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && ".,:;!?".indexOf(c) < 0) {
        return false;
      }
    }
    int words = countWords(text, open + 1, close, MAX_SUBHEAD_WORDS);
    return words > 0 && words <= MAX_SUBHEAD_WORDS;
  }

  /**
   * The words of a stripped, non-empty text as {@code split("\\s+")} counts them (runs of
   * anything but ASCII white space), counted no further than {@code limit + 1}: every quote is
   * asked, and most are far longer than a title or a term.
   */
  static int countWords(String s, int limit) {
    return countWords(s, 0, s.length(), limit);
  }

  /** {@link #countWords(String, int)} of {@code s[from, to)}, with no copy of it. */
  static int countWords(String s, int from, int to, int limit) {
    int n = 0;
    boolean inWord = false;
    for (int i = from; i < to && n <= limit; i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /**
   * Whether every content word of {@code s} is capitalised, its words read as {@code
   * s.replaceAll("[\\p{Punct}“”‘’]", " ").trim().split("\\s+")} reads them, with no pattern run:
   * every quote of up to eight words asks (JFR: the patterns 1 % of quotes' CPU).
   */
  static boolean isTitleCase(String s) {
    // trim() after the marks became spaces: everything up to a space is dropped at either end.
    int from = 0;
    int to = s.length();
    while (from < to && asSpace(s.charAt(from)) <= ' ') {
      from++;
    }
    while (to > from && asSpace(s.charAt(to - 1)) <= ' ') {
      to--;
    }
    int caps = 0;
    int content = 0;
    int i = from;
    while (i < to) {
      int start = i;
      while (i < to && !isSplitSpace(asSpace(s.charAt(i)))) {
        i++;
      }
      int length = i - start;
      i++;
      if (length == 0) {
        continue;
      }
      char c0 = asSpace(s.charAt(start));
      if (length <= 3 && Character.isLowerCase(c0)
          || length <= LONGEST_MINOR_WORD && isMinorWord(s, start, length)) {
        continue; // of, the, a, in, with: title case leaves them small
      }
      content++;
      if (Character.isUpperCase(c0) || Character.isDigit(c0)) {
        caps++;
      }
    }
    return content > 0 && caps == content;
  }

  private static final int LONGEST_MINOR_WORD = 5;

  static {
    for (String w : MINOR_WORDS) {
      if (w.length() > LONGEST_MINOR_WORD) {
        throw new AssertionError("a minor word longer than " + LONGEST_MINOR_WORD + ": " + w);
      }
    }
  }

  /** Whether the word of {@code s} at {@code start} (no mark in it) is in MINOR_WORDS. */
  private static boolean isMinorWord(String s, int start, int length) {
    return MINOR_WORDS.contains(s.substring(start, start + length));
  }

  /** A space for the marks {@code [\p{Punct}“”‘’]} matches (ASCII marks and curly quotes); else c. */
  private static char asSpace(char c) {
    if (c < 128) {
      return c > ' ' && c < 127 && !Character.isLetterOrDigit(c) ? ' ' : c;
    }
    return c == '“' || c == '”' || c == '‘' || c == '’' ? ' ' : c;
  }

  /** What {@code \s} matches: ASCII white space only. */
  private static boolean isSplitSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isCapitalWordBefore(String text, int at) {
    int i = at - 1;
    if (i < 0 || text.charAt(i) != ' ') {
      return false;
    }
    String w = previousWord(text, at);
    return !w.isEmpty() && Character.isUpperCase(originalWordBefore(text, at).charAt(0));
  }

  private static String originalWordBefore(String text, int at) {
    int e = at;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    return s < e ? text.substring(s, e) : " ";
  }

  static String previousWord(String text, int at) {
    if (at <= 0) {
      return "";
    }
    int e = Math.min(at, text.length());
    while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',' || text.charAt(e - 1) == ':')) {
      e--;
    }
    int s = e;
    while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
      s--;
    }
    return text.substring(s, e).toLowerCase(Locale.ROOT);
  }

  private static char nextChar(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() ? text.charAt(i) : ' ';
  }
}
