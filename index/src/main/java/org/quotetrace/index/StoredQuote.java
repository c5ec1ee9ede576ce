package org.quotetrace.index;

import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.quotetrace.text.DocumentKind;

/**
 * A quote as the index holds it, with what is shown of its document: found by a search, or a
 * member of a group of variants.
 *
 * @param document the id of the document that holds it
 * @param origin where that document came from (a path, a URL)
 * @param kind what kind of document it is
 * @param outlet who published the document, when known
 * @param published when the document was published, when known
 * @param span where the quote is in the document's text, in code points, as it is printed
 * @param text the quoted words
 * @param speaker the resolved name of who said it, when known
 * @param turn whether it is a transcript turn or SOT block rather than marked words
 */
public record StoredQuote(String document, String origin, DocumentKind kind,
    Optional<String> outlet, Optional<Instant> published, CodePoints span, String text,
    Optional<String> speaker, boolean turn) {

  /**
   * A stretch of text counted in code points, end exclusive: what a reader in another language
   * counts, where Java's offsets count UTF-16 units and an emoji is two.
   */
  public record CodePoints(int start, int end) {
    public CodePoints {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad code point span [" + start + ", " + end + ")");
      }
    }
  }

  /** A quote record read back, its document's fields from {@code owner}. */
  static StoredQuote of(Document d, CorpusIndex.Owner owner, String text) {
    return new StoredQuote(d.get(Schema.OWNER), owner.origin(), owner.kind(), owner.outlet(),
        CorpusIndex.published(d), new CodePoints(d.getField(Schema.QSTART).numericValue().intValue(),
            d.getField(Schema.QEND).numericValue().intValue()), text,
        Optional.ofNullable(d.get(Schema.SPEAKER)), d.get(Schema.TURN) != null);
  }
}
