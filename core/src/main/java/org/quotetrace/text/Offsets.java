package org.quotetrace.text;

/**
 * Converts between the UTF-16 indices used inside quotetrace and the Unicode code point offsets that
 * every output and every gold file uses.
 *
 * <p>Most news text has no characters outside the Basic Multilingual Plane, so the common case is
 * the identity and costs nothing; only texts with surrogate pairs build a table.
 */
public final class Offsets {
  private final int[] surrogateStarts; // UTF-16 indices of high surrogates followed by a low one
  private final int length;

  private Offsets(int[] surrogateStarts, int length) {
    this.surrogateStarts = surrogateStarts;
    this.length = length;
  }

  public static Offsets of(String text) {
    int count = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
        count++;
        i++;
      }
    }
    int[] starts = new int[count];
    if (count > 0) {
      int k = 0;
      for (int i = 0; i < text.length() - 1; i++) {
        if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
          starts[k++] = i;
          i++;
        }
      }
    }
    return new Offsets(starts, text.length());
  }

  /** The code point offset of a UTF-16 index. */
  public int toCodePoint(int utf16) {
    if (utf16 < 0 || utf16 > length) {
      throw new IllegalArgumentException("index " + utf16 + " outside text of length " + length);
    }
    if (surrogateStarts.length == 0) {
      return utf16;
    }
    // Every surrogate pair wholly before the index counts one char fewer.
    int pairs = lowerBound(utf16 - 1);
    return utf16 - pairs;
  }

  /** The UTF-16 index of a code point offset. */
  public int toUtf16(int codePoint) {
    if (surrogateStarts.length == 0) {
      if (codePoint < 0 || codePoint > length) {
        throw new IllegalArgumentException("offset " + codePoint + " outside text of length " + length);
      }
      return codePoint;
    }
    int index = codePoint;
    for (int s : surrogateStarts) {
      if (s < index) {
        index++;
      } else {
        break;
      }
    }
    if (codePoint < 0 || index > length) {
      throw new IllegalArgumentException("offset " + codePoint + " outside text");
    }
    return index;
  }

  public Span toCodePoints(Span span) {
    return new Span(toCodePoint(span.start()), toCodePoint(span.end()));
  }

  public Span toUtf16(Span span) {
    return new Span(toUtf16(span.start()), toUtf16(span.end()));
  }

  // number of surrogate starts < bound
  private int lowerBound(int bound) {
    int lo = 0;
    int hi = surrogateStarts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (surrogateStarts[mid] < bound) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
