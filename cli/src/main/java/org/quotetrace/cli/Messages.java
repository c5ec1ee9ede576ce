package org.quotetrace.cli;

import java.io.PrintStream;
import org.quotetrace.report.TerminalText;

/**
 * Lines on standard error: each stays one line of bounded length whatever the values in it hold (a
 * file name with a line feed, a 40 KB URL, an outlet with ESC in it).
 */
final class Messages {
  /** The longest value (a path, a URL, a word) shown whole in a message. */
  static final int MAX_VALUE = 200;

  private Messages() {}

  static void error(PrintStream err, String line) {
    err.println("quotetrace: " + safe(line));
  }

  static void warning(PrintStream err, String line) {
    err.println("quotetrace: warning: " + safe(line));
  }

  /** Something worth knowing that changes no answer: a slower way taken, and how to avoid it. */
  static void notice(PrintStream err, String line) {
    err.println("quotetrace: notice: " + safe(line));
  }

  static String safe(String line) {
    return TerminalText.line(TerminalText.cutLongWords(line, MAX_VALUE));
  }

  /**
   * One line for something that should not have happened, naming it without a stack trace: "out
   * of memory (…)" or "IllegalStateException: message".
   */
  static String unexpected(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      long mb = Runtime.getRuntime().maxMemory() >> 20;
      return "out of memory (the JVM may use " + String.format(java.util.Locale.ROOT, "%,d", mb)
          + " MB; give it more with QUOTETRACE_JAVA_OPTS=-Xmx…, or split the input)";
    }
    if (e instanceof StackOverflowError) {
      return "the input is nested too deeply to process (stack overflow)";
    }
    if (e instanceof java.io.UncheckedIOException u) {
      e = u.getCause();
    }
    String message = e.getMessage();
    if (e instanceof java.io.IOException) {
      // A disk or file-system failure, not a bug: what the system said is the news.
      return "input/output error (" + (message == null || message.isBlank()
          ? e.getClass().getSimpleName() : message.strip()) + ")";
    }
    return "unexpected error: " + e.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + message.strip())
        + " (--debug shows where)";
  }
}
