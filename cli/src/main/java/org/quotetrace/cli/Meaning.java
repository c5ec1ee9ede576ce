package org.quotetrace.cli;

import java.util.function.Supplier;
import org.quotetrace.meaning.CachingEncoder;
import org.quotetrace.meaning.MeaningUnavailableException;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.meaning.SentenceEncoder;

/**
 * The sentence encoder for the tracer. Loading starts at once on a background thread, so that the
 * model loads while the files are read and the quotes aligned by their words; the tracer asks for
 * it only if some quote is left in doubt.
 */
final class Meaning implements Supplier<SentenceEncoder> {
  private final MiniLmEncoder.Loading loading;
  private SentenceEncoder encoder;

  private Meaning(MiniLmEncoder.Loading loading) {
    this.loading = loading;
  }

  static Meaning none() {
    return new Meaning(null);
  }

  static Meaning startLoading() {
    return new Meaning(MiniLmEncoder.loadAsync());
  }

  /** The encoder, or null for words only; a model that failed to load is reported by message. */
  @Override
  public synchronized SentenceEncoder get() {
    if (loading == null) {
      return null;
    }
    if (encoder == null) {
      try {
        encoder = new CachingEncoder(loading.get(), 50_000);
      } catch (MeaningUnavailableException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return encoder;
  }
}
