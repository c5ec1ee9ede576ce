package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.index.SmallCorpus.doc;

import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Fingerprints;

/** What the source finder keeps of a pooled document, and how much of it it keeps. */
class DocProfilesTest {
  @TempDir static Path tmp;
  static CorpusIndex index;

  private static final String BRIEFING = """
      HOST: Councillor, when will the footbridge open?
      PETRA AMES: The new footbridge over the Wenning will be finished before the first frost.
      """;
  private static final String STORY = """
      Ferry fares rise: "We held the fare for six years," said board chair Ilse Varga.
      """;

  @BeforeAll
  static void build() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(doc("briefing", BRIEFING, DocumentKind.TRANSCRIPT, "council.example",
          "2026-03-01T09:00:00Z"));
      w.add(doc("story", STORY, DocumentKind.ARTICLE, "skerne.example", "2026-03-09T07:00:00Z"));
      w.commit();
    }
    index = CorpusIndex.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static int record(String id) throws Exception {
    return index.searcher().search(new org.apache.lucene.search.BooleanQuery.Builder()
        .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Schema.OWNER, id)),
            org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Schema.TYPE, Schema.DOC)),
            org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .build(), 1).scoreDocs[0].doc;
  }

  @Test
  void aProfileHoldsTheDocumentsTrigramsAndWordFormsAsTheTextGivesThem() throws Exception {
    StoredFields stored = index.searcher().storedFields();
    DocProfiles.Profile p = new DocProfiles(DocProfiles.BUDGET).of(index.reader(), stored, record("briefing"));
    Fingerprints.Stemmed s = Fingerprints.Stemmed.of(BRIEFING);
    assertArrayEquals(Fingerprints.distinct(Fingerprints.shingles(s.all(), Schema.DOC_GRAM)),
        p.grams());
    for (String form : s.all()) {
      assertTrue(p.hasStem(Fingerprints.hash(form)), form);
    }
    assertEquals("briefing", p.id());
    assertEquals(DocumentKind.TRANSCRIPT, p.kind());
    assertEquals("council.example", p.outlet().orElseThrow());
    assertTrue(Arrays.stream(p.stems()).distinct().count() == p.stems().length);
  }

  @Test
  void aProfileIsReadOnceAndKeptWhileItFitsTheBudget() throws Exception {
    StoredFields stored = index.searcher().storedFields();
    DocProfiles roomy = new DocProfiles(DocProfiles.BUDGET);
    assertSame(roomy.of(index.reader(), stored, record("briefing")), roomy.of(index.reader(), stored, record("briefing")));
  }

  @Test
  void pastTheBudgetTheLeastRecentlyUsedProfileIsDropped() throws Exception {
    StoredFields stored = index.searcher().storedFields();
    DocProfiles tight = new DocProfiles(1);
    DocProfiles.Profile first = tight.of(index.reader(), stored, record("briefing"));
    tight.of(index.reader(), stored, record("story"));
    // Only the latest is kept: the first is read again, an equal but new profile.
    DocProfiles.Profile again = tight.of(index.reader(), stored, record("briefing"));
    assertNotSame(first, again);
    assertArrayEquals(first.grams(), again.grams());
  }
}
