package org.quotetrace.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Fingerprints;

/**
 * What {@link SourceFinder} measures a pooled document by, kept for the documents of one opened
 * index. A document's words do not change while the index is open, and the same transcripts come
 * back in the pool of every article that quotes them: reading and stemming each again was most of
 * the time of a look-up. Bounded, least recently used first out, so memory stays flat however many
 * articles are looked up.
 *
 * <p>A document indexed by this version carries its profile in {@link Schema#PROFILE}, written
 * with the document: reading it is a copy and a sort, where stemming the text took most of a
 * ranking's time. A document indexed before (or with a profile of another {@link #VERSION}) has
 * it made from its stored text, as it was then; both ways give the same profile.
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

  /**
   * The layout of a stored profile, its first byte. A profile of any other is not read: its
   * document's profile is made from its text.
   */
  static final byte VERSION = 1;

  /**
   * The profile of the document record at a Lucene doc id of {@code reader}, read and kept the
   * first time: as stored, or made from the stored text when the document carries none.
   */
  Profile of(IndexReader reader, StoredFields stored, int doc) throws IOException {
    synchronized (byDoc) {
      Profile p = byDoc.get(doc);
      if (p != null) {
        return p;
      }
    }
    Profile p = stored(reader, doc);
    if (p == null) {
      p = fromText(stored, doc);
    }
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

  /** The profile stored with the document record at {@code doc}; null when it carries none. */
  static Profile stored(IndexReader reader, int doc) throws IOException {
    java.util.List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(Schema.PROFILE);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    return decode(values.binaryValue());
  }

  /**
   * A document's profile as {@link Schema#PROFILE} stores it: {@link #VERSION}; what a candidate
   * shows of the document; its distinct word forms' hashes, sorted; and its words in text order,
   * each as its place among those forms, in as few bytes as the count of forms needs. Trigrams are
   * made again from the words when read: stored, their hashes would double the size.
   */
  static BytesRef encode(Document d, Fingerprints.Stemmed s) {
    return encode(d.id(), d.origin(), d.kind().id(), d.outlet().orElse(null),
        d.title().orElse(null), d.published().map(Instant::toEpochMilli).orElse(null), s.hashes());
  }

  /**
   * {@link #encode(Document, Fingerprints.Stemmed)} of a document's stored values: null for an
   * absent outlet, title or time; {@code words} its words' hashes in text order.
   */
  static BytesRef encode(String id, String origin, String kind, String outlet, String title,
      Long published, long[] words) {
    ByteBuffersDataOutput head = new ByteBuffersDataOutput(64);
    Forms f = new Forms(words);
    long[] forms = f.sorted;
    int width = width(forms.length);
    try {
      head.writeByte(VERSION);
      head.writeString(id);
      head.writeString(origin);
      head.writeString(kind);
      optional(head, outlet);
      optional(head, title);
      if (published != null) {
        head.writeByte((byte) 1);
        head.writeLong(published);
      } else {
        head.writeByte((byte) 0);
      }
      head.writeVInt(forms.length);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("writing to memory cannot fail", e);
    }
    // The forms and the words' places make up nearly all of a profile: written straight into the
    // array (Lucene's little-endian longs, places big-endian), where a byte at a time through a
    // data output and a binary search a word cost 4 % of indexing (JFR).
    byte[] start = head.toArrayCopy();
    byte[] out = new byte[start.length + 8 * forms.length + vIntSize(words.length)
        + width * words.length];
    System.arraycopy(start, 0, out, 0, start.length);
    int at = start.length;
    for (long form : forms) {
      BitUtil.VH_LE_LONG.set(out, at, form);
      at += 8;
    }
    for (int v = words.length; ; v >>>= 7) {
      if ((v & ~0x7F) == 0) {
        out[at++] = (byte) v;
        break;
      }
      out[at++] = (byte) ((v & 0x7F) | 0x80);
    }
    for (int i = 0; i < words.length; i++) {
      int place = f.place(i);
      for (int b = width - 1; b >= 0; b--) {
        out[at++] = (byte) (place >>> (8 * b));
      }
    }
    return new BytesRef(out);
  }

  private static int vIntSize(int v) {
    int n = 1;
    while ((v & ~0x7F) != 0) {
      v >>>= 7;
      n++;
    }
    return n;
  }

  /**
   * A text's distinct word forms, sorted, and each word's place among them. The forms are found
   * by an open-addressing table over the words (hashes already, so their low bits place them)
   * and only they are sorted: a text repeats about half its words, and sorting every word to drop
   * the repeats, then a table to place each word, cost twice the work.
   */
  private static final class Forms {
    final long[] sorted;
    /** Each word's form, as its index in order of first occurrence. */
    private final int[] form;
    /** Each form's place among the sorted forms, by order of first occurrence. */
    private final int[] rank;

    Forms(long[] words) {
      int slots = Integer.highestOneBit(Math.max(words.length, 1) * 2 - 1) << 1;
      int mask = slots - 1;
      long[] keys = new long[slots];
      int[] found = new int[slots]; // 1 + the form's index; 0 for an empty slot
      long[] first = new long[words.length];
      form = new int[words.length];
      int n = 0;
      for (int i = 0; i < words.length; i++) {
        long w = words[i];
        int s = (int) (w ^ (w >>> 32)) & mask;
        while (found[s] != 0 && keys[s] != w) {
          s = (s + 1) & mask;
        }
        if (found[s] == 0) {
          keys[s] = w;
          first[n] = w;
          found[s] = ++n;
        }
        form[i] = found[s] - 1;
      }
      sorted = Arrays.copyOf(first, n);
      Arrays.sort(sorted);
      // Each form's place read back through the table, which sits in the cache: a binary search
      // for each form, its branches unpredictable, cost more than the sort (JFR).
      rank = new int[n];
      for (int r = 0; r < n; r++) {
        long w = sorted[r];
        int s = (int) (w ^ (w >>> 32)) & mask;
        while (keys[s] != w || found[s] == 0) {
          s = (s + 1) & mask;
        }
        rank[found[s] - 1] = r;
      }
    }

    int place(int word) {
      return rank[form[word]];
    }
  }

  /** The profile {@link #encode} wrote; null for a profile of another {@link #VERSION}. */
  static Profile decode(BytesRef stored) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
    if (in.readByte() != VERSION) {
      return null;
    }
    String id = in.readString();
    String origin = in.readString();
    DocumentKind kind = kind(in.readString());
    Optional<String> outlet = Optional.ofNullable(optional(in));
    Optional<String> title = Optional.ofNullable(optional(in));
    Optional<Instant> published = in.readByte() == 0
        ? Optional.empty() : Optional.of(Instant.ofEpochMilli(in.readLong()));
    long[] forms = new long[in.readVInt()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = in.readLong();
    }
    int width = width(forms.length);
    long[] words = new long[in.readVInt()];
    byte[] b = stored.bytes;
    int at = stored.offset + in.getPosition();
    for (int i = 0; i < words.length; i++) {
      int place = 0;
      for (int k = 0; k < width; k++) {
        place = place << 8 | (b[at++] & 0xff);
      }
      words[i] = forms[place];
    }
    long[] grams = Fingerprints.distinct(Fingerprints.shingles(words, Schema.DOC_GRAM));
    return new Profile(grams, forms, id, origin, kind, outlet, title, published);
  }

  /** Bytes enough to tell {@code count} places apart. */
  private static int width(int count) {
    int width = 1;
    while (width < 4 && Math.max(count - 1, 0) >>> (8 * width) != 0) {
      width++;
    }
    return width;
  }

  private static void optional(ByteBuffersDataOutput out, String s) {
    if (s == null) {
      out.writeByte((byte) 0);
    } else {
      out.writeByte((byte) 1);
      out.writeString(s);
    }
  }

  private static String optional(ByteArrayDataInput in) throws IOException {
    return in.readByte() == 0 ? null : in.readString();
  }

  /** The profile of the document record at {@code doc} made from its stored text and fields. */
  static Profile fromText(StoredFields stored, int doc) throws IOException {
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
