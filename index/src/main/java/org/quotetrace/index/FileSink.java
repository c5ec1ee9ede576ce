package org.quotetrace.index;

import org.quotetrace.text.Document;

/**
 * Where the reader of one file (JSON Lines, WARC) sends what it finds; positions are bytes into
 * that file. {@link CorpusReader} turns them into progress over all its inputs.
 */
interface FileSink {
  void document(Document doc, long position) throws InterruptedException;

  void failure(String where, String message) throws InterruptedException;

  void warning(String where, String message) throws InterruptedException;

  /** Bytes consumed without a document, such as a skipped record. */
  void advanced(long position) throws InterruptedException;
}
