package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

class IndexedQuotesTest {
  @Test
  void indexedQuotesHoldWhatTheIndexWritesForEveryQuoteOfTheCorpus() {
    QuoteFinder finder = new QuoteFinder();
    int compared = 0;
    for (Document d : SmallCorpus.all()) {
      Extraction found = finder.find(d);
      long hash = Schema.contentHash(d);
      List<List<IndexableField>> records = Schema.records(d, found, hash);
      IndexedQuotes.Doc doc = IndexedQuotes.of(d, found);
      assertEquals(hash, doc.contentHash());
      assertEquals(Schema.textHash(d.text()), doc.textHash());
      assertEquals(records.size() - 1, doc.quotes().size(), d.id());
      for (int k = 0; k < doc.quotes().size(); k++) {
        List<IndexableField> r = records.get(k + 1);
        IndexedQuotes.Indexed q = doc.quotes().get(k);
        assertEquals(stored(r, Schema.QTEXT).stringValue(), q.text());
        assertEquals(stored(r, Schema.QSTART).numericValue().intValue(), q.start());
        assertEquals(stored(r, Schema.QEND).numericValue().intValue(), q.end());
        assertEquals(Optional.ofNullable(stored(r, Schema.SPEAKER)).map(IndexableField::stringValue),
            q.speaker());
        assertEquals(value(r, Schema.QSPEAKER), q.speakerKey());
        assertEquals(value(r, Schema.QWORDS), q.words());
        assertEquals(value(r, Schema.TURN) == 1, q.turn());
        BytesRef packed = r.stream().filter(f -> f.name().equals(Schema.QFP)).findFirst().orElseThrow()
            .binaryValue();
        assertArrayEquals(Schema.unpackInts(packed), q.fingerprints());
        assertEquals(found.quotes().get(q.index()).text(d.text()), q.text());
        compared++;
      }
    }
    assertTrue(compared >= 10, "quotes compared: " + compared);
  }

  private static IndexableField stored(List<IndexableField> r, String name) {
    return r.stream().filter(f -> f.name().equals(name) && f.fieldType().stored()).findFirst().orElse(null);
  }

  private static long value(List<IndexableField> r, String name) {
    return r.stream().filter(f -> f.name().equals(name) && f.numericValue() != null
        && !f.fieldType().stored()).mapToLong(f -> f.numericValue().longValue()).findFirst().orElse(0);
  }
}
