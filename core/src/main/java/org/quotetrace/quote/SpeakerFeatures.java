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

  private final Attributor a;
  private final SpeakerModel model;
  private final int[] sent;
  private final boolean[] titleCase;
  private final Map<String, Integer> nameCounts = new HashMap<>();
  /**
   * Per-token caches: whether a token is a cue (0 unknown, 1 yes, 2 no), its class, the candidate
   * it heads and its speaker; per paragraph, its cue words.
   */
  private final byte[] cueState;
  private final byte[] headState;
  private final String[] classes;
  /**
   * Per token, what is known of the candidate it heads: null when not asked yet, {@link #NO_HEAD}
   * when it heads none. One object per head, where a dozen arrays over every token of the text
   * held the same (a sixth of the ranker's heads are asked about at all, and allocating and
   * clearing the arrays, over 80 bytes a token, cost more than reading them).
   */
  private final Head[] heads;
  private final int[][] paraCues;
  /** Per paragraph, 1 + its first token; 0 unknown. */
  private final int[] paraStart;
  /** Quote-independent features of the candidate headed by each token, before and after a quote. */
  private long[][] statB;
  private long[][] statA;

  /** The candidate a token heads, and its quote-independent work, done once per document. */
  private static final class Head {
    final Np np;
    /** The name it resolves to (or null), resolved on first use: pruned heads never need theirs. */
    String name;
    boolean nameKnown;
    /** Whether its two static scores are known, and they, before and after a quote. */
    boolean statDone;
    double statB;
    double statA;
    /**
     * While pruning: whether the bounds of its static scores are known, the bounds, and the sums
     * of {@link #staticHead} they were found from.
     */
    boolean boundDone;
    double boundB;
    double boundA;
    double headB;
    double headA;
    /** 1 + the token after the auxiliaries that follow the candidate; 0 unknown. */
    int auxEnd;

    Head(Np np) {
      this.np = np;
    }
  }

  private static final Head NO_HEAD = new Head(null);
  /**
   * How often each capitalised word's stem occurs in the document, for the salience of a name: the
   * stems packed in {@code long}s, one per capitalised word, sorted; built on first use.
   */
  private long[] capitalKeys;
  /** The stems that do not pack (longer than nine letters, or beyond ASCII), with their counts. */
  private Map<String, Integer> capitalOthers;

  /** One candidate: its tokens, the token that heads it, its mention and resolved name. */
  static final class Cand {
    final int from;
    final int to;
    final int head;
    final Np np;
    /**
     * The name its mention resolves to, or null: given for the rules' own choice, resolved on
     * first use for a generated candidate ({@link SpeakerFeatures#name}), since a candidate that
     * pruning drops never needs it.
     */
    private String name;
    private boolean nameKnown;
    /**
     * Its speaker: given for the rules' own choice, made on first use for a generated candidate,
     * since only the chosen one's mention is read (JFR: cutting every candidate's mention out of
     * the text was 1.2 % of quotes' CPU).
     */
    private Speaker speaker;
    boolean rule;
    /** Whether the candidate came from the per-token generator (and so may share cached features). */
    boolean generated;
    /** For a generated candidate, its head's kept work. */
    Head h;
    /** Which side of the quote it stands on. */
    boolean before;
    /** Features that depend only on the candidate and its side of the quote, and the others. */
    long[] stat;
    long[] dyn;
    /** The scores of {@code stat} and {@code dyn}, when the features themselves are not kept. */
    double staticScore;
    double dynScore;
    /**
     * While pruning, an upper bound of {@code staticScore}, which is known only once {@code
     * staticExact} (then the bound is the score itself).
     */
    double staticBound;
    boolean staticExact;

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
      this.name = speaker.name();
      this.nameKnown = true;
      this.speaker = speaker;
    }

    /**
     * A generated candidate, whose speaker {@link Attributor#speaker} would give the name that
     * {@link SpeakerFeatures#name} resolves.
     */
    Cand(int from, int to, int head, Np np) {
      this.from = from;
      this.to = to;
      this.head = head;
      this.np = np;
    }

    /** The speaker as {@code a.speaker(np, NEAREST)} gives it, or the one given; the name known. */
    Speaker speaker(Attributor a) {
      Speaker s = speaker;
      if (s == null) {
        assert nameKnown;
        s = new Speaker(name, a.mentionOf(np), Basis.NEAREST);
        speaker = s;
      }
      return s;
    }
  }

  SpeakerFeatures(Attributor a, SpeakerModel model) {
    this.a = a;
    this.model = model;
    this.sent = new int[a.n];
    this.cueState = new byte[a.n];
    this.headState = new byte[a.n];
    this.classes = new String[a.n];
    this.heads = new Head[a.n];
    this.paraCues = new int[a.paragraphs.size()][];
    this.paraStart = new int[a.paragraphs.size()];
    this.tables = Template.weights(model);
    double bound = model.restBound;
    if (Double.isNaN(bound)) {
      bound = boundOfTheRest(tables, model);
      model.restBound = bound;
    }
    this.restBound = bound;
    this.maxFreq = max(tables, T_FREQ);
    int s = 0;
    // Per sentence, its letter words and its capitalised ones, counted in the same pass and judged
    // when the sentence ends: no sentence has more tokens than the text.
    boolean[] tc = new boolean[a.n + 1];
    int caps = 0;
    int words = 0;
    for (int i = 0; i < a.n; i++) {
      if (i > 0 && (a.paraOfToken[i] != a.paraOfToken[i - 1]
          || !a.inQuote[i - 1] && a.isSentenceEnd(i - 1))) {
        tc[s] = words >= 4 && caps >= 0.7 * words;
        s++;
        caps = 0;
        words = 0;
      }
      sent[i] = s;
      // Quoted words count too: a headline capitalises them as well ("Clinton Jokes “You Win”").
      if (a.isLetterToken(i)) {
        words++;
        if (a.isCapital(i)) {
          caps++;
        }
      }
    }
    tc[s] = words >= 4 && caps >= 0.7 * words;
    this.titleCase = tc;
  }

  /**
   * Replaces the rules' speakers by the model's choice, or, when {@code sink} is given, records
   * every speech quote's candidates there and changes nothing.
   */
  void rerank(List<Marked> quotes, List<QuoteKind> kinds, Speaker[] speakers, Mention[] cues,
      List<SpeakerModel.Choice> sink) {
    keepFeatures = sink != null;
    acc = new Acc(keepFeatures, model, tables);
    staticAccB = new Acc(keepFeatures, model, tables);
    staticAccA = new Acc(keepFeatures, model, tables);
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
          names.add(name(cands.get(c)));
          mentions.add(cands.get(c).speaker(a).mention());
          f[c] = cands.get(c).features();
        }
        sink.add(new SpeakerModel.Choice(m.content(), mentions, names, f));
        continue;
      }
      if (scoreLog != null) {
        double[] scores = new double[cands.size()];
        for (int c = 0; c < scores.length; c++) {
          scores[c] = cands.get(c).staticScore + cands.get(c).dynScore;
        }
        scoreLog.add(scores);
      }
      Cand best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Cand c : cands) {
        double s = c.staticScore + c.dynScore;
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
      speakers[k] = new Speaker(name(best), best.speaker(a).mention(), basis);
      cues[k] = cue >= 0 ? a.cueMention(cue) : null;
    }
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
    for (int i = lo; i < hi; i++) {
      if (i >= qa && i < qb || !isMentionHead(i)) {
        continue;
      }
      Head h = heads[i];
      Np np = h.np;
      Cand c = new Cand(np.from(), np.to(), i, np);
      c.h = h;
      c.generated = true;
      out.add(c);
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
    featurize(out, m, qa, qb, rule, previousName);
    return out;
  }

  /**
   * The candidate mention whose head is token {@code i}, or null: a pronoun or "who", the end of a
   * capitalised run, or a lower-case word that heads sources in the training data. It reaches
   * back no further than the token's paragraph, so that it is the same for every quote.
   */
  private Np mentionEndingAt(int i) {
    int lo = paraStartToken(a.paraOfToken[i]);
    String w = a.lower(i);
    Np np = null;
    if (a.has(i, Word.PRONOUN)) { // the ranker's pronouns are the rules' ones
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
          && !(titleCase[sent[i]] && isCueWord(a.lex(i + 1))
              && a.lex(i + 1).lowerShare(model) >= 0.7f);
      if (runGoesOn || a.has(i, Word.OPENER)) {
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
      while (s0 < i && (!a.isWordToken(s0) || a.has(s0, Word.OPENER)
          && !a.isTitle(s0))) {
        s0++;
      }
      np = a.classify(s0, i + 1);
    } else if (a.isLowerWord(i) && isHead(i)) {
      boolean compound = i + 1 < a.n && !a.opaque(i + 1) && a.isLowerWord(i + 1)
          && isHead(i + 1);
      if (compound) {
        return null; // "campaign spokesman": the later word heads the phrase
      }
      np = a.npEndingAt(i, lo);
    }
    return np;
  }

  /** The first token of paragraph {@code p}, kept: every token near a quote asks for its own. */
  private int paraStartToken(int p) {
    int t = paraStart[p];
    if (t == 0) {
      t = a.tokenAt(a.paragraphs.get(p).start()) + 1;
      paraStart[p] = t;
    }
    return t - 1;
  }

  /** Whether token {@code i} heads sources in the training data, asked once per token. */
  private boolean isHead(int i) {
    byte h = headState[i];
    if (h == 0) {
      h = a.lex(i).isHead(model) ? (byte) 1 : (byte) 2;
      headState[i] = h;
    }
    return h == 1;
  }

  /**
   * Whether token {@code i} heads a candidate mention (then kept in {@code npAt}, with the name it
   * resolves to in {@code nameAt}), asked once per token and only for the tokens in some quote's
   * window, by the ranker alone: the rules are done, so a name resolves the same for every quote.
   */
  private boolean isMentionHead(int i) {
    Head h = heads[i];
    if (h == null) {
      Np np = a.opaque(i) || !a.isWordToken(i) ? null : mentionEndingAt(i);
      h = np != null ? new Head(np) : NO_HEAD;
      heads[i] = h;
    }
    return h != NO_HEAD;
  }


  /**
   * The name candidate {@code x} resolves to, or null; for a generated one, resolved from its head
   * once per document (the rules are done, so a name resolves the same for every quote).
   */
  String name(Cand x) {
    if (!x.nameKnown) {
      Head h = x.h;
      if (!h.nameKnown) {
        h.name = a.nameOf(h.np);
        h.nameKnown = true;
      }
      x.name = h.name;
      x.nameKnown = true;
    }
    return x.name;
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

  /**
   * How often the surname of {@code name} occurs capitalised in the document, counted once per
   * name and asked only with a candidate's quote-independent features, which are kept per head.
   */
  private int nameCount(String name) {
    Integer count = nameCounts.get(name);
    if (count == null) {
      count = countName(name);
      nameCounts.put(name, count);
    }
    return count;
  }

  private int countName(String name) {
    if (capitalKeys == null) {
      countCapitals();
    }
    String surname = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    long key = Word.Table.packedKey(surname);
    if (key <= 0) {
      return capitalOthers.getOrDefault(surname, 0);
    }
    long[] keys = capitalKeys;
    if (!capitalKeysSorted) {
      // About 4 log2(n) comparisons a key, with their mispredicted branches, sort n keys, where a
      // pass counts one name with a compare each: passes cost less until that many names.
      if (linearCounts < 8 + 4 * (32 - Integer.numberOfLeadingZeros(keys.length))) {
        // A document asks about a few dozen names: counting each by a pass over the keys costs
        // less than sorting them (JFR: the sort was 1 % of quotes' CPU).
        linearCounts++;
        int count = 0;
        for (long k : keys) {
          count += k == key ? 1 : 0;
        }
        return count;
      }
      java.util.Arrays.sort(keys);
      capitalKeysSorted = true;
    }
    // Packed keys are positive, so key + 1 does not wrap.
    return firstAtLeast(key + 1) - firstAtLeast(key);
  }

  /** How many names were counted by a pass over the unsorted keys. */
  private int linearCounts;
  private boolean capitalKeysSorted;

  /** The first index of the sorted {@link #capitalKeys} whose key is at least {@code key}. */
  private int firstAtLeast(long key) {
    int lo = 0;
    int hi = capitalKeys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (capitalKeys[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The stems of the document's capitalised words ({@link Attributor#capitals}), each packed in a
   * {@code long} ({@link Word.Table#packedKey}, one key per stem of up to nine ASCII characters),
   * which an ASCII token gives from its characters ({@link Attributor#packedStem}): a hash map's
   * nodes and boxes, then looking up the words of capitalised tokens nothing else asks about and
   * probing a table of twice as many slots as tokens, were most of the cost (JFR: 2.8 %, then
   * 2.3 % of quotes' CPU). A stem's count is found by a pass over the keys for the first few names
   * asked about, then as the width of its range once the keys are sorted. Other stems are counted
   * in a map.
   */
  private void countCapitals() {
    long[] keys = new long[a.capitals.length];
    int size = 0;
    Map<String, Integer> others = new HashMap<>();
    for (int c = 0; c < a.capitals.length; c++) {
      int t = a.capitals[c];
      long key = a.packedStem(t);
      if (key <= 0) {
        String stem = a.lex(t).stem();
        key = Word.Table.packedKey(stem);
        if (key <= 0) {
          others.merge(stem, 1, Integer::sum);
          continue;
        }
      }
      keys[size++] = key;
    }
    capitalKeys = java.util.Arrays.copyOf(keys, size);
    capitalOthers = others;
  }

  // ---------------------------------------------------------------- features

  /*
   * Features are hashes of a template name and its parts (SpeakerModel.hash). The templates whose
   * parts all come from short fixed lists (a direction, a distance bucket, a mention type) are
   * hashed once, here, for every combination of parts, and each model's weights for them are read
   * once into an array: scoring a candidate then reads small arrays instead of hashing strings and
   * probing the large weight table. The hashes are the ones the model was trained on, and the
   * weights are added in the order the features are listed, so the scores are the same to the bit.
   */
  /**
   * Feature templates left out, for ablation runs only: a comma-separated list in the system
   * property {@code quotetrace.speakers.ablate} (e.g. "rule,ruled,rulename,norule"). A model must
   * be used with the same list it was trained with.
   */
  private static final Set<String> ABLATED =
      Set.of(System.getProperty("quotetrace.speakers.ablate", "").split(","));
  private static final boolean ABLATING = !ABLATED.equals(Set.of(""));

  private static final String[] DIRS = {"B", "A"};
  private static final String[] TYPES = kindNames();
  private static final String[] BUCKETS = {"0", "1", "2", "3", "4-5", "6-9", "10-15", "16-30", "31+"};
  private static final String[] SMALL = {"0", "1", "2", "3", "4+"};
  private static final String[] SIGNED = {"-3", "-2", "-1", "0", "1", "2", "3"};
  private static final String[] QUOTE_ENDS =
      {"empty", "w", ",", ".", "?", "!", ":", ";", "—", "–", "-", "…"};
  private static final String[] QSP = {"-", "qsp"};
  private static final String[] BIT = {"0", "1"};
  private static final String[] BASES = basisNames();
  private static final String[] RATES = {"0", "<.01", "<.05", "<.2", "<.5", ">=.5"};
  private static final String[] SHARES = {"u", "<.05", "<.3", "<.7", "<.95", ">=.95"};
  private static final String[] INITIAL = {"-", "si"};
  private static final String[] LONG = {"long"};

  private static String[] kindNames() {
    Np.Kind[] kinds = Np.Kind.values();
    String[] out = new String[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      out[i] = kinds[i].name();
    }
    return out;
  }

  private static String[] basisNames() {
    Basis[] bases = Basis.values();
    String[] out = new String[bases.length];
    for (int i = 0; i < bases.length; i++) {
      out[i] = bases[i].name();
    }
    return out;
  }

  /** A feature template over parts from fixed lists, with the hash of each combination. */
  static final class Template {
    private static final List<Template> ALL = new ArrayList<>();

    final String name;
    final int id;
    final boolean ablated;
    /** Hash by the mixed-radix index of the parts, the first part most significant. */
    final long[] hashes;
    private final int[] sizes;

    Template(String name, String[]... parts) {
      this.name = name;
      this.ablated = ABLATING && ABLATED.contains(name);
      this.sizes = new int[parts.length];
      int count = 1;
      for (int p = 0; p < parts.length; p++) {
        sizes[p] = parts[p].length;
        count *= parts[p].length;
      }
      this.hashes = new long[count];
      for (int index = 0; index < count; index++) {
        long h = SpeakerModel.extend(SpeakerModel.SEED, name);
        int rest = index;
        int[] digits = new int[parts.length];
        for (int p = parts.length - 1; p >= 0; p--) {
          digits[p] = rest % sizes[p];
          rest /= sizes[p];
        }
        for (int p = 0; p < parts.length; p++) {
          h = SpeakerModel.extend(h, parts[p][digits[p]]);
        }
        hashes[index] = h;
      }
      synchronized (ALL) {
        this.id = ALL.size();
        ALL.add(this);
      }
    }

    int index(int a, int b) {
      return a * sizes[1] + b;
    }

    int index(int a, int b, int c) {
      return (a * sizes[1] + b) * sizes[2] + c;
    }

    /** Every template's weights under {@code model}, by template id and index; 0 when ablated. */
    static float[][] weights(SpeakerModel model) {
      float[][] w = model.templateWeights;
      if (w == null) {
        List<Template> all;
        synchronized (ALL) {
          all = List.copyOf(ALL);
        }
        w = new float[all.size()][];
        for (Template t : all) {
          float[] tw = new float[t.hashes.length];
          if (!t.ablated) {
            for (int i = 0; i < tw.length; i++) {
              tw[i] = model.weight(t.hashes[i]);
            }
          }
          w[t.id] = tw;
        }
        model.templateWeights = w;
      }
      return w;
    }
  }

  // Quote-dependent templates, in the order featurize adds them.
  private static final Template T_BIAS = new Template("bias");
  private static final Template T_DIR = new Template("dir", DIRS);
  private static final Template T_DD = new Template("dd", DIRS, BUCKETS);
  private static final Template T_TD = new Template("td", TYPES, DIRS);
  private static final Template T_TDD = new Template("tdd", TYPES, DIRS, BUCKETS);
  private static final Template T_RK = new Template("rk", DIRS, SMALL);
  private static final Template T_RKT = new Template("rkt", TYPES, DIRS, SMALL);
  private static final Template T_NB = new Template("nb", DIRS, SMALL);
  private static final Template T_SD = new Template("sd", DIRS, SIGNED);
  private static final Template T_SDT = new Template("sdt", TYPES, SIGNED);
  private static final Template T_PD = new Template("pd", SIGNED);
  private static final Template T_PDT = new Template("pdt", SIGNED, TYPES);
  private static final Template T_PDQ = new Template("pdq", SIGNED, QSP, DIRS);
  private static final Template T_QE = new Template("qe", QUOTE_ENDS, DIRS, BUCKETS);
  private static final Template T_GAP_LONG = new Template("gap", DIRS, LONG);
  private static final Template T_GAPT_LONG = new Template("gapt", DIRS, LONG, TYPES);
  private static final Template T_GAPQ_LONG = new Template("gapq", DIRS, LONG, QUOTE_ENDS);
  private static final Template T_CB = new Template("cb", DIRS, BIT, SIGNED);
  private static final Template T_SUBJ = new Template("subj", DIRS, BIT);
  private static final Template T_TCQ = new Template("tcq", TYPES, DIRS);
  private static final Template T_PREV = new Template("prev", SIGNED);
  private static final Template T_RULE = new Template("rule", BASES);
  private static final Template T_RULED = new Template("ruled", BASES, DIRS, TYPES);
  private static final Template T_RULENAME = new Template("rulename", TYPES);
  private static final Template T_NORULE = new Template("norule", TYPES, DIRS);
  // Quote-independent templates, in the order staticFeatures adds them.
  private static final Template T_TYPE = new Template("type", TYPES);
  private static final Template T_PR = new Template("pr", RATES, TYPES);
  private static final Template T_LEN = new Template("len", TYPES, SMALL);
  private static final Template T_CAP = new Template("cap", TYPES);
  private static final Template T_PERSON = new Template("person", SMALL);
  private static final Template T_LCF = new Template("lcf", SHARES, INITIAL);
  private static final Template T_LCH = new Template("lch", SHARES, SMALL);
  private static final Template T_OBJ = new Template("obj", DIRS);
  private static final Template T_ACC = new Template("acc", DIRS);
  private static final Template T_ACCT = new Template("acct", TYPES);
  private static final Template T_SI = new Template("si", TYPES);
  private static final Template T_TC = new Template("tc", TYPES);
  private static final Template T_NONAME = new Template("noname", TYPES);
  private static final Template T_FREQ = new Template("freq", SMALL);

  /**
   * One candidate's features as they are listed: kept as hashes (for training), or only summed
   * into a score, template weights read from arrays and other features from the weight table.
   */
  private static final class Acc {
    final boolean keep;
    final SpeakerModel model;
    final float[][] tables;
    final SpeakerModel.WeightCache cache;
    long[] values = new long[96];
    int size;
    double score;

    Acc(boolean keep, SpeakerModel model, float[][] tables) {
      this.keep = keep;
      this.model = model;
      this.tables = tables;
      this.cache = model.cache();
    }

    void reset() {
      size = 0;
      score = 0;
    }

    void add(Template t, int index) {
      if (keep) {
        if (!t.ablated) {
          push(t.hashes[index]);
        }
      } else {
        score += tables[t.id][index];
      }
    }

    /** A feature whose parts are open-ended (words), hashed as it comes. */
    void add(String template, long hash) {
      if (ABLATING && ABLATED.contains(template)) {
        return;
      }
      if (keep) {
        push(hash);
      } else {
        score += cache.weight(hash);
      }
    }

    private void push(long v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] features() {
      return java.util.Arrays.copyOf(values, size);
    }
  }

  private void featurize(List<Cand> cands, Marked m, int qa, int qb, Speaker rule, String previousName) {
    int qPara = a.paraOfToken[Math.min(qa, a.n - 1)];
    boolean qStartsPara = m.open() <= a.paragraphs.get(qPara).start() + 1;
    int qEnd = quoteEnd(m);
    String qBefore = qa - 1 >= 0 && !a.inQuote[qa - 1] && a.te[qa - 1] - a.ts[qa - 1] == 1
        && !a.isWordToken(qa - 1) ? a.word(qa - 1) : "w";
    // "qb" has an open-ended part, the mark before the quote: its weights are kept for this quote.
    long qbPrefix = SpeakerModel.extend(SpeakerModel.extend(SpeakerModel.SEED, "qb"), qBefore);
    // qBefore is one character, or "w", whose 'w' is no mark: its weights are kept by that.
    qbWeights = acc.cache.qbWeights(qBefore.charAt(0), DIRS.length * BUCKETS.length);
    int qSentA = sent[Math.min(qa, a.n - 1)];
    int qSentB = sent[Math.max(0, Math.min(qb, a.n) - 1)];
    // Ranks of each candidate by distance, on each side of the quote.
    int size = cands.size();
    if (dist.length < size) {
      dist = new int[Math.max(size, dist.length * 2)];
      kinds = new int[dist.length];
      sides = new boolean[dist.length];
      bounds = new double[dist.length];
      plain = new double[dist.length];
      order = new int[dist.length];
    }
    for (int c = 0; c < size; c++) {
      Cand x = cands.get(c);
      dist[c] = x.to <= qa ? qa - x.to : x.from - qb;
      kinds[c] = x.np.kind().ordinal();
      sides[c] = x.to <= qa;
    }
    int nameKind = Np.Kind.NAME.ordinal();
    // Exact pruning: each candidate's static score plus the features found at no cost, plus the
    // most the rest could add, bounds its score. Candidates are scored in the order of their
    // bounds, and once a bound falls below the best score found, neither that candidate nor any
    // after it can be chosen (nor tie), so their quote-dependent features are not computed. Only
    // the choice is needed then: features kept for training or scores logged are all computed.
    // The static score itself is first bounded (staticBound), and found exactly only for a
    // candidate whose bound does not rule it out: about half of the candidates' heads never are.
    boolean prune = !keepFeatures && scoreLog == null;
    boolean lazy = prune && !ABLATING;
    for (int c = 0; c < size; c++) {
      Cand x = cands.get(c);
      x.before = sides[c];
      if (lazy) {
        staticBound(x, sides[c]);
      } else {
        staticPart(x, sides[c]);
        x.staticBound = x.staticScore;
      }
      order[c] = c;
      if (prune) {
        plain[c] = plainScore(x, c, qPara, qStartsPara, qEnd, qbPrefix, qSentA, qSentB);
        bounds[c] = x.staticBound + plain[c] + restBound;
      }
    }
    if (prune) {
      sortByBound(size);
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < size; k++) {
      int c = order[k];
      Cand x = cands.get(c);
      if (prune && bounds[c] < best - PRUNE_MARGIN) {
        for (int rest = k; rest < size; rest++) {
          cands.get(order[rest]).dynScore = Double.NEGATIVE_INFINITY;
          skipped++;
        }
        break;
      }
      if (lazy && !x.staticExact) {
        // Its bound left it in: the exact static score may yet rule it out.
        completeStatic(x);
        if (x.staticScore + plain[c] + restBound < best - PRUNE_MARGIN) {
          x.dynScore = Double.NEGATIVE_INFINITY;
          skipped++;
          continue;
        }
      }
      boolean before = sides[c];
      int rank = 0;
      int rankType = 0;
      int between = 0;
      int dc = dist[c];
      int kc = kinds[c];
      for (int o = 0; o < size; o++) {
        if (o == c || sides[o] != before) {
          continue;
        }
        if (dist[o] < dc) {
          rank++;
          if (kinds[o] == kc) {
            rankType++;
          }
          if (kinds[o] == nameKind) {
            between++;
          }
        }
      }
      Acc f = acc;
      f.reset();
      int dir = before ? 0 : 1;
      int type = kc;
      int db = bucket(dist[c]);
      f.add(T_BIAS, 0);
      f.add(T_DIR, dir);
      f.add(T_DD, T_DD.index(dir, db));
      f.add(T_TD, T_TD.index(type, dir));
      f.add(T_TDD, T_TDD.index(type, dir, db));
      f.add(T_RK, T_RK.index(dir, small(rank)));
      f.add(T_RKT, T_RKT.index(type, dir, small(rankType)));
      f.add(T_NB, T_NB.index(dir, small(between)));
      int sd = signed(Math.max(-3, Math.min(3, sent[x.head] - (before ? qSentA : qSentB))));
      f.add(T_SD, T_SD.index(dir, sd));
      f.add(T_SDT, T_SDT.index(type, sd));
      int pds = signed(Math.max(-2, Math.min(2, a.paraOfToken[x.head] - qPara)));
      f.add(T_PD, pds);
      f.add(T_PDT, T_PDT.index(pds, type));
      f.add(T_PDQ, T_PDQ.index(pds, qStartsPara ? 1 : 0, dir));
      f.add(T_QE, T_QE.index(qEnd, dir, db));
      if (f.keep) {
        f.add("qb", SpeakerModel.extend(SpeakerModel.extend(qbPrefix, DIRS[dir]), BUCKETS[db]));
      } else {
        f.score += qbWeight(qbPrefix, dir, db);
      }
      // The words between candidate and quote, as a shape: ",” X said" has none, "X said: “"
      // has "V :".
      int gFrom = before ? x.to : qb;
      int gTo = before ? qa : x.from;
      if (gTo - gFrom > 6) {
        f.add(T_GAP_LONG, dir);
        f.add(T_GAPT_LONG, T_GAPT_LONG.index(dir, 0, type));
        f.add(T_GAPQ_LONG, T_GAPQ_LONG.index(dir, 0, qEnd));
      } else {
        long shape = gapShape(gFrom, gTo);
        int gapHash = (int) (shape >>> 32);
        int gapLength = (int) shape;
        f.add("gap", SpeakerModel.extend(
            SpeakerModel.extend(GAP_PREFIX, DIRS[dir]), gapHash, gapLength));
        f.add("gapt", SpeakerModel.extend(SpeakerModel.extend(
            SpeakerModel.extend(GAPT_PREFIX, DIRS[dir]), gapHash, gapLength), TYPES[type]));
        f.add("gapq", SpeakerModel.extend(SpeakerModel.extend(
            SpeakerModel.extend(GAPQ_PREFIX, DIRS[dir]), gapHash, gapLength), QUOTE_ENDS[qEnd]));
      }
      boolean cueBetween = cueBetween(gFrom, gTo);
      f.add(T_CB, T_CB.index(dir, cueBetween ? 1 : 0, sd));
      int v = auxEnd(x);
      if (v < a.n && !a.opaque(v) && isCue(v)) {
        boolean toward = !before || v < qa;
        f.add(T_SUBJ, T_SUBJ.index(dir, toward ? 1 : 0));
      }
      if (titleCase[qSentA]) {
        f.add(T_TCQ, T_TCQ.index(type, dir));
      }
      String name = name(x);
      if (name != null && name.equals(previousName)) {
        f.add(T_PREV, pds);
      }
      // The rules' choice, as evidence among the rest.
      if (rule != null) {
        if (x.rule) {
          int basis = rule.basis().ordinal();
          f.add(T_RULE, basis);
          f.add(T_RULED, T_RULED.index(basis, dir, type));
        } else if (name != null && name.equals(rule.name())) {
          f.add(T_RULENAME, type);
        }
      } else {
        f.add(T_NORULE, T_NORULE.index(type, dir));
      }
      if (keepFeatures) {
        x.dyn = f.features();
      } else {
        x.dynScore = f.score;
        best = Math.max(best, x.staticScore + x.dynScore);
      }
    }
  }

  /** Far more than the rounding of two sums of a few dozen weights in different orders. */
  private static final double PRUNE_MARGIN = 1e-6;
  /** How many candidates were skipped so, for tests. */
  int skipped;
  /**
   * For tests: how many head tokens had their static scores bounded while pruning, and how many
   * of those then needed them exactly.
   */
  int boundedHeads;
  int completedHeads;
  private double[] bounds = new double[32];
  /** Per candidate of the quote being featurized, its {@link #plainScore}. */
  private double[] plain = new double[32];
  private int[] order = new int[32];
  /** The most the features {@link #plainScore} leaves out can add, under this model. */
  private final double restBound;
  /** The largest weight of the name's frequency ("freq"), which bounds it before it is counted. */
  private final float maxFreq;

  /** The weight of "qb" for the quote being featurized, read once per direction and distance. */
  private float qbWeight(long qbPrefix, int dir, int db) {
    int qbIndex = dir * BUCKETS.length + db;
    float w = qbWeights[qbIndex];
    if (Float.isNaN(w)) {
      w = ABLATING && ABLATED.contains("qb") ? 0f : acc.cache.weight(
          SpeakerModel.extend(SpeakerModel.extend(qbPrefix, DIRS[dir]), BUCKETS[db]));
      qbWeights[qbIndex] = w;
    }
    return w;
  }

  /**
   * The weights of candidate {@code c}'s quote-dependent features that cost nothing to find
   * (direction, distance, sentence and paragraph deltas, the quote's end and the mark before it),
   * as {@link #featurize} finds them; the others are bounded by {@link #restBound}.
   */
  private double plainScore(Cand x, int c, int qPara, boolean qStartsPara, int qEnd,
      long qbPrefix, int qSentA, int qSentB) {
    boolean before = sides[c];
    int dir = before ? 0 : 1;
    int type = kinds[c];
    int db = bucket(dist[c]);
    int sd = signed(Math.max(-3, Math.min(3, sent[x.head] - (before ? qSentA : qSentB))));
    int pds = signed(Math.max(-2, Math.min(2, a.paraOfToken[x.head] - qPara)));
    float[][] t = tables;
    return (double) t[T_BIAS.id][0] + t[T_DIR.id][dir] + t[T_DD.id][T_DD.index(dir, db)]
        + t[T_TD.id][T_TD.index(type, dir)] + t[T_TDD.id][T_TDD.index(type, dir, db)]
        + t[T_SD.id][T_SD.index(dir, sd)] + t[T_SDT.id][T_SDT.index(type, sd)] + t[T_PD.id][pds]
        + t[T_PDT.id][T_PDT.index(pds, type)]
        + t[T_PDQ.id][T_PDQ.index(pds, qStartsPara ? 1 : 0, dir)]
        + t[T_QE.id][T_QE.index(qEnd, dir, db)] + qbWeight(qbPrefix, dir, db);
  }

  /**
   * An upper bound of what the features left out of {@link #plainScore} add: the largest weight
   * of each template always added (ranks, cue between), at least 0 for those added only
   * sometimes (subject cue, Title Case, previous speaker, the rules' choice), and for the gap
   * either its long form's or three times the model's largest weight (the short form's three
   * open-ended features weigh what the model says or 0).
   */
  private static double boundOfTheRest(float[][] t, SpeakerModel model) {
    double gapShort = 3 * Math.max(0, model.maxWeight());
    double gapLong = max(t, T_GAP_LONG) + max(t, T_GAPT_LONG) + max(t, T_GAPQ_LONG);
    double rule = Math.max(Math.max(0, max(t, T_RULE) + max(t, T_RULED)),
        Math.max(max(t, T_RULENAME), max(t, T_NORULE)));
    return max(t, T_RK) + max(t, T_RKT) + max(t, T_NB) + Math.max(gapShort, gapLong)
        + max(t, T_CB) + Math.max(0, max(t, T_SUBJ)) + Math.max(0, max(t, T_TCQ))
        + Math.max(0, max(t, T_PREV)) + rule;
  }

  private static float max(float[][] t, Template template) {
    float m = Float.NEGATIVE_INFINITY;
    for (float w : t[template.id]) {
      m = Math.max(m, w);
    }
    return m;
  }

  /** Orders the first {@code size} candidates by their bounds, highest first. */
  private void sortByBound(int size) {
    for (int i = 1; i < size; i++) {
      int c = order[i];
      int j = i - 1;
      while (j >= 0 && bounds[order[j]] < bounds[c]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = c;
    }
  }

  private static final long GAP_PREFIX = SpeakerModel.extend(SpeakerModel.SEED, "gap");
  private static final long GAPT_PREFIX = SpeakerModel.extend(SpeakerModel.SEED, "gapt");
  private static final long GAPQ_PREFIX = SpeakerModel.extend(SpeakerModel.SEED, "gapq");
  /**
   * The weights of "qb" for the mark before the quote being featurized, by direction and distance;
   * NaN unread. Kept per mark by the thread's weight cache, across quotes and documents.
   */
  private float[] qbWeights;
  private int[] dist = new int[32];
  private int[] kinds = new int[32];
  private boolean[] sides = new boolean[32];

  /**
   * Gives {@code x} its quote-independent features (for training) or their score, kept per head
   * token and side for the candidates of the generator, which all quotes around them share.
   */
  private void staticPart(Cand x, boolean before) {
    if (!x.generated) {
      staticAccB.reset();
      staticAccA.reset();
      staticFeatures(x, staticAccB, staticAccA);
      Acc f = before ? staticAccB : staticAccA;
      if (keepFeatures) {
        x.stat = f.features();
      } else {
        x.staticScore = f.score;
      }
      return;
    }
    if (keepFeatures) {
      if (statB == null) {
        // Only training keeps features: finding speakers needs no arrays of them per token.
        statB = new long[a.n][];
        statA = new long[a.n][];
      }
      long[][] cache = before ? statB : statA;
      if (cache[x.head] == null) {
        staticAccB.reset();
        staticAccA.reset();
        staticFeatures(x, staticAccB, staticAccA);
        statB[x.head] = staticAccB.features();
        statA[x.head] = staticAccA.features();
      }
      x.stat = cache[x.head];
    } else {
      Head h = x.h;
      if (!h.statDone) {
        h.statDone = true;
        staticAccB.reset();
        staticAccA.reset();
        staticFeatures(x, staticAccB, staticAccA);
        h.statB = staticAccB.score;
        h.statA = staticAccA.score;
      }
      x.staticScore = before ? h.statB : h.statA;
    }
  }

  /**
   * Gives {@code x} its {@link Cand#staticBound} while pruning: the static score itself when it is
   * known (kept per head token, as {@link #staticPart} keeps it, or found at once for the rules'
   * own candidate), else an upper bound of it, kept per head token. {@link #completeStatic} finds
   * the score from where the bound left off.
   */
  private void staticBound(Cand x, boolean before) {
    Head h = x.h;
    if (!x.generated || h.statDone) {
      staticPart(x, before);
      x.staticBound = x.staticScore;
      x.staticExact = true;
      return;
    }
    if (!h.boundDone) {
      h.boundDone = true;
      boundedHeads++;
      staticAccB.reset();
      staticAccA.reset();
      staticHead(x, staticAccB, staticAccA);
      h.headB = staticAccB.score;
      h.headA = staticAccA.score;
      staticTail(x, staticAccB, staticAccA, false);
      h.boundB = staticAccB.score;
      h.boundA = staticAccA.score;
    }
    x.staticBound = before ? h.boundB : h.boundA;
    x.staticExact = false;
  }

  /**
   * Gives generated candidate {@code x}, bounded by {@link #staticBound}, its static score: the
   * tail of {@link #staticScores} added to the head's kept sums, so the same weights in the same
   * order as {@link #staticPart} adds them.
   */
  private void completeStatic(Cand x) {
    Head h = x.h;
    if (!h.statDone) {
      h.statDone = true;
      staticAccB.reset();
      staticAccA.reset();
      completedHeads++;
      staticAccB.score = h.headB;
      staticAccA.score = h.headA;
      staticTail(x, staticAccB, staticAccA, true);
      h.statB = staticAccB.score;
      h.statA = staticAccA.score;
    }
    x.staticScore = x.before ? h.statB : h.statA;
    x.staticExact = true;
  }

  /**
   * Adds the weights of feature {@code name} of {@code part} with "B" to {@code fb} and with "A"
   * to {@code fa}, as two {@link Acc#add} of the hashes would: those of a one-character part (a
   * word class, a mark) read from the thread's weight cache, which keeps them by the character.
   */
  private static void addPart(Acc fb, Acc fa, int template, String name, String part) {
    if (part.length() == 1 && part.charAt(0) < 128) {
      float[] w = fb.cache.partWeights(template, name, part.charAt(0));
      fb.score += w[0];
      fa.score += w[1];
    } else {
      long h = SpeakerModel.hash(name, part);
      fb.add(name, SpeakerModel.extend(h, "B"));
      fa.add(name, SpeakerModel.extend(h, "A"));
    }
  }

  /** A feature both sides share: its weight is read once. */
  private static void both(Acc b, Acc a, Template t, int index) {
    if (b.keep) {
      b.add(t, index);
      a.add(t, index);
    } else {
      float w = b.tables[t.id][index];
      b.score += w;
      a.score += w;
    }
  }

  private static void both(Acc b, Acc a, String template, long hash) {
    if (ABLATING && ABLATED.contains(template)) {
      return;
    }
    if (b.keep) {
      b.push(hash);
      a.push(hash);
    } else {
      float w = b.cache.weight(hash);
      b.score += w;
      a.score += w;
    }
  }

  /**
   * The features of a candidate that do not depend on which quote it is weighed for, only on
   * which side of it the candidate stands ({@code fb} before the quote, {@code fa} after it): kept
   * per head token, since the quotes of a paragraph share their candidates, and found for both
   * sides at once, since most of them are the same on both.
   */
  private void staticFeatures(Cand x, Acc fb, Acc fa) {
    if (!fb.keep && !ABLATING) {
      staticScores(x, fb, fa);
      return;
    }
    int type = x.np.kind().ordinal();
    Word hx = a.lex(x.head);
    String hw = hx.stem();
    Word hwLex = hw.equals(hx.lower) ? hx : Word.ofLower(hw);
    both(fb, fa, T_TYPE, type);
    // The head word and how often such a word heads a source in the training data.
    if (x.np.kind() == Np.Kind.NAME) {
      both(fb, fa, "hwn", SpeakerModel.hash("hwn", hw));
    } else {
      both(fb, fa, "hw", SpeakerModel.hash("hw", hw));
      long hwd = SpeakerModel.hash("hwd", hw);
      fb.add("hwd", SpeakerModel.extend(hwd, "B"));
      fa.add("hwd", SpeakerModel.extend(hwd, "A"));
    }
    both(fb, fa, T_PR, T_PR.index(rateBucket(hwLex.headRate(model)), type));
    both(fb, fa, T_LEN, T_LEN.index(type, small(x.to - x.from)));
    if (a.isCapital(x.from) && x.from < a.n && !a.has(x.from, Word.OPENER)) {
      both(fb, fa, T_CAP, type);
    }
    if (x.np.kind() == Np.Kind.NAME) {
      both(fb, fa, T_PERSON, small(a.personScore(x.np)));
      // A capitalised word usually seen in lower case ("Each", "Citing") opens a sentence.
      boolean initial = x.from == 0 || sent[x.from - 1] != sent[x.from];
      both(fb, fa, T_LCF, T_LCF.index(shareBucket(a.lex(x.from).lowerShare(model)), initial ? 1 : 0));
      both(fb, fa, T_LCH, T_LCH.index(shareBucket(hwLex.lowerShare(model)), small(x.to - x.from)));
    } else if (hw.length() > 3) {
      both(fb, fa, "suf", SpeakerModel.hash("suf", hw.substring(hw.length() - 3), TYPES[type]));
    }
    // The verb right after the candidate, of which it is the subject.
    int v = auxEnd(x);
    if (v < a.n && !a.opaque(v) && a.isWordToken(v)) {
      String vw = a.lower(v);
      long nx = SpeakerModel.hash("nx", wordClass(v));
      fb.add("nx", SpeakerModel.extend(nx, "B"));
      fa.add("nx", SpeakerModel.extend(nx, "A"));
      if (isCue(v)) {
        both(fb, fa, "subjw", SpeakerModel.hash("subjw", vw));
        long subjwd = SpeakerModel.hash("subjwd", vw);
        fb.add("subjwd", SpeakerModel.extend(subjwd, "B"));
        fa.add("subjwd", SpeakerModel.extend(subjwd, "A"));
      }
    } else if (v < a.n) {
      long nxp = SpeakerModel.hash("nxp", a.opaque(v) ? "Q" : a.word(v));
      fb.add("nxp", SpeakerModel.extend(nxp, "B"));
      fa.add("nxp", SpeakerModel.extend(nxp, "A"));
    }
    // The word right before it: a cue there makes the candidate its object ("accused X") or its
    // inverted subject ("said X"), depending on the verb.
    int p = x.from - 1;
    if (p >= 0) {
      String pw = a.opaque(p) ? "Q" : a.isWordToken(p) ? a.lower(p) : a.word(p);
      long pv = SpeakerModel.hash("pv", wordClass(p));
      fb.add("pv", SpeakerModel.extend(pv, "B"));
      fa.add("pv", SpeakerModel.extend(pv, "A"));
      if (a.isWordToken(p) && !a.opaque(p)) {
        long pvw = SpeakerModel.hash("pvw", pw);
        fb.add("pvw", SpeakerModel.extend(pvw, "B"));
        fa.add("pvw", SpeakerModel.extend(pvw, "A"));
      }
      if (!a.opaque(p) && isCue(p)) {
        fb.add(T_OBJ, 0);
        fa.add(T_OBJ, 1);
        long objw = SpeakerModel.hash("objw", pw);
        fb.add("objw", SpeakerModel.extend(objw, "B"));
        fa.add("objw", SpeakerModel.extend(objw, "A"));
      }
      if (p - 1 >= 0 && pw.equals("to") && a.lower(p - 1).equals("according")) {
        fb.add(T_ACC, 0);
        fa.add(T_ACC, 1);
        both(fb, fa, T_ACCT, type);
      }
      if (p - 1 >= 0 && !a.opaque(p - 1) && a.isWordToken(p - 1) && a.isLowerWord(p - 1)) {
        both(fb, fa, "pv2", SpeakerModel.hash("pv2", a.lower(p - 1), pw));
      }
      if (sent[p] != sent[x.from]) {
        both(fb, fa, T_SI, type);
        both(fb, fa, "siw", SpeakerModel.hash("siw", hw));
      }
    }
    if (titleCase[sent[x.head]]) {
      both(fb, fa, T_TC, type);
    }
    String name = name(x);
    if (name == null) {
      both(fb, fa, T_NONAME, type);
    } else {
      both(fb, fa, T_FREQ, small(nameCount(name) / 2));
    }
  }

  // The slots of a word's weights (Word.weights): the features a word names as the head of a
  // candidate, and as the word after it (a verb) or before it.
  private static final int W_HWN = 0;
  private static final int W_HW = 1;
  private static final int W_HWD_B = 2;
  private static final int W_HWD_A = 3;
  private static final int W_SIW = 4;
  /** "suf" by the candidate's type: the head word's last three letters and the type. */
  private static final int W_SUF = 5;
  /** Np.Kind's four values. */
  private static final int W_SUBJW = W_SUF + 4;
  private static final int W_SUBJWD_B = W_SUBJW + 1;
  private static final int W_SUBJWD_A = W_SUBJW + 2;
  private static final int W_PVW_B = W_SUBJW + 3;
  private static final int W_PVW_A = W_SUBJW + 4;
  private static final int W_OBJW_B = W_SUBJW + 5;
  private static final int W_OBJW_A = W_SUBJW + 6;
  private static final int W_SLOTS = W_SUBJW + 7;

  static {
    if (Np.Kind.values().length != W_SUBJW - W_SUF) {
      throw new AssertionError("a \"suf\" weight slot for each kind of noun phrase");
    }
  }

  /** The weight of the feature in slot {@code slot} that word {@code w} names, read once per word. */
  private float wordWeight(Word w, int slot) {
    float[] ws = w.weights(model, W_SLOTS);
    float x = ws[slot];
    if (Float.isNaN(x)) {
      x = acc.cache.weight(wordFeature(w.lower, slot));
      ws[slot] = x;
    }
    return x;
  }

  /** The hash of the feature in slot {@code slot} of word {@code w}, as staticFeatures builds it. */
  private static long wordFeature(String w, int slot) {
    switch (slot) {
      case W_HWN: return SpeakerModel.hash("hwn", w);
      case W_HW: return SpeakerModel.hash("hw", w);
      case W_HWD_B: return SpeakerModel.extend(SpeakerModel.hash("hwd", w), "B");
      case W_HWD_A: return SpeakerModel.extend(SpeakerModel.hash("hwd", w), "A");
      case W_SIW: return SpeakerModel.hash("siw", w);
      case W_SUBJW: return SpeakerModel.hash("subjw", w);
      case W_SUBJWD_B: return SpeakerModel.extend(SpeakerModel.hash("subjwd", w), "B");
      case W_SUBJWD_A: return SpeakerModel.extend(SpeakerModel.hash("subjwd", w), "A");
      case W_PVW_B: return SpeakerModel.extend(SpeakerModel.hash("pvw", w), "B");
      case W_PVW_A: return SpeakerModel.extend(SpeakerModel.hash("pvw", w), "A");
      case W_OBJW_B: return SpeakerModel.extend(SpeakerModel.hash("objw", w), "B");
      case W_OBJW_A: return SpeakerModel.extend(SpeakerModel.hash("objw", w), "A");
      default:
        return SpeakerModel.hash("suf", w.substring(w.length() - 3), TYPES[slot - W_SUF]);
    }
  }

  /** A weight both sides add. */
  private static void both(Acc b, Acc a, float w) {
    b.score += w;
    a.score += w;
  }

  /**
   * The scores of {@link #staticFeatures}, when no feature is kept nor left out: the same weights
   * added in the same order, those that a word names read from the word's record.
   */
  private void staticScores(Cand x, Acc fb, Acc fa) {
    staticHead(x, fb, fa);
    staticTail(x, fb, fa, true);
  }

  /**
   * The weights of {@link #staticScores} up to the word pair before the candidate ("pv2"): what
   * costs little to find once the candidate is known.
   */
  private void staticHead(Cand x, Acc fb, Acc fa) {
    int type = x.np.kind().ordinal();
    Word hx = a.lex(x.head);
    Word hwLex = hx.stemWord();
    String hw = hwLex.lower;
    both(fb, fa, T_TYPE, type);
    if (x.np.kind() == Np.Kind.NAME) {
      both(fb, fa, wordWeight(hwLex, W_HWN));
    } else {
      both(fb, fa, wordWeight(hwLex, W_HW));
      fb.score += wordWeight(hwLex, W_HWD_B);
      fa.score += wordWeight(hwLex, W_HWD_A);
    }
    both(fb, fa, T_PR, T_PR.index(rateBucket(hwLex.headRate(model)), type));
    both(fb, fa, T_LEN, T_LEN.index(type, small(x.to - x.from)));
    if (a.isCapital(x.from) && x.from < a.n && !a.has(x.from, Word.OPENER)) {
      both(fb, fa, T_CAP, type);
    }
    if (x.np.kind() == Np.Kind.NAME) {
      both(fb, fa, T_PERSON, small(a.personScore(x.np)));
      boolean initial = x.from == 0 || sent[x.from - 1] != sent[x.from];
      both(fb, fa, T_LCF, T_LCF.index(shareBucket(a.lex(x.from).lowerShare(model)), initial ? 1 : 0));
      both(fb, fa, T_LCH, T_LCH.index(shareBucket(hwLex.lowerShare(model)), small(x.to - x.from)));
    } else if (hw.length() > 3) {
      both(fb, fa, wordWeight(hwLex, W_SUF + type));
    }
    int v = auxEnd(x);
    if (v < a.n && !a.opaque(v) && a.isWordToken(v)) {
      addPart(fb, fa, SpeakerModel.WeightCache.NX, "nx", wordClass(v));
      if (isCue(v)) {
        Word vx = a.lex(v);
        both(fb, fa, wordWeight(vx, W_SUBJW));
        fb.score += wordWeight(vx, W_SUBJWD_B);
        fa.score += wordWeight(vx, W_SUBJWD_A);
      }
    } else if (v < a.n) {
      // The class of an opaque or non-word token is "Q" or the token itself, as "nxp" reads it.
      addPart(fb, fa, SpeakerModel.WeightCache.NXP, "nxp", wordClass(v));
    }
    int p = x.from - 1;
    if (p >= 0) {
      boolean pWord = !a.opaque(p) && a.isWordToken(p);
      String pw = a.opaque(p) ? "Q" : a.isWordToken(p) ? a.lower(p) : a.word(p);
      addPart(fb, fa, SpeakerModel.WeightCache.PV, "pv", wordClass(p));
      if (pWord) {
        Word px = a.lex(p);
        fb.score += wordWeight(px, W_PVW_B);
        fa.score += wordWeight(px, W_PVW_A);
      }
      if (!a.opaque(p) && isCue(p)) {
        fb.add(T_OBJ, 0);
        fa.add(T_OBJ, 1);
        Word px = a.lex(p);
        fb.score += wordWeight(px, W_OBJW_B);
        fa.score += wordWeight(px, W_OBJW_A);
      }
      if (p - 1 >= 0 && pw.equals("to") && a.lower(p - 1).equals("according")) {
        fb.add(T_ACC, 0);
        fa.add(T_ACC, 1);
        both(fb, fa, T_ACCT, type);
      }
    }
  }

  /**
   * The rest of {@link #staticScores}, added to what {@link #staticHead} gave, in the same order:
   * exactly when {@code exact}, else an upper bound of it that reads neither the weight of the
   * word pair before the candidate nor its name (the most the pair can weigh, the most its name
   * can), the costliest of its features to find (JFR: a sixth of the ranker's CPU). Each weight
   * bounded by one at least as large, added in the same order, gives a sum at least as large.
   */
  private void staticTail(Cand x, Acc fb, Acc fa, boolean exact) {
    int type = x.np.kind().ordinal();
    int p = x.from - 1;
    if (p >= 0) {
      if (p - 1 >= 0 && !a.opaque(p - 1) && a.isWordToken(p - 1) && a.isLowerWord(p - 1)) {
        if (exact) {
          String pw = a.opaque(p) ? "Q" : a.isWordToken(p) ? a.lower(p) : a.word(p);
          both(fb, fa, "pv2", SpeakerModel.hash("pv2", a.lower(p - 1), pw));
        } else {
          both(fb, fa, Math.max(0f, model.maxWeight()));
        }
      }
      if (sent[p] != sent[x.from]) {
        both(fb, fa, T_SI, type);
        both(fb, fa, wordWeight(a.lex(x.head).stemWord(), W_SIW));
      }
    }
    if (titleCase[sent[x.head]]) {
      both(fb, fa, T_TC, type);
    }
    if (!exact) {
      both(fb, fa, Math.max(tables[T_NONAME.id][type], maxFreq));
      return;
    }
    String name = name(x);
    if (name == null) {
      both(fb, fa, T_NONAME, type);
    } else {
      both(fb, fa, T_FREQ, small(nameCount(name) / 2));
    }
  }

  private final float[][] tables;
  /** When set (by tests), each speech quote's candidate scores, as the ranker weighs them. */
  List<double[]> scoreLog;
  private Acc acc;
  private Acc staticAccB;
  private Acc staticAccA;
  /** Whether candidates keep their features, for training, or only their scores. */
  private boolean keepFeatures;

  /** The token after the auxiliaries and adverbs that follow candidate {@code x}, kept per head. */
  private int auxEnd(Cand x) {
    if (!x.generated) {
      return skipAuxForward(x.to);
    }
    int v = x.h.auxEnd;
    if (v == 0) {
      v = skipAuxForward(x.to) + 1;
      x.h.auxEnd = v;
    }
    return v - 1;
  }

  private int skipAuxForward(int i) {
    int v = i;
    while (v < a.n && v - i < 3 && !a.opaque(v) && a.isWordToken(v)
        && (a.has(v, Word.AUX) || a.isAdverb(v))) {
      v++;
    }
    return v;
  }

  boolean isCue(int i) {
    byte c = cueState[i];
    if (c == 0) {
      // The word is asked about first: few words are cues, and a noun use looks at the word before.
      boolean cue = a.isWordToken(i) && a.isLowerWord(i) && isCueWord(a.lex(i)) && !a.isNounUse(i);
      c = cue ? (byte) 1 : (byte) 2;
      cueState[i] = c;
    }
    return c == 1;
  }

  /** Whether a word lies in cues often enough in the training data, or is a known speech verb. */
  private boolean isCueWord(Word w) {
    return w.cueRate(model) >= 0.15f || w.is(Word.SPEECH_VERB);
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
    if (a.has(i, Word.AUX)) {
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

  /**
   * The shape of the tokens from {@code from} to {@code to} (at most 6), as the {@link
   * String#hashCode} (high half) and length (low half) of the string of their classes, each
   * followed by a space, a run of quoted tokens counted once: ", V " or "V : ".
   */
  private long gapShape(int from, int to) {
    int h = 0;
    int length = 0;
    String last = "";
    for (int i = from; i < to; i++) {
      String c = wordClass(i);
      if (c.equals("Q") && last.equals("Q")) {
        continue;
      }
      for (int k = 0; k < c.length(); k++) {
        h = 31 * h + c.charAt(k);
      }
      h = 31 * h + ' ';
      length += c.length() + 1;
      last = c;
    }
    return ((long) h << 32) | (length & 0xffffffffL);
  }

  /** The quote's last character as an index into {@link #QUOTE_ENDS}. */
  private int quoteEnd(Marked m) {
    int e = m.content().end();
    while (e > m.content().start() && Character.isWhitespace(a.text.charAt(e - 1))) {
      e--;
    }
    if (e == m.content().start()) {
      return 0;
    }
    int at = ",.?!:;—–-…".indexOf(a.text.charAt(e - 1));
    return at >= 0 ? at + 2 : 1;
  }

  /** A distance as an index into {@link #BUCKETS}. */
  private static int bucket(int d) {
    if (d <= 3) {
      return Math.max(0, d);
    }
    if (d <= 5) {
      return 4;
    }
    if (d <= 9) {
      return 5;
    }
    if (d <= 15) {
      return 6;
    }
    if (d <= 30) {
      return 7;
    }
    return 8;
  }

  /** A share as an index into {@link #SHARES}. */
  private static int shareBucket(float r) {
    if (r < 0) {
      return 0;
    }
    if (r < 0.05) {
      return 1;
    }
    if (r < 0.3) {
      return 2;
    }
    if (r < 0.7) {
      return 3;
    }
    if (r < 0.95) {
      return 4;
    }
    return 5;
  }

  /** A count as an index into {@link #SMALL}. */
  private static int small(int k) {
    return Math.max(0, Math.min(4, k));
  }

  /** A delta as an index into {@link #SIGNED}. */
  private static int signed(int k) {
    return Math.max(-3, Math.min(3, k)) + 3;
  }

  /** A rate as an index into {@link #RATES}. */
  private static int rateBucket(float r) {
    if (r <= 0) {
      return 0;
    }
    if (r < 0.01) {
      return 1;
    }
    if (r < 0.05) {
      return 2;
    }
    if (r < 0.2) {
      return 3;
    }
    if (r < 0.5) {
      return 4;
    }
    return 5;
  }

  static String stripPossessive(String w) {
    if (w.endsWith("’s") || w.endsWith("'s")) {
      return w.substring(0, w.length() - 2);
    }
    return w.toLowerCase(Locale.ROOT);
  }
}
