package org.quotetrace.eval;

import java.util.ArrayList;
import java.util.List;
import org.quotetrace.eval.QuoteScorer.SpeakerMiss;
import org.quotetrace.eval.QuoteScorer.SystemQuote;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Span;

/**
 * Turns an {@link Extraction} into what the scorer reads: top-level speech quotes in code point
 * offsets. Quotes nested in another are left out: the PolNeAR gold marks a quote inside a quote
 * as part of the quote around it, never as a quote of its own, so scoring them would count every
 * nested quote as a false positive.
 */
public final class SystemQuotes {
  private SystemQuotes() {}

  public static List<SystemQuote> of(Extraction ex) {
    Offsets off = Offsets.of(ex.document().text());
    List<SystemQuote> out = new ArrayList<>();
    for (Quote q : ex.quotes()) {
      if (q.kind() != QuoteKind.SPEECH || q.isNested()) {
        continue;
      }
      Span mention = null;
      String name = null;
      if (q.speaker() != null) {
        name = q.speaker().name();
        if (q.speaker().mention() != null) {
          mention = off.toCodePoints(q.speaker().mention().span());
        }
      }
      out.add(new SystemQuote(off.toCodePoints(q.span()), mention, name));
    }
    return out;
  }

  /** One line for error analysis: the gold quote, its gold source and what the system said. */
  public static String describe(SpeakerMiss m, String text) {
    Offsets off = Offsets.of(text);
    Span g = off.toUtf16(m.gold().span());
    String quote = text.substring(g.start(), Math.min(g.end(), g.start() + 60)).replaceAll("\\s+", " ");
    String sys = "none";
    if (m.system() != null) {
      String mention = m.system().mention() == null ? "-"
          : off.toUtf16(m.system().mention()).text(text);
      sys = m.system().name() + " / " + mention;
    }
    return "MISS " + m.doc() + " @" + m.gold().span().start() + " \"" + quote + "\" gold="
        + m.gold().sourceText() + " sys=" + sys;
  }
}
