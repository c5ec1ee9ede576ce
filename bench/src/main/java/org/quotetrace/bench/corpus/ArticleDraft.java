package org.quotetrace.bench.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as paragraphs of prose and quotes, kept in that form rather than as text so that a
 * wire copy can change a quote and be rendered again with every label still exact.
 */
final class ArticleDraft {
  /** A run of text in a paragraph. */
  sealed interface Piece permits Prose, Quoted {}

  /** Reporter's words, spaces included. */
  record Prose(String text) implements Piece {}

  /**
   * A quote between marks.
   *
   * @param end the mark that ends the quote's words: ',' when the cue follows, '.' after a colon
   *     or alone, {@link QuoteDraft#NO_MARK} after "said that"
   */
  record Quoted(QuoteDraft quote, char open, char close, char end) implements Piece {}

  /**
   * A paragraph; {@code optional} when an editor could drop it without harm (background, not a
   * quote and not the lead).
   */
  record Paragraph(List<Piece> pieces, boolean optional) {}

  final List<Paragraph> paragraphs = new ArrayList<>();
  String title;
  Topic topic;
  /** Ids of the transcripts it quotes. */
  List<String> sources = List.of();
  /** Set on wire copies. */
  String copyOf;
  Outlet outlet;
  Instant published;

  /** Rendered text with the place of each quote, filled by {@link #render()}. */
  record Rendered(String text, List<Placed> quotes) {}

  /**
   * Where a quote landed: its words' span and each token's span (UTF-16 indices; the generator
   * writes BMP text only, see {@link Labels}).
   */
  record Placed(QuoteDraft quote, int start, int end, int[] tokStart, int[] tokEnd) {}

  Rendered render() {
    StringBuilder sb = new StringBuilder(4096);
    List<Placed> placed = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      for (Piece piece : p.pieces()) {
        if (piece instanceof Prose x) {
          sb.append(x.text());
        } else if (piece instanceof Quoted q) {
          sb.append(q.open());
          int start = sb.length();
          List<Tok> toks = q.quote().toks;
          int[] ts = new int[toks.size()];
          int[] te = new int[toks.size()];
          for (int i = 0; i < toks.size(); i++) {
            if (i > 0) {
              sb.append(' ');
            }
            ts[i] = sb.length();
            Tok t = toks.get(i);
            sb.append(t.word).append(t.tail);
            te[i] = sb.length();
          }
          placed.add(new Placed(q.quote(), start, sb.length(), ts, te));
          sb.append(q.close());
        }
      }
    }
    return new Rendered(sb.toString(), placed);
  }

  /** The length a paragraph adds to the rendered text, its separator included. */
  static int length(Paragraph p) {
    int n = 2;
    for (Piece piece : p.pieces()) {
      if (piece instanceof Prose x) {
        n += x.text().length();
      } else if (piece instanceof Quoted q) {
        n += 1 + q.quote().toks.size();
        for (Tok t : q.quote().toks) {
          n += t.word.length() + t.tail.length();
        }
      }
    }
    return n;
  }
}
