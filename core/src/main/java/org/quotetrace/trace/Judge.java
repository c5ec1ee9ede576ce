package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.quote.Quote;
import org.quotetrace.text.Document;
import org.quotetrace.text.Span;

/** Puts the findings for a quote's units together into a verdict, flags, matches and edits. */
final class Judge {
  // Each flag costs this much fidelity: the words may all be there, but something was done to
  // them that a reader was not told about.
  static final double FLAG_COST = 0.1;
  // A lightly edited sentence keeps at least this much fidelity, however many of its few words
  // changed: its words are still the speaker's.
  static final double EDITED_FLOOR = 0.75;
  // A paraphrase's fidelity grows with its cosine, from the lowest cosine at which translations
  // of one statement are found (Pool: 0.6 with all-MiniLM-L6-v2) to identical meaning (1). It
  // runs from under half, where a reader should compare the wording, to just under verbatim: a
  // paraphrase is never the speaker's own words, however close its meaning.
  static final double PARAPHRASE_COSINE_FLOOR = 0.6;
  static final double PARAPHRASE_COSINE_RANGE = 0.4; // up to a cosine of 1
  static final double PARAPHRASE_LOWEST = 0.45;
  static final double PARAPHRASE_RANGE = 0.5; // up to 0.95

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*)\\]");

  private final Document article;
  private final Words words;

  Judge(Document article, Words words) {
    this.article = article;
    this.words = words;
  }

  /**
   * Whether the source words the quote leaves out at {@code r} border or fall inside a part of
   * the unit judged unsupported: "which will fly on Saturday" for "which we hope will fly on
   * Saturday if the weather allows" is a change of meaning, already marked as that part, not a
   * cut to flag besides.
   */
  private boolean inUnsupportedPart(Finding u, Finding.Gap r) {
    if (u.unsupportedParts().isEmpty() || u.alignment() == null) {
      return false;
    }
    int[] to = u.alignment().to();
    int[] toks = u.unit().tokens();
    int before = -1;
    int after = -1;
    for (int k = 0; k < to.length && k < toks.length; k++) {
      if (to[k] >= 0 && to[k] < r.from()) {
        before = k;
      } else if (to[k] >= r.to() && after < 0) {
        after = k;
      }
    }
    if (before < 0 || after < 0) {
      return false;
    }
    int from = words.end[toks[before]];
    int until = words.start[toks[after]];
    for (Span part : u.unsupportedParts()) {
      if (part.start() <= until && part.end() >= from) {
        return true;
      }
    }
    return false;
  }

  /** The quote's verdict from its units' findings, each as the clause check left it. */
  TracedQuote judge(Quote quote, List<ClauseCheck> checked) {
    List<Finding> units = new ArrayList<>(checked.size());
    for (ClauseCheck c : checked) {
      units.add(c.finding());
    }
    Voice speaker = Voice.of(quote.speaker());
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    List<Match> matches = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    List<Span> unsupported = new ArrayList<>();
    Finding prev = null;
    int prevIndex = -2;
    int index = -1;
    int supported = 0;
    Support worst = Support.VERBATIM;
    double weighted = 0;
    double weights = 0;
    List<String> reasons = new ArrayList<>();
    for (ClauseCheck c : checked) {
      Finding u = c.finding();
      index++;
      double w = u.unit().tokens().length;
      weights += w;
      reasons.addAll(c.reasons());
      if (!u.supported()) {
        unsupported.add(u.unit().span());
        continue;
      }
      supported++;
      unsupported.addAll(u.unsupportedParts());
      if (c.reordered()) {
        flags.add(Flag.REORDERED); // clauses of one answer in another order
      }
      if (u.support().ordinal() > worst.ordinal()) {
        worst = u.support();
      }
      weighted += w * unitScore(u);
      for (Finding.Gap r : u.skipped()) {
        if (r.join()) {
          flags.add(Flag.STITCHED);
        } else if (u.support() != Support.PARAPHRASE && !bracketInPlaceOf(u, r)
            && !inUnsupportedPart(u, r)) {
          flags.add(Flag.UNMARKED_OMISSION);
        }
      }
      // Only neighbours are compared: with an invented sentence between them, two supported
      // sentences are not a join of the source's passages but a quote with a part made up.
      if (prev != null && prevIndex == index - 1) {
        if (prev.source() != u.source()) {
          if (prev.unit().segment() == u.unit().segment()) {
            flags.add(Flag.STITCHED);
          }
        } else if (u.sourceFrom() < prev.sourceFrom()) {
          flags.add(Flag.REORDERED);
        } else if (prev.unit().segment() == u.unit().segment() && u.sourceFrom() >= prev.sourceTo()) {
          int content = u.source().words.contentCount(prev.sourceTo(), u.sourceFrom());
          if (content > 2 && droppedSentence(prev, u)) {
            flags.add(Flag.UNMARKED_OMISSION); // a sentence between them left out
          } else if (content > 2) {
            flags.add(Flag.STITCHED);
          } else if (content > 0 && prev.support() != Support.PARAPHRASE
              && u.support() != Support.PARAPHRASE) {
            // "I am optimistic[, actually]. I think …": a word dropped between two sentences.
            flags.add(Flag.UNMARKED_OMISSION);
          }
        }
      }
      prev = u;
      prevIndex = index;
      for (Match m : matchesOf(u)) {
        if (m.speaker() != null || isNarrator(u, m)) {
          Voice who = m.speaker() == null ? Voice.NARRATOR : m.voice();
          if (speaker.name() != null && !Speakers.same(speaker, who) && carries(u, m)) {
            flags.add(Flag.SPEAKER_MISMATCH);
          }
        }
        add(matches, m, u.source());
      }
      edits.addAll(editsOf(u));
    }
    List<Bracket> brackets = brackets(quote, units);
    for (Bracket b : brackets) {
      if (!b.agrees()) {
        flags.add(Flag.BRACKET_NOT_IN_SOURCE);
      }
    }
    Verdict verdict;
    if (supported == 0) {
      verdict = Verdict.UNSUPPORTED;
      flags.clear();
    } else if (!unsupported.isEmpty()) {
      // Some sentences, or some clauses of a sentence, are found nowhere.
      verdict = Verdict.PARTIAL;
      flags.add(Flag.UNSUPPORTED_PART);
    } else if (worst == Support.PARAPHRASE) {
      verdict = Verdict.PARAPHRASE;
    } else if (worst == Support.EDITED || brackets.stream().anyMatch(Judge::inserted)
        || flags.contains(Flag.STITCHED)
        || flags.contains(Flag.UNMARKED_OMISSION) || flags.contains(Flag.REORDERED)
        || flags.contains(Flag.BRACKET_NOT_IN_SOURCE)) {
      verdict = Verdict.EDITED;
    } else {
      verdict = Verdict.VERBATIM;
    }
    double fidelity = weights == 0 ? 0 : weighted / weights;
    for (Flag f : flags) {
      if (f != Flag.UNSUPPORTED_PART) {
        fidelity -= FLAG_COST;
      }
    }
    fidelity = Math.max(0, Math.min(1, fidelity));
    fidelity = Math.round(fidelity * 1000) / 1000.0;
    if (verdict == Verdict.UNSUPPORTED) {
      fidelity = 0;
    }
    return new TracedQuote(quote, verdict, fidelity, matches, flags, edits, unsupported, brackets,
        reasons);
  }

  /**
   * Whether the quote has a bracket where the source words of gap {@code r} stand: "without [the
   * railway's] workers" for "without the workers" puts the bracket in the place of "the". The
   * words are replaced in the open, and the bracket is checked against the source as an
   * insertion; they were not dropped unmarked.
   */
  private boolean bracketInPlaceOf(Finding u, Finding.Gap r) {
    Aligner.Alignment al = u.alignment();
    if (al == null) {
      return false;
    }
    int[] toks = u.unit().tokens();
    int before = -1;
    int after = -1;
    for (int k = 0; k < toks.length; k++) {
      int t = al.to()[k];
      if (t >= 0 && t < r.from()) {
        before = k;
      } else if (t >= r.to() && after < 0) {
        after = k;
      }
    }
    if (before < 0 || after < 0 || after != before + 1) {
      return false;
    }
    int from = words.end[toks[before]];
    int to = words.start[toks[after]];
    return from < to && article.text().substring(from, to).indexOf('[') >= 0;
  }

  /**
   * Two quote sentences that are whole sentences of one answer with exactly one sentence of the
   * same voice between them: the speaker's words with a sentence dropped, not passages joined.
   */
  private static boolean droppedSentence(Finding prev, Finding u) {
    if (prev.support() != Support.VERBATIM && prev.support() != Support.EDITED
        || u.support() != Support.VERBATIM && u.support() != Support.EDITED) {
      return false;
    }
    SourceText s = u.source();
    SourceText.Passage a = s.sentenceAt(prev.sourceTo() - 1);
    SourceText.Passage b = s.sentenceAt(u.sourceFrom());
    if (b.ordinal() - a.ordinal() != 2 || a.to() != prev.sourceTo()
        || b.from() != u.sourceFrom()) {
      return false;
    }
    for (int i = a.from(); i < b.to() - 1; i++) {
      if (s.voice[i] != s.voice[i + 1] || !sameVoice(s.speaker[i], s.speaker[i + 1])
          || s.inTurn[i] != s.inTurn[i + 1] || s.doc.text().substring(
              Math.min(s.words.end[i], s.words.start[i + 1]), s.words.start[i + 1])
              .contains("\n\n")) {
        return false;
      }
    }
    return true;
  }

  // One speaker by name: two quotes of one person are two Named voices with different mentions.
  private static boolean sameVoice(Voice x, Voice y) {
    return x.getClass() == y.getClass() && java.util.Objects.equals(x.name(), y.name());
  }

  // A bracket the source already had ("They [the residents]" in the transcript too) is not the
  // article's insertion.
  private static boolean inserted(Bracket b) {
    return b.sourceText() == null || !Norm.lower(b.sourceText()).replaceAll("\\W+", " ").trim()
        .equals(Norm.lower(b.text()).replaceAll("\\W+", " ").trim());
  }

  private static double unitScore(Finding u) {
    return switch (u.support()) {
      case VERBATIM -> 1.0;
      case EDITED -> Math.max(EDITED_FLOOR, u.similarity());
      case PARAPHRASE -> PARAPHRASE_LOWEST + PARAPHRASE_RANGE * Math.max(0,
          Math.min(1, (u.similarity() - PARAPHRASE_COSINE_FLOOR) / PARAPHRASE_COSINE_RANGE));
    };
  }

  private static boolean isNarrator(Finding u, Match m) {
    int t = u.source().words.firstAtOrAfter(m.span().start());
    return t < u.source().speaker.length && u.source().speaker[t] instanceof Voice.Narrator;
  }

  // Words of another voice count when they carry content: a shared "the" proves nothing.
  private boolean carries(Finding u, Match m) {
    Aligner.Alignment al = u.alignment();
    int content = 0;
    int said = 0;
    boolean plain = true;
    for (int k = 0; k < u.unit().tokens().length; k++) {
      int t = al.to()[k];
      plain &= !words.content[u.unit().tokens()[k]];
      if (t >= 0 && al.kind()[k] != Aligner.SUB && m.span().contains(u.source().words.start[t])) {
        said++;
        if (u.source().words.content[t]) {
          content++;
        }
      }
    }
    // A retort of function words only ("You were in it!") is carried by all its words.
    if (plain) {
      return said >= SourceText.PLAIN_SENTENCE;
    }
    return content >= 2 || content >= 1 && u.unit().tokens().length <= 3;
  }

  // Consecutive matches that continue each other in the source with one speaker are one match.
  private static void add(List<Match> matches, Match m, SourceText s) {
    if (!matches.isEmpty()) {
      Match last = matches.get(matches.size() - 1);
      if (last.source() == m.source() && java.util.Objects.equals(last.speaker(), m.speaker())
          && last.span().end() <= m.span().start()) {
        int from = s.words.firstAtOrAfter(last.span().end());
        int to = s.words.endAtOrBefore(m.span().start());
        if (to <= from || s.words.contentCount(from, to) == 0 && to - from <= 2) {
          Span span = new Span(last.span().start(), m.span().end());
          Support worst = last.support().ordinal() >= m.support().ordinal() ? last.support()
              : m.support();
          matches.set(matches.size() - 1, new Match(m.source(), span,
              span.text(s.doc.text()), m.voice(),
              new Span(last.quotePart().start(), m.quotePart().end()), worst,
              Math.min(last.similarity(), m.similarity())));
          return;
        }
      }
    }
    matches.add(m);
  }

  /** The unit's match, split where the source's speaker changes. */
  private List<Match> matchesOf(Finding u) {
    SourceText s = u.source();
    Aligner.Alignment al = u.alignment();
    List<Match> out = new ArrayList<>();
    // Runs of unit words aligned into one voice of the source.
    List<int[]> runs = new ArrayList<>(); // [first unit index, voice, min source, max source]
    for (int k = 0; k < u.unit().tokens().length; k++) {
      int t = al == null ? -1 : al.to()[k];
      if (t < 0 || al.kind()[k] == Aligner.SUB && u.support() != Support.PARAPHRASE) {
        continue;
      }
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last[1] == s.voice[t]) {
        last[2] = Math.min(last[2], t);
        last[3] = Math.max(last[3], t);
      } else {
        runs.add(new int[] {k, s.voice[t], t, t});
      }
    }
    if (u.support() == Support.PARAPHRASE && u.passage() != null) {
      return paraphraseMatches(u, runs);
    }
    for (int r = 0; r < runs.size(); r++) {
      int[] run = runs.get(r);
      int qFrom = r == 0 ? u.unit().span().start() : words.start[u.unit().tokens()[run[0]]];
      int qTo = r + 1 < runs.size() ? words.end[u.unit().tokens()[runs.get(r + 1)[0] - 1]] : u.unit().span().end();
      qTo = Math.max(qTo, qFrom);
      Span span = s.span(run[2], run[3] + 1);
      out.add(new Match(s.index, span, span.text(s.doc.text()), s.speaker[run[2]],
          new Span(qFrom, qTo), u.support(), round(u.similarity())));
    }
    return out;
  }

  private List<Match> paraphraseMatches(Finding u, List<int[]> runs) {
    SourceText s = u.source();
    SourceText.Passage p = u.passage();
    // Only a voice that carries at least two aligned words is split off; a paraphrase shares few
    // words, and one shared "the" must not cut a match in two.
    List<int[]> voices = new ArrayList<>();
    for (int[] r : runs) {
      if (r[3] - r[2] >= 1 || voices.isEmpty()) {
        if (!voices.isEmpty() && voices.get(voices.size() - 1)[1] == r[1]) {
          continue;
        }
        voices.add(r);
      }
    }
    if (voices.size() <= 1) {
      Voice who = voices.isEmpty() ? p.speaker() : s.speaker[voices.get(0)[2]];
      if (voices.isEmpty() && who instanceof Voice.Narrator) {
        // The passage as a whole is the narrator's, but the paraphrase shares no words to say so.
        who = Voice.UNKNOWN;
      }
      return List.of(new Match(s.index, p.span(), p.text(), who, u.unit().span(),
          Support.PARAPHRASE, round(u.similarity())));
    }
    List<Match> out = new ArrayList<>();
    for (int r = 0; r < voices.size(); r++) {
      int[] v = voices.get(r);
      // The passage's words of this voice.
      int from = p.from();
      while (from < p.to() && s.voice[from] != v[1]) {
        from++;
      }
      int to = from;
      while (to < p.to() && s.voice[to] == v[1]) {
        to++;
      }
      if (to <= from) {
        continue;
      }
      int qFrom = r == 0 ? u.unit().span().start() : words.start[u.unit().tokens()[v[0]]];
      int qTo = r + 1 < voices.size() ? words.end[u.unit().tokens()[voices.get(r + 1)[0] - 1]]
          : u.unit().span().end();
      qTo = Math.max(qTo, qFrom);
      Span span = s.span(from, to);
      out.add(new Match(s.index, span, span.text(s.doc.text()), s.speaker[from],
          new Span(qFrom, qTo), Support.PARAPHRASE, round(u.similarity())));
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** Word changes along the alignment: the runs between words that are the same on both sides. */
  private List<Edit> editsOf(Finding u) {
    List<Edit> out = new ArrayList<>();
    Aligner.Alignment al = u.alignment();
    if (u.support() == Support.VERBATIM || al == null || al.isEmpty()) {
      return out;
    }
    int n = u.unit().tokens().length;
    int prevA = -1;
    int prevS = -1;
    for (int k = 0; k <= n; k++) {
      boolean anchor = k == n || al.to()[k] >= 0 && al.kind()[k] == Aligner.EXACT;
      if (!anchor) {
        continue;
      }
      int sFrom = prevA < 0 ? al.sourceFrom() : prevS + 1;
      int sTo = k == n ? al.sourceTo() : al.to()[k];
      int articleAt = prevA < 0 ? u.unit().span().start() : words.end[u.unit().tokens()[prevA]];
      addPending(out, u, prevA + 1, k, sFrom, Math.max(sFrom, sTo), articleAt);
      if (k < n) {
        prevA = k;
        prevS = al.to()[k];
      }
    }
    return out;
  }

  private void addPending(List<Edit> out, Finding u, int aFrom, int aTo, int sFrom, int sTo,
      int articleAt) {
    SourceText s = u.source();
    // Leave out the source's own bracketed insertions: nobody said them, so nobody dropped them.
    int sf = sFrom;
    while (sf < sTo && s.words.silent(sf)) {
      sf++;
    }
    int st = sTo;
    while (st > sf && s.words.silent(st - 1)) {
      st--;
    }
    boolean hasArticle = aFrom >= 0 && aTo > aFrom;
    boolean hasSource = st > sf;
    if (!hasArticle && !hasSource) {
      return;
    }
    Span aSpan = hasArticle ? new Span(words.start[u.unit().tokens()[aFrom]], words.end[u.unit().tokens()[aTo - 1]])
        : new Span(articleAt, articleAt);
    int sAt = sf < s.words.size ? s.words.start[Math.min(sf, s.words.size - 1)]
        : s.doc.text().length();
    Span sSpan = hasSource ? s.span(sf, st) : new Span(sAt, sAt);
    if (hasArticle && hasSource && aTo - aFrom == st - sf) {
      boolean same = true;
      for (int i = 0; i < aTo - aFrom; i++) {
        if (!words.norm[u.unit().tokens()[aFrom + i]].equals(s.words.norm[sf + i])) {
          same = false;
        }
      }
      if (same) {
        return;
      }
    }
    Edit.Op op = hasArticle && hasSource ? Edit.Op.REPLACE
        : hasArticle ? Edit.Op.INSERT : Edit.Op.DELETE;
    out.add(new Edit(op, aSpan, aSpan.text(article.text()), s.index, sSpan,
        sSpan.text(s.doc.text())));
  }

  /** The quote's bracketed insertions, each checked against the source at the matched place. */
  private List<Bracket> brackets(Quote quote, List<Finding> units) {
    List<Bracket> out = new ArrayList<>();
    String text = article.text();
    Matcher m = BRACKET.matcher(text).region(quote.span().start(), quote.span().end());
    while (m.find()) {
      String inner = m.group(1).trim();
      if (inner.isEmpty() || inner.matches("[.…\\s]+")) {
        continue; // "[…]" marks an omission, not an insertion
      }
      Span span = new Span(m.start(1), m.end(1));
      Finding u = null;
      for (Finding c : units) {
        if (c.unit().span().start() <= m.start() && m.start() < c.unit().span().end()
            || c.unit().span().start() >= m.end() && u == null) {
          u = c;
          if (c.unit().span().start() <= m.start()) {
            break;
          }
        }
      }
      Set<String> stems = new HashSet<>();
      int f = words.firstAtOrAfter(span.start());
      int t = words.endAtOrBefore(span.end());
      for (int i = f; i < t; i++) {
        if (words.content[i]) {
          stems.add(words.stem[i]);
        }
      }
      if (u == null || !u.supported() || stems.isEmpty()) {
        out.add(new Bracket(span, span.text(text), null, true));
        continue;
      }
      out.add(check(span, text, stems, u));
    }
    return out;
  }

  private Bracket check(Span span, String text, Set<String> stems, Finding u) {
    SourceText s = u.source();
    Words sw = s.words;
    // Where the bracket stands in the source: next to the source word aligned just before it.
    int k = 0;
    while (k < u.unit().tokens().length && words.start[u.unit().tokens()[k]] < span.start()) {
      k++;
    }
    // Between the source words aligned just before and just after it.
    int lo = -1;
    for (int j = k - 1; j >= 0 && lo < 0; j--) {
      lo = u.alignment().to()[j];
    }
    int hi = -1;
    for (int j = k; j < u.unit().tokens().length && hi < 0; j++) {
      hi = u.alignment().to()[j];
    }
    if (lo < 0) {
      lo = Math.min(u.sourceFrom(), hi < 0 ? u.sourceFrom() : hi);
    }
    if (hi < 0) {
      hi = Math.max(lo, u.sourceTo() - 1);
    }
    int at = lo;
    // The source's own bracket at that place.
    // The nearest bracket before the word that follows the insertion, within a few words.
    int bf = -1;
    for (int i = Math.min(sw.size - 1, hi); i >= Math.max(0, Math.max(lo - 2, hi - 8)); i--) {
      if (sw.bracket[i]) {
        bf = i;
        while (bf > 0 && sw.bracket[bf - 1]) {
          bf--;
        }
        break;
      }
    }
    if (bf >= 0) {
      int bt = bf;
      while (bt < sw.size && sw.bracket[bt]) {
        bt++;
      }
      Set<String> theirs = new HashSet<>();
      for (int i = bf; i < bt; i++) {
        theirs.add(sw.stem[i]);
      }
      Span sspan = s.span(bf, bt);
      boolean agrees = theirs.containsAll(stems);
      return new Bracket(span, span.text(text), sspan.text(s.doc.text()), agrees);
    }
    // No bracket there: what the bracket names must be said nearby, where its referent would be.
    int ordinal = s.sentenceAt(at).ordinal();
    int from = s.sentences.get(Math.max(0, ordinal - 2)).from();
    int to = s.sentences.get(Math.min(s.sentences.size() - 1, ordinal + 1)).to();
    Set<String> near = new HashSet<>();
    for (int i = from; i < to; i++) {
      near.add(sw.stem[i]);
    }
    return new Bracket(span, span.text(text), null, near.containsAll(stems));
  }
}
