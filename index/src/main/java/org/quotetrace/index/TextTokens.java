package org.quotetrace.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * A document's text analysed once, as {@link IndexAnalyzer} analyses it for {@link Schema#BODY},
 * and the terms of a quote or a turn inside it taken from there instead of analysed again: the
 * same terms at the same positions as analysing the quote's text alone gives, whenever the
 * quote's ends are where no word can run across (white space or a quotation mark or bracket on
 * each side, see {@link #clean}). Quotes are a third of an article's words and a transcript's
 * turns nearly all of them.
 *
 * <p>One per thread, reused from document to document: the streams it hands out read its arrays,
 * so they are good until the next {@link #analyse}.
 */
final class TextTokens {
  private final Tokenizer source = new StandardTokenizer();
  private final Starts starts = new Starts(source);
  private final TokenStream terms = IndexAnalyzer.filters(starts);
  private final CharTermAttribute term = terms.addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      terms.addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offset = terms.addAttribute(OffsetAttribute.class);

  private String text;
  /**
   * False when the text holds half of a surrogate pair: the tokenizer then drops words next to
   * it, differently in the whole text and in a part, so no part is taken from the whole.
   */
  private boolean whole;
  /** Whether the text holds any surrogate, paired or not. */
  private boolean surrogates;
  /** Each term's characters, one after another. */
  private char[] chars = new char[1 << 14];
  private int[] termStart = new int[1 << 10];
  private int[] termLength = new int[1 << 10];
  private int[] startOffset = new int[1 << 10];
  private int[] endOffset = new int[1 << 10];
  private int[] position = new int[1 << 10];
  private int count;
  /**
   * The distinct terms of the text in order of first occurrence: the token each first occurs at,
   * and how many times it occurs, for {@link #counted}.
   */
  private int[] firstAt = new int[1 << 9];
  private int[] occurrences = new int[1 << 9];
  private int distinct;
  /** Open addressing over the distinct terms by their characters: 1 + the term's index, 0 empty. */
  private int[] slots = new int[SLOTS];
  /** Slots enough for a news article's distinct terms at half load. */
  private static final int SLOTS = 1 << 11;

  /** Analyses {@code text}, dropping what the last document left. */
  void analyse(String text) {
    this.text = text;
    this.surrogates = hasSurrogate(text);
    this.whole = !surrogates || wellFormed(text);
    count = 0;
    starts.count = 0;
    distinct = 0;
    if (slots.length > SLOTS) {
      slots = new int[SLOTS]; // a long text's table is not cleared for every text after it
    } else {
      Arrays.fill(slots, 0);
    }
    int used = 0;
    int pos = -1;
    try {
      source.setReader(new StringReader(text));
      terms.reset();
      while (terms.incrementToken()) {
        if (count == position.length) {
          grow();
        }
        int length = term.length();
        if (used + length > chars.length) {
          chars = Arrays.copyOf(chars, Math.max(used + length, chars.length * 2));
        }
        System.arraycopy(term.buffer(), 0, chars, used, length);
        pos += increment.getPositionIncrement();
        termStart[count] = used;
        termLength[count] = length;
        startOffset[count] = offset.startOffset();
        endOffset[count] = offset.endOffset();
        position[count] = pos;
        used += length;
        tally(count);
        count++;
      }
      terms.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    } finally {
      try {
        terms.close();
      } catch (IOException e) {
        // Closing a string reader does nothing that can fail.
      }
    }
  }

  private void grow() {
    int n = position.length * 2;
    termStart = Arrays.copyOf(termStart, n);
    termLength = Arrays.copyOf(termLength, n);
    startOffset = Arrays.copyOf(startOffset, n);
    endOffset = Arrays.copyOf(endOffset, n);
    position = Arrays.copyOf(position, n);
  }

  /** Counts token {@code t}'s term among the distinct terms, adding it if it is new. */
  private void tally(int t) {
    if (2 * (distinct + 1) > slots.length) {
      rehash(slots.length * 2);
    }
    int from = termStart[t];
    int length = termLength[t];
    int mask = slots.length - 1;
    int slot = hash(chars, from, length) & mask;
    while (true) {
      int d = slots[slot] - 1;
      if (d < 0) {
        break;
      }
      int other = firstAt[d];
      if (termLength[other] == length
          && Arrays.equals(chars, termStart[other], termStart[other] + length, chars, from,
              from + length)) {
        occurrences[d]++;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (distinct == firstAt.length) {
      firstAt = Arrays.copyOf(firstAt, distinct * 2);
      occurrences = Arrays.copyOf(occurrences, distinct * 2);
    }
    firstAt[distinct] = t;
    occurrences[distinct] = 1;
    slots[slot] = ++distinct;
  }

  private void rehash(int size) {
    slots = new int[size];
    int mask = size - 1;
    for (int d = 0; d < distinct; d++) {
      int t = firstAt[d];
      int slot = hash(chars, termStart[t], termLength[t]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = d + 1;
    }
  }

  private static int hash(char[] c, int from, int length) {
    int h = 0;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + c[i];
    }
    return h * 0x9E3779B9 >>> 7;
  }

  /** The terms of the whole text. */
  TokenStream all() {
    return new Replay(0, count, 0, 0);
  }

  /**
   * The terms of the whole text, each once with how often it occurs ({@link
   * TermFrequencyAttribute}), in order of first occurrence: for a field indexed with frequencies
   * and no positions, Lucene writes the same postings, frequencies and norm (the field's length is
   * the sum of the frequencies, and no term shares a position) as from {@link #all}, and looks each
   * term up once instead of at every occurrence.
   */
  TokenStream counted() {
    return new Counted();
  }

  /**
   * The terms of {@code text[from, to)} as analysing it alone gives them; null when its ends are
   * not {@link #clean}, and it must be analysed alone.
   */
  TokenStream span(int from, int to) {
    if (!whole || !clean(text, from, to)) {
      return null;
    }
    int first = firstAtOrAfter(startOffset, count, from);
    int end = firstAtOrAfter(startOffset, count, to);
    // Analysed alone, the span's first word (a stop word or not) is at position 0.
    int before = firstAtOrAfter(starts.at, starts.count, from);
    return new Replay(first, end, before, from);
  }

  /**
   * Whether the last text holds a surrogate: when not, a code point offset into it is the UTF-16
   * one, and its {@link org.quotetrace.text.Offsets} need not be made (a second scan of every
   * indexed text).
   */
  boolean surrogates() {
    return surrogates;
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  /** The first index of the sorted {@code a[0, n)} whose value is at least {@code v}. */
  private static int firstAtOrAfter(int[] a, int n, int v) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Whether {@code text[from, to)} has the same words alone as inside the text: no word runs
   * across either end. Each end is the text's own or meets a character that is in no word and
   * joins none to its neighbours: white space, a quotation mark, a bracket, an exclamation or
   * question mark, a dash. Not the full stop, comma or colon, which join letters or digits ("U.S.",
   * "4,000"). An apostrophe or single quotation mark (news sets quotes off with them, PolNeAR with
   * two apostrophes) joins letters or digits on both sides ("can't"), so it is taken when the
   * character beyond it is of the first kind or an apostrophe too, and not after a Hebrew letter,
   * which it follows as a mark. The straight double quote joins Hebrew letters, so it is taken
   * only away from them. The span must not start on a mark that belongs to the character before.
   */
  static boolean clean(String text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      return false;
    }
    if (from > 0) {
      char c = text.charAt(from - 1);
      if (!(apart(c) ? c != '"' || !hebrewBefore(text, from - 2) && !hebrew(text, from)
          : apostrophe(c) && (from < 2 || beyondApostrophe(text.charAt(from - 2))))) {
        return false;
      }
      if (from < text.length() && clings(text.charAt(from))) {
        return false;
      }
    }
    if (to < text.length()) {
      char c = text.charAt(to);
      if (!(apart(c) ? c != '"' || !hebrewBefore(text, to - 1) && !hebrew(text, to + 1)
          : apostrophe(c) && (to + 1 == text.length() || beyondApostrophe(text.charAt(to + 1)))
              && !hebrewBefore(text, to - 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '‘' || c == '’';
  }

  private static boolean beyondApostrophe(char c) {
    return apostrophe(c) || apart(c) && c != '"';
  }

  private static boolean apart(char c) {
    switch (c) {
      case ' ', '\t', '\n', '\r', '\f', '\u000B', '"', '“', '”', '„', '«', '»', '‹', '›', '(', ')',
          '[', ']', '{', '}', '!', '?', '—', '–' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** A combining mark, a format character or a joiner: part of the character before it. */
  private static boolean clings(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
        || Character.isSurrogate(c);
  }

  /** Whether the letter at {@code at}, or the one the marks ending there belong to, is Hebrew. */
  private static boolean hebrewBefore(String text, int at) {
    while (at > 0 && clings(text.charAt(at))) {
      at--;
    }
    return hebrew(text, at);
  }

  private static boolean hebrew(String text, int at) {
    if (at < 0 || at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return c >= '\u0590' && c <= '\u05FF' || c >= '\uFB1D' && c <= '\uFB4F';
  }

  /** Terms {@code [from, to)} of the last text, positions counted from {@code base}, offsets from {@code shift}. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute replayTerm = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute replayIncrement =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute replayOffset = addAttribute(OffsetAttribute.class);
    private final int from;
    private final int to;
    private final int base;
    private final int shift;
    private int next;
    private int last;

    Replay(int from, int to, int base, int shift) {
      this.from = from;
      this.to = to;
      this.base = base;
      this.shift = shift;
      this.next = from;
      this.last = base - 1;
    }

    @Override
    public boolean incrementToken() {
      if (next >= to) {
        return false;
      }
      clearAttributes();
      replayTerm.copyBuffer(chars, termStart[next], termLength[next]);
      replayIncrement.setPositionIncrement(position[next] - last);
      last = position[next];
      replayOffset.setOffset(startOffset[next] - shift, endOffset[next] - shift);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = from;
      last = base - 1;
    }
  }

  /** The distinct terms of the last text with their counts, see {@link #counted}. */
  private final class Counted extends TokenStream {
    private final CharTermAttribute countedTerm = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final PositionIncrementAttribute countedIncrement =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute countedOffset = addAttribute(OffsetAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= distinct) {
        return false;
      }
      clearAttributes();
      int t = firstAt[next];
      countedTerm.copyBuffer(chars, termStart[t], termLength[t]);
      frequency.setTermFrequency(occurrences[next]);
      countedIncrement.setPositionIncrement(1);
      countedOffset.setOffset(startOffset[t], endOffset[t]);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }

  /** Remembers where each word the tokenizer gives starts, stop words included. */
  private static final class Starts extends TokenFilter {
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    int[] at = new int[1 << 10];
    int count;

    Starts(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (count == at.length) {
        at = Arrays.copyOf(at, count * 2);
      }
      at[count++] = offset.startOffset();
      return true;
    }
  }
}
