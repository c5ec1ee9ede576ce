package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.doc;
import static org.quotetrace.trace.TraceAssertions.quote;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Problem;

/**
 * Issue 12: a {@code [} that nothing closes (a transcriber's "[inaudible", the {@code ESC[31m} of
 * a terminal colour) once made every later word an editor's insertion, so true quotes came out
 * "not in any source" and indexes lost them.
 */
class UnclosedBracketTest {
  private static final String SOURCE = """
      HOST: Welcome back to the harbour hour. [inaudible

      BRONWEN ALLARD: The night ferry will sail again from the first of May.

      HOST: Thank you.

      BRONWEN ALLARD: Every crossing will carry a nurse until the end of summer.
      """;

  private static final String ARTICLE = """
      Ferry returns in spring

      The ferry company gave its plans on Tuesday. "The night ferry will sail again from the first \
      of May," Bronwen Allard said.

      "Every crossing will carry a nurse until the end of summer," she added.
      """;

  @Test
  void anUnclosedBracketInASourceDoesNotHideTheQuotesAfterIt() {
    Trace t = TraceAssertions.tracer().trace(doc("article.txt", ARTICLE),
        List.of(doc("source.txt", SOURCE)));
    TraceAssertions.assertInvariants(t);
    assertEquals(Verdict.VERBATIM, quote(t, "The night ferry").verdict());
    assertEquals(Verdict.VERBATIM, quote(t, "Every crossing").verdict());
    assertTrue(t.problems().stream().map(Problem::toString)
            .anyMatch(p -> p.contains("source source.txt: unclosed [ at 1:41")),
        t.problems().toString());
  }

  @Test
  void aTerminalColourCodeInASourceIsNotABracket() {
    String source = SOURCE.replace("[inaudible", "\u001b[31mwarning");
    Trace t = TraceAssertions.tracer().trace(doc("article.txt", ARTICLE),
        List.of(doc("source.txt", source)));
    assertEquals(Verdict.VERBATIM, quote(t, "The night ferry").verdict());
    assertEquals(Verdict.VERBATIM, quote(t, "Every crossing").verdict());
  }

  @Test
  void wordsAfterAnUnclosedBracketAreSaidAndAClosedBracketStillIsAnInsertion() {
    String text = "They [the crews] sail. [inaudible and then the ferry sails at dawn.";
    Words w = Words.of(text, 0, text.length());
    assertTrue(w.bracket[1], "'the' in a closed bracket");
    assertFalse(w.bracket[w.size - 1], "'dawn' after the unclosed bracket");
    assertEquals(List.of(text.indexOf("[inaudible")), w.unclosedBrackets);
  }

  @Test
  void aBracketClosesNoLaterThanItsParagraph() {
    String text = "They [said\n\nthe ferry] sails.";
    Words w = Words.of(text, 0, text.length());
    assertFalse(w.bracket[w.firstAtOrAfter(text.indexOf("ferry"))]);
    assertEquals(1, w.unclosedBrackets.size());
    String wrapped = "They [the night\nferry] sail.";
    Words v = Words.of(wrapped, 0, wrapped.length());
    assertTrue(v.bracket[v.firstAtOrAfter(wrapped.indexOf("ferry"))],
        "a single line break inside a bracket is a wrapped line, not a paragraph's end");
  }

  @Test
  void aBracketLongerThanAnyInsertionIsText() {
    String text = "They [" + "word ".repeat(200) + "] sail.";
    Words w = Words.of(text, 0, text.length());
    assertFalse(w.bracket[0 + 1]);
  }

  @Test
  void indexedWordsAfterAnUnclosedBracketAreKept() {
    String text = "HOST: [inaudible\n\nThe night ferry will sail again in May.";
    List<String> stems = List.of(Fingerprints.Stemmed.of(text).all());
    assertTrue(stems.contains("ferri") || stems.contains("ferry"), stems.toString());
    assertEquals("They sail .", Pool.plain("They [the crews] sail .", 0, 23));
    assertEquals("They no close sail .", Pool.plain("They [no close sail .", 0, 21));
  }
}
