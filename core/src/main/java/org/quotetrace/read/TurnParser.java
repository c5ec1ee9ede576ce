package org.quotetrace.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.quotetrace.read.Labels.Label;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Span;
import org.quotetrace.text.Turn;

/**
 * Finds the speaker turns of plain text and decides whether it is an article, a transcript or a
 * broadcast script.
 *
 * <p>One pass splits the lines and looks for a label at the start of each; a second pass groups
 * lines into units (a labelled utterance, or a paragraph). Both are linear in the text length.
 */
final class TurnParser {
  /** Problems listed one by one; beyond this a broken file would drown the useful ones. */
  private static final int MAX_PROBLEMS = 100;

  /** A first line longer than this is prose, not a headline. */
  private static final int MAX_TITLE = 150;

  /** What the text turned out to be. */
  record Result(DocumentKind kind, List<Turn> turns, String title, List<Problem> problems) {}

  /** A labelled utterance or an unlabelled paragraph; the content range is not yet trimmed. */
  private record Unit(Label label, int contentStart, int contentEnd) {}

  private final String text;
  private int n;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private boolean[] blank = new boolean[64];
  private Label[] labels = new Label[64];
  private int titleLine = -1;
  private int sotLines;
  private final List<Problem> problems = new ArrayList<>();
  private int unlisted;
  private boolean loneCarriageReturns;

  private TurnParser(String text) {
    this.text = text;
  }

  /** @param forced the kind the caller insists on, or null to detect it */
  static Result parse(String text, DocumentKind forced) {
    return new TurnParser(text).run(forced);
  }

  private Result run(DocumentKind forced) {
    splitLines();
    Proceedings.fill(text, n, starts, ends, blank, labels);
    findTitle();
    Map<String, Integer> weakCounts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Label l = labels[i];
      if (l != null && l.weak() && i != titleLine) {
        weakCounts.merge(l.key(), 1, Integer::sum);
      }
    }
    // A lone "Smith:" is believed when written in capitals (the transcript convention) or when the
    // same name labels several lines; a one-off "Russia:" is more likely a heading.
    Predicate<Label> corroborated =
        l -> !l.weak() || l.allCaps() || weakCounts.getOrDefault(l.key(), 0) >= 2;

    DocumentKind kind = forced;
    if (kind == null) {
      kind = detect(corroborated);
    }
    String title = titleLine >= 0 ? text.substring(starts[titleLine], ends[titleLine]).strip() : null;
    if (!kind.hasTurns()) {
      return new Result(kind, List.of(), title, problems());
    }
    Predicate<Label> accepted = kind == DocumentKind.TRANSCRIPT ? l -> true : corroborated;
    List<Turn> turns = turns(units(accepted), kind == DocumentKind.TRANSCRIPT);
    return new Result(kind, turns, title, problems());
  }

  private DocumentKind detect(Predicate<Label> corroborated) {
    if (sotLines > 0) {
      return DocumentKind.SCRIPT;
    }
    List<Unit> units = units(corroborated);
    int labelled = 0;
    int changes = 0;
    Set<String> speakers = new HashSet<>();
    String previous = null;
    for (Unit u : units) {
      if (u.label() != null) {
        labelled++;
        String key = u.label().key();
        speakers.add(key);
        if (previous != null && !previous.equals(key)) {
          changes++;
        }
        previous = key;
      }
    }
    if (labelled < 2) {
      return DocumentKind.ARTICLE;
    }
    // Interviews published as articles open with prose; what matters is that labels carry a real
    // share of the text, or that speakers take turns.
    boolean share = labelled * 10 >= units.size() * 3;
    // Taking turns means coming back: "NATO:", "UN:", "EU:" once each is a round-up.
    boolean alternating =
        labelled >= 4
            && speakers.size() >= 2
            && labelled > speakers.size()
            && changes * 2 >= labelled;
    return share || alternating ? DocumentKind.TRANSCRIPT : DocumentKind.ARTICLE;
  }

  private void splitLines() {
    int len = text.length();
    loneCarriageReturns = hasLoneCarriageReturn();
    if (!loneCarriageReturns) {
      // The common case: String.indexOf is vectorised, a char loop is not.
      int i = 0;
      while (true) {
        int j = text.indexOf('\n', i);
        if (j < 0) {
          addLine(i, len);
          return;
        }
        addLine(i, j > i && text.charAt(j - 1) == '\r' ? j - 1 : j);
        i = j + 1;
      }
    }
    int i = 0;
    while (true) {
      int j = i;
      while (j < len) {
        char c = text.charAt(j);
        if (c == '\n' || c == '\r') {
          break;
        }
        j++;
      }
      addLine(i, j);
      if (j >= len) {
        break;
      }
      i = text.charAt(j) == '\r' && j + 1 < len && text.charAt(j + 1) == '\n' ? j + 2 : j + 1;
    }
  }

  /** Old Mac line ends (CR alone) are rare enough to get the slow path. */
  private boolean hasLoneCarriageReturn() {
    int k = text.indexOf('\r');
    while (k >= 0) {
      if (k + 1 >= text.length() || text.charAt(k + 1) != '\n') {
        return true;
      }
      k = text.indexOf('\r', k + 2);
    }
    return false;
  }

  private void addLine(int s, int e) {
    if (n == starts.length) {
      int cap = n * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      blank = Arrays.copyOf(blank, cap);
      labels = Arrays.copyOf(labels, cap);
    }
    boolean isBlank = true;
    for (int k = s; k < e; k++) {
      if (!Labels.isSpace(text.charAt(k))) {
        isBlank = false;
        break;
      }
    }
    starts[n] = s;
    ends[n] = e;
    blank[n] = isBlank;
    labels[n] = isBlank ? null : Labels.parse(text, s, e);
    n++;
    Label l = labels[n - 1];
    if (l != null && l.sot()) {
      sotLines++;
    } else if (l == null && !isBlank && Labels.hasSotMarker(text, s, e)) {
      sotLines++;
      report(s, "SOT line without a readable speaker label; read as narration");
    }
  }

  /**
   * A short first line set off by a blank line is a headline. Headlines like "Russia: ‘We would
   * rather die…’ – Head of Libyan National Army" look like labels, so they are kept out of the
   * turns.
   */
  private void findTitle() {
    int f = 0;
    while (f < n && blank[f]) {
      f++;
    }
    if (f + 2 >= n || !blank[f + 1]) {
      return;
    }
    boolean more = false;
    for (int k = f + 2; k < n; k++) {
      if (!blank[k]) {
        more = true;
        break;
      }
    }
    int s = starts[f];
    int e = trimEnd(s, ends[f]);
    if (!more || e - s > MAX_TITLE) {
      return;
    }
    Label l = labels[f];
    if (l != null && l.sot()) {
      return;
    }
    // Judged after any label, so that "JOHN SMITH: Good evening." stays a turn.
    if (isTitleCase(l != null ? l.contentStart() : s, e)) {
      titleLine = f;
      return;
    }
    char last = text.charAt(e - 1);
    if (isSentenceEnd(last) && !Quotes.isClosing(last)) {
      return;
    }
    if (Quotes.isClosing(last) && e - 2 >= s && isSentenceEnd(text.charAt(e - 2))) {
      return;
    }
    if (l != null) {
      // Only a headline that quotes after a lone name: "Haftar: ‘…’".
      int c = skipSpaces(l.contentStart(), e);
      if (!l.weak() || c >= e || !Quotes.opensTurn(text.charAt(c))) {
        return;
      }
    }
    titleLine = f;
  }

  /** "Trump Is ‘Trying To Campaign As A Racial Healer’": most words capitalised, as headlines are. */
  private boolean isTitleCase(int s, int e) {
    int words = 0;
    int capitalised = 0;
    boolean inWord = false;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        if (!inWord) {
          words++;
          if (Character.isUpperCase(c)) {
            capitalised++;
          }
          inWord = true;
        }
      } else if (Labels.isSpace(c) || c == '-' || c == '–' || c == '—') {
        inWord = false;
      }
    }
    return words >= 4 && capitalised * 10 >= words * 7;
  }

  private List<Unit> units(Predicate<Label> accepted) {
    List<Unit> units = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (blank[i] || i == titleLine) {
        i++;
        continue;
      }
      Label label = label(i, accepted);
      if (label == null) {
        int j = i + 1;
        while (j < n && continuesParagraph(j, accepted)) {
          j++;
        }
        units.add(new Unit(null, starts[i], ends[j - 1]));
        i = j;
        continue;
      }
      int contentStart = label.contentStart();
      int end = ends[i];
      int c = skipSpaces(contentStart, end);
      boolean empty = c >= end;
      char opener = empty || !Quotes.opensTurn(text.charAt(c)) ? 0 : text.charAt(c);
      boolean closed = opener == 0 || hasCloser(opener, c + 1, end);
      int j = i + 1;
      // Lines of the same block belong to the turn while its words are missing, its quote is
      // open, or the previous line stopped mid-sentence (hard-wrapped text).
      while (j < n && !blank[j] && j != titleLine && label(j, accepted) == null) {
        if (!empty && closed && isSentenceEnd(lastChar(j - 1))) {
          break;
        }
        if (empty) {
          c = skipSpaces(starts[j], ends[j]);
          empty = false;
          opener = Quotes.opensTurn(text.charAt(c)) ? text.charAt(c) : 0;
          closed = opener == 0 || hasCloser(opener, c + 1, ends[j]);
        } else if (!closed) {
          closed = hasCloser(opener, starts[j], ends[j]);
        }
        end = ends[j];
        j++;
      }
      if (empty) {
        // "JOHN SMITH:" on a line of its own, the words in the next paragraph.
        int k = nextNonBlank(j);
        if (k < n && label(k, accepted) == null && k != titleLine) {
          j = paragraphEnd(k, accepted);
          end = ends[j - 1];
          c = skipSpaces(starts[k], end);
          opener = Quotes.opensTurn(text.charAt(c)) ? text.charAt(c) : 0;
          closed = opener == 0 || hasCloser(opener, c + 1, end);
        }
      }
      // A quote running over several paragraphs reopens each one and closes only at the end.
      while (!closed) {
        int k = nextNonBlank(j);
        if (k >= n || k == titleLine || label(k, accepted) != null) {
          break;
        }
        int kc = skipSpaces(starts[k], ends[k]);
        if (text.charAt(kc) != opener) {
          break;
        }
        j = paragraphEnd(k, accepted);
        end = ends[j - 1];
        closed = hasCloser(opener, kc + 1, end);
      }
      units.add(new Unit(label, contentStart, end));
      i = j;
    }
    return units;
  }

  private List<Turn> turns(List<Unit> units, boolean continuations) {
    List<Turn> turns = new ArrayList<>();
    Label current = null;
    for (Unit u : units) {
      Label l = u.label();
      if (l != null) {
        current = l;
        Span content = content(u.contentStart(), u.contentEnd(), l.speaker());
        if (content == null) {
          report(l.start(), "speaker label '" + l.speaker() + "' has no words after it");
          continue;
        }
        turns.add(
            new Turn(new Span(l.start(), l.end()), l.speaker(), l.role(), l.language(), content));
      } else if (continuations && current != null) {
        int s = skipSpaces(u.contentStart(), u.contentEnd());
        int t = Labels.skipTimestamp(text, s, u.contentEnd());
        Span content = content(t, u.contentEnd(), current.speaker());
        if (content != null) {
          turns.add(new Turn(null, current.speaker(), current.role(), current.language(), content));
        }
      }
    }
    return turns;
  }

  /** The spoken words in {@code [s, e)}: trimmed, without the quote marks around them. */
  private Span content(int s, int e, String speaker) {
    s = skipSpaces(s, e);
    e = trimEnd(s, e);
    if (s >= e) {
      return null;
    }
    char open = text.charAt(s);
    if (!Quotes.opensTurn(open)) {
      return new Span(s, e);
    }
    int close = -1;
    for (int k = e - 1; k > s; k--) {
      if (Quotes.closes(open, text.charAt(k)) && !isWordAfter(k + 1, e)) {
        close = k;
        break;
      }
    }
    int cs = s + 1;
    int ce = close >= 0 ? close : e;
    if (close < 0 && open != '\'') {
      report(s, "the quote in the turn of " + speaker + " is not closed");
    }
    cs = skipSpaces(cs, ce);
    ce = trimEnd(cs, ce);
    return cs < ce ? new Span(cs, ce) : null;
  }

  private Label label(int line, Predicate<Label> accepted) {
    Label l = labels[line];
    return l != null && accepted.test(l) ? l : null;
  }

  /** Whether line {@code j} continues the paragraph above it rather than starting a new one. */
  private boolean continuesParagraph(int j, Predicate<Label> accepted) {
    return !blank[j]
        && j != titleLine
        && label(j, accepted) == null
        // Single-newline paragraphs end in sentence punctuation; hard-wrapped lines mostly not.
        && !isSentenceEnd(lastChar(j - 1));
  }

  /** The line after the block of lines that starts at {@code k}. */
  private int paragraphEnd(int k, Predicate<Label> accepted) {
    int j = k + 1;
    while (j < n && !blank[j] && j != titleLine && label(j, accepted) == null) {
      j++;
    }
    return j;
  }

  private int nextNonBlank(int j) {
    while (j < n && blank[j]) {
      j++;
    }
    return j;
  }

  private boolean hasCloser(char open, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Quotes.closes(open, text.charAt(k)) && !isWordAfter(k + 1, to)) {
        return true;
      }
    }
    return false;
  }

  /** A closing mark followed by a letter is an apostrophe ("isn’t"), not the end of a quote. */
  private boolean isWordAfter(int k, int end) {
    return k < end && Character.isLetterOrDigit(text.charAt(k));
  }

  private char lastChar(int line) {
    int e = trimEnd(starts[line], ends[line]);
    return e > starts[line] ? text.charAt(e - 1) : '\n';
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';' || c == ')'
        || c == ']' || Quotes.isClosing(c);
  }

  private int skipSpaces(int i, int end) {
    while (i < end && Labels.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private int trimEnd(int start, int e) {
    while (e > start && Labels.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private void report(int offset, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problemAt(offset, message));
    } else {
      unlisted++;
    }
  }

  private List<Problem> problems() {
    if (unlisted == 0) {
      return problems;
    }
    List<Problem> all = new ArrayList<>(problems);
    all.add(Problem.whole(unlisted + " more problems with speaker turns not listed"));
    return all;
  }

  /** A problem with line and column taken from the line table, not by rescanning the text. */
  private Problem problemAt(int offset, String message) {
    if (loneCarriageReturns) {
      // Problem positions count '\n' lines only, which the line table does not match here.
      return Problem.at(text, offset, message);
    }
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return new Problem(offset, lo + 1, offset - starts[lo] + 1, message);
  }
}
