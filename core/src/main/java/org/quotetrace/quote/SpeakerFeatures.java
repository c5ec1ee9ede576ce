package org.quotetrace.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotetrace.quote.Attributor.Np;
import org.quotetrace.quote.MarkScanner.Marked;
import org.quotetrace.quote.Speaker.Basis;
import org.quotetrace.text.Span;

/**
 * Candidate speakers of a quote and their features, for {@link SpeakerModel}. It reads the tokens,
 * quote masks, paragraphs and name resolution of one {@link Attributor}.
 *
 * <p>Candidates are the noun phrases in a window of paragraphs around the quote: the end of each
 * capitalised run (a name), each pronoun and relative "who", and each lower-case word that heads
 * annotated sources in the training data ("spokesman", "survey", "ad"), extended back to its
 * determiner. The rules' own choice is always a candidate too, and a feature: the model learns
 * where to trust it.
 *
 * <p>Features are general, not lists of cases: direction and distance to the quote, sentence and
 * paragraph relation, the shape of the words between candidate and quote (",” V" for "…,” X
 * said"), a cue word right after the candidate (its subject) or right before it (its object, or
 * an inverted subject: which one the model learns per cue word), the head word and how often it
 * heads sources, whether a cue or another candidate lies between, Title-Case sentences, and
 * whether the rules chose this candidate or this person.
 */
final class SpeakerFeatures {
  /** How far a candidate may stand from its quote, in tokens: further ones are almost never right. */
  static final int BEFORE = 80;
  static final int AFTER = 50;

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "i", "we", "it", "who", "you");

  private final Attributor a;
  private final SpeakerModel model;
  private final int[] sent;
  private final boolean[] titleCase;
  private final Map<String, Integer> nameCounts = new HashMap<>();
  /**
   * Per-token caches: whether a token is a cue (0 unknown, 1 yes, 2 no), its class, the candidate
   * it heads; per paragraph, the heads of its candidates and its cue words.
   */
  private final byte[] cueState;
  private final String[] classes;
  private final Np[] npAt;
  private final Speaker[] speakerAt;
  private final int[][] paraHeads;
  private final int[][] paraCues;
  /** Quote-independent features of the candidate headed by each token, before and after a quote. */
  private final long[][] statB;
  private final long[][] statA;
  private final double[] statScoreB;
  private final double[] statScoreA;
  /** How often each capitalised word occurs in the document, for the salience of a name. */
  private Map<String, Integer> capitalCounts;

  /** One candidate: its tokens, the token that heads it, its mention and resolved name. */
  static final class Cand {
    final int from;
    final int to;
    final int head;
    final Np np;
    final Speaker speaker;
    boolean rule;
    /** Whether the candidate came from the per-token generator (and so may share cached features). */
    boolean generated;
    /** Features that depend only on the candidate and its side of the quote, and the others. */
    long[] stat;
    long[] dyn;
    /** The score of {@code dyn}, when the features themselves are not kept. */
    double dynScore;

    long[] features() {
      long[] all = java.util.Arrays.copyOf(stat, stat.length + dyn.length);
      System.arraycopy(dyn, 0, all, stat.length, dyn.length);
      return all;
    }

    Cand(int from, int to, int head, Np np, Speaker speaker) {
      this.from = from;
      this.to = to;
      this.head = head;
      this.np = np;
      this.speaker = speaker;
    }
  }

  SpeakerFeatures(Attributor a, SpeakerModel model) {
    this.a = a;
    this.model = model;
    this.sent = new int[a.n];
    this.cueState = new byte[a.n];
    this.classes = new String[a.n];
    this.npAt = new Np[a.n];
    this.speakerAt = new Speaker[a.n];
    this.paraHeads = new int[a.paragraphs.size()][];
    this.paraCues = new int[a.paragraphs.size()][];
    this.statB = new long[a.n][];
    this.statA = new long[a.n][];
    this.statScoreB = new double[a.n];
    this.statScoreA = new double[a.n];
    java.util.Arrays.fill(statScoreB, Double.NaN);
    java.util.Arrays.fill(statScoreA, Double.NaN);
    int s = 0;
    for (int i = 0; i < a.n; i++) {
      if (i > 0 && (a.paraOfToken[i] != a.paraOfToken[i - 1]
          || !a.inQuote[i - 1] && a.isSentenceEnd(i - 1))) {
        s++;
      }
      sent[i] = s;
    }
    int[] caps = new int[s + 1];
    int[] words = new int[s + 1];
    for (int i = 0; i < a.n; i++) {
      // Quoted words count too: a headline capitalises them as well ("Clinton Jokes “You Win”").
      if (a.isWordToken(i) && Character.isLetter(a.text.charAt(a.ts[i]))) {
        words[sent[i]]++;
        if (a.isCapital(i)) {
          caps[sent[i]]++;
        }
      }
    }
    this.titleCase = new boolean[s + 1];
    for (int k = 0; k <= s; k++) {
      titleCase[k] = words[k] >= 4 && caps[k] >= 0.7 * words[k];
    }
  }

  /**
   * Replaces the rules' speakers by the model's choice, or, when {@code sink} is given, records
   * every speech quote's candidates there and changes nothing.
   */
  void rerank(List<Marked> quotes, List<QuoteKind> kinds, Speaker[] speakers, Mention[] cues,
      List<SpeakerModel.Choice> sink) {
    keepFeatures = sink != null;
    Speaker[] rules = speakers.clone();
    // The last earlier speech quote the rules gave a speaker, found in one pass: looking back from
    // each quote was quadratic in a text of many quotes nobody is credited with.
    int lastSpoken = -1;
    for (int k = 0; k < quotes.size(); k++) {
      int spokenBefore = lastSpoken;
      if (kinds.get(k) == QuoteKind.SPEECH && rules[k] != null) {
        lastSpoken = k;
      }
      if (kinds.get(k) != QuoteKind.SPEECH) {
        continue;
      }
      Marked m = quotes.get(k);
      // A transcript pasted in quote marks ("PENCE: …") names its speaker with certainty.
      if (rules[k] != null && cues[k] != null && cues[k].text().equals(":")
          && rules[k].mention() != null && rules[k].mention().span().end() <= m.content().start() + 40
          && rules[k].mention().span().start() >= m.open()) {
        if (sink == null) {
          continue;
        }
      }
      String previous = null;
      if (spokenBefore >= 0
          && a.paraOf(quotes.get(spokenBefore).open()) >= a.paraOf(m.open()) - 1) {
        previous = rules[spokenBefore].name();
      }
      List<Cand> cands = candidates(m, rules[k], previous);
      if (sink != null) {
        List<Mention> mentions = new ArrayList<>(cands.size());
        List<String> names = new ArrayList<>(cands.size());
        long[][] f = new long[cands.size()][];
        for (int c = 0; c < cands.size(); c++) {
          mentions.add(cands.get(c).speaker.mention());
          names.add(cands.get(c).speaker.name());
          f[c] = cands.get(c).features();
        }
        sink.add(new SpeakerModel.Choice(m.content(), mentions, names, f));
        continue;
      }
      Cand best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Cand c : cands) {
        double s = staticScore(c) + c.dynScore;
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (best == null || best.rule) {
        continue;
      }
      int qa = a.tokenAt(m.open());
      boolean samePara = a.paraOfToken[best.head] == a.paraOfToken[qa];
      int cue = adjacentCue(best);
      Basis basis = cue >= 0 && samePara ? Basis.CUE : samePara ? Basis.PARAGRAPH : Basis.NEAREST;
      speakers[k] = new Speaker(best.speaker.name(), best.speaker.mention(), basis);
      cues[k] = cue >= 0 ? a.cueMention(cue) : null;
    }
  }

  private double staticScore(Cand c) {
    if (!c.generated) {
      return model.score(c.stat);
    }
    boolean before = c.stat == statB[c.head];
    double[] cache = before ? statScoreB : statScoreA;
    if (Double.isNaN(cache[c.head])) {
      cache[c.head] = model.score(c.stat);
    }
    return cache[c.head];
  }

  /** A cue word right after the candidate or right before it, or -1. */
  private int adjacentCue(Cand c) {
    int v = skipAuxForward(c.to);
    if (v < a.n && isCue(v)) {
      return v;
    }
    int p = c.from - 1;
    if (p >= 0 && isCue(p)) {
      return p;
    }
    if (p - 1 >= 0 && a.lower(p).equals("to") && a.lower(p - 1).equals("according")) {
      return p - 1;
    }
    return -1;
  }

  List<Cand> candidates(Marked m, Speaker rule, String previousName) {
    int closeEnd = m.close() + (a.text.startsWith("''", m.close()) ? 2 : 1);
    int qa = a.tokenAt(m.open());
    int qb = a.tokenAt(closeEnd);
    int para = a.paraOfToken[Math.min(qa, a.n - 1)];
    int lo = Math.max(0, qa - BEFORE);
    int firstPara = Math.max(0, para - 1);
    lo = Math.max(lo, a.tokenAt(a.paragraphs.get(firstPara).start()));
    int hi = Math.min(a.n, qb + AFTER);
    int lastPara = Math.min(a.paragraphs.size() - 1, a.paraOfToken[Math.max(0, Math.min(qb, a.n) - 1)] + 1);
    hi = Math.min(hi, a.tokenAt(a.paragraphs.get(lastPara).end()));
    List<Cand> out = new ArrayList<>();
    for (int p = a.paraOfToken[lo]; p <= a.paraOfToken[Math.max(lo, hi - 1)]; p++) {
      for (int i : heads(p)) {
        if (i < lo || i >= hi || i >= qa && i < qb) {
          continue;
        }
        Np np = npAt[i];
        Cand c = new Cand(np.from(), np.to(), i, np, speakerAt[i]);
        c.generated = true;
        out.add(c);
      }
    }
    if (rule != null && rule.mention() != null) {
      Span rs = rule.mention().span();
      boolean found = false;
      for (Cand c : out) {
        if (a.ts[c.head] < rs.end() && a.te[c.head] > rs.start()) {
          c.rule = true;
          found = true;
        }
      }
      if (!found) {
        int from = a.tokenAt(rs.start());
        int to = a.tokenAt(rs.end() - 1) + 1;
        Np np = a.classify(from, to);
        if (np != null) {
          Cand c = new Cand(from, to, to - 1, np, rule);
          c.rule = true;
          out.add(c);
        }
      }
    }
    for (Cand c : out) {
      if (c.speaker.name() != null) {
        nameCounts.computeIfAbsent(c.speaker.name(), this::countName);
      }
    }
    featurize(out, m, qa, qb, rule, previousName);
    return out;
  }

  /**
   * The candidate mention whose head is token {@code i}, or null: a pronoun or "who", the end of a
   * capitalised run, or a lower-case word that heads sources in the training data. It reaches
   * back no further than the token's paragraph, so that it is the same for every quote.
   */
  private Np mentionEndingAt(int i) {
    int lo = a.tokenAt(a.paragraphs.get(a.paraOfToken[i]).start());
    String w = a.lower(i);
    Np np = null;
    if (PRONOUNS.contains(w)) {
      if (w.equals("who")) {
        np = a.relative(i, lo);
        if (np == null && i - 1 >= lo) {
          Np ante = a.npEndingAt(i - 1, lo);
          if (ante != null && ante.kind() == Np.Kind.NAME) {
            np = new Np(i, i + 1, Np.Kind.RELATIVE, ante.name());
          }
        }
      } else {
        np = new Np(i, i + 1, Np.Kind.PRONOUN, null);
      }
    } else if (a.isCapital(i)) {
      boolean runGoesOn = i + 1 < a.n && !a.opaque(i + 1) && a.isWordToken(i + 1)
          && a.isCapital(i + 1) && a.paraOfToken[i + 1] == a.paraOfToken[i]
          // In a Title-Case headline ("Brandt Jokes “…”") a cue word ends the name before it.
          && !(titleCase[sent[i]] && isCueWord(a.lower(i + 1))
              && model.lowerShare(a.lower(i + 1)) >= 0.7f);
      if (runGoesOn || Lexicon.SENTENCE_OPENERS.contains(w)) {
        return null;
      }
      // The mention is the capitalised run itself ("Senator Tom Grey"), not the lower-case
      // words before it, which a name does not take.
      int s0 = i;
      while (s0 - 1 >= lo && !a.opaque(s0 - 1) && a.paraOfToken[s0 - 1] == a.paraOfToken[i]
          && (a.isWordToken(s0 - 1) && a.isCapital(s0 - 1) || a.isPunct(s0 - 1, "-")
              || s0 - 2 >= lo && a.lower(s0 - 1).equals("of") && a.isCapital(s0 - 2))) {
        s0--;
      }
      while (s0 < i && (!a.isWordToken(s0) || Lexicon.SENTENCE_OPENERS.contains(a.lower(s0))
          && !Lexicon.isTitle(a.word(s0)))) {
        s0++;
      }
      np = a.classify(s0, i + 1);
    } else if (a.isLowerWord(i) && model.isHead(w)) {
      boolean compound = i + 1 < a.n && !a.opaque(i + 1) && a.isLowerWord(i + 1)
          && model.isHead(a.lower(i + 1));
      if (compound) {
        return null; // "campaign spokesman": the later word heads the phrase
      }
      np = a.npEndingAt(i, lo);
    }
    return np;
  }

  /** The head tokens of the candidate mentions in paragraph {@code p}, found once per paragraph. */
  private int[] heads(int p) {
    int[] h = paraHeads[p];
    if (h == null) {
      Span span = a.paragraphs.get(p);
      int from = a.tokenAt(span.start());
      int to = a.tokenAt(span.end());
      int[] found = new int[Math.max(0, to - from)];
      int k = 0;
      for (int i = from; i < to; i++) {
        if (a.opaque(i) || !a.isWordToken(i)) {
          continue;
        }
        Np np = mentionEndingAt(i);
        if (np != null) {
          npAt[i] = np;
          speakerAt[i] = a.speaker(np, Basis.NEAREST);
          found[k++] = i;
        }
      }
      h = java.util.Arrays.copyOf(found, k);
      paraHeads[p] = h;
    }
    return h;
  }

  /** Whether a cue word lies outside quote marks between tokens {@code from} and {@code to}. */
  private boolean cueBetween(int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int p = a.paraOfToken[from]; p <= a.paraOfToken[to - 1]; p++) {
      int[] c = paraCues[p];
      if (c == null) {
        Span span = a.paragraphs.get(p);
        int pf = a.tokenAt(span.start());
        int pt = a.tokenAt(span.end());
        int[] found = new int[Math.max(0, pt - pf)];
        int k = 0;
        for (int i = pf; i < pt; i++) {
          if (!a.inQuote[i] && isCue(i)) {
            found[k++] = i;
          }
        }
        c = java.util.Arrays.copyOf(found, k);
        paraCues[p] = c;
      }
      for (int i : c) {
        if (i >= from && i < to) {
          return true;
        }
      }
    }
    return false;
  }

  private int countName(String name) {
    if (capitalCounts == null) {
      capitalCounts = new HashMap<>();
      for (int i = 0; i < a.n; i++) {
        if (a.isWordToken(i) && a.isCapital(i)) {
          capitalCounts.merge(stripPossessive(a.lower(i)), 1, Integer::sum);
        }
      }
    }
    String surname = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return capitalCounts.getOrDefault(surname, 0);
  }

  // ---------------------------------------------------------------- features

  private void featurize(List<Cand> cands, Marked m, int qa, int qb, Speaker rule, String previousName) {
    int qPara = a.paraOfToken[Math.min(qa, a.n - 1)];
    boolean qStartsPara = m.open() <= a.paragraphs.get(qPara).start() + 1;
    String qEnd = quoteEnd(m);
    String qBefore = qa - 1 >= 0 && !a.inQuote[qa - 1] && a.te[qa - 1] - a.ts[qa - 1] == 1
        && !a.isWordToken(qa - 1) ? a.word(qa - 1) : "w";
    int qSentA = sent[Math.min(qa, a.n - 1)];
    int qSentB = sent[Math.max(0, Math.min(qb, a.n) - 1)];
    // Ranks of each candidate by distance, on each side of the quote.
    int[] dist = new int[cands.size()];
    for (int c = 0; c < cands.size(); c++) {
      Cand x = cands.get(c);
      dist[c] = x.to <= qa ? qa - x.to : x.from - qb;
    }
    for (int c = 0; c < cands.size(); c++) {
      Cand x = cands.get(c);
      boolean before = x.to <= qa;
      String dir = before ? "B" : "A";
      int rank = 0;
      int rankType = 0;
      int between = 0;
      for (int o = 0; o < cands.size(); o++) {
        Cand y = cands.get(o);
        if (o == c || (y.to <= qa) != before) {
          continue;
        }
        if (dist[o] < dist[c]) {
          rank++;
          if (y.np.kind() == x.np.kind()) {
            rankType++;
          }
          if (y.np.kind() == Np.Kind.NAME) {
            between++;
          }
        }
      }
      boolean cached = x.generated;
      long[][] statCache = before ? statB : statA;
      long[] stat = cached ? statCache[x.head] : null;
      if (stat == null) {
        stat = staticFeatures(x, before);
        if (cached) {
          statCache[x.head] = stat;
        }
      }
      x.stat = stat;
      LongBuf f = buf;
      f.size = 0;
      String type = x.np.kind().name();
      String db = bucket(dist[c]);
      put(f, "bias", SpeakerModel.hash("bias"));
      put(f, "dir", SpeakerModel.hash("dir", dir));
      put(f, "dd", SpeakerModel.hash("dd", dir, db));
      put(f, "td", SpeakerModel.hash("td", type, dir));
      put(f, "tdd", SpeakerModel.hash("tdd", type, dir, db));
      put(f, "rk", SpeakerModel.hash("rk", dir, small(rank)));
      put(f, "rkt", SpeakerModel.hash("rkt", type, dir, small(rankType)));
      put(f, "nb", SpeakerModel.hash("nb", dir, small(between)));
      int sd = Math.max(-3, Math.min(3, sent[x.head] - (before ? qSentA : qSentB)));
      put(f, "sd", SpeakerModel.hash("sd", dir, signed(sd)));
      put(f, "sdt", SpeakerModel.hash("sdt", type, signed(sd)));
      int pd = Math.max(-2, Math.min(2, a.paraOfToken[x.head] - qPara));
      String pds = signed(pd);
      put(f, "pd", SpeakerModel.hash("pd", pds));
      put(f, "pdt", SpeakerModel.hash("pdt", pds, type));
      put(f, "pdq", SpeakerModel.hash("pdq", pds, qStartsPara ? "qsp" : "-", dir));
      put(f, "qe", SpeakerModel.hash("qe", qEnd, dir, db));
      put(f, "qb", SpeakerModel.hash("qb", qBefore, dir, db));
      // The words between candidate and quote, as a shape: ",” X said" has none, "X said: “"
      // has "V :".
      int gFrom = before ? x.to : qb;
      int gTo = before ? qa : x.from;
      String gap = gapShape(gFrom, gTo);
      put(f, "gap", SpeakerModel.hash("gap", dir, gap));
      put(f, "gapt", SpeakerModel.hash("gapt", dir, gap, type));
      put(f, "gapq", SpeakerModel.hash("gapq", dir, gap, qEnd));
      boolean cueBetween = cueBetween(gFrom, gTo);
      put(f, "cb", SpeakerModel.hash("cb", dir, cueBetween ? "1" : "0", signed(sd)));
      int v = skipAuxForward(x.to);
      if (v < a.n && !a.opaque(v) && isCue(v)) {
        boolean toward = !before || v < qa;
        put(f, "subj", SpeakerModel.hash("subj", dir, toward ? "1" : "0"));
      }
      if (titleCase[qSentA]) {
        put(f, "tcq", SpeakerModel.hash("tcq", type, dir));
      }
      if (x.speaker.name() != null && x.speaker.name().equals(previousName)) {
        put(f, "prev", SpeakerModel.hash("prev", pds));
      }
      // The rules' choice, as evidence among the rest.
      if (rule != null) {
        if (x.rule) {
          put(f, "rule", SpeakerModel.hash("rule", rule.basis().name()));
          put(f, "ruled", SpeakerModel.hash("ruled", rule.basis().name(), dir, type));
        } else if (x.speaker.name() != null && x.speaker.name().equals(rule.name())) {
          put(f, "rulename", SpeakerModel.hash("rulename", type));
        }
      } else {
        put(f, "norule", SpeakerModel.hash("norule", type, dir));
      }
      if (keepFeatures) {
        x.dyn = java.util.Arrays.copyOf(f.values, f.size);
      } else {
        x.dynScore = model.score(f.values, f.size);
      }
    }
  }

  /**
   * The features of a candidate that do not depend on which quote it is weighed for, only on
   * which side of it the candidate stands: kept per head token, since the quotes of a paragraph
   * share their candidates.
   */
  private long[] staticFeatures(Cand x, boolean before) {
    String dir = before ? "B" : "A";
    LongBuf f = staticBuf;
    f.size = 0;
    String type = x.np.kind().name();
    String hw = stripPossessive(a.lower(x.head));
    put(f, "type", SpeakerModel.hash("type", type));
    // The head word and how often such a word heads a source in the training data.
    if (x.np.kind() == Np.Kind.NAME) {
      put(f, "hwn", SpeakerModel.hash("hwn", hw));
    } else {
      put(f, "hw", SpeakerModel.hash("hw", hw));
      put(f, "hwd", SpeakerModel.hash("hwd", hw, dir));
    }
    String prior = rateBucket(model.headRate(hw));
    put(f, "pr", SpeakerModel.hash("pr", prior, type));
    put(f, "len", SpeakerModel.hash("len", type, small(x.to - x.from)));
    if (a.isCapital(x.from) && x.from < a.n && !Lexicon.SENTENCE_OPENERS.contains(a.lower(x.from))) {
      put(f, "cap", SpeakerModel.hash("cap", type));
    }
    if (x.np.kind() == Np.Kind.NAME) {
      put(f, "person", SpeakerModel.hash("person", small(a.personScore(x.np))));
      // A capitalised word usually seen in lower case ("Each", "Citing") opens a sentence.
      boolean initial = x.from == 0 || sent[x.from - 1] != sent[x.from];
      put(f, "lcf", SpeakerModel.hash("lcf", shareBucket(model.lowerShare(a.lower(x.from))),
          initial ? "si" : "-"));
      put(f, "lch", SpeakerModel.hash("lch", shareBucket(model.lowerShare(hw)), small(x.to - x.from)));
    } else if (hw.length() > 3) {
      put(f, "suf", SpeakerModel.hash("suf", hw.substring(hw.length() - 3), type));
    }
    // The verb right after the candidate, of which it is the subject.
    int v = skipAuxForward(x.to);
    if (v < a.n && !a.opaque(v) && a.isWordToken(v)) {
      String vw = a.lower(v);
      String vc = wordClass(v);
      put(f, "nx", SpeakerModel.hash("nx", vc, dir));
      if (isCue(v)) {
        put(f, "subjw", SpeakerModel.hash("subjw", vw));
        put(f, "subjwd", SpeakerModel.hash("subjwd", vw, dir));
      }
    } else if (v < a.n) {
      put(f, "nxp", SpeakerModel.hash("nxp", a.opaque(v) ? "Q" : a.word(v), dir));
    }
    // The word right before it: a cue there makes the candidate its object ("accused X") or its
    // inverted subject ("said X"), depending on the verb.
    int p = x.from - 1;
    if (p >= 0) {
      String pw = a.opaque(p) ? "Q" : a.isWordToken(p) ? a.lower(p) : a.word(p);
      put(f, "pv", SpeakerModel.hash("pv", wordClass(p), dir));
      if (a.isWordToken(p) && !a.opaque(p)) {
        put(f, "pvw", SpeakerModel.hash("pvw", pw, dir));
      }
      if (!a.opaque(p) && isCue(p)) {
        put(f, "obj", SpeakerModel.hash("obj", dir));
        put(f, "objw", SpeakerModel.hash("objw", pw, dir));
      }
      if (p - 1 >= 0 && pw.equals("to") && a.lower(p - 1).equals("according")) {
        put(f, "acc", SpeakerModel.hash("acc", dir));
        put(f, "acct", SpeakerModel.hash("acct", type));
      }
      if (p - 1 >= 0 && !a.opaque(p - 1) && a.isWordToken(p - 1) && a.isLowerWord(p - 1)) {
        put(f, "pv2", SpeakerModel.hash("pv2", a.lower(p - 1), pw));
      }
      if (sent[p] != sent[x.from]) {
        put(f, "si", SpeakerModel.hash("si", type));
        put(f, "siw", SpeakerModel.hash("siw", hw));
      }
    }
    if (titleCase[sent[x.head]]) {
      put(f, "tc", SpeakerModel.hash("tc", type));
    }
    if (x.speaker.name() == null) {
      put(f, "noname", SpeakerModel.hash("noname", type));
    } else {
      put(f, "freq", SpeakerModel.hash("freq", small(nameCounts.getOrDefault(x.speaker.name(), 0) / 2)));
    }
    return java.util.Arrays.copyOf(f.values, f.size);
  }

  /**
   * Feature templates left out, for ablation runs only: a comma-separated list in the system
   * property {@code quotetrace.speakers.ablate} (e.g. "rule,ruled,rulename,norule"). A model must
   * be used with the same list it was trained with.
   */
  private static final Set<String> ABLATED =
      Set.of(System.getProperty("quotetrace.speakers.ablate", "").split(","));
  private static final boolean ABLATING = !ABLATED.equals(Set.of(""));

  private static void put(LongBuf f, String template, long hash) {
    if (!ABLATING || !ABLATED.contains(template)) {
      f.add(hash);
    }
  }

  /** A reusable buffer of one candidate's feature hashes. */
  private static final class LongBuf {
    long[] values = new long[96];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  private final LongBuf buf = new LongBuf();
  private final LongBuf staticBuf = new LongBuf();
  /** Whether candidates keep their features, for training, or only their scores. */
  private boolean keepFeatures;

  private int skipAuxForward(int i) {
    int v = i;
    while (v < a.n && v - i < 3 && !a.opaque(v) && a.isWordToken(v)
        && (Lexicon.AUX.contains(a.lower(v)) || a.isAdverb(v))) {
      v++;
    }
    return v;
  }

  boolean isCue(int i) {
    byte c = cueState[i];
    if (c == 0) {
      boolean cue = a.isWordToken(i) && a.isLowerWord(i) && !a.isNounUse(i) && isCueWord(a.lower(i));
      c = cue ? (byte) 1 : (byte) 2;
      cueState[i] = c;
    }
    return c == 1;
  }

  /** Whether a word lies in cues often enough in the training data, or is a known speech verb. */
  private boolean isCueWord(String w) {
    return model.cueRate(w) >= 0.15f || Lexicon.isSpeechVerb(w);
  }

  /** A coarse class of token {@code i}: a cue, an -ed or -ing word, a name, a mark. */
  private String wordClass(int i) {
    String c = classes[i];
    if (c == null) {
      c = computeClass(i);
      classes[i] = c;
    }
    return c;
  }

  private String computeClass(int i) {
    if (a.opaque(i)) {
      return "Q";
    }
    if (!a.isWordToken(i)) {
      return a.word(i);
    }
    if (a.isCapital(i)) {
      return "C";
    }
    if (isCue(i)) {
      return "V";
    }
    String w = a.lower(i);
    if (Lexicon.AUX.contains(w)) {
      return "x";
    }
    if (w.endsWith("ing")) {
      return "g";
    }
    if (w.endsWith("ed")) {
      return "e";
    }
    return "w";
  }

  private String gapShape(int from, int to) {
    if (to - from > 6) {
      return "long";
    }
    StringBuilder b = new StringBuilder();
    String last = "";
    for (int i = from; i < to; i++) {
      String c = wordClass(i);
      if (c.equals("Q") && last.equals("Q")) {
        continue;
      }
      b.append(c).append(' ');
      last = c;
    }
    return b.toString();
  }

  private String quoteEnd(Marked m) {
    int e = m.content().end();
    while (e > m.content().start() && Character.isWhitespace(a.text.charAt(e - 1))) {
      e--;
    }
    if (e == m.content().start()) {
      return "empty";
    }
    char c = a.text.charAt(e - 1);
    return ",.?!:;—–-…".indexOf(c) >= 0 ? String.valueOf(c) : "w";
  }

  private static String bucket(int d) {
    if (d <= 3) {
      return SMALL[Math.max(0, d)];
    }
    if (d <= 5) {
      return "4-5";
    }
    if (d <= 9) {
      return "6-9";
    }
    if (d <= 15) {
      return "10-15";
    }
    if (d <= 30) {
      return "16-30";
    }
    return "31+";
  }

  private static String shareBucket(float r) {
    if (r < 0) {
      return "u";
    }
    if (r < 0.05) {
      return "<.05";
    }
    if (r < 0.3) {
      return "<.3";
    }
    if (r < 0.7) {
      return "<.7";
    }
    if (r < 0.95) {
      return "<.95";
    }
    return ">=.95";
  }

  private static final String[] SMALL = {"0", "1", "2", "3", "4+"};
  private static final String[] SIGNED = {"-3", "-2", "-1", "0", "1", "2", "3"};

  private static String small(int k) {
    return SMALL[Math.max(0, Math.min(4, k))];
  }

  private static String signed(int k) {
    return SIGNED[Math.max(-3, Math.min(3, k)) + 3];
  }

  private static String rateBucket(float r) {
    if (r <= 0) {
      return "0";
    }
    if (r < 0.01) {
      return "<.01";
    }
    if (r < 0.05) {
      return "<.05";
    }
    if (r < 0.2) {
      return "<.2";
    }
    if (r < 0.5) {
      return "<.5";
    }
    return ">=.5";
  }

  private static String stripPossessive(String w) {
    if (w.endsWith("’s") || w.endsWith("'s")) {
      return w.substring(0, w.length() - 2);
    }
    return w.toLowerCase(Locale.ROOT);
  }
}
