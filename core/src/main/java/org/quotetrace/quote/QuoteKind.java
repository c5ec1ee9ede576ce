package org.quotetrace.quote;

import java.util.Locale;

/** What a pair of quote marks encloses. Only {@link #SPEECH} is reported words. */
public enum QuoteKind {
  /** Words someone is reported to have said or written. */
  SPEECH,
  /** The title of a work: a book, a film, a song, a programme. */
  TITLE,
  /** A nickname or a name given in quote marks ("Operation Sophia"). */
  NAME,
  /** A scare-quoted or cited term that nobody is reported to have said. */
  TERM,
  /**
   * Quote marks in a headline. Headlines display a few words that the story itself reports and
   * attributes in full, so they are not counted as a quote of their own.
   */
  HEADLINE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
