package org.quotetrace.read;

/**
 * A file that could not be read as a document. The message is one line that names the file and
 * the problem, fit to show a user as it is.
 */
public final class ReadException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final String problem;

  public ReadException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.problem = problem;
  }

  public ReadException(String file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  /** The file or URL, as the user gave it. */
  public String file() {
    return file;
  }

  /** What is wrong, without the file name. */
  public String problem() {
    return problem;
  }
}
