package org.quotetrace.index;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Failures as the short one-line reasons the corpus readers and the indexer report, so that a
 * reader of one kind of file and {@link CorpusReader}, which picks the reader, need not call each
 * other for them.
 */
final class Reasons {
  private Reasons() {}

  /** An I/O failure as one short line. */
  static String reason(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return oneLine(m, 200);
  }

  /** An unexpected failure as one short line, naming its kind. */
  static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "out of memory";
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + oneLine(m, 200));
  }

  /** Whitespace runs, line breaks included, become one space; long text is cut with "…". */
  static String oneLine(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max) + "…";
  }

  static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return bytes + " bytes";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
