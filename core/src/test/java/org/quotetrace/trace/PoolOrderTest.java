package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.QuoteFinder;

/** How the meaning stage orders a source's passages against a quote sentence. */
class PoolOrderTest {
  @Test
  void passagesComeNearestInMeaningFirstAndEqualOnesInTheOrderGiven() {
    SourceText s = new SourceText(0, new QuoteFinder().find(TraceAssertions.doc("s.txt",
        "The ferry runs daily. The pier will close. The fare will rise. The crews are new.")));
    List<SourceText.Passage> ps = s.sentences;
    assertEquals(4, ps.size());
    s.vectors.put(ps.get(0).span(), new float[] {0.1f, 0f});
    s.vectors.put(ps.get(1).span(), new float[] {0.9f, 0f});
    s.vectors.put(ps.get(2).span(), new float[] {0.5f, 0f});
    s.vectors.put(ps.get(3).span(), new float[] {0.5f, 0f});
    List<SourceText.Passage> ranked = Pool.byCosine(new float[] {1f, 0f}, ps);
    assertEquals(List.of(ps.get(1), ps.get(2), ps.get(3), ps.get(0)), ranked);
  }
}
