package org.quotetrace.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's text.
 *
 * <p>Spans are validated on construction so that a bad offset fails where it is made, not where it
 * is later used. Output code converts to Unicode code points at the edge (see {@link Offsets}).
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** A span checked to lie within a text of the given length. */
  public static Span within(int start, int end, int textLength) {
    if (end > textLength) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") leaves a text of length " + textLength);
    }
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(int index) {
    return index >= start && index < end;
  }

  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return other.start < end && start < other.end;
  }

  /** Characters shared by the two spans. */
  public int intersection(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  public CharSequence of(CharSequence text) {
    return text.subSequence(start, end);
  }

  public String text(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
