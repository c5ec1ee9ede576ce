package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.text.Span;
import org.quotetrace.trace.SourceText.Passage;

/**
 * The sources of one trace, with an index from word stems to the sentences that hold them, and
 * the two ways of finding a quote unit in them: by words and by meaning.
 */
final class Pool {
  // A sentence is a paraphrase when its meaning is this close on its own, or a lower cosine and
  // some shared words together. With all-MiniLM-L6-v2 translations of one statement score 0.6 to
  // 0.95, other statements on the same topic 0.3 to 0.75: the cosine alone cannot separate them,
  // which is why words count too, and why contradictions are looked for in the words
  // (Lexical.contradiction). Chosen on the dev split of the labelled cases.
  static final double MEANING_ALONE = 0.80;
  static final double MEANING_WITH_WORDS = 0.64;
  static final double WORDS_WITH_MEANING = 0.18;
  static final double MEANING_WITH_MANY_WORDS = 0.58;
  static final double MANY_WORDS = 0.5;
  // Without the model, a unit whose content words are mostly found in one passage.
  static final double WORDS_ALONE = 0.6;
  // Above this many passages, meaning is compared only with the passages that share words with
  // the unit, so that a huge source costs time in proportion to the quotes, not to its size.
  static final int ALL_PASSAGES_LIMIT = 4000;
  // A sentence embedding hardly registers "not": "the wards will not close" and "the wards will
  // close" score close to 1. A passage that negates where the unit does not, or the other way
  // round, loses this much cosine: about the gap between a translation and another statement on
  // the same topic at the top of their ranges, so that it decides between near ties without
  // ruling a passage out on a negation alone.
  static final double NEGATION_MISMATCH_COST = 0.08;
  // Among passages about as close in meaning, the one the quote's own speaker says: an
  // interviewer who repeats an answer in a question says nearly the same sentence. Smaller than
  // any difference that separates statements, it only breaks near ties, and it is taken off
  // again before the cosine is compared with the thresholds above, so it never makes a
  // paraphrase by itself.
  static final double OWN_SPEAKER_BONUS = 0.015;

  /**
   * When a unit is a paraphrase of its closest passage: a cosine high enough alone, or a lower
   * one with a share of the unit's words aligned; {@code byOrder}, whether the source's words in
   * a swapped order contradict it; {@code ownSpeakerBonus}, how much closer a passage of the
   * unit's own speaker counts among near ties (taken off again before the thresholds);
   * {@code stretches}, whether the stretch of a sentence the word alignment found may stand for
   * the unit's match on its own; {@code acrossTurns}, whether two neighbouring sentences of two
   * speakers may stand for it together (a quote may run on into the next speaker's words; a
   * report is one speaker's claim, and a question joined to its answer would credit the
   * questioner's words to the one who answered); {@code claim}, whether the unit is a writer's
   * summary of what was said (a report) rather than the words (a quote): a question states
   * nothing, so none stands for it ("he had asked the minister to consider gardens" is not the
   * host's "will the ban be extended to gardens?"), where a quote may quote a question.
   */
  record Thresholds(double alone, double withWords, double wordsWithMeaning,
      double withManyWords, double manyWords, boolean byOrder, double ownSpeakerBonus,
      boolean stretches, boolean acrossTurns, boolean claim) {
    boolean accept(double meaning, double overlap) {
      return meaning >= alone || meaning >= withWords && overlap >= wordsWithMeaning
          || meaning >= withManyWords && overlap >= manyWords;
    }
  }

  /** The thresholds for quotes: a translation of the speaker's words. */
  static final Thresholds QUOTES = new Thresholds(MEANING_ALONE, MEANING_WITH_WORDS,
      WORDS_WITH_MEANING, MEANING_WITH_MANY_WORDS, MANY_WORDS, true, OWN_SPEAKER_BONUS, true,
      true, false);

  /** A quote of at most this many words is shown the few source words nearest it, not a sentence. */
  static final int SHORT_QUOTE = 3;

  final List<SourceText> sources;
  private final Map<String, List<Passage>> index = new HashMap<>();
  /** What the meaning stage found nearest each unit it did not accept. */
  private final Map<Unit, Nearest> nearest = new java.util.IdentityHashMap<>();
  private final int sentenceCount;

  Pool(List<SourceText> sources) {
    this.sources = sources;
    int n = 0;
    for (SourceText s : sources) {
      for (Passage p : s.sentences) {
        Set<String> stems = new java.util.HashSet<>();
        // A sentence of function words only is found by them, as a unit with no content word
        // looks for its passages (see candidates).
        boolean plain = s.words.contentCount(p.from(), p.to()) == 0;
        for (int i = p.from(); i < p.to(); i++) {
          if (s.words.content[i] || plain && !s.words.silent(i)) {
            stems.add(s.words.stem[i]);
          }
        }
        for (String st : stems) {
          index.computeIfAbsent(st, k -> new ArrayList<>()).add(p);
        }
        n++;
      }
    }
    sentenceCount = n;
  }

  boolean isEmpty() {
    return sentenceCount == 0;
  }

  /** How many source sentences hold the stem. */
  int sentencesWith(String stem) {
    List<Passage> ps = index.get(stem);
    return ps == null ? 0 : ps.size();
  }

  private double idf(String stem) {
    List<Passage> ps = index.get(stem);
    int df = ps == null ? 0 : ps.size();
    return Math.log(1.0 + (double) sentenceCount / (1 + df));
  }

  /** Sentences sharing content words with the unit, best first, with the share of its weight. */
  List<Passage> candidates(Words a, Unit u, int limit) {
    Map<Passage, Double> scores = new HashMap<>();
    Set<String> stems = new LinkedHashSet<>();
    for (int k : u.tokens()) {
      if (a.content[k]) {
        stems.add(a.stem[k]);
      }
    }
    if (stems.isEmpty()) {
      for (int k : u.tokens()) {
        stems.add(a.stem[k]);
      }
    }
    for (String st : stems) {
      List<Passage> ps = index.get(st);
      if (ps == null) {
        continue;
      }
      double w = idf(st);
      for (Passage p : ps) {
        scores.merge(p, w, Double::sum);
      }
    }
    List<Map.Entry<Passage, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<Passage, Double>comparingByValue().reversed()
        .thenComparing(e -> e.getKey().source().index)
        .thenComparing(e -> e.getKey().from()));
    List<Passage> out = new ArrayList<>();
    for (int i = 0; i < ranked.size() && i < limit; i++) {
      out.add(ranked.get(i).getKey());
    }
    return out;
  }

  /**
   * Looks for the unit word by word; settles it when it is verbatim or lightly edited, and
   * otherwise gives the best alignment as a lead.
   */
  Finding matchByWords(Words a, Unit u) {
    Voice speaker = u.speaker();
    Aligner.Alignment best = null;
    SourceText bestSource = null;
    double bestScore = 0;
    for (Passage p : candidates(a, u, 4)) {
      SourceText s = p.source();
      int o = p.ordinal();
      int from = s.sentences.get(Math.max(0, o - 1)).from();
      int to = s.sentences.get(Math.min(s.sentences.size() - 1, o + 1)).to();
      Aligner.Alignment al = Aligner.align(a, u.tokens(), s.words, from, to, s.saidBy(speaker));
      if (al.isEmpty()) {
        continue;
      }
      // Among equally good places, the one where the quote's own speaker says the words.
      double score = al.score() + (speaks(s, al, speaker) ? 0.05 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = al;
        bestSource = s;
      }
    }
    if (best == null) {
      return Finding.none(u);
    }
    return Lexical.classify(a, u, bestSource, best);
  }

  private static boolean speaks(SourceText s, Aligner.Alignment al, Voice speaker) {
    int same = 0;
    int other = 0;
    for (int k = 0; k < al.to().length; k++) {
      int t = al.to()[k];
      if (t >= 0 && al.kind()[k] != Aligner.SUB) {
        if (Speakers.same(speaker, s.speaker[t])) {
          same++;
        } else {
          other++;
        }
      }
    }
    return same > other;
  }

  /**
   * Without a model: a unit most of whose content words are in one passage, in order. The lead's
   * skipped words stay with it, so that a join is still flagged.
   */
  Finding matchByOverlap(Words a, Finding lead) {
    if (lead.alignment() == null) {
      return lead;
    }
    double cover = Lexical.coverage(a, lead);
    if (cover < WORDS_ALONE) {
      return lead;
    }
    SourceText s = lead.source();
    int from = lead.alignment().sourceFrom();
    int to = lead.alignment().sourceTo();
    return new Finding(lead.unit(), Support.PARAPHRASE, cover, s,
        new Passage(s, -1, from, to, s.span(from, to), Voice.UNKNOWN, false), lead.alignment(),
        lead.skipped(), lead.unsupportedParts());
  }

  /** Compares the units words left in doubt with the sources' passages by meaning. */
  List<Finding> matchByMeaning(SentenceEncoder encoder, Words a, List<Finding> doubtful) {
    return matchByMeaning(encoder, a, doubtful, ALL_PASSAGES_LIMIT);
  }

  /**
   * Compares by meaning, encoding about {@code budget} source passages at most: every passage
   * when the sources hold no more, otherwise, for each unit, the passages sharing most of its
   * content words. Passages encoded before (the source traced against an earlier article) are
   * free.
   *
   * @return the findings in the order given: a paraphrase where one was found, otherwise the
   *     finding as it was
   */
  List<Finding> matchByMeaning(SentenceEncoder encoder, Words a, List<Finding> doubtful,
      int budget) {
    return matchByMeaning(encoder, a, doubtful, budget, QUOTES);
  }

  /** As {@link #matchByMeaning(SentenceEncoder, Words, List, int)}, with other thresholds. */
  List<Finding> matchByMeaning(SentenceEncoder encoder, Words a, List<Finding> doubtful,
      int budget, Thresholds thresholds) {
    List<Finding> out = new ArrayList<>(doubtful.size());
    List<Passage> all = new ArrayList<>();
    int total = 0;
    int encoded = 0;
    for (SourceText s : sources) {
      total += s.sentences.size() + s.clauses.size();
      for (Passage p : s.sentences) {
        encoded += s.vectors.containsKey(p.span()) ? 1 : 0;
      }
      for (Passage p : s.clauses) {
        encoded += s.vectors.containsKey(p.span()) ? 1 : 0;
      }
    }
    boolean everything = total - encoded <= budget;
    // Per unit: its best sentences by shared words, with their clauses (about two passages each)
    // and up to six pairs and stretches around the nearest three.
    int perUnit = Math.max(2, Math.min(40, (budget / Math.max(1, doubtful.size()) - 6) / 2));
    int spent = 0;
    if (everything) {
      for (SourceText s : sources) {
        all.addAll(s.sentences);
        all.addAll(s.clauses);
      }
    }
    encode(encoder, all);
    List<String> unitTexts = new ArrayList<>(doubtful.size());
    for (Finding f : doubtful) {
      unitTexts.add(plain(a.text, f.unit().span().start(), f.unit().span().end()));
    }
    List<float[]> unitVectors = encoder.encodeAll(unitTexts);
    for (int i = 0; i < doubtful.size(); i++) {
      Finding lead = doubtful.get(i);
      Unit u = lead.unit();
      float[] uv = unitVectors.get(i);
      Voice speaker = u.speaker();
      java.util.function.ToDoubleFunction<Passage> closeness =
          closeness(encoder, a, u, uv, thresholds.claim());
      List<Passage> pool = all;
      if (!everything) {
        if (spent >= budget) {
          // Out of budget: the rest are judged by their words, as without a model.
          out.add(matchByOverlap(a, lead));
          continue;
        }
        pool = new ArrayList<>();
        for (Passage p : candidates(a, u, perUnit)) {
          pool.add(p);
          pool.addAll(clausesOf(p));
        }
        spent += encode(encoder, pool);
      }
      List<Passage> ranked = byCloseness(closeness, pool);
      // Neighbouring sentences together: a quote often joins two sentences of a transcript into
      // one, or runs on into the next speaker's words.
      List<Passage> extra = new ArrayList<>();
      if (thresholds.claim()) {
        ranked = new ArrayList<>(ranked);
        ranked.removeIf(Pool::isQuestion);
      }
      for (int r = 0; r < Math.min(3, ranked.size()); r++) {
        Passage p = ranked.get(r);
        SourceText s = p.source();
        int o = p.ordinal();
        if (o > 0 && (thresholds.acrossTurns() || oneVoice(s, o - 1))) {
          extra.add(pair(s, o - 1));
        }
        if (o + 1 < s.sentences.size() && (thresholds.acrossTurns() || oneVoice(s, o))) {
          extra.add(pair(s, o));
        }
      }
      spent += encode(encoder, extra);
      // The stretch the word alignment found, when it found one: "I think that everything is
      // going well" is best compared with "everything is going well", not with the whole
      // sentence around it.
      Aligner.Alignment lexical = lead.alignment();
      if (thresholds.stretches() && lexical != null && !lexical.isEmpty()
          && lead.source().words.contentCount(lexical.sourceFrom(), lexical.sourceTo()) >= 2) {
        SourceText s = lead.source();
        Passage region = new Passage(s, s.sentenceAt(lexical.sourceFrom()).ordinal(),
            lexical.sourceFrom(), lexical.sourceTo(),
            s.span(lexical.sourceFrom(), lexical.sourceTo()),
            s.speaker[lexical.sourceFrom()], true);
        extra.add(region);
        spent += encode(encoder, List.of(region));
      }
      List<Passage> candidates = new ArrayList<>(ranked.subList(0, Math.min(3, ranked.size())));
      candidates.addAll(extra);
      Passage best = null;
      double bestScore = -2;
      double bestCos = 0;
      double bestWhole = -2;
      Passage region = null;
      for (Passage p : candidates) {
        if (!Lexical.numbersAgree(a, u, p)) {
          continue;
        }
        double cos = closeness.applyAsDouble(p);
        double score = cos - (Lexical.negationsAgree(a, u, p) ? 0 : NEGATION_MISMATCH_COST)
            + (Speakers.same(speaker, p.speaker()) ? thresholds.ownSpeakerBonus() : 0);
        boolean isRegion = isRegion(lexical, p);
        if (isRegion) {
          region = p;
        } else {
          bestWhole = Math.max(bestWhole, cos);
        }
        if (score > bestScore) {
          bestScore = score;
          best = p;
          bestCos = cos;
        }
      }
      if (best == null) {
        out.add(lead); // a number in the quote is in none of the passages closest in meaning
        continue;
      }
      Aligner.Alignment al = Aligner.align(a, u.tokens(), best.source().words, best.from(),
          best.to(), best.source().saidBy(speaker));
      double overlap = Lexical.coverage(a, u.tokens(), al);
      double meaning = bestScore
          - (Speakers.same(speaker, best.speaker()) ? thresholds.ownSpeakerBonus() : 0);
      String contradiction = Lexical.contradiction(a, u, best, thresholds.byOrder());
      if (DEBUG) {
        System.err.printf(java.util.Locale.ROOT, "unit \"%s\"%n  best \"%s\" cos %.3f score %.3f"
            + " overlap %.2f %s%n", plain(a.text, u.span().start(), u.span().end()), best.text(),
            bestCos, meaning, overlap, contradiction == null ? "" : contradiction);
      }
      if (contradiction == null && thresholds.accept(meaning, overlap)) {
        // Only the stretch the words found supports the unit, and no whole sentence or clause
        // comes close: what lies outside the stretch is the quote's own.
        List<org.quotetrace.text.Span> own = best == region && bestCos > bestWhole + 0.05
            ? Lexical.unalignedEdges(a, u, best.source(), al) : lead.unsupportedParts();
        out.add(new Finding(u, Support.PARAPHRASE, Math.max(0, Math.min(1, bestCos)),
            best.source(), best, al, List.of(), own));
      } else {
        nearest.put(u, nearest(encoder, u, uv, best, bestCos, candidates));
        out.add(lead);
      }
    }
    return out;
  }

  /** The source wording the meaning stage found nearest a unit it did not accept, if it looked. */
  java.util.Optional<Nearest> nearest(Unit u) {
    return java.util.Optional.ofNullable(nearest.get(u));
  }

  /**
   * The passage nearest a unit; for a quote of a word or three ("unfair"), the as many words of
   * the nearest passages nearest it ("unjust"), which is what an editor wants to compare.
   */
  private static Nearest nearest(SentenceEncoder encoder, Unit u, float[] uv, Passage best,
      double bestCos, List<Passage> candidates) {
    int n = u.tokens().length;
    if (n <= SHORT_QUOTE) {
      List<org.quotetrace.text.Span> spans = new ArrayList<>();
      List<SourceText> of = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      Set<List<Object>> seen = new java.util.HashSet<>();
      for (Passage p : candidates) {
        SourceText s = p.source();
        Words w = s.words;
        for (int i = p.from(); i + n <= p.to(); i++) {
          boolean said = true;
          for (int k = i; k < i + n; k++) {
            said &= !w.silent(k);
          }
          org.quotetrace.text.Span span = s.span(i, i + n);
          if (said && seen.add(List.of(s, span))) {
            spans.add(span);
            of.add(s);
            texts.add(plain(s.doc.text(), span.start(), span.end()));
          }
        }
      }
      if (!texts.isEmpty()) {
        List<float[]> vs = encoder.encodeAll(texts);
        int at = 0;
        for (int i = 1; i < vs.size(); i++) {
          if (dot(uv, vs.get(i)) > dot(uv, vs.get(at))) {
            at = i;
          }
        }
        SourceText s = of.get(at);
        return new Nearest(s.index, spans.get(at), spans.get(at).text(s.doc.text()),
            clamp(dot(uv, vs.get(at))));
      }
    }
    return new Nearest(best.source().index, best.span(), best.text(), clamp(bestCos));
  }

  private static double clamp(double cos) {
    return Math.max(0, Math.min(1, cos));
  }

  /**
   * The passages nearest {@code uv} first, equal ones in the order given. Each cosine is taken
   * once: a comparator that took them was most of the meaning stage (n log n dot products).
   */
  static List<Passage> byCosine(float[] uv, List<Passage> pool) {
    return byCloseness(p -> dot(uv, vector(p)), pool);
  }

  /**
   * How close a unit is to a passage: the cosine of their vectors; for a report, the closer of
   * that and the cosine of the report read without the names the passage lacks
   * ({@link WriterNames}), each such reading encoded once.
   */
  static java.util.function.ToDoubleFunction<Passage> closeness(SentenceEncoder encoder, Words a,
      Unit u, float[] uv, boolean report) {
    WriterNames names = report ? WriterNames.of(a, u) : null;
    if (names == null || names.isEmpty()) {
      return p -> dot(uv, vector(p));
    }
    Map<String, float[]> readings = new HashMap<>();
    return p -> {
      double cos = dot(uv, vector(p));
      String without = names.without(p);
      if (without == null) {
        return cos;
      }
      float[] v = readings.computeIfAbsent(without, encoder::encode);
      return Math.max(cos, dot(v, vector(p)));
    };
  }

  /** The passages closest first, equal ones in the order given; each closeness taken once. */
  static List<Passage> byCloseness(java.util.function.ToDoubleFunction<Passage> closeness,
      List<Passage> pool) {
    int n = pool.size();
    double[] cos = new double[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      cos[i] = -closeness.applyAsDouble(pool.get(i));
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> cos[i]));
    List<Passage> out = new ArrayList<>(n);
    for (Integer i : order) {
      out.add(pool.get(i));
    }
    return out;
  }

  private static boolean isRegion(Aligner.Alignment lexical, Passage p) {
    return lexical != null && p.clause() && p.from() == lexical.sourceFrom()
        && p.to() == lexical.sourceTo();
  }

  private static final boolean DEBUG = System.getenv("QUOTETRACE_DEBUG_UNITS") != null;

  static List<Passage> clausesOf(Passage sentence) {
    List<Passage> out = new ArrayList<>();
    for (Passage c : sentence.source().clauses) {
      if (c.ordinal() == sentence.ordinal()) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether sentence {@code o} and the next are said by one voice. */
  private static boolean oneVoice(SourceText s, int o) {
    return s.voice[s.sentences.get(o).to() - 1] == s.voice[s.sentences.get(o + 1).from()];
  }

  /** Whether the passage asks: a question gives nothing a report could say was stated. */
  static boolean isQuestion(Passage p) {
    String t = p.source().doc.text();
    int e = p.span().end();
    while (e < t.length() && e < p.span().end() + 3 && !Character.isLetterOrDigit(t.charAt(e))) {
      if (t.charAt(e) == '?') {
        return !tagged(p.text());
      }
      e++;
    }
    return p.text().stripTrailing().endsWith("?") && !tagged(p.text());
  }

  // A statement with a question tag asserts what it says: "we were never told, right?", "that
  // was the plan, wasn't it?".
  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
      "(?i),\\s*(?:right|yes|no|ok|okay|correct|true|eh|you know|don't you think"
          + "|(?:is|are|was|were|do|does|did|have|has|had|can|could|wo|would|should)n['’]t"
          + "\\s+(?:it|he|she|they|we|you|i|there|that))\\W*$");

  private static boolean tagged(String sentence) {
    return TAG.matcher(sentence).find();
  }

  private static Passage pair(SourceText s, int o) {
    Passage a = s.sentences.get(o);
    Passage b = s.sentences.get(o + 1);
    return new Passage(s, o, a.from(), b.to(), s.span(a.from(), b.to()), a.speaker(), false);
  }

  // Vectors are kept with the source, by span: a source traced again (the next article against
  // the same transcript) keeps them, and a pair or stretch met twice is encoded once.
  static int encode(SentenceEncoder encoder, List<Passage> ps) {
    List<Passage> missing = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Set<List<Object>> asked = new java.util.HashSet<>();
    for (Passage p : ps) {
      if (p.source().vectors.containsKey(p.span()) || !asked.add(List.of(p.source(), p.span()))) {
        continue;
      }
      missing.add(p);
      texts.add(plain(p.source().doc.text(), p.span().start(), p.span().end()));
    }
    if (missing.isEmpty()) {
      return 0;
    }
    List<float[]> vs = encoder.encodeAll(texts);
    for (int i = 0; i < missing.size(); i++) {
      Passage p = missing.get(i);
      p.source().vectors.put(p.span(), vs.get(i));
    }
    return missing.size();
  }

  static float[] vector(Passage p) {
    return p.source().vectors.get(p.span());
  }

  /**
   * The words as spoken: bracketed insertions are an editor's and are left out on both sides, so
   * "They [Europeans] erected" and "They [Italian military ships] have set up" are compared as
   * what the speaker said.
   */
  static String plain(String text, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    // The same brackets as Words.scan sees: one nothing closes nearby is text.
    int bracketClose = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (i <= bracketClose) {
        continue;
      }
      if (c == '[' && (bracketClose = Words.bracketEnd(text, i, to)) >= 0) {
        continue;
      }
      if (c != '[' && c != ']') {
        b.append(c);
      }
    }
    return b.toString().replaceAll("\\s+", " ").trim();
  }

  static double dot(float[] x, float[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }
}
