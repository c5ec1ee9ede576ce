package org.quotetrace.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Fingerprint hashes as index terms, eight bytes each, without going through text: a 3 KB article
 * has a few hundred of them, and formatting each as a string to analyse it again would cost more
 * than indexing it.
 */
final class HashTokens extends TokenStream {
  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
  private final long[] hashes;
  private final byte[] bytes = new byte[8];
  private final BytesRef ref = new BytesRef(bytes);
  private int next;

  HashTokens(long[] hashes) {
    this.hashes = hashes;
  }

  @Override
  public boolean incrementToken() {
    if (next >= hashes.length) {
      return false;
    }
    clearAttributes();
    encode(hashes[next++], bytes);
    term.setBytesRef(ref);
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }

  static BytesRef term(long hash) {
    byte[] b = new byte[8];
    encode(hash, b);
    return new BytesRef(b);
  }

  static void encode(long h, byte[] b) {
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) h;
      h >>>= 8;
    }
  }
}
