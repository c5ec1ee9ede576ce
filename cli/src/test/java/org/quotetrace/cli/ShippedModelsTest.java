package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped speaker ranker and quote-kind classifier are what README's commands build from
 * PolNeAR train, byte for byte. Both are trained on what quote finding outputs, so a change to
 * finding can shift their training data without anyone retraining them; this test says so at
 * once. (The attribution labeller takes far longer to train and is not checked here.)
 */
class ShippedModelsTest {
  @TempDir Path tmp;

  private static final Path TRAIN =
      Path.of(System.getProperty("quotetrace.shared", "../shared")).resolve("eval/polnear/train");

  @Test
  void speakersTrainRebuildsTheShippedSpeakerModel() throws IOException {
    assertRebuilds("speakers", "/org/quotetrace/quote/speakers.bin");
  }

  @Test
  void kindsTrainRebuildsTheShippedKindClassifier() throws IOException {
    assertRebuilds("kinds", "/org/quotetrace/quote/kinds.bin");
  }

  private void assertRebuilds(String command, String resource) throws IOException {
    assumeTrue(Files.isDirectory(TRAIN.resolve("text")),
        () -> TRAIN + " not found: skipping the check that `" + command
            + " train` rebuilds the shipped model (it needs ../shared beside the repository)");
    Path out = tmp.resolve(command + ".bin");
    CliRun run = CliRun.run(command, "train", TRAIN.toString(), "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    // Read from core's sources: the resource sits in a package core's module does not open.
    byte[] shipped = Files.readAllBytes(Path.of("../core/src/main/resources" + resource));
    assertArrayEquals(shipped, Files.readAllBytes(out), () -> "`quotetrace " + command
        + " train " + TRAIN + "` no longer rebuilds " + resource
        + ": retrain it with that command and check dev before shipping");
  }
}
