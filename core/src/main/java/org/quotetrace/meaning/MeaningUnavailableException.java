package org.quotetrace.meaning;

/**
 * The sentence-embedding model could not be loaded, typically because a native library (ONNX
 * Runtime or the tokenizer) does not load on this machine. The message is one line that names the
 * cause, fit to show a user as it is; the caller may go on with lexical matching alone.
 */
public final class MeaningUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public MeaningUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
