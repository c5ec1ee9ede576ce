package org.quotetrace.server;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.quotetrace.meaning.CachingEncoder;
import org.quotetrace.meaning.MeaningUnavailableException;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.meaning.SentenceEncoder;

/**
 * The one sentence-embedding model every request shares, loaded in the background when the server
 * starts; requests that need it before then are answered 503.
 */
final class Model implements Supplier<SentenceEncoder> {
  /** Sentences kept encoded: the same source is traced against by many requests. */
  private static final int CACHED = 50_000;
  private final boolean enabled;
  private final BooleanSupplier settled;
  private final Loader loader;
  private SentenceEncoder encoder;

  @FunctionalInterface
  interface Loader {
    SentenceEncoder get() throws MeaningUnavailableException;
  }

  Model(boolean enabled, BooleanSupplier settled, Loader loader) {
    this.enabled = enabled;
    this.settled = settled;
    this.loader = loader;
  }

  static Model load() {
    MiniLmEncoder.Loading loading = MiniLmEncoder.loadAsync();
    return new Model(true, loading::isDone, loading::get);
  }

  /** Words only, for a server started without the model. */
  static Model none() {
    return new Model(false, () -> true, () -> null);
  }

  boolean enabled() {
    return enabled;
  }

  /** Whether a request would not wait for it: loaded, failed, or not wanted. */
  boolean settled() {
    return settled.getAsBoolean();
  }

  /** The encoder, or null for words only; a model that failed to load is reported by message. */
  @Override
  public synchronized SentenceEncoder get() {
    if (!enabled) {
      return null;
    }
    if (encoder == null) {
      try {
        encoder = new CachingEncoder(loader.get(), CACHED);
      } catch (MeaningUnavailableException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return encoder;
  }

  /** A supplier of no encoder, for a request that asked for words only. */
  static Supplier<SentenceEncoder> wordsOnly() {
    return () -> null;
  }
}
