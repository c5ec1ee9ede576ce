package org.quotetrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;

/**
 * The perturbation harness's third source of sentences: what the PolNeAR train articles attribute
 * to someone, their direct quotes and their reported speech. These are spoken and written claims
 * of many people, with a syntax the two candidates' stump speeches lack (passives, "by" phrases,
 * relative clauses, officials' prose), for the meaning-changing kinds whose speech sentences the
 * checks no longer miss. Each article is one source, traced against as it was published, as a
 * speech is; the article is read in place and never copied.
 *
 * <p>Only the train split is read: dev is for choosing, and not read article by article.
 */
final class PolnearSources {
  private PolnearSources() {}

  private static final Set<String> SHE = Set.of("she", "her");

  /**
   * The train articles that attribute at least one usable sentence, each with those sentences
   * (6 to 40 words, see {@link Perturb#usable}), in article order, with the paragraph each is in
   * and whether its speaker is written "she" (for the reported mode's pronouns).
   *
   * @throws IOException naming the folder and the property to set when the data is absent
   */
  static List<Perturb.Source> train(Path shared) throws IOException {
    Path dir = shared.resolve("eval/polnear/train");
    Path gold = dir.resolve("gold.jsonl");
    if (!Files.isRegularFile(gold)) {
      throw new IOException("no PolNeAR train gold at " + gold
          + "; set -Dquotetrace.shared=DIR to the folder that holds eval/polnear");
    }
    ObjectMapper json = new ObjectMapper();
    List<Perturb.Source> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      String name = node.path("doc").asText();
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new IOException(gold + ":" + lineNo + ": no article " + file);
      }
      Perturb.Source src;
      try {
        src = new Perturb.Source("polnear/train/" + name, Readers.read(file));
      } catch (org.quotetrace.read.ReadException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
      String text = src.doc.text();
      Offsets offsets = Offsets.of(text);
      int length = text.codePointCount(0, text.length());
      Set<String> seen = new HashSet<>();
      for (JsonNode a : node.path("attributions")) {
        boolean female = SHE.contains(a.path("source_text").asText("").toLowerCase(Locale.ROOT));
        List<Span> pieces = new ArrayList<>();
        // A direct quote's words are the speaker's; the rest of a mixed content, and all of an
        // indirect one, is the writer's rendering of a claim, a sentence of its own once cut out.
        for (JsonNode q : a.path("quotes")) {
          Span s = span(q, offsets, length);
          if (s != null) {
            pieces.add(s);
          }
        }
        boolean reported = pieces.isEmpty();
        if (reported) {
          Span s = span(a.get("content"), offsets, length);
          if (s != null) {
            pieces.add(s);
          }
        }
        for (Span piece : pieces) {
          List<Span> sentences = new ArrayList<>();
          // The segmenter reads one paragraph at a time; a quote may run over several.
          int from = piece.start();
          for (int i = piece.start(); i <= piece.end(); i++) {
            if (i == piece.end() || text.charAt(i) == '\n') {
              if (i > from) {
                Segmenter.sentences(text, new Span(from, i), sentences);
              }
              from = i + 1;
            }
          }
          for (Span sp : sentences) {
            String t = sentence(sp.text(text), reported);
            if (t != null && Perturb.usable(t) && seen.add(t)) {
              src.sentences.add(t);
              src.paragraph.add(paragraphOf(text, sp.start()));
              src.female.add(female);
            }
          }
        }
      }
      if (!src.sentences.isEmpty()) {
        out.add(src);
      }
    }
    return out;
  }

  /**
   * A piece of attributed text as a sentence: a quote cut before its attribution ("We will win,"
   * he said) ends with a full stop, and a report's clause ("that the campaign had pulled out of
   * Ohio") loses its "that" and opens with a capital. Null for an empty piece.
   */
  static String sentence(String piece, boolean reported) {
    String t = piece.replaceAll("\\s+", " ").trim();
    if (reported) {
      t = t.replaceFirst("^(?i:that) ", "");
    }
    t = t.replaceFirst("[,;:]$", "");
    if (t.isEmpty()) {
      return null;
    }
    if (!t.matches(".*[.?!]$")) {
      t = t + ".";
    }
    if (Character.isLowerCase(t.charAt(0))) {
      t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
    return t;
  }

  private static Span span(JsonNode n, Offsets offsets, int length) {
    if (n == null || !n.isArray() || n.size() != 2) {
      return null;
    }
    int start = n.get(0).asInt();
    int end = n.get(1).asInt();
    if (start < 0 || end <= start || end > length) {
      return null;
    }
    return offsets.toUtf16(new Span(start, end));
  }

  /** The number of blank-line or line breaks before {@code at}: the paragraph it is in. */
  private static int paragraphOf(String text, int at) {
    int p = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        p++;
      }
    }
    return p;
  }
}
