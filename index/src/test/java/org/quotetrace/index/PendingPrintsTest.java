package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

class PendingPrintsTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  // Guards every index written from now on: fingerprints put aside and sorted at flush must give
  // the very segments Lucene's own inversion of them gives (files and their sizes, every posting),
  // flushed or merged, with a document replaced in its own segment, the same document twice, a
  // text with no words, and some documents' prints inverted by Lucene in the same segments.
  @Test
  void printsPutAsideWriteTheSegmentsLuceneWritesInvertingThem() throws IOException {
    for (boolean merged : new boolean[] {false, true}) {
      try (Directory lucene = new ByteBuffersDirectory();
          Directory aside = new ByteBuffersDirectory()) {
        write(lucene, false, merged);
        PendingPrints left = write(aside, true, merged);
        List<String> a = WritingCodecTest.describe(lucene);
        List<String> b = WritingCodecTest.describe(aside);
        assertTrue(a.stream().filter(l -> l.startsWith("fp ")).count() > 3_000,
            "too few fingerprint terms to compare: " + a.size());
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
          assertEquals(a.get(i), b.get(i), "merged=" + merged + ", line " + i);
        }
        assertEquals(0, left.waiting(), "prints left waiting after every segment was written");
        assertEquals(0, left.bytes());
      }
    }
  }

  @Test
  void radixSortOrdersHashesUnsignedAndKeepsDocumentsInOrderUnderEachHash() {
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 20; round++) {
      int n = random.nextInt(2_000);
      long[] h = new long[n];
      int[] d = new int[n];
      for (int i = 0; i < n; i++) {
        // Few distinct values, negative ones among them, and a shared top byte half the time.
        long v = random.nextLong(50) * 0x0101_0101_0101_0101L;
        h[i] = round % 2 == 0 ? v : v >>> 8 | 0x7F00_0000_0000_0000L;
        d[i] = i;
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      long[] copy = h.clone();
      Arrays.sort(order, Comparator.<Integer>comparingLong(i -> copy[i] ^ Long.MIN_VALUE)
          .thenComparingInt(i -> i));
      PendingPrints.radixSort(h, d, n);
      long[] wantH = new long[n];
      int[] wantD = new int[n];
      for (int i = 0; i < n; i++) {
        wantH[i] = copy[order[i]];
        wantD[i] = order[i];
      }
      assertArrayEquals(wantH, h);
      assertArrayEquals(wantD, d);
    }
  }

  /** Invented articles written in small segments; returns the codec's prints left waiting. */
  private static PendingPrints write(Directory dir, boolean aside, boolean merged)
      throws IOException {
    WritingCodec codec = new WritingCodec();
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
        .setCodec(aside ? codec : Codec.getDefault())
        .setMaxBufferedDocs(90)
        .setUseCompoundFile(false)
        .setMergePolicy(merged ? new LogDocMergePolicy() : NoMergePolicy.INSTANCE);
    SplittableRandom random = new SplittableRandom(23);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int i = 0; i < 120; i++) {
        Document d = Document.article("a" + i, i == 7 ? "" : article(random));
        w.addDocuments(records(d, aside && i % 9 != 5 ? codec.prints() : null));
        if (i % 10 == 3) {
          // The same id again in the same buffer: the first block is deleted but stays written.
          Document again = Document.article("a" + i, article(random));
          w.updateDocuments(new Term(Schema.OWNER, again.id()), records(again, aside ? codec.prints() : null));
        }
        if (i % 25 == 4) {
          // The very same document twice: one content hash, two records.
          w.addDocuments(records(d, aside ? codec.prints() : null));
        }
      }
      if (merged) {
        w.forceMerge(1);
      }
      w.commit();
    }
    return codec.prints();
  }

  private static List<List<IndexableField>> records(Document d, PendingPrints prints) {
    return Schema.records(d, FINDER.find(d), Schema.contentHash(d), prints);
  }

  private static final String[] WORDS = {"the", "council", "said", "budget", "would", "rise",
      "by", "four", "per", "cent", "next", "year", "and", "that", "schools", "were", "first",
      "minister", "told", "reporters", "on", "Tuesday", "we", "will", "not", "cut", "services",
      "harbour", "ferry", "tolls", "2016", "of", "a", "new", "plan", "for", "roads"};

  private static String article(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      sentence(b, random, 8 + random.nextInt(30));
      b.append(" \"");
      sentence(b, random, 5 + random.nextInt(20));
      b.append(",\" the minister said. ");
      sentence(b, random, 8 + random.nextInt(20));
      b.append("\n\n");
    }
    return b.toString();
  }

  private static void sentence(StringBuilder b, SplittableRandom random, int words) {
    for (int i = 0; i < words; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      b.append(i + 1 < words ? " " : ".");
    }
  }
}
