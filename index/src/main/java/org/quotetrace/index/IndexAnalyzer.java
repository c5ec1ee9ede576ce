package org.quotetrace.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The terms {@link EnglishAnalyzer} gives, token for token and position for position, for
 * indexing: each thread remembers the words it has met, as a stop word or with their Porter stem,
 * so that a word met before is looked up once instead of checked against the stop words and
 * stemmed again. Queries are analysed with {@link EnglishAnalyzer} itself.
 */
final class IndexAnalyzer extends Analyzer {
  /** Words remembered by one thread; a corpus's vocabulary is mostly met in its first documents. */
  private static final int LIMIT = 100_000;

  private final int limit;

  IndexAnalyzer() {
    this(LIMIT);
  }

  /** @param limit how many words each thread remembers at most */
  IndexAnalyzer(int limit) {
    this.limit = limit;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, filters(source, limit));
  }

  /**
   * What follows the tokenizer: {@link EnglishAnalyzer}'s filters, with a word table of {@code
   * limit} words remembering stop words and stems.
   */
  static TokenStream filters(TokenStream tokens, int limit) {
    TokenStream s = new EnglishPossessiveFilter(tokens);
    s = new LowerCaseFilter(s);
    Known known = new Known(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, new Stems(limit));
    return new Learn(new PorterStemFilter(known), known);
  }

  static TokenStream filters(TokenStream tokens) {
    return filters(tokens, LIMIT);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /**
   * The words a thread has met with their stems, laid out for the memory cache: every word of
   * every indexed text is looked up here, and a map of char arrays cost several cache misses a
   * word, probing through keys that each point elsewhere (JFR: 4 % of indexing). A word's key
   * (its hash, where it lies in one shared array, its length and its stem's) sits in one array,
   * and the stem right after the word's characters, so a word met before costs about two misses.
   */
  static final class Stems {
    /** Longer words are not remembered; StandardTokenizer cuts tokens at 255 characters anyway. */
    private static final int LONGEST = 255;
    /** The stem length that marks a stop word: no stem is empty. */
    private static final int STOP = 0;

    private final int limit;
    private final int mask;
    /**
     * 0 for an empty slot, else 24 bits of the word's hash, its offset in {@link #chars} (24 bits),
     * its length (8) and its stem's length (8).
     */
    private final long[] keys;
    private char[] chars = new char[1 << 12];
    private int used;
    private int size;

    Stems(int limit) {
      this.limit = limit;
      int slots = Integer.highestOneBit(Math.max(limit, 1) * 2 - 1) << 1;
      this.keys = new long[slots];
      this.mask = slots - 1;
    }

    /** The slot of {@code word[0, length)}: its key, or an empty one where it would go. */
    int slot(char[] word, int length) {
      int h = 0;
      for (int i = 0; i < length; i++) {
        h = 31 * h + word[i];
      }
      h *= 0x9E3779B9;
      long tag = (long) (h >>> 8) << 40;
      int slot = h & mask;
      while (true) {
        long k = keys[slot];
        if (k == 0 || (k & 0xFFFFFF00_00000000L) == tag && (int) (k >>> 8 & 0xFF) == length
            && same(word, (int) (k >>> 16) & 0xFFFFFF, length)) {
          return slot;
        }
        slot = (slot + 1) & mask;
      }
    }

    private boolean same(char[] word, int offset, int length) {
      return Arrays.equals(chars, offset, offset + length, word, 0, length);
    }

    boolean known(int slot) {
      return keys[slot] != 0;
    }

    boolean stop(int slot) {
      return (keys[slot] & 0xFF) == STOP;
    }

    /** Puts the slot's stem into {@code term}. */
    void stem(int slot, CharTermAttribute term) {
      long k = keys[slot];
      term.copyBuffer(chars, ((int) (k >>> 16) & 0xFFFFFF) + ((int) (k >>> 8) & 0xFF),
          (int) k & 0xFF);
    }

    /**
     * Remembers {@code word} with {@code stem} (null for a stop word) in {@code slot}, found by
     * {@link #slot} with nothing put since; nothing when full.
     */
    void put(int slot, char[] word, int length, char[] stem, int stemLength) {
      if (size >= limit || length > LONGEST || stemLength > LONGEST || length == 0
          || stem != null && stemLength == 0) {
        return;
      }
      int need = length + stemLength;
      if (used + need > 0xFFFFFF) {
        return;
      }
      if (used + need > chars.length) {
        chars = Arrays.copyOf(chars, Math.min(0xFFFFFF, Math.max(used + need, chars.length * 2)));
      }
      System.arraycopy(word, 0, chars, used, length);
      if (stem != null) {
        System.arraycopy(stem, 0, chars, used + length, stemLength);
      }
      int h = 0;
      for (int i = 0; i < length; i++) {
        h = 31 * h + word[i];
      }
      h *= 0x9E3779B9;
      keys[slot] = (long) (h >>> 8) << 40 | (long) used << 16 | (long) length << 8
          | (stem == null ? STOP : stemLength);
      used += need;
      size++;
    }
  }

  /**
   * Drops stop words, like {@code StopFilter}, and puts a known word's stem in its place, marked
   * as a keyword so that {@link PorterStemFilter} leaves it; a new word goes on to be stemmed.
   */
  private static final class Known extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CharArraySet stopWords;
    final Stems stems;
    /** The word as it came, when it is new: {@link Learn} keeps its stem. */
    char[] fresh;

    Known(TokenStream in, CharArraySet stopWords, Stems stems) {
      super(in);
      this.stopWords = stopWords;
      this.stems = stems;
    }

    @Override
    protected boolean accept() {
      char[] buffer = term.buffer();
      int length = term.length();
      int slot = stems.slot(buffer, length);
      if (stems.known(slot)) {
        if (stems.stop(slot)) {
          return false;
        }
        stems.stem(slot, term);
        keyword.setKeyword(true);
        return true;
      }
      if (stopWords.contains(buffer, 0, length)) {
        stems.put(slot, buffer, length, null, 0);
        return false;
      }
      fresh = Arrays.copyOf(buffer, length);
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      fresh = null;
    }
  }

  /** Remembers the stem {@link PorterStemFilter} gave a new word. */
  private static final class Learn extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Known known;

    Learn(TokenStream in, Known known) {
      super(in);
      this.known = known;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] fresh = known.fresh;
      if (fresh != null) {
        known.fresh = null;
        Stems stems = known.stems;
        stems.put(stems.slot(fresh, fresh.length), fresh, fresh.length, term.buffer(),
            term.length());
      }
      return true;
    }
  }
}
