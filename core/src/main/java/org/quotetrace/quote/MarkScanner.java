package org.quotetrace.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.quotetrace.text.LineWrap;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Span;

/**
 * Pairs quote marks into quoted spans: the top-level quotes and the quotes nested in them.
 *
 * <p>The hard parts are the ambiguous marks: the straight {@code "} and {@code '} open and close
 * alike, {@code ’} is also the apostrophe ("that’s", "the ’90s", "the Clintons’ house"), and
 * {@code “} closes a German {@code „}. Each mark is read from its neighbours and the marks still
 * open. A quote still open at the end of a paragraph runs on when the next paragraph reopens it
 * (the news convention for long quotes); otherwise it is closed at the paragraph's end and the
 * problem recorded with its position.
 */
final class MarkScanner {

  /**
   * A quoted span: the marks at {@code open} and {@code close}, content between. {@code depth} is
   * 0 for a top-level quote and one more than its parent's for a quote inside another ("‘He
   * choked,’ she said" inside a columnist's quote): quotes of one depth never overlap, and a nested
   * quote lies inside the content of a quote one level up.
   */
  record Marked(int open, int close, Span content, boolean runsOver, boolean closedByParagraph,
      int depth) {
    Marked(int open, int close, Span content, boolean runsOver, boolean closedByParagraph) {
      this(open, close, content, runsOver, closedByParagraph, 0);
    }

    Marked atDepth(int d) {
      return d == depth ? this : new Marked(open, close, content, runsOver, closedByParagraph, d);
    }
  }

  private enum Family {
    DOUBLE_CURLY, DOUBLE_STRAIGHT, SINGLE_CURLY, SINGLE_STRAIGHT, GUILLEMET, GUILLEMET_REVERSED,
    SINGLE_GUILLEMET, LOW_DOUBLE, LOW_SINGLE, DOUBLED_APOSTROPHE,
    /** {@code ``…''}: LaTeX and the Penn Treebank write quotes so. */
    LATEX_DOUBLE,
    /** {@code `…'}: the single form of the same. */
    LATEX_SINGLE;

    boolean isDouble() {
      return this == DOUBLE_CURLY || this == DOUBLE_STRAIGHT || this == LOW_DOUBLE
          || this == GUILLEMET || this == GUILLEMET_REVERSED || this == DOUBLED_APOSTROPHE
          || this == LATEX_DOUBLE;
    }
  }

  private record Open(Family family, int at) {}

  private final String text;
  /**
   * The text's characters, which the loops over every character read: a String's charAt asks its
   * coder and checks the index at each one (JFR: those loops 4-8 % of quotes' CPU).
   */
  private final char[] chars;
  /** Line breaks inside a hard-wrapped paragraph: spaces here, not paragraph ends. */
  private final BitSet softBreaks;
  /** Whether the text has a {@code \r} at all: most have none, and then line ends are found faster. */
  private final boolean hasCr;
  private final List<Marked> out = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final ArrayList<Open> stack = new ArrayList<>();
  private int topOpen = -1; // mark offset of the open top-level quote
  private boolean runsOver;
  /** Inside ''…'' when doubled apostrophes are not read as marks. */
  private boolean insideUnreadDoubled;

  private final boolean doubledApostrophes;
  private final Problem.Locator locator;
  private int unlisted;
  /** Memo of {@link #laterSingleClose}: no closing single mark in [closeFrom, closeAt). */
  private int closeFrom = -1;
  private int closeAt = -1;
  private int closeParaEnd = -1;

  /**
   * The unclosed final quote: a text cut off mid-quote, or a stray mark; which one cannot be told,
   * and neither is a quote.
   */
  private static final String NEVER_CLOSED =
      "quote mark at %s is never closed before the text ends: not read as a quote";

  /**
   * Deepest nesting of quotes followed. Real quotes nest two or three deep; a run of opening marks
   * deeper than this is noise, and following it would make every mark search the whole stack.
   */
  static final int MAX_NESTING = 12;
  /** Problems listed one by one; beyond this a broken file would drown the useful ones. */
  static final int MAX_PROBLEMS = 100;

  private MarkScanner(String text, boolean doubledApostrophes) {
    this.text = text;
    this.chars = text.toCharArray();
    this.hasCr = text.indexOf('\r') >= 0;
    this.softBreaks = LineWrap.softBreaks(text);
    this.locator = new Problem.Locator(text);
    this.doubledApostrophes = doubledApostrophes;
  }

  /**
   * Scans {@code [from, to)}. With {@code doubledApostrophes}, {@code ''} is read as a double quote
   * mark, as in typewriter-era and some archive texts; otherwise it is not a quote mark at all.
   */
  /**
   * The soft line breaks of the whole text ({@link LineWrap#softBreaks}), which the paragraphs and
   * the headline read as well: found once per text. Not to be changed.
   */
  BitSet softBreaks() {
    return softBreaks;
  }

  static MarkScanner scan(String text, int from, int to, boolean doubledApostrophes) {
    MarkScanner s = new MarkScanner(text, doubledApostrophes);
    s.run(from, to);
    return s;
  }

  /** Every quoted span, in order of its opening mark, each with its depth. */
  List<Marked> quotes() {
    return out;
  }

  List<Problem> problems() {
    if (unlisted == 0) {
      return problems;
    }
    List<Problem> all = new ArrayList<>(problems);
    all.add(Problem.whole(unlisted + " more problems with quote marks not listed"));
    return all;
  }

  private void problem(int at, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(locator.at(at, message));
    } else {
      unlisted++;
    }
  }

  private void run(int from, int to) {
    int i = from;
    int paraEnd = lineEnd(i, to);
    while (i < to) {
      if (i >= paraEnd) {
        insideUnreadDoubled = false;
        i = endParagraph(paraEnd, to);
        paraEnd = lineEnd(i, to);
        continue;
      }
      char c = chars[i];
      if (c < 0x80 && !OPENS_OR_CLOSES[c]) {
        i = skipPlain(i + 1, paraEnd);
        continue;
      }
      if (c == '<') {
        // Markup left in scraped text (<tweet author="…">): its attribute quotes are not quotes.
        int close = tagEnd(i, paraEnd);
        if (close > 0) {
          i = close + 1;
          continue;
        }
      }
      if (c == '`') {
        boolean doubled = i + 1 < paraEnd && text.charAt(i + 1) == '`';
        int code = doubled ? -1 : codeSpanEnd(i, paraEnd);
        if (code > 0) {
          i = code + 1;
          continue;
        }
        int width = doubled ? 2 : 1;
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + width < text.length() ? text.charAt(i + width) : ' ';
        if (opensAfter(before) && !isSpaceOrBreak(after)) {
          open(doubled ? Family.LATEX_DOUBLE : Family.LATEX_SINGLE, i);
        }
        i += width;
        continue;
      }
      if (c == '\'' && i + 1 < paraEnd && text.charAt(i + 1) == '\''
          && find(Family.LATEX_DOUBLE) >= 0 && !isSpaceOrBreak(text.charAt(i - 1))) {
        close(find(Family.LATEX_DOUBLE), i); // ``…'': the '' closes the LaTeX opening
        i += 2;
        continue;
      }
      if (c == '\'' && i + 1 < paraEnd && text.charAt(i + 1) == '\'') {
        if (!doubledApostrophes) {
          // Not read as marks, but still where a quote opens or closes: single marks between an
          // opening and a closing pair are quotes nested in it, not quotes of their own.
          char before = i > 0 ? text.charAt(i - 1) : ' ';
          char after = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
          if (!isSpaceOrBreak(before) && closesBefore(after)) {
            insideUnreadDoubled = false;
          } else if (opensAfter(before) && !isSpaceOrBreak(after)) {
            insideUnreadDoubled = true;
          }
        }
        if (doubledApostrophes) {
          straightDouble(i, Family.DOUBLED_APOSTROPHE, opensAfter(i > 0 ? text.charAt(i - 1) : ' ')
              && i + 2 < text.length() && !isSpaceOrBreak(text.charAt(i + 2)),
              i > 0 && !isSpaceOrBreak(text.charAt(i - 1))
              && closesBefore(i + 2 < text.length() ? text.charAt(i + 2) : ' '));
        }
        i += 2;
        continue;
      }
      if (isMarkChar(c) && !(insideUnreadDoubled && (c == '\'' || c == '‘' || c == '’'))) {
        mark(i, c, paraEnd);
      }
      i++;
    }
    if (!stack.isEmpty()) {
      dropUnclosed(NEVER_CLOSED);
    }
    nest();
  }

  /**
   * Orders the spans by their opening marks and gives each the depth of its containment. Inner
   * quotes are emitted when they close, before the quote around them; and a quote around them that
   * turns out not to be one leaves them a level higher.
   */
  private void nest() {
    out.sort(java.util.Comparator.comparingInt(Marked::open)
        .thenComparing(java.util.Comparator.comparingInt(Marked::close).reversed()));
    List<Marked> kept = new ArrayList<>(out.size());
    ArrayList<Marked> around = new ArrayList<>();
    for (Marked m : out) {
      while (!around.isEmpty() && around.get(around.size() - 1).close() <= m.open()) {
        around.remove(around.size() - 1);
      }
      if (!around.isEmpty() && around.get(around.size() - 1).close() < m.close()) {
        continue; // straddles the quote it opened in: not a quote of its own
      }
      Marked d = m.atDepth(around.size());
      kept.add(d);
      around.add(d);
    }
    out.clear();
    out.addAll(kept);
  }

  /**
   * The closing backtick of a Markdown code span ({@code `git log`}) opened at {@code i}, or -1: a
   * single backtick closed by another before any apostrophe is code, not the LaTeX {@code `…'}.
   * Code spans are short, so the look is bounded and the scan stays linear.
   */
  private int codeSpanEnd(int i, int paraEnd) {
    int limit = Math.min(paraEnd, i + 200);
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '`') {
        return j + 1 < paraEnd && text.charAt(j + 1) == '`' ? -1 : j;
      }
      if (c == '\'' || c == '’') {
        return -1;
      }
    }
    return -1;
  }

  private int tagEnd(int i, int paraEnd) {
    if (i + 1 >= paraEnd) {
      return -1;
    }
    char n = text.charAt(i + 1);
    if (!(Character.isLetter(n) || n == '/' || n == '!')) {
      return -1;
    }
    int limit = Math.min(paraEnd, i + 600);
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return j;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The first character at or after {@code i} and before {@code end} that may open or close
   * something: beyond ASCII, or one of {@link #OPENS_OR_CLOSES}. Letters, digits, spaces and the
   * other ASCII marks are most of any text, and this loop reads them with one table look-up each,
   * where the scanning loop asked four questions of every character (JFR: 3 % of quotes' CPU).
   */
  private int skipPlain(int i, int end) {
    char[] cs = chars;
    boolean[] stops = OPENS_OR_CLOSES;
    while (i < end) {
      char c = cs[i];
      if (c >= 0x80 || stops[c]) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** The ASCII characters the scanning loop acts on: straight marks, backticks, markup. */
  private static final boolean[] OPENS_OR_CLOSES = new boolean[0x80];

  static {
    for (char c : new char[] {'"', '\'', '<', '`'}) {
      OPENS_OR_CLOSES[c] = true;
    }
  }

  private int lineEnd(int i, int to) {
    if (!hasCr) {
      // Most texts have no \r: indexOf finds each \n much faster than a loop over the chars.
      for (int j = i; j < to; j++) {
        j = text.indexOf('\n', j);
        if (j < 0 || j >= to) {
          return to;
        }
        if (!softBreaks.get(j)) {
          return j;
        }
      }
      return to;
    }
    char[] cs = chars;
    for (int j = i; j < to; j++) {
      char c = cs[j];
      if ((c == '\n' || c == '\r') && !softBreaks.get(j)) {
        return j;
      }
    }
    return to;
  }

  /** At a line break: decide whether an open quote runs on, and return where scanning resumes. */
  private int endParagraph(int paraEnd, int to) {
    int next = paraEnd;
    while (next < to && isSpaceOrBreak(text.charAt(next))) {
      next++;
    }
    if (stack.isEmpty()) {
      return next;
    }
    Family outer = stack.get(0).family();
    if (next < to && reopens(outer, text.charAt(next), next)) {
      // "…end of paragraph\n\n“Next paragraph…" continues the same quote; inner quotes left open
      // in the first paragraph are abandoned.
      if (stack.size() > 1) {
        problem(stack.get(1).at(),
            "nested quote mark is not closed before its paragraph ends");
      }
      Open first = stack.get(0);
      stack.clear();
      stack.add(first);
      runsOver = true;
      return next + (outer == Family.DOUBLED_APOSTROPHE || outer == Family.LATEX_DOUBLE ? 2 : 1);
    }
    if (next >= to) {
      dropUnclosed(NEVER_CLOSED);
      return next;
    }
    int end = trimEnd(paraEnd);
    if (endsSentence(end)) {
      // Whole sentences up to the paragraph's end: a closing mark left out, as in excerpts
      // pasted from elsewhere; the quote ends with its paragraph.
      closeUnclosed(end, "quote mark at %s is not closed by the end of its paragraph; the quote"
          + " is taken to end there");
      return next;
    }
    int close = next < to ? runOnClose(outer, next, lineEnd(next, to)) : -1;
    if (close >= 0) {
      // Mid-sentence at the paragraph's end, and the next paragraph closes the quote before it
      // opens one: the line break is not the quote's end (the PolNeAR gold reads it so too).
      Open first = stack.get(0);
      problem(first.at(), String.format("quote mark at %s is not closed by the end of its"
          + " paragraph; it runs on to the closing mark at %s", position(first.at()),
          position(close)));
      stack.clear();
      stack.add(first);
      runsOver = true;
      return next;
    }
    dropUnclosed("quote mark at %s is not closed by the end of its paragraph, and the next"
        + " paragraph neither reopens nor closes it: not read as a quote");
    return next;
  }

  /**
   * Whether the text before {@code end} ends a sentence: . ? ! or …, perhaps before a bracket or
   * the closing mark of a quote nested in the open one.
   */
  private boolean endsSentence(int end) {
    int e = end;
    while (e > 0 && end - e < 4 && (text.charAt(e - 1) == ')' || text.charAt(e - 1) == ']'
        || text.charAt(e - 1) == '”' || text.charAt(e - 1) == '’' || text.charAt(e - 1) == '"'
        || text.charAt(e - 1) == '\'')) {
      e--;
    }
    if (e == 0) {
      return false;
    }
    char c = text.charAt(e - 1);
    return c == '.' || c == '?' || c == '!' || c == '…';
  }

  private void closeUnclosed(int end, String message) {
    Open first = stack.get(0);
    problem(first.at(), String.format(message, position(first.at())));
    int close = Math.max(end, first.at() + 1);
    emit(first.at(), close, close, true);
    stack.clear();
  }

  /**
   * The first mark of {@code family} in the paragraph {@code [from, paraEnd)} when it stands where
   * a quote closes; -1 when the first one stands where a quote opens, or there is none.
   */
  private int runOnClose(Family family, int from, int paraEnd) {
    for (int j = from; j < paraEnd; j++) {
      char c = text.charAt(j);
      if (!isMarkChar(c) && c != '`' || !sameFamily(family, c, j)) {
        continue;
      }
      char prev = j > 0 ? text.charAt(j - 1) : ' ';
      char next = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
      if (family == Family.DOUBLED_APOSTROPHE || family == Family.LATEX_DOUBLE) {
        next = j + 2 < text.length() ? text.charAt(j + 2) : ' ';
      }
      if (!isSpaceOrBreak(prev) && closesBefore(next)) {
        return j;
      }
      if (opensAfter(prev) && !isSpaceOrBreak(next)) {
        return -1;
      }
    }
    return -1;
  }

  private boolean sameFamily(Family family, char c, int at) {
    return switch (family) {
      case DOUBLE_CURLY, LOW_DOUBLE -> c == '”' || c == '“' || c == '"';
      case DOUBLE_STRAIGHT -> c == '"' || c == '”';
      case GUILLEMET, GUILLEMET_REVERSED -> c == '«' || c == '»';
      case SINGLE_CURLY, LOW_SINGLE, SINGLE_STRAIGHT, LATEX_SINGLE -> c == '’' || c == '‘' || c == '\''
          && !(at + 1 < text.length() && text.charAt(at + 1) == '\'') && !isElision(at + 1)
          && !(at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
              && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1)));
      case SINGLE_GUILLEMET -> c == '‹' || c == '›';
      case DOUBLED_APOSTROPHE, LATEX_DOUBLE -> c == '\'' && text.startsWith("''", at)
          || c == '`' && text.startsWith("``", at);
    };
  }

  private boolean reopens(Family outer, char c, int at) {
    if (outer.isDouble()) {
      if (outer == Family.DOUBLED_APOSTROPHE) {
        return c == '\'' && at + 1 < text.length() && text.charAt(at + 1) == '\'';
      }
      if (outer == Family.LATEX_DOUBLE) {
        return c == '`' && at + 1 < text.length() && text.charAt(at + 1) == '`';
      }
      return c == '“' || c == '"' || c == '„' || c == '«' || c == '»' && outer == Family.GUILLEMET_REVERSED;
    }
    if (outer == Family.LATEX_SINGLE) {
      return c == '`';
    }
    // 'Twas, 'em, the '90s opening a paragraph are words, not a quote reopened.
    return c == '‘' || c == '\'' && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1))
        && !isElision(at + 1) || c == '‚' || c == '‹';
  }

  private int trimEnd(int end) {
    int e = end;
    while (e > 0 && isSpaceOrBreak(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /**
   * A quote whose opening mark is never closed is a stray mark or a lost closing mark, and which
   * one cannot be told: its words are not reported as a quote, and the problem is recorded at the
   * mark. Quotes closed inside it are kept, a level higher.
   */
  private void dropUnclosed(String message) {
    Open first = stack.get(0);
    problem(first.at(), String.format(message, position(first.at())));
    stack.clear();
    runsOver = false;
  }

  private String position(int offset) {
    Problem p = locator.at(offset, "x");
    return p.line() + ":" + p.column();
  }

  private void mark(int i, char c, int paraEnd) {
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean openCtx = opensAfter(prev) && !isSpaceOrBreak(next);
    boolean closeCtx = !isSpaceOrBreak(prev) && closesBefore(next);
    switch (c) {
      case '“' -> {
        int low = find(Family.LOW_DOUBLE);
        int curly = find(Family.DOUBLE_CURLY);
        if (low >= 0) {
          close(low, i);
        } else if (closeCtx && !openCtx && top() == Family.DOUBLE_CURLY) {
          close(stack.size() - 1, i); // “ typed for ”
        } else if (Math.max(curly, find(Family.DOUBLE_STRAIGHT)) >= 0 && isBlank(i + 1, paraEnd)) {
          // “ typed for ” at a paragraph's end, where nothing can open
          close(Math.max(curly, find(Family.DOUBLE_STRAIGHT)), i);
        } else {
          open(Family.DOUBLE_CURLY, i);
        }
      }
      case '”' -> {
        int at = findAny(Family.DOUBLE_CURLY, Family.LOW_DOUBLE);
        int straight = find(Family.DOUBLE_STRAIGHT);
        if (at >= 0 || straight >= 0) {
          // Mixed marks ("…” ) happen when copy is pasted together; close the innermost double.
          close(Math.max(at, straight), i);
        } else if (openCtx) {
          open(Family.DOUBLE_CURLY, i); // ” typed for “
        } else {
          problem(i, "closing quote mark with no open quote");
        }
      }
      case '"' -> straightDouble(i, Family.DOUBLE_STRAIGHT, openCtx, closeCtx);
      case '‘' -> {
        if (Character.isLetterOrDigit(prev) || isElision(i + 1)) {
          return; // an apostrophe typed the wrong way round: "‘90s", "rock ‘n’ roll"
        }
        int low = find(Family.LOW_SINGLE);
        if (low >= 0) {
          close(low, i);
        } else if (openCtx) {
          open(Family.SINGLE_CURLY, i);
        }
      }
      case '’' -> {
        int at = findAny(Family.SINGLE_CURLY, Family.LOW_SINGLE);
        if (at < 0) {
          at = find(Family.SINGLE_STRAIGHT);
        }
        if (at >= 0 && closeCtx && !Character.isLetterOrDigit(next)
            && !(isPluralPossessive(i) && laterSingleClose(i + 1, paraEnd))) {
          close(at, i);
        }
      }
      case '\'' -> straightSingle(i, prev, next, openCtx, closeCtx, paraEnd);
      case '«' -> {
        int rev = find(Family.GUILLEMET_REVERSED);
        if (rev >= 0) {
          close(rev, i);
        } else {
          open(Family.GUILLEMET, i);
        }
      }
      case '»' -> {
        int at = find(Family.GUILLEMET);
        if (at >= 0) {
          close(at, i);
        } else if (!isSpaceOrBreak(next)) {
          open(Family.GUILLEMET_REVERSED, i);
        }
      }
      case '‹' -> open(Family.SINGLE_GUILLEMET, i);
      case '›' -> {
        int at = find(Family.SINGLE_GUILLEMET);
        if (at >= 0) {
          close(at, i);
        }
      }
      case '„' -> open(Family.LOW_DOUBLE, i);
      case '‚' -> {
        if (openCtx && isSpaceOrBreak(prev)) {
          open(Family.LOW_SINGLE, i);
        }
      }
      default -> {}
    }
  }

  private void straightDouble(int i, Family family, boolean openCtx, boolean closeCtx) {
    int at = find(family);
    if (at < 0) {
      if (!closeCtx || openCtx) {
        open(family, i);
      } else {
        int curly = findAny(Family.DOUBLE_CURLY, Family.LOW_DOUBLE);
        if (curly >= 0) {
          close(curly, i); // “…" pasted together
        } else {
          problem(i, "closing quote mark with no open quote");
        }
      }
      return;
    }
    if (openCtx && !closeCtx && family == Family.DOUBLE_STRAIGHT && nestedStraightAhead(i)) {
      open(family, i);
    } else {
      close(at, i);
    }
  }

  // "He said "no" to me," she said: a straight mark in opening position inside a straight quote is
  // a nested opening only if two more straight marks follow in the paragraph.
  // The search stops at the second mark: counting them all made a line of marks quadratic.
  private boolean nestedStraightAhead(int i) {
    int count = 0;
    for (int j = i + 1; j < text.length() && count < 2; j++) {
      char c = text.charAt(j);
      if ((c == '\n' || c == '\r') && !softBreaks.get(j)) {
        break;
      }
      if (c == '"') {
        count++;
      }
    }
    return count >= 2;
  }

  private void straightSingle(int i, char prev, char next, boolean openCtx, boolean closeCtx, int paraEnd) {
    int at = findAny(Family.SINGLE_STRAIGHT, Family.SINGLE_CURLY);
    at = Math.max(at, find(Family.LATEX_SINGLE));
    if (at >= 0 && closeCtx && !Character.isLetterOrDigit(next)
        && !(isPluralPossessive(i) && laterSingleClose(i + 1, paraEnd))) {
      close(at, i);
      return;
    }
    if (Character.isLetterOrDigit(prev) || isElision(i + 1)) {
      return; // don't, it's, the '90s, 'em
    }
    if (openCtx && Character.isLetterOrDigit(next) && laterSingleClose(i + 1, paraEnd)) {
      open(Family.SINGLE_STRAIGHT, i);
    }
  }

  /** Whether a closing single mark stands later in the paragraph. */
  private boolean laterSingleClose(int from, int paraEnd) {
    // Marks are asked about left to right: the last answer holds until the mark it found, so a
    // paragraph of opening marks with no closing one is read once, not once per mark.
    if (paraEnd == closeParaEnd && from >= closeFrom && from <= closeAt) {
      return closeAt < paraEnd;
    }
    closeFrom = from;
    closeParaEnd = paraEnd;
    closeAt = firstSingleClose(from, paraEnd);
    return closeAt < paraEnd;
  }

  private int firstSingleClose(int from, int paraEnd) {
    for (int j = from; j < paraEnd; j++) {
      char c = text.charAt(j);
      if (c == '\'' || c == '’') {
        char p = text.charAt(j - 1);
        char n = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
        if (!isSpaceOrBreak(p) && !Character.isLetterOrDigit(n) && !isPluralPossessive(j)) {
          return j;
        }
      }
    }
    return paraEnd;
  }

  // "the Clintons’ house": s + apostrophe + space + a lower-case word.
  private boolean isPluralPossessive(int i) {
    if (i == 0 || (text.charAt(i - 1) != 's' && text.charAt(i - 1) != 'S')) {
      return false;
    }
    int j = i + 1;
    if (j >= text.length() || text.charAt(j) != ' ') {
      return false;
    }
    return j + 1 < text.length() && Character.isLowerCase(text.charAt(j + 1));
  }

  private boolean isElision(int from) {
    // '90s, ‘em, 'til, 'cause, 'n' — short forms that start with an apostrophe.
    int j = from;
    while (j < text.length() && Character.isLetterOrDigit(text.charAt(j)) && j - from < 6) {
      j++;
    }
    String w = text.substring(from, j).toLowerCase(java.util.Locale.ROOT);
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      return w.matches("\\d0s|\\d\\ds|\\d\\d");
    }
    return switch (w) {
      case "em", "til", "cause", "n", "tis", "twas", "bout", "round", "nuff", "cuz", "ol" -> true;
      default -> false;
    };
  }

  private Family top() {
    return stack.isEmpty() ? null : stack.get(stack.size() - 1).family();
  }

  private int find(Family f) {
    for (int k = stack.size() - 1; k >= 0; k--) {
      if (stack.get(k).family() == f) {
        return k;
      }
    }
    return -1;
  }

  private int findAny(Family a, Family b) {
    for (int k = stack.size() - 1; k >= 0; k--) {
      Family f = stack.get(k).family();
      if (f == a || f == b) {
        return k;
      }
    }
    return -1;
  }

  private void open(Family f, int i) {
    if (stack.size() >= MAX_NESTING) {
      problem(i, "quote mark nested deeper than " + MAX_NESTING + " quotes is not read as a mark");
      return;
    }
    if (stack.isEmpty()) {
      topOpen = i;
      runsOver = false;
    }
    stack.add(new Open(f, i));
  }

  private void close(int level, int i) {
    if (level < stack.size() - 1) {
      problem(stack.get(stack.size() - 1).at(),
          "nested quote mark is not closed before the quote around it ends");
    }
    if (level == 0) {
      emit(topOpen, i, i, false);
      stack.clear();
    } else {
      // A quote inside a quote is a quote of its own, with its own speaker.
      emitNested(stack.get(level).at(), i);
      while (stack.size() > level) {
        stack.remove(stack.size() - 1);
      }
    }
  }

  private void emitNested(int open, int close) {
    int start = open + (text.startsWith("''", open) || text.startsWith("``", open) ? 2 : 1);
    if (close > start && !isBlank(start, close)) {
      out.add(new Marked(open, close, new Span(start, close), false, false, 1));
    }
  }

  private void emit(int open, int contentEnd, int close, boolean byParagraph) {
    int start = open + (text.startsWith("''", open) || text.startsWith("``", open) ? 2 : 1);
    if (contentEnd > start && !isBlank(start, contentEnd)) {
      out.add(new Marked(open, close, new Span(start, contentEnd), runsOver, byParagraph));
    }
    runsOver = false;
  }

  private boolean isBlank(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isSpaceOrBreak(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  static boolean isMarkChar(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '«'
        || c == '»' || c == '„' || c == '‚' || c == '‹' || c == '›';
  }

  private static boolean opensAfter(char prev) {
    return isSpaceOrBreak(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '—'
        || prev == '–' || prev == '-' || prev == '/' || prev == ':' || prev == '“' || prev == '"'
        || prev == '‘' || prev == '«' || prev == '„' || prev == '\'' || prev == '>' || prev == '…';
  }

  private static boolean closesBefore(char next) {
    return isSpaceOrBreak(next) || next == '.' || next == ',' || next == ';' || next == ':'
        || next == '!' || next == '?' || next == ')' || next == ']' || next == '}' || next == '—'
        || next == '–' || next == '-' || next == '”' || next == '"' || next == '’' || next == '\''
        || next == '»' || next == '…' || next == '<' || next == '/';
  }

  static boolean isSpaceOrBreak(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0' || c == '\u2009'
        || c == '\u202f' || c == '\u200b' || c == '\f' || c == '\u3000';
  }
}
