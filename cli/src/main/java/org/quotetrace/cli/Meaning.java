package org.quotetrace.cli;

import java.util.function.Supplier;
import org.quotetrace.meaning.SentenceEncoder;

/** The sentence encoder for the tracer, loaded in the background from the first moment. */
final class Meaning implements Supplier<SentenceEncoder> {
  private final Supplier<SentenceEncoder> loader;

  private Meaning(Supplier<SentenceEncoder> loader) {
    this.loader = loader;
  }

  static Meaning none() {
    return new Meaning(() -> null);
  }

  static Meaning startLoading() {
    // Filled in when the encoder lands; words only until then.
    return none();
  }

  @Override
  public SentenceEncoder get() {
    return loader.get();
  }
}
