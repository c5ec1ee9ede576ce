package org.quotetrace.index;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes, so that a JSON parser can read each line where it lies
 * without a copy or a decoding pass of its own. Splitting bytes at {@code \n} is safe for UTF-8,
 * where that byte never occurs inside a character, and a JSON line cannot hold a raw line break.
 *
 * <p>A line longer than the limit is not held in memory: it is skipped up to its end and marked
 * {@link #tooLong()}.
 */
final class ByteLines {
  private static final int CHUNK = 1 << 16;

  private final InputStream in;
  private final int maxLine;
  private byte[] buf = new byte[CHUNK * 4];

  /** Bytes of {@link #buf} in use are {@code [pos, limit)}. */
  private int pos;

  private int limit;
  private boolean eof;
  private int start;
  private int length;
  private boolean tooLong;
  private long number;
  /** Bytes of the stream before {@code buf[0]}, and where the current line starts in it. */
  private long base;
  private long offset;

  ByteLines(InputStream in, int maxLine) {
    this(in, maxLine, 1);
  }

  /** Lines numbered from {@code firstNumber}: a part of a file that begins at that line. */
  ByteLines(InputStream in, int maxLine, long firstNumber) {
    this.in = in;
    this.maxLine = maxLine;
    this.number = firstNumber - 1;
  }

  /**
   * Moves to the next line; false at the end of the stream. An I/O error leaves {@link #number()}
   * at the last complete line.
   */
  boolean next() throws IOException {
    tooLong = false;
    offset = base + pos;
    int scanned = pos;
    while (true) {
      for (int i = scanned; i < limit; i++) {
        if (buf[i] == '\n') {
          return take(i, i + 1);
        }
      }
      scanned = limit;
      if (eof) {
        if (pos == limit) {
          return false;
        }
        return take(limit, limit); // the last line has no line break
      }
      if (limit - pos >= maxLine) {
        skipRestOfLine();
        return true;
      }
      int seen = scanned - pos;
      fill();
      scanned = pos + seen;
    }
  }

  private boolean take(int end, int next) {
    start = pos;
    length = end - pos;
    pos = next;
    number++;
    if (length > maxLine) {
      tooLong = true;
      length = 0;
    }
    return true;
  }

  /** Reads more after the unread bytes, first moving them to the front or growing the buffer. */
  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      base += pos;
      pos = 0;
    }
    if (buf.length - limit < CHUNK) {
      int want = (int) Math.min((long) buf.length * 2, (long) maxLine + CHUNK);
      buf = Arrays.copyOf(buf, Math.max(want, limit + CHUNK));
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  private void skipRestOfLine() throws IOException {
    pos = limit;
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          pos = i + 1;
          finishTooLong();
          return;
        }
      }
      base += limit;
      pos = 0;
      limit = 0;
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        finishTooLong();
        return;
      }
      limit = n;
    }
  }

  private void finishTooLong() {
    tooLong = true;
    start = pos;
    length = 0;
    number++;
  }

  byte[] buffer() {
    return buf;
  }

  int start() {
    return start;
  }

  int length() {
    return length;
  }

  /** Whether the current line was longer than the limit; its bytes are not kept. */
  boolean tooLong() {
    return tooLong;
  }

  /** Where the current line starts: bytes of the stream before it. */
  long offset() {
    return offset;
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }
}
