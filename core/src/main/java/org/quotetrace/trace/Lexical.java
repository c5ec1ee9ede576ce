package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a word alignment says about a unit: verbatim, edited, or left for meaning to decide. */
final class Lexical {
  private Lexical() {}

  // "About one word in five or fewer changed, added or dropped" (DESIGN.md, edited).
  static final double EDITED_SHARE = 0.2;
  static final double EDITED_COVERAGE = 0.7;

  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without",
          "nowhere");

  /**
   * What the alignment of the unit with a source says: verbatim or edited when it settles the
   * unit, otherwise a lead for the meaning stage.
   */
  static Finding classify(Words a, Unit u, SourceText s, Aligner.Alignment al) {
    int n = u.tokens().length;
    int changes = 0;
    boolean meaningChanged = false;
    Set<String> shares = null;
    for (int k = 0; k < n; k++) {
      byte kind = al.kind()[k];
      if (kind != Aligner.EXACT) {
        changes++;
        String w = a.norm[u.tokens()[k]];
        if (Norm.isNumeral(w) && shares == null) {
          shares = shares(s, al.sourceFrom(), al.sourceTo());
        }
        // "25 per cent" for "a quarter" is the same share in other words: an edit.
        if (Norm.isNumeral(w) && !shares.contains(w) || NEGATIONS.contains(w)) {
          meaningChanged = true;
        }
      }
    }
    // Source words inside the aligned stretch that the quote does not have.
    boolean[] used = new boolean[al.sourceTo() - al.sourceFrom()];
    for (int t : al.to()) {
      if (t >= 0) {
        used[t - al.sourceFrom()] = true;
      }
    }
    movedWords(a, u, s, al, used);
    if (shares != null && !shares.isEmpty()) {
      // The "a" of "a quarter" goes with the fraction the quote gives in per cent: no omission.
      for (int i = al.sourceFrom() + 1; i < al.sourceTo(); i++) {
        String lead = s.words.norm[i - 1];
        if (used[i - al.sourceFrom()] && !used[i - 1 - al.sourceFrom()]
            && (lead.equals("a") || lead.equals("an") || lead.equals("one"))
            && MeaningCheck.isFractionWord(s.words.norm[i])) {
          used[i - 1 - al.sourceFrom()] = true;
        }
      }
    }
    // Source words a quote word was put in the place of: "must" for the "have" of "have to".
    boolean[] replaced = new boolean[al.sourceTo() - al.sourceFrom()];
    for (int k = 0; k < n; k++) {
      int t = al.to()[k];
      if (t >= al.sourceFrom() && t < al.sourceTo() && al.kind()[k] == Aligner.SUB) {
        replaced[t - al.sourceFrom()] = true;
      }
    }
    List<Finding.Gap> skipped = new ArrayList<>();
    int run = -1;
    for (int i = al.sourceFrom(); i <= al.sourceTo(); i++) {
      boolean gap = i < al.sourceTo() && !used[i - al.sourceFrom()] && !s.words.silent(i);
      if (gap && run < 0) {
        run = i;
      } else if (!gap && run >= 0 && i - run == 1 && !Norm.isNumeral(s.words.norm[run])
          && !NEGATIONS.contains(s.words.norm[run])
          && (run > al.sourceFrom() && replaced[run - 1 - al.sourceFrom()]
              || i < al.sourceTo() && replaced[i - al.sourceFrom()])) {
        // One word beside a word the quote replaced: a phrase of two said as one ("must" for
        // "have to", "furious" for "very angry"), one change and no words left out.
        run = -1;
      } else if (!gap && run >= 0 && tenseOnly(s, run, i, al, used)) {
        changes++; // "has lost" quoted as "lost": the tense changed, no words of the claim left out
        run = -1;
      } else if (!gap && run >= 0) {
        // An aside dropped is an omission, not a join, but like a join it is one mark's worth of
        // change, not one a word: the words around it are the speaker's as said.
        boolean aside = isAside(s, run, i);
        boolean big = !aside && isBig(s, run, i);
        skipped.add(new Finding.Gap(run, i, big));
        if (aside) {
          changes++;
        }
        if (!big) {
          changes += aside ? 0 : s.words.saidCount(run, i);
          for (int j = run; j < i; j++) {
            if (Norm.isNumeral(s.words.norm[j]) || NEGATIONS.contains(s.words.norm[j])) {
              meaningChanged = true;
            }
          }
        }
        run = -1;
      }
    }
    // "We're" for "we are" is the same words, but DESIGN.md's verbatim forgives only case,
    // punctuation, spelling and number forms: a changed contraction is one edit.
    java.util.Set<Integer> rewritten = new java.util.HashSet<>();
    for (int k = 0; k < n; k++) {
      int t = al.to()[k];
      if (t >= 0 && al.kind()[k] == Aligner.EXACT
          && a.contracted[u.tokens()[k]] != s.words.contracted[t]) {
        rewritten.add(a.contracted[u.tokens()[k]] ? a.start[u.tokens()[k]] : -1 - s.words.start[t]);
      }
    }
    changes += rewritten.size();
    double cover = coverage(a, u.tokens(), al);
    boolean big = skipped.stream().anyMatch(Finding.Gap::join);
    Support support = null;
    double similarity = 0;
    if (changes == 0 && cover >= 0.999) {
      support = Support.VERBATIM;
      similarity = 1;
    } else if (!meaningChanged && cover >= EDITED_COVERAGE
        && (n >= 4 ? changes <= Math.max(1, Math.round(EDITED_SHARE * n)) : changes == 0)) {
      support = Support.EDITED;
      similarity = Math.max(0, 1 - (double) changes / Math.max(n, 1));
    }
    if (support == null) {
      return Finding.lead(u, s, al, skipped);
    }
    if (big) {
      // Pieces far apart in the source joined as one sentence: still the speaker's words, and
      // the judge flags the join.
      similarity = Math.min(similarity, 0.95);
    }
    return new Finding(u, support, similarity, s, null, al, skipped, List.of());
  }

  /** The shares in per cent that {@code [from, to)} of the source gives as fractions ("a third"). */
  private static Set<String> shares(SourceText s, int from, int to) {
    List<String> ws = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      ws.add(s.words.norm[i]);
    }
    List<String> shared = MeaningCheck.fractions(ws);
    if (shared == ws) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (String x : shared) {
      if (Norm.isNumeral(x) && !ws.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  // Words whose place in a sentence says what they bear on: moved, they say another thing ("we
  // only cut taxes for the poor", "we cut taxes only for the poor").
  private static final Set<String> FOCUS = Set.of("only", "just", "even", "also", "too", "still",
      "alone", "merely", "solely");

  /**
   * Marks as used the source word each unaligned content word of the quote was moved from, inside
   * the aligned stretch: "Frankly the old line is falling apart" for "The old line, frankly, is
   * falling apart" moves one word, one edit, where the order-keeping alignment saw a word added
   * and another dropped (two edits, and an omission that is not one). Not a negation, a figure,
   * a quantifier or a word of focus, whose place is their meaning.
   */
  private static void movedWords(Words a, Unit u, SourceText s, Aligner.Alignment al,
      boolean[] used) {
    int[] toks = u.tokens();
    for (int k = 0; k < toks.length; k++) {
      int t = toks[k];
      if (al.to()[k] >= 0 && al.kind()[k] != Aligner.NONE || !a.content[t]
          || NEGATIONS.contains(a.norm[t]) || MeaningCheck.NEGATIONS.contains(a.norm[t])
          || Norm.isNumeral(a.norm[t]) || MeaningCheck.isQuantifier(a.norm[t])
          || FOCUS.contains(a.norm[t])) {
        continue;
      }
      for (int i = al.sourceFrom(); i < al.sourceTo(); i++) {
        if (!used[i - al.sourceFrom()] && !s.words.silent(i) && s.words.norm[i].equals(a.norm[t])) {
          used[i - al.sourceFrom()] = true;
          break;
        }
      }
    }
  }

  /** The auxiliaries of the perfect: dropped before their verb, they only move it into the past. */
  private static final Set<String> PERFECT = Set.of("has", "have", "had");

  /**
   * Whether source words {@code [from, to)}, left out of the quote, are one auxiliary of the perfect
   * whose verb, right after it, the quote keeps: "the club lost half its members" for "the club has
   * lost half its members" is an edit of tense, not an omission.
   */
  private static boolean tenseOnly(SourceText s, int from, int to, Aligner.Alignment al,
      boolean[] used) {
    return to - from == 1 && PERFECT.contains(s.words.norm[from]) && to < al.sourceTo()
        && used[to - al.sourceFrom()] && !Norm.isNumeral(s.words.norm[to])
        && !NEGATIONS.contains(s.words.norm[to]);
  }

  // A gap that skips a sentence boundary or several content words is a join, not a trim.
  private static boolean isBig(SourceText s, int from, int to) {
    int content = s.words.contentCount(from, to);
    if (content >= 4 || to - from >= 7) {
      return true;
    }
    if (content >= 1) {
      SourceText.Passage last = s.sentenceAt(to - 1);
      return last.from() > from && last.from() < to;
    }
    return false;
  }

  /** A dash that sets words off: an em or en dash, a spaced hyphen, or two hyphens. */
  private static final java.util.regex.Pattern DASH =
      java.util.regex.Pattern.compile("—|–|\\s-\\s|--");

  /**
   * Whether words {@code [from, to)} are an aside inside one sentence, set off by dashes or
   * parentheses on both sides: "The plan – which we published in full in May – is fully funded"
   * quoted as "The plan is fully funded" drops words inside one passage, however many, and
   * joins nothing that was apart.
   */
  private static boolean isAside(SourceText s, int from, int to) {
    Words w = s.words;
    if (from <= 0 || to >= w.size || s.sentenceAt(from - 1) != s.sentenceAt(to)) {
      return false;
    }
    // A contraction's two words share characters ("don't" is "do" and "n't"): nothing between.
    String before = w.text.substring(Math.min(w.end[from - 1], w.start[from]), w.start[from]);
    String after = w.text.substring(Math.min(w.end[to - 1], w.start[to]), w.start[to]);
    boolean dash = DASH.matcher(before).find() && DASH.matcher(after).find();
    boolean paren = before.contains("(") && after.contains(")");
    return dash || paren;
  }

  /** The weighted share of the unit's words aligned to the same word or the same stem. */
  static double coverage(Words a, int[] tokens, Aligner.Alignment al) {
    double all = 0;
    double hit = 0;
    for (int k = 0; k < tokens.length; k++) {
      double w = a.weight(tokens[k]);
      all += w;
      if (al.kind()[k] == Aligner.EXACT || al.kind()[k] == Aligner.STEM) {
        hit += w;
      }
    }
    return all == 0 ? 0 : hit / all;
  }

  static double coverage(Words a, Finding f) {
    return coverage(a, f.unit().tokens(), f.alignment());
  }

  /**
   * The unit's words before the first and after the last aligned word, when they hold two
   * content words or more: a clause the source does not have.
   */
  static List<org.quotetrace.text.Span> unalignedEdges(Words a, Unit u, SourceText s,
      Aligner.Alignment al) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < u.tokens().length; k++) {
      if (al.to()[k] >= 0 && al.kind()[k] != Aligner.SUB) {
        if (first < 0) {
          first = k;
        }
        last = k;
      }
    }
    List<org.quotetrace.text.Span> out = new ArrayList<>();
    if (first < 0) {
      return out;
    }
    // An edge is the quote's own only where the source sentence has nothing on that side for it
    // to render: "Maybe someone will say" against "Some may say" is a rewording, not an addition.
    SourceText.Passage sentence = s.sentenceAt(al.sourceFrom());
    if (sentence.from() > al.sourceFrom() || al.sourceFrom() >= sentence.to()) {
      sentence = null;
    }
    boolean before = sentence == null || al.sourceFrom() <= sentence.from();
    boolean after = sentence == null || al.sourceTo() >= sentence.to();
    if (before && contentIn(a, u.tokens(), 0, first) >= 2) {
      out.add(new org.quotetrace.text.Span(a.start[u.tokens()[0]], a.end[u.tokens()[first - 1]]));
    }
    if (after && contentIn(a, u.tokens(), last + 1, u.tokens().length) >= 2) {
      out.add(new org.quotetrace.text.Span(a.start[u.tokens()[last + 1]],
          a.end[u.tokens()[u.tokens().length - 1]]));
    }
    return out;
  }

  private static int contentIn(Words a, int[] tokens, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (a.content[tokens[k]]) {
        n++;
      }
    }
    return n;
  }

  /** Every number in the unit is in the passage: a changed figure is a changed statement. */
  private static final Set<String> MONTHS = Set.copyOf(Words.MONTHS);

  static boolean numbersAgree(Words a, Unit u, SourceText.Passage p) {
    Set<String> theirs = new HashSet<>();
    Set<String> exact = new HashSet<>();
    Set<String> approximate = new HashSet<>();
    Words w = p.source().words;
    for (int i = p.from(); i < p.to(); i++) {
      // A day said as an ordinal ("from the first of December", "December the third") is the
      // day a report writes in figures ("from 1 December").
      int day = Words.ordinalValue(w.norm[i]);
      if (day > 0 && (i + 2 < p.to() && w.norm[i + 1].equals("of") && MONTHS.contains(w.norm[i + 2])
          || i > p.from() && MONTHS.contains(w.norm[i - 1])
          || i > p.from() + 1 && w.norm[i - 1].equals("the") && MONTHS.contains(w.norm[i - 2]))) {
        theirs.add(Integer.toString(day));
        exact.add(Integer.toString(day));
      }
      if (Norm.isNumeral(w.norm[i])) {
        theirs.add(w.norm[i]);
        List<String> before = new ArrayList<>();
        for (int m = Math.max(p.from(), i - 3); m <= i; m++) {
          before.add(w.norm[m]);
        }
        if (!MeaningCheck.hedged(before, before.size() - 1)) {
          exact.add(w.norm[i]);
        } else if (MeaningCheck.approximate(before, before.size() - 1)) {
          approximate.add(w.norm[i]);
        }
      }
    }
    // A share the passage gives as a fraction ("fell by a quarter") may be quoted in per cent,
    // and a span it names by a word ("in a decade") in years ("in ten years").
    List<String> passage = new ArrayList<>(p.to() - p.from());
    for (int i = p.from(); i < p.to(); i++) {
      passage.add(w.norm[i]);
    }
    List<String> shares = MeaningCheck.fractions(MeaningCheck.durations(passage));
    if (shares != passage) {
      for (String x : shares) {
        if (Norm.isNumeral(x) && theirs.add(x)) {
          exact.add(x);
        }
      }
    }
    int[] toks = u.tokens();
    for (int j = 0; j < toks.length; j++) {
      int k = toks[j];
      if (Norm.isNumeral(a.norm[k]) && !theirs.contains(a.norm[k]) && isFigure(a, k)
          && !rounded(a, toks, j, exact, false) && !rounded(a, toks, j, approximate, true)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the unit's figure at {@code toks[j]} is one of {@code theirs}, hedged and rounded;
   * {@code further}: theirs are about so much, and the unit's must be rounder (see
   * MeaningCheck.number).
   */
  private static boolean rounded(Words a, int[] toks, int j, Set<String> theirs,
      boolean further) {
    List<String> before = new ArrayList<>();
    for (int m = Math.max(0, j - 3); m <= j; m++) {
      before.add(a.norm[toks[m]]);
    }
    for (String y : theirs) {
      if (MeaningCheck.rounds(before, before.size() - 1, y)
          && (!further || MeaningCheck.rounder(a.norm[toks[j]], y))) {
        return true;
      }
    }
    return false;
  }

  // Opposites common in news. A quote that says the wards will be reopened where the source says
  // they were closed shares nearly every word with it, and a sentence embedding scores the two as
  // close: the opposite word is what tells them apart. Each line: a word, then its opposites.
  private static final String[] OPPOSITE_LINES = {
      "open close shut",
      "reopen close shut",
      "build demolish destroy",
      "hire fire dismiss",
      "raise cut lower reduce",
      "increase decrease reduce cut",
      "rise fall drop",
      "gain lose",
      "win lose",
      "accept reject refuse",
      "approve reject veto",
      "allow ban forbid prohibit",
      "support oppose",
      "more less fewer",
      "next last past previous",
      "before after",
      "within beyond outside",
      "start stop end finish",
      "begin end",
      "enter leave",
      "buy sell",
      "lend borrow",
      "spend save cut",
      "expand shrink",
      "strengthen weaken",
      "agree disagree",
      "include exclude",
      "legal illegal",
      "guilty innocent",
      "true false",
      "always never",
      "success failure",
      "succeed fail",
      "profit loss",
      "up down",
      "high low",
      "higher lower",
      "best worst",
      "early late",
      "earlier later",
      "private public",
      "export import",
      "attack defend",
      "peace war",
      "add remove",
      "help hurt harm",
      "safe unsafe dangerous",
      "possible impossible",
  };
  private static final java.util.Map<String, Set<String>> OPPOSITES = new java.util.HashMap<>();

  static {
    for (String line : OPPOSITE_LINES) {
      String[] w = line.split(" ");
      String head = Norm.stem(w[0]);
      for (int i = 1; i < w.length; i++) {
        String other = Norm.stem(w[i]);
        OPPOSITES.computeIfAbsent(head, k -> new HashSet<>()).add(other);
        OPPOSITES.computeIfAbsent(other, k -> new HashSet<>()).add(head);
      }
    }
  }

  /**
   * Whether the unit says something the passage contradicts in its own words: a word where the
   * passage has its opposite, a negation moved to another word ("a closure, not an eviction"
   * against "not a closure, an eviction"), or the same content words in a swapped order ("rather
   * build a school than talk" against "rather talk than build a school").
   */
  static String contradiction(Words a, Unit u, SourceText.Passage p) {
    return contradiction(a, u, p, true);
  }

  /**
   * As {@link #contradiction(Words, Unit, SourceText.Passage)}; without {@code byOrder} the words'
   * order is not looked at: reported speech reorders freely ("they can call the strike off if …"
   * for "if …, we can call the strike off").
   */
  static String contradiction(Words a, Unit u, SourceText.Passage p, boolean byOrder) {
    Words w = p.source().words;
    Set<String> mine = new HashSet<>();
    for (int k : u.tokens()) {
      if (a.content[k]) {
        mine.add(a.stem[k]);
      }
    }
    Set<String> theirs = new HashSet<>();
    for (int i = p.from(); i < p.to(); i++) {
      if (w.content[i] && !w.silent(i)) {
        theirs.add(w.stem[i]);
      }
    }
    for (String x : mine) {
      Set<String> opp = OPPOSITES.get(x);
      if (opp == null || theirs.contains(x)) {
        continue;
      }
      for (String y : opp) {
        if (theirs.contains(y) && !mine.contains(y)) {
          return "the quote says \"" + x + "\" where the source says \"" + y + "\"";
        }
      }
    }
    Set<String> negMine = negated(a, u.tokens());
    int[] range = new int[p.to() - p.from()];
    for (int i = 0; i < range.length; i++) {
      range[i] = p.from() + i;
    }
    Set<String> negTheirs = negated(w, range);
    if (!negMine.isEmpty() && !negTheirs.isEmpty()) {
      for (String x : negMine) {
        if (!negTheirs.contains(x) && theirs.contains(x)) {
          for (String y : negTheirs) {
            if (!negMine.contains(y) && mine.contains(y)) {
              return "the quote negates \"" + x + "\" where the source negates \"" + y + "\"";
            }
          }
        }
      }
    }
    // Content words in the order the passage has them: a long increasing run is a paraphrase,
    // a broken one swapped roles.
    List<Integer> order = new ArrayList<>();
    boolean[] used = new boolean[p.to() - p.from()];
    for (int k : u.tokens()) {
      if (!a.content[k]) {
        continue;
      }
      for (int i = p.from(); i < p.to(); i++) {
        if (!used[i - p.from()] && w.content[i] && w.stem[i].equals(a.stem[k])) {
          used[i - p.from()] = true;
          order.add(i);
          break;
        }
      }
    }
    if (byOrder && order.size() >= 5 && longestIncreasing(order) < 0.6 * order.size()) {
      return "the quote has the source's words in another order";
    }
    return null;
  }

  private static Set<String> negated(Words w, int[] tokens) {
    Set<String> out = new HashSet<>();
    for (int j = 0; j < tokens.length; j++) {
      if (NEGATIONS.contains(w.norm[tokens[j]])) {
        // The word negated is the one right after ("not an eviction"); "not one we can sign"
        // negates a verb further on, and a loose reach would pair unrelated words.
        for (int k = j + 1; k < tokens.length && k <= j + 2; k++) {
          int t = tokens[k];
          if (w.content[t] && !NEGATIONS.contains(w.norm[t]) && !w.silent(t)) {
            out.add(w.stem[t]);
            String needed = neededWith(w, tokens, k);
            if (needed != null) {
              out.add(needed);
            }
            break;
          }
        }
      }
    }
    return out;
  }

  // Words of need: "no need for an appointment" and "no appointment needed" negate one thing.
  private static final Set<String> NEED = new HashSet<>(List.of(Norm.stem("need"),
      Norm.stem("needed"), Norm.stem("required"), Norm.stem("require"), Norm.stem("necessary")));

  /**
   * The other word a negated need goes with: for a negated "need" ("no need for an
   * appointment"), the next content word within three; for a negated thing followed by a word of
   * need ("no appointment needed"), that word. Null when there is none.
   */
  private static String neededWith(Words w, int[] tokens, int k) {
    boolean need = NEED.contains(w.stem[tokens[k]]);
    for (int m = k + 1; m < tokens.length && m <= k + 3; m++) {
      int t = tokens[m];
      if (!w.content[t] || w.silent(t)) {
        continue;
      }
      if (need) {
        return w.stem[t];
      }
      return m == k + 1 && NEED.contains(w.stem[t]) ? w.stem[t] : null;
    }
    return null;
  }

  private static int longestIncreasing(List<Integer> xs) {
    int[] tails = new int[xs.size()];
    int len = 0;
    for (int x : xs) {
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tails[mid] < x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      tails[lo] = x;
      if (lo == len) {
        len++;
      }
    }
    return len;
  }

  // A figure is a number written in digits or a large one; "two decades" for "twenty years" is
  // a way of speaking, not a changed figure.
  private static boolean isFigure(Words a, int k) {
    if (Character.isDigit(a.text.charAt(a.start[k]))) {
      return true;
    }
    try {
      return Double.parseDouble(a.norm[k]) >= 10;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  static boolean negationsAgree(Words a, Unit u, SourceText.Passage p) {
    int mine = 0;
    for (int k : u.tokens()) {
      if (NEGATIONS.contains(a.norm[k])) {
        mine++;
      }
    }
    int theirs = 0;
    Words w = p.source().words;
    for (int i = p.from(); i < p.to(); i++) {
      if (NEGATIONS.contains(w.norm[i])) {
        theirs++;
      }
    }
    return (mine > 0) == (theirs > 0);
  }
}
