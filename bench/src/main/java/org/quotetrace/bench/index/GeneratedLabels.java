package org.quotetrace.bench.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels a generated corpus comes with ({@code labels.jsonl} from the corpus generator): for
 * each document what it quotes, and for each article quote where its words come from.
 */
final class GeneratedLabels {
  /** A document and the documents it quotes (a wire copy: the story it copies). */
  record Doc(String id, String kind, List<String> sources, String copyOf) {
    Doc(String id, String kind, List<String> sources) {
      this(id, kind, sources, null);
    }
  }

  /** One article quote: its place, and its statement (gold cluster key). */
  record Quote(String id, String article, int start, int end, String source, String cluster,
      String copyOf, String text, String edits) {}

  final Map<String, Doc> docs = new LinkedHashMap<>();
  final List<Quote> quotes = new ArrayList<>();

  static GeneratedLabels read(Path file) throws IOException {
    return read(file, false);
  }

  /** @param withText keep each quote's text (a million documents' worth takes a gigabyte) */
  static GeneratedLabels read(Path file, boolean withText) throws IOException {
    GeneratedLabels l = new GeneratedLabels();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        if (n.has("doc")) {
          List<String> sources = new ArrayList<>();
          n.path("sources").forEach(s -> sources.add(s.asText()));
          l.docs.put(n.get("doc").asText(), new Doc(n.get("doc").asText(), n.path("kind").asText(),
              sources, text(n, "copyOf")));
        } else if (n.has("article")) {
          l.quotes.add(new Quote(n.path("id").asText(null), n.get("article").asText(),
              n.get("start").asInt(), n.get("end").asInt(), text(n, "source"),
              text(n, "cluster"), text(n, "copyOf"), withText ? text(n, "text") : null,
              withText ? n.path("edits").toString() : null));
        }
      }
    }
    return l;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isNull() || v.isMissingNode() ? null : v.asText();
  }

  /**
   * The documents an article truly draws on: for a copy the story it copies, for any other
   * article the sources its labelled quotes come from (a source the generator meant to quote but
   * whose quotes it left out is not one).
   */
  Map<String, java.util.Set<String>> trueSources() {
    Map<String, java.util.Set<String>> out = new LinkedHashMap<>();
    for (Doc d : docs.values()) {
      if (d.copyOf() != null) {
        out.put(d.id(), new java.util.LinkedHashSet<>(List.of(d.copyOf())));
      }
    }
    for (Quote q : quotes) {
      Doc d = docs.get(q.article());
      if (q.source() != null && d != null && d.copyOf() == null) {
        out.computeIfAbsent(q.article(), k -> new java.util.LinkedHashSet<>()).add(q.source());
      }
    }
    out.values().removeIf(java.util.Set::isEmpty);
    return out;
  }

  /**
   * The gold group of every quote: its statement's key; a quote found in no source is its own
   * statement, shared only with the wire copies that copy it.
   */
  Map<String, String> goldClusters() {
    Map<String, Quote> byId = new HashMap<>();
    for (Quote q : quotes) {
      if (q.id() != null) {
        byId.put(q.id(), q);
      }
    }
    Map<String, String> out = new HashMap<>();
    for (Quote q : quotes) {
      Quote at = q;
      int guard = 0;
      while (at.cluster() == null && at.copyOf() != null && byId.containsKey(at.copyOf()) && guard++ < 100) {
        at = byId.get(at.copyOf());
      }
      out.put(key(q.article(), q.start(), q.end()),
          at.cluster() != null ? at.cluster() : "invented:" + (at.id() != null ? at.id() : key(at.article(), at.start(), at.end())));
    }
    return out;
  }

  static String key(String doc, int start, int end) {
    return doc + "@" + start + "-" + end;
  }
}
