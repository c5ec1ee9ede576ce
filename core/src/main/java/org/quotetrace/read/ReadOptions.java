package org.quotetrace.read;

import java.nio.charset.Charset;
import org.quotetrace.text.DocumentKind;

/**
 * How to read an input. Null fields mean "detect".
 *
 * @param kind the document kind, or null to detect it from the text
 * @param format the file format, or null to detect it from the name and content
 * @param charset the encoding, or null to detect it (BOM, UTF-8, UTF-16)
 * @param maxBytes files larger than this are refused with a message, so memory stays bounded
 */
public record ReadOptions(DocumentKind kind, Format format, Charset charset, long maxBytes) {
  /**
   * Heap that tracing takes per byte of a document, with room: 16 MB of news text traced in a
   * 768 MB heap (48 bytes a byte), and reading for quotes takes less.
   */
  public static final long HEAP_PER_BYTE = 64;

  /**
   * 64 MiB, far above any article or transcript, or less when the heap could not hold a document
   * that size (a 63 MB article once ran a 6 GB heap out of memory): such a file is refused in one
   * line instead.
   */
  public static final long DEFAULT_MAX_BYTES =
      Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / HEAP_PER_BYTE);

  public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null, DEFAULT_MAX_BYTES);

  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
  }

  public ReadOptions withKind(DocumentKind k) {
    return new ReadOptions(k, format, charset, maxBytes);
  }

  public ReadOptions withFormat(Format f) {
    return new ReadOptions(kind, f, charset, maxBytes);
  }

  public ReadOptions withCharset(Charset c) {
    return new ReadOptions(kind, format, c, maxBytes);
  }

  public ReadOptions withMaxBytes(long m) {
    return new ReadOptions(kind, format, charset, m);
  }
}
