package org.quotetrace.index;

import java.io.IOException;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FieldsConsumer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.MergeState;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Lucene's default codec, writing the very same files under its own name (so that any reader opens
 * them with Lucene's own classes), with two costs taken out of writing postings: the norms, and
 * the fingerprint terms, which reach the postings writer from {@link PendingPrints} rather than
 * from Lucene's in-memory inversion.
 *
 * <p>Writing a field's postings, Lucene reads the norm of every document of every term, through a
 * new iterator for each term. {@code body} is on one record in eleven and {@code turn_words} on
 * fewer, so their norms are stored sparse, and a sparse iterator finds a document by walking the
 * list of those that have one from the start of its block: each rare term walked about half the
 * list. On PolNeAR-length articles that walk was 8 % of indexing (JFR, 20,000 documents). Here a
 * field's norms are read once, into an array by document, while its postings are written, and
 * every term's iterator looks them up there.
 */
final class WritingCodec extends FilterCodec {
  private final PostingsFormat postings;
  private final PendingPrints prints = new PendingPrints();

  WritingCodec() {
    this(Codec.getDefault());
  }

  private WritingCodec(Codec lucene) {
    super(lucene.getName(), lucene);
    this.postings = new NormsOnce(lucene.postingsFormat(), prints);
  }

  /** The fingerprints of documents added through this codec's writer, until their segment is written. */
  PendingPrints prints() {
    return prints;
  }

  @Override
  public PostingsFormat postingsFormat() {
    return postings;
  }

  /**
   * The default postings format, written with {@link FieldNorms} in place of the norms given, and
   * with the {@link PendingPrints} of a segment being flushed. It keeps the name of the one it
   * wraps, which is never written: each field's own format is.
   */
  private static final class NormsOnce extends PostingsFormat {
    private final PostingsFormat in;
    private final PendingPrints prints;

    NormsOnce(PostingsFormat in, PendingPrints prints) {
      super(in.getName());
      this.in = in;
      this.prints = prints;
    }

    @Override
    public FieldsConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
      FieldsConsumer out = in.fieldsConsumer(state);
      int maxDoc = state.segmentInfo.maxDoc();
      return new FieldsConsumer() {
        @Override
        public void write(Fields fields, NormsProducer norms) throws IOException {
          out.write(prints.withPrints(fields, state),
              norms == null ? null : new FieldNorms(norms, maxDoc));
        }

        @Override
        public void merge(MergeState mergeState, NormsProducer norms) throws IOException {
          out.merge(mergeState, norms == null ? null : new FieldNorms(norms, maxDoc));
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }

    @Override
    public FieldsProducer fieldsProducer(SegmentReadState state) throws IOException {
      return in.fieldsProducer(state);
    }
  }

  /**
   * The norms of one field at a time, read whole the first time the field is asked for: fields
   * are written one after another, so holding only the last keeps this to a byte a document. The
   * producer wrapped is closed by whoever opened it.
   */
  static final class FieldNorms extends NormsProducer {
    private final NormsProducer in;
    private final int maxDoc;
    private String field;
    private FixedBitSet has;
    private int count;
    /** Norms that all fit a byte (every similarity Lucene ships), else {@link #wide}. */
    private byte[] narrow;
    private long[] wide;

    FieldNorms(NormsProducer in, int maxDoc) {
      this.in = in;
      this.maxDoc = maxDoc;
    }

    @Override
    public NumericDocValues getNorms(FieldInfo info) throws IOException {
      if (!info.name.equals(field)) {
        read(info);
      }
      return new Norms();
    }

    private void read(FieldInfo info) throws IOException {
      field = null;
      has = new FixedBitSet(Math.max(1, maxDoc));
      narrow = new byte[maxDoc];
      wide = null;
      count = 0;
      NumericDocValues v = in.getNorms(info);
      for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
        long n = v.longValue();
        has.set(d);
        count++;
        if (wide == null && n != (byte) n) {
          wide = new long[maxDoc];
          for (int k = 0; k < d; k++) {
            wide[k] = narrow[k];
          }
          narrow = null;
        }
        if (wide != null) {
          wide[d] = n;
        } else {
          narrow[d] = (byte) n;
        }
      }
      field = info.name;
    }

    @Override
    public void checkIntegrity() throws IOException {
      in.checkIntegrity();
    }

    @Override
    public void close() {
      // Not ours to close: see the class comment.
    }

    /** One term's walk over the field's norms. */
    private final class Norms extends NumericDocValues {
      private final FixedBitSet has = FieldNorms.this.has;
      private final byte[] narrow = FieldNorms.this.narrow;
      private final long[] wide = FieldNorms.this.wide;
      private int doc = -1;

      @Override
      public long longValue() {
        return wide != null ? wide[doc] : narrow[doc];
      }

      @Override
      public boolean advanceExact(int target) {
        doc = target;
        return has.get(target);
      }

      @Override
      public int docID() {
        return doc;
      }

      @Override
      public int nextDoc() {
        return advance(doc + 1);
      }

      @Override
      public int advance(int target) {
        doc = target >= maxDoc ? NO_MORE_DOCS : has.nextSetBit(target);
        return doc;
      }

      @Override
      public long cost() {
        return count;
      }
    }
  }
}
