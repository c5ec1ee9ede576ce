package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.read.Format;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Fingerprints;

/**
 * The table of every article's sources read from the table of print holders is the one each
 * article looking its prints up in the index gives, row for row, on an invented corpus of a few
 * thousand documents made to hold the hard cases: documents published at the same minute and with
 * no time, copies word for word (sources tied on score), passages held by exactly the cut for
 * common phrasing and by one more, ids indexed twice with other text, and articles of their own
 * words only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesTableSameAsLookingUpTest {
  private static final int DOCUMENTS = 2_600;
  private Path dir;
  private String atTheCut;
  private String overTheCut;
  private final List<TopSources.Pair> expected = new ArrayList<>();
  private SourcesTable.Counts expectedCounts;

  @BeforeAll
  void indexTheCorpusAndLookEveryArticleUp(@TempDir Path tmp) throws Exception {
    Random random = new Random(20);
    String[] words = SmallCorpus.randomWords(random, 500);
    String[] sentences = new String[400];
    for (int k = 0; k < sentences.length; k++) {
      sentences[k] = SmallCorpus.randomSentence(random, words);
    }
    // Held by exactly the cut (50 documents of 2,600), by one more, and by many more.
    atTheCut = SmallCorpus.randomSentence(random, words);
    overTheCut = SmallCorpus.randomSentence(random, words);
    String common = SmallCorpus.randomSentence(random, words);
    List<Document> docs = new ArrayList<>();
    List<String> bases = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < DOCUMENTS; k++) {
      String text;
      if (k % 50 == 7) {
        text = bases.get(random.nextInt(bases.size())); // a copy word for word
      } else if (k % 40 == 3) {
        text = SmallCorpus.randomSentence(random, words) + ". " + SmallCorpus.randomSentence(random, words) + "."; // its own words only
      } else {
        text = sentences[random.nextInt(sentences.length)] + ". \u201c"
            + sentences[random.nextInt(sentences.length)] + ",\u201d the minister said. "
            + sentences[random.nextInt(sentences.length)] + ". \u201c"
            + sentences[random.nextInt(sentences.length)] + ",\u201d she added.";
      }
      bases.add(text);
      if (k % 52 == 1) {
        text += " " + atTheCut + ".";
      }
      if (k % 50 == 11 && k / 50 <= 50) {
        text += " " + overTheCut + ".";
      }
      if (k % 9 == 4) {
        text += " " + common + ".";
      }
      texts.add(text);
      DocumentKind kind = k % 17 == 0 ? DocumentKind.TRANSCRIPT
          : k % 23 == 0 ? DocumentKind.PRESS_RELEASE : DocumentKind.ARTICLE;
      // Three documents a minute (the smaller id first), and one in thirty with no time (last).
      String time = k % 30 == 29 ? null
          : Instant.parse("2026-01-09T08:00:00Z").plusSeconds(60L * (k / 3)).toString();
      docs.add(doc("d" + (k * 7919 % DOCUMENTS), text, kind, "outlet" + k % 7 + ".example", time));
    }
    dir = tmp.resolve("idx");
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (int k = 0; k < docs.size(); k++) {
        w.add(docs.get(k));
        if (k % 600 == 599) {
          w.commit(); // several segments
        }
      }
      // Ids indexed again with a sentence more: their first records are deleted, still in the
      // postings, and the passages at the cut keep their holders.
      for (int k = 0; k < DOCUMENTS; k += 61) {
        Document d = docs.get(k);
        w.add(doc(d.id(), sentences[random.nextInt(sentences.length)] + ". " + texts.get(k), d.kind(),
            d.outlet().orElseThrow(), d.published().map(Object::toString).orElse(null)));
      }
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      expectedCounts = SourcesTable.lookingUp(index, TopSources.DEFAULT_TOP, 1, expected::add);
    }
  }

  @Test
  void theTableFromPrintHoldersIsTheTableOfLookUpsRowForRow() throws Exception {
    assertSameTable(1, 1, Long.MAX_VALUE);
  }

  @Test
  void severalPassesAndSeveralThreadsGiveTheSameTable() throws Exception {
    assertSameTable(3, 4, Long.MAX_VALUE);
  }

  @Test
  void aHeapTooSmallForTheWholeTableOfHoldersTakesMorePassesAndGivesTheSameTable() throws Exception {
    long whole;
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      whole = PrintHolders.read(index.reader(), new int[index.reader().maxDoc()],
          TopSources.maxDf(DOCUMENTS), d -> true, Long.MAX_VALUE).bytes();
    }
    assertTrue(whole > 50_000, "a table of " + whole + " bytes");
    assertSameTable(2, 1, whole / 10);
  }

  private void assertSameTable(int threads, int passes, long budget) throws Exception {
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      List<TopSources.Pair> found = new ArrayList<>();
      SourcesTable.Counts counts = SourcesTable.all(index, TopSources.DEFAULT_TOP, threads, passes,
          budget, found::add);
      assertEquals(expectedCounts, counts);
      assertEquals(expected, found);
    }
  }

  @Test
  void passagesAreHeldByExactlyTheCutForCommonPhrasingAndByOneMore() throws Exception {
    long maxDf = TopSources.maxDf(DOCUMENTS);
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      PrintHolders table = PrintHolders.read(index.reader(), new int[index.reader().maxDoc()], maxDf,
          d -> true, Long.MAX_VALUE);
      assertTrue(dfs(table, atTheCut).contains(maxDf), dfs(table, atTheCut).toString());
      assertTrue(dfs(table, overTheCut).contains(maxDf + 1), dfs(table, overTheCut).toString());
    }
  }

  private static Set<Long> dfs(PrintHolders table, String sentence) {
    Set<Long> out = new HashSet<>();
    for (long h : Fingerprints.Stemmed.of(sentence).shingles(Schema.DOC_GRAM)) {
      out.add(table.df(h));
    }
    return out;
  }

  @Test
  void theCorpusHoldsTheHardCases() {
    assertEquals(DOCUMENTS, expectedCounts.articles());
    assertTrue(expectedCounts.pairs() > 3_000, expectedCounts.toString());
    assertTrue(expectedCounts.withSources() < expectedCounts.articles(), "every article has sources");
    // Sources tied on score, told apart by time or id.
    boolean tie = false;
    Set<String> unknownTime = new HashSet<>();
    for (int i = 1; i < expected.size(); i++) {
      TopSources.Pair a = expected.get(i - 1);
      TopSources.Pair b = expected.get(i);
      tie |= a.article().equals(b.article()) && a.score() == b.score();
      if (b.sourceTime() == Long.MAX_VALUE) {
        unknownTime.add(b.source());
      }
    }
    assertTrue(tie, "no tie on score");
    assertTrue(!unknownTime.isEmpty(), "no source without a time");
  }

  private static Document doc(String id, String text, DocumentKind kind, String outlet, String time) {
    Document parsed = Readers.parse(id, text, ReadOptions.DEFAULTS.withKind(kind).withFormat(Format.TEXT));
    Document.Builder b = parsed.toBuilder().origin("https://" + outlet + "/" + id).outlet(outlet);
    return time == null ? b.build() : b.published(Instant.parse(time)).build();
  }
}
