package org.quotetrace.bench.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.Variants;

/**
 * Variant grouping on a generated corpus: how long grouping every quote of the index takes, and
 * the pairwise precision and recall of the groups against the generator's labels (two article
 * quotes belong together when they reproduce the same source turn, or copy the same invented
 * quote).
 *
 * <p>Each labelled quote is matched to the indexed quote of its article that overlaps it most; the
 * few the extractor did not find are counted and left out. Transcript turns take part in grouping
 * but, having no labels, not in scoring. Usage: {@code VariantsEval INDEX_DIR LABELS_JSONL
 * [--examples [FILE]]}: with {@code --examples}, where each labelled quote's group is rooted and
 * the pairs each kind of quote loses or adds; with a FILE too, one labelled quote in 20 written
 * there (outcome, edits, gold statement, root turn, quote text, turn text; tab-separated) for study.
 */
public final class VariantsEval {
  private VariantsEval() {}

  private record Found(int start, int end, int cluster) {}

  /** With {@code --examples FILE}: where the sample of labelled quotes goes; else null. */
  private static java.io.PrintWriter dump;

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: VariantsEval INDEX_DIR LABELS_JSONL");
      System.exit(2);
    }
    boolean debug = args.length > 2 && args[2].equals("--examples");
    dump = args.length > 3 && debug ? new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(Path.of(args[3]))) : null;
    GeneratedLabels labels = GeneratedLabels.read(Path.of(args[1]), debug);
    Map<String, String> gold = labels.goldClusters();
    try (CorpusIndex index = CorpusIndex.open(Path.of(args[0]))) {
      Runtime rt = Runtime.getRuntime();
      long t0 = System.nanoTime();
      Variants.Clustering c = new Variants(index).regroup();
      long t1 = System.nanoTime();
      Map<String, List<Found>> byDoc = new HashMap<>();
      c.forEach((doc, start, end, cluster) ->
          byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(new Found(start, end, cluster)));
      long heap = rt.totalMemory() - rt.freeMemory();

      Map<Long, Long> cell = new HashMap<>();
      Map<Integer, Long> predicted = new HashMap<>();
      Map<String, Long> truth = new HashMap<>();
      Map<String, Integer> goldIds = new HashMap<>();
      Map<String, List<String>> examples = new HashMap<>();
      Map<Integer, List<String>> predictedExamples = new HashMap<>();
      int matched = 0;
      int missing = 0;
      for (GeneratedLabels.Quote q : labels.quotes) {
        Found best = overlapping(byDoc, q);
        if (best == null || overlap(best, q) * 2 < q.end() - q.start()) {
          missing++;
          continue;
        }
        matched++;
        String g = gold.get(GeneratedLabels.key(q.article(), q.start(), q.end()));
        if (debug) {
          examples.computeIfAbsent(g, k -> new ArrayList<>()).add(best.cluster() + " " + q.article() + " " + q.start());
          predictedExamples.computeIfAbsent(best.cluster(), k -> new ArrayList<>()).add(g + " " + q.article() + " " + q.start());
        }
        int gi = goldIds.computeIfAbsent(g, k -> goldIds.size());
        cell.merge((long) best.cluster() << 32 | gi, 1L, Long::sum);
        predicted.merge(best.cluster(), 1L, Long::sum);
        truth.merge(g, 1L, Long::sum);
      }
      if (debug) {
        diagnose(labels, gold, byDoc, index, cell, predicted, truth, goldIds);
        int shown = 0;
        for (var e : examples.entrySet()) {
          if (e.getValue().size() >= 3 && e.getValue().stream().map(s -> s.split(" ")[0]).distinct().count() > 1 && shown++ < 5) {
            System.out.println("SPLIT gold " + e.getKey() + ": " + e.getValue());
          }
        }
        shown = 0;
        for (var e : predictedExamples.entrySet()) {
          if (e.getValue().stream().map(s -> s.split(" ")[0]).distinct().count() > 1 && shown++ < 5) {
            System.out.println("MERGED predicted " + e.getKey() + ": " + e.getValue().subList(0, Math.min(8, e.getValue().size())));
          }
        }
      }
      double tp = 0;
      for (long v : cell.values()) {
        tp += pairs(v);
      }
      double pp = 0;
      for (long v : predicted.values()) {
        pp += pairs(v);
      }
      double gp = 0;
      for (long v : truth.values()) {
        gp += pairs(v);
      }
      double p = pp == 0 ? 1 : tp / pp;
      double r = gp == 0 ? 1 : tp / gp;
      System.out.printf(Locale.ROOT, "index %s: %,d quotes (turns included) in %,d groups, grouped in %.1f s"
              + " (heap in use after: %,d MB)%n", args[0], c.quotes(), c.clusters(), (t1 - t0) / 1e9,
          heap >> 20);
      System.out.printf(Locale.ROOT, "labelled quotes %,d: %,d matched to an indexed quote, %,d not found%n",
          labels.quotes.size(), matched, missing);
      System.out.printf(Locale.ROOT, "pairwise precision %.4f  recall %.4f  F1 %.4f  (%,.0f gold pairs, %,.0f predicted)%n",
          p, r, 2 * p * r / Math.max(p + r, 1e-12), gp, pp);
    }
  }

  // Where each labelled quote's group is rooted: at its own statement's turn, at another turn,
  // or at a quote (its turn not found).
  private static void diagnose(GeneratedLabels labels, Map<String, String> gold,
      Map<String, List<Found>> byDoc, CorpusIndex index, Map<Long, Long> cell,
      Map<Integer, Long> predicted, Map<String, Long> truth, Map<String, Integer> goldIds)
      throws java.io.IOException {
    Map<String, Double> lost = new java.util.TreeMap<>();
    Map<String, Double> wrong = new java.util.TreeMap<>();
    Map<Integer, String> rootKey = new HashMap<>();
    Map<Integer, Found> rootTurn = new HashMap<>();
    Map<String, Found> turnAt = new HashMap<>();
    Map<String, Integer> shown = new HashMap<>();
    for (var e : byDoc.entrySet()) {
      GeneratedLabels.Doc d = labels.docs.get(e.getKey());
      if (d == null || !d.kind().equals("transcript")) {
        continue;
      }
      List<Found> turns = new ArrayList<>(e.getValue());
      turns.sort(java.util.Comparator.comparingInt(Found::start));
      for (int k = 0; k < turns.size(); k++) {
        rootKey.put(turns.get(k).cluster(), e.getKey() + "#" + k);
        turnAt.put(e.getKey() + "#" + k, turns.get(k));
        if (turns.get(k).cluster() >= 0) {
          rootTurn.put(turns.get(k).cluster(), turns.get(k));
        }
      }
    }
    Map<String, Long> outcome = new java.util.TreeMap<>();
    Map<String, String> texts = new HashMap<>();
    for (GeneratedLabels.Quote q : labels.quotes) {
      Found best = overlapping(byDoc, q);
      if (best == null || overlap(best, q) * 2 < q.end() - q.start()) {
        continue;
      }
      String g = gold.get(GeneratedLabels.key(q.article(), q.start(), q.end()));
      String r = rootKey.get(best.cluster());
      String o = g.startsWith("invented:") ? (r == null ? "invented, rooted at a quote" : "invented, rooted at a turn")
          : r == null ? "rooted at a quote" : r.equals(g) ? "rooted at its turn" : "rooted at another turn";
      outcome.merge(o, 1L, Long::sum);
      if (dump != null && q.text() != null && Math.floorMod(q.article().hashCode() * 31 + q.start(), 20) == 0) {
        String key = o.equals("rooted at a quote") ? g : r;
        Found t = key == null ? null : turnAt.get(key);
        String turn = "";
        if (t != null) {
          String doc = text(index, texts, owner(key));
          if (t.end() <= doc.codePointCount(0, doc.length())) {
            turn = span(doc, t);
          }
        }
        dump.println(o + "\t" + q.edits() + "\t" + g + "\t" + (key == null ? "" : key) + "\t" + q.text().replace('\t', ' ')
            + "\t" + turn.replace('\t', ' ').replace('\n', ' '));
      }
      if (cell != null) {
        // Each quote's gold mates outside its group are lost pairs, its group mates of another
        // statement false ones; a pair is shared by its two quotes, so each counts half.
        long n = cell.getOrDefault((long) best.cluster() << 32 | goldIds.get(g), 0L);
        lost.merge(o, (truth.get(g) - n) / 2.0, Double::sum);
        wrong.merge(o, (predicted.get(best.cluster()) - n) / 2.0, Double::sum);
      }
      if (q.text() != null && (o.equals("rooted at a quote") || o.equals("invented, rooted at a turn"))
          && shown.merge(o, 1, Integer::sum) <= 6) {
        String key = o.equals("rooted at a quote") ? g : r;
        Found t = turnAt.get(key);
        String turn = t == null ? "?" : span(text(index, texts, owner(key)), t);
        System.out.println("EXAMPLE " + o + " [" + q.article() + " " + q.start() + "] " + q.text()
            + "\n    TURN " + key + ": " + turn);
      }
      // An "invented" quote grouped with a turn that holds it word for word: the generator's
      // statements come from templates, so somebody else did say it, and the label is wrong.
      if (o.equals("invented, rooted at a turn") && q.text() != null) {
        Found t = rootTurn.get(best.cluster());
        String doc = text(index, texts, owner(r));
        if (t != null && t.end() <= doc.codePointCount(0, doc.length())) {
          String turn = span(doc, t);
          if (plain(turn).contains(plain(q.text()))) {
            outcome.merge("invented, word for word in the turn", 1L, Long::sum);
          }
        }
      }
      if (texts.size() > 10_000) {
        texts.clear();
      }
    }
    if (dump != null) {
      dump.close();
    }
    outcome.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-36s %,9d quotes  %,11.0f gold pairs lost  %,11.0f false pairs%n",
        k, v, lost.getOrDefault(k, 0.0), wrong.getOrDefault(k, 0.0)));
  }

  // The document of a turn key ("doc-0000014#3").
  private static String owner(String turnKey) {
    return turnKey.substring(0, turnKey.lastIndexOf('#'));
  }

  // A document's text, read once while the cache holds it (empty when the index lacks it).
  private static String text(CorpusIndex index, Map<String, String> cache, String id) {
    return cache.computeIfAbsent(id, k -> {
      try {
        return index.document(k).map(d -> d.text()).orElse("");
      } catch (java.io.IOException ex) {
        throw new java.io.UncheckedIOException(ex);
      }
    });
  }

  // The text of a quote's code-point span, its end cut at the document's.
  private static String span(String doc, Found t) {
    int end = Math.min(t.end(), doc.codePointCount(0, doc.length()));
    return doc.substring(doc.offsetByCodePoints(0, t.start()), doc.offsetByCodePoints(0, end));
  }

  // The indexed quote of the labelled quote's article that overlaps it most; null when none does.
  private static Found overlapping(Map<String, List<Found>> byDoc, GeneratedLabels.Quote q) {
    Found best = null;
    int bestOverlap = 0;
    for (Found f : byDoc.getOrDefault(q.article(), List.of())) {
      int o = overlap(f, q);
      if (o > bestOverlap) {
        best = f;
        bestOverlap = o;
      }
    }
    return best;
  }

  private static int overlap(Found f, GeneratedLabels.Quote q) {
    return Math.min(f.end(), q.end()) - Math.max(f.start(), q.start());
  }

  private static String plain(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }
}
