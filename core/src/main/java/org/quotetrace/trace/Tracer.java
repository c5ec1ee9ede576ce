package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.text.Document;
import org.quotetrace.text.LineWrap;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;

/**
 * Traces an article's quotes to their sources.
 *
 * <p>Each quote is cut at its ellipses into segments and each segment into sentences. A sentence
 * is first looked for word by word ({@link Aligner}), which settles verbatim and lightly edited
 * quotes cheaply and exactly. Only the sentences this leaves in doubt are compared by meaning,
 * with sentence embeddings of the source's sentences, clauses and neighbouring sentence pairs: a
 * translated quote shares few words with the transcript but says the same thing. The findings of
 * a quote's sentences are then put together into a verdict, flags and edits ({@link Judge}).
 *
 * <p>Thread-safe if the encoder is; holds no per-article state.
 */
public final class Tracer {
  private final QuoteFinder finder;
  private final Supplier<? extends SentenceEncoder> meaning;
  private final int budget;
  /** The attributions of an article's text, when reported speech is traced too; else null. */
  private final java.util.function.Function<String, List<org.quotetrace.attribution.Attribution>>
      attributions;

  /** A tracer that compares by words only: translations and paraphrases go unrecognised. */
  public static Tracer lexical() {
    return new Tracer(() -> null);
  }

  /**
   * A tracer that compares by meaning where words leave a quote in doubt.
   *
   * @param meaning gives the encoder when first needed, so that a caller can load the model in the
   *     background while documents are read and aligned; may give null, for words only
   */
  public Tracer(Supplier<? extends SentenceEncoder> meaning) {
    this(new QuoteFinder(), meaning);
  }

  public Tracer(QuoteFinder finder, Supplier<? extends SentenceEncoder> meaning) {
    this(finder, meaning, Pool.ALL_PASSAGES_LIMIT);
  }

  private Tracer(QuoteFinder finder, Supplier<? extends SentenceEncoder> meaning, int budget) {
    this(finder, meaning, budget, null);
  }

  private Tracer(QuoteFinder finder, Supplier<? extends SentenceEncoder> meaning, int budget,
      java.util.function.Function<String, List<org.quotetrace.attribution.Attribution>>
          attributions) {
    this.attributions = attributions;
    this.finder = Objects.requireNonNull(finder, "finder");
    this.meaning = Objects.requireNonNull(meaning, "meaning");
    if (budget < 1) {
      throw new IllegalArgumentException("meaning budget must be positive: " + budget);
    }
    this.budget = budget;
  }

  /**
   * This tracer, encoding at most about {@code passages} source passages per article for the
   * meaning stage (the default is some thousands: a quote is compared with every sentence of
   * ordinary sources). Encoding is the slow part of a trace; a service answering within a time
   * limit lowers it, and then compares a quote only with the source sentences that share most of
   * its content words, so a paraphrase sharing none of them goes unrecognised.
   */
  public Tracer withMeaningBudget(int passages) {
    return new Tracer(finder, meaning, passages, attributions);
  }

  /**
   * This tracer, tracing the article's reported speech too ({@link Trace#reported()}), found by
   * the attribution model that ships in the jar. The model runs over the article only, never the
   * sources (about 1.5 to 2 MB a second, a few milliseconds for an article), and only when some
   * source has words to match; it loads in about half a second on first use.
   */
  public Tracer withReportedSpeech() {
    // Remembered by text: the desk traces the same articles again and again.
    return withReportedSpeech(org.quotetrace.attribution.RememberedAttributions.shipped());
  }

  /** This tracer, tracing the reported speech among the attributions {@code find} gives a text. */
  public Tracer withReportedSpeech(
      java.util.function.Function<String, List<org.quotetrace.attribution.Attribution>> find) {
    return new Tracer(finder, meaning, budget, Objects.requireNonNull(find, "find"));
  }

  /**
   * Traces the article's quotes to the sources, finding the quotes of each first. A caller that
   * already holds them (an index, a service that listed them) gives them instead:
   * {@link #trace(Extraction, List)}.
   */
  public Trace trace(Document article, List<Document> sources) {
    Objects.requireNonNull(article, "article");
    // A source prepared for an earlier article is not read again: its quotes are found only when
    // it is prepared.
    return trace(finder.find(article), sources, i -> finder.find(sources.get(i)));
  }

  /**
   * Traces the article's quotes, as found, to the sources, each with its quotes as found.
   * A source's speech quotes tell who says which of its words: a quote credited to the narrator
   * or to someone else where the article names another speaker is flagged.
   */
  public Trace trace(Extraction article, List<Extraction> sources) {
    Objects.requireNonNull(article, "article");
    List<Document> docs = new ArrayList<>(sources.size());
    for (Extraction e : sources) {
      docs.add(e.document());
    }
    return trace(article, docs, sources::get);
  }

  private Trace trace(Extraction extraction, List<Document> sources,
      IntFunction<Extraction> sourceQuotes) {
    Document article = extraction.document();
    List<Problem> problems = new ArrayList<>();
    List<SourceText> prepared = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      Document d = sources.get(i);
      if (d.text().equals(article.text())) {
        problems.add(Problem.whole("source " + d.id() + " is the article itself; it was skipped"));
        continue;
      }
      if (!seen.add(d.text())) {
        problems.add(Problem.whole("source " + d.id() + " repeats an earlier source; it was skipped"));
        continue;
      }
      SourceText s = prepared(i, d, sourceQuotes);
      if (s.sentences.isEmpty()) {
        problems.add(Problem.whole("source " + d.id() + " has no words to match quotes against"));
        continue;
      }
      for (int at : s.words.unclosedBrackets) {
        Problem p = Problem.at(d.text(), at, "x");
        problems.add(Problem.whole("source " + d.id() + ": unclosed [ at " + p.line() + ":"
            + p.column() + " is read as the speaker's words, not an insertion"));
      }
      prepared.add(s);
    }
    problems.addAll(extraction.problems());
    Words words = Words.of(article.text(), 0, article.text().length());
    BitSet softBreaks = LineWrap.softBreaks(article.text());
    for (int at : words.unclosedBrackets) {
      Problem p = Problem.at(article.text(), at, "x");
      problems.add(Problem.at(article.text(), at, "unclosed [ at " + p.line() + ":" + p.column()
          + " is read as the quoted words, not an insertion"));
    }
    Pool pool = new Pool(prepared);
    Judge judge = new Judge(article, words);
    // Headline quotes are traced too: a headline is where a distorted quote does most harm,
    // even though it repeats words the article attributes in full further down.
    List<Quote> quotes = extraction.quotes().stream()
        .filter(q -> q.kind() == QuoteKind.SPEECH || q.kind() == QuoteKind.HEADLINE).toList();
    // Stage 1, words: each quote sentence aligned with the sources.
    List<List<Finding>> findings = new ArrayList<>(quotes.size());
    List<Finding> doubtful = new ArrayList<>();
    for (Quote q : quotes) {
      List<Finding> fs = new ArrayList<>();
      for (Unit u : Units.of(article.text(), words, q.span(), Voice.of(q.speaker()), softBreaks)) {
        Finding f = pool.isEmpty() ? Finding.none(u) : pool.matchByWords(words, u);
        if (!f.supported()) {
          doubtful.add(f);
        }
        fs.add(f);
      }
      findings.add(fs);
    }
    // Stage 2, meaning: only the sentences the words left in doubt.
    Model model = new Model(meaning, problems);
    SentenceEncoder encoder = null;
    if (!doubtful.isEmpty() && !pool.isEmpty()) {
      encoder = model.get("compared by words only");
      List<Finding> settled;
      if (encoder != null) {
        settled = pool.matchByMeaning(encoder, words, doubtful, budget);
      } else {
        settled = new ArrayList<>(doubtful.size());
        for (Finding f : doubtful) {
          settled.add(pool.matchByOverlap(words, f));
        }
      }
      // The doubtful findings were collected quote by quote in order: put each answer back in
      // its place.
      java.util.Iterator<Finding> next = settled.iterator();
      for (List<Finding> fs : findings) {
        for (int k = 0; k < fs.size(); k++) {
          if (!fs.get(k).supported()) {
            fs.set(k, next.next());
          }
        }
      }
    }
    if (pool.sources.size() >= 2) {
      for (List<Finding> fs : findings) {
        for (int k = fs.size() - 1; k >= 0; k--) {
          List<Finding> parts = stitched(pool, words, fs.get(k));
          if (parts != null) {
            fs.remove(k);
            fs.addAll(k, parts);
          }
        }
      }
    }
    for (List<Finding> fs : findings) {
      anchorFragments(words, fs);
      keepShortUnitsInPlace(words, fs);
      negationsLeftOut(fs);
    }
    // Stage 3, clauses: every clause of a matched sentence must be supported and keep its
    // meaning; an unmatched sentence may be one answer's clauses in another order.
    List<List<ClauseCheck>> checked = new ArrayList<>(findings.size());
    // The model is loaded here only if a clause needs it and the meaning stage did not ask.
    SentenceEncoder loaded = encoder;
    java.util.function.Supplier<SentenceEncoder> clauseModel =
        () -> model.get("clauses compared by words only");
    for (List<Finding> fs : findings) {
      List<ClauseCheck> cs = new ArrayList<>(fs.size());
      for (Finding f : fs) {
        cs.add(Clauses.check(pool, words, f, loaded, clauseModel));
      }
      checked.add(cs);
    }
    encoder = model.encoder;
    // Stage 4, judgement: each quote's findings into a verdict, flags and edits.
    List<TracedQuote> traced = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      TracedQuote q = judge.judge(quotes.get(i), checked.get(i));
      traced.add(q.verdict() == Verdict.UNSUPPORTED
          ? q.withNearest(nearest(pool, words, findings.get(i))) : q);
    }
    // Reported speech after the quotes, on its own: the quotes' findings, and the meaning budget
    // they spent, are as they would be without it.
    List<TracedReport> reported = List.of();
    if (attributions != null && !pool.isEmpty()) {
      List<org.quotetrace.attribution.Attribution> selected = Reported.select(article.text(),
          Reported.withTrailing(article.text(), attributions.apply(article.text())),
          extraction.speech());
      if (!selected.isEmpty()) {
        if (encoder == null) {
          encoder = model.get("reported speech compared by words only");
        }
        reported = Reported.trace(article, selected, extraction.quotes(), pool, encoder, budget,
            softBreaks);
      }
    }
    Reuses reuse = Reuses.find(article, words, extraction.quotes(), prepared);
    return new Trace(article, sources, traced, reported, reuse.passages(), reuse.share(),
        problems);
  }

  /** The fewest words each part of a stitch has (with a content word among them). */
  static final int STITCH_PART = 3;

  /**
   * The unit as two parts, each word for word in a different source, when it is that and no one
   * source has it with at most one word changed; else null. An article that quotes a speech in
   * two translations (or a transcript and a wire story of it) may take the first half of a
   * sentence from one and the rest from the other ("a valley without a railway" from the
   * official text, "is a valley the young leave behind" from the agency's), or add to the
   * speaker's sentence words the agency's reporter wrote ("whatever the cost"). Compared as a
   * whole with either source, the sentence is a free rendering and its meaning close: a
   * paraphrase, which tells a reader the words are a translation of what was said. They are
   * two passages joined with no mark, which the judge flags as stitched, each part matched to
   * where it stands. One word from the other translation ("waited far too long" where one has
   * "waited too long") is a variant of wording, not a stitch.
   */
  static List<Finding> stitched(Pool pool, Words a, Finding f) {
    Unit u = f.unit();
    int[] toks = u.tokens();
    int n = toks.length;
    if (f.supported() && f.support() != Support.PARAPHRASE || n < 2 * STITCH_PART) {
      return null;
    }
    // For each source, the longest run of the unit's first words, and of its last words, that
    // the source has word for word, and where.
    int m = pool.sources.size();
    int[] headLen = new int[m];
    int[] headAt = new int[m];
    int[] tailLen = new int[m];
    int[] tailAt = new int[m];
    for (int x = 0; x < m; x++) {
      Words w = pool.sources.get(x).words;
      for (int i = 0; i < w.size; i++) {
        int len = 0;
        while (len < n && i + len < w.size && !w.silent(i + len)
            && w.norm[i + len].equals(a.norm[toks[len]])) {
          len++;
        }
        if (len > headLen[x]) {
          headLen[x] = len;
          headAt[x] = i;
        }
        len = 0;
        while (len < n && i - len >= 0 && !w.silent(i - len)
            && w.norm[i - len].equals(a.norm[toks[n - 1 - len]])) {
          len++;
        }
        if (len > tailLen[x]) {
          tailLen[x] = len;
          tailAt[x] = i + 1 - len;
        }
      }
    }
    for (int x = 0; x < m; x++) {
      for (int y = 0; y < m; y++) {
        if (x == y || headLen[x] + tailLen[y] < n) {
          continue;
        }
        int k = Math.min(headLen[x], n - STITCH_PART);
        if (k < STITCH_PART || n - k > tailLen[y] || contentWords(a, toks, 0, k) == 0
            || contentWords(a, toks, k, n) == 0) {
          continue;
        }
        SourceText sx = pool.sources.get(x);
        SourceText sy = pool.sources.get(y);
        if (nearlyIn(a, toks, sx, headAt[x]) || nearlyIn(a, toks, sy, tailAt[y])) {
          return null;
        }
        int[] first = java.util.Arrays.copyOfRange(toks, 0, k);
        int[] second = java.util.Arrays.copyOfRange(toks, k, n);
        Unit ua = new Unit(u.segment(), new Span(u.span().start(), a.end[toks[k - 1]]), first,
            u.speaker());
        Unit ub = new Unit(u.segment(), new Span(a.start[toks[k]], u.span().end()), second,
            u.speaker());
        Finding fa = Lexical.classify(a, ua, sx,
            Aligner.align(a, first, sx.words, headAt[x], headAt[x] + k));
        int from = tailAt[y] + tailLen[y] - (n - k);
        Finding fb = Lexical.classify(a, ub, sy,
            Aligner.align(a, second, sy.words, from, from + n - k));
        if (fa.support() != Support.VERBATIM || fb.support() != Support.VERBATIM) {
          continue;
        }
        return List.of(fa, fb);
      }
    }
    return null;
  }

  /** Whether the source has the whole unit, around word {@code at}, with at most one word changed. */
  private static boolean nearlyIn(Words a, int[] toks, SourceText s, int at) {
    SourceText.Passage p = s.sentenceAt(Math.min(at, s.words.size - 1));
    int o = p.ordinal();
    int from = s.sentences.get(Math.max(0, o - 1)).from();
    int to = s.sentences.get(Math.min(s.sentences.size() - 1, o + 1)).to();
    Aligner.Alignment al = Aligner.align(a, toks, s.words, from, to);
    if (al.isEmpty()) {
      return false;
    }
    int changes = 0;
    boolean[] used = new boolean[al.sourceTo() - al.sourceFrom()];
    for (int k = 0; k < toks.length; k++) {
      if (al.kind()[k] != Aligner.EXACT || al.to()[k] < 0) {
        changes++;
      }
      if (al.to()[k] >= 0) {
        used[al.to()[k] - al.sourceFrom()] = true;
      }
    }
    for (int i = al.sourceFrom(); i < al.sourceTo(); i++) {
      changes += !used[i - al.sourceFrom()] && !s.words.silent(i) ? 1 : 0;
    }
    return changes <= 1;
  }

  private static int contentWords(Words a, int[] toks, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += a.content[toks[k]] ? 1 : 0;
    }
    return n;
  }

  /** The most words a fragment beside an ellipsis may have to be looked for beside its neighbour. */
  static final int FRAGMENT = 3;
  /**
   * A longer fragment is looked for beside its neighbour too when it has at most this many content
   * words: "So, and I want … because these polls cover it" and "And it is a … needed it" open with
   * words that are everywhere, and alone settle nothing however many of them there are.
   */
  static final int FRAGMENT_CONTENT = 1;

  /**
   * Looks again for each unit of a quote that nothing supported and that is a fragment of at most
   * {@link #FRAGMENT} words, or of at most {@link #FRAGMENT_CONTENT} content words, beside an
   * ellipsis ("We have … allow terrorists to grow"): in the source sentence where the segment on
   * the ellipsis's other side was found, just before (or after) it.
   * Looked for alone, so few words settle nothing, and a faithful trim was judged partial. Only the
   * very words count, and not when the words the ellipsis leaves out hold a negation or a figure:
   * "We will … raise taxes" for "We will not, under any circumstances, raise taxes" stays
   * unsupported.
   */
  static void anchorFragments(Words a, List<Finding> fs) {
    for (int k = 0; k < fs.size(); k++) {
      Finding f = fs.get(k);
      int n = f.unit().tokens().length;
      if (f.supported() || n == 0 || n > FRAGMENT && contentWords(a, f.unit()) > FRAGMENT_CONTENT) {
        continue;
      }
      Finding anchored = null;
      Finding next = k + 1 < fs.size() ? fs.get(k + 1) : null;
      if (next != null && next.supported() && next.unit().segment() == f.unit().segment() + 1) {
        SourceText s = next.source();
        int at = next.sourceFrom();
        SourceText.Passage sentence = sentenceOf(s, at);
        if (sentence != null && sentence.from() < at) {
          anchored = verbatimWithin(a, f.unit(), s, sentence.from(), at, true);
        }
      }
      Finding prev = k > 0 ? fs.get(k - 1) : null;
      if (anchored == null && prev != null && prev.supported()
          && prev.unit().segment() == f.unit().segment() - 1) {
        SourceText s = prev.source();
        int at = prev.sourceTo();
        SourceText.Passage sentence = sentenceOf(s, at - 1);
        if (sentence != null && at < sentence.to()) {
          anchored = verbatimWithin(a, f.unit(), s, at, sentence.to(), false);
        }
      }
      if (anchored != null) {
        fs.set(k, anchored);
      }
    }
  }

  private static int contentWords(Words a, Unit u) {
    return contentWords(a, u.tokens(), 0, u.tokens().length);
  }

  /**
   * Moves a unit of at most {@link #FRAGMENT} words found word for word somewhere in the sources
   * ("Three.") to the place right after the unit before it, when it is there too: in "We lost
   * three bikes this year. Three. At 8,000 pounds a bike" the "Three." is the one the speaker
   * said next, not the first "three" of the source, which made the quote stitched and reordered.
   */
  static void keepShortUnitsInPlace(Words a, List<Finding> fs) {
    for (int k = 1; k < fs.size(); k++) {
      Finding f = fs.get(k);
      Finding prev = fs.get(k - 1);
      if (f.support() != Support.VERBATIM || f.alignment() == null
          || f.unit().tokens().length > FRAGMENT || !prev.supported() || prev.alignment() == null
          || prev.unit().segment() != f.unit().segment()) {
        continue;
      }
      SourceText s = prev.source();
      int at = prev.alignment().sourceTo();
      SourceText.Passage sentence = sentenceOf(s, at);
      if (sentence == null) {
        continue;
      }
      int end = sentence.to();
      if (sentence.from() < at) {
        SourceText.Passage after = sentenceOf(s, sentence.to());
        end = after == null ? end : after.to();
      }
      if (f.source() == s && f.sourceFrom() >= at && f.sourceFrom() < end) {
        continue; // already in place
      }
      Finding here = verbatimWithin(a, f.unit(), s, at, end, false);
      if (here != null) {
        fs.set(k, here);
      }
    }
  }

  /**
   * The meaning model of one trace, asked for once at most: a model that failed to load is not
   * tried again by a later stage, and its problem is reported once, by the stage that asked.
   */
  private static final class Model {
    private final Supplier<? extends SentenceEncoder> meaning;
    private final List<Problem> problems;
    private boolean asked;
    SentenceEncoder encoder;

    Model(Supplier<? extends SentenceEncoder> meaning, List<Problem> problems) {
      this.meaning = meaning;
      this.problems = problems;
    }

    SentenceEncoder get(String without) {
      if (!asked) {
        asked = true;
        try {
          encoder = meaning.get();
        } catch (RuntimeException e) {
          problems.add(Problem.whole("meaning model unavailable, " + without + ": " + e.getMessage()));
        }
      }
      return encoder;
    }
  }

  /**
   * A segment after an ellipsis whose words leave out a negation between it and the segment
   * before, in one source sentence, is not supported: "So the islanders will … pay more" for "So
   * the islanders will not pay more" turns the sentence round, each piece verbatim.
   */
  static void negationsLeftOut(List<Finding> fs) {
    for (int k = 1; k < fs.size(); k++) {
      Finding prev = fs.get(k - 1);
      Finding f = fs.get(k);
      if (!prev.supported() || !f.supported() || prev.alignment() == null || f.alignment() == null
          || prev.source() != f.source() || f.unit().segment() != prev.unit().segment() + 1) {
        continue;
      }
      SourceText s = f.source();
      int from = prev.alignment().sourceTo();
      int to = f.alignment().sourceFrom();
      if (from >= to || sentenceOf(s, from - 1) != sentenceOf(s, to)) {
        continue;
      }
      for (int i = from; i < to; i++) {
        if (MeaningCheck.NEGATIONS.contains(s.words.norm[i])) {
          fs.set(k, Finding.lead(f.unit(), s, f.alignment(), f.skipped()));
          break;
        }
      }
    }
  }

  /** The sentence of {@code s} that holds word {@code i}, or null. */
  private static SourceText.Passage sentenceOf(SourceText s, int i) {
    for (SourceText.Passage p : s.sentences) {
      if (p.from() <= i && i < p.to()) {
        return p;
      }
    }
    return null;
  }

  /**
   * The unit found word for word in {@code [from, to)} of {@code s}, or null; {@code before}
   * says the unit comes before the ellipsis, so the words it leaves out run from the unit's match
   * to {@code to}, else from {@code from} to the match.
   */
  private static Finding verbatimWithin(Words a, Unit u, SourceText s, int from, int to,
      boolean before) {
    Aligner.Alignment al = Aligner.align(a, u.tokens(), s.words, from, to);
    if (al.isEmpty()) {
      return null;
    }
    Finding f = Lexical.classify(a, u, s, al);
    if (f.support() != Support.VERBATIM) {
      return null;
    }
    int leftFrom = before ? al.sourceTo() : from;
    int leftTo = before ? to : al.sourceFrom();
    for (int i = leftFrom; i < leftTo; i++) {
      String w = s.words.norm[i];
      if (MeaningCheck.NEGATIONS.contains(w) || Norm.isNumeral(w)) {
        return null;
      }
    }
    return f;
  }

  /**
   * The source wording nearest an unsupported quote: the nearest in meaning of its sentences', or
   * without the model the best word alignment any of them had.
   */
  private static Optional<Nearest> nearest(Pool pool, Words words, List<Finding> findings) {
    Nearest best = null;
    for (Finding f : findings) {
      Optional<Nearest> n = pool.nearest(f.unit());
      if (n.isPresent() && (best == null || n.get().similarity() > best.similarity())) {
        best = n.get();
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    for (Finding f : findings) {
      Aligner.Alignment al = f.alignment();
      if (al == null || al.isEmpty() || f.source() == null) {
        continue;
      }
      double share = Lexical.coverage(words, f);
      if (best == null || share > best.similarity()) {
        Span span = f.source().span(al.sourceFrom(), al.sourceTo());
        best = new Nearest(f.source().index, span, span.text(f.source().doc.text()),
            Math.max(0, Math.min(1, share)));
      }
    }
    return Optional.ofNullable(best);
  }

  // Sources are often traced against many articles in a row (a transcript and the coverage of
  // it): the prepared words, passages and sentence vectors are kept for the last few.
  private static final int PREPARED_SOURCES = 16;
  private final Map<Document, SourceText> preparedSources =
      new java.util.LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Document, SourceText> e) {
          return size() > PREPARED_SOURCES;
        }
      };

  private SourceText prepared(int index, Document d, IntFunction<Extraction> quotes) {
    synchronized (preparedSources) {
      SourceText s = preparedSources.get(d);
      if (s != null && s.index == index) {
        return s;
      }
    }
    SourceText s = new SourceText(index, quotes.apply(index));
    synchronized (preparedSources) {
      preparedSources.put(d, s);
    }
    return s;
  }

  /** Cuts quotes into units. */
  static final class Units {
    private Units() {}

    static List<Unit> of(String text, Words words, Span quote, Voice speaker) {
      return of(text, words, quote, speaker, null);
    }

    /**
     * As above, given the line breaks of {@code text} that only wrap a paragraph ({@link
     * LineWrap#softBreaks}), or null: wire copy breaks lines inside sentences, and a unit cut there
     * leaves a word or two ("The", "Before") to be judged alone, found nowhere or somewhere else.
     */
    static List<Unit> of(String text, Words words, Span quote, Voice speaker, BitSet softBreaks) {
      List<Span> segments = segments(text, quote);
      List<Unit> out = new ArrayList<>();
      for (int g = 0; g < segments.size(); g++) {
        Span seg = segments.get(g);
        List<Span> sentences = new ArrayList<>();
        int s = seg.start();
        for (int i = seg.start(); i <= seg.end(); i++) {
          if (i == seg.end() || text.charAt(i) == '\n' && (softBreaks == null || !softBreaks.get(i))) {
            Span line = trim(text, s, i);
            if (!line.isEmpty()) {
              Segmenter.sentences(text, line, sentences);
            }
            s = i + 1;
          }
        }
        for (Span sentence : sentences) {
          int f = words.firstAtOrAfter(sentence.start());
          int t = words.endAtOrBefore(sentence.end());
          int[] toks = java.util.stream.IntStream.range(f, t).filter(k -> !words.bracket[k])
              .toArray();
          if (toks.length > 0) {
            out.add(new Unit(g, sentence, toks, speaker));
          }
        }
      }
      return out;
    }

    /** The quote cut at its ellipses: "…", "...", ". . ." and their bracketed forms. */
    static List<Span> segments(String text, Span quote) {
      List<Span> out = new ArrayList<>();
      int s = quote.start();
      int i = quote.start();
      while (i < quote.end()) {
        int len = ellipsisAt(text, i, quote.end());
        if (len > 0) {
          int a = i;
          int b = i + len;
          if (a > quote.start() && (text.charAt(a - 1) == '[' || text.charAt(a - 1) == '(')
              && b < quote.end() && (text.charAt(b) == ']' || text.charAt(b) == ')')) {
            a--;
            b++;
          }
          Span seg = trim(text, s, a);
          if (!seg.isEmpty()) {
            out.add(seg);
          }
          s = b;
          i = b;
        } else {
          i++;
        }
      }
      Span last = trim(text, s, quote.end());
      if (!last.isEmpty()) {
        out.add(last);
      }
      return out;
    }

    private static int ellipsisAt(String text, int i, int end) {
      char c = text.charAt(i);
      if (c == '…') {
        return 1;
      }
      if (c == '.' && i + 2 < end && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
        int j = i + 3;
        while (j < end && text.charAt(j) == '.') {
          j++;
        }
        return j - i;
      }
      if (c == '.' && i + 4 < end && text.charAt(i + 1) == ' ' && text.charAt(i + 2) == '.'
          && text.charAt(i + 3) == ' ' && text.charAt(i + 4) == '.') {
        return 5;
      }
      return 0;
    }

    static Span trim(String text, int s, int e) {
      while (s < e && (Character.isWhitespace(text.charAt(s)) || isOuterMark(text.charAt(s)))) {
        s++;
      }
      while (e > s && (Character.isWhitespace(text.charAt(e - 1)))) {
        e--;
      }
      return new Span(s, e);
    }

    // The reopening mark of a quote continued in a new paragraph is not part of its words.
    private static boolean isOuterMark(char c) {
      return c == '“' || c == '"' || c == '«' || c == '„' || c == '‘';
    }
  }
}
