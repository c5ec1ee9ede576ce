package org.quotetrace.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CosineTest {
  @Test
  void aVectorIsFullyAlignedWithItselfAndAnyMultipleOfIt() {
    float[] v = {0.3f, -1.2f, 4f};
    assertEquals(1.0, SentenceEncoder.cosine(v, v), 1e-9);
    assertEquals(1.0, SentenceEncoder.cosine(v, new float[] {0.6f, -2.4f, 8f}), 1e-6);
    assertEquals(-1.0, SentenceEncoder.cosine(v, new float[] {-0.3f, 1.2f, -4f}), 1e-6);
  }

  @Test
  void orthogonalVectorsHaveCosineZero() {
    assertEquals(0.0, SentenceEncoder.cosine(new float[] {1, 0}, new float[] {0, 5}), 1e-12);
  }

  @Test
  void theZeroVectorOfBlankTextHasCosineZeroWithEverything() {
    float[] zero = new float[3];
    assertEquals(0.0, SentenceEncoder.cosine(zero, new float[] {1, 2, 3}));
    assertEquals(0.0, SentenceEncoder.cosine(zero, zero));
  }

  @Test
  void vectorsOfDifferentLengthsAreRejectedWithBothLengths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SentenceEncoder.cosine(new float[384], new float[768]));
    assertEquals("vectors differ in length: 384 and 768", e.getMessage());
  }
}
