package org.quotetrace.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Edit;
import org.quotetrace.trace.Fingerprints;
import org.quotetrace.trace.Wording;

/**
 * Groups every quote in the index with its variants: the same statement, differently worded.
 *
 * <p>After MemeTracker (Leskovec, Backstrom and Kleinberg, 2009): a quote that is largely
 * contained in a longer one (a trimmed, edited or copied version of it) points to that longer
 * one, which becomes its parent; every quote keeps at most one parent, so the quotes form trees,
 * and each tree, with its one root, is a cluster. The root is the fullest wording: when the
 * corpus holds the transcript, the speaker's turn. Containment is measured on winnowed word-trigram
 * hashes stored with each quote at indexing time, so grouping reads text only to compare the
 * names and figures of a candidate that holds less than {@link #CONFLICT_CONTAINMENT} of a quote;
 * trigrams shared by very many quotes ("we are", "going to") say nothing about a statement and are
 * not used to find candidates. A parent is never published after its quote.
 */
public final class Variants {
  /** A quote points to a longer one only if at least this share of its trigrams is there too. */
  static final double CONTAINMENT = 0.5;
  /**
   * ... or this share when the two are said to be by different people: the same stock phrase in
   * two mouths is two statements, while a quote credited to the wrong person is still, nearly
   * word for word, the other's.
   */
  static final double OTHER_SPEAKER_CONTAINMENT = 0.9;
  /**
   * A candidate whose wording puts another name or figure where the quote has one (see
   * {@link Wording#conflicts}) is a parent only if it holds at least this share: then the rest is
   * near word for word, and the quote misreports a figure of that statement rather than being
   * another statement in the same stock words.
   */
  static final double CONFLICT_CONTAINMENT = 0.8;
  /** How many candidates' wordings are read, best first, before only trusted ones are taken. */
  static final int WORDINGS_READ = 6;
  /** ... and at least this many of them (but see {@link #sharedNeeded}). */
  static final int MIN_SHARED = 2;
  /** A trigram hash held by more quotes than this is common phrasing, not a statement's. */
  static final int MAX_POSTINGS = 500;
  /** A quote with fewer rare trigrams than this also looks for candidates by common ones... */
  static final int RARE_ENOUGH = 1;
  /** ... the rarest this many of them ... */
  static final int COMMON_KEPT = 2;
  /** ... each held by at most this many quotes (beyond it, a phrase like "we are going to"). */
  static final int MAX_COMMON_POSTINGS = 5_000;

  private final CorpusIndex index;

  public Variants(CorpusIndex index) {
    this.index = index;
  }

  /**
   * Every quote of the index grouped: read back when the grouping of this very commit was saved
   * in the index folder, else done here and saved for the next time.
   */
  public Clustering cluster() throws IOException {
    long t0 = System.nanoTime();
    CorpusIndex.Commit commit = index.commit();
    Optional<SavedGrouping.Grouping> saved = SavedGrouping.read(index.folder(), commit);
    int[] root = saved.isPresent() ? roots(saved.get().parent()) : null;
    if (root != null) {
      SavedGrouping.Grouping g = saved.get();
      return new Clustering(index, g.doc().length, g.doc(), g.time(), g.parent(), root,
          (System.nanoTime() - t0) / 1_000_000, true, Optional.empty());
    }
    return group(t0, commit);
  }

  /** Every quote of the index grouped afresh, whatever was saved (and then saved). */
  public Clustering regroup() throws IOException {
    return group(System.nanoTime(), index.commit());
  }

  private Clustering group(long t0, CorpusIndex.Commit commit) throws IOException {
    Loaded q = load();
    int n = q.size;
    int[] parent = new int[n];
    Arrays.fill(parent, -1);
    if (n > 0) {
      Postings postings = Postings.build(q, false);
      Postings bySpeaker = Postings.build(q, true);
      int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "quotetrace-variants");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> parts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
          final int part = k;
          parts.add(pool.submit(() -> {
            parents(q, postings, bySpeaker, parent, part, threads, new Texts(index, q));
            return null;
          }));
        }
        for (Future<?> f : parts) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while grouping variants", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof java.io.UncheckedIOException u) {
          throw u.getCause();
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    int[] root = roots(parent);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Optional<String> notSaved = Optional.empty();
    try {
      SavedGrouping.write(index.folder(), commit, n,
          new SavedGrouping.Grouping(q.doc, q.time, parent));
    } catch (IOException e) {
      notSaved = Optional.of(IndexFolder.reason(e));
    }
    return new Clustering(index, n, q.doc, q.time, parent, root, millis, false, notSaved);
  }

  // Chooses the parent of every quote whose position is in this thread's share.
  static void parents(Loaded q, Postings p, Postings bySpeaker, int[] parent, int part,
      int parts, IntFunction<String> texts) {
    parents(q, p, bySpeaker, parent, part, parts, texts, true);
  }

  /**
   * As {@link #parents(Loaded, Postings, Postings, int[], int, int, IntFunction)}; with {@code
   * prefix} false every run a quote counts in is read, which gives the same parents (the
   * definition the prefix is tested against).
   */
  static void parents(Loaded q, Postings p, Postings bySpeaker, int[] parent, int part,
      int parts, IntFunction<String> texts, boolean prefix) {
    int[] shared = new int[q.size];
    int[] touched = new int[1024];
    Choice choice = new Choice();
    int[] frequent = new int[COMMON_KEPT];
    // The runs one quote counts in: which postings, the key's place there, and the run's length.
    Postings[] slotRun = new Postings[64];
    int[] slotKey = new int[64];
    int[] slotLen = new int[64];
    long[] byLength = new long[64];
    for (int i = part; i < q.size; i += parts) {
      int from = q.fpStart[i];
      int to = q.fpStart[i + 1];
      int own = to - from;
      // A transcript turn is what was said, never a reproduction of a quote: it is a root.
      if (own == 0 || q.turn[i]) {
        continue;
      }
      long speaker = q.speaker[i];
      int rare = 0;
      int nc = 0;
      // Trigrams counted only among the speaker's own quotes, and trigrams not counted at all:
      // what a candidate may share beyond its count, to skip those that cannot be a parent.
      int ownOnly = 0;
      int uncounted = 0;
      int slots = 0;
      if (own > slotRun.length) {
        slotRun = new Postings[own];
        slotKey = new int[own];
        slotLen = new int[own];
        byLength = new long[own];
      }
      for (int k = from; k < to; k++) {
        int h = p.find(q.fps[k]);
        if (h < 0) {
          continue;
        }
        Postings run = p;
        int len = p.start[h + 1] - p.start[h];
        if (len > MAX_POSTINGS) {
          if (len <= MAX_COMMON_POSTINGS) {
            // Keep the rarest few of the common ones, in case nothing else finds a candidate.
            nc = keepRarest(p, frequent, nc, h);
          }
          // A trigram common in the corpus may still be rare in one person's mouth: a speaker's
          // own stock sentence, said in many interviews, is found among that speaker's quotes.
          h = speaker == 0 ? -1 : bySpeaker.find(Postings.bySpeaker(q.fps[k], speaker));
          if (h < 0 || bySpeaker.start[h + 1] - bySpeaker.start[h] > MAX_POSTINGS) {
            uncounted++;
            continue;
          }
          run = bySpeaker;
          len = bySpeaker.start[h + 1] - bySpeaker.start[h];
          ownOnly++;
        } else {
          rare++;
        }
        slotRun[slots] = run;
        slotKey[slots] = h;
        slotLen[slots] = len;
        slots++;
      }
      int skipped = prefix ? skipLongest(slotRun, slotLen, slots, p, byLength,
          Prefix.skips(own, uncounted), Prefix.rareSkips(own, uncounted, ownOnly)) : 0;
      int nt = 0;
      for (int s = 0; s < slots; s++) {
        Postings run = slotRun[s];
        if (run == null) {
          continue; // skipped
        }
        int h = slotKey[s];
        for (int m = run.start[h]; m < run.start[h + 1]; m++) {
          int c = run.members[m];
          if (c == i || !q.mayParent(c, i)) {
            continue;
          }
          if (shared[c]++ == 0) {
            if (nt == touched.length) {
              touched = Arrays.copyOf(touched, nt * 2);
            }
            touched[nt++] = c;
          }
        }
      }
      // A quote without a speaker and made only of common phrasing has no candidate yet: its
      // source is then found among the quotes holding its two rarest common trigrams. Posting
      // runs are sorted by quote, so this is a merge of two runs, read in order, rather than a
      // count over every quote they hold.
      if (speaker == 0 && rare < RARE_ENOUGH && nc >= 2) {
        for (int a = 0; a < nc; a++) {
          for (int b = a + 1; b < nc; b++) {
            int x = p.start[frequent[a]];
            int xe = p.start[frequent[a] + 1];
            int y = p.start[frequent[b]];
            int ye = p.start[frequent[b] + 1];
            while (x < xe && y < ye) {
              int cx = p.members[x];
              int cy = p.members[y];
              if (cx < cy) {
                x++;
              } else if (cy < cx) {
                y++;
              } else {
                if (cx != i && shared[cx] == 0 && q.mayParent(cx, i)) {
                  // Its two shared trigrams are among the uncounted ones, so the bound holds.
                  shared[cx] = 1;
                  if (nt == touched.length) {
                    touched = Arrays.copyOf(touched, nt * 2);
                  }
                  touched[nt++] = cx;
                }
                x++;
                y++;
              }
            }
          }
        }
      }
      // The counts found the candidates; containment is then measured on all trigrams, common
      // ones included, so that a quote made mostly of stock phrasing can still belong. A
      // candidate whose count plus every trigram it was not counted on falls short is skipped
      // unmeasured: most candidates share one trigram and nothing else.
      int need = sharedNeeded(own);
      choice.clear();
      for (int t = 0; t < nt; t++) {
        int c = touched[t];
        // A skipped run might have counted each candidate once more.
        int counted = shared[c] + skipped;
        shared[c] = 0;
        boolean otherSpeaker = speaker != 0 && q.speaker[c] != 0 && q.speaker[c] != speaker;
        double threshold = otherSpeaker ? OTHER_SPEAKER_CONTAINMENT : CONTAINMENT;
        int most = counted + uncounted + (q.speaker[c] != speaker ? ownOnly : 0);
        if (most < need || most < threshold * own) {
          continue;
        }
        double cover = cover(q, i, c);
        if (cover >= 0) {
          choice.add(c, cover);
        }
      }
      parent[i] = choice.best(q, i, texts);
    }
  }

  /**
   * Marks the runs a quote leaves unread (their {@code slotRun} set to null): runs of the quote
   * alone, which find nothing, and then its longest runs, at most {@code skips} of them and at
   * most {@code rareSkips} of its rare trigrams' own (a run of the corpus-wide postings {@code
   * p}), as {@link Prefix} allows. Returns how many runs that could find a candidate were left.
   */
  private static int skipLongest(Postings[] slotRun, int[] slotLen, int slots, Postings p,
      long[] byLength, int skips, int rareSkips) {
    int live = 0;
    for (int s = 0; s < slots; s++) {
      if (slotLen[s] <= 1) {
        slotRun[s] = null;
      } else if (skips > 0) {
        byLength[live++] = (long) slotLen[s] << 32 | s;
      }
    }
    if (live == 0) {
      return 0;
    }
    return Prefix.leaveLongest(byLength, live, s -> slotRun[s] == p, skips, rareSkips,
        s -> slotRun[s] = null);
  }

  /**
   * The share of quote {@code i}'s trigrams that {@code c} holds, when that is enough for {@code c}
   * to be its parent (by {@link #CONTAINMENT}, or {@link #OTHER_SPEAKER_CONTAINMENT} for another
   * speaker's); else -1.
   */
  static double cover(Loaded q, int i, int c) {
    int from = q.fpStart[i];
    int own = q.fpStart[i + 1] - from;
    boolean otherSpeaker = q.speaker[i] != 0 && q.speaker[c] != 0 && q.speaker[c] != q.speaker[i];
    double threshold = otherSpeaker ? OTHER_SPEAKER_CONTAINMENT : CONTAINMENT;
    int s = common(q.fps, from, q.fpStart[i + 1], q.fpStart[c], q.fpStart[c + 1]);
    double cover = (double) s / own;
    return s < sharedNeeded(own) || cover < threshold ? -1 : cover;
  }

  /**
   * Prefix filtering, as in set-similarity joins: a quote need not read every run it counts in,
   * only enough of them that every candidate {@link #cover} could accept shares one it reads. The
   * rule is not a pure overlap threshold on the runs read, so the bound is taken from what cover
   * demands of all trigrams, less what a parent may hold where nothing counts it:
   *
   * <ul>
   *   <li>any parent holds at least {@link #leastShared} of the quote's {@code own} trigrams at
   *       {@link #CONTAINMENT} (another speaker's needs more, {@link #OTHER_SPEAKER_CONTAINMENT});
   *   <li>of those, at most {@code uncounted} are trigrams no run counts (common ones, not rare in
   *       the speaker's mouth either); each other one it holds puts it in that trigram's run;
   *   <li>a parent said by the quote's own speaker is in the speaker's run of each own-only
   *       trigram it holds, so it is in at least {@code leastShared - uncounted} of the quote's
   *       runs, and the quote may leave {@link #skips} fewer than that unread;
   *   <li>a parent of another speaker, or of none, is in no speaker run of the quote's: it is in
   *       at least {@code leastShared - uncounted - ownOnly} of the runs of its rare trigrams, and
   *       the quote may leave {@link #rareSkips} fewer than that of those unread.
   * </ul>
   *
   * When the bound is one run or none, every run is read: a candidate sharing a single run is
   * still found, as without the prefix. Which runs are left does not matter for the result, only
   * how many: the quote leaves its longest. A run of the quote alone finds nothing and is never
   * read. A candidate is then measured as before, on all its trigrams, so the parents are the
   * same; its count may miss one for each run left unread, which the bound that skips candidates
   * unmeasured adds back.
   */
  static final class Prefix {
    private Prefix() {}

    /** How many of a quote's runs it may leave unread. */
    static int skips(int own, int uncounted) {
      return Math.max(0, leastShared(own) - uncounted - 1);
    }

    /** ... of which at most this many runs of its rare trigrams. */
    static int rareSkips(int own, int uncounted, int ownOnly) {
      return Math.max(0, leastShared(own) - uncounted - ownOnly - 1);
    }

    /**
     * Chooses the runs a quote leaves unread, longest first: {@code byLength} holds {@code live}
     * runs, each as its length {@code << 32 | } its slot (sorted here); at most {@code skips} are
     * left, and at most {@code rareSkips} of those for which {@code rare} holds. Gives each slot
     * chosen to {@code unread}; returns how many. Local grouping and the Spark job both choose by
     * this, so that they read the same runs.
     */
    static int leaveLongest(long[] byLength, int live, IntPredicate rare, int skips, int rareSkips,
        IntConsumer unread) {
      Arrays.sort(byLength, 0, live);
      int skipped = 0;
      int rareSkipped = 0;
      for (int j = live - 1; j >= 0 && skipped < skips; j--) {
        int s = (int) byLength[j];
        boolean isRare = rare.test(s);
        if (isRare && rareSkipped == rareSkips) {
          continue;
        }
        unread.accept(s);
        skipped++;
        if (isRare) {
          rareSkipped++;
        }
      }
      return skipped;
    }

    /**
     * The fewest of {@code own} trigrams a parent can hold: {@link #cover}'s test at {@link
     * #CONTAINMENT}, in the same arithmetic.
     */
    static int leastShared(int own) {
      for (int s = sharedNeeded(own); s <= own; s++) {
        if ((double) s / own >= CONTAINMENT) {
          return s;
        }
      }
      return own + 1;
    }
  }

  /** The candidates that hold enough of one quote, and the choice among them. */
  static final class Choice {
    private int[] cand = new int[16];
    private double[] cover = new double[16];
    private int n;

    void clear() {
      n = 0;
    }

    void add(int c, double share) {
      if (n == cand.length) {
        cand = Arrays.copyOf(cand, n * 2);
        cover = Arrays.copyOf(cover, n * 2);
      }
      cand[n] = c;
      cover[n] = share;
      n++;
    }

    /**
     * The best parent of quote {@code i} that does not put another name or figure in its frame
     * (or holds so much of it that the quote is that statement, misquoted); -1 when none. Most
     * quotes take their first choice: only one held below {@link #CONFLICT_CONTAINMENT} has its
     * wording read, and no more than {@link #WORDINGS_READ} are read for one quote.
     */
    int best(Loaded q, int i, IntFunction<String> texts) {
      int read = 0;
      Wording.Figures mine = null;
      while (n > 0) {
        int b = 0;
        for (int k = 1; k < n; k++) {
          if (q.betterParent(i, cand[k], cover[k], cand[b], cover[b])) {
            b = k;
          }
        }
        int c = cand[b];
        if (cover[b] >= CONFLICT_CONTAINMENT) {
          return c;
        }
        if (read < WORDINGS_READ) {
          read++;
          if (mine == null) {
            mine = Wording.Figures.of(texts.apply(i));
          }
          // A quote with no name or figure between two words cannot conflict: its candidates'
          // wordings need not be read.
          if (!mine.framed() || mine.conflictsWith(Wording.Figures.of(texts.apply(c))) == 0) {
            return c;
          }
        }
        n--;
        cand[b] = cand[n];
        cover[b] = cover[n];
      }
      return -1;
    }
  }

  /** Quote texts read from the index, for one thread. */
  private static final class Texts implements IntFunction<String> {
    private static final java.util.Set<String> FIELDS = java.util.Set.of(Schema.QTEXT);
    private final StoredFields stored;
    private final Loaded q;

    Texts(CorpusIndex index, Loaded q) throws IOException {
      this.stored = index.reader().storedFields();
      this.q = q;
    }

    @Override
    public String apply(int pos) {
      try {
        String t = stored.document(q.doc[pos], FIELDS).get(Schema.QTEXT);
        return t == null ? "" : t;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  // Adds posting run h to the rarest-first list of at most COMMON_KEPT runs; returns its length.
  private static int keepRarest(Postings p, int[] kept, int n, int h) {
    int len = p.start[h + 1] - p.start[h];
    int at = n;
    while (at > 0 && p.start[kept[at - 1] + 1] - p.start[kept[at - 1]] > len) {
      at--;
    }
    if (at >= kept.length) {
      return n;
    }
    int last = Math.min(n, kept.length - 1);
    System.arraycopy(kept, at, kept, at + 1, last - at);
    kept[at] = h;
    return Math.min(n + 1, kept.length);
  }

  // How many values two sorted runs of one array share.
  private static int common(int[] a, int aFrom, int aTo, int bFrom, int bTo) {
    int n = 0;
    int i = aFrom;
    int j = bFrom;
    while (i < aTo && j < bTo) {
      if (a[i] == a[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < a[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  // A two-word quote has one trigram: all of it must be there, which says little, but it is all
  // there is. Longer quotes need two shared trigrams, so one common phrase does not make a variant.
  static int sharedNeeded(int own) {
    return Math.min(MIN_SHARED, own);
  }

  // Each quote's root; null when following parents goes round in a circle, which grouping never
  // makes but a saved file that passed its checksum by chance could hold.
  private static int[] roots(int[] parent) {
    int[] root = new int[parent.length];
    Arrays.fill(root, -1);
    int[] path = new int[16];
    for (int i = 0; i < parent.length; i++) {
      int len = 0;
      int x = i;
      while (root[x] < 0 && parent[x] >= 0) {
        if (len == parent.length) {
          return null;
        }
        if (len == path.length) {
          path = Arrays.copyOf(path, len * 2);
        }
        path[len++] = x;
        x = parent[x];
      }
      int r = root[x] >= 0 ? root[x] : x;
      root[x] = r;
      for (int k = 0; k < len; k++) {
        root[path[k]] = r;
      }
    }
    return root;
  }

  private Loaded load() throws IOException {
    List<LeafReaderContext> leaves = index.reader().leaves();
    int max = 0;
    for (LeafReaderContext leaf : leaves) {
      max += leaf.reader().maxDoc();
    }
    Loaded q = new Loaded(Math.max(16, max / 2));
    for (LeafReaderContext leaf : leaves) {
      LeafReader r = leaf.reader();
      NumericDocValues words = r.getNumericDocValues(Schema.QWORDS);
      if (words == null) {
        continue;
      }
      BinaryDocValues fps = r.getBinaryDocValues(Schema.QFP);
      NumericDocValues published = r.getNumericDocValues(Schema.PUBLISHED);
      NumericDocValues speakers = r.getNumericDocValues(Schema.QSPEAKER);
      NumericDocValues turns = r.getNumericDocValues(Schema.TURN);
      Bits live = r.getLiveDocs();
      for (int d = words.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = words.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        int[] fp = fps != null && fps.advanceExact(d) ? Schema.unpackInts(fps.binaryValue()) : new int[0];
        long time = published != null && published.advanceExact(d) ? published.longValue() : Long.MAX_VALUE;
        long speaker = speakers != null && speakers.advanceExact(d) ? speakers.longValue() : 0;
        boolean turn = turns != null && turns.advanceExact(d);
        q.add(leaf.docBase + d, (int) words.longValue(), time, speaker, turn, fp);
      }
    }
    q.fpStart[q.size] = q.fpCount;
    q.trim();
    return q;
  }

  /** The quotes as arrays: the Lucene doc, length in words, time, and trigram hashes (flat). */
  static final class Loaded {
    int size;
    int[] doc;
    int[] words;
    long[] time;
    long[] speaker;
    boolean[] turn;
    int[] fpStart;
    int[] fps = new int[1024];
    int fpCount;

    Loaded(int capacity) {
      doc = new int[capacity];
      words = new int[capacity];
      time = new long[capacity];
      speaker = new long[capacity];
      turn = new boolean[capacity];
      fpStart = new int[capacity + 1];
    }

    /**
     * Drops the room left by growing: what grouping holds while it builds its postings is then
     * the quotes themselves (copied now, while nothing else of grouping's is held).
     */
    void trim() {
      resize(size);
      fps = Arrays.copyOf(fps, fpCount);
    }

    /** Room for {@code capacity} quotes in every per-quote array. */
    private void resize(int capacity) {
      doc = Arrays.copyOf(doc, capacity);
      words = Arrays.copyOf(words, capacity);
      time = Arrays.copyOf(time, capacity);
      speaker = Arrays.copyOf(speaker, capacity);
      turn = Arrays.copyOf(turn, capacity);
      fpStart = Arrays.copyOf(fpStart, capacity + 1);
    }

    void add(int luceneDoc, int w, long t, long who, boolean utterance, int[] fp) {
      if (size + 1 >= doc.length) {
        resize(Math.max(16, doc.length * 2));
      }
      if (fpCount + fp.length > fps.length) {
        fps = Arrays.copyOf(fps, Math.max(fps.length * 2, fpCount + fp.length));
      }
      doc[size] = luceneDoc;
      words[size] = w;
      time[size] = t;
      speaker[size] = who;
      turn[size] = utterance;
      fpStart[size] = fpCount;
      System.arraycopy(fp, 0, fps, fpCount, fp.length);
      fpCount += fp.length;
      size++;
    }

    /**
     * Whether {@code c}, holding {@code cover} of quote {@code i}, makes a better parent for it
     * than {@code best}: one said by the same person (the same words from two people are two
     * statements), then one holding more of it, then a transcript turn (the utterance itself)
     * over another quotation of it, then the latest published no later than it (news quotes what
     * was just said), then the fuller.
     */
    boolean betterParent(int i, int c, double cover, int best, double bestCover) {
      boolean sameC = speaker[i] != 0 && speaker[c] == speaker[i];
      boolean sameB = speaker[i] != 0 && speaker[best] == speaker[i];
      if (sameC != sameB) {
        return sameC;
      }
      if (cover != bestCover) {
        return cover > bestCover;
      }
      if (turn[c] != turn[best]) {
        return turn[c];
      }
      boolean earlierC = time[c] <= time[i];
      boolean earlierB = time[best] <= time[i];
      if (earlierC != earlierB) {
        return earlierC;
      }
      if (earlierC && time[c] != time[best]) {
        return time[c] > time[best];
      }
      return before(c, best);
    }

    /**
     * Whether {@code c} may be the parent of {@code i}. Not when it was published after it, both
     * times known: words are reported after they are said, and a copy follows its original (as
     * {@code sources} takes only earlier documents). Then a transcript turn always (it has no
     * parent of its own, so no circle can form through it; a quote that carries on into the next
     * speaker's words, or stitches two answers, is longer than the turn it comes from), any other
     * quote only when it comes {@link #before} it.
     */
    boolean mayParent(int c, int i) {
      // An unknown time is Long.MAX_VALUE: with either time unknown, time rules nothing out.
      if (time[c] > time[i] && time[c] != Long.MAX_VALUE) {
        return false;
      }
      return turn[c] || before(c, i);
    }

    /**
     * The order parents are chosen in: a longer quote first, then an earlier one, then the first
     * indexed. Strict and total, so following parents always ends at a root.
     */
    boolean before(int a, int b) {
      if (words[a] != words[b]) {
        return words[a] > words[b];
      }
      if (time[a] != time[b]) {
        return time[a] < time[b];
      }
      return a < b;
    }
  }

  /** Which quotes hold each hash: sorted distinct hashes, and for each its run of quotes. */
  static final class Postings {
    final int[] hashes;
    final int[] start;
    final int[] members;

    private Postings(int[] hashes, int[] start, int[] members) {
      this.hashes = hashes;
      this.start = start;
      this.members = members;
    }

    /**
     * The quotes of each hash, or with {@code bySpeaker} of each hash said by each speaker (the
     * key {@link #bySpeaker(int, long)}; quotes without a speaker are left out).
     */
    static Postings build(Loaded q, boolean bySpeaker) {
      // Sorted by key, then quote, one range of keys at a time: only a range's pairs are held
      // for sorting (a sixteenth, where sorting them all at once needed two arrays of eight bytes
      // a pair, the largest part of grouping's heap), and the ranges follow each other in key
      // order, so the result is the one a single sort gives.
      int[] perPart = new int[PARTS];
      // Each key's range, a byte a key: the passes below look at it, and mix the key only for
      // the sixteenth they gather.
      byte[] partOf = new byte[q.fpCount];
      int count = 0;
      for (int i = 0; i < q.size; i++) {
        if (bySpeaker && q.speaker[i] == 0) {
          continue;
        }
        for (int f = q.fpStart[i]; f < q.fpStart[i + 1]; f++) {
          int part = part(key(q, i, f, bySpeaker));
          partOf[f] = (byte) part;
          perPart[part]++;
          count++;
        }
      }
      // Each range is gathered and sorted twice: first to count its distinct keys, then to write
      // them, so that every array is made once at its size (growing them, or keeping each range's
      // keys to join at the end, held twice the memory for a moment). One buffer, the size of the
      // largest range, serves every range.
      int largest = 0;
      for (int c : perPart) {
        largest = Math.max(largest, c);
      }
      long[] pairs = new long[largest];
      int[] distinctIn = new int[PARTS];
      for (int part = 0; part < PARTS; part++) {
        int k = gather(q, bySpeaker, partOf, part, perPart[part], pairs);
        int n = 0;
        for (int j = 0; j < k; j++) {
          if (j == 0 || pairs[j] >> 32 != pairs[j - 1] >> 32) {
            n++;
          }
        }
        distinctIn[part] = n;
      }
      int[] memberAt = new int[PARTS];
      int[] hashAt = new int[PARTS];
      int distinct = 0;
      for (int part = 0, at = 0; part < PARTS; part++) {
        memberAt[part] = at;
        hashAt[part] = distinct;
        at += perPart[part];
        distinct += distinctIn[part];
      }
      int[] members = new int[count];
      int[] hashes = new int[distinct];
      int[] start = new int[distinct + 1];
      for (int part = 0; part < PARTS; part++) {
        int k = gather(q, bySpeaker, partOf, part, perPart[part], pairs);
        int h = hashAt[part];
        int at = memberAt[part];
        for (int j = 0; j < k; j++) {
          if (j == 0 || pairs[j] >> 32 != pairs[j - 1] >> 32) {
            hashes[h] = (int) (pairs[j] >> 32);
            start[h++] = at;
          }
          members[at++] = (int) pairs[j];
        }
      }
      start[distinct] = count;
      return new Postings(hashes, start, members);
    }

    /** The sorted (key, quote) pairs of one range of keys, into {@code pairs}; how many. */
    private static int gather(Loaded q, boolean bySpeaker, byte[] partOf, int part, int expected,
        long[] pairs) {
      int k = 0;
      for (int i = 0; i < q.size && k < expected; i++) {
        if (bySpeaker && q.speaker[i] == 0) {
          continue;
        }
        for (int f = q.fpStart[i]; f < q.fpStart[i + 1]; f++) {
          if (partOf[f] == part) {
            pairs[k++] = (long) key(q, i, f, bySpeaker) << 32 | i;
          }
        }
      }
      Arrays.sort(pairs, 0, k);
      return k;
    }

    private static int key(Loaded q, int i, int f, boolean bySpeaker) {
      return bySpeaker ? bySpeaker(q.fps[f], q.speaker[i]) : q.fps[f];
    }

    /** How many ranges of keys {@link #build} sorts one at a time. */
    private static final int PART_BITS = 4;
    private static final int PARTS = 1 << PART_BITS;

    /** The range of a key: its top bits, with the sign flipped so that ranges follow int order. */
    static int part(int key) {
      return (key >>> (32 - PART_BITS)) ^ (PARTS >> 1);
    }

    /**
     * A trigram hash mixed with a speaker key (a Stafford/MurmurHash3 finaliser). Two pairs may
     * share a key: that only adds a candidate, which containment then turns down.
     */
    static int bySpeaker(int hash, long speaker) {
      long z = speaker * 0x9E3779B97F4A7C15L + hash;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return (int) (z ^ (z >>> 31));
    }

    int find(int hash) {
      int i = Arrays.binarySearch(hashes, hash);
      return i < 0 ? -1 : i;
    }
  }

  /** One quote of a cluster, read back from the index. */
  public record Member(StoredQuote quote, int parent, List<Edit> changes) {}

  /**
   * A group of variants: its root (the fullest wording), the members in order of publication, and
   * for each member what changed from its parent.
   */
  public record Cluster(int size, Member root, List<Member> members, Optional<String> speaker,
      Member earliest, Map<String, Integer> outlets) {}

  /** The result of {@link #cluster()}. */
  public static final class Clustering {
    private final CorpusIndex index;
    /** What is shown of the quotes: how many, their Lucene docs and publication times. */
    private final Shown q;
    private final int[] parent;
    private final int[] root;
    private final long millis;
    private final boolean reused;
    private final Optional<String> notSaved;
    private final int[] size;

    private record Shown(int size, int[] doc, long[] time) {}

    Clustering(CorpusIndex index, int quotes, int[] doc, long[] time, int[] parent, int[] root,
        long millis, boolean reused, Optional<String> notSaved) {
      this.index = index;
      this.q = new Shown(quotes, doc, time);
      this.parent = parent;
      this.root = root;
      this.millis = millis;
      this.reused = reused;
      this.notSaved = notSaved;
      this.size = new int[quotes];
      for (int i = 0; i < quotes; i++) {
        size[root[i]]++;
      }
    }

    /** Whether the grouping was read back from the index folder rather than done now. */
    public boolean reused() {
      return reused;
    }

    /** Why the grouping could not be saved for next time, when it could not. */
    public Optional<String> notSaved() {
      return notSaved;
    }

    /** How many quotes were grouped. */
    public int quotes() {
      return q.size();
    }

    /** How many groups there are, single quotes included. */
    public int clusters() {
      int c = 0;
      for (int i = 0; i < q.size(); i++) {
        if (root[i] == i) {
          c++;
        }
      }
      return c;
    }

    /** Milliseconds spent grouping (reading the index included), or reading the saved grouping. */
    public long millis() {
      return millis;
    }

    /** For each quote, its cluster's number (the root's position): for scoring against labels. */
    public void forEach(Assignment sink) throws IOException {
      StoredFields stored = index.searcher().storedFields();
      for (int i = 0; i < q.size(); i++) {
        var d = stored.document(q.doc()[i], java.util.Set.of(Schema.OWNER, Schema.QSTART, Schema.QEND));
        sink.accept(d.get(Schema.OWNER), d.getField(Schema.QSTART).numericValue().intValue(),
            d.getField(Schema.QEND).numericValue().intValue(), root[i]);
      }
    }

    /** Receives one quote's cluster. */
    public interface Assignment {
      void accept(String document, int start, int end, int cluster);
    }

    /** The {@code limit} largest clusters of two or more quotes, largest first. */
    public List<Cluster> largest(int limit) throws IOException {
      Integer[] roots = java.util.stream.IntStream.range(0, q.size())
          .filter(i -> root[i] == i && size[i] > 1).boxed().toArray(Integer[]::new);
      Arrays.sort(roots, Comparator.<Integer>comparingInt(r -> -size[r])
          .thenComparingLong(r -> q.time()[r]).thenComparingInt(r -> r));
      List<Cluster> out = new ArrayList<>();
      for (int k = 0; k < Math.min(limit, roots.length); k++) {
        out.add(cluster(roots[k]));
      }
      return out;
    }

    /**
     * The cluster of the indexed quote that best matches {@code text}, found by its words and then
     * compared by trigrams; empty when no quote shares enough of it.
     */
    public Optional<Cluster> of(String text) throws IOException {
      QuoteSearch search = new QuoteSearch(index);
      QuoteSearch.Result r = search.search(
          new QuoteSearch.Criteria(null, text, null, null, null, true, 50));
      if (r.hits().isEmpty()) {
        r = search.searchAnyWords(text, 50);
      }
      // Compared on every trigram, not the winnowed few: the text may be a few words only.
      long[] mine = trigrams(text);
      int bestDoc = -1;
      double best = 0;
      for (QuoteSearch.Hit h : r.hits()) {
        int i = position(h.luceneDoc);
        if (i < 0) {
          continue;
        }
        double sim = overlap(mine, trigrams(h.quote().text()));
        if (sim > best) {
          best = sim;
          bestDoc = i;
        }
      }
      return best < CONTAINMENT ? Optional.empty() : Optional.of(cluster(root[bestDoc]));
    }

    private static long[] trigrams(String text) {
      return Fingerprints.distinct(Fingerprints.shingles(
          Fingerprints.stems(text, 0, text.length()), Schema.QUOTE_GRAM));
    }

    // Shared hashes over the smaller set: a trimmed text matches its fuller form fully.
    private static double overlap(long[] a, long[] b) {
      if (a.length == 0 || b.length == 0) {
        return 0;
      }
      int i = 0;
      int j = 0;
      int s = 0;
      while (i < a.length && j < b.length) {
        if (a[i] == b[j]) {
          s++;
          i++;
          j++;
        } else if (a[i] < b[j]) {
          i++;
        } else {
          j++;
        }
      }
      return (double) s / Math.min(a.length, b.length);
    }

    private int position(int luceneDoc) {
      // q.doc() is ascending: quotes were loaded leaf by leaf, doc by doc.
      int i = Arrays.binarySearch(q.doc(), 0, q.size(), luceneDoc);
      return i < 0 ? -1 : i;
    }

    private Cluster cluster(int r) throws IOException {
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < q.size(); i++) {
        if (root[i] == r) {
          ids.add(i);
        }
      }
      ids.sort(Comparator.<Integer>comparingLong(i -> q.time()[i]).thenComparingInt(i -> i));
      StoredFields stored = index.searcher().storedFields();
      Map<Integer, String> texts = new java.util.HashMap<>();
      for (int i : ids) {
        texts.put(i, stored.document(q.doc()[i]).get(Schema.QTEXT));
      }
      Map<Integer, Integer> at = new java.util.HashMap<>();
      for (int k = 0; k < ids.size(); k++) {
        at.put(ids.get(k), k);
      }
      List<Member> members = new ArrayList<>();
      Map<String, CorpusIndex.Owner> owners = new java.util.HashMap<>();
      Map<String, Integer> outlets = new LinkedHashMap<>();
      Map<String, Integer> speakers = new LinkedHashMap<>();
      Member rootMember = null;
      for (int i : ids) {
        var d = stored.document(q.doc()[i]);
        int p = parent[i];
        List<Edit> changes = p < 0 ? List.of() : Wording.changes(texts.get(p), texts.get(i));
        CorpusIndex.Owner owner = index.owner(d.get(Schema.OWNER), owners);
        Member m = new Member(StoredQuote.of(d, owner, texts.get(i)), p < 0 ? -1 : at.get(p),
            changes);
        members.add(m);
        m.quote().outlet().ifPresent(o -> outlets.merge(o, 1, Integer::sum));
        m.quote().speaker().ifPresent(s -> speakers.merge(s, m.quote().turn() ? 3 : 1,
            Integer::sum));
        if (i == r) {
          rootMember = m;
        }
      }
      // A transcript's label names the speaker more surely than a reporter's attribution.
      Optional<String> speaker = speakers.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()).map(Map.Entry::getKey);
      return new Cluster(ids.size(), rootMember, members, speaker, members.get(0), outlets);
    }
  }

}
