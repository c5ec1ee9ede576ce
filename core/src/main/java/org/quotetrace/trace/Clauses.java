package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotetrace.attribution.Lexnames;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.text.Span;
import org.quotetrace.trace.SourceText.Passage;

/**
 * Judges a quote sentence clause by clause, once words and meaning have matched it as a whole. A
 * sentence's cosine can be high while one clause is found nowhere ("I built a great company, and
 * I paid every cent of my taxes" where the source has only the first), and a word alignment can
 * accept a sentence one changed word away from the opposite statement. A clause is supported when
 * its words are aligned near the sentence's match, or, without the words, when its meaning is
 * close to a sentence or clause there; it must then say what those source words say
 * ({@link MeaningCheck}). A clause that fails becomes an unsupported part with its reason; a
 * sentence no clause of which holds becomes unsupported.
 *
 * <p>It also finds a sentence whose two clauses are both in one source turn, in the other order:
 * the whole-sentence alignment, which keeps order, misses it.
 */
final class Clauses {
  private Clauses() {}

  // A clause whose content words are this much aligned is the source's; below, meaning decides.
  static final double CLAUSE_WORDS = 0.5;
  // A clause with too few words aligned is the source's when its meaning is this close to a
  // sentence or clause around the match. Chosen on the tune half of the perturbation harness.
  static final double CLAUSE_MEANING = 0.62;
  // A reordered clause is accepted when it is aligned about as well as an edited sentence.
  static final double REORDER_COVERAGE = 0.8;
  // A clause of a sentence matched by meaning (a translation, a free rewording) is looked for
  // with a lower cosine; person, modality and roles are judged only in a clause whose content
  // words are at least CLOSE_WORDS aligned. (The seed pair.)
  static final double CLOSE_WORDS = 0.75;
  static final double CLAUSE_MEANING_LOOSE = 0.45;
  /**
   * A passage found by meaning may be one clause of its sentence ("we will plant twice that
   * area"), and the party a rendering makes the doer named in the next ("and we have asked the
   * wildlife trust to manage it"): who does what is read over the whole sentence.
   */
  private static List<MeaningCheck.Difference> doerInSentence(Words a, int[] toks, SourceText s,
      int from, int to) {
    Span around = s.sentencesAround(from, to);
    int sf = around.start();
    int st = around.end();
    if (sf >= from && st <= to) {
      return List.of();
    }
    MeaningCheck.Difference d = MeaningCheck.doerOver(a, toks, s.words, sf, st,
        s.span(sf, st).text(s.doc.text()));
    return d == null ? List.of() : List.of(d);
  }

  /**
   * A passage found by meaning may stop short of its sentence ("how he thinks the campaign could
   * still close the" of "... close the delegate gap"), and the change of roles read over it, with
   * the noun the quote moved left out, is no change in place, which a loose rendering drops.
   * Read over the whole sentences, every content word of the clause is theirs, turned round: in
   * place. {@code diffs} unchanged otherwise.
   */
  private static List<MeaningCheck.Difference> rolesInSentence(Words a, int[] toks, SourceText s,
      int from, int to, List<MeaningCheck.Difference> diffs) {
    if (diffs.isEmpty() || !diffs.stream().allMatch(d -> d.kind() == MeaningCheck.Kind.ROLES
        && !d.inPlace())) {
      return diffs;
    }
    Span around = s.sentencesAround(from, to);
    if (around.start() >= from && around.end() <= to) {
      return diffs;
    }
    MeaningCheck.Difference r = MeaningCheck.pronounRoles(a, toks, s.words, around.start(),
        around.end(), s.span(around.start(), around.end()).text(s.doc.text()));
    return r == null ? diffs : List.of(r);
  }

  /**
   * Who does what to whom, read over the whole source sentences of words {@code lo..hi} when they
   * reach past the compared run {@code from..to}: the run can start after the source's subject or
   * leave out a noun the quote moved, where the sentence holds them. Null when the sentences add
   * nothing to the run, or the roles agree.
   */
  private static MeaningCheck.Difference rolesOverSentences(Words a, int[] toks, SourceText s,
      int lo, int hi, int from, int to) {
    int sf = s.sentenceAt(lo).from();
    int st = s.sentenceAt(hi).to();
    if (sf >= from && st <= to) {
      return null;
    }
    return MeaningCheck.pronounRoles(a, toks, s.words, sf, st, s.span(sf, st).text(s.doc.text()));
  }

  /** The longest run of words, each side, read as one put in the place of another. */
  static final int SWAP_WORDS = 3;
  /**
   * Two runs of words closer in meaning than this are one thing said two ways ("children" and
   * "kids", "big" and "large"); a party, place or act put for another is far below it
   * ("a grower" and "a neighbour", "the city" and "the defences").
   */
  static final double SWAP_COSINE = 0.5;

  /**
   * Whether a noun of the quote's run {@code r} that the source says elsewhere ("the city")
   * stands for a noun of the source's run that the quote lost ("the defences"), the two in no
   * WordNet synonym set together: what is spoken of changes as when a party is put for another.
   * Noun for noun, so that a verb or an adjective reworded is left to the model; not synonyms,
   * as "the plant" for "the works" names one thing at a cosine as low as a swap's.
   */
  private static boolean thingForThing(List<String> q, List<String> sw, int[] r,
      List<Integer> things, String[] tags, Words w, List<Integer> si,
      Set<String> quoteStems) {
    String[] theirTags = Roles.tags(sw);
    List<String> lost = new ArrayList<>();
    for (int j = r[2]; j < r[3]; j++) {
      int i = si.get(j);
      if (w.content[i] && !quoteStems.contains(w.stem[i]) && theirTags[j].equals("NOUN")) {
        lost.add(sw.get(j));
      }
    }
    if (lost.isEmpty()) {
      return false;
    }
    for (int k : things) {
      if (!tags[k].equals("NOUN")) {
        continue;
      }
      boolean synonym = false;
      for (String l : lost) {
        synonym |= NounSynonyms.same(q.get(k), l);
      }
      if (!synonym) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person or a name the source says elsewhere, and not in the sentence {@code [sf, st)}, put
   * in the place of the sentence's own words {@code [from, to)} where the rest is followed word
   * for word: "when a grower complains" for "when a neighbour complains", the growers spoken of
   * in the next sentence; "Tunnelbouw Brink has agreed to pay half" for "The national
   * government has agreed to pay half", the builder thanked further on. A misquote mixes up the
   * parts of what was said, so the party brought in is the source's own, and the edit looks
   * light, while who pays or who complains is the statement. An editor's word for the same
   * party is close in meaning to the word it replaces ("folks" for "people", "kids" for
   * "children": cosines of 0.75 to 0.85 with all-MiniLM-L6-v2, against 0.1 to 0.35 for the
   * swaps above), which the model tells. A thing the source names elsewhere put for the
   * sentence's own, not its synonym, counts the same ("a general account for the city" for "a
   * separate account for the defences"; see thingForThing). Needs the model: empty without it.
   */
  private static List<MeaningCheck.Difference> broughtIntoPlace(Words a, int[] toks,
      SourceText s, int from, int to, int sf, int st,
      java.util.function.Supplier<SentenceEncoder> model) {
    List<String> q = new ArrayList<>();
    List<Integer> qi = new ArrayList<>();
    Set<String> quoteStems = new HashSet<>();
    for (int k : toks) {
      if (!a.bracket[k]) {
        q.add(a.norm[k]);
        qi.add(k);
        quoteStems.add(a.stem[k]);
      }
    }
    Words w = s.words;
    List<String> sw = new ArrayList<>();
    List<Integer> si = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!w.silent(i)) {
        sw.add(w.norm[i]);
        si.add(i);
      }
    }
    Set<String> sentence = new HashSet<>();
    for (int i = sf; i < st; i++) {
      sentence.add(w.stem[i]);
    }
    Set<String> elsewhere = null;
    for (int[] r : MeaningCheck.changedRuns(q, sw)) {
      // At the clause's edges the source's words run on past what the quote put in their place
      // ("the town hall" against "the sea wall, and the"): as many as the quote has.
      int len = r[1] - r[0];
      if (r[1] == q.size() && r[3] - r[2] > len) {
        r[3] = r[2] + len;
      } else if (r[0] == 0 && r[3] - r[2] > len) {
        r[2] = r[3] - len;
      }
      if (r[1] - r[0] > SWAP_WORDS || r[3] - r[2] > SWAP_WORDS) {
        continue;
      }
      if (elsewhere == null) {
        elsewhere = new HashSet<>();
        for (int i = 0; i < w.size; i++) {
          if ((i < sf || i >= st) && w.content[i] && !w.silent(i)) {
            elsewhere.add(w.stem[i]);
          }
        }
      }
      boolean brought = false;
      boolean inSentence = false;
      List<Integer> parties = new ArrayList<>();
      List<Integer> things = new ArrayList<>();
      for (int k = r[0]; k < r[1]; k++) {
        int t = qi.get(k);
        if (a.content[t]) {
          inSentence |= sentence.contains(a.stem[t]);
          if (elsewhere.contains(a.stem[t])) {
            brought = true;
            (Parties.isParty(a, t) ? parties : things).add(k);
          }
        }
      }
      boolean ownLost = false;
      for (int j = r[2]; j < r[3]; j++) {
        int i = si.get(j);
        ownLost |= w.content[i] && !quoteStems.contains(w.stem[i]);
      }
      if (!brought || inSentence || !ownLost) {
        continue;
      }
      // A person's noun used as an adjective ("is active", "the young") names nobody: the
      // tagger says which it is here.
      String[] tags = Roles.tags(q);
      boolean party = false;
      for (int k : parties) {
        party |= tags[k].equals("NOUN") || tags[k].equals("PROPN");
      }
      if (!party && !things.isEmpty()) {
        party = thingForThing(q, sw, r, things, tags, w, si, quoteStems);
      }
      if (!party) {
        continue;
      }
      SentenceEncoder encoder = model.get();
      if (encoder == null) {
        return List.of();
      }
      String mine = String.join(" ", q.subList(r[0], r[1]));
      String theirs = String.join(" ", sw.subList(r[2], r[3]));
      List<float[]> v = encoder.encodeAll(List.of(mine, theirs));
      if (Pool.dot(v.get(0), v.get(1)) >= SWAP_COSINE) {
        continue;
      }
      return List.of(new MeaningCheck.Difference(MeaningCheck.Kind.ROLES, "source: "
          + Pool.plain(s.doc.text(), w.start[sf], w.end[st - 1]) + "; the quote puts \"" + mine
          + "\", which the source says elsewhere, in the place of \"" + theirs + "\"", true));
    }
    return List.of();
  }

  /**
   * Who can do or be done to: a person by WordNet (noun.person as the first sense of the noun:
   * "grower", "neighbour", "minister"; not "sort" or "force", which have a person sense among
   * others) or a name (a capitalised word inside the sentence: "Kestrel
   * Marine"). Other words put for one another are in WordNet's synonym sets with cosines as low
   * as a swap's ("plant" for "works", "affair" for "matter"): the model alone cannot tell them,
   * while a person or a name put for another changes who acts. A thing is asked of the synonym
   * sets as well (thingForThing).
   */
  static final class Parties {
    private Parties() {}

    static boolean isParty(Words a, int t) {
      int at = a.start[t];
      if (Character.isUpperCase(a.text.charAt(at)) && !a.norm[t].equals("i")) {
        int before = at - 1;
        while (before >= 0 && Character.isWhitespace(a.text.charAt(before))) {
          before--;
        }
        // Not the capital every sentence opens with.
        if (before >= 0 && Character.isLetterOrDigit(a.text.charAt(before))
            || before >= 0 && a.text.charAt(before) == ',') {
          return true;
        }
      }
      return Lexnames.firstNounIsPerson(a.norm[t]);
    }
  }

  private static final Set<MeaningCheck.Kind> LOOSE_KINDS = EnumSet.of(
      MeaningCheck.Kind.NEGATION, MeaningCheck.Kind.NUMBER, MeaningCheck.Kind.ANTONYM);

  private static final Set<String> OPENERS = Set.of("and", "but", "or", "so", "because",
      "while", "although", "though", "whereas", "yet", "which");
  private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "he", "she", "they");

  /** The unit's clauses, as ranges of indices into {@code u.tokens}. */
  static List<int[]> of(Words a, int[] tokens) {
    List<Integer> cuts = new ArrayList<>();
    for (int k = 1; k < tokens.length; k++) {
      int prev = tokens[k - 1];
      int t = tokens[k];
      String between = a.end[prev] >= a.start[t] ? "" : a.text.substring(a.end[prev], a.start[t]);
      String w = a.norm[t];
      boolean cut = between.contains(";") || between.contains(":") || between.contains("—")
          || between.contains(" – ")
          || between.contains(",") && OPENERS.contains(w)
          || (w.equals("and") || w.equals("but")) && k + 1 < tokens.length
          && SUBJECTS.contains(a.norm[tokens[k + 1]]);
      if (cut) {
        cuts.add(k);
      }
    }
    List<int[]> out = new ArrayList<>();
    int from = 0;
    cuts.add(tokens.length);
    for (int c : cuts) {
      boolean alone = standsAlone(a, tokens, from, c);
      if (!out.isEmpty() && !alone) {
        out.get(out.size() - 1)[1] = c; // too short to stand alone: part of the clause before
      } else if (out.isEmpty() && !alone) {
        continue; // joined with the next
      } else {
        out.add(new int[] {out.isEmpty() ? 0 : from, c});
      }
      from = c;
    }
    if (out.isEmpty()) {
      out.add(new int[] {0, tokens.length});
    } else {
      out.get(0)[0] = 0;
    }
    return out;
  }

  /**
   * Long enough to be checked on its own: two content words in three words, or one in five ("I
   * was the one that predicted it" is a statement; "and so on" is not).
   */
  private static boolean standsAlone(Words a, int[] tokens, int from, int to) {
    int content = contentIn(a, tokens, from, to);
    return content >= 2 && to - from >= 3 || content >= 1 && to - from >= 5;
  }

  private static int contentIn(Words a, int[] tokens, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += a.content[tokens[k]] ? 1 : 0;
    }
    return n;
  }

  // Source words a report's unaligned last words may stand for beyond their own number.
  private static final int TRAIL_REACH = 3;

  /**
   * Where the source clause that a report's last words left unaligned ends: a summary puts one
   * word where the source has several ("should close" for "should stay open too"), and counted
   * word for word the source's "open" is never compared. Up to the clause's comma or the
   * sentence's end, at most {@link #TRAIL_REACH} words past {@code to}.
   */
  private static int clauseEnd(SourceText s, int from, int to) {
    int end = Math.min(s.sentenceAt(from - 1).to(), to + TRAIL_REACH);
    int i = from;
    String text = s.doc.text();
    while (i < end) {
      String gap = text.substring(Math.min(s.words.end[i - 1], s.words.start[i]),
          s.words.start[i]);
      if (gap.contains(",") || gap.contains(";") || gap.contains(":")) {
        break;
      }
      i++;
    }
    return Math.max(to, i);
  }

  /**
   * Checks every clause of a matched finding, and tries an unmatched one clause by clause in
   * another order. {@code encoder} may be null (words only). The finding is not changed: the
   * answer holds the finding as the clauses leave it.
   */
  static ClauseCheck check(Pool pool, Words a, Finding f, SentenceEncoder encoder) {
    return check(pool, a, f, encoder, () -> encoder);
  }

  /**
   * As {@link #check(Pool, Words, Finding, SentenceEncoder)}; {@code model} gives the encoder
   * where only the model can tell a word put in the place of another from one said two ways,
   * when the meaning stage had no need to load it (every sentence settled by words). It may give
   * null.
   */
  static ClauseCheck check(Pool pool, Words a, Finding f, SentenceEncoder encoder,
      java.util.function.Supplier<SentenceEncoder> model) {
    if (pool.isEmpty()) {
      return ClauseCheck.unchanged(f);
    }
    Unit unit = f.unit();
    List<int[]> clauses = of(a, unit.tokens());
    if (!f.supported()) {
      if (clauses.size() >= 2) {
        ClauseCheck r = reordered(pool, a, f, clauses);
        if (r != null) {
          return r;
        }
        r = appended(pool, a, f, clauses);
        if (r != null) {
          return r;
        }
      }
      return ClauseCheck.unchanged(f);
    }
    // A sentence matched by meaning alone has no word alignment; its clauses are still looked
    // at when there are several, since one of them may be the source's own words and another
    // come from elsewhere ("X is corrupt, and the odds were 20 percent").
    // A verbatim sentence says what its source words say, unless a negation was carried over
    // from another source sentence (carriedAcrossSentences).
    if (f.support() == Support.VERBATIM && (f.alignment() == null || carriedAcrossSentences(a,
        unit.tokens(), new int[] {0, unit.tokens().length}, f.alignment(), f.source()).isEmpty())
        || f.alignment() == null && (clauses.size() < 2 || f.passage() == null)) {
      return ClauseCheck.unchanged(f);
    }
    SourceText s = f.source();
    Aligner.Alignment al = f.alignment();
    int[] tokens = unit.tokens();
    boolean reordered = false;
    boolean loose = f.support() == Support.PARAPHRASE;
    List<Span> bad = new ArrayList<>();
    List<Span> unfound = new ArrayList<>();
    List<Span> weak = new ArrayList<>();
    List<Span> edges = new ArrayList<>();
    boolean anyClose = false;
    List<String> reasons = new ArrayList<>();
    int lastAt = -1;
    for (int[] c : clauses) {
      int[] toks = Arrays.copyOfRange(tokens, c[0], c[1]);
      int content = 0;
      int aligned = 0;
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (int k = c[0]; k < c[1]; k++) {
        if (al == null) {
          content += a.content[tokens[k]] ? 1 : 0;
          continue;
        }
        int t = al.to()[k];
        byte kind = al.kind()[k];
        boolean hit = t >= 0 && (kind == Aligner.EXACT || kind == Aligner.STEM);
        if (a.content[tokens[k]]) {
          content++;
          aligned += hit ? 1 : 0;
        }
        if (t >= 0 && kind != Aligner.NONE) {
          lo = Math.min(lo, t);
          hi = Math.max(hi, t);
        }
      }
      Span span = new Span(a.start[toks[0]], a.end[toks[toks.length - 1]]);
      // A report is the writer's summary: its words are its own by nature.
      for (Span own : a.reported ? List.<Span>of() : ownRuns(a, toks, f, encoder, model)) {
        edges.add(own);
        reasons.add(saidNowhere(a, own));
      }
      List<MeaningCheck.Difference> diffs;
      Aligner.Alignment elsewhere;
      int at;
      int asked = -1;
      if (content > 0 && aligned >= Math.max(1, CLAUSE_WORDS * content) && hi >= lo) {
        // The source words the clause was aligned to, and the negation or modal just before
        // them: "support that" quoted from "I don't support that" still carries the "not".
        int from = lo;
        // So does a quantifier ("the nurses" quoted as "all the nurses" from "most of the
        // nurses").
        while (from > Math.max(0, lo - 2) && (isOperator(s.words.norm[from - 1])
            || MeaningCheck.isQuantifier(s.words.norm[from - 1]) || s.words.norm[from - 1]
                .equals("of") && from >= 2 && MeaningCheck.isQuantifier(s.words.norm[from - 2]))) {
          from--;
        }
        // "It is possible that the repairs will run on" leaves open what its clause says, as
        // "may" would: a report's "might run on" keeps it.
        if (a.reported && from >= 2 && s.words.norm[from - 1].equals("that")
            && s.words.norm[from - 2].equals("possible")) {
          from -= 2;
        }
        // Quote words left unaligned at the clause's edges stand for the source words there,
        // which the local alignment left out: "You want to build" against "We want to build".
        int lead = 0;
        while (c[0] + lead < c[1] && !aligned(al, c[0] + lead)) {
          lead++;
        }
        int trail = 0;
        while (c[1] - 1 - trail >= c[0] && !aligned(al, c[1] - 1 - trail)) {
          trail++;
        }
        from = Math.max(Math.min(from, lo - lead), s.sentenceAt(lo).from());
        // A quote word left unaligned at the edge may stand for two source words that open with
        // a negation: "nobody" for "no one", "never" for "not ever". The negation comes along.
        if (lead > 0 && from > s.sentenceAt(lo).from()
            && MeaningCheck.NEGATIONS.contains(s.words.norm[from - 1])) {
          from--;
        }
        int to = Math.min(hi + 1 + trail, Math.max(hi + 1, s.sentenceAt(hi).to()));
        // "a lot of people do" for "a lot of people don't": the "not" the source puts after the
        // clause's last auxiliary negates the clause, though no quote word is aligned to it.
        if (to == hi + 1 && to < s.sentenceAt(hi).to() && isAuxiliary(s.words.norm[hi])
            && MeaningCheck.NEGATIONS.contains(s.words.norm[to])) {
          to++;
        }
        if (a.reported && trail > 0) {
          to = clauseEnd(s, hi + 1, to);
        }
        diffs = MeaningCheck.differences(a, toks, s.words, from, to,
            s.span(from, to).text(s.doc.text()));
        if (diffs.isEmpty() && !a.reported) {
          MeaningCheck.Difference belief = MeaningCheck.beliefBefore(a, toks, s.words,
              s.sentenceAt(lo).from(), from, to, s.span(s.sentenceAt(lo).from(), to)
                  .text(s.doc.text()));
          if (belief != null) {
            diffs = List.of(belief);
          }
        }
        diffs = movedFigure(a, tokens, c, al, s, lo, hi, from, to, diffs);
        if (diffs.isEmpty() && !a.reported) {
          diffs = liftedOpening(a, tokens, c, al, s, lo, hi, from, to);
        }
        if (diffs.isEmpty()) {
          diffs = carriedAcrossSentences(a, tokens, c, al, s);
        }
        if (diffs.isEmpty() && !a.reported && trail >= 2) {
          Span tail = replacedTail(a, tokens, c, trail, s, lo, hi, model);
          if (tail != null) {
            edges.add(tail);
            reasons.add("the source goes on \"" + Pool.plain(s.doc.text(),
                s.words.start[hi + 1], s.words.end[s.sentenceAt(hi).to() - 1])
                + "\" where the quote says \"" + Pool.plain(a.text, tail.start(), tail.end())
                + "\"");
          }
        }
        // Who does what read over the aligned words only may miss that the quote holds the
        // source's words: "a religion will not ban us" is aligned, in order, to "we will not ban
        // a" of "we will not ban a religion", the religion left out. Read over the whole
        // sentence, every content word of the clause is the source's, turned round.
        // So with a clause too loosely aligned for any difference found over its run to count
        // ("somebody needs you" aligned only at "need somebody" of "you need somebody"): what
        // is left to tell is whether its words, all the sentence's, are turned round.
        boolean looseRun = content == 0 || aligned < CLOSE_WORDS * content;
        if (!diffs.isEmpty() && diffs.stream().allMatch(d -> !d.inPlace()
            && (d.kind() == MeaningCheck.Kind.ROLES
                || looseRun && !LOOSE_KINDS.contains(d.kind())))) {
          MeaningCheck.Difference r = rolesOverSentences(a, toks, s, lo, hi, from, to);
          if (r != null) {
            diffs = List.of(r);
          }
        }
        if (diffs.isEmpty()) {
          MeaningCheck.Difference w = widened(a, tokens, c, al, s, from, to);
          if (w != null) {
            diffs = List.of(w);
          }
        }
        if (diffs.isEmpty()) {
          // The alignment may start after the source's subject ("our members surveyed us" is
          // aligned from "our" in "we surveyed our members"): who does what is read over the
          // whole source sentence.
          int sf = s.sentenceAt(lo).from();
          int st = s.sentenceAt(hi).to();
          MeaningCheck.Difference roles = rolesOverSentences(a, toks, s, lo, hi, from, to);
          if (roles != null) {
            diffs = List.of(roles);
          }
          if (diffs.isEmpty()) {
            diffs = doerInSentence(a, toks, s, from, to);
          }
          if (diffs.isEmpty()) {
            MeaningCheck.Difference r = MeaningCheck.setAsideNamed(a, toks, s.words, from, to,
                sf, st);
            if (r != null) {
              diffs = List.of(r);
            }
          }
          // Only in a sentence settled by its words: a translation's words are the translator's
          // ("drafted" for "written", "find out" for "understand").
          if (diffs.isEmpty() && !a.reported && !loose) {
            diffs = broughtIntoPlace(a, toks, s, from, to, sf, st, model);
          }
        }
        // Words someone else said to the quote's speaker ("people say you have never governed")
        // are theirs in the first person: the swap of person keeps who is meant.
        if (unit.speaker().name() != null && !(s.speaker[lo] instanceof Voice.Unknown)
            && !Speakers.same(unit.speaker(), s.speaker[lo])) {
          diffs = diffs.stream().filter(d -> d.kind() != MeaningCheck.Kind.PERSON).toList();
        }
        at = lo;
        asked = lo;
      } else if ((elsewhere = alignedAlone(pool, a, f, toks)) != null) {
        // The clause's own words, in the same answer but not where the sentence's alignment,
        // which keeps order, could reach them: a clause moved.
        diffs = MeaningCheck.differences(a, toks, s.words, elsewhere.sourceFrom(),
            elsewhere.sourceTo(), s.span(elsewhere.sourceFrom(), elsewhere.sourceTo())
                .text(s.doc.text()));
        at = elsewhere.sourceFrom();
        asked = at;
        content = 1;
        aligned = 1;
      } else if (clauses.size() == 1 && f.passage() != null) {
        // A one-clause sentence matched by meaning: the sentence's own cosine has vouched for it,
        // and encoding it again would cost a model call per quote.
        diffs = MeaningCheck.differences(a, toks, s.words, f.passage().from(), f.passage().to(),
            f.passage().text());
        diffs = rolesInSentence(a, toks, s, f.passage().from(), f.passage().to(), diffs);
        if (diffs.isEmpty()) {
          diffs = doerInSentence(a, toks, s, f.passage().from(), f.passage().to());
        }
        at = -1;
        asked = f.passage().from();
      } else {
        Passage p = encoder == null ? null : closest(encoder, a, f, toks, CLAUSE_MEANING);
        if (p == null && loose && encoder != null) {
          p = closest(encoder, a, f, toks, CLAUSE_MEANING_LOOSE);
          if (p != null) {
            weak.add(span);
          }
        }
        if (p == null) {
          unfound.add(span);
          continue;
        }
        diffs = MeaningCheck.differences(a, toks, s.words, p.from(), p.to(), p.text());
        diffs = rolesInSentence(a, toks, s, p.from(), p.to(), diffs);
        if (diffs.isEmpty()) {
          diffs = doerInSentence(a, toks, s, p.from(), p.to());
        }
        if (diffs.isEmpty()) {
          diffs = contradictedNearby(a, toks, f, p);
        }
        at = -1; // a place found by meaning is too loose to tell the order by
        asked = p.from();
      }
      // Who and how sure are judged only where the clause is nearly the source's own words; in a
      // looser rendering a pronoun's case or a modal is the translator's choice. One word put in
      // the place of another, the rest followed word for word, is no rendering.
      if (content == 0 || aligned < CLOSE_WORDS * content) {
        diffs = diffs.stream().filter(d -> LOOSE_KINDS.contains(d.kind()) || d.inPlace())
            .toList();
      }
      if (diffs.isEmpty() && asked >= 0 && !a.reported) {
        MeaningCheck.Difference q = askedNotSaid(a, unit, toks, s, asked);
        if (q != null) {
          diffs = List.of(q);
        }
      }
      if (!diffs.isEmpty()) {
        bad.add(span);
        for (MeaningCheck.Difference d : diffs) {
          reasons.add(d.reason());
        }
        continue;
      }
      anyClose |= content > 0 && aligned >= CLOSE_WORDS * content;
      if (at >= 0) {
        if (lastAt >= 0 && at < lastAt) {
          reordered = true;
        }
        lastAt = at;
      }
    }
    // A clause found nowhere near is the quote's own when another clause is the source's words
    // nearly as said ("I built a great company, and I paid every cent of my taxes"); in a
    // translation, where no clause is, the sentence's meaning as a whole has vouched for it.
    if (!loose || anyClose) {
      unfound.addAll(weak);
      unfound.removeAll(bad);
      for (Span n : unfound) {
        bad.add(n);
        reasons.add(saidNowhere(a, n));
      }
    }
    if (bad.isEmpty() && edges.isEmpty()) {
      return new ClauseCheck(f, reordered, List.of());
    }
    if (bad.size() == clauses.size()) {
      // No clause holds: the sentence is unsupported, its alignment kept as a lead.
      return new ClauseCheck(new Finding(unit, null, f.similarity(), s, f.passage(), al,
          f.skipped(), List.of()), false, reasons);
    }
    List<Span> parts = new ArrayList<>(f.unsupportedParts());
    for (Span e : edges) {
      if (bad.stream().noneMatch(b -> b.start() <= e.start() && e.end() <= b.end())) {
        bad.add(e);
      }
    }
    for (Span b : bad) {
      if (parts.stream().noneMatch(p -> p.start() <= b.start() && b.end() <= p.end())) {
        parts.add(b);
      }
    }
    parts.sort(null);
    return new ClauseCheck(new Finding(unit, f.support(), f.similarity(), s, f.passage(), al,
        f.skipped(), parts), reordered, reasons);
  }

  /**
   * The words of a clause that nothing in the source renders, when the rest of the clause is the
   * source's words nearly as said and the source has nothing in their place: "the depot will be
   * finished by next spring and ready for the winter timetable" where the source says only "the
   * depot should be finished by next spring", or "the contractor, who has built three tunnels in
   * Norway, starts digging in June" for "the contractor starts digging in June". The sentence's
   * cosine stays high, as most of its words are the source's, and a clause cut only at a new
   * subject ("and we …") never sees the added words on their own. A run of words is the quote's
   * own only when it holds a statement's worth of words (two content words in three, or one in
   * five), is aligned to nothing, stands where the source has no word said (between two source
   * words next to each other, or past the end or before the start of the source sentence), none
   * of its content words is in the source sentences around the match, and the model finds no
   * sentence or clause of that answer close to it. A reworded phrase is no such run: the source
   * has words in its place for it to render. Empty when there is none.
   */
  private static List<Span> ownRuns(Words a, int[] toks, Finding f, SentenceEncoder encoder,
      java.util.function.Supplier<SentenceEncoder> model) {
    SourceText s = f.source();
    Words w = s.words;
    Passage first = s.sentenceAt(f.sourceFrom());
    Passage last = s.sentenceAt(Math.max(f.sourceFrom(), f.sourceTo() - 1));
    int from = first.from();
    int to = last.to();
    int len = toks.length;
    int m = to - from;
    if (len < 3 || m <= 0 || (long) len * m > 40_000) {
      return List.of();
    }
    // The clause followed word for word (by stem) through the source sentences of the match.
    int[][] lcs = new int[len + 1][m + 1];
    for (int i = len - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = !w.silent(from + j) && a.stem[toks[i]].equals(w.stem[from + j])
            ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int[] at = new int[len];
    Arrays.fill(at, -1);
    for (int i = 0, j = 0; i < len && j < m; ) {
      if (!w.silent(from + j) && a.stem[toks[i]].equals(w.stem[from + j])
          && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        at[i++] = from + j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    List<int[]> runs = new ArrayList<>();
    int r0 = -1;
    int prev = -1;
    int lastAt = -1;
    for (int j = 0; j <= len; j++) {
      boolean free = j < len && at[j] < 0;
      if (free && r0 < 0) {
        r0 = j;
      } else if (!free && r0 >= 0) {
        boolean open;
        if (prev < 0 && j == len) {
          open = false;
        } else if (prev < 0) {
          open = nothingSaid(w, from, at[j]);
        } else if (j == len) {
          open = nothingSaid(w, prev + 1, to);
        } else {
          open = nothingSaid(w, prev + 1, at[j]);
        }
        if (open && standsAlone(a, toks, r0, j)) {
          runs.add(new int[] {r0, j});
        }
        r0 = -1;
      }
      if (j < len && at[j] >= 0) {
        prev = at[j];
        lastAt = j;
      }
    }
    if (runs.isEmpty() || lastAt < 0) {
      return List.of();
    }
    // The rest of the clause must be the source's words nearly as said.
    int content = 0;
    int aligned = 0;
    for (int j = 0; j < len; j++) {
      final int k = j;
      if (a.content[toks[j]] && runs.stream().noneMatch(r -> r[0] <= k && k < r[1])) {
        content++;
        aligned += at[j] >= 0 ? 1 : 0;
      }
    }
    if (content < 2 || aligned < CLOSE_WORDS * content) {
      return List.of();
    }
    // Words of the sentences around the match: a sentence joined on, or a clause moved.
    int around0 = s.sentences.get(Math.max(0, first.ordinal() - 1)).from();
    int around1 = s.sentences.get(Math.min(s.sentences.size() - 1, last.ordinal() + 1)).to();
    Set<String> near = new HashSet<>();
    for (int i = around0; i < around1; i++) {
      if (w.content[i]) {
        near.add(w.stem[i]);
      }
    }
    List<Span> out = new ArrayList<>();
    for (int[] r : runs) {
      boolean known = false;
      for (int j = r[0]; j < r[1]; j++) {
        known |= a.content[toks[j]] && near.contains(a.stem[toks[j]]);
      }
      if (known) {
        continue;
      }
      int[] own = Arrays.copyOfRange(toks, r[0], r[1]);
      SentenceEncoder e = encoder != null ? encoder : model.get();
      if (e != null && closest(e, a, f, own, CLAUSE_MEANING) != null) {
        continue;
      }
      out.add(new Span(a.start[own[0]], a.end[own[own.length - 1]]));
    }
    return out;
  }

  /**
   * Whether words {@code [from, to)} of a source hold no word said: "allowed such a thing to" in
   * the place of "let that" renders those two words, however light they are.
   */
  private static boolean nothingSaid(Words w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!w.silent(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A statement quoted from a question, the question's verb put after its subject: "We will sign
   * the agreement" from the interviewer's "Minister, will you sign the agreement?" states what was
   * only asked. Not when the same voice answers the question at once with a yes or the same verb
   * ("Can we afford it? Yes, we can"), which states it; not when the quote asks too. Null when
   * the source sentence at word {@code at} is no such question.
   */
  private static MeaningCheck.Difference askedNotSaid(Words a, Unit unit, int[] toks,
      SourceText s, int at) {
    Passage sentence = s.sentenceAt(at);
    if (!Questions.asks(sentence)) {
      return null;
    }
    int end = Math.min(a.text.length(), unit.span().end() + 3);
    if (a.text.substring(unit.span().start(), end).indexOf('?') >= 0) {
      return null;
    }
    Words w = s.words;
    int inverted = Questions.invertedAuxiliary(w, sentence.from(), sentence.to());
    if (inverted < 0) {
      return null;
    }
    String aux = w.norm[inverted];
    boolean stated = false;
    for (int k = 0; k < toks.length; k++) {
      stated |= a.norm[toks[k]].equals(aux)
          && (k + 1 == toks.length || !Questions.SUBJECTS.contains(a.norm[toks[k + 1]]));
    }
    if (!stated) {
      return null;
    }
    int o = sentence.ordinal();
    if (o + 1 < s.sentences.size()) {
      Passage next = s.sentences.get(o + 1);
      if (s.voice[next.from()] == s.voice[sentence.to() - 1]) {
        for (int i = next.from(); i < Math.min(next.to(), next.from() + 3); i++) {
          if (w.norm[i].equals("yes") || w.norm[i].equals(aux)) {
            return null;
          }
        }
      }
    }
    return new MeaningCheck.Difference(MeaningCheck.Kind.MODALITY, "source: " + Pool.plain(
        s.doc.text(), w.start[sentence.from()], w.end[sentence.to() - 1])
        + "?; the source asks it, the quote states it", true);
  }

  /** The reason for words of the quote's own inside a sentence the source otherwise said. */
  private static String saidNowhere(Words a, Span own) {
    return "no source says \"" + Pool.plain(a.text, own.start(), own.end())
        + "\" where the rest of the sentence was said";
  }

  /** The clause aligned by its own words, nearly as said, within the unit's answer; or null. */
  private static Aligner.Alignment alignedAlone(Pool pool, Words a, Finding u, int[] toks) {
    if (toks.length < 3) {
      return null;
    }
    Finding part = pool.matchByWords(a, partOf(a, u.unit(), toks));
    if (!part.supported() || part.support() == Support.PARAPHRASE || part.source() != u.source()
        || Lexical.coverage(a, part) < REORDER_COVERAGE) {
      return null;
    }
    SourceText s = u.source();
    int o = s.sentenceAt(part.alignment().sourceFrom()).ordinal();
    int first = s.sentenceAt(u.sourceFrom()).ordinal();
    int last = s.sentenceAt(Math.max(u.sourceFrom(), u.sourceTo() - 1)).ordinal();
    for (int k = Math.min(o, first); k < Math.max(o, last); k++) {
      if (!sameAnswer(s, k, k + 1)) {
        return null;
      }
    }
    return Math.abs(o - first) <= 3 || Math.abs(o - last) <= 3 ? part.alignment() : null;
  }

  /** The clause {@code toks} of the unit, looked for on its own. */
  private static Unit partOf(Words a, Unit u, int[] toks) {
    return new Unit(u.segment(), new Span(a.start[toks[0]], a.end[toks[toks.length - 1]]), toks,
        u.speaker());
  }

  private static boolean sameAnswer(SourceText s, int a, int b) {
    Passage x = s.sentences.get(a);
    Passage y = s.sentences.get(b);
    return s.voice[x.to() - 1] == s.voice[y.from()] && !s.doc.text()
        .substring(Math.min(s.words.end[x.to() - 1], s.words.start[y.from()]),
            s.words.start[y.from()]).contains("\n\n");
  }

  /**
   * {@code diffs} without its change of figure when the figure came with its own words from
   * elsewhere in the source sentence: "every bus will be electric by 2030" for "By 2030 every bus
   * will be electric" moves "by 2030" past the words the order-keeping alignment followed, and
   * the words compared, which stop where the alignment does, lack the 2030. A run of two words or
   * more, aligned to nothing, found word for word in the sentence outside the compared words,
   * is moved; the figures are then compared again with it taken in. A lone figure is never a
   * move ("5 plans" for "3 plans and 5 goals" is a changed figure).
   */
  private static List<MeaningCheck.Difference> movedFigure(Words a, int[] tokens, int[] c,
      Aligner.Alignment al, SourceText s, int lo, int hi, int from, int to,
      List<MeaningCheck.Difference> diffs) {
    diffs = moved(a, tokens, c, al, s, lo, hi, from, to, diffs, MeaningCheck.Kind.NUMBER);
    return moved(a, tokens, c, al, s, lo, hi, from, to, diffs, MeaningCheck.Kind.NEGATION);
  }

  /**
   * As {@link #movedFigure} for one kind of change: a figure, or a negation that came with its
   * own words ("Because I cannot, I will not promise it" for "I will not promise it, because I
   * cannot": the compared words stop at "promise it" and lack the "cannot" moved before them).
   */
  private static List<MeaningCheck.Difference> moved(Words a, int[] tokens, int[] c,
      Aligner.Alignment al, SourceText s, int lo, int hi, int from, int to,
      List<MeaningCheck.Difference> diffs, MeaningCheck.Kind kind) {
    if (diffs.stream().noneMatch(d -> d.kind() == kind)) {
      return diffs;
    }
    int sf = s.sentenceAt(lo).from();
    int st = s.sentenceAt(hi).to();
    Words w = s.words;
    for (int k = c[0]; k < c[1]; ) {
      if (aligned(al, k)) {
        k++;
        continue;
      }
      int e = k;
      boolean figure = false;
      while (e < c[1] && !aligned(al, e)) {
        String x = a.norm[tokens[e]];
        figure |= kind == MeaningCheck.Kind.NUMBER ? MeaningCheck.isFigure(x)
            : MeaningCheck.NEGATIONS.contains(x);
        e++;
      }
      if (figure && e - k >= 2) {
        for (int i = sf; i + (e - k) <= st; i++) {
          if (i + (e - k) > from && i < to) {
            continue; // inside the compared words
          }
          boolean same = true;
          for (int j = 0; j < e - k && same; j++) {
            same = w.norm[i + j].equals(a.norm[tokens[k + j]]);
          }
          if (same) {
            int f2 = Math.min(from, i);
            int t2 = Math.max(to, i + (e - k));
            boolean still = MeaningCheck.differences(a, Arrays.copyOfRange(tokens, c[0], c[1]),
                w, f2, t2, s.span(f2, t2).text(s.doc.text())).stream()
                .anyMatch(d -> d.kind() == kind);
            return still ? diffs
                : diffs.stream().filter(d -> d.kind() != kind).toList();
          }
        }
      }
      k = e;
    }
    return a.reported ? movedReportedFigure(a, tokens, c, s, sf, st, from, to, diffs) : diffs;
  }

  /**
   * For a report, {@code diffs} without its change of figure when each figure of the clause the
   * compared words lack is found with the word after it ("18 percent") elsewhere in the source
   * sentences: a summary reorders freely ("admissions were about 18 per cent higher in the
   * weeks when pollution was highest" for "in the weeks when pollution was highest, admissions
   * were about 18 per cent higher"), and the order-keeping alignment stops before the figure.
   * A figure found with another word ("5 plans" for "3 plans and 5 goals") is no move.
   */
  private static List<MeaningCheck.Difference> movedReportedFigure(Words a, int[] tokens,
      int[] c, SourceText s, int sf, int st, int from, int to,
      List<MeaningCheck.Difference> diffs) {
    Words w = s.words;
    int f2 = from;
    int t2 = to;
    boolean moved = false;
    for (int k = c[0]; k + 1 < c[1]; k++) {
      String x = a.norm[tokens[k]];
      if (!MeaningCheck.isFigure(x)) {
        continue;
      }
      boolean inside = false;
      for (int i = from; i < to && !inside; i++) {
        inside = w.norm[i].equals(x);
      }
      if (inside) {
        continue;
      }
      int found = -1;
      for (int i = sf; i + 1 < st && found < 0; i++) {
        if ((i < from || i >= to) && w.norm[i].equals(x)
            && w.norm[i + 1].equals(a.norm[tokens[k + 1]])) {
          found = i;
        }
      }
      if (found < 0) {
        return diffs;
      }
      f2 = Math.min(f2, found);
      t2 = Math.max(t2, found + 2);
      moved = true;
    }
    if (!moved) {
      return diffs;
    }
    boolean still = MeaningCheck.differences(a, Arrays.copyOfRange(tokens, c[0], c[1]), w, f2,
        t2, s.span(f2, t2).text(s.doc.text())).stream()
        .anyMatch(d -> d.kind() == MeaningCheck.Kind.NUMBER);
    return still ? diffs
        : diffs.stream().filter(d -> d.kind() != MeaningCheck.Kind.NUMBER).toList();
  }

  /**
   * A negation or a person word of the quote aligned to one source sentence and the words after
   * it to another:
   * "we are not moving it into the community centre" for "we are not closing the library. We
   * are moving it into the community centre", or "we are not against the way this was done" for
   * "we are not against a new centre. We are against the way this was done". Each run is the
   * source's words, and the words compared hold as many negations as the quote, but the "not"
   * now denies what the next sentence affirms. So with "you" taken from the end of "thank you"
   * for the next sentence's "we" (see below). Empty when there is none.
   */
  private static final int NEGATED_REACH = 3;

  private static List<MeaningCheck.Difference> carriedAcrossSentences(Words a, int[] tokens,
      int[] c, Aligner.Alignment al, SourceText s) {
    for (int k = c[0]; k + 1 < c[1]; k++) {
      String who = MeaningCheck.WHO.get(a.norm[tokens[k]]);
      boolean negation = MeaningCheck.NEGATIONS.contains(a.norm[tokens[k]]);
      if (!negation && who == null || !aligned(al, k)) {
        continue;
      }
      Passage mine = s.sentenceAt(al.to()[k]);
      // The words the negation bears on: up to NEGATED_REACH words after it, and not past a
      // mark in the quote ("we are not closing the library, we are moving it" joins two
      // sentences and keeps the "not" on its own).
      Passage next = null;
      int nextAt = -1;
      for (int m = k + 1; m < c[1] && m - k <= NEGATED_REACH && next == null; m++) {
        String gap = a.text.substring(Math.min(a.end[tokens[m - 1]], a.start[tokens[m]]),
            a.start[tokens[m]]);
        if (!gap.isBlank()) {
          break;
        }
        if (al.to()[m] >= 0 && s.sentenceAt(al.to()[m]).from() != mine.from()) {
          next = s.sentenceAt(al.to()[m]);
          nextAt = al.to()[m];
        }
      }
      // The next sentence's own opening words ("We are") were left out: the quote's word stands
      // in their place. A sentence the quote takes up from its first word continues the one
      // before ("you cannot. Turn it into colonisation", as captions break a sentence).
      if (next == null || nextAt == next.from()) {
        continue;
      }
      String text = s.doc.text();
      if (!negation) {
        // A person word carried over counts when the source's own one, of another person, was
        // left out between: "you will take a short break" for "thank you. We will take a short
        // break".
        String theirs = null;
        for (int i = al.to()[k] + 1; i < nextAt && theirs == null; i++) {
          if (s.sentenceAt(i).from() == next.from() && !s.words.silent(i)) {
            boolean used = false;
            for (int m = c[0]; m < c[1] && !used; m++) {
              used = al.to()[m] == i;
            }
            String x = MeaningCheck.WHO.get(s.words.norm[i]);
            if (!used && x != null && !x.equals(who)) {
              theirs = s.words.norm[i];
            }
          }
        }
        if (theirs == null) {
          continue;
        }
        return List.of(new MeaningCheck.Difference(MeaningCheck.Kind.PERSON, "source: "
            + s.span(next.from(), next.to()).text(text) + "; the quote says \"" + a.norm[tokens[k]]
            + "\", taken from another sentence, where the source says \"" + theirs + "\""));
      }
      return List.of(new MeaningCheck.Difference(MeaningCheck.Kind.NEGATION, "source: "
          + s.span(next.from(), next.to()).text(text) + "; the quote puts before it the \""
          + a.norm[tokens[k]] + "\" of another sentence (" + s.span(mine.from(), mine.to())
          .text(text) + ")"));
    }
    return List.of();
  }

  /**
   * The change a clause makes to the source clause its opening words were lifted from: "and we
   * will sign five players" for "I have a list of five players, and we will sign two or three of
   * them". The order-keeping alignment puts the opening ("and we will sign") in the place of
   * "I have a list of" and follows "five players", so the compared words hold the five and not
   * the verb's own object. An opening of two words or more up to the first content word aligned,
   * with a content word aligned to nothing, found word for word in the source sentences outside the compared words, is the
   * source clause the quote's clause renders: it is compared with that clause, up to its comma
   * or the sentence's end, for a negation, figure or antonym. Empty when there is none.
   */
  private static List<MeaningCheck.Difference> liftedOpening(Words a, int[] tokens, int[] c,
      Aligner.Alignment al, SourceText s, int lo, int hi, int from, int to) {
    int k = c[0];
    int e = k;
    boolean content = false;
    // Up to the first content word aligned: "we" may be aligned to the source's other "we".
    while (e < c[1] && !(aligned(al, e) && a.content[tokens[e]])) {
      content |= a.content[tokens[e]] && !aligned(al, e);
      e++;
    }
    if (e - k < 2 || !content || e >= c[1]) {
      return List.of();
    }
    int sf = s.sentenceAt(lo).from();
    int st = s.sentenceAt(hi).to();
    Words w = s.words;
    String text = s.doc.text();
    for (int i = sf; i + (e - k) <= st; i++) {
      if (i + (e - k) > from && i < to) {
        continue;
      }
      boolean same = true;
      for (int j = 0; j < e - k && same; j++) {
        same = w.norm[i + j].equals(a.norm[tokens[k + j]]);
      }
      if (!same) {
        continue;
      }
      int end = i + (e - k);
      while (end < st) {
        String gap = text.substring(Math.min(w.end[end - 1], w.start[end]), w.start[end]);
        if (gap.contains(",") || gap.contains(";") || gap.contains(":")) {
          break;
        }
        end++;
      }
      return MeaningCheck.differences(a, Arrays.copyOfRange(tokens, c[0], c[1]), w, i, end,
          s.span(i, end).text(text)).stream().filter(d -> LOOSE_KINDS.contains(d.kind()))
          .toList();
    }
    return List.of();
  }

  /**
   * The quote's last words, when they put another statement where the source sentence goes on:
   * "if that meeting goes nowhere, we will take the county to court" for "... we will look at
   * every option". The alignment follows the sentence up to "we will" and sees the rest as words
   * added where the quote stops, so the verdict came from the words before them. A tail of two
   * content words or more, none of them in the source sentence, in the place of the source's own
   * last words (none of them in the quote, at most three more than the quote's), far in meaning
   * from them (below TAIL_COSINE): a rewording of the same end ("consider every option") is
   * close to it. Needs the model: null without it.
   */
  private static Span replacedTail(Words a, int[] tokens, int[] c, int trail, SourceText s,
      int lo, int hi, java.util.function.Supplier<SentenceEncoder> model) {
    int qFrom = c[1] - trail;
    int st = s.sentenceAt(hi).to();
    Words w = s.words;
    // Words the source says anywhere in the sentences matched were moved, not put in place
    // ("over four years" at the end for "Over four years we will invest").
    Set<String> sentence = new HashSet<>();
    for (int i = s.sentenceAt(lo).from(); i < st; i++) {
      sentence.add(w.stem[i]);
    }
    int mine = 0;
    for (int k = qFrom; k < c[1]; k++) {
      int t = tokens[k];
      if (a.bracket[t] || a.content[t] && sentence.contains(a.stem[t])) {
        return null;
      }
      mine += a.content[t] ? 1 : 0;
    }
    int from = hi + 1;
    if (mine < 2 || from >= st || st - from > trail + 3) {
      return null;
    }
    Set<String> quoteStems = new HashSet<>();
    for (int k = c[0]; k < c[1]; k++) {
      quoteStems.add(a.stem[tokens[k]]);
    }
    int theirs = 0;
    for (int i = from; i < st; i++) {
      if (w.content[i] && !w.silent(i)) {
        if (quoteStems.contains(w.stem[i])) {
          return null;
        }
        theirs++;
      }
    }
    SentenceEncoder encoder = theirs == 0 ? null : model.get();
    if (encoder == null) {
      return null;
    }
    Span tail = new Span(a.start[tokens[qFrom]], a.end[tokens[c[1] - 1]]);
    List<float[]> v = encoder.encodeAll(List.of(Pool.plain(a.text, tail.start(), tail.end()),
        Pool.plain(s.doc.text(), w.start[from], w.end[st - 1])));
    return Pool.dot(v.get(0), v.get(1)) < TAIL_COSINE ? tail : null;
  }

  /**
   * Below this a quote's last words and the source's are two statements ("take the county to
   * court" and "look at every option": 0.006; "could take until the autumn": 0.121), above it one
   * said two ways ("consider every option": 0.748). Lower than SWAP_COSINE, as a run of several
   * words reworded scores lower than one word for one: the tune half's "hurts hapless folks the
   * most" for "hurts poor people the most" scores 0.449 and was rejected at 0.5.
   */
  static final double TAIL_COSINE = 0.3;

  private static final Set<String> EVERY = Set.of("every", "each", "all", "any");
  // Words that open a limit on the noun before them: a relative clause with no comma before it
  // ("drivers who start before the first bus"), or a phrase ("staff on night shifts").
  private static final Set<String> LIMITS = Set.of("who", "that", "whose", "which", "where",
      "on", "in", "at", "from", "with", "without", "under", "over", "aged", "living", "working");

  /**
   * A quote that stops at a noun the source goes on to limit, and puts "every", "each", "all" or
   * "any" before it: "we will pay for a shuttle for every driver" for "... for drivers who start
   * before the first bus". A quote may stop inside a source sentence, but not widen the claim to
   * all where the words it leaves out said which. Null when the source has its own quantifier
   * there, or nothing limits the noun.
   */
  private static MeaningCheck.Difference widened(Words a, int[] tokens, int[] c,
      Aligner.Alignment al, SourceText s, int from, int to) {
    int last = c[1] - 1;
    if (last - 1 < c[0] || !aligned(al, last) || !a.content[tokens[last]]) {
      return null;
    }
    int k = last - 1;
    if (a.norm[tokens[k]].equals("the") && k - 1 >= c[0]) {
      k--;
    }
    if (!EVERY.contains(a.norm[tokens[k]]) || aligned(al, k)) {
      return null;
    }
    Words w = s.words;
    int noun = al.to()[last];
    for (int i = Math.max(from, noun - 3); i < noun; i++) {
      if (MeaningCheck.isQuantifier(w.norm[i])) {
        return null;
      }
    }
    int next = noun + 1;
    if (next >= s.sentenceAt(noun).to() || !LIMITS.contains(w.norm[next])) {
      return null;
    }
    String gap = s.doc.text().substring(w.end[noun], w.start[next]);
    if (gap.contains(",") || gap.contains(";")) {
      return null; // "drivers, who start early, ..." says something of all of them
    }
    int end = s.sentenceAt(noun).to();
    return new MeaningCheck.Difference(MeaningCheck.Kind.NUMBER, "source: "
        + Pool.plain(s.doc.text(), w.start[Math.min(from, noun)], w.end[end - 1])
        + "; the quote says \"" + a.norm[tokens[k]] + "\" " + a.norm[tokens[last]]
        + " and leaves out the words that say which", true);
  }

  private static boolean aligned(Aligner.Alignment al, int k) {
    return al.to()[k] >= 0 && (al.kind()[k] == Aligner.EXACT || al.kind()[k] == Aligner.STEM);
  }

  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "am", "be",
      "have", "has", "had");

  /** A word a negation can follow at a clause's end: "people don't", "she isn't", "we won't". */
  private static boolean isAuxiliary(String norm) {
    return isOperator(norm) && !MeaningCheck.NEGATIONS.contains(norm) || AUXILIARIES.contains(norm);
  }

  private static boolean isOperator(String norm) {
    return MeaningCheck.NEGATIONS.contains(norm) || norm.equals("will") || norm.equals("would")
        || norm.equals("can") || norm.equals("could") || norm.equals("must")
        || norm.equals("should") || norm.equals("may") || norm.equals("might")
        || norm.equals("do") || norm.equals("does") || norm.equals("did");
  }

  /**
   * The sentence or clause near the unit's match closest in meaning to the clause, when close
   * enough: within the sentence before and after, where a clause of the same statement can be.
   */
  private static Passage closest(SentenceEncoder encoder, Words a, Finding u, int[] toks,
      double threshold) {
    SourceText s = u.source();
    int first = s.sentenceAt(u.sourceFrom()).ordinal();
    int last = s.sentenceAt(Math.max(u.sourceFrom(), u.sourceTo() - 1)).ordinal();
    // The same answer: up to three sentences either side with the same voice and no paragraph
    // break, at least the sentence before and after.
    first = Math.max(0, first - 1);
    last = Math.min(s.sentences.size() - 1, last + 1);
    for (int k = 0; k < 2 && first > 0 && sameAnswer(s, first - 1, first); k++) {
      first--;
    }
    for (int k = 0; k < 2 && last + 1 < s.sentences.size() && sameAnswer(s, last, last + 1); k++) {
      last++;
    }
    first++;
    last--;
    List<Passage> near = new ArrayList<>();
    for (int o = Math.max(0, first - 1); o <= Math.min(s.sentences.size() - 1, last + 1); o++) {
      near.add(s.sentences.get(o));
    }
    for (Passage c : s.clauses) {
      if (c.ordinal() >= first - 1 && c.ordinal() <= last + 1) {
        near.add(c);
      }
    }
    // Shorter sentences have no clauses of their own; a quote clause renders a piece of one.
    for (int o = Math.max(0, first - 1); o <= Math.min(s.sentences.size() - 1, last + 1); o++) {
      Passage sentence = s.sentences.get(o);
      int f = sentence.from();
      for (int i = sentence.from() + 1; i <= sentence.to(); i++) {
        boolean cut = i == sentence.to() || s.words.end[i - 1] < s.words.start[i]
            && s.doc.text().substring(s.words.end[i - 1], s.words.start[i]).matches(".*[,;:—].*");
        if (cut) {
          if (i - f >= 3 && (f > sentence.from() || i < sentence.to())) {
            near.add(new Passage(s, o, f, i, s.span(f, i), sentence.speaker(), true));
          }
          f = i;
        }
      }
    }
    List<Passage> missing = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Passage p : near) {
      if (!s.vectors.containsKey(p.span())) {
        missing.add(p);
        texts.add(Pool.plain(s.doc.text(), p.span().start(), p.span().end()));
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> vs = encoder.encodeAll(texts);
      for (int i = 0; i < missing.size(); i++) {
        s.vectors.put(missing.get(i).span(), vs.get(i));
      }
    }
    float[] v = encoder.encodeAll(List.of(Pool.plain(a.text, a.start[toks[0]],
        a.end[toks[toks.length - 1]]))).get(0);
    // A passage says too little to render a clause that holds more than twice its content
    // words: a topic ("the golf industry", a piece cut at commas) is close in meaning to any
    // claim about it ("golf is a razor-thin industry from an investor standpoint").
    int wanted = (contentIn(a, toks, 0, toks.length) + 1) / 2;
    Passage best = null;
    double bestCos = threshold;
    for (Passage p : near) {
      if (s.words.contentCount(p.from(), p.to()) < wanted) {
        continue;
      }
      double cos = Pool.dot(v, s.vectors.get(p.span()));
      if (cos >= bestCos) {
        bestCos = cos;
        best = p;
      }
    }
    return best;
  }

  /** Content words a clause must share with a source clause for that clause to be its words. */
  private static final int TWIN_WORDS = 2;

  /**
   * The negation or opposite of the source clause near the match whose words the quote's clause
   * holds, when meaning found the clause a closer but other passage: "and we will not consider
   * moving them", beside the source's "we have no plans to move the cages, but we will consider
   * any evidence that moving them would help", is close in meaning to the first clause and says
   * the opposite of the second, whose words it took. Only a clause of the same turn. Empty when no clause shares more of the
   * quote's content words than the passage meaning chose, or that clause agrees.
   */
  private static List<MeaningCheck.Difference> contradictedNearby(Words a, int[] toks, Finding u,
      Passage chosen) {
    SourceText s = u.source();
    Set<String> mine = new HashSet<>();
    for (int t : toks) {
      if (a.content[t]) {
        mine.add(a.stem[t]);
      }
    }
    int first = s.sentenceAt(u.sourceFrom()).ordinal() - 1;
    int last = s.sentenceAt(Math.max(u.sourceFrom(), u.sourceTo() - 1)).ordinal() + 1;
    int least = Math.max(TWIN_WORDS, shared(s, chosen, mine) + 1);
    Passage twin = null;
    for (List<Passage> list : List.of(s.clauses, s.sentences)) {
      for (Passage c : list) {
        // Only the same turn: a reporter's line beside the answer ("Be pushed around.") is not
        // what the speaker said.
        if (c.ordinal() < first || c.ordinal() > last || c == chosen
            || s.voice[c.from()] != s.voice[u.sourceFrom()]) {
          continue;
        }
        int n = shared(s, c, mine);
        if (n >= least) {
          least = n + 1;
          twin = c;
        }
      }
    }
    if (twin == null) {
      return List.of();
    }
    return MeaningCheck.differences(a, toks, s.words, twin.from(), twin.to(), twin.text()).stream()
        .filter(d -> d.kind() == MeaningCheck.Kind.NEGATION || d.kind() == MeaningCheck.Kind.ANTONYM)
        .toList();
  }

  private static int shared(SourceText s, Passage p, Set<String> stems) {
    Set<String> seen = new HashSet<>();
    for (int i = p.from(); i < p.to(); i++) {
      if (s.words.content[i] && stems.contains(s.words.stem[i])) {
        seen.add(s.words.stem[i]);
      }
    }
    return seen.size();
  }

  /** The fewest words a sentence said word for word must have to carry a clause appended to it. */
  static final int APPENDED_TO = 4;

  /**
   * A sentence said word for word to its end, with a clause of the quote's own after it: "I can,
   * and I will, this week, and I will publish the letter online" for "I can, and I will, this
   * week." Few of its words are content words, so the whole is far in meaning from the source and
   * nothing supported it; the sentence is supported and the clause after it is a part no source
   * has (partial). The clause must hold two content words and be found nowhere by its words.
   */
  private static ClauseCheck appended(Pool pool, Words a, Finding f, List<int[]> clauses) {
    Unit u = f.unit();
    int[] tokens = u.tokens();
    int cut = clauses.get(clauses.size() - 1)[0];
    if (cut < APPENDED_TO) {
      return null;
    }
    int[] head = Arrays.copyOfRange(tokens, 0, cut);
    int[] tail = Arrays.copyOfRange(tokens, cut, tokens.length);
    int content = 0;
    for (int t : tail) {
      content += a.content[t] ? 1 : 0;
    }
    if (content < 2 || pool.matchByWords(a, partOf(a, u, tail)).supported()) {
      return null;
    }
    Finding part = pool.matchByWords(a, partOf(a, u, head));
    if (part.support() != Support.VERBATIM || part.alignment() == null) {
      return null;
    }
    Aligner.Alignment pa = part.alignment();
    SourceText s = part.source();
    Passage sentence = s.sentenceAt(pa.sourceTo() - 1);
    if (sentence == null || pa.sourceTo() != sentence.to()) {
      return null; // the source goes on: the clause may render what it says next
    }
    int[] to = new int[tokens.length];
    byte[] kind = new byte[tokens.length];
    Arrays.fill(to, -1);
    System.arraycopy(pa.to(), 0, to, 0, cut);
    System.arraycopy(pa.kind(), 0, kind, 0, cut);
    Span own = new Span(a.start[tail[0]], a.end[tail[tail.length - 1]]);
    return new ClauseCheck(new Finding(u, Support.VERBATIM, part.similarity(), s, part.passage(),
        new Aligner.Alignment(to, kind, pa.sourceFrom(), pa.sourceTo(), pa.score()), part.skipped(),
        List.of(own)), false, List.of("no source says \"" + a.text.substring(own.start(), own.end())
        + "\" where the rest of the sentence was said"));
  }

  /**
   * A unit no whole match was found for, whose clauses are each aligned, near enough word for
   * word, within one turn of a source but in another order: the speaker's words, reordered.
   */
  private static ClauseCheck reordered(Pool pool, Words a, Finding f, List<int[]> clauses) {
    Unit u = f.unit();
    SourceText source = null;
    int[] to = new int[u.tokens().length];
    byte[] kind = new byte[u.tokens().length];
    Arrays.fill(to, -1);
    int from = Integer.MAX_VALUE;
    int end = -1;
    int prevFrom = -1;
    boolean outOfOrder = false;
    double worst = 1;
    for (int[] c : clauses) {
      int[] toks = Arrays.copyOfRange(u.tokens(), c[0], c[1]);
      Finding part = pool.matchByWords(a, partOf(a, u, toks));
      if (!part.supported() || part.support() == Support.PARAPHRASE
          || source != null && part.source() != source
          || Lexical.coverage(a, part) < REORDER_COVERAGE) {
        return null;
      }
      Aligner.Alignment pa = part.alignment();
      if (!MeaningCheck.differences(a, toks, part.source().words, pa.sourceFrom(),
          pa.sourceTo(), "").isEmpty()) {
        return null;
      }
      source = part.source();
      worst = Math.min(worst, part.similarity());
      for (int k = 0; k < toks.length; k++) {
        to[c[0] + k] = pa.to()[k];
        kind[c[0] + k] = pa.kind()[k];
      }
      if (prevFrom >= 0 && pa.sourceFrom() < prevFrom) {
        outOfOrder = true;
      }
      prevFrom = pa.sourceFrom();
      from = Math.min(from, pa.sourceFrom());
      end = Math.max(end, pa.sourceTo());
    }
    if (!outOfOrder || source == null) {
      return null;
    }
    // One answer: no other voice and no paragraph break between the clauses' places.
    for (int i = from; i < end - 1; i++) {
      if (source.voice[i] != source.voice[i + 1]
          || source.doc.text().substring(Math.min(source.words.end[i], source.words.start[i + 1]),
                  source.words.start[i + 1])
              .contains("\n\n")) {
        return null;
      }
    }
    if (source.sentenceAt(end - 1).ordinal() - source.sentenceAt(from).ordinal() > 3) {
      return null;
    }
    // The lead's skipped words and parts stay with the finding, as the meaning stage left them.
    return new ClauseCheck(new Finding(u, Support.EDITED, Math.min(worst, 0.9), source,
        f.passage(), new Aligner.Alignment(to, kind, from, end, 0), f.skipped(),
        f.unsupportedParts()), true, List.of());
  }
}
