package org.quotetrace.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A generated corpus read back from its files, as a user of the output would read it. */
record GeneratedCorpus(Path dir, Corpus.Summary summary, Map<String, JsonNode> docs,
    Map<String, JsonNode> docLabels, List<JsonNode> quoteLabels) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static GeneratedCorpus generate(long docs, long seed, Path dir, int files) {
    return generate(new Options(docs, seed, dir, files, 0.10, 0.70, 0.05, 0.15, 2, Options.SEGMENT));
  }

  static GeneratedCorpus generate(Options o) {
    Path dir = o.out();
    try {
      Corpus.Summary summary = CorpusGenerator.generate(o);
      return read(dir, summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GeneratedCorpus read(Path dir, Corpus.Summary summary) throws IOException {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("corpus-")).sorted().toList();
    }
    for (Path f : files) {
      for (JsonNode n : lines(f)) {
        docs.put(n.get("id").asText(), n);
      }
    }
    Map<String, JsonNode> docLabels = new LinkedHashMap<>();
    List<JsonNode> quotes = new ArrayList<>();
    for (JsonNode n : lines(dir.resolve("labels.jsonl"))) {
      if (n.has("doc")) {
        docLabels.put(n.get("doc").asText(), n);
      } else {
        quotes.add(n);
      }
    }
    return new GeneratedCorpus(dir, summary, docs, docLabels, quotes);
  }

  private static List<JsonNode> lines(Path f) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(f)) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  String text(String id) {
    return docs.get(id).get("text").asText();
  }

  /** The substring of code points [start, end). */
  static String codePoints(String text, int start, int end) {
    int s = text.offsetByCodePoints(0, start);
    int e = text.offsetByCodePoints(s, end - start);
    return text.substring(s, e);
  }
}
