package org.quotetrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.quotetrace.index.VariantGrouping;

/** Counting candidates within a part, without a Spark session: rows in, rows out. */
class PairCountsTest {
  private static final StructType RUN = DataTypes.createStructType(List.of(
      DataTypes.createStructField("part", DataTypes.IntegerType, false),
      DataTypes.createStructField("k", DataTypes.LongType, false),
      DataTypes.createStructField("ids", DataTypes.createArrayType(DataTypes.LongType, false), false)));

  private static Row run(long key, Long... ids) {
    return new GenericRowWithSchema(new Object[] {0, key, Tables.seq(List.of(ids))}, RUN);
  }

  private static Row quote(long id, List<Long> keys, long own, long rare, long ownOnly) {
    return new GenericRowWithSchema(new Object[] {0, id, Tables.seq(keys), own, rare, ownOnly, 0L},
        PairCounts.QUOTE);
  }

  private static Set<String> count(List<Row> runs, List<Row> quotes) {
    return count(runs, quotes, CommonPrints.NONE);
  }

  /** Each row as quote->candidate:shared, with +own-only-held when that is not 0. */
  private static Set<String> count(List<Row> runs, List<Row> quotes, CommonPrints common) {
    Set<String> out = new TreeSet<>();
    Iterator<Row> it = PairCounts.count(runs.iterator(), quotes.iterator(), common);
    while (it.hasNext()) {
      Row r = it.next();
      out.add(r.getLong(0) + "->" + r.getLong(1) + ":" + r.getLong(2)
          + (r.getLong(3) == 0 ? "" : "+" + r.getLong(3)));
    }
    return out;
  }

  private static final StructType PRINT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("h", DataTypes.IntegerType, false),
      DataTypes.createStructField("o", DataTypes.BooleanType, false)));
  private static final StructType HELD = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.LongType, false),
      DataTypes.createStructField("prints", DataTypes.createArrayType(PRINT, false), false)));

  /** A quote's common prints, ascending; those in {@code ownOnly} its speaker counts. */
  static Row held(long id, int[] prints, Set<Integer> ownOnly) {
    List<Row> ps = new ArrayList<>();
    for (int h : prints) {
      ps.add(new GenericRowWithSchema(new Object[] {h, ownOnly.contains(h)}, PRINT));
    }
    return new GenericRowWithSchema(new Object[] {id, Tables.seq(ps)}, HELD);
  }

  @Test
  void eachQuoteCountsTheRunsItSharesWithEachCandidateAndDropsThoseThatCannotHoldEnough() {
    List<Row> runs = new ArrayList<>(List.of(run(10, 1L, 2L, 3L, 4L), run(11, 1L, 2L), run(12, 1L, 2L),
        run(13, 1L, 2L), run(14, 1L, 3L), run(15, 1L, 3L), run(16, 5L, 2L)));
    // Quote 1: six rare trigrams, so a candidate needs three. Quote 2 holds four of them, quote 3
    // three, quote 4 one: it cannot reach half of quote 1 and is never a row.
    Row one = quote(1, List.of(10L, 11L, 12L, 13L, 14L, 15L), 6, 6, 0);
    // Quote 5: one trigram counted and five counted nowhere (common prints 100 to 104): quote 2,
    // sharing the counted one and holding two of the common ones, holds half.
    Row five = quote(5, List.of(16L), 6, 1, 0);
    CommonPrints common = CommonPrints.of(List.of(held(5, new int[] {100, 101, 102, 103, 104}, Set.of()),
        held(2, new int[] {101, 104, 200}, Set.of())).iterator());
    assertEquals(Set.of("1->2:4", "1->3:3", "5->2:3"), count(runs, List.of(one, five), common));
  }

  @Test
  void aCandidateMetOnceIsDroppedWhenItHoldsFewOfTheQuotesCommonPrints() {
    // Quote 1: two rare trigrams (runs 40, 41) and eight common prints nothing counts; a parent
    // holds five of its ten. Quote 2 shares one run and one common print: two, dropped (the bound
    // that credited every common print let it through with nine). Quote 3 shares both runs and
    // three common prints: five, kept. Quote 4 shares one run and holds no common print at all.
    List<Row> runs = List.of(run(40, 1L, 2L, 3L, 4L), run(41, 1L, 3L));
    Row one = quote(1, List.of(40L, 41L), 10, 2, 0);
    int[] mine = {-7, 3, 50, 51, 52, 53, 54, 90};
    CommonPrints common = CommonPrints.of(List.of(held(1, mine, Set.of()),
        held(3, new int[] {-7, 3, 90, 95}, Set.of()), held(2, new int[] {51, 60, 61}, Set.of()))
        .iterator());
    assertEquals(Set.of("1->3:5"), count(runs, List.of(one), common));
    assertEquals(Set.of("1->2:9", "1->3:10", "1->4:9"), count(runs, List.of(one), allOf(mine, 2, 3, 4)));
  }

  /** Every candidate holding all of {@code prints}, as the old bound assumed. */
  private static CommonPrints allOf(int[] prints, long... ids) {
    List<Row> rows = new ArrayList<>(List.of(held(1, prints, Set.of())));
    for (long id : ids) {
      rows.add(held(id, prints, Set.of()));
    }
    return CommonPrints.of(rows.iterator());
  }

  @Test
  void ownOnlyPrintsACandidateHoldsAreCountedApartForTheJoinThatKnowsItsSpeaker() {
    // Quote 7: one rare trigram and three common ones its speaker's runs count (21, 22, 23).
    // Quote 8 holds two of those: if it is another speaker's, nothing counted them, so they go
    // beside the count. Quote 9 holds none: one of four, dropped.
    List<Row> runs = List.of(run(20, 7L, 8L, 9L));
    Row seven = quote(7, List.of(20L, (1L << 32) + 21, (1L << 32) + 22, (1L << 32) + 23), 4, 1, 3);
    CommonPrints common = CommonPrints.of(List.of(held(7, new int[] {21, 22, 23}, Set.of(21, 22, 23)),
        held(8, new int[] {21, 23}, Set.of())).iterator());
    assertEquals(Set.of("7->8:1+2"), count(runs, List.of(seven), common));
  }

  private static final StructType SLOT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("k", DataTypes.LongType, false),
      DataTypes.createStructField("len", DataTypes.LongType, false)));
  private static final StructType GATHERED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("part", DataTypes.IntegerType, false),
      DataTypes.createStructField("id", DataTypes.LongType, false),
      DataTypes.createStructField("slots", DataTypes.createArrayType(SLOT, false), false),
      DataTypes.createStructField("own", DataTypes.LongType, false),
      DataTypes.createStructField("rare_n", DataTypes.LongType, false),
      DataTypes.createStructField("own_only", DataTypes.LongType, false)));

  private static Row gathered(long own, long rare, long ownOnly, long[]... slots) {
    List<Row> s = new ArrayList<>();
    for (long[] kl : slots) {
      s.add(new GenericRowWithSchema(new Object[] {kl[0], kl[1]}, SLOT));
    }
    return new GenericRowWithSchema(new Object[] {3, 9L, Tables.seq(s), own, rare, ownOnly}, GATHERED);
  }

  @Test
  void aQuoteReadsItsShortestRunsAndLeavesTheLongestUnreadAsLocalGroupingDoes() {
    // Six rare trigrams: a parent holds three, so two runs may go unread, the two longest; the
    // run of the quote alone finds nothing and is not read either.
    Row q = PairCounts.probe(Integer.MAX_VALUE, gathered(6, 6, 0, new long[] {10, 400}, new long[] {11, 2},
        new long[] {12, 1}, new long[] {13, 90}, new long[] {14, 3}, new long[] {15, 7}));
    assertEquals(List.of(11L, 14L, 15L), q.getList(2));
    assertEquals(2L, q.getLong(6));
    // Two of six trigrams counted only among the speaker's quotes: another speaker's parent may
    // meet only one rare run, so every rare run is read; the speaker's two runs are left.
    Row s = PairCounts.probe(Integer.MAX_VALUE, gathered(6, 4, 2, new long[] {20, 400}, new long[] {21, 300},
        new long[] {22, 5}, new long[] {23, 6}, new long[] {(1L << 32) + 24, 450},
        new long[] {(1L << 32) + 25, 3}));
    assertEquals(List.of(20L, 21L, 22L, 23L), s.getList(2));
    assertEquals(2L, s.getLong(6));
  }

  @Test
  void aCandidateMetOnlyOnTheRunsReadKeepsTheRunsLeftUnreadInItsCount() {
    // Quote 1 reads two of its six runs and left four unread (it has twelve trigrams, six of them
    // common): quote 2, met on one run and holding one common print, may hold the four unread
    // too, and so half the quote; quote 3, holding no common print, cannot.
    List<Row> runs = List.of(run(30, 1L, 2L), run(31, 1L, 3L));
    Row one = new GenericRowWithSchema(new Object[] {0, 1L, Tables.seq(List.of(30L, 31L)), 12L, 6L,
        0L, 4L}, PairCounts.QUOTE);
    CommonPrints common = CommonPrints.of(List.of(held(1, new int[] {1, 2, 3, 4, 5, 6}, Set.of()),
        held(2, new int[] {4}, Set.of())).iterator());
    assertEquals(Set.of("1->2:6"), count(runs, List.of(one), common));
  }

  @Test
  void everyCandidateLocalGroupingWouldChooseIsKeptAndEveryRowHoldsExactlyWhatItShares() {
    // Random quotes over sixty prints, the first twenty common (in no rare run). Speaker 1's
    // runs count its common prints (own-only); speaker 2's and unattributed quotes' are uncounted.
    Random random = new Random(17);
    int n = 60;
    List<VariantGrouping.Quote> quotes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      TreeSet<Integer> prints = new TreeSet<>();
      if (i >= 10 && random.nextBoolean()) {
        // A variant of an earlier quote: most of its prints, a few of its own.
        for (int h : quotes.get(random.nextInt(i)).fingerprints()) {
          if (random.nextInt(5) > 0) {
            prints.add(h);
          }
        }
      }
      for (int k = 3 + random.nextInt(8); k > 0; k--) {
        prints.add(random.nextInt(60));
      }
      int[] fps = prints.stream().mapToInt(Integer::intValue).toArray();
      quotes.add(new VariantGrouping.Quote("d" + i, 0, 4 + random.nextInt(12), Long.MAX_VALUE,
          random.nextInt(3), false, fps, "words without a name or figure"));
    }
    Map<Long, List<Long>> members = new TreeMap<>();
    List<Row> quoteRows = new ArrayList<>();
    List<Row> commonRows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      VariantGrouping.Quote q = quotes.get(i);
      List<Long> keys = new ArrayList<>();
      List<Integer> common = new ArrayList<>();
      long rare = 0;
      long ownOnly = 0;
      for (int h : q.fingerprints()) {
        long key = h >= 20 ? h : q.speaker() == 1 ? (1L << 32) + h : -1;
        if (h >= 20) {
          rare++;
        } else {
          common.add(h);
          ownOnly += q.speaker() == 1 ? 1 : 0;
        }
        if (key >= 0) {
          keys.add(key);
          members.computeIfAbsent(key, x -> new ArrayList<>()).add((long) i);
        }
      }
      quoteRows.add(quote(i, keys, q.fingerprints().length, rare, ownOnly));
      commonRows.add(held(i, common.stream().mapToInt(Integer::intValue).toArray(),
          q.speaker() == 1 ? Set.copyOf(common) : Set.of()));
    }
    List<Row> runs = new ArrayList<>();
    members.forEach((k, ids) -> {
      if (ids.size() >= 2) {
        runs.add(run(k, ids.toArray(new Long[0])));
      }
    });
    Map<String, Long> most = new TreeMap<>();
    Iterator<Row> it = PairCounts.count(runs.iterator(), quoteRows.iterator(),
        CommonPrints.of(commonRows.iterator()));
    while (it.hasNext()) {
      Row r = it.next();
      int i = (int) r.getLong(0);
      int c = (int) r.getLong(1);
      boolean sameSpeaker = quotes.get(i).speaker() == quotes.get(c).speaker();
      most.put(i + "->" + c, r.getLong(2) + (sameSpeaker ? 0 : r.getLong(3)));
    }
    int chosen = 0;
    for (int i = 0; i < n; i++) {
      VariantGrouping.Quote q = quotes.get(i);
      for (int c = 0; c < n; c++) {
        VariantGrouping.Quote cand = quotes.get(c);
        int held = shared(q.fingerprints(), cand.fingerprints());
        boolean met = c != i && (shared(rare(q.fingerprints()), cand.fingerprints()) > 0
            || q.speaker() == 1 && cand.speaker() == 1 && held > 0);
        Long bound = most.get(i + "->" + c);
        if (bound != null) {
          assertEquals(held, bound, i + "->" + c);
        }
        if (met && VariantGrouping.choose(q, List.of(cand)) == 0) {
          chosen++;
          assertNotNull(bound, i + "->" + c + " would be chosen locally");
        }
        if (met && held >= Math.min(2, q.fingerprints().length) && held >= 0.5 * q.fingerprints().length) {
          assertNotNull(bound, i + "->" + c + " holds half");
        }
      }
    }
    assertTrue(chosen >= 10, "too few parents to test: " + chosen);
  }

  private static int[] rare(int[] prints) {
    return java.util.Arrays.stream(prints).filter(h -> h >= 20).toArray();
  }

  private static int shared(int[] a, int[] b) {
    Set<Integer> x = new TreeSet<>();
    for (int h : a) {
      x.add(h);
    }
    int s = 0;
    for (int h : b) {
      s += x.contains(h) ? 1 : 0;
    }
    return s;
  }
}
