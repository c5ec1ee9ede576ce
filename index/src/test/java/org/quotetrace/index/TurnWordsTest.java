package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.Document;

/**
 * Turns are found by their own indexed words in an index that has them, and by scanning their
 * documents' turns in one begun before: the two ways give the same answers.
 */
class TurnWordsTest {
  @TempDir Path tmp;

  private static void build(Path dir) throws Exception {
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      for (Document d : SmallCorpus.all()) {
        w.add(d);
      }
      w.commit();
    }
  }

  /** Rewrites the last commit's data as a version before turn words wrote it. */
  private static void forgetTurnWords(Path dir) throws IOException {
    try (var directory = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(Schema.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of(Schema.FORMAT_KEY, Schema.FORMAT).entrySet());
      w.commit();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  /** Every word of four letters or more in the corpus, and some pairs, fours and phrases of them. */
  private static List<String> queries() {
    Set<String> words = new LinkedHashSet<>();
    for (Document d : SmallCorpus.all()) {
      for (String w : d.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() >= 4) {
          words.add(w);
        }
      }
    }
    List<String> list = new ArrayList<>(words);
    List<String> out = new ArrayList<>(list);
    for (int i = 0; i + 3 < list.size(); i += 3) {
      out.add(list.get(i) + " " + list.get(i + 1));
      out.add("\"" + list.get(i) + " " + list.get(i + 1) + "\"");
      out.add(list.get(i) + " " + list.get(i + 1) + " " + list.get(i + 2) + " " + list.get(i + 3));
      out.add("\"" + list.get(i) + " " + list.get(i + 1) + "\" " + list.get(i + 2));
    }
    return out;
  }

  private static String answer(QuoteSearch.Result r) {
    StringBuilder b = new StringBuilder().append(r.total()).append(':');
    for (QuoteSearch.Hit h : r.hits()) {
      b.append(h.quote().document()).append('@').append(h.quote().span()).append('=')
          .append(h.score()).append(h.quote().turn() ? "t" : "").append(';');
    }
    return b.toString();
  }

  @Test
  void turnsFoundByTheirOwnWordsAreTheTurnsTheScanOfTheirDocumentsFinds() throws Exception {
    Path fresh = tmp.resolve("fresh");
    build(fresh);
    Path before = tmp.resolve("before");
    copy(fresh, before);
    forgetTurnWords(before);
    try (CorpusIndex a = CorpusIndex.open(fresh); CorpusIndex b = CorpusIndex.open(before)) {
      assertTrue(a.turnWordsIndexed());
      assertFalse(b.turnWordsIndexed());
      QuoteSearch byWords = new QuoteSearch(a);
      QuoteSearch byScan = new QuoteSearch(b);
      int withTurns = 0;
      for (String q : queries()) {
        for (String speaker : new String[] {null, "Holm"}) {
          var x = byWords.search(new QuoteSearch.Criteria(speaker, q, null, null, null, true, 20));
          var y = byScan.search(new QuoteSearch.Criteria(speaker, q, null, null, null, true, 20));
          assertEquals(answer(y), answer(x), q + " spoken by " + speaker);
          if (x.hits().stream().anyMatch(h -> h.quote().turn())) {
            withTurns++;
          }
        }
      }
      assertTrue(withTurns >= 10, "queries that found turns: " + withTurns);
    }
  }

  @Test
  void anIndexBegunBeforeTurnWordsStaysOnTheScanWhenDocumentsAreAdded() throws Exception {
    Path dir = tmp.resolve("old");
    build(dir);
    forgetTurnWords(dir);
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(Document.article("late.txt", "\"The tide turned late,\" Ada Brenn said on Sunday."));
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      // Its older turns have no words of their own: searching by them would miss those turns.
      assertFalse(index.turnWordsIndexed());
      assertEquals(SmallCorpus.all().size() + 1, index.documents());
    }
  }

  @Test
  void aNewIndexSaysEveryTurnCarriesItsWordsAndKeepsSayingItAfterAdditions() throws Exception {
    Path dir = tmp.resolve("new");
    build(dir);
    try (CorpusWriter w = CorpusWriter.open(dir)) {
      w.add(Document.article("late.txt", "\"The tide turned late,\" Ada Brenn said on Sunday."));
      w.commit();
    }
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertTrue(index.turnWordsIndexed());
    }
  }
}
