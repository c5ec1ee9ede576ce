package org.quotetrace.bench.corpus;

import java.util.Locale;

/**
 * An invented person who speaks in transcripts or is quoted in articles.
 *
 * @param role what the person is, as it follows "the" in news ("energy minister")
 * @param ref what the person's "we" stands for ("the ministry"), for bracket insertions
 * @param topic the index of the topic the person speaks about, or -1 for a journalist
 */
record Person(String first, String last, boolean female, String role, String ref, int topic) {

  String name() {
    return first + " " + last;
  }

  /** The transcript label: names in capitals, the usual convention. */
  String label() {
    return name().toUpperCase(Locale.ROOT);
  }

  String pronoun() {
    return female ? "she" : "he";
  }

  /**
   * Each person is made once, so identity is equality; two people may share a name and role and
   * still be two people.
   */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
