package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;

/**
 * The founding example of ../shared/seeds: the web article against the broadcast script it came
 * from. What a careful reader finds there, quotetrace must find: translation variants, a bracket
 * whose referent changed, a quote whose last words were the reporter's, and quotes that appear
 * nowhere in the transcript.
 */
class SeedTraceTest {
  private static Trace trace;

  @BeforeAll
  static void traceTheSeeds() throws Exception {
    Path dir = Path.of(System.getProperty("quotetrace.shared", "../shared"), "seeds");
    Path article = dir.resolve("000_3367610939f0179f.txt");
    Path script = dir.resolve("001_ea0b09c9c9a58e8a.txt");
    Assumptions.assumeTrue(Files.isRegularFile(article) && Files.isRegularFile(script),
        "skipped: the seed pair is not at " + dir + " (../shared is absent)");
    Document a = Readers.read(article, ReadOptions.DEFAULTS);
    Document s = Readers.read(script, ReadOptions.DEFAULTS);
    trace = TraceAssertions.tracer().withReportedSpeech().trace(a, List.of(s));
    TraceAssertions.assertInvariants(trace);
  }

  @Test
  void aTranslationVariantIsAParaphraseOfTheSotAnswer() {
    TracedQuote q = quote(trace, "Russia is a global power");
    assertEquals(Verdict.PARAPHRASE, q.verdict());
    Match first = q.matches().get(0);
    assertTrue(first.text().contains("Russia is a world power"), first.text());
    assertEquals("Khalifa Haftar", first.speaker());
    assertTrue(q.edits().stream().anyMatch(e -> e.articleText().equals("global")
        && e.sourceText().equals("world")), "global for world is an edit: " + q.edits());
  }

  @Test
  void theBracketThatChangedItsReferentIsFlagged() {
    TracedQuote q = quote(trace, "They [Europeans] erected a barrier");
    assertTrue(q.has(Flag.BRACKET_NOT_IN_SOURCE), q.flags().toString());
    Bracket b = q.brackets().get(0);
    assertEquals("Europeans", b.text());
    assertEquals("Italian military ships", b.sourceText());
  }

  @Test
  void theLastWordsOfAQuoteWereTheReportersAndAreFlagged() {
    TracedQuote q = quote(trace, "They want to gather all the migrants");
    assertTrue(q.has(Flag.SPEAKER_MISMATCH), q.flags().toString());
    Match reporter = q.matches().stream().filter(m -> "Reporter".equals(m.speaker())).findFirst()
        .orElseThrow(() -> new AssertionError("no match in the reporter's words: " + q.matches()));
    assertTrue(reporter.text().contains("colonisation"), reporter.text());
    String part = reporter.quotePart().text(trace.article().text());
    assertTrue(part.contains("colonization"), part);
  }

  @Test
  void quotesFoundNowhereInTheTranscriptAreUnsupported() {
    TracedQuote q = quote(trace, "Russia is trying to find suitable solutions");
    assertEquals(Verdict.UNSUPPORTED, q.verdict());
    assertTrue(q.matches().isEmpty());
    TracedQuote half = quote(trace, "We’re not the only transit country");
    assertEquals(Verdict.PARTIAL, half.verdict());
    assertEquals("We’re not the only transit country.",
        half.unsupported().get(0).text(trace.article().text()));
  }

  @Test
  void aWordForWordFragmentIsVerbatimAndTheSpeakersOwn() {
    TracedQuote q = quote(trace, "colonization");
    assertEquals(Verdict.VERBATIM, q.verdict());
    assertEquals("Khalifa Haftar", q.matches().get(0).speaker());
  }

  @Test
  void theOpeningClaimInReportedSpeechFindsTheScriptsPassageAboutTheEmbargo() {
    TracedReport opening = trace.reported().stream()
        .filter(r -> r.traced().quote().text(trace.article().text()).startsWith("he is seeking"))
        .findFirst().orElseThrow(() -> new AssertionError("no report of the opening claim: "
            + trace.reported()));
    assertEquals("Khalifa Haftar", opening.traced().quote().speaker().name());
    assertTrue(opening.traced().matches().stream().anyMatch(m -> m.text().contains("embargo")),
        opening.traced().toString());
  }
}
