package org.quotetrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quotetrace} command: one subcommand class per job. */
@Command(
    name = "quotetrace",
    mixinStandardHelpOptions = true,
    version = "quotetrace 0.1.0",
    description = "Traces quotes in the news back to their sources.",
    subcommands = {QuotesCommand.class, TraceCommand.class, IndexCommand.class, SourcesCommand.class,
        VariantsCommand.class, SearchCommand.class, EvalCommand.class, SpeakersCommand.class})
public final class Main implements Runnable {
  // Lucene says on first use that the JDK's incubating vector module would make it faster; enabling
  // that module makes the JDK print its own warning instead. Neither helps a user. Held here so
  // the setting is not collected with the logger.
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status: 0 all well, 1 some input failed, 2 usage. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          boolean debug = parsed.originalArgs().contains("--debug");
          if (debug) {
            e.printStackTrace(System.err);
          } else {
            System.err.println("quotetrace: " + (e.getMessage() == null ? e : e.getMessage()));
          }
          return 1;
        });
    return cl.execute(args);
  }
}
