package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.List;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.text.Document;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;
import org.quotetrace.text.Turn;

/**
 * A source prepared for tracing: its words, who says each of them, and its passages (sentences,
 * and the clauses of long sentences) as the places a quote can come from.
 */
final class SourceText {
  final int index;
  final Document doc;
  final Words words;
  /** Per word: who says it, the narrator, or unknown when the source does not say. */
  final Voice[] speaker;
  /** Per word: which stretch of one speaker it belongs to, so matches can be split at turns. */
  final int[] voice;
  /** Per word: inside a transcript turn or SOT block, the primary record of what was said. */
  final boolean[] inTurn;
  final List<Passage> sentences = new ArrayList<>();
  /** The fewest words a sentence of function words only must have to be a place of its own. */
  static final int PLAIN_SENTENCE = 3;
  private final boolean voiced;
  final List<Passage> clauses = new ArrayList<>();

  /**
   * A sentence or clause of a source.
   *
   * @param ordinal position among the source's sentences (a clause has its sentence's)
   */
  record Passage(SourceText source, int ordinal, int from, int to, Span span, Voice speaker,
      boolean clause) {
    String text() {
      return span.text(source.doc.text());
    }
  }

  SourceText(int index, Extraction extraction) {
    this.index = index;
    this.doc = extraction.document();
    String text = doc.text();
    this.words = Words.of(text, 0, text.length());
    this.speaker = new Voice[words.size];
    this.voice = new int[words.size];
    this.inTurn = new boolean[words.size];
    // Narration is a voice only where the source separates speakers: in a transcript or script the
    // words outside turns are the reporter's; in a speech text with no labels we cannot tell.
    voiced = !doc.turns().isEmpty();
    java.util.Arrays.fill(speaker, voiced ? Voice.NARRATOR : Voice.UNKNOWN);
    int v = 1;
    List<Span> turnSpans = new ArrayList<>();
    for (Quote q : extraction.speech()) {
      int f = words.firstAtOrAfter(q.span().start());
      int t = words.endAtOrBefore(q.span().end());
      // Only a resolved name: "the minister" or "they" is nobody to compare names with.
      Voice who = Voice.of(q.speaker());
      for (int i = f; i < t; i++) {
        speaker[i] = who;
        voice[i] = v;
      }
      v++;
      if (q.turn()) {
        turnSpans.add(q.span());
        for (int i = f; i < t; i++) {
          inTurn[i] = true;
        }
        quotedInTurn(text, q.span());
      }
    }
    for (Turn t : doc.turns()) {
      if (t.label() != null) {
        Span label = new Span(t.label().start(), t.content().start());
        turnSpans.add(label);
        for (int i = words.firstAtOrAfter(label.start()); i < words.endAtOrBefore(label.end());
            i++) {
          words.label[i] = true;
        }
      }
    }
    turnSpans.sort(null);
    // Passages: the sentences of each turn, and of the narration between turns.
    List<Span> regions = new ArrayList<>();
    for (Span p : Segmenter.paragraphs(text)) {
      int cursor = p.start();
      for (Span ts : turnSpans) {
        if (ts.end() <= cursor || ts.start() >= p.end()) {
          continue;
        }
        if (ts.start() > cursor) {
          regions.add(new Span(cursor, ts.start()));
        }
        cursor = Math.max(cursor, ts.end());
      }
      if (cursor < p.end()) {
        regions.add(new Span(cursor, p.end()));
      }
    }
    for (Quote q : extraction.speech()) {
      if (q.turn()) {
        regions.add(q.span());
      }
    }
    regions.sort(null);
    List<Span> spans = new ArrayList<>();
    for (Span r : regions) {
      // A turn can run over several paragraphs; sentences never cross a line break.
      int s = r.start();
      for (int i = r.start(); i <= r.end(); i++) {
        if (i == r.end() || text.charAt(i) == '\n') {
          if (i > s) {
            Segmenter.sentences(text, trim(text, s, i), spans);
          }
          s = i + 1;
        }
      }
    }
    for (Span s : spans) {
      int f = words.firstAtOrAfter(s.start());
      int t = words.endAtOrBefore(s.end());
      // A retort of function words only ("You were in it!") is still something said and quoted;
      // a word or two ("Yes.", "I did.") is too little to tell one place from another.
      if (t - f < 1 || words.contentCount(f, t) == 0 && words.saidCount(f, t) < PLAIN_SENTENCE) {
        continue;
      }
      Passage sentence = new Passage(this, sentences.size(), f, t, span(f, t), majority(f, t),
          false);
      sentences.add(sentence);
      addClauses(sentence);
    }
  }

  /** Longest quotation inside a turn looked for: a speaker's quote of someone is a line or two. */
  private static final int MAX_QUOTED = 600;

  /**
   * Words a speaker quotes in their turn ("He said, "I was at my sister's all night."") were said
   * first by someone else: they are nobody's in particular here, so that an article quoting them
   * as the person quoted is not told they are the speaker's. Only double marks: a single one is
   * as often an apostrophe.
   */
  private void quotedInTurn(String text, Span turn) {
    int i = turn.start();
    while (i < turn.end()) {
      char c = text.charAt(i);
      char close = c == '“' ? '”' : c == '"' ? '"' : 0;
      if (close == 0) {
        i++;
        continue;
      }
      int limit = Math.min(turn.end(), i + MAX_QUOTED);
      int j = i + 1;
      while (j < limit && text.charAt(j) != close && text.charAt(j) != '\n') {
        j++;
      }
      if (j >= limit || text.charAt(j) != close) {
        i++;
        continue;
      }
      for (int k = words.firstAtOrAfter(i + 1); k < words.endAtOrBefore(j); k++) {
        speaker[k] = Voice.UNKNOWN;
      }
      i = j + 1;
    }
  }

  private static Span trim(String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  /** Sentence vectors of this source's passages, by span, kept while the source is reused. */
  final java.util.Map<Span, float[]> vectors = new java.util.concurrent.ConcurrentHashMap<>();

  private java.util.Map<String, List<Integer>> seeds;

  /** Where each run of three word forms starts, for finding reuse; built once per source. */
  synchronized java.util.Map<String, List<Integer>> seeds() {
    if (seeds == null) {
      java.util.Map<String, List<Integer>> m = new java.util.HashMap<>();
      for (int i = 0; i + 2 < words.size; i++) {
        m.computeIfAbsent(words.trigram(i), k -> new ArrayList<>()).add(i);
      }
      seeds = m;
    }
    return seeds;
  }

  private final java.util.Map<String, boolean[]> preferred =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The words said by someone who can be {@code who}, or null when {@code who} is unknown. */
  boolean[] saidBy(Voice who) {
    if (who.name() == null) {
      return null;
    }
    // Only the name decides who can be the same person: one answer per name.
    return preferred.computeIfAbsent(who.name(), w -> {
      boolean[] mine = new boolean[words.size];
      // A turn's words share one voice: compared once a run, not once a word.
      Voice last = null;
      boolean same = false;
      for (int i = 0; i < words.size; i++) {
        if (speaker[i] != last) {
          last = speaker[i];
          same = !(last instanceof Voice.Unknown) && Speakers.same(who, last);
        }
        // Where a script quotes an answer in its narration and also carries the answer itself,
        // the answer is the source.
        mine[i] = same && (inTurn[i] || !voiced);
      }
      return mine;
    });
  }

  /**
   * The words of the whole sentences that words {@code [from, to)} lie in: a match found in part
   * of a sentence, read in its sentences ({@code to} no greater than {@code from} reads the
   * sentence of {@code from}).
   */
  Span sentencesAround(int from, int to) {
    return new Span(sentenceAt(from).from(), sentenceAt(Math.max(from, to - 1)).to());
  }

  /**
   * The last sentence that starts at or before word {@code w}; the first sentence when none does.
   * Sentences are in text order, so this is a binary search.
   */
  Passage sentenceAt(int w) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).from() <= w) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return sentences.get(lo);
  }

  Span span(int from, int to) {
    return new Span(words.start[from], words.end[to - 1]);
  }

  // Voices are counted by name: two quotes of one person are one voice, whatever their mentions.
  private Voice majority(int from, int to) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    Voice best = Voice.UNKNOWN;
    int bestCount = 0;
    for (int i = from; i < to; i++) {
      String key = switch (speaker[i]) {
        case Voice.Unknown u -> "\u0000unknown";
        case Voice.Narrator n -> "\u0000narrator";
        case Voice.Named n -> n.name();
      };
      int c = counts.merge(key, 1, Integer::sum);
      if (c > bestCount) {
        bestCount = c;
        best = speaker[i];
      }
    }
    return best;
  }

  // Long sentences hold several statements; a quote often reproduces only one of them, and the
  // meaning of a short quote is diluted in the embedding of a long sentence.
  private void addClauses(Passage sentence) {
    if (sentence.to - sentence.from < 14) {
      return;
    }
    String text = doc.text();
    List<Integer> cuts = new ArrayList<>();
    for (int i = sentence.from + 4; i < sentence.to - 4; i++) {
      // Forms of one written word ("we're") share its span: nothing stands between them.
      String between = words.end[i - 1] >= words.start[i] ? ""
          : text.substring(words.end[i - 1], words.start[i]);
      boolean cut = between.contains(";") || between.contains(":") || between.contains("—")
          || between.contains(" – ")
          || between.contains(",") && CLAUSE_OPENERS.contains(words.norm[i]);
      if (cut && (cuts.isEmpty() || i - cuts.get(cuts.size() - 1) >= 4)) {
        cuts.add(i);
      }
    }
    if (cuts.isEmpty()) {
      return;
    }
    int f = sentence.from;
    cuts.add(sentence.to);
    for (int c : cuts) {
      if (c - f >= 3 && words.contentCount(f, c) > 0) {
        clauses.add(new Passage(this, sentence.ordinal, f, c, span(f, c), majority(f, c), true));
      }
      f = c;
    }
  }

  private static final java.util.Set<String> CLAUSE_OPENERS =
      java.util.Set.of("but", "and", "while", "which", "so", "because", "although", "though",
          "yet", "whereas", "however", "if", "then");
}
