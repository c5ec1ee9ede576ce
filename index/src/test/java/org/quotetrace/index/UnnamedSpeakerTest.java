package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.quote.Extraction;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/**
 * A quote whose speaker is only "they" or "the statement" (a mention that resolves to no name) is
 * common in real news. Regression for issue 12: {@code sources} threw a NullPointerException on
 * such an article, and the index stored the mention as if it were the speaker's name.
 */
class UnnamedSpeakerTest {
  @TempDir Path tmp;

  static final String UNSIGNED = """
      Regulator backs the levy

      "We have spoken to the regulator and the regulator agrees that the levy is fair and lawful," \
      the statement said.

      "They said the same thing ten years ago and they are still here," they said.
      """;

  @Test
  void sourcesOfAnArticleWhoseSpeakersHaveNoNameAreFoundWithoutFailing() throws Exception {
    Document article = SmallCorpus.doc("unsigned", UNSIGNED, DocumentKind.ARTICLE,
        "gazette.example", "2026-01-13T09:00:00Z");
    Extraction found = new QuoteFinder().find(article);
    assertTrue(found.speech().stream().anyMatch(UnnamedSpeakerTest::unnamed),
        "the case needs a speaker with a mention and no name: " + found.speech());

    try (CorpusIndex index = build(article)) {
      List<String> ids = new SourceFinder(index).find(article, found, 5).candidates().stream()
          .map(SourceFinder.Candidate::id).toList();

      assertEquals("interview", ids.get(0), ids.toString());
    }
  }

  @Test
  void anUnresolvedMentionIsNotIndexedAsTheSpeakersName() throws Exception {
    Document article = SmallCorpus.doc("unsigned", UNSIGNED, DocumentKind.ARTICLE,
        "gazette.example", "2026-01-13T09:00:00Z");
    try (CorpusIndex index = build(article)) {
      QuoteSearch search = new QuoteSearch(index);
      for (String mention : List.of("they", "statement")) {
        assertEquals(0, search.search(new QuoteSearch.Criteria(mention, null, null, null, null,
            false, 10)).total(), mention);
      }
      List<Optional<String>> speakers = new ArrayList<>();
      for (QuoteSearch.Hit h : search.search(new QuoteSearch.Criteria(null, null,
          "gazette.example", null, null, false, 10)).hits()) {
        speakers.add(h.quote().speaker());
      }
      assertEquals(List.of(Optional.empty(), Optional.empty()), speakers);
    }
  }

  private CorpusIndex build(Document extra) throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : SmallCorpus.all()) {
        w.add(d);
      }
      w.add(extra);
      w.commit();
    }
    return CorpusIndex.open(dir);
  }

  private static boolean unnamed(Quote q) {
    return q.kind() == QuoteKind.SPEECH && q.speaker() != null && q.speaker().name() == null
        && q.speaker().mention() != null;
  }
}
