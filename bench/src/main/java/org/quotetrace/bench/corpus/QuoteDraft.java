package org.quotetrace.bench.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A quote being made for an article: its words, who the article says spoke them, and how it was
 * made. Mutable until the article is rendered; a wire copy works on a {@link #copy()}.
 */
final class QuoteDraft {
  /**
   * For {@link #endWith}: no punctuation inside the marks, as after "said that" where the full
   * stop follows the closing mark.
   */
  static final char NO_MARK = 0;

  final List<Tok> toks;
  /** Who the article names; somebody else than {@link #sourceSpeaker} when misattributed. */
  Person speaker;
  /** Who said the words in the source, or the speaker of an invented quote. */
  final Person sourceSpeaker;
  /** The id of the transcript the words come from, or null when invented. */
  final String source;
  final EnumSet<Edit> edits;
  /** "article#k" once the quote is placed in a rendered article. */
  String id;
  /** The id of the quote this one copies, in a wire copy. */
  String copyOf;
  /**
   * The source turn of its label's cluster once labelled, or -1. A wire copy keeps it, so that
   * the copy stays in the cluster of the quote it copies however it is cut.
   */
  int clusterTurn = -1;

  QuoteDraft(List<Tok> toks, Person speaker, Person sourceSpeaker, String source, EnumSet<Edit> edits) {
    this.toks = toks;
    this.speaker = speaker;
    this.sourceSpeaker = sourceSpeaker;
    this.source = source;
    this.edits = edits;
  }

  QuoteDraft copy() {
    List<Tok> t = new ArrayList<>(toks.size());
    for (Tok x : toks) {
      t.add(x.copy());
    }
    QuoteDraft q = new QuoteDraft(t, speaker, sourceSpeaker, source, EnumSet.copyOf(edits));
    q.copyOf = id;
    q.clusterTurn = clusterTurn;
    return q;
  }

  void edit(Edit e) {
    edits.add(e);
    if (e != Edit.VERBATIM) {
      edits.remove(Edit.VERBATIM);
    }
  }

  boolean hasWordsOf(int turn) {
    for (Tok t : toks) {
      if (t.turn == turn) {
        return true;
      }
    }
    return false;
  }

  Tok last() {
    return toks.get(toks.size() - 1);
  }

  /**
   * Ends the quote the way its attribution needs: with a comma when the cue follows ("…," she
   * said), with a full stop when it stands after a colon or alone, with nothing when it ends a
   * sentence of reported speech. Question marks stay, except there.
   */
  void endWith(char mark) {
    Tok t = last();
    String tail = t.tail;
    if (mark != NO_MARK && (tail.endsWith("?") || tail.endsWith("!"))) {
      return;
    }
    String stripped = tail;
    while (!stripped.isEmpty() && ".,;:?!".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    t.tail = mark == NO_MARK ? stripped : stripped + mark;
  }

  int sentences() {
    int n = 0;
    for (int i = 0; i < toks.size() - 1; i++) {
      if (toks.get(i).endsSentence()) {
        n++;
      }
    }
    return n + 1;
  }
}
