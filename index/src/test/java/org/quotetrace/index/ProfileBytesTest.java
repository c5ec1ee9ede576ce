package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.quotetrace.trace.Fingerprints;

class ProfileBytesTest {
  // Guards the stored layout: profiles already in indexes are read by the same decoder, so the
  // encoder may be made faster but must not move a byte. The reference is the layout written
  // field by field through Lucene's data output, as the first version of profiles did.
  @Test
  void aProfileIsWrittenByteForByteInTheLayoutOfItsVersion() throws IOException {
    SplittableRandom random = new SplittableRandom(23);
    String[] names = {"", "a", "Côte d’Ivoire Wire", "doc-0000042", "r3-x.txt", "東京", "\uD83D\uDE00"};
    // Form counts on both sides of each place width: one, two and three bytes a word.
    for (int forms : new int[] {0, 1, 2, 255, 256, 257, 3_000, 65_536, 65_537}) {
      long[] vocabulary = new long[forms];
      for (int i = 0; i < forms; i++) {
        vocabulary[i] = random.nextLong();
      }
      int n = forms == 0 ? 0 : forms + random.nextInt(0, 2 * forms + 1);
      long[] words = new long[n];
      for (int i = 0; i < n; i++) {
        // Every form at least once, then repeats.
        words[i] = vocabulary[i < forms ? i : random.nextInt(forms)];
      }
      String id = names[random.nextInt(names.length)];
      String outlet = random.nextBoolean() ? null : names[random.nextInt(names.length)];
      String title = random.nextBoolean() ? null : names[random.nextInt(names.length)];
      Long published = random.nextBoolean() ? null : random.nextLong();
      BytesRef got = DocProfiles.encode(id, "origin:" + forms, "article", outlet, title, published,
          words);
      byte[] want = reference(id, "origin:" + forms, "article", outlet, title, published, words);
      assertArrayEquals(want, Arrays.copyOfRange(got.bytes, got.offset, got.offset + got.length),
          forms + " forms");
    }
  }

  // The forms are placed through an open-addressing table: forms that all fall in one slot (the
  // high half of each hash equal to its low half) and a form whose hash is 0, the table's empty
  // key, must take the same places as in the sorted list.
  @Test
  void formsThatShareATableSlotOrHashToZeroTakeTheirSortedPlaces() throws IOException {
    long[] words = new long[40];
    for (int i = 0; i < words.length; i++) {
      long k = (i % 20) - 10; // twenty forms, each twice, 0 among them, negative ones too
      words[i] = k << 32 | (k & 0xFFFFFFFFL);
    }
    BytesRef got = DocProfiles.encode("d", "o", "article", null, null, null, words);
    byte[] want = reference("d", "o", "article", null, null, null, words);
    assertArrayEquals(want, Arrays.copyOfRange(got.bytes, got.offset, got.offset + got.length));
  }

  private static byte[] reference(String id, String origin, String kind, String outlet,
      String title, Long published, long[] words) throws IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeByte(DocProfiles.VERSION);
    out.writeString(id);
    out.writeString(origin);
    out.writeString(kind);
    for (String s : new String[] {outlet, title}) {
      if (s == null) {
        out.writeByte((byte) 0);
      } else {
        out.writeByte((byte) 1);
        out.writeString(s);
      }
    }
    if (published != null) {
      out.writeByte((byte) 1);
      out.writeLong(published);
    } else {
      out.writeByte((byte) 0);
    }
    long[] forms = Fingerprints.distinct(words);
    out.writeVInt(forms.length);
    for (long f : forms) {
      out.writeLong(f);
    }
    int width = forms.length <= 256 ? 1 : forms.length <= 65_536 ? 2 : 3;
    out.writeVInt(words.length);
    for (long w : words) {
      int at = Arrays.binarySearch(forms, w);
      for (int b = width - 1; b >= 0; b--) {
        out.writeByte((byte) (at >>> (8 * b)));
      }
    }
    return out.toArrayCopy();
  }
}
