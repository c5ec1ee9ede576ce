package org.quotetrace.trace;

import java.util.Objects;
import org.quotetrace.attribution.Attribution;

/**
 * One piece of reported speech of the article ("Haftar told RT he is seeking Moscow's support")
 * judged against the sources like a quote. Reported speech is the writer's words for what someone
 * said, so it is never {@code verbatim}: its verdict is {@code paraphrase} where a source says
 * that thing, {@code partial} where it says only some of it (the part said nowhere is the reason),
 * and {@code unsupported} where no source says anything like it or a source says the opposite
 * (with the reason).
 *
 * @param attribution the attribution as found: content, source, cue and form
 * @param traced the judgement; its quote is the content, with the attribution's source as speaker
 *     and its cue
 */
public record TracedReport(Attribution attribution, TracedQuote traced) {
  public TracedReport {
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(traced, "traced");
    if (traced.verdict() == Verdict.VERBATIM || traced.verdict() == Verdict.EDITED) {
      throw new IllegalArgumentException("reported speech is never " + traced.verdict().id());
    }
  }

  /**
   * {@code paraphrase} when a source says the thing reported, otherwise {@code unsupported}: the
   * question a fact-checker asks of reported speech. A partial report is unsupported: a report is
   * one claim, and the speaker is credited with all of it, not with the part said.
   */
  public String support() {
    return traced.verdict() == Verdict.PARAPHRASE ? Support.PARAPHRASE.id() : "unsupported";
  }
}
