package org.quotetrace.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms {@link EnglishAnalyzer} gives, token for token and position for position, for
 * indexing: each thread remembers the words it has met, as the tokenizer gave them, as a stop word
 * or with their Porter stem, so that a word met before is looked up once instead of passed through
 * the possessive, lower-case, stop-word and stemming filters again. Queries are analysed with {@link EnglishAnalyzer} itself.
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
    return new Known(tokens, new Stems(limit));
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
    private int mask;
    /**
     * 0 for an empty slot, else 24 bits of the word's hash, its offset in {@link #chars} (24 bits),
     * its length (8) and its stem's length (8). Doubled as words come, so that it stays at most
     * half full and no larger: a corpus's few tens of thousands of words then sit in a table a
     * quarter of the size {@code limit} asks for at most, and a look-up misses the cache less.
     */
    private long[] keys;
    private char[] chars = new char[1 << 12];
    private int used;
    private int size;

    Stems(int limit) {
      this.limit = limit;
      int slots = Math.min(1 << 12, Integer.highestOneBit(Math.max(limit, 1) * 2 - 1) << 1);
      this.keys = new long[slots];
      this.mask = slots - 1;
    }

    /** The key's word's full hash, made again from its characters. */
    private int hash(long key) {
      int offset = (int) (key >>> 16) & 0xFFFFFF;
      int length = (int) (key >>> 8) & 0xFF;
      int h = 0;
      for (int i = offset; i < offset + length; i++) {
        h = 31 * h + chars[i];
      }
      return h * 0x9E3779B9;
    }

    private void grow() {
      long[] old = keys;
      keys = new long[old.length * 2];
      mask = keys.length - 1;
      for (long k : old) {
        if (k != 0) {
          int slot = hash(k) & mask;
          while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = k;
        }
      }
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
      if (2 * (size + 1) > keys.length) {
        grow();
        slot = slot(word, length);
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
   * {@link EnglishAnalyzer}'s filters after the tokenizer in one: a word met before, as the
   * tokenizer gave it, is dropped as a stop word or has its stem put in its place; a new word goes
   * through Lucene's own filters (possessive, lower case, stop words, Porter), one word at a time,
   * and is remembered. Keyed by the word as written, so that a known word costs one look-up and
   * none of the four filters a token passed through one after another: what the filters make of
   * a word depends on its characters alone.
   */
  private static final class Known extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Stems stems;
    private final OneWord word = new OneWord();
    private final CharTermAttribute folded;
    private final TokenStream fold;
    private final OneWord stopped = new OneWord();
    private final CharTermAttribute stemmed;
    private final TokenStream stem;

    Known(TokenStream in, Stems stems) {
      super(in);
      this.stems = stems;
      this.fold = new LowerCaseFilter(new EnglishPossessiveFilter(word));
      this.folded = fold.addAttribute(CharTermAttribute.class);
      this.stem = new PorterStemFilter(stopped);
      this.stemmed = stem.addAttribute(CharTermAttribute.class);
    }

    @Override
    protected boolean accept() throws IOException {
      char[] buffer = term.buffer();
      int length = term.length();
      int slot = stems.slot(buffer, length);
      if (stems.known(slot)) {
        if (stems.stop(slot)) {
          return false;
        }
        stems.stem(slot, term);
        return true;
      }
      // New: Lucene's filters, on this word alone.
      char[] raw = Arrays.copyOf(buffer, length);
      word.set(raw, length);
      fold.reset();
      fold.incrementToken(); // not end(), which would clear the word
      if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(folded.buffer(), 0, folded.length())) {
        stems.put(slot, raw, length, null, 0);
        return false;
      }
      stopped.set(folded.buffer(), folded.length());
      stem.reset();
      stem.incrementToken();
      stems.put(slot, raw, length, stemmed.buffer(), stemmed.length());
      term.copyBuffer(stemmed.buffer(), 0, stemmed.length());
      return true;
    }
  }

  /** A stream of one word, for running filters on a word alone. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] chars;
    private int length;
    private boolean done;

    void set(char[] chars, int length) {
      this.chars = chars;
      this.length = length;
    }

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(chars, 0, length);
      done = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
    }
  }
}
