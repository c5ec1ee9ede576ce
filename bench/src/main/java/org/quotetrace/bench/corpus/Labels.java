package org.quotetrace.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import org.quotetrace.bench.corpus.ArticleDraft.Placed;
import org.quotetrace.bench.corpus.ArticleDraft.Rendered;

/**
 * The labels of a rendered article's quotes: where each stands, where its words come from, and how
 * it was edited.
 *
 * <p>Offsets are Unicode code points. Every word the generator writes is in the Basic Multilingual
 * Plane, so UTF-16 indices are code points already; {@link #requireBmp} guards that.
 */
final class Labels {
  private Labels() {}

  /** Where a run of a quote's words comes from, and where it stands in the article. */
  record Part(int turn, int sourceStart, int sourceEnd, int start, int end) {}

  /**
   * One article quote.
   *
   * @param id "article#k", k counting the article's quotes from 0
   * @param start first code point of the quoted words, after the opening mark
   * @param end end of the quoted words, before the closing mark
   * @param speaker the person the article names
   * @param sourceSpeaker who said the words in the source (differs when misattributed)
   * @param source, sourceStart, sourceEnd, turn: the part of the quote with most words, or null
   *     when invented
   * @param cluster "source#turn": quotes of the same statement share it; null when invented
   * @param parts every run of source words when there are several (stitched, reordered across a
   *     gap, or words of another turn), else empty
   * @param copyOf the id of the quote a wire copy's quote copies, or null
   */
  record QuoteLabel(String id, String article, int start, int end, String text, String speaker,
      List<String> edits, String source, Integer sourceStart, Integer sourceEnd, Integer turn,
      String cluster, String sourceSpeaker, List<Part> parts, String copyOf) {}

  static List<QuoteLabel> of(String article, Rendered rendered) {
    requireBmp(article, rendered.text());
    List<QuoteLabel> out = new ArrayList<>(rendered.quotes().size());
    int k = 0;
    for (Placed p : rendered.quotes()) {
      QuoteDraft q = p.quote();
      q.id = article + "#" + k++;
      List<Part> runs = runs(p);
      Part main = null;
      int mainWords = 0;
      for (Part run : runs) {
        // A wire copy's quote stays with the turn of the quote it copies.
        int words = q.clusterTurn < 0 || run.turn() == q.clusterTurn ? wordsIn(p, run) : 0;
        if (words > mainWords) {
          main = run;
          mainWords = words;
        }
      }
      if (main != null) {
        q.clusterTurn = main.turn();
      }
      List<String> edits = q.edits.stream().map(Edit::id).toList();
      String text = rendered.text().substring(p.start(), p.end());
      if (main == null || q.source == null) {
        out.add(new QuoteLabel(q.id, article, p.start(), p.end(), text, q.speaker.name(), edits,
            null, null, null, null, null, null, List.of(), q.copyOf));
      } else {
        out.add(new QuoteLabel(q.id, article, p.start(), p.end(), text, q.speaker.name(), edits,
            q.source, main.sourceStart(), main.sourceEnd(), main.turn(),
            q.source + "#" + main.turn(), q.sourceSpeaker.name(),
            runs.size() > 1 ? runs : List.of(), q.copyOf));
      }
    }
    return out;
  }

  /**
   * Runs of source words. Words that follow each other in the source form one run; so do words
   * of one turn with only an ellipsis or a bracket between them (a cut or a clarification), and
   * two sentences of a turn quoted in the opposite order.
   */
  private static List<Part> runs(Placed p) {
    List<Tok> toks = p.quote().toks;
    List<int[]> raw = new ArrayList<>(); // turn, srcStart, srcEnd, firstTok, lastTok, joined
    int joiners = 0;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (!t.fromSource()) {
        joiners++;
        continue;
      }
      int[] last = raw.isEmpty() ? null : raw.get(raw.size() - 1);
      boolean follows = last != null && last[0] == t.turn && last[4] == i - 1 && t.start == last[2] + 1;
      if (follows) {
        last[2] = t.end;
        last[4] = i;
      } else {
        raw.add(new int[] {t.turn, t.start, t.end, i, i, joiners > 0 && last != null ? 1 : 0});
      }
      joiners = 0;
    }
    List<int[]> merged = new ArrayList<>();
    for (int[] run : raw) {
      int[] prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      boolean sameTurn = prev != null && prev[0] == run[0];
      boolean cut = sameTurn && run[5] == 1 && run[1] > prev[2];
      boolean swapped = sameTurn && run[2] + 1 == prev[1];
      if (cut || swapped) {
        prev[1] = Math.min(prev[1], run[1]);
        prev[2] = Math.max(prev[2], run[2]);
        prev[4] = run[4];
      } else {
        merged.add(run);
      }
    }
    List<Part> out = new ArrayList<>(merged.size());
    for (int[] m : merged) {
      out.add(new Part(m[0], m[1], m[2], p.tokStart()[m[3]], p.tokEnd()[m[4]]));
    }
    return out;
  }

  private static int wordsIn(Placed p, Part run) {
    int n = 0;
    for (int i = 0; i < p.tokStart().length; i++) {
      if (p.tokStart()[i] >= run.start() && p.tokEnd()[i] <= run.end()) {
        n++;
      }
    }
    return n;
  }

  /** Fails on a character outside the Basic Multilingual Plane: a vocabulary bug. */
  static void requireBmp(String doc, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        throw new IllegalStateException(doc + ": character outside the BMP at " + i
            + "; the generator's offsets assume UTF-16 indices are code points");
      }
    }
  }
}
