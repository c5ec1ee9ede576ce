package org.quotetrace.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's output against its own promises: determinism, exact labels, order, shares. */
class CorpusGeneratorTest {
  private static final int DOCS = 400;
  private static final long SEED = 5;

  @TempDir static Path dir;
  static GeneratedCorpus corpus;

  @BeforeAll
  static void generate() {
    corpus = GeneratedCorpus.generate(DOCS, SEED, dir.resolve("a"), 2);
  }

  @Test
  void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
    GeneratedCorpus again = GeneratedCorpus.generate(DOCS, SEED, dir.resolve("b"), 2);
    for (String f : List.of("corpus-000.jsonl", "corpus-001.jsonl", "labels.jsonl")) {
      assertArrayEquals(Files.readAllBytes(corpus.dir().resolve(f)),
          Files.readAllBytes(again.dir().resolve(f)), f);
    }
    GeneratedCorpus other = GeneratedCorpus.generate(50, SEED + 1, dir.resolve("c"), 1);
    assertFalse(corpus.text("doc-0000000").equals(other.text("doc-0000000")));
  }

  @Test
  void stretchesMadeOnSeveralThreadsGiveTheSameBytesAsOnOne() throws IOException {
    Options one = new Options(450, 3, dir.resolve("t1"), 3, 0.10, 0.70, 0.05, 0.15, 1, 100);
    Options three = new Options(450, 3, dir.resolve("t3"), 3, 0.10, 0.70, 0.05, 0.15, 3, 100);
    GeneratedCorpus a = GeneratedCorpus.generate(one);
    GeneratedCorpus b = GeneratedCorpus.generate(three);
    for (String f : List.of("corpus-000.jsonl", "corpus-001.jsonl", "corpus-002.jsonl", "labels.jsonl")) {
      assertArrayEquals(Files.readAllBytes(a.dir().resolve(f)), Files.readAllBytes(b.dir().resolve(f)), f);
    }
    assertEquals(450, a.docs().size());
    assertEquals(450, a.docLabels().size());
  }

  @Test
  void stretchesDrawFromStreamsThatDoNotOverlap() {
    // Regression: seeds one golden-ratio step apart gave stretch 1 the stream of stretch 0
    // shifted by one draw.
    Set<Long> first = new java.util.HashSet<>();
    java.util.SplittableRandom a = new java.util.SplittableRandom(Segment.seedOf(SEED, 0));
    for (int i = 0; i < 10_000; i++) {
      first.add(a.nextLong());
    }
    for (int index = 1; index < 4; index++) {
      java.util.SplittableRandom b = new java.util.SplittableRandom(Segment.seedOf(SEED, index));
      for (int i = 0; i < 10_000; i++) {
        assertFalse(first.contains(b.nextLong()), "stretch " + index + " repeats stretch 0 at draw " + i);
      }
    }
  }

  @Test
  void documentsAreSpreadOverTheAskedNumberOfFilesInOrder() {
    List<String> ids = new ArrayList<>(corpus.docs().keySet());
    assertEquals(DOCS, ids.size());
    for (int i = 0; i < DOCS; i++) {
      assertEquals(Corpus.id(i), ids.get(i));
    }
    assertEquals(new ArrayList<>(corpus.docs().keySet()), new ArrayList<>(corpus.docLabels().keySet()));
    for (JsonNode d : corpus.docs().values()) {
      for (String field : List.of("id", "url", "outlet", "title", "published", "kind", "text")) {
        assertTrue(d.hasNonNull(field), d.get("id") + " lacks " + field);
      }
      assertTrue(d.get("url").asText().startsWith("https://"), d.get("url").asText());
      assertTrue(Set.of("transcript", "article", "wire").contains(d.get("kind").asText()));
    }
  }

  @Test
  void labelSpansHoldTheirTextBetweenQuoteMarksAndNeverOverlap() {
    Map<String, Integer> lastEnd = new HashMap<>();
    for (JsonNode q : corpus.quoteLabels()) {
      String article = q.get("article").asText();
      String text = corpus.text(article);
      int s = q.get("start").asInt();
      int e = q.get("end").asInt();
      String id = q.get("id").asText();
      assertTrue(0 < s && s < e && e < text.codePointCount(0, text.length()), id + ": [" + s + ", " + e + ")");
      assertEquals(q.get("text").asText(), GeneratedCorpus.codePoints(text, s, e), id);
      String before = GeneratedCorpus.codePoints(text, s - 1, s);
      String after = GeneratedCorpus.codePoints(text, e, e + 1);
      assertTrue(before.equals("“") && after.equals("”") || before.equals("\"") && after.equals("\""),
          id + ": marks " + before + " " + after);
      assertTrue(s > lastEnd.getOrDefault(article, -1), id + ": overlaps the quote before");
      lastEnd.put(article, e);
    }
  }

  @Test
  void verbatimQuotesRepeatTheSourceSpanWordForWord() {
    int verbatim = 0;
    for (JsonNode q : corpus.quoteLabels()) {
      if (q.get("source").isNull()) {
        continue;
      }
      String src = corpus.text(q.get("source").asText());
      String span = GeneratedCorpus.codePoints(src, q.get("sourceStart").asInt(), q.get("sourceEnd").asInt());
      List<String> edits = edits(q);
      if (edits.equals(List.of("verbatim"))) {
        verbatim++;
        assertEquals(words(span), words(q.get("text").asText()), q.get("id").asText());
      } else if (edits.equals(List.of("synonym"))) {
        List<String> a = words(span);
        List<String> b = words(q.get("text").asText());
        assertEquals(a.size(), b.size(), q.get("id").asText());
        assertFalse(a.equals(b), q.get("id").asText() + ": a synonym changes a word");
      } else if (edits.equals(List.of("trimmed")) && !q.get("text").asText().contains("…")
          && !q.get("text").asText().contains("...")) {
        String inner = String.join(" ", words(q.get("text").asText()));
        assertTrue(String.join(" ", words(span)).contains(inner), q.get("id").asText());
      }
    }
    assertTrue(verbatim > 100, "verbatim quotes: " + verbatim);
  }

  @Test
  void quotesHaveAClusterExactlyWhenTheyHaveASource() {
    for (JsonNode q : corpus.quoteLabels()) {
      String id = q.get("id").asText();
      if (q.get("source").isNull()) {
        assertTrue(edits(q).contains("invented"), id);
        assertTrue(q.get("cluster").isNull(), id);
        assertTrue(q.get("turn").isNull() && q.get("sourceStart").isNull(), id);
      } else {
        assertFalse(edits(q).contains("invented"), id);
        assertEquals(q.get("source").asText() + "#" + q.get("turn").asInt(), q.get("cluster").asText(), id);
        JsonNode doc = corpus.docLabels().get(q.get("article").asText());
        List<String> sources = new ArrayList<>();
        doc.get("sources").forEach(s -> sources.add(s.asText()));
        assertTrue(sources.contains(q.get("source").asText()), id + " quotes a source its article does not list");
      }
      if (edits(q).contains("misattributed")) {
        assertFalse(q.get("speaker").asText().equals(q.get("sourceSpeaker").asText()), id);
      }
    }
  }

  @Test
  void stitchedAndMovedQuotesListTheirPartsInArticleOrder() {
    int withParts = 0;
    for (JsonNode q : corpus.quoteLabels()) {
      if (!q.has("parts")) {
        continue;
      }
      withParts++;
      int prevEnd = q.get("start").asInt();
      for (JsonNode p : q.get("parts")) {
        assertTrue(p.get("start").asInt() >= prevEnd, q.get("id").asText());
        prevEnd = p.get("end").asInt();
      }
      assertTrue(prevEnd <= q.get("end").asInt(), q.get("id").asText());
    }
    assertTrue(withParts > 20, "quotes with parts: " + withParts);
  }

  @Test
  void everyKindOfEditOccurs() {
    Set<String> seen = corpus.quoteLabels().stream().flatMap(q -> edits(q).stream()).collect(Collectors.toSet());
    Set<String> all = EnumSet.allOf(Edit.class).stream().map(Edit::id).collect(Collectors.toSet());
    assertEquals(all, seen);
  }

  @Test
  void sourcesComeBeforeTheArticlesQuotingThemAndOriginalsBeforeTheirCopies() {
    Map<String, JsonNode> labels = corpus.docLabels();
    Map<String, String> quoteCluster = new HashMap<>();
    corpus.quoteLabels().forEach(q -> quoteCluster.put(q.get("id").asText(), q.get("cluster").asText(null)));
    int wires = 0;
    for (JsonNode d : labels.values()) {
      Instant at = Instant.parse(d.get("published").asText());
      for (JsonNode s : d.get("sources")) {
        assertTrue(Instant.parse(labels.get(s.asText()).get("published").asText()).isBefore(at),
            d.get("doc").asText() + " is published before its source " + s.asText());
      }
      if (d.get("role").asText().equals("wire")) {
        wires++;
        JsonNode orig = labels.get(d.get("copyOf").asText());
        assertNotNull(orig, d.get("doc").asText());
        assertTrue(Instant.parse(orig.get("published").asText()).isBefore(at), d.get("doc").asText());
        assertFalse(orig.get("outlet").asText().equals(d.get("outlet").asText()), d.get("doc").asText());
      } else {
        assertTrue(d.get("copyOf").isNull(), d.get("doc").asText());
      }
    }
    assertTrue(wires >= 15, "wire copies: " + wires);
    for (JsonNode q : corpus.quoteLabels()) {
      if (q.hasNonNull("copyOf")) {
        String copied = q.get("copyOf").asText();
        assertTrue(quoteCluster.containsKey(copied), q.get("id").asText() + " copies unknown " + copied);
        assertEquals(quoteCluster.get(copied), q.get("cluster").asText(null), q.get("id").asText());
      }
    }
  }

  @Test
  void rolesFollowTheirSharesAndLengthsStayInRange() {
    Map<String, Integer> roles = new HashMap<>();
    for (JsonNode d : corpus.docLabels().values()) {
      String role = d.get("role").asText();
      roles.merge(role, 1, Integer::sum);
      int bytes = corpus.text(d.get("doc").asText()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      String id = d.get("doc").asText();
      switch (role) {
        case "source" -> assertTrue(bytes >= 1800 && bytes <= 6800, id + ": " + bytes + " bytes");
        case "quoting", "unrelated" -> {
          assertTrue(bytes >= 1400 && bytes <= 5600, id + ": " + bytes + " bytes");
          assertTrue(d.get("quotes").asInt() >= 2, id);
        }
        default -> assertTrue(bytes >= 700, id + ": " + bytes + " bytes");
      }
      if (role.equals("unrelated")) {
        assertEquals(0, d.get("sources").size(), id);
        assertEquals("article", d.get("kind").asText(), id);
      }
    }
    assertEquals(40, roles.get("source"), 2.0);
    assertEquals(280, roles.get("quoting"), 2.0);
    assertEquals(20, roles.get("wire"), 2.0);
    assertEquals(60, roles.get("unrelated"), 2.0);
  }

  @Test
  void optionsRejectWrongArgumentsNamingThem() {
    assertEquals("--docs must be at least 1, got 0",
        message(() -> Options.parse(new String[] {"--docs", "0", "--seed", "1", "--out", "x"})));
    assertEquals("--docs needs a number, got 'many'",
        message(() -> Options.parse(new String[] {"--docs", "many", "--seed", "1", "--out", "x"})));
    assertEquals("unknown option --size",
        message(() -> Options.parse(new String[] {"--size", "3"})));
    assertEquals("--docs, --seed and --out are required",
        message(() -> Options.parse(new String[] {"--docs", "3"})));
    Options o = Options.parse(new String[] {"--docs", "250,000", "--seed", "9", "--out", "x"});
    assertEquals(3, o.files());
    assertEquals(0.10, o.sources(), 1e-9);
    assertEquals("--threads must be 1 to 256, got 0",
        message(() -> Options.parse(new String[] {"--docs", "3", "--seed", "1", "--out", "x", "--threads", "0"})));
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    return "no exception";
  }

  private static List<String> edits(JsonNode q) {
    List<String> out = new ArrayList<>();
    q.get("edits").forEach(e -> out.add(e.asText()));
    return out;
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
        .filter(w -> !w.isEmpty()).toList();
  }
}
