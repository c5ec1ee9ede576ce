package org.quotetrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.quotetrace.eval.QuoteScorer.GoldDoc;
import org.quotetrace.eval.QuoteScorer.GoldQuote;
import org.quotetrace.eval.QuoteScorer.Score;
import org.quotetrace.quote.Mention;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.quote.SpeakerModel;
import org.quotetrace.quote.SpeakerModel.Choice;
import org.quotetrace.quote.SpeakerModel.Group;
import org.quotetrace.quote.SpeakerModel.Lexicons;
import org.quotetrace.quote.SpeakerModel.Params;
import org.quotetrace.text.Document;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;

/**
 * Trains a {@link SpeakerModel} on a gold split and measures it by k-fold cross-validation, so
 * that features and settings are chosen on held-out articles of train, never on dev.
 *
 * <p>A candidate is right when its mention overlaps the gold source span, the first way the
 * scorer accepts a speaker; a quote whose source no candidate overlaps teaches nothing.
 */
public final class SpeakerTraining {
  /** Minimum times a word must head a gold source to become a candidate head. */
  private static final int HEAD_MIN = 2;
  /** Minimum times a word must lie in a gold cue, and its share of its occurrences, to be a cue. */
  private static final int CUE_MIN = 3;
  private static final double CUE_SHARE = 0.1;
  /** Minimum in-sentence occurrences of a word for its lower-case share to be kept. */
  private static final int LOWER_MIN = 3;

  /** One article of a split: its text, gold quotes, and the source and cue spans of every attribution. */
  public record Article(String doc, String text, GoldDoc gold, List<Span> sources, List<Span> cues) {}

  private SpeakerTraining() {}

  /** Reads every article of a split folder (gold.jsonl and text/). */
  public static List<Article> read(Path split) throws IOException {
    List<GoldDoc> gold = QuoteScorer.readGold(split);
    Map<String, List<Span>> sources = new HashMap<>();
    Map<String, List<Span>> cues = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(split.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String doc = node.path("doc").asText();
        List<Span> s = sources.computeIfAbsent(doc, k -> new ArrayList<>());
        List<Span> c = cues.computeIfAbsent(doc, k -> new ArrayList<>());
        for (JsonNode a : node.path("attributions")) {
          if (a.hasNonNull("source")) {
            s.add(new Span(a.get("source").get(0).asInt(), a.get("source").get(1).asInt()));
          }
          if (a.hasNonNull("cue")) {
            c.add(new Span(a.get("cue").get(0).asInt(), a.get("cue").get(1).asInt()));
          }
        }
      }
    }
    List<Article> out = new ArrayList<>();
    for (GoldDoc g : gold) {
      String text = Files.readString(split.resolve(g.doc()), StandardCharsets.UTF_8);
      out.add(new Article(g.doc(), text, g, sources.getOrDefault(g.doc(), List.of()),
          cues.getOrDefault(g.doc(), List.of())));
    }
    return out;
  }

  /** The head and cue words of the articles' attributions, counted against all their words. */
  public static Lexicons lexicons(List<Article> articles) {
    Map<String, int[]> counts = new HashMap<>(); // word -> {total, heads, in cues, inside, lower}
    for (Article art : articles) {
      String text = art.text();
      Offsets off = Offsets.of(text);
      Segmenter.IntList s = new Segmenter.IntList(text.length() / 5 + 8);
      Segmenter.IntList e = new Segmenter.IntList(text.length() / 5 + 8);
      Segmenter.tokenize(text, 0, text.length(), s, e);
      int[] ts = s.toArray();
      int[] te = e.toArray();
      for (int i = 0; i < ts.length; i++) {
        if (Character.isLetter(text.charAt(ts[i]))) {
          int[] c = counts.computeIfAbsent(word(text, ts[i], te[i]), k -> new int[5]);
          c[0]++;
          // Inside a sentence: after a word or a comma, so that case shows the word, not its place.
          if (i > 0 && (Character.isLetterOrDigit(text.charAt(ts[i - 1])) || text.charAt(ts[i - 1]) == ',')) {
            c[3]++;
            if (Character.isLowerCase(text.charAt(ts[i]))) {
              c[4]++;
            }
          }
        }
      }
      for (Span src : art.sources()) {
        Span u = off.toUtf16(src);
        int last = -1;
        for (int i = 0; i < ts.length && ts[i] < u.end(); i++) {
          if (ts[i] >= u.start() && te[i] <= u.end() && Character.isLetter(text.charAt(ts[i]))) {
            last = i;
          }
        }
        if (last >= 0) {
          counts.computeIfAbsent(word(text, ts[last], te[last]), k -> new int[5])[1]++;
        }
      }
      for (Span cue : art.cues()) {
        Span u = off.toUtf16(cue);
        for (int i = 0; i < ts.length && ts[i] < u.end(); i++) {
          if (ts[i] >= u.start() && te[i] <= u.end() && Character.isLetter(text.charAt(ts[i]))) {
            counts.computeIfAbsent(word(text, ts[i], te[i]), k -> new int[5])[2]++;
          }
        }
      }
    }
    Map<String, float[]> heads = new HashMap<>();
    Map<String, Float> cues = new HashMap<>();
    Map<String, Float> lower = new HashMap<>();
    for (Map.Entry<String, int[]> en : counts.entrySet()) {
      int[] c = en.getValue();
      if (c[1] >= HEAD_MIN) {
        heads.put(en.getKey(), new float[] {c[1], c[0]});
      }
      if (c[2] >= CUE_MIN && c[2] >= CUE_SHARE * c[0]) {
        cues.put(en.getKey(), (float) c[2] / Math.max(c[0], c[2]));
      }
      if (c[3] >= LOWER_MIN) {
        lower.put(en.getKey(), (float) c[4] / c[3]);
      }
    }
    return new Lexicons(heads, cues, lower);
  }

  private static String word(String text, int from, int to) {
    String w = text.substring(from, to).toLowerCase(Locale.ROOT);
    if (w.endsWith("’s") || w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** Candidates of every found gold quote that has a source, labelled right or wrong. */
  public static List<Group> groups(List<Article> articles, Lexicons lexicons, int[] oracle) {
    SpeakerModel untrained = SpeakerModel.untrained(lexicons);
    QuoteFinder finder = new QuoteFinder().withSpeakerModel(null);
    List<Group> out = new ArrayList<>();
    for (Article art : articles) {
      Offsets off = Offsets.of(art.text());
      List<Choice> choices = finder.speakerCandidates(Document.article(art.doc(), art.text()), untrained);
      for (Choice ch : choices) {
        Span q = off.toCodePoints(ch.quote());
        GoldQuote best = null;
        int bestOverlap = 0;
        for (GoldQuote g : art.gold().quotes()) {
          int o = g.span().intersection(q);
          if (o > bestOverlap) {
            bestOverlap = o;
            best = g;
          }
        }
        if (best == null || best.source() == null || bestOverlap < 0.5 * q.length()) {
          continue;
        }
        boolean[] right = new boolean[ch.mentions().size()];
        boolean any = false;
        for (int c = 0; c < right.length; c++) {
          Mention m = ch.mentions().get(c);
          right[c] = m != null && off.toCodePoints(m.span()).overlaps(best.source());
          any |= right[c];
        }
        if (oracle != null) {
          oracle[0]++;
          oracle[1] += any ? 1 : 0;
        }
        out.add(new Group(ch.features(), right));
      }
    }
    return out;
  }

  /** Trains a model on all of {@code articles}. */
  public static SpeakerModel train(List<Article> articles, Params params, PrintStream log) {
    Lexicons lex = lexicons(articles);
    int[] oracle = new int[2];
    List<Group> groups = groups(articles, lex, oracle);
    if (log != null) {
      log.printf(Locale.ROOT, "%d quotes with a source; a candidate overlaps the source in %d (%.4f);"
          + " %d head words, %d cue words%n", oracle[0], oracle[1], (double) oracle[1] / oracle[0],
          lex.heads().size(), lex.cues().size());
    }
    return SpeakerModel.train(lex, groups, params);
  }

  /** Scores {@code finder} on the articles. */
  public static Score score(List<Article> articles, QuoteFinder finder) {
    return score(articles, finder, null);
  }

  /** Scores {@code finder} on the articles, adding a line for each wrong speaker to {@code misses}. */
  public static Score score(List<Article> articles, QuoteFinder finder, List<String> misses) {
    Score total = Score.ZERO;
    List<QuoteScorer.SpeakerMiss> found = misses == null ? null : new ArrayList<>();
    for (Article art : articles) {
      var ex = finder.find(Document.article(art.doc(), art.text()));
      total = total.plus(QuoteScorer.score(art.gold(), SystemQuotes.of(ex), found));
      if (found != null) {
        for (QuoteScorer.SpeakerMiss m : found) {
          misses.add(SystemQuotes.describe(m, art.text()));
        }
        found.clear();
      }
    }
    return total;
  }

  /** The figures of one held-out fold: the rules' and the model's. */
  public record Fold(int fold, int articles, Score rules, Score model) {}

  /**
   * K-fold cross-validation: the articles are shuffled with {@code seed} and dealt into
   * {@code k} folds; each fold is scored by a model trained on the others.
   */
  public static List<Fold> crossValidate(List<Article> articles, int k, Params params, long seed,
      PrintStream log) {
    return crossValidate(articles, k, params, seed, log, null);
  }

  /** As above, adding the model's wrong speakers on the held-out folds to {@code misses}. */
  public static List<Fold> crossValidate(List<Article> articles, int k, Params params, long seed,
      PrintStream log, List<String> misses) {
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(seed));
    List<Fold> out = new ArrayList<>();
    QuoteFinder rules = new QuoteFinder().withSpeakerModel(null);
    for (int f = 0; f < k; f++) {
      List<Article> train = new ArrayList<>();
      List<Article> test = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        (i % k == f ? test : train).add(shuffled.get(i));
      }
      SpeakerModel model = train(train, params, log);
      Fold fold = new Fold(f + 1, test.size(), score(test, rules),
          score(test, rules.withSpeakerModel(model), misses));
      if (log != null) {
        log.printf(Locale.ROOT, "fold %d (%d articles): rules F1 %.4f speaker %.4f | model F1 %.4f speaker %.4f%n",
            fold.fold(), fold.articles(), fold.rules().f1(), fold.rules().speakerAccuracy(),
            fold.model().f1(), fold.model().speakerAccuracy());
      }
      out.add(fold);
    }
    return out;
  }
}
