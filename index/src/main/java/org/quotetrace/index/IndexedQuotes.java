package org.quotetrace.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.text.Document;
import org.quotetrace.text.Offsets;
import org.quotetrace.trace.Fingerprints;

/**
 * What the index stores about one document and its quotes, as plain values, for a pipeline that
 * keeps them elsewhere (the Spark job's Parquet tables): the same quotes, code-point spans,
 * speakers, word counts and fingerprints that {@link CorpusWriter} writes, so that what is built
 * from either store agrees.
 */
public final class IndexedQuotes {
  private IndexedQuotes() {}

  /**
   * @param contentHash the hash a document is skipped by when it is indexed again unchanged
   * @param textHash the text alone, whitespace folded: the same story under another name
   * @param fingerprints winnowed hashes of the text's word trigrams, as source finding looks them up
   * @param quotes the quotes the index holds: speech with at least one word, in text order
   */
  public record Doc(long contentHash, String textHash, long[] fingerprints, List<Indexed> quotes) {}

  /**
   * One quote as the index holds it.
   *
   * @param index the quote's place in {@link Extraction#quotes()}
   * @param start code points into the text, quote marks excluded
   * @param speaker the resolved name only: an unresolved "they" is nobody's name
   * @param speakerKey the surname's hash, 0 for none: how grouping compares speakers
   * @param words stemmed words in the quote
   * @param fingerprints the low 32 bits of its winnowed word-trigram hashes, distinct, ascending
   */
  public record Indexed(int index, int start, int end, String text, boolean turn,
      Optional<String> speaker, long speakerKey, int words, int[] fingerprints) {}

  /** What the index would store for {@code d}, whose quotes are {@code found}. */
  public static Doc of(Document d, Extraction found) {
    String text = d.text();
    Fingerprints.Stemmed stemmed = Fingerprints.Stemmed.of(text);
    long[] docPrints = Fingerprints.winnow(stemmed.shingles(Schema.DOC_GRAM), Schema.DOC_WINDOW);
    Offsets cp = Offsets.of(text);
    List<Indexed> out = new ArrayList<>();
    List<Quote> quotes = found.quotes();
    for (int k = 0; k < quotes.size(); k++) {
      Quote q = quotes.get(k);
      if (q.kind() != QuoteKind.SPEECH) {
        continue;
      }
      int words = stemmed.count(q.span().start(), q.span().end());
      if (words == 0) {
        continue;
      }
      String name = q.speakerIfKnown().map(s -> s.name()).orElse(null);
      Optional<String> speaker = name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
      long[] grams = Fingerprints.winnow(
          stemmed.shingles(q.span().start(), q.span().end(), Schema.QUOTE_GRAM), Schema.QUOTE_WINDOW);
      out.add(new Indexed(k, cp.toCodePoint(q.span().start()), cp.toCodePoint(q.span().end()),
          q.text(text), q.turn(), speaker, speaker.map(Schema::speakerKey).orElse(0L), words,
          Schema.unpackInts(Schema.packInts(grams))));
    }
    return new Doc(Schema.contentHash(d), Schema.textHash(text), docPrints, out);
  }
}
