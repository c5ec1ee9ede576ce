package org.quotetrace.attribution;

/** The BIO labels: outside, then begin and inside for source, cue and content. */
final class Labels {
  static final int O = 0;
  static final int SOURCE = 1;
  static final int CUE = 3;
  static final int CONTENT = 5;
  static final int COUNT = 7;

  private Labels() {}

  /** SOURCE, CUE or CONTENT for a B or I label, O for O. */
  static int type(int label) {
    return label == O ? O : label - ((label - 1) % 2);
  }

  static boolean inside(int label) {
    return label != O && (label - 1) % 2 == 1;
  }

  /** An inside label may only continue a span of its own type. */
  static boolean allowed(int prev, int label) {
    return !inside(label) || (prev != O && type(prev) == type(label));
  }
}
