package org.quotetrace.quote;

import static org.quotetrace.text.Growth.assertLinear;
import static org.quotetrace.text.Growth.mix;

import org.junit.jupiter.api.Test;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;

/**
 * Issue 12: small hostile inputs once took quadratic time to read for quotes. Each case is the
 * shape that did it, with randomized filling, checked for linear growth (see {@code Growth}).
 */
class LinearGrowthTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private static void find(String text) {
    QuoteAssertions.assertInvariants(FINDER.find(Document.article("growth", text)));
  }

  /** {@code n} characters drawn from {@code pieces}, the same for the same seed. */
  @Test
  void aLineOfStraightMarksInOpeningPlaceIsReadInLinearTime() {
    // Each mark once counted every mark after it on the line (nestedStraightAhead).
    assertLinear("straight marks", 40_000, n -> mix(n, 1, "\"a ", "\"a ", "\"b ", "\"'", "'\""),
        LinearGrowthTest::find);
  }

  @Test
  void aLineOfSingleMarksThatNeverCloseIsReadInLinearTime() {
    // Each opening once looked for a closing single mark to the end of the paragraph.
    assertLinear("single marks", 40_000, n -> mix(n, 2, "'a ", "‘b ", "'c ", " "),
        LinearGrowthTest::find);
  }

  @Test
  void marksOfEveryKindInOneParagraphAreReadInLinearTime() {
    assertLinear("mixed marks", 20_000, n -> mix(n, 3, "\"", "'", "“", "”", "‘", "’", "«", "»",
        "„", "‚", "‹", "›", "''", "a", "b ", " ", "said", ".", ","), LinearGrowthTest::find);
  }

  @Test
  void quotesPairedAllAlongOneLineAreAttributedInLinearTime() {
    // Attribution once walked the whole paragraph around each quote.
    assertLinear("paired quotes", 30_000, n -> mix(n, 4, "“a” ", "“b,” Okafor said ", "'c' ",
        "\"d\" ", "x. "), LinearGrowthTest::find);
  }

  @Test
  void aSingleLongLineWithSingleQuotedWordsIsReadInLinearTime() {
    // Each quote in single marks looked for the ends of its line (KindRules.isSubhead).
    assertLinear("one long line", 150_000, n -> mix(n, 5, "the ", "council ", "said ",
        "‘never’ ", "'maybe' ", "Smith ", "told ", "reporters. "), LinearGrowthTest::find);
  }

  @Test
  void openingMarksNestedDeepAreReadInLinearTime() {
    // Every mark searched a stack of all the marks still open.
    assertLinear("deep nesting", 80_000, n -> mix(n, 6, "« ", "„", "‹", "“a "),
        LinearGrowthTest::find);
  }

  @Test
  void strayClosingMarksAreRecordedInLinearTime() {
    // Each problem once counted lines from the start of the text.
    assertLinear("stray marks", 100_000, n -> mix(n, 7, "” ", "a ”", "\n”"),
        LinearGrowthTest::find);
  }

  @Test
  void aTranscriptOfManyShortTurnsIsReadInLinearTime() {
    // Every quote mark was checked against every turn of the transcript.
    assertLinear("short turns", 20_000, n -> mix(n, 9, "JOHN SMITH: \"yes\n", "MARY: 'no\n",
        "HOST: “Thanks,” he said.\n"),
        text -> QuoteAssertions.assertInvariants(
            FINDER.find(Readers.parse("turns.txt", text, ReadOptions.DEFAULTS))));
  }

  @Test
  void manyShortParagraphsAreReadInLinearTime() {
    // Pronouns left out: Attributor resolves each against every later name (issue 12, left to
    // the attribution rewrite).
    assertLinear("short paragraphs", 60_000, n -> mix(n, 8, "“Yes,” Okafor said.\n\n",
        "\"No\n", "Mr Okafor said:\n", "“It will ", "pay.”\n\n", "- Okafor\n"),
        LinearGrowthTest::find);
  }
}
