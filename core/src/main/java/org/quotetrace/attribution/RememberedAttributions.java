package org.quotetrace.attribution;

import java.util.List;
import java.util.function.Function;
import org.quotetrace.text.BoundedMemory;

/**
 * The attributions of the texts most recently read, keyed by their exact text, because the desk
 * traces the same articles again and again and labelling a text is a pure function of it: a
 * remembered answer is the one the finder would give again. Bounded by the characters of the texts
 * held (each held once, as a key), so that long texts cannot grow it past a few MB. Safe to share
 * between threads; the lists given are unmodifiable and their attributions immutable.
 */
public final class RememberedAttributions implements Function<String, List<Attribution>> {
  /** Characters of text remembered for the shipped model: at two bytes each, at most 4 MB. */
  public static final int SHIPPED_CHARS = 2_000_000;

  private static final class Shipped {
    static final RememberedAttributions MEMORY = new RememberedAttributions(
        text -> AttributionFinder.shipped().find(text), SHIPPED_CHARS);
  }

  private final BoundedMemory<String, List<Attribution>> recent;

  /**
   * @param find what finds a text's attributions when it is not remembered
   * @param maxChars characters of text held at most; a longer text is labelled and not held
   */
  public RememberedAttributions(Function<String, List<Attribution>> find, long maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("must hold at least 1 character, not " + maxChars);
    }
    this.recent = new BoundedMemory<>(text -> List.copyOf(find.apply(text)), String::length, maxChars);
  }

  /** The shared memory of {@link AttributionFinder#shipped()}'s answers. */
  public static RememberedAttributions shipped() {
    return Shipped.MEMORY;
  }

  @Override
  public List<Attribution> apply(String text) {
    return recent.get(text);
  }

  /** Characters of text held now, never above the bound. */
  public long chars() {
    return recent.weight();
  }

  /** Texts held now. */
  public int size() {
    return recent.size();
  }
}
