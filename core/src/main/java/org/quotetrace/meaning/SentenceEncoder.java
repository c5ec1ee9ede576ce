package org.quotetrace.meaning;

import java.util.List;

/** Turns sentences into vectors whose dot product is the cosine of their meanings. */
public interface SentenceEncoder {
  float[] encode(String text);

  List<float[]> encodeAll(List<String> texts);

  int dimension();
}
