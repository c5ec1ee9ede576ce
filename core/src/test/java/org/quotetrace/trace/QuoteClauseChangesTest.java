package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.trace.TraceAssertions.quote;
import static org.quotetrace.trace.TraceAssertions.trace;

import org.junit.jupiter.api.Test;

/**
 * Clause changes found writing cases 41-43 (invented sentences): a clause whose opening words
 * come from later in the source sentence, with another object than the source gives them; and
 * a negation that moved with its own words to the front of the sentence.
 */
class QuoteClauseChangesTest {
  @Test
  void aClauseOpeningLiftedFromLaterInTheSentenceIsComparedWithItsOwnSourceClause() {
    // Fails without Clauses.liftedOpening: the alignment puts "and we will hire" in the place of
    // "we have a shortlist of" and follows "seven wardens", a paraphrase.
    String source = "ELIN MARROW: The rest of the grant pays for the boats. We have a shortlist"
        + " of seven wardens, and we will hire two or three of them if the council agrees.\n";
    TracedQuote q = quote(trace("Marrow said: “The rest of the grant pays for the boats, and we"
        + " will hire seven wardens.”", source), "The rest of the grant");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    TracedQuote kept = quote(trace("Marrow said: “We have a shortlist of seven wardens, and we"
        + " will hire two or three of them.”", source), "We have a shortlist");
    assertEquals(Verdict.VERBATIM, kept.verdict(), kept.toString());
  }

  @Test
  void aNegationMovedWithItsOwnWordsIsNotAddedToTheClause() {
    // Fails without Clauses.moved for negations: the compared words stop at "promise it" and
    // the "cannot" moved before them read as a negation the source lacks.
    String source = "ELIN MARROW: After that we hope the ferry will run again, but I will not"
        + " promise it, because I cannot. What I can promise is a bus on Sundays.\n";
    TracedQuote q = quote(trace("Marrow said: “Because I cannot, I will not promise it. What I"
        + " can promise is a bus on Sundays.”", source), "Because I cannot");
    assertTrue(q.verdict().ordinal() < Verdict.PARTIAL.ordinal(), q.toString());
  }

  @Test
  void aNegationCarriedOverFromTheSentenceBeforeIsNotAccepted() {
    // Fails without Clauses.negationAcrossSentences: each run is the source's words and the
    // words compared hold one "not" each side, so the stitch was judged edited.
    String source = "ELIN MARROW: In June we are not shutting the pool. We are moving it to the"
        + " old drill hall, and it will open in July. We are not against a new pool. We are"
        + " against the way the vote was held.\n";
    TracedQuote moved = quote(trace("Marrow said: “We are not moving it to the old drill hall, and"
        + " it will open in July.”", source), "We are not moving");
    assertEquals(Verdict.PARTIAL, moved.verdict(), moved.toString());
    TracedQuote against = quote(trace("Marrow said: “We are not against the way the vote was"
        + " held.”", source), "We are not against");
    assertEquals(Verdict.UNSUPPORTED, against.verdict(), against.toString());
    // Two sentences joined at a comma keep the "not" on its own sentence's words.
    TracedQuote joined = quote(trace("Marrow said: “We are not shutting the pool, we are moving it"
        + " to the old drill hall.”", source), "We are not shutting");
    assertTrue(joined.verdict().ordinal() < Verdict.PARTIAL.ordinal(), joined.toString());
  }

  @Test
  void aNegationAfterTheLastAuxiliaryDroppedIsNotAccepted() {
    // Fails without the auxiliary's "not" taken into the compared words: the alignment stops at
    // "do", and the "not" after it was never compared.
    String source = "ELIN MARROW: The wardens know where the seals breed, but I think most"
        + " visitors don't. We will put up signs, and the ferry will not land there.\n";
    TracedQuote q = quote(trace("Marrow said: “The wardens know where the seals breed, but I think"
        + " most visitors do.”", source), "The wardens know");
    assertEquals(Verdict.PARTIAL, q.verdict(), q.toString());
    TracedQuote kept = quote(trace("Marrow said: “We will put up signs,”", source), "We will put");
    assertEquals(Verdict.VERBATIM, kept.verdict(), kept.toString());
  }

  @Test
  void aPersonWordTakenFromTheSentenceBeforeForTheSourcesOwnIsAChangeOfPerson() {
    // Fails without the person case of Clauses.carriedAcrossSentences: "you" is aligned to the
    // end of "Thank you", the source's "We" left out, and the person check saw "you" matched.
    String source = "ELIN MARROW: Thank you. We will close the quay for a week in March.\n";
    TracedQuote q = quote(trace("Marrow said: “You will close the quay for a week in March.”",
        source), "You will close");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.toString());
    TracedQuote kept = quote(trace("Marrow said: “We will close the quay for a week in March.”",
        source), "We will close");
    assertEquals(Verdict.VERBATIM, kept.verdict(), kept.toString());
  }

  @Test
  void aModalPutInThePlaceOfAnotherInAShortClauseIsNotAccepted() {
    // Fails without MeaningCheck.swapped replacing the change found by counting words with the
    // one seen in place: the clause has too few content words aligned for a change of modality
    // that is not in place to count.
    String source = "ELIN MARROW: And it is always late, up, up, up. We know that.\n";
    TracedQuote q = quote(trace("Marrow said: “And it is sometimes late, up, up, up.”",
        source), "And it is");
    assertEquals(Verdict.UNSUPPORTED, q.verdict(), q.toString());
  }
}
