package org.quotetrace.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
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
  private static final char[] STOP = new char[0];

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream s = new EnglishPossessiveFilter(source);
    s = new LowerCaseFilter(s);
    Known known = new Known(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    s = new Learn(new PorterStemFilter(known), known);
    return new TokenStreamComponents(source, s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /**
   * Drops stop words, like {@code StopFilter}, and puts a known word's stem in its place, marked
   * as a keyword so that {@link PorterStemFilter} leaves it; a new word goes on to be stemmed.
   */
  private static final class Known extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final CharArraySet stopWords;
    final CharArrayMap<char[]> stems = new CharArrayMap<>(4096, false);
    /** The word as it came, when it is new: {@link Learn} keeps its stem. */
    char[] fresh;

    Known(TokenStream in, CharArraySet stopWords) {
      super(in);
      this.stopWords = stopWords;
    }

    @Override
    protected boolean accept() {
      char[] buffer = term.buffer();
      int length = term.length();
      char[] stem = stems.get(buffer, 0, length);
      if (stem == STOP) {
        return false;
      }
      if (stem != null) {
        term.copyBuffer(stem, 0, stem.length);
        keyword.setKeyword(true);
        return true;
      }
      if (stopWords.contains(buffer, 0, length)) {
        if (stems.size() < LIMIT) {
          stems.put(Arrays.copyOf(buffer, length), STOP);
        }
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
        if (known.stems.size() < LIMIT) {
          known.stems.put(fresh, Arrays.copyOf(term.buffer(), term.length()));
        }
      }
      return true;
    }
  }
}
