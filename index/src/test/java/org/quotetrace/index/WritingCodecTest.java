package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class WritingCodecTest {
  private static final FieldType FREQS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    FREQS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    FREQS.freeze();
  }

  // Guards every index written from now on: the codec only reads norms another way while writing,
  // so what Lucene's own codec writes and what it writes must not differ in a posting, a norm or
  // the impacts that let top hits skip blocks, flushed or merged.
  @Test
  void flushedAndMergedSegmentsHoldWhatLucenesOwnCodecWrites() throws IOException {
    for (boolean merged : new boolean[] {false, true}) {
      try (Directory own = new ByteBuffersDirectory(); Directory ours = new ByteBuffersDirectory()) {
        write(own, Codec.getDefault(), merged);
        write(ours, new WritingCodec(), merged);
        List<String> a = describe(own);
        List<String> b = describe(ours);
        assertTrue(a.size() > 1_000, "too little written to compare: " + a.size());
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
          assertEquals(a.get(i), b.get(i), "merged=" + merged + ", line " + i);
        }
      }
    }
  }

  // The index must open with Lucene's own classes, as any earlier quotetrace opens its indexes.
  @Test
  void segmentsNameLucenesOwnCodec() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      write(dir, new WritingCodec(), false);
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : r.leaves()) {
          assertEquals(Codec.getDefault().getName(),
              ((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec().getName());
        }
      }
    }
  }

  /**
   * Records laid out like an index's: a long text on one record in eleven (sparse norms), short
   * texts with positions on the others, a rare field on a few, and norms past a byte on none.
   */
  private static void write(Directory dir, Codec codec, boolean merged) throws IOException {
    SplittableRandom random = new SplittableRandom(17);
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
        .setCodec(codec)
        .setMaxBufferedDocs(1_100)
        .setUseCompoundFile(false)
        .setMergePolicy(merged ? new org.apache.lucene.index.LogDocMergePolicy()
            : NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int d = 0; d < 4_000; d++) {
        Document doc = new Document();
        doc.add(new StringField("type", d % 11 == 0 ? "doc" : "quote", Field.Store.NO));
        if (d % 11 == 0) {
          doc.add(new Field("body", words(random, 30 + random.nextInt(400)), FREQS));
        } else {
          doc.add(new TextField("qtext", words(random, 1 + random.nextInt(40)), Field.Store.NO));
        }
        if (d % 97 == 3) {
          doc.add(new TextField("turn_words", words(random, 5 + random.nextInt(60)), Field.Store.NO));
        }
        w.addDocument(doc);
      }
      if (merged) {
        w.forceMerge(1);
      }
      w.commit();
    }
  }

  private static String words(SplittableRandom random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // Zipf-like: a few words everywhere, most of them rare.
      int rank = (int) Math.floor(Math.pow(6_000, random.nextDouble()));
      b.append('w').append(Integer.toString(rank, 36)).append(' ');
    }
    return b.toString();
  }

  /** Every segment's files and their sizes, norms, postings and impacts, as lines. */
  static List<String> describe(Directory dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : r.leaves()) {
        LeafReader lr = leaf.reader();
        var info = ((SegmentReader) lr).getSegmentInfo();
        for (String file : new java.util.TreeSet<>(info.files())) {
          out.add(file + " " + dir.fileLength(file));
        }
        for (FieldInfo fi : lr.getFieldInfos()) {
          if (fi.hasNorms()) {
            NumericDocValues norms = lr.getNormValues(fi.name);
            for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
              out.add("norm " + fi.name + " " + d + " " + norms.longValue());
            }
          }
          Terms terms = lr.terms(fi.name);
          if (terms == null) {
            continue;
          }
          TermsEnum te = terms.iterator();
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            StringBuilder b = new StringBuilder(fi.name).append(" ").append(t)
                .append(" df=").append(te.docFreq()).append(" ttf=").append(te.totalTermFreq());
            ImpactsEnum impacts = te.impacts(PostingsEnum.FREQS);
            int shown = -1;
            for (int d = impacts.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = impacts.nextDoc()) {
              b.append(' ').append(d).append(':').append(impacts.freq());
              if (d <= shown) {
                continue;
              }
              // Once a block: the impacts hold until the end of the block.
              impacts.advanceShallow(d);
              Impacts levels = impacts.getImpacts();
              shown = levels.getDocIdUpTo(0);
              for (int level = 0; level < levels.numLevels(); level++) {
                b.append(" L").append(level).append('<').append(levels.getDocIdUpTo(level));
                FreqAndNormBuffer pairs = levels.getImpacts(level);
                for (int i = 0; i < pairs.size; i++) {
                  b.append(' ').append(pairs.freqs[i]).append('/').append(pairs.norms[i]);
                }
              }
            }
            out.add(b.toString());
          }
        }
      }
    }
    return out;
  }
}
