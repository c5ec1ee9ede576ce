package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/** Source finding, quote search and variant grouping over the small invented corpus. */
class CorpusQueriesTest {
  @TempDir static Path tmp;
  static CorpusIndex index;

  @BeforeAll
  static void build() throws Exception {
    Path dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : SmallCorpus.all()) {
        w.add(d);
      }
      w.commit();
    }
    index = CorpusIndex.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> sourcesOf(Document article) throws Exception {
    SourceFinder f = new SourceFinder(index);
    return f.find(article, new QuoteFinder().find(article), 5).candidates().stream()
        .map(SourceFinder.Candidate::id).toList();
  }

  @Test
  void theInterviewIsTheFirstSourceOfAnArticleQuotingIt() throws Exception {
    Document herald = index.document("herald").orElseThrow();
    List<String> found = sourcesOf(herald);
    assertEquals("interview", found.get(0), found.toString());
    assertFalse(found.contains("herald"), "an article is not its own source");
    assertFalse(found.contains("herald-copy"), "a later copy is not a source");
    assertFalse(found.contains("trams"), "an unrelated interview is not a source");
  }

  @Test
  void aCopyFindsTheStoryItCopiedAndTheInterview() throws Exception {
    List<String> found = sourcesOf(index.document("herald-copy").orElseThrow());
    assertTrue(found.indexOf("herald") >= 0 && found.indexOf("herald") < 3, found.toString());
    assertTrue(found.indexOf("interview") >= 0 && found.indexOf("interview") < 3, found.toString());
  }

  @Test
  void aSourcePublishedAfterTheArticleIsNotOffered() throws Exception {
    Document early = index.document("herald").orElseThrow().toBuilder()
        .published(Instant.parse("2026-01-01T00:00:00Z")).build();
    assertFalse(sourcesOf(early).contains("interview"));
  }

  @Test
  void anArticleWithoutATimeIsCheckedAgainstEverything() throws Exception {
    Document file = Document.article("new.txt", SmallCorpus.HERALD);
    List<String> found = sourcesOf(file);
    // The later copy shares its wording ("nation" for "country") and its whole text, so it may
    // rank with the interview.
    assertTrue(found.subList(0, 2).contains("interview"), found.toString());
    assertFalse(found.contains("herald"), "the same text indexed under another id is the article itself");
    assertTrue(found.contains("herald-copy"), "without a time, later documents count too");
  }

  @Test
  void quotesAreFoundBySpeakerWordsOutletAndTime() throws Exception {
    QuoteSearch s = new QuoteSearch(index);
    var bySpeaker = s.search(new QuoteSearch.Criteria("Olsen", null, null, null, null, false, 50));
    assertTrue(bySpeaker.total() >= 5, "quotes of Olsen: " + bySpeaker.total());
    assertTrue(bySpeaker.hits().stream().allMatch(h -> h.quote().speaker().orElse("").contains("Olsen")));
    assertTrue(bySpeaker.hits().stream().noneMatch(h -> h.quote().turn()), "turns only when asked");

    var withTurns = s.search(new QuoteSearch.Criteria("Olsen", null, null, null, null, true, 50));
    assertTrue(withTurns.total() > bySpeaker.total());

    var words = s.search(new QuoteSearch.Criteria(null, "regulator levy", null, null, null, false, 50));
    assertTrue(words.total() >= 2);
    assertTrue(words.hits().stream().allMatch(h -> h.quote().text().contains("regulator")));

    var phrase = s.search(new QuoteSearch.Criteria(null, "\"eating and heating\"", "herald.example",
        null, null, false, 50));
    assertEquals(1, phrase.total());
    assertEquals("herald", phrase.hits().get(0).quote().document());

    var range = s.search(new QuoteSearch.Criteria(null, null, null,
        Instant.parse("2026-01-11T00:00:00Z"), Instant.parse("2026-01-11T23:59:59Z"), false, 50));
    assertTrue(range.hits().stream().allMatch(h -> h.quote().document().equals("herald")
        || h.quote().document().equals("unrelated")), range.hits().toString());
    assertEquals(4, range.total());
  }

  @Test
  void turnsAreFoundByTheirWordsAndPhrasesWhenAsked() throws Exception {
    QuoteSearch s = new QuoteSearch(index);
    var quotes = s.search(new QuoteSearch.Criteria(null, "regulator levy", null, null, null, false, 50));
    var all = s.search(new QuoteSearch.Criteria(null, "regulator levy", null, null, null, true, 50));
    assertEquals(quotes.total() + 1, all.total(), all.hits().toString());
    QuoteSearch.Hit turn = all.hits().stream().filter(h -> h.quote().turn()).findFirst().orElseThrow();
    assertEquals("interview", turn.quote().document());
    assertTrue(turn.quote().text().startsWith("They said the same thing ten years ago"), turn.quote().text());
    String text = index.document("interview").orElseThrow().text();
    assertEquals(turn.quote().text(), text.substring(turn.quote().span().start(), turn.quote().span().end()));
    for (int i = 1; i < all.hits().size(); i++) {
      assertTrue(all.hits().get(i - 1).score() >= all.hits().get(i).score(), "best first");
    }

    var phrase = s.search(new QuoteSearch.Criteria(null, "\"signalling system\"", null, null, null, true, 50));
    assertEquals(1, phrase.total(), phrase.hits().toString());
    assertEquals("trams", phrase.hits().get(0).quote().document());
    assertTrue(phrase.hits().get(0).quote().turn());
    var apart = s.search(new QuoteSearch.Criteria(null, "\"system signalling\"", null, null, null, true, 50));
    assertEquals(0, apart.total(), "a phrase matches in its order only");
    var notAsked = s.search(new QuoteSearch.Criteria(null, "signalling", null, null, null, false, 50));
    assertEquals(0, notAsked.total(), "turns only when asked");

    var bySpeaker = s.search(new QuoteSearch.Criteria("Holm", "line", null, null, null, true, 50));
    assertEquals(1, bySpeaker.total(), bySpeaker.hits().toString());
    var otherSpeaker = s.search(new QuoteSearch.Criteria("Olsen", "signalling", null, null, null, true, 50));
    assertEquals(0, otherSpeaker.total(), otherSpeaker.hits().toString());
    var otherOutlet = s.search(new QuoteSearch.Criteria(null, "signalling", "ledger.example", null, null, true, 50));
    assertEquals(0, otherOutlet.total(), otherOutlet.hits().toString());

    var limited = s.search(new QuoteSearch.Criteria(null, "levy", null, null, null, true, 2));
    assertEquals(2, limited.hits().size());
    assertTrue(limited.total() > 2, "the total counts what did not fit: " + limited.total());
  }

  @Test
  void searchOffsetsPointAtTheQuoteInItsDocument() throws Exception {
    var hit = new QuoteSearch(index).search(
        new QuoteSearch.Criteria(null, "turbines idle", null, null, null, false, 5)).hits().get(0);
    String text = index.document(hit.quote().document()).orElseThrow().text();
    assertEquals(hit.quote().text(), text.substring(hit.quote().span().start(), hit.quote().span().end()));
    assertEquals("Tomas Berg", hit.quote().speaker().orElseThrow());
  }

  @Test
  void variantsOfOneStatementAreGroupedUnderTheTurnTheyCameFrom() throws Exception {
    Variants.Clustering c = new Variants(index).cluster();
    Variants.Cluster eating = c.of("choose between eating and heating").orElseThrow();
    Map<String, Long> byDoc = eating.members().stream()
        .collect(Collectors.groupingBy(m -> m.quote().document(), Collectors.counting()));
    assertTrue(eating.root().quote().turn(), "the root is the interview turn: " + eating.root().quote().text());
    assertEquals("interview", eating.earliest().quote().document());
    assertTrue(byDoc.keySet().containsAll(List.of("interview", "ledger", "herald", "herald-copy")),
        byDoc.toString());
    assertFalse(byDoc.containsKey("unrelated"));
    assertEquals("MARIA OLSEN", eating.root().quote().speaker().orElseThrow().toUpperCase());
    // The Herald's "nation" for "country" is a change from the variant it was copied from.
    Variants.Member herald = eating.members().stream()
        .filter(m -> m.quote().document().equals("herald")).findFirst().orElseThrow();
    assertTrue(herald.changes().stream().anyMatch(e -> e.sourceText().equals("country")
        && e.articleText().equals("nation")), herald.changes().toString());
    assertTrue(eating.outlets().keySet().containsAll(List.of("ledger.example", "herald.example")));
  }

  @Test
  void unrelatedStatementsStayApart() throws Exception {
    Variants.Clustering c = new Variants(index).cluster();
    Variants.Cluster berg = c.of("We have turbines standing idle on the hills").orElseThrow();
    assertTrue(berg.members().stream().allMatch(m -> m.quote().document().equals("unrelated")));
    assertTrue(c.of("completely different words about football matches").isEmpty());
  }

  @Test
  void aWordingSaidOnlyInATurnFindsTheTurnsGroup() throws Exception {
    Variants.Clustering c = new Variants(index).cluster();
    Variants.Cluster holm = c.of("the signalling system is forty years old").orElseThrow();
    assertEquals("trams", holm.root().quote().document());
    assertTrue(holm.root().quote().turn());
    // No quote or turn holds all of these words: the group is found by any of them.
    Variants.Cluster some = c.of("the signalling system is forty years old and it fails in the"
        + " cold, the mayor says").orElseThrow();
    assertEquals("trams", some.root().quote().document());
  }

  @Test
  void theLargestGroupsComeFirst() throws Exception {
    var largest = new Variants(index).cluster().largest(10);
    assertFalse(largest.isEmpty());
    for (int i = 1; i < largest.size(); i++) {
      assertTrue(largest.get(i - 1).size() >= largest.get(i).size());
    }
    assertTrue(largest.stream().allMatch(k -> k.size() > 1));
    assertEquals(DocumentKind.TRANSCRIPT, largest.get(0).root().quote().kind());
  }
}
