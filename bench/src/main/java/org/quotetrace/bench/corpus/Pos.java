package org.quotetrace.bench.corpus;

/** The part of speech of a generated word that may be swapped for a synonym; NONE for the rest. */
enum Pos {
  NONE,
  NOUN,
  /** A plural noun: its synonyms are made plural too. */
  NOUNS,
  /** A verb in its base form ("will cut"); inflected forms are never swapped. */
  VERB,
  ADJ
}
