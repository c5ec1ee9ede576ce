package org.quotetrace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;

/** Reads the files a command was given, reporting each failure as one line and going on. */
final class Inputs {
  private final PrintStream err;
  private int failures;

  Inputs(PrintStream err) {
    this.err = err;
  }

  /** The document, or null after printing one line that names the file and the problem. */
  Document read(Path path, ReadOptions options) {
    try {
      Document doc = Readers.read(path, options);
      return doc;
    } catch (ReadException e) {
      fail(e.getMessage());
      return null;
    } catch (RuntimeException e) {
      // A reader bug must not cost the user the other files; the message still names the file.
      fail(path + ": could not be read (" + e + ")");
      return null;
    }
  }

  List<Document> readAll(List<Path> paths, ReadOptions options) {
    List<Document> docs = new ArrayList<>();
    for (Path p : paths) {
      Document d = read(p, options);
      if (d != null) {
        docs.add(d);
      }
    }
    return docs;
  }

  void fail(String line) {
    failures++;
    Messages.error(err, line);
  }

  int failures() {
    return failures;
  }

  int exitCode() {
    return ExitCode.of(failures == 0);
  }
}
