package org.quotetrace.bench.corpus;

/**
 * A word of a quote and where it came from: the source turn and the offsets of the word (with its
 * punctuation) in the source text, or -1 for words that the article added.
 */
final class Tok {
  String word;
  String tail;
  final Pos pos;
  final int turn;
  final int start;
  final int end;
  /** Whether the word was swapped for a synonym. */
  boolean reworded;

  Tok(String word, String tail, Pos pos, int turn, int start, int end) {
    this.word = word;
    this.tail = tail;
    this.pos = pos;
    this.turn = turn;
    this.start = start;
    this.end = end;
  }

  /** A word the article added: an ellipsis, a bracket, an invented word. */
  static Tok added(String word, String tail) {
    return new Tok(word, tail, Pos.NONE, -1, -1, -1);
  }

  boolean fromSource() {
    return turn >= 0;
  }

  Tok copy() {
    Tok t = new Tok(word, tail, pos, turn, start, end);
    t.reworded = reworded;
    return t;
  }

  /** Whether a sentence ends after this word. */
  boolean endsSentence() {
    return tail.endsWith(".") || tail.endsWith("?") || tail.endsWith("!");
  }

  @Override
  public String toString() {
    return word + tail;
  }
}
