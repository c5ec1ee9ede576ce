package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotetrace.meaning.SentenceEncoder;

/**
 * A report matched to the words of someone who asked its speaker a question, read against the
 * answer its speaker gave. A writer reports an answer in the terms of the question ("the maternity
 * ward at Calder Bridge hospital will open again on June 1" for the host's "the maternity ward at
 * Calder Bridge hospital has been shut. When will it open?" and the minister's "the ward will
 * reopen on the first of June"): the question shares most of the report's words and is nearest in
 * meaning, though it is the answer that says the thing. The answer decides:
 *
 * <ul>
 *   <li>it says the thing: the answer is the report's match;
 *   <li>it refuses what the question put ("people say the canteen is going to a contractor" and
 *       "we looked at it and decided against it"): the report is unsupported, with the reason;
 *   <li>neither: the questioner's words stay the match, flagged as someone else's.
 * </ul>
 */
final class Answers {
  private Answers() {}

  // An answer nearly as close in meaning as a report's match by the thresholds' many words: it
  // keeps fewer of the report's words than the question did. Chosen on the dev split of the
  // labelled cases: the minister's "the ward will reopen on the first of June" scores 0.54
  // against the report of it; a chief executive's answer to a packer that does not take up her
  // words ("Calder has 340 people today and it will have about 340 people in two years") 0.48.
  static final double ANSWER_MEANING = 0.5;

  /**
   * What a finding becomes once the answer is read.
   *
   * @param finding the answer's finding when it says the thing, else the one given
   * @param rejection why the report is unsupported when the answer refuses it, else null
   */
  record Read(Finding finding, String rejection) {}

  /**
   * The finding read against the answer: unchanged unless it is matched, or its closest words
   * are, in a questioner's turn (another speaker's words, in a turn that asks something) answered
   * straight after by the report's own, named, speaker.
   */
  static Read read(SentenceEncoder encoder, Words a, Finding f) {
    Read same = new Read(f, null);
    Unit u = f.unit();
    if (f.source() == null || f.passage() == null && f.alignment() == null
        || !(u.speaker() instanceof Voice.Named)) {
      return same;
    }
    SourceText s = f.source();
    int at = firstWord(f);
    if (at < 0 || s.voice[at] == 0 || Speakers.same(u.speaker(), s.speaker[at])) {
      return same;
    }
    int v = s.voice[at];
    int lo = at;
    while (lo > 0 && s.voice[lo - 1] == v) {
      lo--;
    }
    int hi = at;
    while (hi < s.words.size && s.voice[hi] == v) {
      hi++;
    }
    List<SourceText.Passage> asked = sentencesIn(s, lo, hi);
    // The next speaker's name, in a transcript's label, is nobody's words.
    while (hi < s.words.size && s.words.label[hi]) {
      hi++;
    }
    if (hi >= s.words.size) {
      return same;
    }
    boolean asks = asked.stream().anyMatch(Pool::isQuestion);
    int w = s.voice[hi];
    if (w == 0 || !(s.speaker[hi] instanceof Voice.Named)
        || !Speakers.same(u.speaker(), s.speaker[hi])) {
      return same;
    }
    int end = hi;
    while (end < s.words.size && s.voice[end] == w) {
      end++;
    }
    List<SourceText.Passage> answer = sentencesIn(s, hi, end);
    if (!asks) {
      String corrected = corrected(a, u, s, lo, hi, answer);
      return corrected == null ? same : new Read(f, corrected);
    }
    List<SourceText.Passage> places = new ArrayList<>();
    for (SourceText.Passage p : answer) {
      places.add(p);
      places.addAll(Pool.clausesOf(p));
      SourceText.Passage claim = complement(p);
      if (claim != null) {
        places.add(claim);
      }
    }
    if (places.isEmpty()) {
      return same;
    }
    Pool.encode(encoder, places);
    float[] uv = encoder.encodeAll(List.of(Pool.plain(a.text, u.span().start(), u.span().end())))
        .get(0);
    SourceText.Passage best = null;
    double bestCos = ANSWER_MEANING;
    for (SourceText.Passage p : places) {
      double cos = Pool.dot(uv, Pool.vector(p));
      if (cos >= bestCos && (Lexical.numbersAgree(a, u, p) || ordinalsAgree(a, u, p))
          && Lexical.contradiction(a, u, p, false) == null) {
        bestCos = cos;
        best = p;
      }
    }
    if (best != null) {
      Aligner.Alignment al = Aligner.align(a, u.tokens(), s.words, best.from(), best.to(),
          s.saidBy(u.speaker()));
      // An answer that opens with "No" refuses what the question put, unless a sentence of it
      // says the report as closely as any match must ("No, it will reopen on June 1"): "Should
      // parents keep children at home? No, I wouldn't advise that. Children should keep their
      // inhalers with them" does not say parents should keep them at home, however near the
      // inhalers' sentence comes.
      if (!opensWithNo(s, hi) || Reported.THRESHOLDS.accept(bestCos,
          Lexical.coverage(a, u.tokens(), al))) {
        return new Read(new Finding(u, Support.PARAPHRASE, Math.min(1, bestCos), s, best, al,
            List.of(), List.of()), null);
      }
    }
    String refusal = refusal(a, u, s, hi, answer);
    return refusal == null ? same : new Read(f, refusal);
  }

  // How many times, said as one word.
  private static final java.util.Map<String, String> TIMES = java.util.Map.of("once", "1",
      "twice", "2", "thrice", "3");
  // The first words of an answer that may give its own figure: "Three times, if you count …",
  // "Well, five.", "Actually four".
  private static final int OPENING_WORDS = 3;

  /**
   * An interviewer's statement (no question) with a figure, answered straight after by the
   * report's speaker with another figure in the answer's first words ("Stenfield have beaten you
   * twice this season now." "Three times, if you count the friendly."): the report of the
   * interviewer's figure as the speaker's is what the speaker corrected. The reason, else null.
   */
  static String corrected(Words a, Unit u, SourceText s, int lo, int hi,
      List<SourceText.Passage> answer) {
    Set<String> mine = new HashSet<>();
    for (int k : u.tokens()) {
      String x = figure(a.norm[k]);
      if (x != null) {
        mine.add(x);
      }
    }
    Set<String> put = new HashSet<>();
    for (int i = lo; i < hi; i++) {
      String x = figure(s.words.norm[i]);
      if (x != null && mine.contains(x)) {
        put.add(x);
      }
    }
    if (put.isEmpty() || answer.isEmpty()) {
      return null;
    }
    SourceText.Passage first = answer.get(0);
    for (int i = first.from(); i < first.to() && i < first.from() + OPENING_WORDS; i++) {
      String x = figure(s.words.norm[i]);
      if (x != null && !mine.contains(x)) {
        return "source: " + first.text().replaceAll("\\s+", " ").trim() + "; the speaker answered"
            + " the figure put to them with another";
      }
    }
    return null;
  }

  private static String figure(String norm) {
    return Norm.isNumeral(norm) ? norm : TIMES.get(norm);
  }

  /**
   * Whether every figure of the unit the passage lacks is a day of the month the passage says in
   * words: "June 1" for "the first of June", "March 23" for "the twenty-third of March".
   */
  static boolean ordinalsAgree(Words a, Unit u, SourceText.Passage p) {
    Set<Integer> days = new HashSet<>();
    Set<String> theirs = new HashSet<>();
    Words w = p.source().words;
    for (int i = p.from(); i < p.to(); i++) {
      theirs.add(w.norm[i]);
      // Words writes "twenty-third" and "the 23rd" as one form ("23rd"), and keeps "first" to
      // "third" as words.
      int day = Words.ordinalValue(w.norm[i]);
      if (day > 0) {
        days.add(day);
      }
    }
    boolean any = false;
    for (int k : u.tokens()) {
      String x = a.norm[k];
      if (!Norm.isNumeral(x) || theirs.contains(x)) {
        continue;
      }
      try {
        if (!days.contains(Integer.parseInt(x))) {
          return false;
        }
        any = true;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return any;
  }

  /** The most words before a complement's "that" that can frame it: "I can tell you today that". */
  static final int FRAME_WORDS = 8;

  /**
   * What an answer says after its speaker's frame: "the ward will reopen on the first of June" of
   * "I can tell your listeners today that the ward will reopen on the first of June". The frame
   * is not part of the claim a report repeats, and weighs on the sentence's meaning as a whole.
   * Null when the sentence has no "that" near its start with a clause of four words after it.
   */
  static SourceText.Passage complement(SourceText.Passage p) {
    Words w = p.source().words;
    for (int i = p.from() + 1; i < p.to() && i <= p.from() + FRAME_WORDS; i++) {
      if (w.norm[i].equals("that") && p.to() - i - 1 >= 4) {
        return new SourceText.Passage(p.source(), p.ordinal(), i + 1, p.to(),
            p.source().span(i + 1, p.to()), p.speaker(), true);
      }
    }
    return null;
  }

  /**
   * Whether passage {@code p} is someone other than {@code speaker} asking: words of a turn that
   * holds a question. What a question puts ("the ward has been shut for eight months. When will
   * it open?") is not what the one answering said, and contradicts no report of the answer.
   */
  static boolean asked(SourceText.Passage p, Voice speaker) {
    SourceText s = p.source();
    int v = s.voice[p.from()];
    if (v == 0 || speaker.name() == null || Speakers.same(speaker, s.speaker[p.from()])) {
      return false;
    }
    int lo = p.from();
    while (lo > 0 && s.voice[lo - 1] == v) {
      lo--;
    }
    int hi = p.from();
    while (hi < s.words.size && s.voice[hi] == v) {
      hi++;
    }
    return sentencesIn(s, lo, hi).stream().anyMatch(Pool::isQuestion);
  }

  /** The source word the finding starts at: its passage's first, or its first aligned word. */
  private static int firstWord(Finding f) {
    if (f.passage() != null) {
      return f.passage().from();
    }
    int first = -1;
    for (int t : f.alignment().to()) {
      if (t >= 0 && (first < 0 || t < first)) {
        first = t;
      }
    }
    return first;
  }

  private static List<SourceText.Passage> sentencesIn(SourceText s, int from, int to) {
    List<SourceText.Passage> out = new ArrayList<>();
    for (SourceText.Passage p : s.sentences) {
      if (p.from() >= from && p.to() <= to) {
        out.add(p);
      }
    }
    return out;
  }

  /** Content words of a report the question must hold and its matched answer lack. */
  static final int QUESTION_WORDS = 2;

  /**
   * The reason when a report matched in its speaker's own answer states what the question before
   * it put, and the answer opened with "No": "seagrass could be the answer to climate change",
   * matched to "Seagrass can help a little" of "Is seagrass the answer to climate change? No.
   * Seagrass can help a little". The report holds at least {@link #QUESTION_WORDS} content words
   * of the question that its match lacks, more than it shares with the match and at least half
   * its own, and denies nothing itself ("it was not the answer" is
   * the "No"). Null otherwise.
   */
  static String answeredNo(Words a, Finding f) {
    Unit u = f.unit();
    SourceText s = f.source();
    if (s == null || !(u.speaker() instanceof Voice.Named) || f.sourceFrom() < 0
        || f.sourceTo() <= f.sourceFrom()) {
      return null;
    }
    int at = firstWord(f);
    if (at < 0 || s.voice[at] == 0 || !Speakers.same(u.speaker(), s.speaker[at])) {
      return null;
    }
    int v = s.voice[at];
    int lo = at;
    while (lo > 0 && s.voice[lo - 1] == v) {
      lo--;
    }
    while (lo < at && s.words.label[lo]) {
      lo++;
    }
    int qhi = lo;
    while (qhi > 0 && (s.words.label[qhi - 1] || s.voice[qhi - 1] == v)) {
      qhi--;
    }
    if (!opensWithNo(s, lo) || qhi == 0 || s.voice[qhi - 1] == 0
        || Speakers.same(u.speaker(), s.speaker[qhi - 1])) {
      return null;
    }
    int w = s.voice[qhi - 1];
    int qlo = qhi - 1;
    while (qlo > 0 && s.voice[qlo - 1] == w) {
      qlo--;
    }
    if (sentencesIn(s, qlo, qhi).stream().noneMatch(Pool::isQuestion)) {
      return null;
    }
    for (int k : u.tokens()) {
      if (MeaningCheck.NEGATIONS.contains(a.norm[k]) || Reported.DENIALS.contains(a.norm[k])) {
        return null;
      }
    }
    Set<String> matched = new HashSet<>();
    for (int i = f.sourceFrom(); i < f.sourceTo(); i++) {
      matched.add(s.words.stem[i]);
    }
    Set<String> asked = new HashSet<>();
    for (int i = qlo; i < qhi; i++) {
      if (s.words.content[i] && !s.words.silent(i)) {
        asked.add(s.words.stem[i]);
      }
    }
    Set<String> put = new HashSet<>();
    Set<String> said = new HashSet<>();
    Set<String> mine = new HashSet<>();
    for (int k : u.tokens()) {
      if (!a.content[k]) {
        continue;
      }
      mine.add(a.stem[k]);
      if (matched.contains(a.stem[k])) {
        said.add(a.stem[k]);
      } else if (asked.contains(a.stem[k])) {
        put.add(a.stem[k]);
      }
    }
    // The report is the question's more than the answer's: more of its words are the question's
    // alone than the match's, and they are at least half its content words. A report of the
    // answer that borrows a word or two of the question ("parents", "days") is the answer's.
    return put.size() < QUESTION_WORDS || put.size() <= said.size()
        || 2 * put.size() < mine.size() ? null
        : "source: the speaker answered \"No\" to the question that put it";
  }

  /** Whether the answer starting at word {@code from} opens with a "No" set off on its own. */
  private static boolean opensWithNo(SourceText s, int from) {
    // "No." is too short to be a passage of its own: read where the answer starts.
    return s.words.norm[from].equals("no") && s.words.end[from] < s.doc.text().length()
        && !Character.isLetterOrDigit(s.doc.text().charAt(s.words.end[from]));
  }

  // "We decided against it", "the board voted against it": a refusal in two words.
  private static final Set<String> AGAINST_AFTER = Set.of("decide", "decides", "decided",
      "vote", "votes", "voted", "came", "come", "ruled", "rule");

  /**
   * The reason when the answer (from word {@code from} of {@code s}) refuses what was asked: it
   * opens with "No", or one of its sentences holds a denial ("rejected", "ruled out", "decided
   * against"), and a sentence of it shares a content word with the report. Null otherwise.
   */
  static String refusal(Words a, Unit u, SourceText s, int from, List<SourceText.Passage> answer) {
    Set<String> mine = new HashSet<>();
    for (int k : u.tokens()) {
      if (a.content[k]) {
        mine.add(a.stem[k]);
      }
    }
    boolean no = opensWithNo(s, from);
    boolean sharing = false;
    for (SourceText.Passage p : answer) {
      Words w = p.source().words;
      boolean shares = false;
      boolean refuses = false;
      for (int i = p.from(); i < p.to(); i++) {
        shares |= w.content[i] && !w.silent(i) && mine.contains(w.stem[i]);
        String x = w.norm[i];
        String prev = i > p.from() ? w.norm[i - 1] : "";
        refuses |= x.equals("against") && AGAINST_AFTER.contains(prev)
            || Reported.DENIALS.contains(x) && !x.startsWith("rul")
            || x.equals("out") && prev.startsWith("rul");
      }
      if (shares && refuses) {
        return "source: " + p.text().replaceAll("\\s+", " ").trim() + "; the speaker's answer"
            + " to the question that put it refuses it";
      }
      sharing |= shares;
    }
    return no && sharing ? "source: the speaker answered \"No\" to the question that put it"
        : null;
  }
}
