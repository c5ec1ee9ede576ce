package org.quotetrace.text;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Finds the line breaks that only wrap a paragraph: wire copy, e-mail and text archives break
 * lines at about 70 characters, and such a break is a space, not the end of a paragraph.
 *
 * <p>The evidence is read run by run (lines separated by single line breaks), never assumed for
 * the whole text: in most news text every line is a paragraph, and many corpora rely on it. A run
 * is wrapped when its lines but the last fill one width, it has the shape of prose, and nothing
 * in it looks like a layout of lines (list, transcript labels, subtitles, table, headline, verse).
 * This is the one place the rule lives: the segmenter's paragraphs and the quote mark scanner
 * both ask it.
 */
public final class LineWrap {
  /** Narrowest and widest wrap width believed: narrower lines are verse or lists, wider are not wrapped. */
  static final int MIN_WIDTH = 40;
  static final int MAX_WIDTH = 100;
  /** A full line is at least this share of the width: greedy wrapping leaves at most a word's room. */
  static final double FULL = 0.85;
  /** Longest transcript label before its colon ("MR. SMITH:", "Moderator:"). */
  static final int MAX_LABEL = 30;

  private LineWrap() {}

  /**
   * The offsets of the line-break characters ({@code \n}, {@code \r}, both of a {@code \r\n}) that
   * join two lines of one wrapped paragraph. Empty when the text has no wrapped paragraph.
   */
  public static BitSet softBreaks(String text) {
    int n = text.length();
    Segmenter.IntList starts = new Segmenter.IntList(64); // line start
    Segmenter.IntList ends = new Segmenter.IntList(64); // line end, before its break
    Segmenter.IntList nexts = new Segmenter.IntList(64); // after its break
    int s = 0;
    boolean cr = text.indexOf('\r') >= 0;
    while (s <= n) {
      int i = Segmenter.nextBreak(text, s, cr);
      int after = i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      starts.add(s);
      ends.add(i);
      nexts.add(Math.min(after, n));
      s = after;
    }
    BitSet soft = new BitSet();
    int lines = starts.size();
    int[] lengths = new int[lines];
    int[] firstWords = new int[lines];
    boolean[] blank = new boolean[lines];
    for (int l = 0; l < lines; l++) {
      int e = ends.get(l);
      while (e > starts.get(l) && Segmenter.isSpace(text.charAt(e - 1))) {
        e--;
      }
      lengths[l] = text.codePointCount(starts.get(l), e);
      blank[l] = isBlank(text, starts.get(l), e);
      int f = firstNonSpace(text, starts.get(l), e);
      int w = f;
      while (w < e && !Segmenter.isSpace(text.charAt(w))) {
        w++;
      }
      firstWords[l] = text.codePointCount(f, w);
    }
    // Runs of non-blank lines: [runStart[r], runEnd[r]).
    Segmenter.IntList runFirst = new Segmenter.IntList(16);
    Segmenter.IntList runLast = new Segmenter.IntList(16);
    for (int l = 0; l < lines; l++) {
      if (blank[l]) {
        continue;
      }
      int m = l;
      while (m + 1 < lines && !blank[m + 1]) {
        m++;
      }
      if (m > l) {
        runFirst.add(l);
        runLast.add(m);
      }
      l = m;
    }
    if (runFirst.size() == 0) {
      return soft;
    }
    // A run of three lines or more can prove its own width; the width so found then lets a run of
    // two lines, which cannot, be read the same way.
    int[] widths = new int[runFirst.size()];
    boolean[] wrapped = new boolean[runFirst.size()];
    int proven = 0;
    for (int r = 0; r < runFirst.size(); r++) {
      int a = runFirst.get(r);
      int b = runLast.get(r);
      if (b - a < 2 || looksLaidOut(text, starts, ends, a, b)) {
        continue;
      }
      int width = 0;
      for (int l = a; l <= b; l++) {
        width = Math.max(width, lengths[l]);
      }
      if (width < MIN_WIDTH || width > MAX_WIDTH || !fills(lengths, firstWords, a, b, width)
          || !readsAsProse(text, starts, ends, a, b)) {
        continue;
      }
      wrapped[r] = true;
      widths[proven++] = width;
    }
    if (proven > 0) {
      int[] w = Arrays.copyOf(widths, proven);
      Arrays.sort(w);
      int width = w[proven / 2];
      for (int r = 0; r < runFirst.size(); r++) {
        int a = runFirst.get(r);
        int b = runLast.get(r);
        if (wrapped[r] || looksLaidOut(text, starts, ends, a, b)) {
          continue;
        }
        boolean fits = true;
        for (int l = a; l <= b; l++) {
          fits &= lengths[l] <= width + Math.max(2, width / 20);
        }
        wrapped[r] = fits && fills(lengths, firstWords, a, b, width);
      }
    }
    for (int r = 0; r < runFirst.size(); r++) {
      if (wrapped[r]) {
        for (int l = runFirst.get(r); l < runLast.get(r); l++) {
          soft.set(ends.get(l), nexts.get(l));
        }
      }
    }
    return soft;
  }

  /**
   * Whether the lines of a run but the last fill the width; one in five may fall short otherwise.
   * A line also counts as full when the next line's first word would not have fitted after it:
   * greedy wrapping leaves a short line before a long word ("[permission].''"), and that is the
   * mark of wrapping, not of a line ended on purpose.
   */
  private static boolean fills(int[] lengths, int[] firstWords, int a, int b, int width) {
    int shortLines = 0;
    for (int l = a; l < b; l++) {
      if (lengths[l] < FULL * width && lengths[l] + 1 + firstWords[l + 1] <= width) {
        shortLines++;
      }
    }
    return shortLines <= (b - a) / 5;
  }

  /**
   * Prose wrapped at a width breaks mid-sentence: most lines do not end a sentence, and some line
   * goes on in lower case. Verse and one-sentence-a-line text end lines at stops or start every
   * line with a capital.
   */
  private static boolean readsAsProse(String text, Segmenter.IntList starts, Segmenter.IntList ends, int a, int b) {
    int stops = 0;
    int lowerStarts = 0;
    for (int l = a; l <= b; l++) {
      int e = ends.get(l);
      while (e > starts.get(l) && (Segmenter.isSpace(text.charAt(e - 1)) || Segmenter.isCloser(text.charAt(e - 1)))) {
        e--;
      }
      if (l < b && e > starts.get(l) && ".!?:;".indexOf(text.charAt(e - 1)) >= 0) {
        stops++;
      }
      int f = firstNonSpace(text, starts.get(l), ends.get(l));
      if (l > a && f < ends.get(l) && !Character.isUpperCase(text.codePointAt(f))) {
        lowerStarts++;
      }
    }
    return 2 * stops <= b - a && lowerStarts > 0;
  }

  /** Lists, transcripts, subtitles, tables and headline blocks break lines on purpose. */
  private static boolean looksLaidOut(String text, Segmenter.IntList starts, Segmenter.IntList ends, int a, int b) {
    int listed = 0;
    int words = 0;
    int capitalized = 0;
    for (int l = a; l <= b; l++) {
      int s = firstNonSpace(text, starts.get(l), ends.get(l));
      int e = ends.get(l);
      if (isListMarker(text, s, e) && ++listed >= 2) {
        return true;
      }
      if (isLabel(text, s, e)) {
        return true;
      }
      boolean digitsOnly = true;
      int spaces = 0;
      for (int i = s; i < e; i++) {
        char c = text.charAt(i);
        digitsOnly &= Character.isDigit(c);
        if (c == '\t' || c == '|') {
          return true;
        }
        spaces = c == ' ' ? spaces + 1 : 0;
        if (spaces >= 3 && i + 1 < e && !Segmenter.isSpace(text.charAt(i + 1))) {
          return true; // columns
        }
        if (c == '-' && text.startsWith("-->", i)) {
          return true; // subtitle timing
        }
        boolean wordStart = Character.isLetter(c) && (i == s || Segmenter.isSpace(text.charAt(i - 1)));
        if (wordStart) {
          words++;
          if (Character.isUpperCase(c)) {
            capitalized++;
          }
        }
      }
      if (digitsOnly) {
        return true; // subtitle numbers, page numbers
      }
    }
    return words == 0 || capitalized * 5 > words * 3; // a headline block, or all capitals
  }

  private static boolean isListMarker(String text, int s, int e) {
    if (s >= e) {
      return false;
    }
    char c = text.charAt(s);
    if ("-*•–—·>".indexOf(c) >= 0) {
      return s + 1 < e && text.charAt(s + 1) == ' ';
    }
    int i = s;
    while (i < e && i - s < 3 && (Character.isDigit(text.charAt(i)) || i == s && Character.isLetter(text.charAt(i)))) {
      i++;
    }
    return i > s && i + 1 < e && (text.charAt(i) == '.' || text.charAt(i) == ')') && text.charAt(i + 1) == ' '
        && (Character.isDigit(text.charAt(s)) || i == s + 1);
  }

  /** "SMITH:", "Mr. Smith:", "Q:": a speaker label; every word of it capitalized. */
  private static boolean isLabel(String text, int s, int e) {
    int limit = Math.min(e, s + MAX_LABEL + 1);
    for (int i = s; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return i > s && (i + 1 >= e || Segmenter.isSpace(text.charAt(i + 1)));
      }
      boolean wordStart = i == s || text.charAt(i - 1) == ' ';
      if (wordStart && Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
      if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '\'' || c == '’' || c == '-')) {
        return false;
      }
    }
    return false;
  }

  private static int firstNonSpace(String text, int s, int e) {
    while (s < e && Segmenter.isSpace(text.charAt(s))) {
      s++;
    }
    return s;
  }

  private static boolean isBlank(String text, int s, int e) {
    return firstNonSpace(text, s, e) >= e;
  }
}
