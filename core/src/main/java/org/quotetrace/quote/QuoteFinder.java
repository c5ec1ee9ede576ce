package org.quotetrace.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.quotetrace.quote.MarkScanner.Marked;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;
import org.quotetrace.text.Turn;

/**
 * Finds every direct quote in a document and who said it. Thread-safe and cheap to share: it holds
 * no per-document state.
 *
 * <p>In articles the quotes are the spans between quote marks, attributed by cues. In transcripts
 * and broadcast scripts every speaker turn and SOT block is an utterance of its labelled speaker,
 * and quote marks in the narration between them are read as in an article.
 */
public final class QuoteFinder {

  private final boolean doubledApostrophes;
  /** The learned speaker ranker, or null for the attribution rules alone. */
  private final SpeakerModel speakers;
  /** The learned judge of which speech-read spans are quotes, or null for the kind rules alone. */
  private final QuoteClassifier classifier;

  /**
   * A finder for the quote marks of DESIGN.md (“ ” " ‘ ’ ' « » „ and their nesting) and the
   * typewriter convention {@code ''…''} of newspaper archives such as the New York Times text.
   */
  public QuoteFinder() {
    this(true);
  }

  /**
   * A finder that reads {@code ''…''} as double quote marks when {@code doubledApostrophes} is true
   * (the default), and not at all when false: for a corpus known to use a doubled apostrophe for
   * something else.
   */
  public QuoteFinder(boolean doubledApostrophes) {
    this(doubledApostrophes, defaultSpeakers(), defaultClassifier());
  }

  private QuoteFinder(boolean doubledApostrophes, SpeakerModel speakers, QuoteClassifier classifier) {
    this.doubledApostrophes = doubledApostrophes;
    this.speakers = speakers;
    this.classifier = classifier;
  }

  /**
   * The learned quote classifier shipped in the jar, chosen by 5-fold cross-validation of PolNeAR
   * train; the kind rules alone when the system property {@code quotetrace.kinds} is {@code rules}.
   */
  private static QuoteClassifier defaultClassifier() {
    return "rules".equals(System.getProperty("quotetrace.kinds")) ? null : QuoteClassifier.shipped();
  }

  /**
   * The learned ranker shipped in the jar, which beats the rules alone on 5-fold cross-validation
   * of PolNeAR train and on dev; the rules alone when the system property
   * {@code quotetrace.speakers} is {@code rules}.
   */
  private static SpeakerModel defaultSpeakers() {
    return "rules".equals(System.getProperty("quotetrace.speakers")) ? null : SpeakerModel.shipped();
  }

  /** A finder whose speakers are chosen by {@code model}; null for the rules alone. */
  public QuoteFinder withSpeakerModel(SpeakerModel model) {
    return new QuoteFinder(doubledApostrophes, model, classifier);
  }

  /** A finder whose speech quotes are judged by {@code model}; null for the kind rules alone. */
  public QuoteFinder withClassifier(QuoteClassifier model) {
    return new QuoteFinder(doubledApostrophes, speakers, model);
  }

  /**
   * Every top-level marked span that the kind rules read as speech, with its features, for
   * training a {@link QuoteClassifier}; found and attributed as by {@link #find} with no classifier.
   */
  public List<QuoteClassifier.Candidate> kindCandidates(Document document) {
    List<QuoteClassifier.Candidate> sink = new ArrayList<>();
    find(document, speakers, null, null, sink);
    return sink;
  }

  public Extraction find(Document document) {
    return find(document, speakers, null, classifier, null);
  }

  /**
   * Every speech quote's candidate speakers with their features under {@code model}'s lexicons,
   * for training a model; the quotes themselves are found as by {@link #find}.
   */
  public List<SpeakerModel.Choice> speakerCandidates(Document document, SpeakerModel model) {
    List<SpeakerModel.Choice> sink = new ArrayList<>();
    find(document, model, sink, null, null);
    return sink;
  }

  private Extraction find(Document document, SpeakerModel model, List<SpeakerModel.Choice> sink,
      QuoteClassifier judge, List<QuoteClassifier.Candidate> candidates) {
    String text = document.text();
    MarkScanner scan = MarkScanner.scan(text, 0, text.length(), doubledApostrophes);
    List<Turn> turns = document.kind().hasTurns() ? document.turns() : List.of();
    List<Span> turnSpans = new ArrayList<>();
    for (Turn t : turns) {
      turnSpans.add(t.label() == null ? t.content() : new Span(t.label().start(), t.content().end()));
    }
    List<Marked> marked = new ArrayList<>();
    List<Marked> nested = new ArrayList<>();
    // Both in text order: one sweep, where asking every turn about every quote was quadratic in
    // a transcript of many short turns.
    int firstTurn = 0;
    for (Marked m : scan.quotes()) {
      Span s = new Span(m.open(), m.close() + 1);
      while (firstTurn < turnSpans.size() && turnSpans.get(firstTurn).end() <= s.start()) {
        firstTurn++;
      }
      if (!overlapsAny(s, turnSpans, firstTurn)) {
        (m.depth() == 0 ? marked : nested).add(m);
      }
    }
    Span headline = document.kind().hasTurns() ? null : KindRules.headline(text, scan.softBreaks());
    List<QuoteKind> kinds = kinds(text, marked, headline);
    String read = linesCut(text, marked);
    // Beyond a few dozen quotes in one line that could not be cut, the rest are kept but not
    // attributed: their speaker is unknown rather than the run quadratic.
    List<Marked> attributed = new ArrayList<>(marked.size());
    List<QuoteKind> attributedKinds = new ArrayList<>(marked.size());
    List<Quote> unattributed = new ArrayList<>();
    int scanned = 0;
    int inLine = 0;
    boolean cr = read.indexOf('\r') >= 0;
    int nextBreak = -1; // the first line break at or after some earlier scanned, kept while ahead
    for (int k = 0; k < marked.size(); k++) {
      Marked m = marked.get(k);
      boolean newLine = k == 0;
      if (scanned < m.open()) {
        if (nextBreak < scanned) {
          nextBreak = nextBreak(read, scanned, cr);
        }
        newLine |= nextBreak < m.open();
        scanned = m.open();
      }
      inLine = newLine ? 1 : inLine + 1;
      if (inLine <= MAX_QUOTES_PER_LINE) {
        attributed.add(m);
        attributedKinds.add(kinds.get(k));
      } else {
        unattributed.add(new Quote(m.content(), kinds.get(k), null, null, false));
      }
    }
    // Kept for the nested pass, which reads the same words: null when there was nothing to read.
    Attributor top = attributed.isEmpty() ? null : new Attributor(read, attributed, turnSpans,
        attributedKinds, read == text ? scan.softBreaks() : null);
    List<Quote> quotes = new ArrayList<>(
        top == null ? List.of() : top.run(attributed, attributedKinds, model, sink));
    if (read != text) {
      quotes.replaceAll(q -> withWordsOf(text, q));
    }
    // The one place the learned classifier acts: after attribution, so that its features see the
    // cue and speaker the rules found, and so that no other quote's attribution depends on it.
    if (judge != null || candidates != null) {
      for (int k = 0; k < quotes.size(); k++) {
        Quote q = quotes.get(k);
        // A labelled sentence is decided by its rule alone, so it is no candidate either: the
        // classifier is neither trained on it nor cross-validated as if it could drop it, and the
        // cross-validated figure counts what find outputs.
        if (q.kind() != QuoteKind.SPEECH || labelledSentence(text, q)) {
          continue;
        }
        int[] features = QuoteClassifier.features(text, attributed.get(k), q);
        if (candidates != null) {
          candidates.add(new QuoteClassifier.Candidate(q.span(), features));
        }
        if (judge != null && !judge.isSpeech(features)) {
          quotes.set(k, q.withKind(QuoteKind.TERM));
        }
      }
    }
    quotes.addAll(unattributed);
    if (!nested.isEmpty()) {
      quotes.addAll(attributeNested(text, read, marked, nested, turnSpans, headline, model, top));
    }
    for (Turn t : turns) {
      Mention label = t.label() == null ? null : Mention.of(text, t.label());
      // A turn whose speaker is not named (a subtitle's dialogue dash) is said by someone unknown.
      Speaker s = t.speaker().isEmpty() ? null : new Speaker(t.speaker(), label, Speaker.Basis.LABEL);
      quotes.add(new Quote(t.content(), QuoteKind.SPEECH, s, null, true));
    }
    quotes.sort(Comparator.comparing(Quote::span));
    List<Problem> problems = new ArrayList<>(scan.problems());
    if (!unattributed.isEmpty()) {
      Span first = unattributed.get(0).span();
      problems.add(Problem.at(text, first.start(), unattributed.size() + " quotes beyond "
          + MAX_QUOTES_PER_LINE + " in one line were not attributed"));
    }
    return new Extraction(document, quotes, problems);
  }

  private static List<QuoteKind> kinds(String text, List<Marked> marked, Span headline) {
    List<QuoteKind> kinds = new ArrayList<>(marked.size());
    for (Marked m : marked) {
      // A quote left open at the first line's end runs into the story: a lead, not a headline.
      boolean inHeadline = headline != null && headline.contains(new Span(m.open(), m.close() + 1));
      inHeadline |= KindRules.isSubhead(text, m.open(), m.close());
      kinds.add(inHeadline ? QuoteKind.HEADLINE : KindRules.kind(text, m.content(), m.open()));
    }
    return kinds;
  }

  /**
   * The quotes nested in others, attributed one depth at a time. Each is read as if its parent's
   * words were narration, so that "‘He choked,’ she said" inside a columnist's quote is the
   * candidate's, found by "she" and resolved from the text before, not the columnist's. The
   * parent's marks are read as line breaks, so no cue is taken across them; every other quote
   * stays masked as quoted words. Nesting is at most {@link MarkScanner#MAX_NESTING} deep, so the
   * text is read a bounded number of times.
   */
  private static List<Quote> attributeNested(String text, String read, List<Marked> top,
      List<Marked> nested, List<Span> turnSpans, Span headline, SpeakerModel model,
      Attributor topReader) {
    List<Marked> all = new ArrayList<>(top.size() + nested.size());
    all.addAll(top);
    all.addAll(nested);
    all.sort(Comparator.comparingInt(Marked::open));
    // The parent of each quote: the innermost quote one level up whose marks hold it.
    int[] parent = new int[all.size()];
    ArrayList<Integer> around = new ArrayList<>();
    int deepest = 0;
    for (int k = 0; k < all.size(); k++) {
      Marked m = all.get(k);
      while (!around.isEmpty() && all.get(around.get(around.size() - 1)).close() <= m.open()) {
        around.remove(around.size() - 1);
      }
      while (around.size() > m.depth()) {
        around.remove(around.size() - 1);
      }
      parent[k] = around.isEmpty() ? -1 : around.get(around.size() - 1);
      around.add(k);
      deepest = Math.max(deepest, m.depth());
    }
    List<Quote> out = new ArrayList<>(nested.size());
    for (int d = 1; d <= deepest; d++) {
      boolean[] ancestor = new boolean[all.size()];
      List<Marked> inner = new ArrayList<>();
      List<Span> parents = new ArrayList<>();
      int scanned = 0;
      int inLine = 0;
      for (int k = 0; k < all.size(); k++) {
        Marked m = all.get(k);
        if (m.depth() != d || parent[k] < 0) {
          continue;
        }
        boolean newLine = inner.isEmpty() && inLine == 0;
        for (; scanned < m.open(); scanned++) {
          char c = read.charAt(scanned);
          newLine |= c == '\n' || c == '\r';
        }
        inLine = newLine ? 1 : inLine + 1;
        if (inLine > MAX_QUOTES_PER_LINE) {
          // As for top-level quotes: beyond a few dozen in one line, kept but not attributed.
          QuoteKind kind = kinds(text, List.of(m), headline).get(0);
          out.add(new Quote(m.content(), kind, null, null, false, all.get(parent[k]).content()));
          continue;
        }
        inner.add(m);
        parents.add(all.get(parent[k]).content());
        for (int a = parent[k]; a >= 0 && !ancestor[a]; a = parent[a]) {
          ancestor[a] = true;
        }
      }
      if (inner.isEmpty()) {
        continue;
      }
      char[] chars = read.toCharArray();
      // The offsets made line breaks, so that the top pass's tokens are kept around them.
      Segmenter.IntList changed = new Segmenter.IntList(16);
      List<Span> excluded = new ArrayList<>(turnSpans);
      for (int k = 0; k < all.size(); k++) {
        Marked m = all.get(k);
        if (m.depth() >= d) {
          continue;
        }
        if (!ancestor[k]) {
          excluded.add(new Span(m.open(), Math.min(text.length(), m.close() + 1)));
        } else if (m.depth() == d - 1) {
          for (int i = m.open(); i < m.content().start(); i++) {
            chars[i] = '\n';
            changed.add(i);
          }
          for (int i = m.content().end(); i <= m.close() && i < chars.length; i++) {
            if (MarkScanner.isMarkChar(chars[i]) || chars[i] == '`') {
              chars[i] = '\n';
              changed.add(i);
            }
          }
        }
      }
      List<QuoteKind> innerKinds = kinds(text, inner, headline);
      int[] at = changed.toArray();
      // Mostly ascending already (the ancestors one level up hold no marks of each other's);
      // sorted so that retokenize's order does not rest on that.
      Arrays.sort(at);
      Attributor a = topReader == null ? new Attributor(chars, inner, excluded, innerKinds)
          : new Attributor(chars, inner, excluded, innerKinds, topReader, at);
      if (topReader != null) {
        a.takeWordsOf(topReader);
      }
      List<Quote> found = a.run(inner, innerKinds, model, null);
      for (int k = 0; k < found.size(); k++) {
        out.add(withWordsOf(text, found.get(k)).withParent(parents.get(k)));
      }
    }
    return out;
  }

  /**
   * Longest line that attribution reads as one paragraph. Its rules look around each quote over
   * the paragraph, which no news paragraph makes costly, but a file of one 10 MB line with a
   * quote every few words made quadratic.
   */
  static final int MAX_ATTRIBUTED_LINE = 4_000;

  /**
   * The text with each line longer than {@link #MAX_ATTRIBUTED_LINE} cut into lines of about that
   * length, by a line break put in place of a space, at a sentence end where there is one and
   * never inside a quote: the same offsets, so what attribution finds points into the text as it
   * is. The text itself when no line is that long.
   */
  static String linesCut(String text, List<Marked> marked) {
    if (noLineTooLong(text, marked)) {
      return text;
    }
    char[] cut = null;
    int lineStart = 0;
    int q = 0; // the first quote that does not end before i
    int lastSpace = -1;
    int lastStop = -1;
    int quotes = 0; // quotes opened in the line so far
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lineStart = i + 1;
        lastSpace = -1;
        lastStop = -1;
        quotes = 0;
        continue;
      }
      while (q < marked.size() && marked.get(q).close() < i) {
        q++;
      }
      boolean inQuote = q < marked.size() && marked.get(q).open() <= i;
      if (inQuote && marked.get(q).open() == i) {
        quotes++;
      }
      if (c == ' ' && !inQuote) {
        lastSpace = i;
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (before == '.' || before == '!' || before == '?') {
          lastStop = i;
        }
      }
      if (i - lineStart >= MAX_ATTRIBUTED_LINE || quotes > MAX_QUOTES_PER_LINE / 2) {
        int at = lastStop > lineStart + (i - lineStart) / 2 ? lastStop : lastSpace;
        if (at > lineStart) {
          if (cut == null) {
            cut = text.toCharArray();
          }
          cut[at] = '\n';
          lineStart = at + 1;
          lastSpace = -1;
          lastStop = -1;
          quotes = inQuote ? 1 : 0;
        }
      }
    }
    return cut == null ? text : new String(cut);
  }

  /**
   * Whether no line of {@code text} is longer than {@link #MAX_ATTRIBUTED_LINE} or opens more
   * than half of {@link #MAX_QUOTES_PER_LINE} quotes, so that {@link #linesCut} cuts none: found
   * line by line with {@link String#indexOf}, where the cut reads every character.
   */
  private static boolean noLineTooLong(String text, List<Marked> marked) {
    int n = text.length();
    int nextLf = text.indexOf('\n');
    int nextCr = text.indexOf('\r');
    int q = 0;
    int lineStart = 0;
    while (lineStart <= n) {
      if (nextLf >= 0 && nextLf < lineStart) {
        nextLf = text.indexOf('\n', lineStart);
      }
      if (nextCr >= 0 && nextCr < lineStart) {
        nextCr = text.indexOf('\r', lineStart);
      }
      int end = nextLf < 0 ? (nextCr < 0 ? n : nextCr) : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
      if (end - lineStart > MAX_ATTRIBUTED_LINE) {
        return false;
      }
      int opened = 0;
      for (; q < marked.size() && marked.get(q).open() < end; q++) {
        if (marked.get(q).open() >= lineStart && ++opened > MAX_QUOTES_PER_LINE / 2) {
          return false;
        }
      }
      lineStart = end + 1;
    }
    return true;
  }

  /**
   * The first {@code \n} or {@code \r} at or after {@code from}, or the text's length; found with
   * {@link String#indexOf} when the text has no {@code \r} ({@code cr} false), as most have none.
   */
  private static int nextBreak(String text, int from, boolean cr) {
    if (!cr) {
      int i = text.indexOf('\n', from);
      return i < 0 ? text.length() : i;
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  /** Most quotes attributed in one line; news paragraphs have a handful. */
  static final int MAX_QUOTES_PER_LINE = 48;

  /** The quote with its mentions' words read from {@code text} (not a text cut into lines). */
  private static Quote withWordsOf(String text, Quote q) {
    Speaker s = q.speaker();
    if (s != null && s.mention() != null) {
      s = new Speaker(s.name(), Mention.of(text, s.mention().span()), s.basis());
    }
    Mention cue = q.cue() == null ? null : Mention.of(text, q.cue().span());
    return q.withSpeaker(s, cue);
  }

  /** Whether a span from {@code from} on, all of which end after {@code s} starts, overlaps it. */
  private static boolean overlapsAny(Span s, List<Span> spans, int from) {
    for (int k = from; k < spans.size() && spans.get(k).start() < s.end(); k++) {
      if (spans.get(k).overlaps(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Adjei: “The mayor owns the land …”": a person's name and a colon before marks that hold a
   * whole sentence label words said (the live-blog and Q&A form), whatever the classifier,
   * trained on articles where the form is rare, makes of them. The colon cue is found only after
   * a person's name.
   */
  private static boolean labelledSentence(String text, Quote q) {
    if (q.speaker() == null || q.cue() == null || !q.cue().text().equals(":")) {
      return false;
    }
    String inner = q.span().text(text).strip();
    // The sentence's own end, under any closing marks or brackets of a quote inside it.
    int end = inner.length();
    while (end > 0 && (MarkScanner.isMarkChar(inner.charAt(end - 1)) || inner.charAt(end - 1) == ')'
        || inner.charAt(end - 1) == ']' || inner.charAt(end - 1) == '\'')) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = inner.charAt(end - 1);
    return last == '.' || last == '?' || last == '!' || last == '\u2026';
  }
}
