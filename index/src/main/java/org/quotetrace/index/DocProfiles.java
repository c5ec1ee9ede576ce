package org.quotetrace.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.StoredFields;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Fingerprints;

/**
 * What {@link SourceFinder} measures a pooled document by, kept for the documents of one opened
 * index. A document's words do not change while the index is open, and the same transcripts come
 * back in the pool of every article that quotes them: reading and stemming each again was most of
 * the time of a look-up. Bounded, least recently used first out, so memory stays flat however many
 * articles are looked up.
 */
final class DocProfiles {
  /** Longs held at most (8 bytes each): about 64 MB, some 6,000 news-length documents. */
  static final long BUDGET = 8L << 20;

  /**
   * One document's distinct word trigrams and distinct word forms, both as sorted hashes (two
   * forms sharing a 64-bit hash among a corpus's few hundred thousand forms is not to be expected),
   * and what a candidate shows of it.
   */
  record Profile(long[] grams, long[] stems, String id, String origin, DocumentKind kind,
      Optional<String> outlet, Optional<String> title, Optional<Instant> published) {
    boolean hasStem(long hash) {
      return Arrays.binarySearch(stems, hash) >= 0;
    }

    long size() {
      return grams.length + stems.length + 16;
    }
  }

  private final long budget;
  private long held;
  /** In access order: the least recently used first. */
  private final LinkedHashMap<Integer, Profile> byDoc = new LinkedHashMap<>(1024, 0.75f, true);

  DocProfiles(long budget) {
    this.budget = budget;
  }

  /** The profile of the document record at a Lucene doc id, read and kept the first time. */
  Profile of(StoredFields stored, int doc) throws IOException {
    synchronized (byDoc) {
      Profile p = byDoc.get(doc);
      if (p != null) {
        return p;
      }
    }
    Profile p = read(stored, doc);
    synchronized (byDoc) {
      if (byDoc.putIfAbsent(doc, p) == null) {
        held += p.size();
        var it = byDoc.entrySet().iterator();
        while (held > budget && it.hasNext()) {
          Map.Entry<Integer, Profile> eldest = it.next();
          if (eldest.getKey() == doc) {
            continue;
          }
          held -= eldest.getValue().size();
          it.remove();
        }
      }
    }
    return p;
  }

  /** The stored fields a profile is made of: not the quote records' nor the others'. */
  private static final java.util.Set<String> FIELDS = java.util.Set.of(Schema.TEXT, Schema.OWNER,
      Schema.ORIGIN, Schema.KIND, Schema.OUTLET, Schema.TITLE, Schema.PUBLISHED);

  private static Profile read(StoredFields stored, int doc) throws IOException {
    org.apache.lucene.document.Document d = stored.document(doc, FIELDS);
    Fingerprints.Stemmed s = Fingerprints.Stemmed.of(d.get(Schema.TEXT));
    long[] grams = Fingerprints.distinct(s.shingles(Schema.DOC_GRAM));
    return new Profile(grams, s.distinctHashes(), d.get(Schema.OWNER),
        d.get(Schema.ORIGIN), kind(d.get(Schema.KIND)),
        Optional.ofNullable(d.get(Schema.OUTLET)), Optional.ofNullable(d.get(Schema.TITLE)),
        CorpusIndex.published(d));
  }

  /** The kind as stored, which is always an id of {@link DocumentKind}: no parsing per document. */
  private static DocumentKind kind(String stored) {
    for (DocumentKind k : KINDS) {
      if (k.id().equals(stored)) {
        return k;
      }
    }
    return DocumentKind.parse(stored);
  }

  private static final DocumentKind[] KINDS = DocumentKind.values();
}
