package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The document-frequency cut of sources: in proportion to a small corpus, fixed in a large one. */
class TopSourcesCapTest {
  @Test
  void aSmallCorpusKeepsItsProportionalCutAndALargeOneStopsAtTheFixedCap() {
    assertEquals(50, TopSources.maxDf(2_000));
    assertEquals(200, TopSources.maxDf(100_000));
    assertEquals(1_000, TopSources.maxDf(500_000));
    assertEquals(1_000, TopSources.maxDf(1_000_000));
    assertEquals(1_000, TopSources.maxDf(100_000_000));
  }

  @Test
  void aPassageHeldByMoreDocumentsThanTheCapNamesNoSourceInAHundredMillionDocuments() {
    long documents = 100_000_000;
    TopSources.Candidate earlier = new TopSources.Candidate("wire", 1, "article", new long[] {11, 12, 13});
    // Three prints, each held by 1,500 documents: under the proportional cut (200,000), over the cap.
    TopSources.Article common = new TopSources.Article("copy", 2, new long[] {11, 12, 13},
        new long[] {1_500, 1_500, 1_500}, List.of());
    assertEquals(List.of(), TopSources.rank(common, List.of(earlier), documents, TopSources.DEFAULT_TOP));
    // The same passage held by 900 documents still names its source.
    TopSources.Article rare = new TopSources.Article("copy", 2, new long[] {11, 12, 13},
        new long[] {900, 900, 900}, List.of());
    List<TopSources.Pair> found = TopSources.rank(rare, List.of(earlier), documents, TopSources.DEFAULT_TOP);
    assertEquals(1, found.size());
    assertEquals("wire", found.get(0).source());
  }
}
