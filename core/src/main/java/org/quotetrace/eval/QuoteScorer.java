package org.quotetrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotetrace.text.Span;

/**
 * Scores quote extraction and speaker attribution against gold data in the format of
 * {@code shared/eval/FORMAT.md}: quote precision, recall and F1 by 80% character coverage, and
 * speaker accuracy over found gold quotes that have a source.
 *
 * <p>All spans here are Unicode code point offsets, as in the gold files.
 */
public final class QuoteScorer {
  private static final double COVER = 0.8;
  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "his",
          "hers", "its", "their", "theirs", "our", "ours", "my", "mine", "your", "yours", "who",
          "which", "that", "this", "these", "those", "one", "himself", "herself", "themselves");

  private QuoteScorer() {}

  /** A gold direct quote and the source its attribution names (null when none was marked). */
  public record GoldQuote(Span span, Span source, String sourceText) {}

  /** A document's gold quotes, with its path relative to the split folder. */
  public record GoldDoc(String doc, List<GoldQuote> quotes) {}

  /**
   * A system speech quote: its content span, the speaker mention's span (or null) and the resolved
   * speaker name (or null).
   */
  public record SystemQuote(Span span, Span mention, String name) {}

  /** A gold quote that was found but whose speaker was judged wrong, for error analysis. */
  public record SpeakerMiss(String doc, GoldQuote gold, SystemQuote system) {}

  /** Counts from which the figures derive; add them up over documents. */
  public record Score(int gold, int system, int found, int right, int withSource, int speakerRight) {
    public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0);

    public Score plus(Score o) {
      return new Score(
          gold + o.gold, system + o.system, found + o.found, right + o.right,
          withSource + o.withSource, speakerRight + o.speakerRight);
    }

    public double precision() {
      return system == 0 ? 0 : (double) right / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
      return withSource == 0 ? 0 : (double) speakerRight / withSource;
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "precision %.4f  recall %.4f  F1 %.4f  speaker accuracy %.4f"
              + "  (gold %d, system %d, found %d, right %d, speakers %d/%d)",
          precision(), recall(), f1(), speakerAccuracy(), gold, system, found, right, speakerRight,
          withSource);
    }
  }

  /** Reads {@code gold.jsonl} of a split folder. */
  public static List<GoldDoc> readGold(Path splitDir) throws IOException {
    Path gold = splitDir.resolve("gold.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<GoldDoc> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(gold + ":" + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
        }
        // The same quote may sit in two attributions; keep one, preferring one with a source.
        Map<Span, GoldQuote> quotes = new LinkedHashMap<>();
        for (JsonNode a : node.path("attributions")) {
          Span source = a.hasNonNull("source") ? span(a.get("source")) : null;
          String sourceText = a.hasNonNull("source_text") ? a.get("source_text").asText() : null;
          for (JsonNode q : a.path("quotes")) {
            Span s = span(q);
            GoldQuote prev = quotes.get(s);
            if (prev == null || (prev.source() == null && source != null)) {
              quotes.put(s, new GoldQuote(s, source, source == null ? null : sourceText));
            }
          }
        }
        docs.add(new GoldDoc(node.path("doc").asText(), List.copyOf(quotes.values())));
      }
    }
    return docs;
  }

  private static Span span(JsonNode pair) {
    return new Span(pair.get(0).asInt(), pair.get(1).asInt());
  }

  /** Scores one document; speaker misses are added to {@code misses} when it is not null. */
  public static Score score(GoldDoc gold, List<SystemQuote> system, List<SpeakerMiss> misses) {
    BitSet goldChars = new BitSet();
    for (GoldQuote g : gold.quotes()) {
      goldChars.set(g.span().start(), g.span().end());
    }
    BitSet sysChars = new BitSet();
    for (SystemQuote s : system) {
      sysChars.set(s.span().start(), s.span().end());
    }
    int right = 0;
    for (SystemQuote s : system) {
      if (covered(goldChars, s.span())) {
        right++;
      }
    }
    int found = 0;
    int withSource = 0;
    int speakerRight = 0;
    for (GoldQuote g : gold.quotes()) {
      if (!covered(sysChars, g.span())) {
        continue;
      }
      found++;
      if (g.source() == null) {
        continue;
      }
      withSource++;
      SystemQuote best = null;
      int bestOverlap = 0;
      for (SystemQuote s : system) {
        int o = s.span().intersection(g.span());
        if (o > bestOverlap) {
          bestOverlap = o;
          best = s;
        }
      }
      if (best != null && speakerRight(g, best)) {
        speakerRight++;
      } else if (misses != null) {
        misses.add(new SpeakerMiss(gold.doc(), g, best));
      }
    }
    return new Score(gold.quotes().size(), system.size(), found, right, withSource, speakerRight);
  }

  private static boolean covered(BitSet chars, Span span) {
    if (span.isEmpty()) {
      return chars.get(span.start());
    }
    int n = chars.get(span.start(), span.end()).cardinality();
    return n >= COVER * span.length();
  }

  static boolean speakerRight(GoldQuote gold, SystemQuote system) {
    if (system.mention() != null && system.mention().overlaps(gold.source())) {
      return true;
    }
    if (system.name() == null || gold.sourceText() == null) {
      return false;
    }
    String text = gold.sourceText().trim();
    if (PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String word = lastCapitalisedWord(text);
    return word != null
        && system.name().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
  }

  /** The last word that starts with a capital letter, without possessive or punctuation. */
  static String lastCapitalisedWord(String text) {
    String[] words = text.split("\\s+");
    for (int i = words.length - 1; i >= 0; i--) {
      String w = words[i].replaceAll("(?:['’]s|['’])$", "").replaceAll("^\\p{P}+|\\p{P}+$", "");
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        return w;
      }
    }
    return null;
  }
}
