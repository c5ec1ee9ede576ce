package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Fingerprints;

/**
 * A document's profile is stored with it when it is indexed, and ranking reads it there; an index
 * written before profiles were stored makes them from the texts and finds the same sources.
 */
class StoredProfilesTest {
  @TempDir Path tmp;

  /** Made-up words enough for a document with more than 256 distinct forms. */
  private static String manyWords() {
    String[] a = {"ka", "lo", "mi", "ren", "tu", "vas", "zo", "bel", "dri", "fen", "gor", "hap"};
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < 36; i++) {
      for (int j = 0; j < a.length; j++) {
        b.append(a[i % a.length]).append(a[j]).append(a[i / a.length]).append(' ');
      }
      if (i == 20) {
        b.append("\" said Orla Penhaligon. \"");
      }
    }
    return b.append("\" she added.").toString();
  }

  private static List<Document> corpus() {
    List<Document> out = new ArrayList<>(SmallCorpus.all());
    // No outlet, no title, no time.
    out.add(Document.article("bare.txt", "\"The lock gates [on the canal] open at dawn,\" Ada Brenn said."));
    out.add(Document.article("titled.txt", "\"We open the heating oil cap before March,\" Maria Olsen said.")
        .toBuilder().title("Cap \"opens\" early").outlet("quay.example").build());
    out.add(Document.article("many.txt", manyWords()));
    out.add(Document.article("one.txt", "Levy."));
    return out;
  }

  private static void build(Path dir, List<Document> docs) throws Exception {
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : docs) {
        w.add(d);
      }
      w.commit();
    }
  }

  /** Writes the documents as a version before profiles were stored wrote them. */
  private static void buildAsBefore(Path dir, List<Document> docs) throws Exception {
    try (var directory = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(Schema.analyzer()))) {
      for (Document d : docs) {
        List<List<IndexableField>> records =
            Schema.records(d, new QuoteFinder().find(d), Schema.contentHash(d));
        assertTrue(records.get(0).removeIf(f -> f.name().equals(Schema.PROFILE)));
        w.addDocuments(records);
      }
      w.setLiveCommitData(Map.of(Schema.FORMAT_KEY, Schema.FORMAT, Schema.TURN_WORDS_KEY, "1")
          .entrySet());
      w.commit();
    }
  }

  private static List<Integer> documentRecords(CorpusIndex index) throws Exception {
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc sd : index.searcher().search(new TermQuery(new Term(Schema.TYPE, Schema.DOC)),
        1000).scoreDocs) {
      out.add(sd.doc);
    }
    return out;
  }

  private static void assertSameProfile(DocProfiles.Profile want, DocProfiles.Profile got) {
    assertArrayEquals(want.grams(), got.grams(), want.id());
    assertArrayEquals(want.stems(), got.stems(), want.id());
    assertEquals(want.id(), got.id());
    assertEquals(want.origin(), got.origin());
    assertEquals(want.kind(), got.kind());
    assertEquals(want.outlet(), got.outlet());
    assertEquals(want.title(), got.title());
    assertEquals(want.published(), got.published());
  }

  /** Every answer the finder gives with each document of the corpus as the article. */
  private static List<String> answers(CorpusIndex index) throws Exception {
    SourceFinder finder = new SourceFinder(index);
    List<String> out = new ArrayList<>();
    for (Document article : corpus()) {
      SourceFinder.Result r = finder.find(article, new QuoteFinder().find(article), 10);
      StringBuilder b = new StringBuilder(article.id()).append(" ->");
      for (SourceFinder.Candidate c : r.candidates()) {
        // Not the Lucene doc id: a document written again has another.
        b.append(' ').append(List.of(c.id(), c.origin(), c.kind(), c.outlet(), c.title(),
            c.published(), c.score(), c.quotesCovered(), c.evidence()));
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void aStoredProfileIsTheProfileTheDocumentsTextGives() throws Exception {
    Path dir = tmp.resolve("new");
    build(dir, corpus());
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      StoredFields stored = index.searcher().storedFields();
      List<Integer> records = documentRecords(index);
      assertEquals(corpus().size(), records.size());
      for (int doc : records) {
        DocProfiles.Profile read = DocProfiles.stored(index.reader(), doc);
        assertNotNull(read, "no stored profile at " + doc);
        assertSameProfile(DocProfiles.fromText(stored, doc), read);
      }
    }
  }

  @Test
  void aDocumentOfManyWordFormsKeepsEachWordInItsPlace() throws Exception {
    Document many = Document.article("many.txt", manyWords());
    Fingerprints.Stemmed s = Fingerprints.Stemmed.of(many.text());
    assertTrue(s.distinctHashes().length > 256, "forms: " + s.distinctHashes().length);
    DocProfiles.Profile p = DocProfiles.decode(DocProfiles.encode(many, s));
    assertArrayEquals(Fingerprints.distinct(s.shingles(Schema.DOC_GRAM)), p.grams());
    assertArrayEquals(s.distinctHashes(), p.stems());
  }

  @Test
  void aProfileOfAnotherLayoutIsNotRead() throws Exception {
    Document d = Document.article("a.txt", "\"The ferry runs at noon,\" Ilse Varga said.");
    BytesRef b = DocProfiles.encode(d, Fingerprints.Stemmed.of(d.text()));
    assertNotNull(DocProfiles.decode(b));
    b.bytes[b.offset] = (byte) (DocProfiles.VERSION + 1);
    assertNull(DocProfiles.decode(b));
  }

  @Test
  void anIndexWrittenBeforeProfilesWereStoredFindsTheSameSourcesAndSaysSo() throws Exception {
    Path fresh = tmp.resolve("new");
    build(fresh, corpus());
    Path before = tmp.resolve("before");
    buildAsBefore(before, corpus());
    try (CorpusIndex a = CorpusIndex.open(fresh); CorpusIndex b = CorpusIndex.open(before)) {
      assertTrue(a.profilesStored());
      assertTrue(a.notice().isEmpty());
      assertFalse(b.profilesStored());
      String notice = b.notice().orElseThrow();
      assertTrue(notice.startsWith(before + ": indexed before document profiles were stored"), notice);
      assertTrue(notice.contains("index the same inputs into it again"), notice);
      for (int doc : documentRecords(b)) {
        assertNull(DocProfiles.stored(b.reader(), doc));
      }
      List<String> x = answers(a);
      assertEquals(x, answers(b));
      assertTrue(x.stream().filter(s -> !s.endsWith("->")).count() >= 4, x.toString());
    }
  }

  @Test
  void indexingTheSameInputsAgainStoresTheProfilesAnOlderIndexLacks() throws Exception {
    Path dir = tmp.resolve("before");
    buildAsBefore(dir, corpus());
    int quotes;
    List<String> answers;
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      quotes = index.quotes();
      answers = answers(index);
    }
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : corpus()) {
        assertEquals(CorpusWriter.Outcome.REPLACED, w.add(d), d.id());
      }
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertTrue(index.profilesStored());
      assertEquals(corpus().size(), index.documents());
      assertEquals(quotes, index.quotes());
      for (int doc : documentRecords(index)) {
        assertNotNull(DocProfiles.stored(index.reader(), doc));
      }
      assertEquals(answers, answers(index));
    }
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : corpus()) {
        assertEquals(CorpusWriter.Outcome.UNCHANGED, w.add(d), d.id());
      }
    }
  }

  @Test
  void documentsAddedToAnOlderIndexCarryProfilesWhileTheOthersAreMadeFromTheirTexts() throws Exception {
    Path dir = tmp.resolve("before");
    buildAsBefore(dir, SmallCorpus.all());
    Document late = SmallCorpus.doc("late", "MARIA OLSEN: We will cap the price of heating oil for"
        + " every household until the end of March.", DocumentKind.TRANSCRIPT, "radio.example",
        "2026-01-12T08:00:00Z");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      assertEquals(CorpusWriter.Outcome.ADDED, w.add(late));
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertFalse(index.profilesStored());
      int withProfile = 0;
      for (int doc : documentRecords(index)) {
        DocProfiles.Profile p = DocProfiles.stored(index.reader(), doc);
        if (p != null) {
          withProfile++;
          assertEquals("late", p.id());
        }
      }
      assertEquals(1, withProfile);
    }
  }

  @Test
  void aNewIndexSaysEveryDocumentCarriesItsProfileAfterAdditionsAndReplacements() throws Exception {
    Path dir = tmp.resolve("new");
    build(dir, SmallCorpus.all());
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(Document.article("late.txt", "\"The tide turned late,\" Ada Brenn said on Sunday."));
      w.add(SmallCorpus.doc("unrelated", SmallCorpus.UNRELATED + "\nMore to follow.",
          DocumentKind.ARTICLE, "ledger.example", "2026-01-11T10:00:00Z"));
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertTrue(index.profilesStored());
      assertTrue(index.notice().isEmpty());
    }
  }
}
