package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/** The top sources of every article of an index: who copied whom, earlier to later only. */
class SourcesTableTest {
  @TempDir Path tmp;

  private Map<String, List<TopSources.Pair>> table(List<Document> docs) throws Exception {
    Path dir = tmp.resolve("idx-" + docs.size());
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : docs) {
        w.add(d);
      }
      w.commit();
    }
    Map<String, List<TopSources.Pair>> out = new TreeMap<>();
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      SourcesTable.Counts counts = SourcesTable.all(index, TopSources.DEFAULT_TOP,
          p -> out.computeIfAbsent(p.article(), a -> new ArrayList<>()).add(p));
      assertEquals(docs.size(), counts.articles());
    }
    return out;
  }

  @Test
  void anArticleDrawsOnTheEarlierInterviewForTheQuotesItHoldsAndNothingLaterIsItsSource() throws Exception {
    Map<String, List<TopSources.Pair>> t = table(SmallCorpus.all());
    List<TopSources.Pair> ledger = t.get("ledger");
    assertEquals("interview", ledger.get(0).source(), ledger.toString());
    assertEquals(1, ledger.get(0).rank());
    assertEquals(DocumentKind.TRANSCRIPT.id(), ledger.get(0).sourceKind());
    TopSources.Covered q = ledger.get(0).quotes().get(0);
    String text = SmallCorpus.all().get(1).text();
    assertTrue(text.codePoints().skip(q.start()).limit(q.end() - q.start())
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString().startsWith("Nobody in this country"), q.toString());
    // The interview and the tram interview are the earliest of their stories: no sources.
    assertEquals(null, t.get("interview"));
    assertEquals(null, t.get("trams"));
    for (List<TopSources.Pair> pairs : t.values()) {
      for (TopSources.Pair p : pairs) {
        assertTrue(p.sourceTime() < p.articleTime(), p.toString());
        assertTrue(!p.source().equals("unrelated") && !p.article().equals("unrelated"), p.toString());
      }
    }
    // The copy holds the Herald's story whole: the Herald is among its sources.
    assertTrue(t.get("herald-copy").stream().anyMatch(p -> p.source().equals("herald")),
        t.get("herald-copy").toString());
  }

  @Test
  void ofTwoDocumentsPublishedAtTheSameTimeTheSmallerIdIsTheSourceOfTheOther() throws Exception {
    String time = "2026-01-10T12:00:00Z";
    Map<String, List<TopSources.Pair>> t = table(List.of(
        SmallCorpus.doc("b-second", SmallCorpus.LEDGER, DocumentKind.ARTICLE, "two.example", time),
        SmallCorpus.doc("a-first", SmallCorpus.LEDGER, DocumentKind.ARTICLE, "one.example", time)));
    assertEquals(List.of("b-second"), List.copyOf(t.keySet()));
    assertEquals("a-first", t.get("b-second").get(0).source());
    assertEquals(1.0, t.get("b-second").get(0).reuse());
  }

  @Test
  void theTableIsTheSameRowForRowInTheSameOrderOnOneThreadOrSeveral() throws Exception {
    // More articles than one batch of three threads takes (768), so that batches and slices meet.
    // Invented sentences of random words, each document four of them (one quoted), so that a
    // sentence is shared by about twenty documents: under the cut for common prints.
    Random random = new Random(11);
    String[] words = SmallCorpus.randomWords(random, 300);
    String[] sentences = new String[200];
    for (int k = 0; k < sentences.length; k++) {
      sentences[k] = SmallCorpus.randomSentence(random, words);
    }
    List<Document> docs = new ArrayList<>();
    for (int k = 0; k < 900; k++) {
      String text = sentences[random.nextInt(200)] + ". \u201c" + sentences[random.nextInt(200)]
          + ",\u201d the minister said. " + sentences[random.nextInt(200)] + ". "
          + sentences[random.nextInt(200)] + ".";
      String time = java.time.Instant.parse("2026-01-09T08:00:00Z").plusSeconds(60L * k).toString();
      docs.add(SmallCorpus.doc("d" + k, text, DocumentKind.ARTICLE, "outlet" + k % 7 + ".example", time));
    }
    Path dir = tmp.resolve("idx-threads");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (int k = 0; k < docs.size(); k++) {
        w.add(docs.get(k));
        if (k % 250 == 249) {
          w.commit(); // several segments
        }
      }
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      List<TopSources.Pair> one = new ArrayList<>();
      SourcesTable.Counts c1 = SourcesTable.all(index, TopSources.DEFAULT_TOP, 1, one::add);
      List<TopSources.Pair> three = new ArrayList<>();
      SourcesTable.Counts c3 = SourcesTable.all(index, TopSources.DEFAULT_TOP, 3, three::add);
      assertEquals(c1, c3);
      assertEquals(docs.size(), c1.articles());
      assertTrue(one.size() > 1000, "only " + one.size() + " pairs");
      assertEquals(one, three);
    }
  }

  @Test
  void theRankingDoesNotDependOnTheOrderCandidatesArriveIn() {
    TopSources.Article a = new TopSources.Article("z", 100, new long[] {5, 1, 3, 2, 4},
        new long[] {2, 3, 2, 4, 2}, List.of());
    List<TopSources.Candidate> cands = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      cands.add(new TopSources.Candidate("c" + (k % 6), 50 + k / 6, "article",
          new long[] {1 + k % 5, 5 - k % 3, 3}));
    }
    cands.add(new TopSources.Candidate("later", 200, "article", new long[] {1, 2, 3, 4, 5}));
    List<TopSources.Pair> first = TopSources.rank(a, cands, 1000, 5);
    Collections.shuffle(cands, new Random(7));
    assertEquals(first, TopSources.rank(a, cands, 1000, 5));
    assertTrue(first.stream().noneMatch(p -> p.source().equals("later")), first.toString());
    assertEquals(5, first.size());
  }
}
