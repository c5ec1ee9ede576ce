package org.quotetrace.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Variants: every quote of the corpus grouped with its variants by the rules of local {@code
 * variants}, from the {@code quotes} table that {@link Extract} writes.
 *
 * <p>Local grouping keeps every quote's trigram hashes in memory and counts, for each quote, the
 * quotes that share its rare ones. Here that count is a join: the hashes are exploded, each hash's
 * run length counted, and a quote meets as candidates the quotes of its rare runs (held by at most
 * 500 quotes), of its common runs said by the same speaker, and, for a quote of nothing but common
 * phrasing without a speaker, the quotes holding both of its two rarest common trigrams. Each
 * quote then chooses its parent among its candidates by the very function local grouping uses
 * ({@link Core#choose}). Ties are broken by document id, then start, in both paths.
 *
 * <p>Under {@code out}: {@code variants/} (one row a quote: its parent, its group's root, and what
 * changed from the parent's wording) and {@code groups/} (one row a group of two or more), each as
 * Parquet and, beside it, as JSON Lines ({@code variants-jsonl/}, {@code groups-jsonl/}).
 */
final class VariantsJob {
  private VariantsJob() {}

  private static final long UNKNOWN_TIME = Long.MAX_VALUE;

  /** Groups the quotes of an extract under {@code extracted}; returns the number of groups of two or more. */
  static long run(SparkSession spark, String extracted, String out) {
    Dataset<Row> quotes = spark.read().parquet(extracted + "/quotes");
    // Read twice (pointer jumping, then the final join): kept, not grouped twice.
    Dataset<Row> parents = parents(spark, quotes).persist();
    Dataset<Row> rooted = roots(parents).persist();
    try {
      rooted.write().mode(SaveMode.Overwrite).parquet(out + "/variants");
      rooted.write().mode(SaveMode.Overwrite).json(out + "/variants-jsonl");
      Dataset<Row> groups = groups(rooted);
      groups.write().mode(SaveMode.Overwrite).parquet(out + "/groups");
      groups.write().mode(SaveMode.Overwrite).json(out + "/groups-jsonl");
      return spark.read().parquet(out + "/groups").count();
    } finally {
      rooted.unpersist();
      parents.unpersist();
    }
  }

  /** The facts grouping needs of each quote the index would hold. */
  static Dataset<Row> facts(Dataset<Row> quotes) {
    return quotes.filter(col("indexed")).select(col("document"), col("start"), col("end"),
        col("text"), col("turn"), col("speaker"), col("speaker_key").as("sp"), col("words"),
        coalesce(unix_millis(col("published")), lit(UNKNOWN_TIME)).as("time"),
        col("fingerprints").as("fps"), col("outlet"), col("published"));
  }

  /**
   * Every quote with its parent ({@code parent_document}, {@code parent_start}; null for none)
   * and what changed from the parent's wording.
   */
  static Dataset<Row> parents(SparkSession spark, Dataset<Row> quotes) {
    UserDefinedFunction bySpeaker = udf(
        (org.apache.spark.sql.api.java.UDF2<Integer, Long, Integer>) Core::bySpeaker,
        DataTypes.IntegerType);
    Dataset<Row> q = facts(quotes).persist();
    // Each trigram of each quote, with what telling whether one quote may be another's parent
    // needs, so that the pairs are sorted out before they are counted rather than after.
    Dataset<Row> hashes = q.select(col("document"), col("start"), col("sp"), col("words"),
        col("time"), col("turn"), explode(col("fps")).as("h"));
    Dataset<Row> runs = hashes.groupBy("h").agg(count(lit(1)).as("len"));
    Dataset<Row> speakerRuns = hashes.filter(col("sp").notEqual(0))
        .groupBy(bySpeaker.apply(col("h"), col("sp")).as("hs")).agg(count(lit(1)).as("lens"));
    long maxPostings = Core.MAX_POSTINGS;
    Column rareRun = col("len").leq(maxPostings);
    Column speakerRun = col("sp").notEqual(0).and(col("lens").leq(maxPostings));
    // What a candidate may share beyond its count, per quote, as local grouping reckons it: one
    // window by quote rather than a join of the counted pairs with the quote's figures.
    WindowSpec byQuote = Window.partitionBy("document", "start");
    Dataset<Row> counted = hashes.join(runs, "h")
        .withColumn("hs", when(col("sp").notEqual(0), bySpeaker.apply(col("h"), col("sp"))))
        .join(speakerRuns, seq("hs"), "left")
        .withColumn("own", count(lit(1)).over(byQuote))
        .withColumn("rare_n", sum(when(rareRun, 1).otherwise(0)).over(byQuote))
        .withColumn("own_only", sum(when(not(rareRun).and(speakerRun), 1).otherwise(0)).over(byQuote))
        .persist();
    // The runs a quote counts its candidates in: a rare hash's, else the speaker's own run of it.
    // A transcript turn looks for no parent.
    Dataset<Row> keys = counted.filter(not(col("turn")).and(rareRun.or(speakerRun)))
        .select(col("document"), col("start"), col("sp"), col("words"), col("time"), col("own"),
            col("rare_n"), col("own_only"),
            when(rareRun, lit(0)).otherwise(lit(1)).as("kt"),
            when(rareRun, col("h")).otherwise(col("hs")).as("kv"));
    // Every member of a run some quote counts in: runs longer than that are never looked up.
    Dataset<Row> members = counted.filter(rareRun)
        .select(col("document").as("cd"), col("start").as("cs"), col("sp").as("csp"),
            col("words").as("cw"), col("time").as("ct"), col("turn").as("cturn"), lit(0).as("kt"),
            col("h").as("kv"))
        .union(counted.filter(speakerRun)
            .select(col("document").as("cd"), col("start").as("cs"), col("sp").as("csp"),
                col("words").as("cw"), col("time").as("ct"), col("turn").as("cturn"), lit(1).as("kt"),
                col("hs").as("kv")));
    // A candidate published after the quote, or coming after it in the order parents are chosen
    // in (shorter; as long but later), cannot be its parent (VariantGrouping.choose passes it
    // over): it is dropped before counting, as locally. Ties of length and time are left to
    // choose, which breaks them by document id and start as Java orders strings.
    Column mayParent = col("ct").leq(col("time")).or(col("ct").equalTo(lit(UNKNOWN_TIME)))
        .and(col("cturn").or(col("cw").gt(col("words")))
            .or(col("cw").equalTo(col("words")).and(col("ct").leq(col("time")))));
    // As locally, a candidate whose count of shared counted trigrams, plus every trigram of the
    // quote not counted, cannot reach the containment it needs is dropped before it is measured:
    // most candidates share one rare trigram and nothing else.
    Dataset<Row> found = keys.join(members, seq("kt", "kv"))
        .filter(col("document").notEqual(col("cd")).or(col("start").notEqual(col("cs"))).and(mayParent))
        .groupBy("document", "start", "sp", "own", "rare_n", "own_only", "cd", "cs", "csp")
        .agg(count(lit(1)).as("shared"))
        .withColumn("most", col("shared").plus(col("own")).minus(col("rare_n")).minus(col("own_only"))
            .plus(when(col("csp").notEqual(col("sp")), col("own_only")).otherwise(0)))
        .filter(col("most").geq(functions.least(lit(2), col("own")))
            .and(col("most").geq(col("own").multiply(
                when(col("sp").notEqual(0).and(col("csp").notEqual(0)).and(col("csp").notEqual(col("sp"))),
                    lit(Core.OTHER_SPEAKER_CONTAINMENT)).otherwise(lit(Core.CONTAINMENT))))))
        .select("document", "start", "cd", "cs");
    // A quote without a speaker made only of common phrasing: the quotes holding both of its two
    // rarest common trigrams (rarest by run length, then by hash, as local grouping keeps them).
    Dataset<Row> commons = counted
        .filter(col("sp").equalTo(0).and(not(col("turn"))).and(col("len").gt(maxPostings))
            .and(col("len").leq(Core.MAX_COMMON_POSTINGS)).and(col("rare_n").lt(Core.RARE_ENOUGH)))
        .withColumn("rank", row_number().over(
            Window.partitionBy("document", "start").orderBy(col("len"), col("h"))))
        .filter(col("rank").leq(2));
    Dataset<Row> twoKept = commons.groupBy("document", "start").agg(count(lit(1)).as("kept"))
        .filter(col("kept").geq(2));
    Dataset<Row> globalMembers = hashes.select(col("document").as("cd"), col("start").as("cs"), col("h"));
    Dataset<Row> first = commons.filter(col("rank").equalTo(1)).join(twoKept, seq("document", "start"))
        .join(globalMembers, "h").select("document", "start", "cd", "cs");
    Dataset<Row> second = commons.filter(col("rank").equalTo(2)).join(twoKept, seq("document", "start"))
        .join(globalMembers, "h").select("document", "start", "cd", "cs");
    Dataset<Row> pairs = found.union(first.intersect(second)
            .filter(col("document").notEqual(col("cd")).or(col("start").notEqual(col("cs")))))
        .distinct();

    Dataset<Row> candidate = q.select(col("document").as("cd"), col("start").as("cs"),
        struct(col("document"), col("start"), col("words"), col("time"), col("sp"), col("turn"),
            col("fps"), col("text")).as("c"));
    Dataset<Row> lists = pairs.join(candidate, seq("cd", "cs"))
        .groupBy("document", "start").agg(collect_list(col("c")).as("cands"));
    Dataset<Row> withCands = q.join(lists, seq("document", "start"), "left");
    MapFunction<Row, Row> choose = Core::chooseParent;
    return withCands.map(choose, Encoders.row(Core.LINKED));
  }

  /**
   * Adds each quote's root ({@code root_document}, {@code root_start}) by pointer jumping: each
   * round every quote with a parent takes its pointer's pointer, so a chain of length d takes
   * about log2(d) rounds, each a join. Only the quotes with a parent take part: a root is its
   * own root, and most quotes are roots of nothing but themselves.
   */
  static Dataset<Row> roots(Dataset<Row> linked) {
    Dataset<Row> up = linked.filter(col("parent_document").isNotNull())
        .select(col("document"), col("start"), col("parent_document").as("rd"),
            col("parent_start").as("rs"))
        .localCheckpoint();
    for (int round = 0; round < 64; round++) {
      // A quote whose pointer has no parent of its own points at its root already.
      Dataset<Row> next = up.as("a").join(up.as("b"),
              col("a.rd").equalTo(col("b.document")).and(col("a.rs").equalTo(col("b.start"))), "left")
          .select(col("a.document").as("document"), col("a.start").as("start"),
              coalesce(col("b.rd"), col("a.rd")).as("rd"), coalesce(col("b.rs"), col("a.rs")).as("rs"),
              col("b.document").isNotNull().as("moved"))
          .localCheckpoint();
      up = next.drop("moved");
      if (next.filter(col("moved")).isEmpty()) {
        break;
      }
    }
    Dataset<Row> found = up.select(col("document"), col("start"), col("rd").as("root_document"),
        col("rs").as("root_start"));
    return linked.join(found, seq("document", "start"), "left")
        .withColumn("root_document", coalesce(col("root_document"), col("document")))
        .withColumn("root_start", coalesce(col("root_start"), col("start")));
  }

  /** One row a group of two or more: its root, size, outlets and first appearance. */
  static Dataset<Row> groups(Dataset<Row> rooted) {
    Dataset<Row> sizes = rooted.groupBy("root_document", "root_start").agg(
        count(lit(1)).as("size"), min(col("published")).as("first_published"),
        max(col("published")).as("last_published"), collect_set(col("outlet")).as("outlets"),
        collect_set(col("document")).as("documents"));
    Dataset<Row> rootText = rooted.select(col("document").as("root_document"),
        col("start").as("root_start"), col("text").as("root_text"), col("speaker").as("root_speaker"));
    return sizes.filter(col("size").geq(2)).join(rootText, seq("root_document", "root_start"));
  }

  private static scala.collection.immutable.Seq<String> seq(String... names) {
    return Tables.seq(List.of(names));
  }
}
