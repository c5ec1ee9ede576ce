package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/**
 * Tracing against indexed documents reads their quotes back from the index instead of finding
 * them again (issue 14): the quotes must come back whole, each speaker with the words that name
 * it and the rule that found it.
 */
class StoredQuotesTest {
  @TempDir Path tmp;

  @Test
  void aDocumentReadBackFromTheIndexHasItsQuotesAsFoundWhenIndexed() throws Exception {
    Document article = SmallCorpus.doc("unsigned", UnnamedSpeakerTest.UNSIGNED,
        DocumentKind.ARTICLE, "gazette.example", "2026-01-13T09:00:00Z");
    Path dir = tmp.resolve("idx");
    List<Document> all = new ArrayList<>(SmallCorpus.all());
    all.add(article);
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : all) {
        w.add(d);
      }
      w.commit();
    }
    QuoteFinder finder = new QuoteFinder();
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      var stored = index.searcher().storedFields();
      int checked = 0;
      for (Document d : all) {
        Extraction read = index.extraction(stored, record(index, d.id()));
        Extraction found = finder.find(index.document(d.id()).orElseThrow());
        assertEquals(found.speech(), read.quotes(), d.id());
        assertEquals(found.document().text(), read.document().text(), d.id());
        checked += read.quotes().size();
      }
      assertTrue(checked > 5, "the corpus needs quotes to read back: " + checked);
      // The article's unresolved speakers ("they", "the statement") keep their mention.
      Extraction unsigned = index.extraction(stored, record(index, "unsigned"));
      assertTrue(unsigned.quotes().stream().map(Quote::speaker)
          .anyMatch(s -> s != null && s.name() == null && s.mention() != null),
          unsigned.quotes().toString());
    }
  }

  private static int record(CorpusIndex index, String id) throws Exception {
    var q = new org.apache.lucene.search.BooleanQuery.Builder()
        .add(new org.apache.lucene.search.TermQuery(
            new org.apache.lucene.index.Term(Schema.OWNER, id)),
            org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .add(new org.apache.lucene.search.TermQuery(
            new org.apache.lucene.index.Term(Schema.TYPE, Schema.DOC)),
            org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .build();
    return index.searcher().search(q, 1).scoreDocs[0].doc;
  }
}
