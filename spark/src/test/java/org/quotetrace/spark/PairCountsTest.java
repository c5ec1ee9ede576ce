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
    return new GenericRowWithSchema(new Object[] {0, id, Tables.seq(keys), own, rare, ownOnly},
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
}
