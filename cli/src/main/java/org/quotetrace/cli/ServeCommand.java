package org.quotetrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.quotetrace.index.IndexException;
import org.quotetrace.server.DeskServer;
import org.quotetrace.server.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quotetrace serve --index DIR}: the desk, an HTTP API and web pages over one index. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {"Serve the desk: web pages to check an article and browse the index, and the"
        + " JSON API they use (described at /api/openapi.json). Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR",
      description = "The index folder: an index, or an empty or missing folder to fill through the API.")
  Path indexDir;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "The port to listen on (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "The address to listen on (default ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding a token that adding documents requires (Authorization: Bearer TOKEN).")
  Path tokenFile;

  @Option(names = "--max-body", defaultValue = "32", paramLabel = "MB",
      description = "The largest request accepted, in megabytes (default ${DEFAULT-VALUE}).")
  int maxBodyMb;

  @Option(names = "--time-limit", defaultValue = "60", paramLabel = "SECONDS",
      description = "How long one request may take before it is answered 503 (default ${DEFAULT-VALUE}).")
  int timeLimit;

  @Option(names = "--workers", paramLabel = "N",
      description = "Requests worked on at once; others wait their turn (default: the number of cores, at least 2).")
  Integer workers;

  @Option(names = "--words-only", description = "Do not load the meaning model; compare by words only.")
  boolean wordsOnly;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream err = System.err;
    if (port < 0 || port > 65_535) {
      Messages.error(err, "--port must be 0 to 65535, not " + port);
      return 2;
    }
    if (maxBodyMb < 1 || timeLimit < 1 || (workers != null && workers < 1)) {
      Messages.error(err, "--max-body, --time-limit and --workers must be at least 1");
      return 2;
    }
    Settings s = Settings.defaults(indexDir, port).withHost(bind)
        .withMaxBody((long) maxBodyMb << 20).withTimeLimit(Duration.ofSeconds(timeLimit))
        .withMeaning(!wordsOnly);
    if (workers != null) {
      s = s.withWorkers(workers);
    }
    if (tokenFile != null) {
      String token;
      try {
        token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        Messages.error(err, tokenFile + ": the token file cannot be read (" + e.getMessage() + ")");
        return 2;
      }
      if (token.isEmpty() || token.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
        Messages.error(err, tokenFile + ": the token must be one word of visible characters");
        return 2;
      }
      s = s.withToken(token);
    } else if (!isLoopback(bind)) {
      Messages.warning(err, "listening on " + bind + " without --token-file: anyone who can reach"
          + " it can add documents to " + indexDir);
    }
    DeskServer server;
    try {
      server = DeskServer.start(s);
    } catch (IndexException e) {
      Messages.error(err, e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      Messages.error(err, indexDir + ": cannot listen on " + bind + ":" + port + " ("
          + Messages.unexpected(e) + ")");
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "desk-stop"));
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    err.println("quotetrace: serving " + Messages.safe(indexDir.toString()) + " at http://" + host
        + ":" + server.port() + "/ (Ctrl-C to stop)");
    server.notice().ifPresent(n -> Messages.notice(err, n));
    stopped.await();
    return 0;
  }

  private static boolean isLoopback(String address) {
    return address.equals("localhost") || address.startsWith("127.") || address.equals("::1");
  }
}
