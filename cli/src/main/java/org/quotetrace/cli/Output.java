package org.quotetrace.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output, and the check that what a command printed got written. A PrintStream swallows
 * write errors, so without the check a report printed to a full disk is cut off with exit 0.
 */
final class Output {
  private Output() {}

  /** Standard output that remembers why a write failed, for {@link #written}. */
  static PrintStream standard() {
    Watched watched = new Watched(new FileOutputStream(FileDescriptor.out));
    return new Stream(new java.io.BufferedOutputStream(watched, 1 << 14), watched,
        System.out.charset());
  }

  /**
   * Flushes {@code out} and says whether everything printed to it was written; if not, prints one
   * line on {@code err} naming the cause, except when the reader of a pipe has gone (as {@code |
   * head} does), which is no news to the user.
   */
  static boolean written(PrintStream out, PrintStream err) {
    if (!out.checkError()) {
      return true;
    }
    IOException cause = out instanceof Stream s ? s.watched.failure : null;
    String why = cause == null || cause.getMessage() == null ? "write failed" : cause.getMessage();
    if (!why.toLowerCase(java.util.Locale.ROOT).contains("broken pipe")) {
      Messages.error(err, "standard output: cannot write the output (" + why + ")");
    }
    return false;
  }

  private static final class Stream extends PrintStream {
    final Watched watched;

    Stream(OutputStream out, Watched watched, java.nio.charset.Charset charset) {
      super(out, true, charset);
      this.watched = watched;
    }
  }

  private static final class Watched extends FilterOutputStream {
    volatile IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }
}
