package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hashes of word runs in the forms quotes are compared by, for finding candidate sources and
 * variants in a corpus before anything is aligned.
 *
 * <p>A text is brought to the same forms the aligner uses (case, spelling, number forms and
 * contractions normalised, then stemmed), so "colonisation" and "colonization", "4,000" and "four
 * thousand" give the same hashes. Words inside square brackets are left out: they are an editor's,
 * not the speaker's. The hashes are persisted in indexes, so they depend only on the words: never
 * on {@link String#hashCode()} of anything but the stems, nor on the JVM.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** The compared forms of the words of {@code text[from, to)}, bracketed words left out. */
  public static String[] stems(String text, int from, int to) {
    Words w = Words.of(text, from, to);
    String[] out = new String[w.size];
    int n = 0;
    for (int i = 0; i < w.size; i++) {
      if (!w.bracket[i]) {
        out[n++] = w.stem[i];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * The compared forms of a whole text with the character span each came from, bracketed words
   * left out: one pass over a document, then {@link #slice} for each of its quotes.
   */
  public static final class Stemmed {
    /**
     * Each word's stem, null at first for a word whose stem is {@link #table}'s at its {@link
     * #slots} entry: indexing asks only for the stems' hashes, and fetching each stem cost a cache
     * miss a word.
     */
    private final String[] stems;
    private final int[] slots;
    private final Object[] table;
    private boolean complete;
    /** {@link #hash} of each stem. */
    private final long[] hashes;
    private final int[] start;
    private final int[] end;

    private Stemmed(String[] stems, int[] slots, Object[] table, long[] hashes, int[] start,
        int[] end) {
      this.stems = stems;
      this.slots = slots;
      this.table = table;
      this.hashes = hashes;
      this.start = start;
      this.end = end;
    }

    /**
     * Every stem, fetched from the word table where it was left there. Synchronized: a stemmed
     * text handed to another thread must not be seen complete with stems still missing.
     */
    private synchronized String[] stems() {
      if (!complete) {
        for (int i = 0; i < stems.length; i++) {
          if (stems[i] == null) {
            stems[i] = (String) table[slots[i]];
          }
        }
        complete = true;
      }
      return stems;
    }

    /**
     * The same forms as {@link Words#of} gives, found without it: every text indexed comes
     * through here, and most of its words need one lookup of what they were the last time.
     * Words that may join with their neighbours (numbers, "per cent", times, currencies) are
     * handed to {@link Words#join} a run at a time.
     */
    public static Stemmed of(String text) {
      Collector c = new Collector(text);
      Words.scan(text, 0, text.length(), c);
      c.flush();
      return c.build();
    }

    public String[] all() {
      return stems().clone();
    }

    /** The forms of the words lying wholly inside {@code [from, to)}. */
    public String[] slice(int from, int to) {
      int i = first(from);
      return Arrays.copyOfRange(stems(), i, last(i, to));
    }

    /** How many words lie wholly inside {@code [from, to)}. */
    public int count(int from, int to) {
      int i = first(from);
      return last(i, to) - i;
    }

    /**
     * The distinct forms as {@link Fingerprints#hash}es, sorted: what {@code distinct} of each
     * form's hash gives, without hashing the forms again.
     */
    public long[] distinctHashes() {
      return Fingerprints.distinct(hashes);
    }

    /** {@link #hash} of each word's form, in text order. */
    public long[] hashes() {
      return hashes.clone();
    }

    /** {@link Fingerprints#shingles} of all the words. */
    public long[] shingles(int n) {
      return Fingerprints.shingles(hashes, 0, hashes.length, n);
    }

    /** {@link Fingerprints#shingles} of the words lying wholly inside {@code [from, to)}. */
    public long[] shingles(int from, int to, int n) {
      int i = first(from);
      return Fingerprints.shingles(hashes, i, last(i, to), n);
    }

    private int first(int from) {
      int i = Arrays.binarySearch(start, from);
      i = i < 0 ? -i - 1 : i;
      while (i > 0 && start[i - 1] == from) {
        i--;
      }
      return i;
    }

    private int last(int i, int to) {
      int j = i;
      while (j < hashes.length && end[j] <= to) {
        j++;
      }
      return j;
    }
  }

  /**
   * The forms of one word as written ({@link Norm#formsAsWritten}, empty ones dropped), their
   * stems and the stems' hashes; and for each form whether it may start a join with the words
   * after it or be taken into one ({@link Words#join}). For a form that may start a join, what
   * joining it alone gives ({@link #aloneStems}, {@link #aloneHashes}): most such runs ("2016",
   * "one") are one word long, and joining each again cost a fifth of the stems' time (JFR).
   */
  private record Written(String[] forms, String[] stems, long[] hashes, byte[] join,
      String[][] aloneStems, long[][] aloneHashes) {
    static final byte ALONE = 0;
    static final byte STARTS = 1;
    static final byte JOINABLE = 2;

    static Written of(String raw) {
      return ofForms(Norm.forms(Norm.lower(raw)));
    }

    /** The word split as {@link Words#suffixed} splits it ("£230m" as "230 million"). */
    static Written ofSuffixed(String[] parts) {
      List<String> forms = new ArrayList<>(parts.length);
      for (String part : parts) {
        forms.add(Norm.formsAsWritten(part).get(0));
      }
      return ofForms(forms);
    }

    private static Written ofForms(List<String> all) {
      List<String> forms = new ArrayList<>(2);
      for (String f : all) {
        if (!f.isEmpty()) {
          forms.add(f);
        }
      }
      int n = forms.size();
      Written w = new Written(forms.toArray(new String[0]), new String[n], new long[n], new byte[n],
          new String[n][], new long[n][]);
      for (int k = 0; k < n; k++) {
        String f = w.forms[k];
        w.stems[k] = Norm.stem(f);
        w.hashes[k] = hash(w.stems[k]);
        w.join[k] = Words.startsJoin(f) ? STARTS : Words.canBeJoined(f) ? JOINABLE : ALONE;
        if (w.join[k] == STARTS) {
          // Alone in a run, a form is joined by what it is: the text is read only between two
          // words, and every word joining makes spans the run's one word's.
          List<Words.Tok> joined = Words.join(f, List.of(new Words.Tok(0, f.length(), f, false)));
          w.aloneStems[k] = new String[joined.size()];
          w.aloneHashes[k] = new long[joined.size()];
          for (int j = 0; j < joined.size(); j++) {
            w.aloneStems[k][j] = Norm.stem(joined.get(j).norm());
            w.aloneHashes[k][j] = hash(w.aloneStems[k][j]);
          }
        }
      }
      return w;
    }
  }

  // Every word of every indexed text is looked up here: a few tens of thousands of distinct
  // words make up nearly all of a news corpus.
  private static final Map<String, Written> WRITTEN = new ConcurrentHashMap<>();
  private static final int WRITTEN_LIMIT = 200_000;

  private static Written written(String raw) {
    Written w = WRITTEN.get(raw);
    if (w == null) {
      w = Written.of(raw);
      if (WRITTEN.size() < WRITTEN_LIMIT) {
        WRITTEN.put(raw, w);
      }
    }
    return w;
  }

  /**
   * A thread's own table of the words it has met, laid out for the memory cache rather than for
   * objects: indexing evicts everything else between two documents, and a word looked up through
   * several arrays cost a cache miss in each (JFR: the largest single frame of indexing's own
   * work). A slot is four adjacent longs: the word's key (its hash, length, whether it is plain,
   * and where its characters lie in one shared array when it is longer than eight), its stem's
   * hash, and its first eight characters; so a plain word of up to eight characters, most of a
   * text's, is found in one place and answered from there, and its stem, a string, is fetched
   * only if asked for ({@link Stemmed#all}, {@link Stemmed#slice}). Words it cannot hold (when
   * full, or longer than 255 characters) are looked up in {@link #WRITTEN}.
   */
  private static final class Table {
    private static final int SLOTS = 1 << 16;
    private static final int LIMIT = SLOTS / 2;
    private static final int ARENA = 1 << 20;
    /** Longs a slot takes in {@link #slots}. */
    private static final int STRIDE = 4;
    /** Characters kept in the slot itself. */
    private static final int INLINE = 8;
    /** In a key: the word is plain, one form that joins nothing, and its stem hash is in the slot. */
    private static final long PLAIN = 1L << 31;
    /**
     * Per slot: 0 for an empty one, else the word's hash (32 bits), plain (1), offset in {@link
     * #chars} (23), length (8); then its stem's hash when plain; then its first characters, four
     * to a long, the rest of the long zero.
     */
    private final long[] slots = new long[SLOTS * STRIDE];
    /** The stem of a plain word, else its {@link Written}. */
    private final Object[] values = new Object[SLOTS];
    /** The characters of words longer than {@link #INLINE}, one after another. */
    private final char[] chars = new char[ARENA];
    private int used;
    private int size;

    /** The slot of {@code text[from, to)}, filled if need be; -1 when the table cannot hold it. */
    int find(String text, int from, int to) {
      int length = to - from;
      if (length > 255) {
        return -1;
      }
      int h = 0;
      long c0 = 0;
      long c1 = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        h = 31 * h + c;
        int k = i - from;
        if (k < 4) {
          c0 |= (long) c << (16 * k);
        } else if (k < INLINE) {
          c1 |= (long) c << (16 * (k - 4));
        }
      }
      int slot = (h * 0x9E3779B9) >>> 16;
      while (true) {
        int at = slot * STRIDE;
        long k = slots[at];
        if (k == 0) {
          return add(slot, h, c0, c1, text, from, to);
        }
        if ((int) (k >>> 32) == h && (k & 0xFF) == length && slots[at + 2] == c0
            && slots[at + 3] == c1
            && (length <= INLINE || same(text, from, (int) (k >>> 8) & 0x7FFFFF, length))) {
          return slot;
        }
        slot = (slot + 1) & (SLOTS - 1);
      }
    }

    boolean plain(int slot) {
      return (slots[slot * STRIDE] & PLAIN) != 0;
    }

    long stemHash(int slot) {
      return slots[slot * STRIDE + 1];
    }

    private boolean same(String text, int from, int offset, int length) {
      for (int i = INLINE; i < length; i++) {
        if (chars[offset + i - INLINE] != text.charAt(from + i)) {
          return false;
        }
      }
      return true;
    }

    private int add(int slot, int h, long c0, long c1, String text, int from, int to) {
      int length = to - from;
      int rest = Math.max(0, length - INLINE);
      if (size >= LIMIT || used + rest > ARENA) {
        return -1;
      }
      Written w = written(text.substring(from, to));
      int offset = used;
      if (rest > 0) {
        text.getChars(from + INLINE, to, chars, used);
        used += rest;
      }
      boolean plain = w.forms.length == 1 && w.join[0] == Written.ALONE;
      int at = slot * STRIDE;
      slots[at + 1] = plain ? w.hashes[0] : 0;
      slots[at + 2] = c0;
      slots[at + 3] = c1;
      values[slot] = plain ? w.stems[0] : w;
      slots[at] = (long) h << 32 | (plain ? PLAIN : 0) | (long) offset << 8 | length;
      size++;
      return slot;
    }
  }

  private static final ThreadLocal<Table> TABLE = ThreadLocal.withInitial(Table::new);

  /**
   * Gathers the stems of a text word by word. A form that may start a join opens a run, which
   * takes in the forms after it until one that can take no part in a join; the run is then
   * joined alone, which gives what joining the whole text would (see {@link Words#join}).
   */
  private static final class Collector implements Words.Listener {
    private final String text;
    private final Table table = TABLE.get();
    private final List<Words.Tok> run = new ArrayList<>();
    /** The word and form the run began with. */
    private Written runWord;
    private int runForm;
    /** A word's stem, or null when it is the table's at {@link #slots}. */
    private String[] stems;
    private int[] slots;
    private long[] hashes;
    private int[] start;
    private int[] end;
    private int n;

    Collector(String text) {
      this.text = text;
      int capacity = Math.max(16, text.length() / 5);
      stems = new String[capacity];
      slots = new int[capacity];
      hashes = new long[capacity];
      start = new int[capacity];
      end = new int[capacity];
    }

    @Override
    public void word(int from, int to, boolean bracket) {
      // A figure with its scale or unit run on ("£230m", "10cm") is split as Words splits it,
      // which depends on the currency sign before it: never looked up by the word alone.
      char first = text.charAt(from);
      if (first >= '0' && first <= '9' && Character.isLetter(text.charAt(to - 1))) {
        String[] split = Words.suffixed(text.substring(from, to),
            run.isEmpty() ? null : run.get(run.size() - 1), from);
        if (split != null) {
          forms(Written.ofSuffixed(split), from, to, bracket);
          return;
        }
      }
      int slot = table.find(text, from, to);
      Written w;
      if (slot < 0) {
        w = written(text.substring(from, to));
      } else if (table.plain(slot)) {
        flush();
        if (!bracket) {
          add(null, slot, table.stemHash(slot), from, to);
        }
        return;
      } else {
        w = (Written) table.values[slot];
      }
      forms(w, from, to, bracket);
    }

    private void forms(Written w, int from, int to, boolean bracket) {
      for (int k = 0; k < w.forms.length; k++) {
        byte join = w.join[k];
        if (join == Written.STARTS || join == Written.JOINABLE && !run.isEmpty()) {
          if (run.isEmpty()) {
            runWord = w;
            runForm = k;
          }
          run.add(new Words.Tok(from, to, w.forms[k], bracket));
          continue;
        }
        flush();
        if (!bracket) {
          add(w.stems[k], -1, w.hashes[k], from, to);
        }
      }
    }

    void flush() {
      if (run.isEmpty()) {
        return;
      }
      if (run.size() == 1) {
        Words.Tok t = run.get(0);
        if (!t.bracket()) {
          String[] stems = runWord.aloneStems[runForm];
          long[] hashes = runWord.aloneHashes[runForm];
          for (int j = 0; j < stems.length; j++) {
            add(stems[j], -1, hashes[j], t.start(), t.end());
          }
        }
        run.clear();
        return;
      }
      for (Words.Tok t : Words.join(text, run)) {
        if (!t.bracket()) {
          String stem = Norm.stem(t.norm());
          add(stem, -1, hash(stem), t.start(), t.end());
        }
      }
      run.clear();
    }

    private void add(String stem, int slot, long hash, int from, int to) {
      if (n == stems.length) {
        int size = n * 2;
        stems = Arrays.copyOf(stems, size);
        slots = Arrays.copyOf(slots, size);
        hashes = Arrays.copyOf(hashes, size);
        start = Arrays.copyOf(start, size);
        end = Arrays.copyOf(end, size);
      }
      stems[n] = stem;
      slots[n] = slot;
      hashes[n] = hash;
      start[n] = from;
      end[n] = to;
      n++;
    }

    Stemmed build() {
      return new Stemmed(Arrays.copyOf(stems, n), Arrays.copyOf(slots, n), table.values,
          Arrays.copyOf(hashes, n),
          Arrays.copyOf(start, n), Arrays.copyOf(end, n));
    }
  }

  /** Whether a compared form is a function word ("the", "of", "we"): it weighs little alone. */
  public static boolean isFunctionWord(String stem) {
    return Norm.isStopword(stem);
  }

  /** A 64-bit hash of one compared form: FNV-1a over its characters, then mixed. */
  public static long hash(String stem) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < stem.length(); i++) {
      h ^= stem.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /**
   * The hashes of every run of {@code n} consecutive words, in text order; a text shorter than
   * {@code n} words gives one hash of all its words, and no words give none.
   */
  public static long[] shingles(String[] stems, int n) {
    long[] words = new long[stems.length];
    for (int i = 0; i < stems.length; i++) {
      words[i] = hash(stems[i]);
    }
    return shingles(words, 0, words.length, n);
  }

  /**
   * {@link #shingles(String[], int)} of words given by their {@link #hash}es: what an index that
   * stored a text's word hashes gives back without stemming the text again.
   */
  public static long[] shingles(long[] words, int n) {
    return shingles(words, 0, words.length, n);
  }

  /** {@link #shingles(String[], int)} of the words {@code [from, to)} given by their hashes. */
  private static long[] shingles(long[] words, int from, int to, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n < 1: " + n);
    }
    int size = to - from;
    if (size <= 0) {
      return new long[0];
    }
    int count = Math.max(1, size - n + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9e3779b97f4a7c15L;
      for (int k = from + i; k < Math.min(from + i + n, to); k++) {
        h = mix(h * 31 + words[k]);
      }
      out[i] = h;
    }
    return out;
  }

  /**
   * Winnowing (Schleimer, Wilkerson and Aiken, 2003): the rightmost minimum of every window of
   * {@code w} consecutive hashes, each position taken once, in text order. Two texts that share a
   * run of at least {@code w} hashes share at least one selected hash, whatever surrounds the run;
   * about {@code 2/(w+1)} of the hashes are kept.
   */
  public static long[] winnow(long[] hashes, int w) {
    if (w < 1) {
      throw new IllegalArgumentException("w < 1: " + w);
    }
    if (hashes.length <= w) {
      return hashes.length == 0 ? hashes : new long[] {min(hashes, 0, hashes.length)};
    }
    long[] out = new long[hashes.length];
    int n = 0;
    int last = -1;
    for (int start = 0; start + w <= hashes.length; start++) {
      int best = start;
      for (int i = start + 1; i < start + w; i++) {
        if (Long.compareUnsigned(hashes[i], hashes[best]) <= 0) {
          best = i;
        }
      }
      if (best != last) {
        out[n++] = hashes[best];
        last = best;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long min(long[] a, int from, int to) {
    long m = a[from];
    for (int i = from + 1; i < to; i++) {
      if (Long.compareUnsigned(a[i], m) < 0) {
        m = a[i];
      }
    }
    return m;
  }

  /** The distinct values of {@code hashes}, sorted (as signed longs). */
  public static long[] distinct(long[] hashes) {
    long[] s = hashes.clone();
    Arrays.sort(s);
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      if (n == 0 || s[i] != s[n - 1]) {
        s[n++] = s[i];
      }
    }
    return n == s.length ? s : Arrays.copyOf(s, n);
  }

  // The finaliser of SplitMix64: every input bit reaches every output bit.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
