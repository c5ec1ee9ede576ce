package org.quotetrace.trace;

import java.util.List;
import java.util.Objects;
import org.quotetrace.text.Span;

/**
 * What the sources hold for one quote unit: how closely they support it, and where.
 *
 * <p>A finding without support can still carry a lead: the best word alignment, which was not
 * close enough to settle the unit but tells the meaning stage where to look.
 *
 * @param unit the quote sentence looked for
 * @param support verbatim, edited or paraphrase; null while the unit is unsupported
 * @param similarity the evidence for {@code support} in [0, 1]; 0 when unsupported
 * @param source the source of the alignment or passage, or null when nothing was found
 * @param passage the passage a paraphrase was found in, or null
 * @param alignment the unit's words aligned to the source, or null
 * @param skipped source words inside the aligned stretch that the quote leaves out
 * @param unsupportedParts parts of a supported unit its match does not cover: "We want an
 *     agreement, but not at any price" where the source has only "We want an agreement"
 */
record Finding(Unit unit, Support support, double similarity, SourceText source,
    SourceText.Passage passage, Aligner.Alignment alignment, List<Gap> skipped,
    List<Span> unsupportedParts) {

  /**
   * Source words left out inside an aligned stretch, as word indices {@code [from, to)} of the
   * source.
   *
   * @param join whether the gap joins pieces far apart (a sentence boundary or several content
   *     words skipped) rather than trimming a word or two
   */
  record Gap(int from, int to, boolean join) {
    Gap {
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("bad gap [" + from + ", " + to + ")");
      }
    }
  }

  Finding {
    Objects.requireNonNull(unit, "unit");
    skipped = List.copyOf(skipped);
    unsupportedParts = List.copyOf(unsupportedParts);
    if (support != null && (source == null || alignment == null && passage == null)) {
      throw new IllegalArgumentException("a supported unit needs a source and a place in it");
    }
  }

  /** Nothing found: no source holds enough of the unit's words to align. */
  static Finding none(Unit unit) {
    return new Finding(unit, null, 0, null, null, null, List.of(), List.of());
  }

  /** An alignment that did not settle the unit, kept as a lead for the meaning stage. */
  static Finding lead(Unit unit, SourceText source, Aligner.Alignment alignment,
      List<Gap> skipped) {
    return new Finding(unit, null, 0, source, null, alignment, skipped, List.of());
  }

  boolean supported() {
    return support != null;
  }

  /** First source word the finding covers, or -1 when unsupported. */
  int sourceFrom() {
    if (!supported()) {
      return -1;
    }
    if (support == Support.PARAPHRASE && passage != null) {
      return passage.from();
    }
    return alignment.sourceFrom();
  }

  /** End of the source words the finding covers, or -1 when unsupported. */
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
