package org.quotetrace.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs, sentences and tokens of a text, each as spans into it. Tokens are kept as parallel
 * int arrays because a 200-page transcript has hundreds of thousands of them.
 */
public final class Segmentation {
  private final String text;
  private final List<Span> paragraphs;
  private final List<Span> sentences;
  private final int[] tokenStarts;
  private final int[] tokenEnds;

  Segmentation(String text, List<Span> paragraphs, List<Span> sentences, int[] starts, int[] ends) {
    this.text = text;
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = List.copyOf(sentences);
    this.tokenStarts = starts;
    this.tokenEnds = ends;
  }

  public String text() {
    return text;
  }

  public List<Span> paragraphs() {
    return paragraphs;
  }

  public List<Span> sentences() {
    return sentences;
  }

  public int tokenCount() {
    return tokenStarts.length;
  }

  public Span token(int i) {
    return new Span(tokenStarts[i], tokenEnds[i]);
  }

  public String tokenText(int i) {
    return text.substring(tokenStarts[i], tokenEnds[i]);
  }

  public List<Span> tokens() {
    List<Span> out = new ArrayList<>(tokenStarts.length);
    for (int i = 0; i < tokenStarts.length; i++) {
      out.add(new Span(tokenStarts[i], tokenEnds[i]));
    }
    return out;
  }

  /** Index of the first token that ends after {@code offset}, or {@link #tokenCount()}. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = tokenEnds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokenEnds[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
