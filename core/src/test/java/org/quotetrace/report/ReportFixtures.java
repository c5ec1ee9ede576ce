package org.quotetrace.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotetrace.quote.Mention;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteKind;
import org.quotetrace.quote.Speaker;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Span;
import org.quotetrace.trace.Bracket;
import org.quotetrace.trace.Edit;
import org.quotetrace.trace.Flag;
import org.quotetrace.trace.Match;
import org.quotetrace.trace.Nearest;
import org.quotetrace.trace.Reuse;
import org.quotetrace.trace.Support;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.Tracer;
import org.quotetrace.trace.Verdict;
import org.quotetrace.trace.Voice;

/** Traces for report tests: one built by hand, so that tests do not follow the algorithm. */
final class ReportFixtures {
  private ReportFixtures() {}

  static final String HOSTILE_ARTICLE = """
      Mayor Ann Roe called the plan "fine & <b>dandy</b>" on Monday.

      "They [the council] will <script>alert(1)</script> pay </textarea> every cent ]]> 'now'," Roe said. "We never said that," she added.

      Background: the town voted in 2019 to build the bridge. See https://example.com/x for 😀 more.
      """;

  static final String HOSTILE_SOURCE = """
      ANN ROE: They [the county] will <script>alert(1)</script> pay </textarea> each cent ]]> 'now'.
      REPORTER: Fine & <b>dandy</b>?
      NARRATOR: The town voted in 2019 to build the bridge. <img src="https://example.com/t.png" onerror="alert(3)">
      """;

  /**
   * A trace of {@link #HOSTILE_ARTICLE} against {@link #HOSTILE_SOURCE}, made by hand: a quote said
   * by the reporter in the source, an edited quote with a bracket the source does not support, a
   * quote found nowhere, and one reused passage.
   */
  static Trace hostileTrace() {
    String a = HOSTILE_ARTICLE;
    String s = HOSTILE_SOURCE;
    Document article = Document.builder("a\"><script>alert(2)</script>.txt", a)
        .kind(DocumentKind.ARTICLE).title("Bridge </title><script>alert(4)</script>").build();
    Document source = Document.builder("source & 'friends'.txt", s).kind(DocumentKind.TRANSCRIPT)
        .build();
    Speaker roe = new Speaker("Ann Roe", Mention.of(a, at(a, "Roe said")), Speaker.Basis.CUE);
    Span roeName = at(a, "Roe said");
    Speaker roeCue = new Speaker("Ann Roe", Mention.of(a, roeName.start(), roeName.start() + 3),
        Speaker.Basis.CUE);

    Span q1 = at(a, "fine & <b>dandy</b>");
    Span m1 = at(s, "Fine & <b>dandy</b>");
    TracedQuote fine = new TracedQuote(new Quote(q1, QuoteKind.SPEECH, roe, null, false),
        Verdict.VERBATIM, 0.9,
        List.of(new Match(0, m1, m1.text(s),
            new Voice.Named(new Speaker("REPORTER", null, Speaker.Basis.LABEL)), q1, Support.VERBATIM, 1.0)),
        Set.of(Flag.SPEAKER_MISMATCH), List.of(), List.of(), List.of());

    Span q2 = at(a, "They [the council] will <script>alert(1)</script> pay </textarea> every cent ]]> 'now',");
    Span m2 = at(s, "They [the county] will <script>alert(1)</script> pay </textarea> each cent ]]> 'now'");
    Span every = at(a, "every");
    Span each = at(s, "each");
    Span council = at(a, "the council");
    TracedQuote pay = new TracedQuote(new Quote(q2, QuoteKind.SPEECH, roeCue,
            Mention.of(a, at(a, "said")), false),
        Verdict.EDITED, 0.7,
        List.of(new Match(0, m2, m2.text(s),
            new Voice.Named(new Speaker("ANN ROE", null, Speaker.Basis.LABEL)), q2, Support.EDITED, 0.9)),
        Set.of(Flag.BRACKET_NOT_IN_SOURCE),
        List.of(new Edit(Edit.Op.REPLACE, every, "every", 0, each, "each"),
            new Edit(Edit.Op.DELETE, new Span(every.start(), every.start()), "", 0,
                at(s, "<script>alert(1)</script>"), "<script>alert(1)</script>")),
        List.of(), List.of(new Bracket(council, "the council", "the county", false)));

    Span q3 = at(a, "We never said that,");
    TracedQuote never = new TracedQuote(new Quote(q3, QuoteKind.SPEECH,
            new Speaker(null, Mention.of(a, at(a, "she")), Speaker.Basis.PARAGRAPH), null, false),
        Verdict.UNSUPPORTED, 0, List.of(), Set.of(), List.of(), List.of(q3), List.of())
        .withNearest(Optional.of(new Nearest(0, at(s, "each cent ]]>"), "each cent ]]>", 0.4)));

    Reuse reuse = new Reuse(at(a, "the town voted in 2019 to build the bridge"), 0,
        at(s, "The town voted in 2019 to build the bridge"), 9);
    return new Trace(article, List.of(source), List.of(fine, pay, never), List.of(reuse), 0.25,
        List.of(Problem.whole("an odd <problem> & more")));
  }

  static Span at(String text, String needle) {
    int i = text.indexOf(needle);
    assertTrue(i >= 0, () -> "fixture has no '" + needle + "'");
    return new Span(i, i + needle.length());
  }

  static String resource(String name) {
    try (InputStream in = ReportFixtures.class.getResourceAsStream("/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The invented article and transcript in src/test/resources/report, traced by words only. */
  static Trace fixtureTrace() {
    Document article = Readers.parse("report/article.txt", resource("article.txt"),
        ReadOptions.DEFAULTS);
    Document source = Readers.parse("report/source.txt", resource("source.txt"),
        ReadOptions.DEFAULTS);
    return new Tracer(() -> null).trace(article, List.of(source));
  }
}
