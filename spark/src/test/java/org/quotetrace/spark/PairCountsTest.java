package org.quotetrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

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
    Set<String> out = new TreeSet<>();
    Iterator<Row> it = PairCounts.count(runs.iterator(), quotes.iterator());
    while (it.hasNext()) {
      Row r = it.next();
      out.add(r.getLong(0) + "->" + r.getLong(1) + ":" + r.getLong(2));
    }
    return out;
  }

  @Test
  void eachQuoteCountsTheRunsItSharesWithEachCandidateAndDropsThoseThatCannotHoldEnough() {
    List<Row> runs = new ArrayList<>(List.of(run(10, 1L, 2L, 3L, 4L), run(11, 1L, 2L), run(12, 1L, 2L),
        run(13, 1L, 2L), run(14, 1L, 3L), run(15, 1L, 3L), run(16, 5L, 2L)));
    // Quote 1: six rare trigrams, so a candidate needs three. Quote 2 holds four of them, quote 3
    // three, quote 4 one: it cannot reach half of quote 1 and is never a row.
    Row one = quote(1, List.of(10L, 11L, 12L, 13L, 14L, 15L), 6, 6, 0);
    // Quote 5: one trigram counted and five counted nowhere, any of which a candidate may hold:
    // quote 2, sharing the counted one, may still hold half.
    Row five = quote(5, List.of(16L), 6, 1, 0);
    assertEquals(Set.of("1->2:4", "1->3:3", "5->2:1"), count(runs, List.of(one, five)));
  }

  @Test
  void aTrigramTheSpeakerAloneIsCountedOnMayStillBeHeldByAnotherSpeakersQuote() {
    // Quote 7 has four trigrams: one rare, three counted among its speaker's own quotes. Quote 8
    // shares the rare one; if it is another speaker's it may hold the other three as well.
    List<Row> runs = List.of(run(20, 7L, 8L));
    Row seven = quote(7, List.of(20L, (1L << 32) + 21, (1L << 32) + 22, (1L << 32) + 23), 4, 1, 3);
    assertEquals(Set.of("7->8:1"), count(runs, List.of(seven)));
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
    // Quote 1 reads two of its six runs and left four unread (it has twelve trigrams): quote 2,
    // met on one run, may hold the four unread too, and so half the quote.
    List<Row> runs = List.of(run(30, 1L, 2L), run(31, 1L, 3L));
    Row one = new GenericRowWithSchema(new Object[] {0, 1L, Tables.seq(List.of(30L, 31L)), 12L, 6L,
        0L, 4L}, PairCounts.QUOTE);
    assertEquals(Set.of("1->2:5", "1->3:5"), count(runs, List.of(one)));
  }
}
