package org.quotetrace.bench.corpus;

/**
 * A publisher and its house style, which decides how its articles quote.
 *
 * @param site the host of its URLs, without the ".example" ending
 * @param curly whether it writes “curly” quote marks rather than "straight" ones
 * @param ellipsis how it marks words left out of a quote: "..." or "…"
 * @param editing how much it edits quotes, about 1; agencies edit least
 */
record Outlet(int index, String name, String site, Kind kind, boolean curly, String ellipsis,
    double editing) {

  /** What an outlet publishes. */
  enum Kind {
    /** Articles. */
    PAPER,
    /** Interview transcripts, and articles. */
    BROADCASTER,
    /** Articles that others copy. */
    AGENCY,
    /** Transcripts of press conferences and speeches. */
    OFFICE
  }

  char open() {
    return curly ? '“' : '"';
  }

  char close() {
    return curly ? '”' : '"';
  }

  String host() {
    return site + ".example";
  }
}
