package org.quotetrace.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How a desk server runs.
 *
 * @param index the index folder; created by the first documents added when missing or empty
 * @param host the address to listen on; loopback unless a desk is meant to be shared
 * @param port the port, or 0 for any free one
 * @param token when present, writes need {@code Authorization: Bearer TOKEN}
 * @param maxBody the largest request body accepted, in bytes
 * @param timeLimit how long one request may take before it is answered 503
 * @param workers how many requests are worked on at once; the others wait for a turn
 * @param meaning whether to load the sentence-embedding model (else words only)
 */
public record Settings(Path index, String host, int port, Optional<String> token, long maxBody,
    Duration timeLimit, int workers, boolean meaning) {
  public static final long DEFAULT_MAX_BODY = 32L << 20;
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

  public Settings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
    }
    if (maxBody < 1) {
      throw new IllegalArgumentException("the body limit must be at least 1 byte: " + maxBody);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("at least one worker is needed: " + workers);
    }
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
    }
  }

  /** Loopback, the model loaded, the default limits, and as many workers as cores. */
  public static Settings defaults(Path index, int port) {
    return new Settings(index, "127.0.0.1", port, Optional.empty(), DEFAULT_MAX_BODY,
        DEFAULT_TIME_LIMIT, Math.max(2, Runtime.getRuntime().availableProcessors()), true);
  }

  public Settings withHost(String h) {
    return new Settings(index, h, port, token, maxBody, timeLimit, workers, meaning);
  }

  public Settings withToken(String t) {
    return new Settings(index, host, port, Optional.of(t), maxBody, timeLimit, workers, meaning);
  }

  public Settings withMaxBody(long m) {
    return new Settings(index, host, port, token, m, timeLimit, workers, meaning);
  }

  public Settings withTimeLimit(Duration d) {
    return new Settings(index, host, port, token, maxBody, d, workers, meaning);
  }

  public Settings withWorkers(int w) {
    return new Settings(index, host, port, token, maxBody, timeLimit, w, meaning);
  }

  public Settings withMeaning(boolean m) {
    return new Settings(index, host, port, token, maxBody, timeLimit, workers, m);
  }
}
