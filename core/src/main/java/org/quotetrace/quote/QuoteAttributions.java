package org.quotetrace.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.Form;
import org.quotetrace.text.Span;

/**
 * Attributions of a text completed with what the quote finder knows of the same text. The
 * attribution labeller reads a paragraph at a time and no quote's speaker; the quote finder's
 * speaker ranker reads the paragraphs around a quote and is right about nine times in ten. So a
 * labelled attribution whose content holds a quote takes the quote's speaker when it has no source
 * of its own, and a quote that no labelled content holds becomes an attribution when it reads as
 * a quote followed by its attribution.
 *
 * <p>Both lists must come from the same text; spans are UTF-16 indices, as both finders give them.
 */
public final class QuoteAttributions {
  private QuoteAttributions() {}

  /**
   * The attributions {@code found} completed with the quotes of {@code quotes}, in text order of
   * their content.
   */
  public static List<Attribution> complete(Extraction quotes, List<Attribution> found) {
    String text = quotes.document().text();
    Quote[] top = quotes.quotes().stream()
        .filter(q -> !q.isNested())
        .sorted(Comparator.comparingInt((Quote q) -> q.span().start()))
        .toArray(Quote[]::new);
    int[] ends = new int[top.length];
    int reach = 0;
    for (int i = 0; i < top.length; i++) {
      // Top-level quotes do not nest, but a quote run over paragraphs may; the running maximum
      // keeps the search below correct either way.
      reach = Math.max(reach, top[i].span().end());
      ends[i] = reach;
    }
    boolean[] held = new boolean[top.length];
    List<Attribution> out = new ArrayList<>(found.size());
    for (Attribution a : found) {
      Span content = a.content();
      Quote speech = null;
      Quote other = null;
      for (int i = firstEndingAfter(ends, content.start()); i < top.length && top[i].span().start() < content.end(); i++) {
        Quote q = top[i];
        if (q.kind() == QuoteKind.SPEECH && 2 * q.span().intersection(content) >= q.span().length()) {
          held[i] = true;
          if (speech == null) {
            speech = q;
          }
        } else if (q.kind() != QuoteKind.SPEECH && 10 * q.span().intersection(content) >= 8 * words(text, content).length()) {
          other = q;
        }
      }
      Span source = a.source();
      if (source == null) {
        // A content that is a title, a name or a scare-quoted term, with nobody to say it, is no
        // attribution: on train's held-out folds such contents were right 0 times in 62.
        if (other != null) {
          continue;
        }
        // The labeller found no source; the speaker ranker's, when a cue next to the quote gave it,
        // is the gold source 88 times in 141 on train's held-out folds (source F1 +0.25 point
        // there). Speakers found elsewhere in the paragraph are right less often than wrong; a
        // continuing speaker's mention is the previous paragraph's, a source there already.
        if (speech != null && speech.speaker() != null && speech.speaker().mention() != null
            && speech.speaker().basis() == Speaker.Basis.CUE) {
          source = speech.speaker().mention().span();
        }
      }
      out.add(source == a.source() ? a : new Attribution(a.content(), source, a.cue(), a.form()));
    }
    for (int i = 0; i < top.length; i++) {
      Quote q = top[i];
      if (!held[i] && q.kind() == QuoteKind.SPEECH && attributedAfter(text, q)) {
        // A speaker found elsewhere in the paragraph is the gold source less often than not; the
        // quote is the attribution all the same (source F1 +0.04 point on the folds without it).
        Speaker s = q.speaker();
        Span source = s.basis() == Speaker.Basis.CUE && s.mention() != null ? s.mention().span() : null;
        out.add(new Attribution(q.span(), source, q.cue() == null ? null : q.cue().span(), Form.DIRECT));
      }
    }
    out.sort(Comparator.comparing(Attribution::content));
    return out;
  }

  /**
   * Whether a quote no labelled content holds is still an attribution: its speaker was found by a
   * cue or in its paragraph, and it ends as a quote before its attribution does ("…,” she said;
   * "…?” he asked). On train's held-out folds such quotes were gold contents 139 times in 218; the
   * others (ending with a full stop or a word: headlines, slogans, terms) 24 times in 349.
   */
  static boolean attributedAfter(String text, Quote q) {
    Speaker s = q.speaker();
    if (s == null || (s.basis() != Speaker.Basis.CUE && s.basis() != Speaker.Basis.PARAGRAPH)) {
      return false;
    }
    Span span = q.span();
    if (span.isEmpty()) {
      return false;
    }
    char last = text.charAt(span.end() - 1);
    return last == ',' || last == '!' || last == '?';
  }

  /** The span without anything but letters and digits at its ends, as attributions are scored. */
  private static Span words(String text, Span s) {
    int start = s.start();
    int end = s.end();
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /** The first index whose running end lies after {@code position}. */
  private static int firstEndingAfter(int[] ends, int position) {
    int i = Arrays.binarySearch(ends, position + 1);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && ends[i - 1] > position) {
      i--;
    }
    return i;
  }
}
