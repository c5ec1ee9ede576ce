package org.quotetrace.index.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.CorpusReader;
import org.quotetrace.index.CorpusWriter;
import org.quotetrace.index.Indexer;
import org.quotetrace.index.QuoteSearch;
import org.quotetrace.index.SourcesTrace;
import org.quotetrace.index.StoredQuote;
import org.quotetrace.index.Variants;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.text.Document;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.Verdict;

/**
 * A corpus as a program outside quotetrace builds and asks it, through exported packages only:
 * index a JSON Lines file, search quotes by speaker, find and trace an article's sources, and
 * group the variants of a quote.
 */
class CorpusFlowTest {
  @TempDir Path tmp;

  private static final String INTERVIEW = "JAN KUIPER: Minister, will the quotas be cut?\\n"
      + "TOVE BRANDT: The quotas will stay as they are until the survey is finished. Nobody will"
      + " lose a licence this season.\\nJAN KUIPER: And the harbour fees?\\nTOVE BRANDT: The harbour"
      + " fees will go down by a tenth from April.";

  private static final String ARTICLE = "Fisheries minister Tove Brandt spoke on Monday.\\n\\n"
      + "\\\"The quotas will stay as they are until the survey is finished,\\\" Brandt told Radio"
      + " Aldmoor.\\n\\n\\\"Nobody will lose a licence this season,\\\" she said.";

  private static final String COPY = "Minister Tove Brandt spoke to the radio.\\n\\n"
      + "\\\"The quotas will stay as they are until the survey is done,\\\" Brandt said.";

  @Test
  void aCorpusIsIndexedSearchedTracedAndGrouped() throws Exception {
    Path corpus = tmp.resolve("news.jsonl");
    Files.writeString(corpus, String.join("\n",
        "{\"id\": \"interview\", \"kind\": \"transcript\", \"published\": \"2026-03-02T08:00:00Z\","
            + " \"text\": \"" + INTERVIEW + "\"}",
        "{\"id\": \"gazette\", \"outlet\": \"Aldmoor Gazette\", \"published\":"
            + " \"2026-03-02T12:00:00Z\", \"text\": \"" + ARTICLE + "\"}",
        "{\"id\": \"courier\", \"outlet\": \"Coast Courier\", \"published\":"
            + " \"2026-03-03T07:00:00Z\", \"text\": \"" + COPY + "\"}") + "\n",
        StandardCharsets.UTF_8);
    Path dir = tmp.resolve("index");
    List<String> failures = new ArrayList<>();
    Indexer.Counts counts;
    try (CorpusWriter writer = CorpusWriter.open(dir)) {
      counts = new Indexer(writer, 1, Duration.ofMinutes(1)).run(List.of(corpus),
          new CorpusReader(ReadOptions.DEFAULTS), new Indexer.Listener() {
            @Override
            public void progress(long bytesDone, Indexer.Counts counts) {}

            @Override
            public void failure(String where, String message) {
              failures.add(where + ": " + message);
            }
          });
    }
    assertEquals(List.of(), failures);
    assertEquals(3, counts.added());

    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertEquals(3, index.documents());

      QuoteSearch.Result found = new QuoteSearch(index).search(
          new QuoteSearch.Criteria("Tove Brandt", "licence", null, null, null, false, 10));
      List<StoredQuote> hits = found.hits().stream().map(QuoteSearch.Hit::quote).toList();
      assertTrue(hits.stream().anyMatch(q -> q.document().equals("gazette")
          && q.speaker().equals(Optional.of("Tove Brandt"))), hits.toString());

      Document article = index.document("gazette").orElseThrow();
      SourcesTrace.Outcome sources = SourcesTrace.run(index, article, 5, 1, () -> null);
      assertEquals("interview", sources.result().candidates().get(0).id());
      Trace trace = sources.trace().orElseThrow();
      assertEquals(List.of(Verdict.VERBATIM, Verdict.VERBATIM),
          trace.quotes().stream().map(TracedQuote::verdict).toList());

      Variants.Clustering groups = new Variants(index).cluster();
      Variants.Cluster quotas = groups.of("The quotas will stay as they are").orElseThrow();
      assertTrue(quotas.size() >= 2, quotas.toString());
    }
  }
}
