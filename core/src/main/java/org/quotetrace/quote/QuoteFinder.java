package org.quotetrace.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quotetrace.quote.MarkScanner.Marked;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;
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
    this(doubledApostrophes, defaultSpeakers());
  }

  private QuoteFinder(boolean doubledApostrophes, SpeakerModel speakers) {
    this.doubledApostrophes = doubledApostrophes;
    this.speakers = speakers;
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
    return new QuoteFinder(doubledApostrophes, model);
  }

  public Extraction find(Document document) {
    return find(document, speakers, null);
  }

  /**
   * Every speech quote's candidate speakers with their features under {@code model}'s lexicons,
   * for training a model; the quotes themselves are found as by {@link #find}.
   */
  public List<SpeakerModel.Choice> speakerCandidates(Document document, SpeakerModel model) {
    List<SpeakerModel.Choice> sink = new ArrayList<>();
    find(document, model, sink);
    return sink;
  }

  private Extraction find(Document document, SpeakerModel model, List<SpeakerModel.Choice> sink) {
    String text = document.text();
    MarkScanner scan = MarkScanner.scan(text, 0, text.length(), doubledApostrophes);
    List<Turn> turns = document.kind().hasTurns() ? document.turns() : List.of();
    List<Span> turnSpans = new ArrayList<>();
    for (Turn t : turns) {
      turnSpans.add(t.label() == null ? t.content() : new Span(t.label().start(), t.content().end()));
    }
    List<Marked> marked = new ArrayList<>();
    for (Marked m : scan.quotes()) {
      if (!overlapsAny(new Span(m.open(), m.close() + 1), turnSpans)) {
        marked.add(m);
      }
    }
    List<QuoteKind> kinds = new ArrayList<>(marked.size());
    Span headline = document.kind().hasTurns() ? null : KindRules.headline(text);
    for (Marked m : marked) {
      // A quote left open at the first line's end runs into the story: a lead, not a headline.
      boolean inHeadline = headline != null && headline.contains(new Span(m.open(), m.close() + 1));
      inHeadline |= KindRules.isSubhead(text, m.open(), m.close());
      kinds.add(inHeadline ? QuoteKind.HEADLINE : KindRules.kind(text, m.content(), m.open()));
    }
    List<Quote> quotes = new ArrayList<>(Attributor.attribute(text, marked, turnSpans, kinds, model, sink));
    for (Turn t : turns) {
      Mention label = t.label() == null ? null : Mention.of(text, t.label());
      Speaker s = new Speaker(t.speaker(), label, Speaker.Basis.LABEL);
      quotes.add(new Quote(t.content(), QuoteKind.SPEECH, s, null, true));
    }
    quotes.sort(Comparator.comparing(Quote::span));
    List<Problem> problems = new ArrayList<>(scan.problems());
    return new Extraction(document, quotes, problems);
  }

  private static boolean overlapsAny(Span s, List<Span> spans) {
    for (Span t : spans) {
      if (t.overlaps(s) || (t.start() == s.end() || t.end() == s.start()) && false) {
        return true;
      }
    }
    return false;
  }
}
