package org.quotetrace.quote;

import java.util.Locale;

/**
 * One record per lower-case word: every fixed word list it belongs to, as bits, and the ranker's
 * three lexicon values for the last model that asked. A token finds its record once, where the
 * sieves, the kinds classifier and the ranker each lower-cased it and probed five to eight hash
 * sets and maps (JFR: the probes, {@code String.hashCode} and {@code toLowerCase} about a fifth of
 * quotes' CPU). Records live in a per-thread table, so they need no locks; the model values are
 * found again when another model asks.
 */
final class Word {
  static final int SPEECH_VERB = 1;
  static final int AUX = 1 << 1;
  static final int TITLE = 1 << 2;
  static final int OPENER = 1 << 3;
  static final int PRONOUN = 1 << 4;
  static final int NP_STOP = 1 << 5;
  static final int DETERMINER = 1 << 6;
  static final int PERSON_NOUN = 1 << 7;
  static final int OBJECT_VERB = 1 << 8;
  static final int ORG_WORD = 1 << 9;
  static final int FIRST_PERSON = 1 << 10;
  static final int SECOND_PERSON = 1 << 11;
  static final int CLASSIFIER_AUX = 1 << 12;
  // The sieves' own short lists (Attributor).
  static final int A_ADJUNCT_PREPOSITIONS = 1 << 13;
  static final int A_PARENTHETICALS = 1 << 14;
  static final int A_TELL = 1 << 15;
  static final int A_CLAUSE_OPENERS = 1 << 16;
  static final int A_IRREGULAR_PAST = 1 << 17;
  static final int A_NAME_JOINERS = 1 << 18;
  static final int A_SUBJECT_PRONOUNS = 1 << 19;
  static final int A_ADVERB_OPENERS = 1 << 20;
  static final int A_HUMAN_POSSESSIVES = 1 << 21;
  static final int A_SPEECH_NOUNS = 1 << 22;
  static final int A_PP_BEFORE_VERB = 1 << 23;
  static final int A_PREPOSITIONS = 1 << 24;
  static final int A_SUBORDINATORS = 1 << 25;
  static final int A_SENTENCE_PREPOSITIONS = 1 << 26;
  static final int A_POSSESSIVE_DETERMINERS = 1 << 27;
  static final int A_OBJECTS = 1 << 28;
  static final int A_NOUN_DETERMINERS = 1 << 29;

  /** The word in lower case, as {@code toLowerCase(Locale.ROOT)} gives it. */
  final String lower;
  final int flags;
  private final int hash;

  /** {@link SpeakerFeatures#stripPossessive} of {@link #lower}, found on first use. */
  private String stem;
  private SpeakerModel model;
  private boolean head;
  private float headRate;
  private float cueRate;
  private float lowerShare;

  private Word(String lower, int hash) {
    this.lower = lower;
    this.hash = hash;
    this.flags = (Lexicon.SPEECH_VERBS.contains(lower) ? SPEECH_VERB : 0)
        | (Lexicon.AUX.contains(lower) ? AUX : 0)
        | (Lexicon.isTitleLower(lower) ? TITLE : 0)
        | (Lexicon.SENTENCE_OPENERS.contains(lower) ? OPENER : 0)
        | (Lexicon.PRONOUNS.contains(lower) ? PRONOUN : 0)
        | (Lexicon.NP_STOP.contains(lower) ? NP_STOP : 0)
        | (Lexicon.DETERMINERS.contains(lower) ? DETERMINER : 0)
        | (Lexicon.PERSON_NOUNS.contains(lower) ? PERSON_NOUN : 0)
        | (Lexicon.OBJECT_VERBS.contains(lower) ? OBJECT_VERB : 0)
        | (Lexicon.ORG_WORDS.contains(lower) ? ORG_WORD : 0)
        | (Lexicon.FIRST_PERSON.contains(lower) ? FIRST_PERSON : 0)
        | (Lexicon.SECOND_PERSON.contains(lower) ? SECOND_PERSON : 0)
        | (Lexicon.CLASSIFIER_AUX.contains(lower) ? CLASSIFIER_AUX : 0)
        | (Attributor.ADJUNCT_PREPOSITIONS.contains(lower) ? A_ADJUNCT_PREPOSITIONS : 0)
        | (Attributor.PARENTHETICALS.contains(lower) ? A_PARENTHETICALS : 0)
        | (Attributor.TELL.contains(lower) ? A_TELL : 0)
        | (Attributor.CLAUSE_OPENERS.contains(lower) ? A_CLAUSE_OPENERS : 0)
        | (Attributor.IRREGULAR_PAST.contains(lower) ? A_IRREGULAR_PAST : 0)
        | (Attributor.NAME_JOINERS.contains(lower) ? A_NAME_JOINERS : 0)
        | (Attributor.SUBJECT_PRONOUNS.contains(lower) ? A_SUBJECT_PRONOUNS : 0)
        | (Attributor.ADVERB_OPENERS.contains(lower) ? A_ADVERB_OPENERS : 0)
        | (Attributor.HUMAN_POSSESSIVES.contains(lower) ? A_HUMAN_POSSESSIVES : 0)
        | (Attributor.SPEECH_NOUNS.contains(lower) ? A_SPEECH_NOUNS : 0)
        | (Attributor.PP_BEFORE_VERB.contains(lower) ? A_PP_BEFORE_VERB : 0)
        | (Attributor.PREPOSITIONS.contains(lower) ? A_PREPOSITIONS : 0)
        | (Attributor.SUBORDINATORS.contains(lower) ? A_SUBORDINATORS : 0)
        | (Attributor.SENTENCE_PREPOSITIONS.contains(lower) ? A_SENTENCE_PREPOSITIONS : 0)
        | (Attributor.POSSESSIVE_DETERMINERS.contains(lower) ? A_POSSESSIVE_DETERMINERS : 0)
        | (Attributor.OBJECTS.contains(lower) ? A_OBJECTS : 0)
        | (Attributor.NOUN_DETERMINERS.contains(lower) ? A_NOUN_DETERMINERS : 0);
  }

  boolean is(int flag) {
    return (flags & flag) != 0;
  }

  /**
   * The word without a possessive "’s" or "'s", as the ranker reads head words and counts names:
   * asked of every capitalised token of a document and of every candidate's head.
   */
  String stem() {
    String s = stem;
    if (s == null) {
      s = SpeakerFeatures.stripPossessive(lower);
      stem = s;
    }
    return s;
  }

  boolean isHead(SpeakerModel m) {
    read(m);
    return head;
  }

  float headRate(SpeakerModel m) {
    read(m);
    return headRate;
  }

  float cueRate(SpeakerModel m) {
    read(m);
    return cueRate;
  }

  float lowerShare(SpeakerModel m) {
    read(m);
    return lowerShare;
  }

  /**
   * The ranker's weights of the features named by this word (as a head, or as the word after or
   * before a candidate), by {@link SpeakerFeatures}' slot, for {@link #weightsModel}; NaN where
   * not read yet. A word heads candidates in document after document, and reading the weights
   * here spares hashing its features and probing the weight caches each time.
   */
  private float[] weights;
  private SpeakerModel weightsModel;

  /** This word's weight slots under {@code m}, NaN where unread; emptied when another model asks. */
  float[] weights(SpeakerModel m, int slots) {
    float[] w = weights;
    if (weightsModel != m || w == null) {
      w = new float[slots];
      java.util.Arrays.fill(w, Float.NaN);
      weights = w;
      weightsModel = m;
    }
    return w;
  }

  /** The record of {@link #stem()}, found on first use. */
  private Word stemWord;

  Word stemWord() {
    Word w = stemWord;
    if (w == null) {
      String s = stem();
      w = s.equals(lower) ? this : ofLower(s);
      stemWord = w;
    }
    return w;
  }

  private void read(SpeakerModel m) {
    if (model != m) {
      head = m.isHead(lower);
      headRate = m.headRate(lower);
      cueRate = m.cueRate(lower);
      lowerShare = m.lowerShare(lower);
      model = m;
    }
  }

  /** The record of {@code text[from, to)} in lower case. */
  static Word of(String text, int from, int to) {
    return TABLE.get().find(text, from, to);
  }

  /** This thread's table, for a caller that asks about many words in a row. */
  static Table table() {
    return TABLE.get();
  }

  /** The record of a word already in lower case. */
  static Word ofLower(String lower) {
    return TABLE.get().findLower(lower);
  }

  private static final ThreadLocal<Table> TABLE = ThreadLocal.withInitial(Table::new);

  /**
   * Open addressing keyed by the lower-case characters, hashed as {@link String#hashCode} would
   * hash the lower-case string, so that an ASCII token is found without building any string. The
   * table is emptied when full: the vocabulary of a long run need not stay in memory.
   *
   * <p>A word of at most {@link #PACKED} ASCII characters is also its own key: its characters,
   * seven bits each, in a {@code long} kept beside the slot. Such a word, most of any news text,
   * is found by comparing numbers in one array, where comparing it with the record's string read
   * three objects scattered over the heap, each a likely cache miss (JFR: that comparison was
   * about a tenth of all of {@code quotes}' CPU).
   */
  static final class Table {
    private static final int BITS = 16;
    private static final int LIMIT = (1 << BITS) / 2;
    /** Most characters a packed key holds: 9 times 7 bits fit in a positive {@code long}. */
    static final int PACKED = 9;
    /** The key of an empty slot. */
    private static final long EMPTY = 0;
    /** The key of a word that does not pack: compared by its string. */
    private static final long UNPACKED = -1;
    private Word[] slots = new Word[1 << BITS];
    private long[] keys = new long[1 << BITS];
    private int size;

    /** The record of {@code text[from, to)} in lower case. */
    Word find(String text, int from, int to) {
      return find(text, null, from, to);
    }

    /**
     * As {@link #find(String, int, int)}, the characters read from {@code chars}, a copy of the
     * text's, when it is not null: a UTF-16 String's charAt asks its coder and checks the index at
     * each character. One loop serves both, so the two cannot drift apart.
     */
    Word find(String text, char[] chars, int from, int to) {
      int h = 0;
      long key = 0;
      boolean upper = false;
      boolean nul = false;
      for (int i = from; i < to; i++) {
        char c = chars != null ? chars[i] : text.charAt(i);
        if (c >= 0x80) {
          return findWide(text, from, to);
        }
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
          upper = true;
        }
        h = 31 * h + c;
        key = key << 7 | c;
        nul |= c == 0;
      }
      return findAscii(text, from, to, h, key, upper, nul);
    }

    /** The record of ASCII {@code text[from, to)}, of lower-case hash {@code h} and packed {@code key}. */
    private Word findAscii(String text, int from, int to, int h, long key, boolean upper,
        boolean nul) {
      int length = to - from;
      if (length == 0 || length > PACKED || nul) {
        return findUnpacked(text, from, to, h, upper);
      }
      int mask = slots.length - 1;
      for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
        long k = keys[s];
        if (k == key) {
          return slots[s];
        }
        if (k == EMPTY) {
          String lower = text.substring(from, to);
          return add(s, key, new Word(upper ? lower.toLowerCase(Locale.ROOT) : lower, h));
        }
      }
    }

    /**
     * A word with a character beyond ASCII ("Trump’s", "don’t": the typographic apostrophe is in
     * about one token in a hundred of news text), found by its lower-case characters as {@link
     * #findUnpacked} finds ASCII words, where building its string, lowering the string and hashing
     * it cost more than the rest of the look-up (JFR). Only characters that {@link
     * String#toLowerCase} lowers one to one are read so; a word with any other (a surrogate, the
     * dotted capital I, the capital sigma whose lower case depends on its place), or whose lower
     * case is all ASCII and so may have a packed key, takes the string path.
     */
    private Word findWide(String text, int from, int to) {
      int h = 0;
      boolean changed = false;
      boolean wide = false;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
          return findLower(text.substring(from, to).toLowerCase(Locale.ROOT));
        }
        char l = Character.toLowerCase(c);
        changed |= l != c;
        wide |= l >= 0x80;
        h = 31 * h + l;
      }
      if (!wide) {
        // Its lower case is ASCII (the Kelvin sign lowers to "k"): it may pack, as findLower keys it.
        return findLower(text.substring(from, to).toLowerCase(Locale.ROOT));
      }
      int mask = slots.length - 1;
      for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
        long k = keys[s];
        if (k == EMPTY) {
          String lower = text.substring(from, to);
          return add(s, UNPACKED, new Word(changed ? lower.toLowerCase(Locale.ROOT) : lower, h));
        }
        if (k == UNPACKED) {
          Word w = slots[s];
          if (w.hash == h && sameLowerWide(w.lower, text, from, to)) {
            return w;
          }
        }
      }
    }

    /** Whether {@code text[from, to)}, lowered character by character, is {@code lower}. */
    private static boolean sameLowerWide(String lower, String text, int from, int to) {
      if (lower.length() != to - from) {
        return false;
      }
      for (int i = from, k = 0; i < to; i++, k++) {
        if (Character.toLowerCase(text.charAt(i)) != lower.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** An ASCII word that does not pack: longer than {@link #PACKED}, empty, or with a NUL. */
    private Word findUnpacked(String text, int from, int to, int h, boolean upper) {
      int mask = slots.length - 1;
      for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
        long k = keys[s];
        if (k == EMPTY) {
          String lower = text.substring(from, to);
          return add(s, UNPACKED, new Word(upper ? lower.toLowerCase(Locale.ROOT) : lower, h));
        }
        if (k == UNPACKED) {
          Word w = slots[s];
          if (w.hash == h && sameLower(w.lower, text, from, to)) {
            return w;
          }
        }
      }
    }

    Word findLower(String lower) {
      int h = lower.hashCode();
      long key = packedKey(lower);
      int mask = slots.length - 1;
      for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
        long k = keys[s];
        if (k == EMPTY) {
          return add(s, key, new Word(lower, h));
        }
        if (key != UNPACKED ? k == key
            : k == UNPACKED && slots[s].hash == h && slots[s].lower.equals(lower)) {
          return slots[s];
        }
      }
    }

    /**
     * The packed key of a word in lower case, as {@link #find} builds it, or {@link #UNPACKED}:
     * only ASCII words of 1 to {@link #PACKED} characters with no NUL pack, so that no two words
     * share a key (their characters are the key's base-128 digits, none of them 0).
     */
    static long packedKey(String lower) {
      int length = lower.length();
      if (length == 0 || length > PACKED) {
        return UNPACKED;
      }
      long key = 0;
      for (int i = 0; i < length; i++) {
        char c = lower.charAt(i);
        if (c == 0 || c >= 0x80) {
          return UNPACKED;
        }
        key = key << 7 | c;
      }
      return key;
    }

    private Word add(int slot, long key, Word w) {
      if (size >= LIMIT) {
        slots = new Word[slots.length];
        keys = new long[keys.length];
        size = 0;
        int mask = slots.length - 1;
        slot = spread(w.hash) & mask;
      }
      slots[slot] = w;
      keys[slot] = key;
      size++;
      return w;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    /** Whether ASCII {@code text[from, to)} lower-cased is {@code lower}. */
    private static boolean sameLower(String lower, String text, int from, int to) {
      int length = to - from;
      if (lower.length() != length) {
        return false;
      }
      // Most tokens are in lower case already: one bulk comparison, then the case-folding loop.
      if (text.regionMatches(from, lower, 0, length)) {
        return true;
      }
      for (int i = from, k = 0; i < to; i++, k++) {
        char c = text.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
        if (c != lower.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }
}
