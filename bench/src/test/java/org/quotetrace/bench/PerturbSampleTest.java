package org.quotetrace.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.trace.Tracer;
import org.quotetrace.trace.Verdict;

/**
 * A sample of the perturbation harness (bench/run-perturb.sh) as a test: variants of real
 * sentences of the shared speeches, traced with the real sentence model. The bounds are loose
 * for a sample this small; the harness's own figures (250 a kind) are in BENCHMARKS.md.
 */
class PerturbSampleTest {
  @Test
  void meaningChangingVariantsAreRarelyAcceptedAndMeaningKeepingOnesRarelyRejected()
      throws Exception {
    Path shared = SharedData.root();
    assumeTrue(Files.isDirectory(shared.resolve("eval/speeches")),
        "skipped: no speeches under " + shared + " (set -Dquotetrace.shared)");
    Path repo = Path.of("").toAbsolutePath();
    while (repo != null && !Files.isRegularFile(repo.resolve("bench/pom.xml"))) {
      repo = repo.getParent();
    }
    assumeTrue(repo != null, "skipped: not run from inside the repository");
    List<Perturb.Source> tune = Perturb.halves(shared, repo).get(true);
    List<Perturb.Source> few = tune.subList(0, Math.min(8, tune.size()));
    List<Perturb.Variant> variants = new Perturb.Variants().make(few, 15, 1);
    MiniLmEncoder encoder = MiniLmEncoder.load();
    Tracer tracer = new Tracer(() -> encoder);
    Map<Perturb.Kind, Map<Verdict, Integer>> verdicts = new EnumMap<>(Perturb.Kind.class);
    StringBuilder misses = new StringBuilder();
    Map<Perturb.Kind, int[]> counts = Perturb.measure(tracer, variants, verdicts, misses);
    int keeping = 0;
    int rejected = 0;
    for (Map.Entry<Perturb.Kind, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      assertTrue(c[2] <= c[0] / 10, e.getKey() + ": " + c[2] + " of " + c[0] + " not found as quotes");
      if (e.getKey().changes) {
        assertTrue(c[1] <= Math.max(2, c[0] / 8), e.getKey() + " accepted " + c[1] + " of " + c[0]
            + ":\n" + misses);
      } else {
        keeping += c[0];
        rejected += c[1];
      }
    }
    assertTrue(keeping >= 40, "too few meaning-keeping variants to tell: " + keeping);
    assertTrue(rejected <= keeping * 0.08, "rejected " + rejected + " of " + keeping
        + " meaning-keeping variants:\n" + misses);
  }
}
