package org.quotetrace.attribution;

/**
 * What the featurizer knows of a lower-case word form, in one probe: its part-of-speech class, its
 * strength in the cue lexicon and its WordNet code. They were three hash maps (and three probes a
 * token, a tenth of labelling's time); an open-addressing table of strings and packed longs is one.
 */
final class WordTable {
  /** Set in an entry whose word the tag dictionary lists (its class may be any value, 0 too). */
  static final long HAS_CLASS = 1L << 32;

  private final String[] keys;
  private final long[] values;
  private final int mask;

  private WordTable(int capacity) {
    keys = new String[capacity];
    values = new long[capacity];
    mask = capacity - 1;
  }

  /** Set in every entry, so that a known word is told from an unknown one. */
  static final long KNOWN = 1L << 58;

  /**
   * The table of a tag dictionary, a cue lexicon (word → 1 weak, 2 strong), WordNet codes and the
   * cue strength of word families ({@link Featurizer#family} → 1 weak, 2 strong; empty without them).
   */
  static WordTable of(TagDictionary tags, java.util.Map<String, Integer> cueStrength, Lexnames lexnames,
      java.util.Map<String, Integer> familyStrength) {
    java.util.Map<String, long[]> all = new java.util.HashMap<>();
    tags.forEachWord((w, c) -> all.computeIfAbsent(w, x -> new long[1])[0] |= HAS_CLASS | (c & 0xFFFFFFFFL));
    cueStrength.forEach((w, s) -> all.computeIfAbsent(w, x -> new long[1])[0] |= (long) s << 33);
    lexnames.forEach((w, c) -> all.computeIfAbsent(w, x -> new long[1])[0] |= (long) c << 36);
    all.forEach((w, v) -> v[0] |= KNOWN | (long) familyStrength.getOrDefault(familyOf(w, familyStrength), 0) << 56);
    int capacity = Integer.highestOneBit(Math.max(all.size(), 8) * 2) << 1;
    WordTable t = new WordTable(capacity);
    all.forEach((w, v) -> t.put(w, v[0]));
    return t;
  }

  private static String familyOf(String w, java.util.Map<String, Integer> familyStrength) {
    return familyStrength.isEmpty() ? w : Featurizer.family(w);
  }

  private void put(String key, long value) {
    int i = slot(key);
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
  }

  private int slot(String key) {
    int h = key.hashCode() * 0x9E3779B1;
    return (h ^ h >>> 16) & mask;
  }

  /** The packed entry of a word, 0 when the table does not know it. */
  long get(String key) {
    for (int i = slot(key);; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return 0;
      }
      if (k.equals(key)) {
        return values[i];
      }
    }
  }

  /** The part-of-speech class an entry holds, valid when it has {@link #HAS_CLASS}. */
  static int tagClass(long entry) {
    return (int) entry;
  }

  /** The cue lexicon's strength an entry holds: 0 none, 1 weak, 2 strong. */
  static int cueStrength(long entry) {
    return (int) (entry >>> 33 & 3);
  }

  /** The WordNet code ({@link Lexnames}) an entry holds. */
  static int lexCode(long entry) {
    return (int) (entry >>> 36 & 0xFFFFF);
  }

  /** The cue strength of the word's family an entry holds: 0 none, 1 weak, 2 strong. */
  static int familyStrength(long entry) {
    return (int) (entry >>> 56 & 3);
  }
}
