package org.quotetrace.meaning;

import java.util.List;

/**
 * Turns text into a fixed-length vector whose direction stands for its meaning.
 *
 * <p>Every vector has unit length, so the dot product of two of them is their cosine. The one
 * exception is blank text, which has no meaning to stand for: it gets the zero vector, whose cosine
 * with anything is 0. Implementations are safe to share between threads.
 */
public interface SentenceEncoder {

  /** The vector of one text; blank text gives the zero vector. */
  float[] encode(String text);

  /**
   * The vectors of many texts, in the order given: the same vectors as {@link #encode} one by one,
   * usually faster.
   */
  List<float[]> encodeAll(List<String> texts);

  /** The length of every vector this encoder returns. */
  int dimension();

  /**
   * The cosine of the angle between two vectors, from -1 to 1, or 0 when either is the zero vector.
   * It does not assume unit length, so it also serves vectors from elsewhere.
   *
   * @throws IllegalArgumentException if the vectors differ in length
   */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors differ in length: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      aa += (double) a[i] * a[i];
      bb += (double) b[i] * b[i];
    }
    if (aa == 0 || bb == 0) {
      return 0;
    }
    // Rounding can carry the cosine of a vector with itself a hair past 1.
    return Math.max(-1, Math.min(1, dot / Math.sqrt(aa * bb)));
  }
}
