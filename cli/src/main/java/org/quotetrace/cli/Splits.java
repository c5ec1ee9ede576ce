package org.quotetrace.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** What the commands that learn from or score against a gold split share. */
final class Splits {
  private Splits() {}

  /** Whether {@code dir} is a split folder (gold.jsonl and text/); if not, one error line says so. */
  static boolean isSplit(Path dir) {
    if (Files.isRegularFile(dir.resolve("gold.jsonl"))) {
      return true;
    }
    Messages.error(System.err, dir + ": no gold.jsonl here (expected a split folder with gold.jsonl and text/)");
    return false;
  }

  /** Writes a model's bytes. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a trained model whole or not at all: through a temporary file in the same folder moved
   * into place, so a model shipped in the jar is never left half-written by a failed run.
   */
  static void writeModel(Path out, Body body) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        body.writeTo(os);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
