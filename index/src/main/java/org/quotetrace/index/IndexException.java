package org.quotetrace.index;

/**
 * The index cannot be used as asked: the folder is not a quotetrace index, another process is
 * writing it, the disk is full. The message is one line that names the folder and says what to do.
 */
public final class IndexException extends Exception {
  public IndexException(String message) {
    super(message);
  }

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
