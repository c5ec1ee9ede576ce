package org.quotetrace.trace;

import org.quotetrace.text.Span;

/**
 * One sentence of a quote, between ellipses: the unit that is looked for in the sources. Holds the
 * finding while a quote is judged; not shared.
 */
final class Unit {
  final int segment;
  final Span span;
  /** Article word indices, bracketed insertions left out. */
  final int[] tokens;
  /** The resolved speaker of the quote the unit belongs to, or null. */
  final String speaker;

  Support support;
  double similarity;
  SourceText source;
  /** The passage chosen for a paraphrase. */
  SourceText.Passage passage;
  Aligner.Alignment alignment;
  /** Source word ranges skipped inside the aligned region: [from, to, big ? 1 : 0]. */
  java.util.List<int[]> skipped = java.util.List.of();
  /**
   * Parts of a supported unit that its match does not cover: "We want an agreement, but not at
   * any price" where the source has only "We want an agreement".
   */
  java.util.List<Span> unsupportedParts = java.util.List.of();

  Unit(int segment, Span span, int[] tokens, String speaker) {
    this.segment = segment;
    this.span = span;
    this.tokens = tokens;
    this.speaker = speaker;
  }

  boolean supported() {
    return support != null;
  }

  /** First and last source word the unit covers, or -1 when unsupported. */
  int sourceFrom() {
    if (!supported()) {
      return -1;
    }
    if (support == Support.PARAPHRASE && passage != null) {
      return passage.from();
    }
    return alignment.sourceFrom();
  }

  int sourceTo() {
    if (!supported()) {
      return -1;
    }
    if (support == Support.PARAPHRASE && passage != null) {
      return passage.to();
    }
    return alignment.sourceTo();
  }
}
