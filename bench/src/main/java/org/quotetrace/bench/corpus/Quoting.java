package org.quotetrace.bench.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.quotetrace.bench.corpus.Filler.Scene;
import org.quotetrace.bench.corpus.Source.Turn;

/**
 * Makes article quotes from a transcript the way reporters do: whole sentences, cut ones, reworded
 * ones, pieces stitched together, words of the next speaker caught in, quotes given to the wrong
 * person, and quotes nobody said. Every kept word remembers its place in the source.
 */
final class Quoting {
  /** Quotes longer than this are cut: news rarely quotes a whole minute of speech. */
  private static final int MAX_WORDS = 55;

  private static final Edit[] PRIMARY = {Edit.VERBATIM, Edit.TRIMMED, Edit.SYNONYM, Edit.BRACKET,
      Edit.STITCHED, Edit.REORDERED, Edit.INVENTED, Edit.SPEAKER_MOVED, Edit.MISATTRIBUTED};
  private static final int[] WEIGHTS = {34, 20, 12, 6, 7, 5, 7, 5, 4};

  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "to", "of", "in",
      "for", "and", "or", "but", "on", "at", "by", "with", "that", "is", "are", "be", "you", "your",
      "this", "if", "will", "going", "it", "we");

  private final Synonyms synonyms;
  private final Transcripts transcripts;

  Quoting(Synonyms synonyms, Transcripts transcripts) {
    this.synonyms = synonyms;
    this.transcripts = transcripts;
  }

  /**
   * A quote of {@code s} for an article of {@code outlet}; {@code used} holds the sentences this
   * article has quoted already, so that it does not quote one twice.
   */
  QuoteDraft fromSource(Source s, Outlet outlet, Set<Integer> used, SplittableRandom r) {
    Edit primary = primary(outlet, r);
    Turn turn = s.pickTurn(r);
    for (int tries = 0; tries < 3 && fullyUsed(turn, used); tries++) {
      turn = s.pickTurn(r);
    }
    if (primary == Edit.SYNONYM) {
      // Not every sentence has a word with a synonym: look for one that has.
      for (int tries = 0; tries < 4 && !hasSynonym(turn); tries++) {
        turn = s.pickTurn(r);
      }
    }
    int q = turn.quotable();
    int count = r.nextInt(100) < 60 ? 1 : r.nextInt(100) < 88 ? 2 : 3;
    if (primary == Edit.REORDERED) {
      count = 2;
    } else if (primary == Edit.STITCHED || primary == Edit.SPEAKER_MOVED) {
      count = 1;
    }
    if (primary == Edit.TRIMMED && count == 1 && q >= 2 && r.nextBoolean()) {
      count = 2;
    }
    if (count > q) {
      count = q;
      if (primary == Edit.REORDERED) {
        primary = Edit.TRIMMED;
      }
    }
    int from = turn.quotableFrom() + r.nextInt(q - count + 1);
    for (int tries = 0; tries < 4 && used.contains(key(turn, from)); tries++) {
      from = turn.quotableFrom() + r.nextInt(q - count + 1);
    }
    if (primary == Edit.SYNONYM) {
      for (int k = 0; k <= q - count && !hasSynonym(turn.sentences().get(from)); k++) {
        from = turn.quotableFrom() + (from - turn.quotableFrom() + 1) % (q - count + 1);
      }
    }
    if (primary == Edit.SPEAKER_MOVED) {
      QuoteDraft moved = speakerMoved(s, turn, r);
      if (moved != null) {
        return secondary(moved, s, outlet, r);
      }
      primary = Edit.TRIMMED;
    }
    Person speaker = turn.speaker();
    List<Tok> toks = new ArrayList<>();
    if (primary == Edit.REORDERED) {
      addSentence(toks, turn, from + 1);
      addSentence(toks, turn, from);
    } else {
      for (int k = 0; k < count; k++) {
        addSentence(toks, turn, from + k);
      }
    }
    for (int k = 0; k < count; k++) {
      used.add(key(turn, from + k));
    }
    QuoteDraft d = new QuoteDraft(toks, speaker, speaker, s.id, EnumSet.of(Edit.VERBATIM));
    switch (primary) {
      case VERBATIM -> { }
      case TRIMMED -> trim(d, outlet, r);
      case SYNONYM -> {
        if (!reword(d, 1 + r.nextInt(3), r)) {
          trim(d, outlet, r);
        }
      }
      case BRACKET -> {
        if (!bracket(d, s, r)) {
          trim(d, outlet, r);
        }
      }
      case STITCHED -> {
        if (!stitch(d, s, turn, from, r)) {
          trim(d, outlet, r);
        }
      }
      case REORDERED -> d.edit(Edit.REORDERED);
      case INVENTED -> {
        return invented(s.topic, speaker, s.place, s, outlet, r);
      }
      case MISATTRIBUTED -> misattribute(d, s, r);
      default -> throw new AssertionError(primary);
    }
    return secondary(d, s, outlet, r);
  }

  private boolean hasSynonym(Turn t) {
    for (int k = t.quotableFrom(); k < t.quotableTo(); k++) {
      if (hasSynonym(t.sentences().get(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasSynonym(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.tags()[i] != Pos.NONE && synonyms.of(s.tags()[i], s.words()[i]) != null) {
        return true;
      }
    }
    return false;
  }

  /** A quote nobody said: the speaker's kind of statement, found nowhere in {@code notIn}. */
  QuoteDraft invented(Topic topic, Person speaker, String place, Source notIn, Outlet outlet,
      SplittableRandom r) {
    Scene scene = new Scene(topic, speaker, speaker, place, outlet.name(), null, null);
    List<Tok> toks = new ArrayList<>();
    int count = r.nextInt(100) < 65 ? 1 : 2;
    for (int k = 0; k < count; k++) {
      Sentence x = transcripts.statement(topic, scene, r);
      for (int tries = 0; tries < 4 && notIn != null && notIn.says(x.text()); tries++) {
        x = transcripts.statement(topic, scene, r);
      }
      for (int i = 0; i < x.size(); i++) {
        toks.add(new Tok(x.words()[i], x.tails()[i], x.tags()[i], -1, -1, -1));
      }
    }
    return new QuoteDraft(toks, speaker, speaker, null, EnumSet.of(Edit.INVENTED));
  }

  private Edit primary(Outlet outlet, SplittableRandom r) {
    double[] w = new double[WEIGHTS.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = i == 0 ? WEIGHTS[i] / outlet.editing() : WEIGHTS[i] * outlet.editing();
      sum += w[i];
    }
    double x = r.nextDouble() * sum;
    for (int i = 0; i < w.length; i++) {
      x -= w[i];
      if (x < 0) {
        return PRIMARY[i];
      }
    }
    return Edit.VERBATIM;
  }

  /** A second, lighter edit now and then, and a cut for overlong quotes. */
  private QuoteDraft secondary(QuoteDraft d, Source s, Outlet outlet, SplittableRandom r) {
    if (!d.edits.contains(Edit.VERBATIM) && r.nextDouble() < 0.3 * outlet.editing()) {
      switch (r.nextInt(3)) {
        case 0 -> {
          if (!d.edits.contains(Edit.TRIMMED)) {
            trim(d, outlet, r);
          }
        }
        case 1 -> reword(d, 1, r);
        default -> bracket(d, s, r);
      }
    }
    if (d.toks.size() > MAX_WORDS) {
      cap(d, MAX_WORDS);
    }
    return d;
  }

  private static boolean fullyUsed(Turn t, Set<Integer> used) {
    for (int k = t.quotableFrom(); k < t.quotableTo(); k++) {
      if (!used.contains(key(t, k))) {
        return false;
      }
    }
    return true;
  }

  /** A sentence is known by the offset of its first word, unique in the source. */
  private static int key(Turn t, int k) {
    return t.starts()[k][0];
  }

  static void addSentence(List<Tok> toks, Turn turn, int k) {
    Sentence s = turn.sentences().get(k);
    if (toks instanceof ArrayList<Tok> a) {
      a.ensureCapacity(toks.size() + s.size());
    }
    int[] st = turn.starts()[k];
    for (int i = 0; i < s.size(); i++) {
      int start = st[i];
      int end = start + s.words()[i].length() + s.tails()[i].length();
      toks.add(new Tok(s.words()[i], s.tails()[i], s.tags()[i], turn.index(), start, end));
    }
  }

  /**
   * Cuts words where a reporter would: a clause or sentence at the start or the end, or clauses
   * inside behind an ellipsis. False when the quote has no clause to spare.
   */
  boolean trim(QuoteDraft d, Outlet outlet, SplittableRandom r) {
    List<Tok> t = d.toks;
    int n = t.size();
    List<Integer> b = boundaries(t);
    List<Integer> leads = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (int x : b) {
      if (x >= 2 && n - skipConjunction(t, x) >= 5) {
        leads.add(x);
      }
      if (x >= 5 && n - x >= 2) {
        ends.add(x);
      }
    }
    List<int[]> inner = new ArrayList<>();
    for (int i = 0; i < b.size(); i++) {
      for (int j = i + 1; j < b.size(); j++) {
        if (b.get(i) >= 3 && n - b.get(j) >= 3 && b.get(j) - b.get(i) >= 2) {
          inner.add(new int[] {b.get(i), b.get(j)});
        }
      }
    }
    int modes = (leads.isEmpty() ? 0 : 1) + (ends.isEmpty() ? 0 : 1) + (inner.isEmpty() ? 0 : 1);
    if (modes == 0) {
      return false;
    }
    int mode = r.nextInt(modes);
    if (!leads.isEmpty() && mode-- == 0) {
      int from = skipConjunction(t, leads.get(r.nextInt(leads.size())));
      t.subList(0, from).clear();
      t.get(0).word = Filler.capitalise(t.get(0).word);
    } else if (!ends.isEmpty() && mode-- == 0) {
      cutAt(d, ends.get(r.nextInt(ends.size())));
    } else {
      int[] cut = inner.get(r.nextInt(inner.size()));
      t.subList(cut[0], cut[1]).clear();
      Tok before = t.get(cut[0] - 1);
      if (!before.endsSentence()) {
        before.tail = "";
      }
      t.add(cut[0], Tok.added(outlet.ellipsis(), ""));
    }
    d.edit(Edit.TRIMMED);
    return true;
  }

  /** Where clauses start: after a comma, colon, semicolon or the end of a sentence. */
  private static List<Integer> boundaries(List<Tok> t) {
    List<Integer> b = new ArrayList<>();
    for (int i = 1; i < t.size(); i++) {
      Tok prev = t.get(i - 1);
      String tail = prev.tail;
      if (prev.fromSource() && t.get(i).fromSource()
          && (tail.endsWith(",") || tail.endsWith(":") || tail.endsWith(";") || prev.endsSentence())) {
        b.add(i);
      }
    }
    return b;
  }

  /** A clause cut out at "and" or "but" starts after it. */
  private static int skipConjunction(List<Tok> t, int i) {
    String w = t.get(i).word;
    return i + 1 < t.size() && (w.equals("and") || w.equals("but") || w.equals("so")) ? i + 1 : i;
  }

  /**
   * Cuts the last clause or sentence, keeping at least {@code keep} words; false when there is
   * none to cut. Wire editors do this to fit a column.
   */
  static boolean cutTail(QuoteDraft d, int keep, SplittableRandom r) {
    List<Integer> ends = new ArrayList<>();
    for (int x : boundaries(d.toks)) {
      if (x >= keep && d.toks.size() - x >= 2) {
        ends.add(x);
      }
    }
    if (ends.isEmpty()) {
      return false;
    }
    cutAt(d, ends.get(r.nextInt(ends.size())));
    d.edit(Edit.TRIMMED);
    return true;
  }

  /** Keeps the first {@code k} words; what ends the quote now is set when it is placed. */
  private static void cutAt(QuoteDraft d, int k) {
    List<Tok> t = d.toks;
    t.subList(k, t.size()).clear();
    Tok last = d.last();
    if (!last.endsSentence()) {
      last.tail = "";
    }
  }

  /** A quote cut to at most {@code max} words, at a clause where there is one. */
  private static void cap(QuoteDraft d, int max) {
    int best = -1;
    for (int x : boundaries(d.toks)) {
      if (x <= max && x >= 6) {
        best = x;
      }
    }
    cutAt(d, best > 0 ? best : max);
    d.edit(Edit.TRIMMED);
  }

  /** Swaps up to {@code max} content words for WordNet synonyms; false when none has one. */
  boolean reword(QuoteDraft d, int max, SplittableRandom r) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < d.toks.size(); i++) {
      Tok t = d.toks.get(i);
      // A word swapped once stays: swapped again it may come back ("ratify", "sign", "ratify").
      if (t.pos != Pos.NONE && !t.reworded && synonyms.of(t.pos, t.word) != null) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return false;
    }
    int swaps = Math.min(max, candidates.size());
    for (int s = 0; s < swaps; s++) {
      int i = candidates.remove(r.nextInt(candidates.size()));
      Tok t = d.toks.get(i);
      String[] syn = synonyms.of(t.pos, t.word);
      String w = syn[r.nextInt(syn.length)];
      t.word = Character.isUpperCase(t.word.charAt(0)) ? Filler.capitalise(w) : w;
      t.reworded = true;
    }
    fixArticles(d);
    d.edit(Edit.SYNONYM);
    return true;
  }

  /**
   * Replaces a pronoun with what it stands for in square brackets ("[the ministry]"), or adds a
   * bracketed place after a noun when there is no pronoun.
   */
  boolean bracket(QuoteDraft d, Source s, SplittableRandom r) {
    Topic topic = s == null ? null : s.topic;
    for (int i = 0; i < d.toks.size(); i++) {
      Tok t = d.toks.get(i);
      String w = t.word.toLowerCase(java.util.Locale.ROOT);
      String next = i + 1 < d.toks.size() ? d.toks.get(i + 1).word : "";
      boolean opens = i == 0 || d.toks.get(i - 1).endsSentence();
      // Only pronouns that stand for something: not "it" in "it is wrong to", not "this year".
      String ref = switch (w) {
        case "we" -> d.sourceSpeaker.ref();
        case "it" -> next.equals("has") || next.equals("will") || next.equals("deserves")
            ? "the " + nounIn(d, topic, r) : null;
        case "this" -> opens && (next.equals("will") || next.equals("is"))
            ? "the " + nounIn(d, topic, r) : null;
        case "they" -> opens && topic != null ? topic.orgs[r.nextInt(topic.orgs.length)].text() : null;
        default -> null;
      };
      if (ref == null) {
        continue;
      }
      String b = "[" + ref + "]";
      t.word = Character.isUpperCase(t.word.charAt(0)) ? "[" + Filler.capitalise(ref) + "]" : b;
      fixArticles(d);
      d.edit(Edit.BRACKET);
      return true;
    }
    String place = s == null ? null : s.place;
    for (int i = 1; i < d.toks.size(); i++) {
      Tok t = d.toks.get(i);
      if (place != null && t.pos == Pos.NOUN && d.toks.get(i - 1).word.equalsIgnoreCase("the")
          && !t.tail.equals("'s")) {
        d.toks.add(i + 1, Tok.added("[in " + place + "]", t.tail));
        t.tail = "";
        d.edit(Edit.BRACKET);
        return true;
      }
    }
    return false;
  }

  private String nounIn(QuoteDraft d, Topic topic, SplittableRandom r) {
    for (Tok t : d.toks) {
      if (t.pos == Pos.NOUN) {
        return t.word.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return topic == null ? "plan" : topic.nouns[r.nextInt(topic.nouns.length)].text();
  }

  /** Joins a second piece of the same speaker's words: from this turn or another of theirs. */
  private boolean stitch(QuoteDraft d, Source s, Turn turn, int from, SplittableRandom r) {
    List<int[]> options = new ArrayList<>();
    for (int k = turn.quotableFrom(); k < turn.quotableTo(); k++) {
      if (k < from - 1 || k > from + 1) {
        options.add(new int[] {turn.index(), k});
      }
    }
    for (Turn t : s.turns) {
      if (t.index() != turn.index() && !t.host() && turn.speaker().equals(t.speaker())) {
        for (int k = t.quotableFrom(); k < t.quotableTo(); k++) {
          options.add(new int[] {t.index(), k});
        }
      }
    }
    if (options.isEmpty()) {
      return false;
    }
    int[] pick = options.get(r.nextInt(options.size()));
    List<Tok> piece = new ArrayList<>();
    addSentence(piece, s.turns.get(pick[0]), pick[1]);
    List<Integer> clauses = new ArrayList<>();
    for (int x : boundaries(piece)) {
      if (piece.size() - skipConjunction(piece, x) >= 5) {
        clauses.add(x);
      }
    }
    if (!clauses.isEmpty() && r.nextInt(10) < 4) {
      piece.subList(0, skipConjunction(piece, clauses.get(r.nextInt(clauses.size())))).clear();
      piece.get(0).word = Filler.capitalise(piece.get(0).word);
    }
    d.toks.addAll(piece);
    d.edit(Edit.STITCHED);
    return true;
  }

  /**
   * The end of a guest's answer with the first words of the host's next turn caught in, or the
   * last words of the host's question before the start of the answer: the speaker changes inside
   * the quote. Null when no host turn stands next to a quotable one.
   */
  private QuoteDraft speakerMoved(Source s, Turn turn, SplittableRandom r) {
    boolean next = r.nextBoolean();
    for (int attempt = 0; attempt < 2; attempt++, next = !next) {
      int other = turn.index() + (next ? 1 : -1);
      if (other < 0 || other >= s.turns.size()) {
        continue;
      }
      Turn host = s.turns.get(other);
      if (!host.host() || host.sentences().isEmpty()) {
        continue;
      }
      List<Tok> guest = new ArrayList<>();
      List<Tok> hostWords = new ArrayList<>();
      if (next) {
        addSentence(guest, turn, turn.quotableTo() - 1);
        addSentence(hostWords, host, 0);
        if (hostWords.size() > 8) {
          hostWords.subList(3 + r.nextInt(5), hostWords.size()).clear();
        }
      } else {
        if (turn.quotableFrom() > 0) {
          continue; // greetings stand between the question and the answer
        }
        addSentence(guest, turn, 0);
        int last = host.sentences().size() - 1;
        addSentence(hostWords, host, last);
        if (hostWords.size() > 8) {
          hostWords.subList(0, hostWords.size() - 3 - r.nextInt(4)).clear();
          hostWords.get(0).word = Filler.capitalise(hostWords.get(0).word);
        }
      }
      // A transcriber's cut does not end on "the" or "to".
      while (next && hostWords.size() > 2) {
        Tok end = hostWords.get(hostWords.size() - 1);
        if (end.endsSentence()
            || !FUNCTION_WORDS.contains(end.word.toLowerCase(java.util.Locale.ROOT))) {
          break;
        }
        hostWords.remove(hostWords.size() - 1);
      }
      if (hostWords.size() >= guest.size()) {
        continue;
      }
      List<Tok> toks = new ArrayList<>();
      toks.addAll(next ? guest : hostWords);
      toks.addAll(next ? hostWords : guest);
      Tok end = toks.get(toks.size() - 1);
      if (!end.endsSentence()) {
        end.tail = "";
      }
      return new QuoteDraft(toks, turn.speaker(), turn.speaker(), s.id, EnumSet.of(Edit.SPEAKER_MOVED));
    }
    return null;
  }

  /** Gives the words to another person of the event: a second guest, or the host. */
  private static void misattribute(QuoteDraft d, Source s, SplittableRandom r) {
    List<Person> others = new ArrayList<>();
    for (Turn t : s.turns) {
      Person p = t.speaker();
      if (p != null && !p.equals(d.sourceSpeaker) && !others.contains(p)) {
        others.add(p);
      }
    }
    if (others.isEmpty()) {
      return;
    }
    d.speaker = others.get(r.nextInt(others.size()));
    d.edit(Edit.MISATTRIBUTED);
  }

  private static void fixArticles(QuoteDraft d) {
    int n = d.toks.size();
    String[] w = new String[n];
    String[] t = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = d.toks.get(i).word;
      t[i] = d.toks.get(i).tail;
    }
    Filler.fixArticles(w, t);
    for (int i = 0; i < n; i++) {
      d.toks.get(i).word = w[i];
    }
  }
}
