package org.quotetrace.cli;

/** quotetrace's exit statuses, as README documents them. */
enum ExitCode {
  /** All well. */
  OK(0),
  /** Some input failed (or the output could not be written); the others were still processed. */
  FAILED(1),
  /** The command line was wrong: nothing was done. */
  USAGE(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  /** OK when {@code ok}, otherwise FAILED. */
  static int of(boolean ok) {
    return (ok ? OK : FAILED).code;
  }
}
