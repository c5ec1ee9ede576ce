package org.quotetrace.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Turn;

/** Generated documents read back with quotetrace's own reader and quote finder. */
class ReadBackTest {
  @TempDir static Path dir;
  static GeneratedCorpus corpus;

  @BeforeAll
  static void generate() {
    corpus = GeneratedCorpus.generate(300, 11, dir, 1);
  }

  @Test
  void transcriptsParseAsTranscriptsWithTheLabelledTurns() {
    int transcripts = 0;
    for (JsonNode d : corpus.docLabels().values()) {
      if (!d.get("kind").asText().equals("transcript")) {
        continue;
      }
      transcripts++;
      String id = d.get("doc").asText();
      String text = corpus.text(id);
      Document forced = Readers.parse(id, text, ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT));
      assertEquals(d.get("turns").asInt(), forced.turns().size(), id + ": turns");
      // A speech's paragraphs carry no labels, as in published speech transcripts: detection
      // reads it as an article, so the corpus says its kind.
      if (!d.get("format").asText().equals("speech")) {
        Document detected = Readers.parse(id, text, ReadOptions.DEFAULTS);
        assertEquals(DocumentKind.TRANSCRIPT, detected.kind(), id + ": detected kind");
        assertEquals(forced.turns().size(), detected.turns().size(), id + ": turns when detected");
      }
      List<String> speakers = new ArrayList<>();
      for (Turn t : forced.turns()) {
        if (t.label() != null && !speakers.contains(t.speaker())) {
          speakers.add(t.speaker());
        }
      }
      List<String> labelled = new ArrayList<>();
      d.get("speakers").forEach(s -> labelled.add(s.asText()));
      assertEquals(labelled, speakers, id + ": speakers");
    }
    assertTrue(transcripts >= 25, "transcripts: " + transcripts);
  }

  @Test
  void sourceSpansLieInsideTheLabelledTurn() {
    for (JsonNode q : corpus.quoteLabels()) {
      if (q.get("source").isNull()) {
        continue;
      }
      String src = q.get("source").asText();
      String text = corpus.text(src);
      Document doc = Readers.parse(src, text, ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT));
      Turn t = doc.turns().get(q.get("turn").asInt());
      int s = q.get("sourceStart").asInt();
      int e = q.get("sourceEnd").asInt();
      assertTrue(t.content().start() <= s && e <= t.content().end(),
          q.get("id").asText() + ": source span [" + s + ", " + e + ") outside turn " + t.content());
    }
  }

  @Test
  void quoteFinderFindsNearlyEveryLabelledQuoteWithItsSpanAndSpeaker() {
    QuoteFinder finder = new QuoteFinder();
    int labels = 0;
    int spanOk = 0;
    int speakerOk = 0;
    int articlesDetected = 0;
    int articles = 0;
    List<String> misses = new ArrayList<>();
    Map<String, List<JsonNode>> byArticle = new java.util.LinkedHashMap<>();
    for (JsonNode q : corpus.quoteLabels()) {
      byArticle.computeIfAbsent(q.get("article").asText(), k -> new ArrayList<>()).add(q);
    }
    for (Map.Entry<String, List<JsonNode>> e : byArticle.entrySet()) {
      String id = e.getKey();
      String text = corpus.text(id);
      articles++;
      if (Readers.parse(id, text, ReadOptions.DEFAULTS).kind() == DocumentKind.ARTICLE) {
        articlesDetected++;
      }
      Document doc = Readers.parse(id, text, ReadOptions.DEFAULTS.withKind(DocumentKind.ARTICLE));
      Extraction x = finder.find(doc);
      for (JsonNode label : e.getValue()) {
        labels++;
        int s = label.get("start").asInt();
        int en = label.get("end").asInt();
        Quote found = null;
        for (Quote q : x.quotes()) {
          if (q.kind() == QuoteKind.SPEECH && Math.abs(q.span().start() - s) <= 2
              && Math.abs(q.span().end() - en) <= 2) {
            found = q;
          }
        }
        String speaker = label.get("speaker").asText();
        String got = found == null || found.speaker() == null ? null
            : found.speaker().resolvedName().orElse(found.speaker().mentionAt().map(m -> m.text()).orElse(null));
        if (found != null) {
          spanOk++;
        }
        if (found != null && speaker.equals(got)) {
          speakerOk++;
        } else if (misses.size() < 40) {
          int from = Math.max(0, s - 160);
          int to = Math.min(text.length(), en + 120);
          misses.add(label.get("id").asText() + " want " + speaker + " got "
              + (found == null ? "no quote" : got + " (" + found.speaker() + ")") + "\n    "
              + text.substring(from, to).replace("\n", " / "));
        }
      }
    }
    double spanRate = spanOk / (double) labels;
    double speakerRate = speakerOk / (double) labels;
    System.out.printf("read back: %d articles (%d detected as articles), %d labelled quotes, span %.3f, span and speaker %.3f%n",
        articles, articlesDetected, labels, spanRate, speakerRate);
    misses.forEach(m -> System.out.println("  " + m));
    assertEquals(articles, articlesDetected, "articles detected as articles");
    assertTrue(spanRate >= 0.95, "span agreement " + spanRate);
    assertTrue(speakerRate >= 0.95, "span and speaker agreement " + speakerRate);
  }
}
