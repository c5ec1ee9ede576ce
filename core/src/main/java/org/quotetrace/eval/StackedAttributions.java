package org.quotetrace.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.AttributionFinder;
import org.quotetrace.attribution.AttributionTrainer;
import org.quotetrace.attribution.GoldAttributions;

/**
 * Attributions of every article of a split, each found by an attribution model that never saw that
 * article: the split is dealt into folds as {@link QuoteKindTraining#deal} deals it, and each
 * fold's articles are labelled by a model trained on the other folds. A quote classifier stacked
 * on the attribution labeller learns from these, as it will meet the labeller's output on unseen
 * text, and its cross-validation stays honest.
 */
public final class StackedAttributions {
  private StackedAttributions() {}

  /**
   * Out-of-fold attributions by document name ("text/NAME.txt"). Fold models are read from
   * {@code cache} when there, else trained ({@code epochs} passes, no dev) and written there.
   */
  public static Map<String, List<Attribution>> outOfFold(Path split, List<String> docs, int k,
      long seed, int epochs, Path cache, PrintStream log) throws IOException {
    Map<String, GoldAttributions.Doc> byName = new HashMap<>();
    for (GoldAttributions.Doc d : GoldAttributions.read(split)) {
      byName.put(split.relativize(d.file()).toString().replace('\\', '/'), d);
    }
    List<Integer> order = QuoteKindTraining.deal(docs.size(), seed);
    Files.createDirectories(cache);
    Map<String, List<Attribution>> out = new HashMap<>();
    for (int f = 0; f < k; f++) {
      List<GoldAttributions.Doc> train = new ArrayList<>();
      List<String> test = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        String name = docs.get(order.get(i));
        GoldAttributions.Doc d = byName.get(name);
        if (d == null) {
          throw new IOException(split + ": no gold attributions for " + name);
        }
        if (i % k == f) {
          test.add(name);
        } else {
          train.add(d);
        }
      }
      Path file = cache.resolve(String.format(Locale.ROOT, "attributions-k%d-seed%d-e%d-fold%d.model",
          k, seed, epochs, f + 1));
      AttributionFinder model;
      if (Files.exists(file)) {
        model = AttributionFinder.load(file);
      } else {
        long t0 = System.nanoTime();
        model = AttributionTrainer.train(train, List.of(),
            new AttributionTrainer.Options(AttributionTrainer.Options.DEFAULTS.bits(), epochs,
                AttributionTrainer.Options.DEFAULTS.seed()), log);
        try (OutputStream o = Files.newOutputStream(file)) {
          model.write(o);
        }
        log.printf(Locale.ROOT, "attribution fold %d: trained on %d articles in %.0f s, wrote %s%n",
            f + 1, train.size(), (System.nanoTime() - t0) / 1e9, file);
      }
      for (String name : test) {
        out.put(name, model.find(byName.get(name).text()));
      }
    }
    return out;
  }
}
