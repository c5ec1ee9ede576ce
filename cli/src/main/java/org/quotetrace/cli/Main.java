package org.quotetrace.cli;

import java.nio.file.Path;
import java.util.List;
import org.quotetrace.meaning.MiniLmEncoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/** The {@code quotetrace} command: one subcommand class per job. */
@Command(
    name = "quotetrace",
    mixinStandardHelpOptions = true,
    version = "quotetrace 0.1.0",
    description = "Traces quotes in the news back to their sources.",
    subcommands = {QuotesCommand.class, TraceCommand.class, IndexCommand.class, SourcesCommand.class,
        VariantsCommand.class, SearchCommand.class, EvalCommand.class, SpeakersCommand.class, KindsCommand.class,
        AttributionsCommand.class, ServeCommand.class})
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
    System.setOut(Output.standard());
    boolean debug = List.of(args).contains("--debug");
    // A failure on another thread (a worker, the model loader) is one line too, not a stack trace.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (debug) {
        e.printStackTrace(System.err);
      } else {
        Messages.error(System.err, thread.getName() + ": " + Messages.unexpected(e));
      }
    });
    int code = 1;
    try {
      code = run(args);
    } finally {
      System.out.flush();
      // A command that failed early, or needed no model, may end while the model still loads in
      // the background; exiting then crashes the JVM inside ONNX Runtime (see awaitLoading).
      if (!MiniLmEncoder.awaitLoading(60_000)) {
        Messages.error(System.err, "the sentence-embedding model is still loading after a minute;"
            + " exiting anyway");
      }
    }
    System.exit(code);
  }

  /** Runs the command line and returns the exit status: 0 all well, 1 some input failed, 2 usage. */
  public static int run(String... args) {
    boolean debug = List.of(args).contains("--debug");
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
    // One line, like every other error, with the values in it escaped and bounded: an option
    // given by mistake may be a pasted URL or hold control characters.
    cl.setParameterExceptionHandler((e, given) -> {
      Messages.error(System.err, e.getMessage() + " (see "
          + e.getCommandLine().getCommandSpec().qualifiedName(" ") + " --help)");
      return ExitCode.USAGE.code();
    });
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, parsed, debug));
    try {
      return cl.execute(args);
    } catch (Throwable e) {
      // What picocli lets through: errors such as OutOfMemoryError or StackOverflowError, and
      // whatever goes wrong in its own handlers. By now the work that failed has unwound and let
      // go of its memory, so one line can still be printed.
      return failed(e, cl.getParseResult(), debug);
    }
  }

  /** One line naming the command, what it was working on and the problem; exit status 1. */
  private static int failed(Throwable e, ParseResult parsed, boolean debug) {
    if (debug) {
      e.printStackTrace(System.err);
      return ExitCode.FAILED.code();
    }
    Messages.error(System.err, subject(parsed) + Messages.unexpected(e));
    return ExitCode.FAILED.code();
  }

  /** "trace examples/article.txt: ", from the deepest subcommand: its first file, or its index. */
  private static String subject(ParseResult parsed) {
    if (parsed == null) {
      return "";
    }
    ParseResult p = parsed;
    while (p.subcommand() != null) {
      p = p.subcommand();
    }
    StringBuilder b = new StringBuilder(p.commandSpec().qualifiedName(" ").replaceFirst("^quotetrace ?", ""));
    String thing = null;
    for (var positional : p.matchedPositionals()) {
      Object v = positional.getValue();
      if (v instanceof java.util.Collection<?> c && !c.isEmpty()) {
        thing = c.iterator().next() + (c.size() > 1 ? " (and " + (c.size() - 1) + " more)" : "");
      } else if (v instanceof Path) {
        thing = v.toString();
      }
      if (thing != null) {
        break;
      }
    }
    if (thing == null && p.hasMatchedOption("--index")) {
      thing = String.valueOf((Object) p.matchedOptionValue("--index", null));
    }
    if (thing != null) {
      b.append(b.isEmpty() ? "" : " ").append(thing);
    }
    return b.isEmpty() ? "" : b + ": ";
  }
}
