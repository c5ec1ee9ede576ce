package org.quotetrace.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotetrace.quote.MarkScanner.Marked;
import org.quotetrace.quote.Speaker.Basis;
import org.quotetrace.text.LineWrap;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;

/**
 * Gives each marked quote of a text a speaker, by ordered sieves from the most direct evidence to
 * the least: a cue right next to the quote ("…," Haftar said / Haftar told RT: "…"), a speech verb
 * earlier in the sentence, the speaker of another quote in the paragraph, a cue elsewhere in the
 * paragraph, the previous paragraph's speaker for a continuation paragraph. Mentions are resolved
 * to the fullest name the document gives; pronouns to the most recent compatible person.
 *
 * <p>Reported speech nests, and the article's own attribution is the outermost: a cue inside the
 * complement of an earlier speech verb ("X said Y told donors “…”") or in a sentence that cites
 * "according to Z" gives X or Z. Participles, infinitives and coordinated predicates ("…,
 * saying", "to demand", "laughed and said") share the subject of the main clause, and a fragment
 * with no cue belongs to the subject of its own clause.
 *
 * <p>One instance per document; not thread-safe.
 */
final class Attributor {
  /** A noun phrase that can speak: where it stands, and the name it resolves to. */
  record Np(int from, int to, Kind kind, String name) {
    /** RELATIVE is a "who" whose antecedent is already resolved into {@code name}. */
    enum Kind { NAME, PRONOUN, DESCRIPTION, RELATIVE }
  }

  /** A cue found in the text: the verb token and its subject. */
  record Cue(int verb, Np subject) {}

  // How far the sieves look, in tokens unless named otherwise. The shares quoted are measured on
  // PolNeAR train's gold attributions (tokens as runs of letters and digits, or one other
  // character; bench/attributor-windows.py prints them): a window that holds nearly all of them
  // costs little and keeps a sieve from wandering into the next clause, where it would find some
  // other verb's subject.

  /**
   * A subject's first token to its verb: 99.3 % of sources that precede their cue start within 30
   * tokens of it.
   */
  private static final int SUBJECT_TO_VERB = 30;
  /**
   * A noun phrase stepped over or back through (an apposition, "X, the head of Y,"): 99.8 % of
   * sources are at most 32 tokens.
   */
  private static final int NOUN_PHRASE = 32;
  /**
   * A leading phrase that a comma and a subject pronoun close ("Eight years ago, he …"): as far as
   * a subject may be from its verb.
   */
  private static final int LEADING_PHRASE = SUBJECT_TO_VERB;
  /**
   * An introductory phrase closed by its comma ("At Monday's debate, …"): no subject can start
   * after it past this.
   */
  private static final int INTRO_PHRASE = 20;
  /**
   * A parenthesis between a subject and its verb ("(D-Vt.)", "(pictured)"): 85 % of the
   * parentheses of the train texts close within 12 tokens; a longer one is an aside of its own,
   * not a label on the name.
   */
  private static final int PARENTHESIS = 12;
  /**
   * A quote's end to its cue when speaker and cue follow it ("…," Ann Lee, the mayor, said): 98.5 %
   * start within 16 tokens.
   */
  private static final int AFTER_QUOTE_TO_CUE = 16;
  /**
   * A cue's end to the start of the source it precedes ("said Trump", "according to the report"):
   * 98.3 % within 12 tokens.
   */
  private static final int INVERTED_SUBJECT = 12;
  /**
   * An inverted cue right before a quote ("Said Trump: “…”"); further back it is another clause's
   * verb.
   */
  private static final int INVERTED_CUE = 10;
  /** A name read after its verb ("said Paul Lindsay"): 92 % of sources are at most 10 tokens. */
  private static final int NAME_AFTER_VERB = 10;
  /**
   * A dash line that names a quote's speaker ("— Ann Lee, mayor") is a byline, not a paragraph of
   * prose.
   */
  private static final int DASH_LINE_CHARS = 120;
  /**
   * How far back the paragraph before a quote's is looked for, past boilerplate lines ("Read more",
   * rules).
   */
  private static final int PARAGRAPHS_BACK = 3;
  /** A he or she resolves to a person named within about the last three paragraphs of news. */
  private static final int ANTECEDENT_CHARS = 1500;

  final String text;
  /**
   * The text's characters, which tokenizing and word look-ups read: a UTF-16 String's charAt asks
   * its coder and checks the index at each character.
   */
  private final char[] chars;
  final int[] ts;
  final int[] te;
  final int n;
  final boolean[] inQuote;
  /** Per token, its lower-case word's record, found on first use. */
  private final Word[] words;
  private final Word.Table table = Word.table();
  /**
   * Per token, the class of its first character (WORD, CAPITAL, LOWER bits): read once here, since
   * the sieves and the ranker ask about the same tokens many times over.
   */
  private final byte[] charClass;
  private static final byte WORD = 1;
  private static final byte CAPITAL = 2;
  private static final byte LOWER = 4;
  private static final byte LETTER = 8;

  /**
   * The class bits of a token's first character, as {@link Character#isLetterOrDigit},
   * {@link Character#isUpperCase}, {@link Character#isLowerCase} and {@link Character#isLetter}
   * answer: for ASCII, most of any text, without their tables.
   */
  static byte classOf(char c) {
    if (c < 128) {
      if (c >= 'a' && c <= 'z') {
        return WORD | LOWER | LETTER;
      }
      if (c >= 'A' && c <= 'Z') {
        return WORD | CAPITAL | LETTER;
      }
      return c >= '0' && c <= '9' ? WORD : 0;
    }
    return (byte) ((Character.isLetterOrDigit(c) ? WORD : 0)
        | (Character.isUpperCase(c) ? CAPITAL : 0) | (Character.isLowerCase(c) ? LOWER : 0)
        | (Character.isLetter(c) ? LETTER : 0));
  }
  /** Tokens of a nickname inside a name (Marcia "Cia" Price): quoted, yet part of a noun phrase. */
  final boolean[] nickname;
  final List<Span> paragraphs;
  final int[] paraOfToken;
  /** The paragraphs' starts, read without going through their spans. */
  private final int[] paraStarts;
  final Names names;
  /**
   * The capitalised word tokens ({@link #isCapital} and {@link #isWordToken}), in text order:
   * names are looked for among them alone, and the ranker counts their stems, where both read
   * every token of the text before.
   */
  final int[] capitals;

  Attributor(String text, List<Marked> quotes, List<Span> excluded, List<QuoteKind> kinds) {
    this(text, quotes, excluded, kinds, null);
  }

  /** As above, given the soft breaks of {@code text} ({@link LineWrap#softBreaks}), or null. */
  Attributor(String text, List<Marked> quotes, List<Span> excluded, List<QuoteKind> kinds,
      BitSet softBreaks) {
    this(text, text.toCharArray(), quotes, excluded, kinds, softBreaks);
  }

  /**
   * An attributor of the text {@code chars} hold, which it keeps as its own: the nested pass hands
   * over the array it wrote its line breaks into, rather than a string to be copied back.
   */
  Attributor(char[] chars, List<Marked> quotes, List<Span> excluded, List<QuoteKind> kinds) {
    this(new String(chars), chars, quotes, excluded, kinds, null, null, null);
  }

  /**
   * As above, for {@code chars} that differ from the text {@code like} read only at the offsets
   * {@code changed}, in ascending order: its tokens are {@code like}'s, but around those offsets
   * ({@link Segmenter#retokenize}).
   */
  Attributor(char[] chars, List<Marked> quotes, List<Span> excluded, List<QuoteKind> kinds,
      Attributor like, int[] changed) {
    this(new String(chars), chars, quotes, excluded, kinds, null, like, changed);
  }

  private Attributor(String text, char[] chars, List<Marked> quotes, List<Span> excluded,
      List<QuoteKind> kinds, BitSet softBreaks) {
    this(text, chars, quotes, excluded, kinds, softBreaks, null, null);
  }

  private Attributor(String text, char[] chars, List<Marked> quotes, List<Span> excluded,
      List<QuoteKind> kinds, BitSet softBreaks, Attributor like, int[] changed) {
    this.text = text;
    this.chars = chars;
    Segmenter.IntList s = new Segmenter.IntList(text.length() / 5 + 8);
    Segmenter.IntList e = new Segmenter.IntList(text.length() / 5 + 8);
    if (like == null || !Segmenter.retokenize(text, chars, like.chars, like.ts, like.te, changed, s, e)) {
      Segmenter.tokenize(text, chars, 0, 0, text.length(), s, e);
    }
    this.ts = s.toArray();
    this.te = e.toArray();
    this.n = ts.length;
    this.inQuote = new boolean[n];
    this.words = new Word[n];
    this.nickname = new boolean[n];
    this.charClass = new byte[n];
    Segmenter.IntList caps = new Segmenter.IntList(n / 8);
    for (int i = 0; i < n && ts[i] < text.length(); i++) {
      byte cls = classOf(chars[ts[i]]);
      charClass[i] = cls;
      if ((cls & (WORD | CAPITAL)) == (WORD | CAPITAL)) {
        caps.add(i);
      }
    }
    this.capitals = caps.toArray();
    for (int k = 0; k < quotes.size(); k++) {
      Marked q = quotes.get(k);
      int end = q.close() + (text.startsWith("''", q.close()) ? 2 : 1);
      mask(q.open(), end);
      if (kinds.get(k) == QuoteKind.NAME && isInsideName(q.open(), end)) {
        for (int i = tokenAt(q.open()); i < n && ts[i] < end; i++) {
          nickname[i] = true;
        }
      }
    }
    for (Span x : excluded) {
      mask(x.start(), x.end());
    }
    this.paragraphs = softBreaks == null ? Segmenter.paragraphs(text)
        : Segmenter.paragraphs(text, softBreaks);
    this.paraStarts = new int[paragraphs.size()];
    for (int k = 0; k < paraStarts.length; k++) {
      paraStarts[k] = paragraphs.get(k).start();
    }
    this.paraOfToken = new int[n];
    int p = 0;
    for (int i = 0; i < n; i++) {
      while (p + 1 < paraStarts.length && ts[i] >= paraStarts[p + 1]) {
        p++;
      }
      paraOfToken[i] = p;
    }
    this.names = new Names();
  }

  boolean isInsideName(int open, int end) {
    int b = open - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    int a = end;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    return b >= 0 && a < text.length() && b < open - 1 && a > end && Character.isLetter(text.charAt(b))
        && Character.isUpperCase(text.charAt(a));
  }

  /** Whether token {@code k} is quoted words that cannot be part of the sentence around them. */
  boolean opaque(int k) {
    return inQuote[k] && !nickname[k];
  }

  void mask(int from, int to) {
    for (int i = tokenAt(from); i < n && ts[i] < to; i++) {
      inQuote[i] = true;
    }
  }

  /**
   * Takes the word records {@code other} has found for its tokens that this one has too, at the
   * same offsets and with the same characters: the nested pass reads a text that differs from the
   * top pass's only where marks became line breaks, so most of its words were looked up already.
   */
  void takeWordsOf(Attributor other) {
    int j = 0;
    for (int i = 0; i < n; i++) {
      int at = ts[i];
      while (j < other.n && other.ts[j] < at) {
        j++;
      }
      if (j == other.n) {
        break;
      }
      Word w = other.words[j];
      if (w != null && other.ts[j] == at && other.te[j] == te[i]
          && java.util.Arrays.equals(chars, at, te[i], other.chars, at, te[i])) {
        words[i] = w;
      }
    }
  }

  List<Quote> run(List<Marked> quotes, List<QuoteKind> kinds, SpeakerModel model,
      List<SpeakerModel.Choice> sink) {
    return run(quotes, kinds, model, sink, true);
  }

  /**
   * The rules' speakers as the ranker receives them, in training too: before {@link
   * #renamePronouns} names a chosen pronoun again. Tests that check the ranker's features read
   * these, so that a change in renaming cannot pass for a change in what the model was trained on.
   */
  List<Quote> rulesAsRanked(List<Marked> quotes, List<QuoteKind> kinds) {
    return run(quotes, kinds, null, null, false);
  }

  private List<Quote> run(List<Marked> quotes, List<QuoteKind> kinds, SpeakerModel model,
      List<SpeakerModel.Choice> sink, boolean rename) {
    names.collect();
    List<Quote> out = new ArrayList<>(quotes.size());
    Speaker[] speakers = new Speaker[quotes.size()];
    Mention[] cues = new Mention[quotes.size()];
    Basis[] bases = new Basis[quotes.size()];
    int[] qa = new int[quotes.size()];
    int[] qb = new int[quotes.size()];
    for (int k = 0; k < quotes.size(); k++) {
      qa[k] = tokenAt(quotes.get(k).open());
      qb[k] = tokenAt(quotes.get(k).close() + 1);
    }
    // Pass 1: cues in the quote's own sentence.
    for (int k = 0; k < quotes.size(); k++) {
      Cue cue = sentenceCue(qa[k], qb[k], quotes.get(k));
      if (cue != null) {
        speakers[k] = speaker(cue.subject(), Basis.CUE);
        cues[k] = cueMention(cue.verb());
        names.noteSpeaker(cue.subject(), speakers[k]);
      }
    }
    // Pass 2: the paragraph, then the paragraphs around it.
    for (int k = 0; k < quotes.size(); k++) {
      if (speakers[k] != null) {
        continue;
      }
      int para = paraOf(quotes.get(k).open());
      // Another quote of the same paragraph with a direct cue: "…," X said. "…"
      int best = -1;
      for (int j = k - 1; j >= 0 && paraOf(quotes.get(j).open()) == para; j--) {
        if (speakers[j] != null && speakers[j].basis() == Basis.CUE
            && kinds.get(j) == QuoteKind.SPEECH) {
          best = j;
          break;
        }
      }
      if (best < 0) {
        for (int j = k + 1; j < quotes.size() && paraOf(quotes.get(j).open()) == para; j++) {
          if (speakers[j] != null && speakers[j].basis() == Basis.CUE
              && kinds.get(j) == QuoteKind.SPEECH) {
            best = j;
            break;
          }
        }
      }
      if (best >= 0) {
        speakers[k] = new Speaker(speakers[best].name(), speakers[best].mention(), Basis.PARAGRAPH);
        cues[k] = cues[best];
        continue;
      }
      Cue pc = paragraphCue(para, quotes.get(k).open());
      if (pc != null) {
        speakers[k] = speaker(pc.subject(), Basis.PARAGRAPH);
        cues[k] = cueMention(pc.verb());
        continue;
      }
      // A paragraph that is only a quote continues the speaker of the paragraph before it, and a
      // paragraph ending "X said:" introduces the next one.
      int prev = previousContentParagraph(para);
      if (prev >= 0) {
        Cue intro = introCue(prev);
        if (intro != null) {
          speakers[k] = speaker(intro.subject(), Basis.PARAGRAPH);
          cues[k] = cueMention(intro.verb());
          continue;
        }
        int last = -1;
        for (int j = k - 1; j >= 0; j--) {
          int pj = paraOf(quotes.get(j).open());
          int pjEnd = paraOf(quotes.get(j).close());
          if (pj < prev && pjEnd < prev) {
            break;
          }
          if ((pj == prev || pjEnd == prev || pj == para) && speakers[j] != null
              && kinds.get(j) == QuoteKind.SPEECH) {
            last = j;
            break;
          }
        }
        if (last >= 0 && startsWithQuote(para, quotes.get(k))) {
          speakers[k] = new Speaker(speakers[last].name(), speakers[last].mention(), Basis.CONTINUATION);
          cues[k] = null;
          continue;
        }
        // "Varnholt said the council had promised help.\n\n“They promised …”": a quote that opens
        // a paragraph goes on from the reported speech of the one before.
        if (last < 0 && startsWithQuote(para, quotes.get(k))) {
          Cue reported = firstCue(prev);
          if (reported != null) {
            speakers[k] = speaker(reported.subject(), Basis.CONTINUATION);
            cues[k] = null;
            continue;
          }
        }
      }
      // "- Sanders." on the line after a quote, as some outlets attribute pull quotes.
      Cue dash = dashAttribution(para + 1);
      if (dash != null) {
        speakers[k] = speaker(dash.subject(), Basis.PARAGRAPH);
        continue;
      }
      // "Okafor defended the plan. “It will pay for itself.”": a quote that makes up a sentence
      // of its own, with no cue anywhere in the paragraph, continues the sentence before it,
      // whose subject is the speaker.
      Cue previous = previousSentenceSubject(qa[k]);
      if (previous != null) {
        speakers[k] = speaker(previous.subject(), Basis.PARAGRAPH);
      }
    }
    // The ranker weighs speech quotes alone: with none, its per-token tables are not built.
    if (model != null && kinds.contains(QuoteKind.SPEECH)) {
      new SpeakerFeatures(this, model).rerank(quotes, kinds, speakers, cues, sink);
    }
    if (rename) {
      renamePronouns(speakers);
    }
    for (int k = 0; k < quotes.size(); k++) {
      Marked m = quotes.get(k);
      out.add(new Quote(m.content(), kinds.get(k), speakers[k], cues[k], false));
    }
    return out;
  }

  /**
   * Names each chosen "he" or "she" again, now skipping a name inside a relative or appositive
   * clause of the person before it ({@link Names#insideClauseOf}). This is done once the speakers
   * are chosen, not in the names the ranker reads: its salience, previous-speaker and
   * same-as-the-rules features were learned and cross-validated on recency alone, and feeding it
   * the new names shifted its choices (PolNeAR train 5-fold CV over five deals of the articles,
   * 37,265 against 37,277 of 39,705 speakers right), while the names it reports change only here.
   * For the same reason only this step tells a person's sex by the wide given-name lists
   * ({@link Lexicon#FEMALE_NAMES_WIDE}), so that "she" after "Tomas Varga" skips him.
   */
  private void renamePronouns(Speaker[] speakers) {
    for (int k = 0; k < speakers.length; k++) {
      Speaker s = speakers[k];
      if (s == null || s.mention() == null || s.name() == null) {
        continue;
      }
      int t = tokenAt(s.mention().span().start());
      if (t >= n || ts[t] != s.mention().span().start() || te[t] != s.mention().span().end()) {
        continue; // one word alone: "he", "She"
      }
      String pronoun = lower(t);
      if (!Lexicon.MALE.contains(pronoun) && !Lexicon.FEMALE.contains(pronoun)
          || !s.name().equals(names.resolvePronoun(pronoun, ts[t]))) {
        continue; // not a name this pronoun was resolved to (a continuation's, a transcript's)
      }
      String name = names.resolvePronoun(pronoun, ts[t], true, names.wideGender);
      if (name != null && !name.equals(s.name())) {
        speakers[k] = new Speaker(name, s.mention(), s.basis());
      }
    }
  }

  // ---------------------------------------------------------------- sentence-level cues

  Cue sentenceCue(int qa, int qb, Marked q) {
    // 0. A transcript pasted inside quote marks: "PENCE: Well, look, …"
    Cue label = labelInside(qa, qb);
    if (label != null) {
      return label;
    }
    int sentenceStart = prefixStart(qa);
    // A quote that closes with a full stop after words of the sentence ends that sentence: the cue
    // after it belongs to the next one (Japan called it "an outlaw." Russia insisted …). Only a
    // quote that opens its sentence takes a cue after the stop ("Not now." he said), by habit.
    int sentenceEnd = qa > sentenceStart && endsWithFullStop(q) ? qb : suffixEnd(qb);
    Cue cue = cueInSentence(qa, qb, q, sentenceStart, sentenceEnd);
    if (cue == null || lower(cue.verb()).equals("according")) {
      return cue;
    }
    // "“…,” Sanders said, according to CNN." / "According to the Post, the judge said “…”": the
    // article attributes the whole report, quote included, to the source it cites.
    Cue cited = accordingTo(sentenceStart, sentenceEnd);
    return cited != null ? cited : cue;
  }

  /** An "according to X" anywhere in the sentence's own words, with X. */
  Cue accordingTo(int start, int end) {
    for (int v = start; v + 2 < end; v++) {
      // The length first: a word of other length is not "according" in any case (only U+0130
      // lowers to two characters, neither of them ASCII), and need not be looked up.
      if (!inQuote[v] && te[v] - ts[v] == 9 && lower(v).equals("according")
          && lower(v + 1).equals("to")) {
        Np np = npAfter(v + 2, end);
        if (np != null) {
          return new Cue(v, np);
        }
      }
    }
    return null;
  }

  Cue cueInSentence(int qa, int qb, Marked q, int sentenceStart, int sentenceEnd) {
    // 1. Right after the quote: "…," Haftar said / "…," said Haftar / "…," according to X.
    Cue after = adjacentAfter(qb, sentenceEnd, q);
    // 2. Right before it: Haftar told RT: "…" / Said Trump, "…".
    Cue before = adjacentBefore(qa, sentenceStart);
    if (after != null && conjoinedAfter(qb, sentenceEnd) && before == null) {
      // "X said the video did not give “…,” but he said …": the cue after the conjunction opens a
      // clause of its own; a cue earlier in the sentence governs the quote.
      Cue earlier = nearestVerbBefore(qa, sentenceStart);
      if (earlier != null) {
        return outer(earlier, sentenceStart);
      }
    }
    // "When someone shouted, “Cruz,” Beck joked": in a leading clause, the cue before the quote
    // is its own and the one after belongs to the main clause.
    boolean subordinate = before != null && sentenceStart < qa && isCapital(sentenceStart)
        && has(sentenceStart, Word.A_SUBORDINATORS);
    if (after != null && (before == null || !endsWithColon(qa) && !subordinate)) {
      return after;
    }
    if (before != null) {
      return outer(before, sentenceStart);
    }
    // 3. Any speech verb earlier in the sentence: Trump says voter fraud "would be …".
    Cue earlier = nearestVerbBefore(qa, sentenceStart);
    if (earlier != null) {
      return outer(earlier, sentenceStart);
    }
    // 4. A verb later in the same sentence: "…" is what the senator told reporters. A quote that
    // is a whole sentence, stop included, takes only a cue right after it, found in step 1.
    Cue later = endsWithFullStop(q) ? null : firstVerbAfter(qb, sentenceEnd);
    if (later != null) {
      return later;
    }
    // 5. A fragment in a sentence with no speech verb belongs to the sentence's subject: Reid has
    // gone after Trump as a "spoiled brat".
    int clause = clauseStart(sentenceStart, qa);
    if (clause > sentenceStart) {
      // "Christie calls him “Mr. Trump,” while Trump calls the governor “Chris.”": the clause
      // that holds the quote has a subject of its own.
      Cue own = sentenceSubject(clause, qa);
      if (own != null) {
        return own;
      }
    }
    return sentenceSubject(sentenceStart, qa);
  }

  /**
   * The reporting cue when {@code inner} sits in the complement of an earlier speech verb: in
   * "Ryan said the senator told donors “…”" the article attributes the quote to Ryan, who reports
   * what the senator said. A comma between the two ends the search, since a complement clause
   * follows its verb directly ("When she spoke, he said …" is not nested).
   */
  Cue outer(Cue inner, int start) {
    if (inner.verb() < inner.subject().from()) {
      return inner; // inverted: "Said Trump: …"
    }
    for (int u = inner.subject().from() - 1; u >= start; u--) {
      if (u - 2 >= start && isPunct(u, ",") && isPunct(u - 2, ",") && has(u - 1, Word.A_PARENTHETICALS)) {
        u -= 2; // "He said, however, that he hopes …"
        continue;
      }
      if (inQuote[u] || isPunct(u, ",;:—–―()")) {
        return inner;
      }
      Word lw = lex(u);
      String w = lw.lower;
      if (isCueVerb(u) && !w.endsWith("ing")
          && (!lw.is(Word.OBJECT_VERB) || lw.is(Word.A_TELL))) {
        Np np = speechSubject(u, start);
        return np == null ? inner : new Cue(u, np);
      }
    }
    return inner;
  }

  /** Prepositions that open a participle adjunct: "despite admitting", "after saying". */
  static final java.util.Set<String> ADJUNCT_PREPOSITIONS =
      Lexicon.set("despite", "after", "before", "while", "upon", "by", "without", "since", "when");

  static final java.util.Set<String> PARENTHETICALS =
      Lexicon.set("however", "though", "too", "also", "instead", "meanwhile", "moreover", "again");

  /** "Told" takes its addressee and then a clause: "she told donors that …". */
  static final java.util.Set<String> TELL = Lexicon.set("tell", "tells", "told");

  /**
   * The subject of the sentence before the one that quote token {@code qa} opens, in its paragraph.
   */
  Cue previousSentenceSubject(int qa) {
    int start = prefixStart(qa);
    if (start != qa || qa == 0) {
      return null; // the quote does not open its sentence
    }
    int end = start - 1;
    if (end < 0 || paraOfToken[end] != paraOfToken[qa] || inQuote[end]) {
      return null;
    }
    int from = end;
    int paraStart = tokenAt(paragraphs.get(paraOfToken[qa]).start());
    while (from - 1 >= paraStart && !(isSentenceEnd(from - 1) && !inQuote[from - 1])) {
      from--;
    }
    return sentenceSubject(from, end);
  }

  /** Where the last clause before token {@code qa} starts: after "while", "but", "although" …. */
  int clauseStart(int start, int qa) {
    for (int k = qa - 1; k > start; k--) {
      if (inQuote[k]) {
        continue;
      }
      Word lw = lex(k);
      String w = lw.lower;
      if (lw.is(Word.A_CLAUSE_OPENERS) && isLowerWord(k)
          || (w.equals("but") || w.equals("and")) && isPunct(k - 1, ",—–-")) {
        return k + 1;
      }
    }
    return start;
  }

  static final java.util.Set<String> CLAUSE_OPENERS =
      Lexicon.set("while", "whereas", "although", "though", "but");

  Cue labelInside(int qa, int qb) {
    int i = qa + 1;
    if (i + 1 >= qb || !isWordToken(i) || !isCapital(i)) {
      return null;
    }
    int j = i;
    while (j < qb && j - i < 4 && isWordToken(j) && isCapital(j)) {
      j++;
    }
    if (j >= qb || !isPunct(j, ":")) {
      return null;
    }
    String first = word(i);
    boolean allCaps = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT));
    if (!allCaps) {
      return null;
    }
    return new Cue(j, classify(i, j));
  }

  Cue sentenceSubject(int start, int qa) {
    int i = start;
    // Skip an introductory phrase: "In recent weeks, Reid …", "At Monday's debate, Clinton …"
    int lead = leadingPhraseEnd(i, qa);
    if (lead > 0) {
      i = lead; // "Minutes later, she sent …", "Flying home that night, she vented …"
    } else if (i < qa && has(i, Word.A_ADVERB_OPENERS) && i + 1 < qa && !isPunct(i + 1, ",")) {
      i++; // "Then he cut into Bush, …": a one-word opener without its comma
    } else if (i < qa && isIntroWord(i)) {
      for (int k = start; k < Math.min(qa, start + INTRO_PHRASE); k++) {
        if (isPunct(k, ",")) {
          i = k + 1;
          break;
        }
      }
      while (i < qa && inQuote[i] && !isWordToken(i)) {
        i++; // On “Face the Nation,” Sanders …: the comma sat inside the marks
      }
    }
    if (i >= qa || inQuote[i] || !isWordToken(i) || has(i, Word.OPENER)
        && !has(i, Word.DETERMINER)) {
      return null;
    }
    // The main verb: the first lower-case verb-like word right after a name, a pronoun or an
    // apposition's closing comma.
    for (int v = i + 1; v < qa && v - i < SUBJECT_TO_VERB; v++) {
      if (inQuote[v] || isSentenceEnd(v)) {
        return null;
      }
      // Step over what sits between a subject and its verb: "(Vt.)", ", who lost the primary,".
      if (isPunct(v, "(")) {
        int close = v + 1;
        while (close < qa && !isPunct(close, ")") && close - v < PARENTHESIS) {
          close++;
        }
        if (close < qa && isPunct(close, ")")) {
          v = close;
        }
        continue;
      }
      if (isPunct(v, ",") && v + 1 < qa && (lower(v + 1).equals("who") || lower(v + 1).equals("which"))) {
        int close = v + 2;
        while (close < qa && !inQuote[close] && !isPunct(close, ",") && !isSentenceEnd(close)) {
          close++;
        }
        if (close < qa && isPunct(close, ",")) {
          v = close;
        }
        continue;
      }
      if (!isWordToken(v) || !isLowerWord(v)) {
        continue;
      }
      Word lw = lex(v);
      String w = lw.lower;
      boolean verbLike = lw.is(Word.AUX) || w.endsWith("ed") || w.endsWith("s")
          && !w.endsWith("ss") || lw.is(Word.SPEECH_VERB);
      int p = v - 1;
      while (p > i && isAdverb(p)) {
        p--;
      }
      boolean afterSubject = isCapital(p) && isWordToken(p) || isPunct(p, ",)")
          || has(p, Word.PRONOUN) || has(p, Word.PERSON_NOUN)
          || shortNounPhrase(i, p);
      // A sentence that opens with a name or a personal pronoun has its verb right after it,
      // whatever its form: "Romney went after Trump", "She held up a sign".
      boolean openingSubject = p == v - 1 && !lw.is(Word.NP_STOP) && !lw.is(Word.A_NAME_JOINERS)
          && (nameRun(i, p) || p == i && has(i, Word.A_SUBJECT_PRONOUNS)
              || has(p, Word.PERSON_NOUN) && !lw.is(Word.PERSON_NOUN)
                  && shortNounPhrase(i, p)
              || lw.is(Word.A_IRREGULAR_PAST) && shortNounPhrase(i, p));
      if ((verbLike && afterSubject || openingSubject) && !lw.is(Word.DETERMINER)) {
        Np np = subjectBefore(v, i);
        return np == null ? null : new Cue(v, np);
      }
    }
    return null;
  }

  /** Past tenses that do not end in -ed, so that "The email went on" finds its verb. */
  static final java.util.Set<String> IRREGULAR_PAST =
      Lexicon.set("went", "said", "told", "wrote", "made", "took", "gave", "sent", "put", "ran",
          "began", "came", "saw", "found", "held", "kept", "left", "brought", "thought", "spoke",
          "struck", "drew", "won", "lost", "met", "led", "felt", "got", "set", "rose", "fell");

  static final java.util.Set<String> NAME_JOINERS =
      Lexicon.set("of", "and", "de", "da", "del", "van", "von", "der", "la", "le", "bin", "al");
  static final java.util.Set<String> SUBJECT_PRONOUNS = Lexicon.set("he", "she", "they", "we", "i");

  /** Whether tokens {@code i..p} are one capitalised run: "Former Gov. Mike Huckabee". */
  boolean nameRun(int i, int p) {
    if (!isWordToken(p) || !isCapital(p)
        || has(i, Word.OPENER) && !isTitle(i)) {
      return false; // "The Florida senator", "Democratic presidential …"
    }
    for (int k = i; k <= p; k++) {
      if (inQuote[k] || !(isWordToken(k) && isCapital(k) || isPunct(k, ".-"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The subject of the speech verb at {@code v}. A participle ("…, saying", "a statement saying",
   * "upon saying") has none of its own: it shares the subject of the sentence's main clause.
   */
  Np speechSubject(int v, int start) {
    int p = v - 1;
    while (p > start && !inQuote[p] && (has(p, Word.AUX) || isAdverb(p))) {
      p--;
    }
    boolean coordinated = p > start && !inQuote[p] && (lower(p).equals("and") || lower(p).equals("but")
        || lower(p).equals("to")); // "… used the question to demand …": an infinitive's subject too
    if (!lower(v).endsWith("ing") && !coordinated) {
      return subjectBefore(v, start);
    }
    if (!coordinated && v - 1 >= start && !inQuote[v - 1] && isWordToken(v - 1) && isCapital(v - 1)
        && !isPossessive(v - 1)) {
      // "footage of Hillary Clinton asking, …": a participle right after a name is that person's.
      int s0 = v - 1;
      while (s0 - 1 >= start && !inQuote[s0 - 1] && isWordToken(s0 - 1) && isCapital(s0 - 1)) {
        s0--;
      }
      while (s0 < v && has(s0, Word.OPENER)) {
        s0++; // "After saying …" opens the sentence; it names nobody
      }
      Np np = s0 < v ? classify(s0, v) : null;
      if (np != null && np.kind() == Np.Kind.NAME && personScore(np) == 3) {
        return np;
      }
    }
    if (!coordinated && v - 2 >= start && isPunct(v - 2, ",") && has(v - 1, Word.A_ADJUNCT_PREPOSITIONS)) {
      // "Ryan, R-Wis., despite admitting …": the adjunct's subject is the one it interrupts.
      Np np = subjectBefore(v - 1, start);
      if (np != null) {
        return np;
      }
    }
    // "Trump bemoaned the unrest and said …", "I laughed and said …": a second predicate shares
    // the first one's subject, as a participle does.
    Cue main = sentenceSubject(start, v);
    if (main != null && main.verb() < v) {
      return main.subject();
    }
    Np clause = clauseSubjectBefore(v - 1, start);
    return clause != null ? clause : subjectBefore(v, start);
  }

  /**
   * Whether tokens {@code i..p} read as a short noun phrase opening a sentence: "The town",
   * "Ryan’s campaign", "The group's lawyers". Only then can a lower-case noun end the subject.
   */
  boolean shortNounPhrase(int i, int p) {
    if (p <= i || p - i > 3 || !(has(i, Word.DETERMINER) || isPossessive(i))) {
      return false;
    }
    for (int k = i + 1; k <= p; k++) {
      Word lw = lex(k);
      String w = lw.lower;
      if (inQuote[k] || !isWordToken(k) || lw.is(Word.NP_STOP) || lw.is(Word.AUX)
          || w.endsWith("ed") || lw.is(Word.SPEECH_VERB)) {
        return false;
      }
    }
    return true;
  }

  /** The subject of the nearest finite verb before token {@code v}: "Haftar criticized …". */
  Np clauseSubjectBefore(int v, int start) {
    for (int k = v - 1; k > start; k--) {
      if (inQuote[k] || !isWordToken(k) || !isLowerWord(k)) {
        continue;
      }
      Word lw = lex(k);
      String w = lw.lower;
      boolean verbLike = lw.is(Word.AUX) || w.endsWith("ed") || lw.is(Word.SPEECH_VERB)
          || w.endsWith("s") && !w.endsWith("ss");
      int p = k - 1;
      while (p > start && isAdverb(p)) {
        p--;
      }
      if (verbLike && (isCapital(p) && isWordToken(p) || has(p, Word.PRONOUN))) {
        Np np = subjectBefore(k, start);
        if (np != null) {
          return np;
        }
      }
    }
    return null;
  }

  /**
   * The token after a leading phrase that a comma and a subject pronoun close: in "Eight years
   * ago, he supported …" the pronoun and its verb start the clause. 0 when there is none.
   */
  int leadingPhraseEnd(int start, int limit) {
    for (int k = start + 1; k < limit && k - start < LEADING_PHRASE; k++) {
      if (inQuote[k] || isSentenceEnd(k)) {
        return 0;
      }
      if (isPunct(k, ",")) {
        boolean pronoun = k + 2 < limit && has(k + 1, Word.A_SUBJECT_PRONOUNS)
            && (isLowerWord(k + 1) || word(k + 1).equals("I"));
        if (pronoun && isLowerWord(k + 2)) {
          return k + 1; // "Once, when my mother …, I laughed": the pronoun starts the clause
        }
      }
    }
    return 0;
  }

  static final java.util.Set<String> ADVERB_OPENERS =
      Lexicon.set("then", "meanwhile", "however", "still", "now", "also", "yet", "instead",
          "indeed", "finally", "earlier", "later", "today", "yesterday", "and", "but");

  boolean isIntroWord(int i) {
    return switch (lower(i)) {
      case "in", "at", "on", "during", "after", "before", "following", "when", "while", "since",
          "as", "earlier", "later", "meanwhile", "however", "also", "but", "and", "still", "now",
          "yet", "instead", "indeed", "finally", "last", "this", "that", "for", "from", "with",
          "without", "unlike", "like", "despite", "under", "over", "then", "today", "yesterday",
          "first", "second", "third", "next", "lastly", "ultimately", "separately", "similarly",
          "likewise", "moreover", "furthermore", "additionally", "nonetheless", "nevertheless" -> true;
      default -> false;
    };
  }

  /** Whether token {@code i} ends in "’s", "'s", "s’" or "s'": read from its characters. */
  boolean isPossessive(int i) {
    int e = te[i];
    if (e - ts[i] < 2) {
      return false;
    }
    char a = chars[e - 2];
    char b = chars[e - 1];
    return b == 's' && (a == '’' || a == '\'') || a == 's' && (b == '’' || b == '\'');
  }

  static final java.util.Set<String> HUMAN_POSSESSIVES = Lexicon.set("his", "her", "their");

  static final java.util.Set<String> SPEECH_NOUNS = Lexicon.set(
      "claim", "claims", "statement", "statements", "comment", "comments", "remark", "remarks",
      "words", "tweet", "tweets", "description", "reference", "references", "assertion",
      "promise", "pledge", "call", "message", "slogan", "argument", "warning", "charge",
      "accusation", "characterization", "label", "response", "answer", "question", "quip",
      "line", "speech", "description", "suggestion", "insistence", "vow", "boast", "contention",
      "announcement", "declaration", "prediction", "complaint", "criticism", "praise");

  boolean endsWithColon(int qa) {
    int j = qa - 1;
    return j >= 0 && !inQuote[j] && te[j] - ts[j] == 1 && chars[ts[j]] == ':';
  }

  /** First token of the sentence that holds token {@code qa}, looking back over outside text. */
  int prefixStart(int qa) {
    int para = paraOfToken[Math.min(qa, n - 1)];
    int i = qa - 1;
    while (i >= 0 && paraOfToken[i] == para) {
      if (!inQuote[i] && isSentenceEnd(i)) {
        return i + 1;
      }
      if (inQuote[i]) {
        // A quote that ends a sentence ("…done." ) and is directly followed by this one starts a
        // new sentence; one that ends mid-sentence does not.
        int j = i;
        while (j >= 0 && inQuote[j] && paraOfToken[j] == para) {
          j--;
        }
        if (quoteEndsSentence(i) && (i == qa - 1 || isWordToken(i + 1) && isCapital(i + 1))) {
          return i + 1; // “… his re-election.” He went on …: the quote closed the sentence before
        }
        i = j;
        continue;
      }
      i--;
    }
    return i + 1;
  }

  /** Token after the last token of the sentence that continues after token {@code qb}. */
  int suffixEnd(int qb) {
    if (qb >= n) {
      return n;
    }
    int para = paraOfToken[Math.max(0, qb - 1)];
    int i = qb;
    while (i < n && paraOfToken[i] == para && !opaque(i)) {
      if (isSentenceEnd(i)) {
        return i;
      }
      i++;
    }
    return i;
  }

  boolean isSentenceEnd(int i) {
    if (te[i] - ts[i] != 1) {
      return false;
    }
    char c = chars[ts[i]];
    if (c == '.' && i + 1 < n && paraOfToken[i + 1] == paraOfToken[i]
        && (isPunct(i + 1, "),") || isLowerWord(i + 1))) {
      return false; // "(R-Fla.)", "Va., said": the stop of an abbreviation, not of a sentence
    }
    return c == '.' || c == '!' || c == '?' || c == ';';
  }

  // The token before the close mark ends in . ! or ?
  boolean quoteEndsSentence(int closeMarkToken) {
    int j = closeMarkToken - 1;
    while (j >= 0 && te[j] - ts[j] == 1 && MarkScanner.isMarkChar(chars[ts[j]])) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    char c = chars[te[j] - 1];
    return c == '.' || c == '!' || c == '?';
  }

  Cue adjacentAfter(int qb, int end, Marked q) {
    int i = qb;
    if (i < n && !inQuote[i] && isPunct(i, "―—–-") && (i + 1 < n) && isWordToken(i + 1)
        && isCapital(i + 1)) {
      // "…" ― Karen Smith: the pull-quote convention.
      int to = i + 1;
      while (to < n && !inQuote[to] && paraOfToken[to] == paraOfToken[i] && to - i < 8
          && (isWordToken(to) && (isCapital(to) || lower(to).equals("of")) || isPunct(to, ".-"))) {
        to++;
      }
      Np np = classify(i + 1, to);
      if (np != null) {
        return new Cue(i, np);
      }
    }
    while (i < end && isPunct(i, ",—–-")) {
      i++;
    }
    if (i >= end) {
      return null;
    }
    Word lw = lex(i);
    String w = lw.lower;
    if (w.equals("according") && i + 1 < end && lower(i + 1).equals("to")) {
      Np np = npAfter(i + 2, end);
      return np == null ? null : new Cue(i, np);
    }
    if (lw.is(Word.SPEECH_VERB)) {
      Np np = invertedSubject(i, end);
      return np == null ? null : new Cue(i, np);
    }
    if (w.equals("and") || w.equals("but")) {
      i++;
    }
    if (!endsClause(q) && i == qb) {
      return null; // as "unhinged" a Donald Trump tweet …: the quote is mid-phrase
    }
    // NP then verb within a short window, the NP starting right here.
    int limit = Math.min(end, i + AFTER_QUOTE_TO_CUE);
    for (int v = i + 1; v < limit; v++) {
      if (opaque(v)) {
        break;
      }
      if (isCueVerb(v)) {
        if (lower(v).endsWith("ing")) {
          break; // "…," but stopped short of calling …: a participle has no subject of its own
        }
        if (endsWithFullStop(q) && takesClause(v)) {
          break; // “… a campaign.” Kasich said he would have fired him: a new report, not a cue
        }
        Np np = subjectBefore(v, i);
        if (np != null && (np.from() == i
            || np.from() > i && isPunct(np.from() - 1, ",") && !endsWithFullStop(q))) {
          return new Cue(v, np); // "…," Haftar said / "…," the envoy, Haftar, said
        }
        break;
      }
    }
    return null;
  }

  boolean conjoinedAfter(int qb, int end) {
    int i = qb;
    while (i < end && isPunct(i, ",—–-")) {
      i++;
    }
    return i < end && (lower(i).equals("but") || lower(i).equals("and"));
  }

  /** Whether the speech verb at {@code v} goes on to a clause of its own: "said (that) he …". */
  boolean takesClause(int v) {
    int k = v + 1;
    if (k >= n || inQuote[k]) {
      return false;
    }
    return lower(k).equals("that")
        || has(k, Word.A_SUBJECT_PRONOUNS) && (isLowerWord(k) || word(k).equals("I"));
  }

  boolean endsWithFullStop(Marked q) {
    int e = q.content().end();
    while (e > q.content().start() && MarkScanner.isSpaceOrBreak(text.charAt(e - 1))) {
      e--;
    }
    return e - q.content().start() >= 2 && text.charAt(e - 1) == '.' && text.charAt(e - 2) != '.';
  }

  boolean endsClause(Marked q) {
    int e = q.content().end();
    while (e > q.content().start() && MarkScanner.isSpaceOrBreak(text.charAt(e - 1))) {
      e--;
    }
    if (e == q.content().start()) {
      return false;
    }
    char c = text.charAt(e - 1);
    return ",.?!—–-…".indexOf(c) >= 0 || MarkScanner.isMarkChar(c);
  }

  Cue adjacentBefore(int qa, int start) {
    int j = qa - 1;
    while (j >= start && isPunct(j, ":,—–-")) {
      j--;
    }
    if (j < start) {
      return null;
    }
    if (lower(j).equals("that")) {
      j--;
    }
    if (j < start) {
      return null;
    }
    if (isCueVerb(j)) {
      Np np = speechSubject(j, start);
      if (np != null) {
        return new Cue(j, np);
      }
    }
    // Inverted: Said Trump: "…" / according to the report, "…"
    for (int v = j; v >= Math.max(start, j - INVERTED_CUE); v--) {
      Word lw = lex(v);
      String w = lw.lower;
      if (w.equals("according") && v + 1 <= j && lower(v + 1).equals("to")) {
        Np np = npAfter(v + 2, j + 1);
        return np == null ? null : new Cue(v, np);
      }
      if (lw.is(Word.SPEECH_VERB) && !isNounUse(v)) {
        Np np = invertedSubject(v, j + 1);
        if (np != null && np.to() == j + 1 && subjectBefore(v, start) == null) {
          return new Cue(v, np);
        }
        break;
      }
    }
    // "Rep. Ann Moe (R-Ore.): “…”", "Pollster Dag Lie: “…”": a name and a colon label the quote.
    if (endsWithColon(qa)) {
      int e = j;
      if (isPunct(e, ")")) {
        int k = e - 1;
        while (k > start && !isPunct(k, "(") && e - k < 8) {
          k--;
        }
        e = k >= start && isPunct(k, "(") ? k - 1 : e;
      }
      Np np = npEndingAt(e, start);
      if (np != null && np.kind() == Np.Kind.NAME && personScore(np) == 3) {
        return new Cue(qa - 1, np);
      }
    }
    return null;
  }

  Cue nearestVerbBefore(int qa, int start) {
    Cue possessive = null;
    for (int v = qa - 1; v >= start; v--) {
      if (inQuote[v]) {
        continue;
      }
      Word lw = lex(v);
      String w = lw.lower;
      if (w.equals("according") && v + 1 < qa && lower(v + 1).equals("to")) {
        Np np = npAfter(v + 2, qa);
        if (np != null) {
          return new Cue(v, np);
        }
      }
      if (isCueVerb(v)) {
        if (v + 2 < qa && lower(v + 1).equals("by") && (w.endsWith("ed") || w.equals("told"))) {
          // "Rubio was asked by moderator Gerard Baker whether …": the passive's agent speaks.
          Np agent = npAfter(v + 2, qa);
          if (agent != null) {
            return new Cue(v, agent);
          }
        }
        Np np = speechSubject(v, start);
        if (np != null) {
          return new Cue(v, np);
        }
      }
      // Trump’s claim that there have been "thousands of shootings". A speech verb earlier in the
      // sentence still wins: in "Ryan said Trump’s claim was …" the words are Ryan's report.
      if (possessive == null && lw.is(Word.A_SPEECH_NOUNS) && v - 1 >= start && !inQuote[v - 1]
          && has(v - 1, Word.A_HUMAN_POSSESSIVES)) {
        possessive = new Cue(v, new Np(v - 1, v, Np.Kind.PRONOUN, null)); // "her remark that …"
      }
      if (possessive == null && lw.is(Word.A_SPEECH_NOUNS) && v - 1 >= start && !inQuote[v - 1]
          && isPossessive(v - 1) && isCapital(v - 1)) {
        int s0 = v - 1;
        while (s0 - 1 >= start && !inQuote[s0 - 1] && isWordToken(s0 - 1) && isCapital(s0 - 1)) {
          s0--;
        }
        Np np = classify(s0, v);
        if (np != null) {
          possessive = new Cue(v, np);
        }
      }
    }
    if (possessive != null && possessive.subject().from() > start) {
      Cue main = sentenceSubject(start, possessive.subject().from());
      if (main != null && main.subject().to() <= possessive.subject().from()) {
        return main;
      }
    }
    return possessive;
  }

  Cue firstVerbAfter(int qb, int end) {
    for (int v = qb; v < end; v++) {
      if (inQuote[v]) {
        break;
      }
      if (lower(v).equals("according") && v + 1 < end && lower(v + 1).equals("to")) {
        Np np = npAfter(v + 2, end);
        if (np != null) {
          return new Cue(v, np);
        }
      }
      if (isCueVerb(v)) {
        Np np = subjectBefore(v, qb);
        if (np != null) {
          return new Cue(v, np);
        }
        np = invertedSubject(v, end);
        if (np != null) {
          return new Cue(v, np);
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- paragraph-level cues

  Cue paragraphCue(int para, int quoteOffset) {
    Span p = paragraphs.get(para);
    int from = tokenAt(p.start());
    int to = tokenAt(p.end());
    Cue before = null;
    Cue after = null;
    for (int v = from; v < to; v++) {
      if (inQuote[v] || !isCueVerb(v)) {
        continue;
      }
      int start = sentenceStartOf(v, from);
      Np np = subjectBefore(v, start);
      if (np == null) {
        np = invertedSubject(v, Math.min(to, v + INVERTED_SUBJECT));
      }
      if (np == null) {
        continue;
      }
      if (ts[v] < quoteOffset) {
        before = new Cue(v, np);
      } else if (after == null) {
        after = new Cue(v, np);
      }
    }
    return before != null ? before : after;
  }

  /** The first speech cue of a paragraph with a subject: its main reported speaker. */
  Cue firstCue(int para) {
    Span p = paragraphs.get(para);
    int from = tokenAt(p.start());
    int to = tokenAt(p.end());
    for (int v = from; v < to; v++) {
      if (!inQuote[v] && isCueVerb(v)) {
        Np np = subjectBefore(v, sentenceStartOf(v, from));
        if (np != null) {
          return new Cue(v, np);
        }
      }
    }
    return null;
  }

  int sentenceStartOf(int v, int floor) {
    for (int i = v - 1; i >= floor; i--) {
      if (!inQuote[i] && isSentenceEnd(i)) {
        return i + 1;
      }
    }
    return floor;
  }

  /** A paragraph that ends with a colon after a cue ("Caddell continued:") introduces a quote. */
  Cue introCue(int para) {
    Span p = paragraphs.get(para);
    if (text.charAt(p.end() - 1) != ':') {
      return null;
    }
    int to = tokenAt(p.end()) - 1;
    int from = tokenAt(p.start());
    int start = sentenceStartOf(to, from);
    for (int v = to - 1; v >= start; v--) {
      if (!inQuote[v] && has(v, Word.SPEECH_VERB) && !isNounUse(v)) {
        Np np = subjectBefore(v, start);
        if (np == null) {
          np = invertedSubject(v, to);
        }
        if (np != null) {
          return new Cue(v, np);
        }
      }
    }
    return null;
  }

  Cue dashAttribution(int para) {
    if (para >= paragraphs.size()) {
      return null;
    }
    Span p = paragraphs.get(para);
    char c = text.charAt(p.start());
    if ((c != '-' && c != '—' && c != '–') || p.length() > DASH_LINE_CHARS) {
      return null;
    }
    int from = tokenAt(p.start()) + 1;
    int to = tokenAt(p.end());
    Np np = npAfter(from, to);
    return np == null ? null : new Cue(from - 1, np);
  }

  int previousContentParagraph(int para) {
    for (int p = para - 1; p >= 0 && p >= para - PARAGRAPHS_BACK; p--) {
      if (!isBoilerplate(paragraphs.get(p))) {
        return p;
      }
    }
    return -1;
  }

  boolean isBoilerplate(Span p) {
    String s = text.substring(p.start(), Math.min(p.end(), p.start() + 12)).toLowerCase(Locale.ROOT);
    if (s.startsWith("read more") || s.startsWith("related") || s.startsWith("advertisement")
        || s.startsWith("___") || s.startsWith("see also") || s.startsWith("watch:")) {
      return true;
    }
    for (int i = p.start(); i < p.end(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  boolean startsWithQuote(int para, Marked q) {
    return q.open() <= paragraphs.get(para).start() + 1;
  }

  // ---------------------------------------------------------------- noun phrases

  /** The subject of the verb at token {@code v}, looking back no further than {@code floor}. */
  Np subjectBefore(int v, int floor) {
    int j = v - 1;
    while (j >= floor && !inQuote[j]) {
      if (has(j, Word.AUX) || isAdverb(j) || lower(j).equals("now")) {
        j--;
      } else if (j + 1 < v && (lower(j).equals("on") || lower(j).equals("in")) && isCapital(j + 1)
          && has(j + 1, Word.AUX)) {
        j--; // "Trump, who …, on Friday described …"
      } else if (j - 1 >= floor && isYear(j) && (lower(j - 1).equals("in") || lower(j - 1).equals("since"))) {
        j -= 2; // "McConnell, who in 2010 said …"
      } else {
        break;
      }
    }
    if (j < floor || inQuote[j]) {
      return null;
    }
    if (isPunct(j, ")")) {
      int k = j - 1;
      while (k >= floor && !isPunct(k, "(") && j - k < PARENTHESIS) {
        k--;
      }
      if (k >= floor && isPunct(k, "(")) {
        j = k - 1;
      }
    }
    if (j < floor) {
      return null;
    }
    if (lower(j).equals("who") && j - 1 >= floor && isPunct(j - 1, ",")) {
      return relative(j, floor);
    }
    if (isPunct(j, ",")) {
      // "X, the head of Y, said" or "The head of Y, X, said": take the proper name.
      int r = j - 1;
      while (r >= floor && !inQuote[r] && !isPunct(r, ",") && j - r < NOUN_PHRASE) {
        r--;
      }
      if (r >= floor && r + 1 < j && isPunct(r, ",")
          && (lower(r + 1).equals("who") || lower(r + 1).equals("which"))) {
        return subjectBefore(r, floor); // "Sanders (Vt.), who lost the primary, said"
      }
      int k = j - 1;
      while (k >= floor && !opaque(k) && !isPunct(k, ",") && j - k < NOUN_PHRASE) {
        k--;
      }
      if (k < floor || inQuote[k] || !isPunct(k, ",")) {
        return null;
      }
      Np appos = npEndingAt(j - 1, k + 1);
      Np head = k - 1 >= floor && isPunct(k - 1, ")") ? subjectBefore(k, floor) : npEndingAt(k - 1, floor);
      int hs = personScore(head);
      // ", noting the size of the crowd," is a participle clause, not an apposition
      int as = lower(k + 1).endsWith("ing") && isLowerWord(k + 1) ? 0 : personScore(appos);
      if (hs == 0 && as == 0) {
        return null;
      }
      return hs >= as ? head : appos;
    }
    Np np = npEndingAt(j, floor);
    int prep = np == null ? -1 : np.from() - 1;
    if (prep > floor && !inQuote[prep] && isLowerWord(prep) && has(prep, Word.A_PP_BEFORE_VERB)) {
      // "Trump at the time said …": a subject is never the object of a preposition, so the
      // phrase sits between the subject and its verb.
      int e = prep - 1;
      boolean participle = e > floor && isLowerWord(e) && lower(e).endsWith("ing");
      if (participle) {
        e--; // "Protesters marching through the streets chanted …"
      }
      Np subject = participle ? npEndingAt(e, floor) : subjectBefore(prep, floor);
      if (subject != null && (subject.kind() != Np.Kind.DESCRIPTION || participle)) {
        return subject; // "Beck, who has in the past described …" reaches "who" as well
      }
    }
    return np;
  }

  static final java.util.Set<String> PP_BEFORE_VERB =
      Lexicon.set("at", "in", "on", "during", "for", "with", "from", "after", "before", "over",
          "under", "through", "since");

  /**
   * The relative pronoun at {@code who} as the speaker's mention, standing for its antecedent: in
   * "Obama, who called the plan …", "who" is the subject of the cue and Obama the person.
   */
  Np relative(int who, int floor) {
    Np antecedent = npEndingAt(who - 2, floor);
    if (antecedent == null) {
      return null;
    }
    String name = switch (antecedent.kind()) {
      case NAME, RELATIVE -> antecedent.name();
      case PRONOUN -> null;
      case DESCRIPTION -> names.resolveDescription(antecedent.from(), antecedent.to());
    };
    return new Np(who, who + 1, Np.Kind.RELATIVE, name);
  }

  /** A noun phrase that ends with token {@code j}, extending back no further than {@code floor}. */
  Np npEndingAt(int j, int floor) {
    if (j < floor || j < 0 || inQuote[j] || !isWordToken(j)) {
      return null;
    }
    Word lastLex = lex(j);
    String last = lastLex.lower;
    if (lastLex.is(Word.PRONOUN)) {
      if (last.equals("who") || last.equals("it") && false) {
        return null;
      }
      return new Np(j, j + 1, Np.Kind.PRONOUN, null);
    }
    if (lastLex.is(Word.NP_STOP) || lastLex.is(Word.SPEECH_VERB) && !isCapital(j)) {
      return null;
    }
    int i = j;
    while (i - 1 >= floor && !opaque(i - 1) && j - i < 9) {
      int p = i - 1;
      if (nickname[p]) {
        i = p;
        continue;
      }
      if (isWordToken(p)) {
        Word lw = lex(p);
        String w = lw.lower;
        if (isCapital(p)) {
          i = p;
          continue;
        }
        if (lw.is(Word.NP_STOP) && !(w.equals("of") )) {
          break;
        }
        if (lw.is(Word.PRONOUN) || lw.is(Word.SPEECH_VERB)) {
          break;
        }
        i = p;
        if (lw.is(Word.DETERMINER)) {
          break;
        }
        continue;
      }
      if (isPunct(p, "-’'")) {
        i = p;
        continue;
      }
      break;
    }
    if (i < j && isCapital(i) && has(i, Word.A_SUBORDINATORS)) {
      i++; // "When Clinton noted …": the clause's subject follows its opening word
    }
    if (i <= j && (lower(i).equals("of") || has(i, Word.A_PREPOSITIONS)
        || isCapital(i) && has(i, Word.A_SENTENCE_PREPOSITIONS))) {
      return null; // "of Republican", "With council members": a prepositional phrase
    }
    return classify(i, j + 1);
  }

  /**
   * A noun phrase starting at token {@code i}, ending before {@code limit}: "said Paul Lindsay".
   */
  Np npAfter(int i, int limit) {
    if (i >= limit || i >= n || inQuote[i] || !isWordToken(i)) {
      return null;
    }
    Word firstLex = lex(i);
    String first = firstLex.lower;
    if (firstLex.is(Word.PRONOUN)) {
      // "said he" inverts a subject; "calling it" has an object.
      boolean subject = first.equals("he") || first.equals("she") || first.equals("they")
          || first.equals("we") || first.equals("i");
      return subject ? new Np(i, i + 1, Np.Kind.PRONOUN, null) : null;
    }
    boolean possessor = firstLex.is(Word.A_POSSESSIVE_DETERMINERS) && i + 1 < limit && !inQuote[i + 1]
        && isWordToken(i + 1) && !has(i + 1, Word.NP_STOP);
    if (firstLex.is(Word.NP_STOP) || firstLex.is(Word.A_OBJECTS) && !possessor) {
      return null; // "calling it", "told them"; but "added his campaign manager" inverts
    }
    int j = i;
    boolean sawCapital = false;
    while (j < limit && !inQuote[j] && j - i < NAME_AFTER_VERB) {
      if (isWordToken(j)) {
        Word lw = lex(j);
        String w = lw.lower;
        if (isCapital(j)) {
          sawCapital = true;
          j++;
          continue;
        }
        if (w.equals("of") && j + 1 < limit && isCapital(j + 1)) {
          j++;
          continue;
        }
        if (lw.is(Word.NP_STOP) || lw.is(Word.SPEECH_VERB)) {
          break;
        }
        if (sawCapital) {
          break; // "said Trump on Tuesday" stops at the name's end
        }
        j++;
        continue;
      }
      if (isPunct(j, "-’'.")) {
        j++;
        continue;
      }
      break;
    }
    if (j == i) {
      return null;
    }
    return classify(i, j);
  }

  /**
   * The subject after an inverted speech verb ("…," said Haftar), or null when the verb cannot
   * invert: a participle ("saying he …") or a verb whose next noun phrase is its object ("telling
   * reporters", "called Trump").
   */
  Np invertedSubject(int v, int limit) {
    Word lw = lex(v);
    String w = lw.lower;
    if (w.endsWith("ing") || lw.is(Word.OBJECT_VERB) || v > 0 && lower(v - 1).equals("to")) {
      return null;
    }
    return npAfter(v + 1, limit);
  }

  static final java.util.Set<String> PREPOSITIONS =
      Lexicon.set("despite", "for", "against", "without", "through", "toward", "towards", "among",
          "around", "across", "behind", "beyond", "near", "per", "via", "amid", "like", "unlike",
          "upon", "within", "throughout", "particular", "short", "instead");

  static final java.util.Set<String> SUBORDINATORS =
      Lexicon.set("when", "while", "after", "before", "if", "because", "as", "since", "though",
          "although", "once", "until", "unless", "whether");

  /** Prepositions that open a sentence, capitalised: "With …", "In …", "For …". */
  static final java.util.Set<String> SENTENCE_PREPOSITIONS =
      Lexicon.set("with", "in", "on", "at", "from", "by", "for", "to", "into", "over", "under",
          "about", "during", "of", "following", "amid", "among", "against", "without", "through");

  static final java.util.Set<String> POSSESSIVE_DETERMINERS =
      Lexicon.set("his", "their", "its", "our", "my", "your");

  static final java.util.Set<String> OBJECTS =
      Lexicon.set("her", "him", "them", "me", "us", "his", "their", "its", "my", "our", "your");

  /** How much a phrase looks like a person's name: 3 a name, 2 a named body, 1 a description. */
  int personScore(Np np) {
    if (np == null) {
      return 0;
    }
    if (np.kind() != Np.Kind.NAME) {
      return 1;
    }
    for (int k = np.from(); k < np.to(); k++) {
      if (isWordToken(k) && has(k, Word.ORG_WORD)) {
        return 2;
      }
    }
    return 3;
  }

  Np classify(int from, int to) {
    // Strip trailing possessives and punctuation tokens.
    while (to > from && !isWordToken(to - 1)) {
      to--;
    }
    while (from < to && !isWordToken(from)) {
      from++;
    }
    if (from >= to) {
      return null;
    }
    int last = to - 1;
    if (to - from == 1 && isPronounOrItsPossessive(last)) {
      return new Np(from, to, Np.Kind.PRONOUN, null); // "It’s become …", "He's"
    }
    for (int k = from + 1; k < last; k++) {
      if (lower(k).equals("of") && isWordToken(k - 1) && (isLowerWord(k - 1)
          || isTitle(k - 1) || has(k - 1, Word.PERSON_NOUN))) {
        return new Np(from, to, Np.Kind.DESCRIPTION, null); // "the head of the army"
      }
    }
    if (isCapital(last) && !isTitle(last)) {
      // The proper name is the trailing capitalised run, without titles.
      int s = last;
      while (s - 1 >= from && (isCapital(s - 1) || isPunct(s - 1, "-")) && !isSentenceInitialFunctionWord(s - 1)) {
        s--;
      }
      String name = names.canonical(from, to, s);
      return new Np(from, to, Np.Kind.NAME, name);
    }
    if (isCapital(last)) {
      return new Np(from, to, Np.Kind.DESCRIPTION, null); // "the President"
    }
    return new Np(from, to, Np.Kind.DESCRIPTION, null);
  }

  /**
   * Whether token {@code i}, without a possessive "’s" or "'s", is a pronoun: asked of one-word
   * noun phrases alone, since stripping cuts a string.
   */
  private boolean isPronounOrItsPossessive(int i) {
    String lower = lower(i);
    String stem = stripPossessive(lower);
    return stem == lower ? has(i, Word.PRONOUN) : Lexicon.PRONOUNS.contains(stem);
  }

  boolean isSentenceInitialFunctionWord(int i) {
    return has(i, Word.OPENER);
  }

  // ---------------------------------------------------------------- speakers and names

  Speaker speaker(Np np, Basis basis) {
    Mention mention = mentionOf(np);
    return new Speaker(nameOf(np), mention, basis);
  }

  /** The words of {@code np}. */
  Mention mentionOf(Np np) {
    return Mention.of(text, ts[np.from()], te[np.to() - 1]);
  }

  /** The name {@code np} resolves to, or null. */
  String nameOf(Np np) {
    return switch (np.kind()) {
      case NAME -> np.name();
      case PRONOUN -> names.resolvePronoun(lower(np.from()), ts[np.from()]);
      case DESCRIPTION -> names.resolveDescription(np.from(), np.to());
      case RELATIVE -> np.name();
    };
  }

  Mention cueMention(int verb) {
    int end = verb + 1;
    if (lower(verb).equals("according") && end < n) {
      end++;
    }
    return Mention.of(text, ts[verb], te[end - 1]);
  }

  /** The people a document names, for resolving surnames, pronouns and descriptions. */
  final class Names {
    final Map<String, String> bySurname = new HashMap<>();
    final List<int[]> personMentions = new ArrayList<>(); // {offset, nameIndex}
    final List<String> personNames = new ArrayList<>();
    final Map<String, Integer> nameIndex = new HashMap<>();
    final Map<String, Character> gender = new HashMap<>();
    /** {@link #gender} with the wide name lists too; read only by {@link Attributor#renamePronouns}. */
    final Map<String, Character> wideGender = new HashMap<>();
    String lastSpeaker;

    void collect() {
      scanRuns();
      // Second pass: a bare surname ("Clinton") is a mention of the person named in full elsewhere.
      List<int[]> bare = new ArrayList<>();
      // The surnames' string hashes, one bit each: a word whose hash has no bit set is no surname,
      // found without cutting it out of the text.
      long[] filter = new long[4];
      for (String surname : bySurname.keySet()) {
        int h = surname.hashCode();
        filter[(h >>> 6) & 3] |= 1L << h;
      }
      for (int c = bySurname.isEmpty() ? capitals.length : 0; c < capitals.length; c++) {
        int i = capitals[c];
        // A word that runs on into another capitalised one is not a bare surname: asked first,
        // since the word itself is cut out of the text and looked up otherwise.
        if (!inQuote[i] && (i + 1 >= n || !isCapital(i + 1) || !isWordToken(i + 1))
            && mayBeSurname(i, filter)) {
          String w = stripPossessive(word(i));
          if (bySurname.containsKey(w)) {
            bare.add(new int[] {ts[i], index(w)});
          }
        }
      }
      if (bare.isEmpty()) {
        return;
      }
      // Both lists are in text order: merged, the named runs first at a tie, as a stable sort of
      // the one after the other would order them.
      List<int[]> all = new ArrayList<>(personMentions.size() + bare.size());
      int r = 0;
      int b = 0;
      while (r < personMentions.size() || b < bare.size()) {
        if (b == bare.size()
            || r < personMentions.size() && personMentions.get(r)[0] <= bare.get(b)[0]) {
          all.add(personMentions.get(r++));
        } else {
          all.add(bare.get(b++));
        }
      }
      personMentions.clear();
      personMentions.addAll(all);
    }

    /**
     * Whether token {@code i}, without a possessive "’s" or "'s", has a string hash whose bit is
     * set in {@code filter}: false only for a word that is no key of {@link #bySurname}.
     */
    private boolean mayBeSurname(int i, long[] filter) {
      int to = te[i];
      int from = ts[i];
      if (to - from >= 2 && chars[to - 1] == 's'
          && (chars[to - 2] == '’' || chars[to - 2] == '\'')) {
        to -= 2;
      }
      int h = 0;
      for (int k = from; k < to; k++) {
        h = 31 * h + chars[k];
      }
      return (filter[(h >>> 6) & 3] & 1L << h) != 0;
    }

    void scanRuns() {
      int i = 0;
      int c = 0;
      while (true) {
        // A run starts at the next capitalised word outside quote marks.
        while (c < capitals.length && (capitals[c] < i || inQuote[capitals[c]])) {
          c++;
        }
        if (c == capitals.length) {
          break;
        }
        i = capitals[c];
        int s = i;
        while (i < n && !inQuote[i] && paraOfToken[i] == paraOfToken[s]
            && (isCapital(i) && isWordToken(i) || isPunct(i, "-") && i + 1 < n && isCapital(i + 1))) {
          i++;
        }
        run(s, i);
      }
    }

    void run(int from, int to) {
      if (to - from == 1) {
        // One word ("The", "Clinton"): a title or opener alone leaves no name, and a word alone
        // without a title names no person; so it is not looked up (most runs are such words).
        return;
      }
      int s = from;
      boolean titled = false;
      char g = 0;
      while (s < to && (isTitle(s) || isSentenceInitialFunctionWord(s))) {
        String w = lower(s).replace(".", "");
        if (w.equals("mr")) {
          g = 'm';
        } else if (w.equals("mrs") || w.equals("ms")) {
          g = 'f';
        }
        titled |= isTitle(s);
        s++;
      }
      if (s >= to) {
        return;
      }
      // What is left after the titles must hold two to four words to name a person untitled
      // ("Senator Clinton" may hold one), checked before its words are cut out and looked up.
      int words = 0;
      for (int k = s; k < to; k++) {
        if (isWordToken(k)) {
          words++;
        }
      }
      if (words == 0 || !titled && (words < 2 || words > 4)) {
        return;
      }
      List<String> parts = new ArrayList<>();
      boolean organisation = false;
      for (int k = s; k < to; k++) {
        if (isWordToken(k)) {
          String w = word(k);
          String p = stripPossessive(w);
          parts.add(p);
          // The token's lower case is kept already; a possessive's stem is lowered on its own.
          organisation |= p == w ? has(k, Word.ORG_WORD)
              : Lexicon.ORG_WORDS.contains(p.toLowerCase(Locale.ROOT));
        }
      }
      if (parts.isEmpty() || organisation) {
        return;
      }
      boolean person = titled && !parts.isEmpty() || parts.size() >= 2 && parts.size() <= 4;
      if (!person) {
        return;
      }
      String full = String.join(" ", parts);
      String surname = parts.get(parts.size() - 1);
      String prev = bySurname.get(surname);
      if (prev == null || fields(full) > fields(prev)) {
        bySurname.put(surname, full);
      }
      String first = parts.get(0).toLowerCase(Locale.ROOT);
      if (g == 0 && parts.size() >= 2) {
        if (Lexicon.FEMALE_NAMES.contains(first)) {
          g = 'f';
        } else if (Lexicon.MALE_NAMES.contains(first)) {
          g = 'm';
        }
      }
      if (g != 0) {
        gender.putIfAbsent(surname, g);
      }
      char wide = g == 0 && parts.size() >= 2 ? givenNameSex(parts) : g;
      if (wide != 0) {
        wideGender.putIfAbsent(surname, wide);
      }
      personMentions.add(new int[] {ts[from], index(surname)});
    }

    /**
     * The sex the given names before a surname tell, for {@link #wideGender}: a name on the short
     * lists anywhere before the surname ("Indiana Gov. Mike Pence", where a place leads the run),
     * else the run's first word on the wide lists. A wide-list word of one or two letters ("Ag",
     * "Lu") is more often an abbreviation or a name of the other sex than the name it lists.
     */
    static char givenNameSex(List<String> parts) {
      for (int k = 0; k < parts.size() - 1; k++) {
        String w = parts.get(k).toLowerCase(Locale.ROOT);
        if (Lexicon.FEMALE_NAMES.contains(w)) {
          return 'f';
        }
        if (Lexicon.MALE_NAMES.contains(w)) {
          return 'm';
        }
      }
      String first = parts.get(0).toLowerCase(Locale.ROOT);
      if (first.length() < 3) {
        return 0;
      }
      return Lexicon.FEMALE_NAMES_WIDE.contains(first) ? 'f'
          : Lexicon.MALE_NAMES_WIDE.contains(first) ? 'm' : 0;
    }

    int index(String surname) {
      return nameIndex.computeIfAbsent(surname, k -> {
        personNames.add(k);
        return personNames.size() - 1;
      });
    }

    /** The fullest form of the name whose words run from token {@code nameStart} to {@code to}. */
    String canonical(int npFrom, int to, int nameStart) {
      List<String> parts = new ArrayList<>();
      int s = nameStart;
      while (s < to - 1 && isTitle(s)) {
        s++;
      }
      for (int k = s; k < to; k++) {
        if (isWordToken(k)) {
          parts.add(stripPossessive(word(k)));
        }
      }
      if (parts.isEmpty()) {
        return null;
      }
      String surname = parts.get(parts.size() - 1);
      String full = bySurname.get(surname);
      // One word, the most common name, is its own form: no string is built for it; nor for
      // words the fullest form ends in, which it gives instead.
      if (full != null && fields(full) >= parts.size() && endsWithJoined(full, parts)) {
        return full;
      }
      return parts.size() == 1 ? parts.get(0) : String.join(" ", parts);
    }

    /** Whether {@code full} ends with {@code String.join(" ", parts)}, read without joining. */
    static boolean endsWithJoined(String full, List<String> parts) {
      int at = full.length();
      for (int k = parts.size() - 1; k >= 0; k--) {
        String p = parts.get(k);
        at -= p.length();
        if (at < 0 || !full.startsWith(p, at)) {
          return false;
        }
        if (k > 0) {
          at--;
          if (at < 0 || full.charAt(at) != ' ') {
            return false;
          }
        }
      }
      return true;
    }

    void noteSpeaker(Np np, Speaker s) {
      if (s.name() != null && (np.kind() == Np.Kind.NAME || np.kind() == Np.Kind.RELATIVE)) {
        lastSpeaker = s.name();
      }
    }

    String resolvePronoun(String pronoun, int offset) {
      return resolvePronoun(pronoun, offset, false, gender);
    }

    /**
     * The person a he or she at {@code offset} stands for: the most recent compatible one named,
     * passing over, when {@code clauses}, a name inside a clause of the person before it, and
     * telling a person's sex by {@code genders}.
     */
    String resolvePronoun(String pronoun, int offset, boolean clauses,
        Map<String, Character> genders) {
      char want = Lexicon.MALE.contains(pronoun) ? 'm' : Lexicon.FEMALE.contains(pronoun) ? 'f' : 0;
      if (want == 0) {
        return null; // they, we, I, it: no single person to name
      }
      int floor = offset - ANTECEDENT_CHARS;
      for (int k = lastMentionBefore(offset); k >= 0; k--) {
        int[] m = personMentions.get(k);
        if (m[0] < floor) {
          break;
        }
        String surname = personNames.get(m[1]);
        Character g = genders.get(surname);
        if ((g == null || g == want) && !(clauses && (insideClauseOf(k, want, genders)
            || outrankedBySubject(k, want, genders)))) {
          return bySurname.getOrDefault(surname, surname);
        }
      }
      return lastSpeaker;
    }

    /**
     * Whether person mention {@code k} stands inside a relative or appositive clause attached to
     * the person mention before it, who could also be the pronoun's ({@code want}): in "Owen
     * Prideaux, who chairs the Tamsworth Hauliers' Association, said …" or "Ivo Drummel, a
     * spokesman for the Kelsey Port Authority, …" the clause only describes Prideaux or Drummel,
     * who stays the topic, so a later "he" is theirs (the subject of the sentence is the preferred
     * antecedent), not the clause's organisation or employer.
     */
    boolean insideClauseOf(int k, char want, Map<String, Character> genders) {
      if (k == 0) {
        return false;
      }
      int t = tokenAt(personMentions.get(k)[0]);
      // The comma that opens the clause: the first one back, in the same sentence and paragraph.
      int c = t - 1;
      while (c >= 0 && !inQuote[c] && paraOfToken[c] == paraOfToken[t] && !isPunct(c, ",.;:!?")) {
        c--;
      }
      if (c < 1 || c + 1 >= t || inQuote[c] || paraOfToken[c] != paraOfToken[t] || !isPunct(c, ",")) {
        return false;
      }
      if (!opensClause(c + 1, t)) {
        return false;
      }
      // "…, a worker named Antonio Arroyo": the name is the clause's head, renamed, and may well
      // be the one the pronoun means.
      String before = lower(t - 1);
      if (before.equals("named") || before.equals("called")) {
        return false;
      }
      // The words right before the comma are the earlier person's mention, and only them. (A
      // name in the clause can be two mentions, its run and its last word as a bare surname.)
      int j = k - 1;
      while (j >= 0 && tokenAt(personMentions.get(j)[0]) > c) {
        j--;
      }
      if (j < 0) {
        return false;
      }
      int[] prev = personMentions.get(j);
      int p = tokenAt(prev[0]);
      for (int x = p; x < c; x++) {
        if (!(isCapital(x) || isPunct(x, ".-"))) {
          return false;
        }
      }
      Character g = genders.get(personNames.get(prev[1]));
      return g == null || g == want;
    }

    /** The whole name person mention {@code k} stands for: "Nolan" as "Gary Nolan". */
    private String fullName(int k) {
      String surname = personNames.get(personMentions.get(k)[1]);
      return bySurname.getOrDefault(surname, surname);
    }

    /**
     * Whether person mention {@code k} stands after the subject of its sentence, a subject that
     * is itself the pronoun's kind of person: "He brushed off concerns about Dunmore Park's
     * pitch." or "The coach praised his counterpart, Gary Nolan." The subject is the preferred
     * antecedent of a "he" that follows, not a name the sentence only talks about.
     */
    boolean outrankedBySubject(int k, char want, Map<String, Character> genders) {
      int t = tokenAt(personMentions.get(k)[0]);
      int first = t;
      while (first > 0 && !inQuote[first - 1] && paraOfToken[first - 1] == paraOfToken[t]
          && !isPunct(first - 1, ".!?:;\"“”")) {
        first--;
      }
      if (first >= t || inQuote[first]) {
        return false; // the mention is the subject, or the sentence is a quote's
      }
      String w = lower(first);
      if (want == 'm' && w.equals("he") || want == 'f' && w.equals("she")) {
        return true;
      }
      if (!w.equals("the") || first + 1 >= t || !(lex(first + 1).is(Word.PERSON_NOUN)
          || Lexicon.ROLE_NOUNS.contains(lower(first + 1)))) {
        return false;
      }
      // The person "the coach" stands for: the one named last before it, as resolveDescription
      // finds (which knows only the shipped models' person nouns).
      int before = lastMentionBefore(ts[first]);
      String described = before >= 0 ? fullName(before) : lastSpeaker;
      String other = fullName(k);
      if (described == null || described.equals(other)) {
        return false;
      }
      String[] parts = described.split(" ");
      Character g = genders.get(parts[parts.length - 1]);
      return g == null || g == want;
    }

    /**
     * Whether the words from {@code from} (just after a comma) to {@code to} open a clause that
     * describes the name before the comma: "who/whose/whom …", "a/an/the …", or a lower-case noun
     * with its preposition ("chairman of", "adviser to"); not a list ("X, Y and Z") or a cue.
     */
    private boolean opensClause(int from, int to) {
      String w = lower(from);
      if (w.equals("who") || w.equals("whose") || w.equals("whom") || w.equals("a")
          || w.equals("an") || w.equals("the")) {
        return true;
      }
      if (!isLowerWord(from) || from + 1 >= to) {
        return false;
      }
      String next = lower(from + 1);
      return next.equals("of") || next.equals("for") || next.equals("to") || next.equals("at");
    }

    /**
     * {@code s.split(" ").length}, counted without building the parts: every candidate name
     * near a quote asks it of the fullest form of its name.
     */
    static int fields(String s) {
      if (s.isEmpty()) {
        return 1;
      }
      int end = s.length();
      while (end > 0 && s.charAt(end - 1) == ' ') {
        end--; // split drops trailing empty parts
      }
      if (end == 0) {
        return 0;
      }
      int count = 1;
      for (int i = 0; i < end; i++) {
        if (s.charAt(i) == ' ') {
          count++;
        }
      }
      return count;
    }

    /**
     * The last person mention that starts before {@code offset}, or -1: the mentions are in text
     * order once collected, and every pronoun and description near a quote asks.
     */
    int lastMentionBefore(int offset) {
      int lo = 0;
      int hi = personMentions.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (personMentions.get(mid)[0] < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo - 1;
    }

    String resolveDescription(int from, int to) {
      Word head = lex(to - 1);
      for (int k = from + 1; k < to; k++) {
        if (lower(k).equals("of")) {
          head = lex(k - 1);
          break;
        }
      }
      String det = lower(from);
      boolean titled = isCapital(from) && (head.is(Word.PERSON_NOUN) || head.is(Word.TITLE));
      if (!(det.equals("the") && head.is(Word.PERSON_NOUN)) && !titled) {
        return null;
      }
      int offset = ts[from];
      int k = lastMentionBefore(offset);
      if (k >= 0) {
        String surname = personNames.get(personMentions.get(k)[1]);
        return bySurname.getOrDefault(surname, surname);
      }
      if (lastSpeaker == null && titled && !personMentions.isEmpty()) {
        // A headline's "– Head of the Army" names the person the story goes on to name.
        String surname = personNames.get(personMentions.get(0)[1]);
        return bySurname.getOrDefault(surname, surname);
      }
      return lastSpeaker;
    }
  }

  // ---------------------------------------------------------------- token helpers

  int tokenAt(int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (te[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int paraOf(int offset) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (paraStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  String word(int i) {
    return text.substring(ts[i], te[i]);
  }

  String lower(int i) {
    return lex(i).lower;
  }

  /**
   * The record of token {@code i}'s lower-case word: the sieves ask for the same tokens over and
   * over.
   */
  Word lex(int i) {
    Word w = words[i];
    if (w == null) {
      w = table.find(text, chars, ts[i], te[i]);
      words[i] = w;
    }
    return w;
  }

  /**
   * {@link Word.Table#packedKey} of token {@code i}'s stem ({@link Word#stem}: its lower case
   * without a possessive "'s" or "’s"), read from its characters when the stem's are ASCII, so
   * that the word need not be looked up; 0 when they are not, or when the stem does not pack.
   */
  long packedStem(int i) {
    int from = ts[i];
    int to = te[i];
    if (to - from >= 2 && (chars[to - 1] == 's' || chars[to - 1] == 'S')
        && (chars[to - 2] == '\'' || chars[to - 2] == '’')) {
      to -= 2;
    }
    if (to - from < 1 || to - from > Word.Table.PACKED) {
      return 0;
    }
    long key = 0;
    for (int k = from; k < to; k++) {
      char c = chars[k];
      if (c == 0 || c >= 0x80) {
        return 0;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      key = key << 7 | c;
    }
    return key;
  }

  /** Whether token {@code i}'s lower-case word has {@code flag} ({@link Word#SPEECH_VERB}, …). */
  boolean has(int i, int flag) {
    return lex(i).is(flag);
  }

  /** Whether token {@code i} is a title ("Senator", "Dr."). */
  boolean isTitle(int i) {
    return has(i, Word.TITLE);
  }

  boolean isWordToken(int i) {
    return (charClass[i] & WORD) != 0;
  }

  /** Whether token {@code i} starts with a letter. */
  boolean isLetterToken(int i) {
    return (charClass[i] & LETTER) != 0;
  }

  boolean isCapital(int i) {
    return (charClass[i] & CAPITAL) != 0;
  }

  boolean isLowerWord(int i) {
    return (charClass[i] & LOWER) != 0;
  }

  /** A speech verb used as a verb: "said", but not "his remarks" or "the claims". */
  boolean isCueVerb(int v) {
    return isLowerWord(v) && (has(v, Word.SPEECH_VERB) || isPutIt(v) || isPointOut(v))
        && !isNounUse(v);
  }

  /** "…," he points out / he referred to them as “…” / she shot back: phrasal speech verbs. */
  boolean isPointOut(int v) {
    // The verb is asked about first: the next word is looked up only after one of these verbs.
    String particle = switch (lex(v).lower) {
      case "points", "pointed", "pointing", "point" -> "out";
      case "referred", "refers", "referring" -> "to";
      case "shot", "fired", "hit", "shoots", "fires", "hits" -> "back";
      case "went", "goes" -> "on";
      default -> null;
    };
    if (particle == null) {
      return false;
    }
    String next = v + 1 < n ? lower(v + 1) : "";
    return next.equals(particle)
        // "…," she went on (not "went on to win")
        && !(particle.equals("on") && v + 2 < n && lower(v + 2).equals("to"));
  }

  /** "…, as a Homeland Security memo put it": the writer quotes the memo's wording. */
  boolean isPutIt(int v) {
    Word lw = lex(v);
    String w = lw.lower;
    if (!(w.equals("put") || w.equals("puts")) || v + 1 >= n || !lower(v + 1).equals("it")) {
      return false;
    }
    for (int k = v - 1; k >= 0 && k >= v - 8 && !inQuote[k] && !isPunct(k, ",.;:"); k--) {
      if (lower(k).equals("as")) {
        return true;
      }
    }
    return false;
  }

  boolean isNounUse(int v) {
    int p = v - 1;
    return p >= 0 && !inQuote[p] && isWordToken(p)
        && (has(p, Word.A_NOUN_DETERMINERS) || isPossessive(p));
  }

  /** Determiners that cannot stand alone as a subject, so a word after them is a noun. */
  static final java.util.Set<String> NOUN_DETERMINERS =
      Lexicon.set("the", "a", "an", "his", "her", "its", "their", "our", "my", "your");

  boolean isYear(int i) {
    return te[i] - ts[i] == 4 && Character.isDigit(chars[ts[i]])
        && Character.isDigit(chars[te[i] - 1]);
  }

  boolean isAdverb(int i) {
    Word lw = lex(i);
    String w = lw.lower;
    return w.length() > 4 && w.endsWith("ly") && isLowerWord(i);
  }

  boolean isPunct(int i, String marks) {
    return te[i] - ts[i] == 1 && marks.indexOf(chars[ts[i]]) >= 0;
  }

  private static String stripPossessive(String w) {
    if (w.endsWith("’s") || w.endsWith("'s")) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }
}
