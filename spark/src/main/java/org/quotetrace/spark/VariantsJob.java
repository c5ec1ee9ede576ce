package org.quotetrace.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
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
    Dataset<Row> hashes = q.select(col("document"), col("start"), col("sp"), explode(col("fps")).as("h"));
    Dataset<Row> runs = hashes.groupBy("h").agg(count(lit(1)).as("len"));
    Dataset<Row> spoken = hashes.filter(col("sp").notEqual(0))
        .withColumn("hs", bySpeaker.apply(col("h"), col("sp")));
    Dataset<Row> speakerRuns = spoken.groupBy("hs").agg(count(lit(1)).as("lens"));
    Dataset<Row> counted = hashes.join(runs, "h")
        .withColumn("hs", when(col("sp").notEqual(0), bySpeaker.apply(col("h"), col("sp"))))
        .join(speakerRuns, seq("hs"), "left")
        .persist();
    long maxPostings = Core.MAX_POSTINGS;
    // The runs a quote counts its candidates in: a rare hash's, else the speaker's own run of it.
    Dataset<Row> keys = counted
        .filter(col("len").leq(maxPostings)
            .or(col("sp").notEqual(0).and(col("lens").leq(maxPostings))))
        .select(col("document"), col("start"),
            when(col("len").leq(maxPostings), lit(0)).otherwise(lit(1)).as("kt"),
            when(col("len").leq(maxPostings), col("h")).otherwise(col("hs")).as("kv"));
    Dataset<Row> members = hashes.select(col("document").as("cd"), col("start").as("cs"),
            lit(0).as("kt"), col("h").as("kv"))
        .union(spoken.select(col("document").as("cd"), col("start").as("cs"), lit(1).as("kt"),
            col("hs").as("kv")));
    // As locally, a candidate whose count of shared counted trigrams, plus every trigram of the
    // quote not counted, cannot reach the containment it needs is dropped before it is measured:
    // most candidates share one rare trigram and nothing else.
    Dataset<Row> own = counted.groupBy("document", "start").agg(
        count(lit(1)).as("own"),
        sum(when(col("len").leq(maxPostings), 1).otherwise(0)).as("rare_n"),
        sum(when(col("len").gt(maxPostings).and(col("sp").notEqual(0)).and(col("lens").leq(maxPostings)), 1)
            .otherwise(0)).as("own_only"));
    Dataset<Row> speakers = q.select(col("document").as("cd"), col("start").as("cs"), col("sp").as("csp"));
    Dataset<Row> found = keys.join(members, seq("kt", "kv"))
        .filter(col("document").notEqual(col("cd")).or(col("start").notEqual(col("cs"))))
        .groupBy("document", "start", "cd", "cs").agg(count(lit(1)).as("shared"))
        .join(own, seq("document", "start"))
        .join(q.select(col("document"), col("start"), col("sp")), seq("document", "start"))
        .join(speakers, seq("cd", "cs"))
        .withColumn("most", col("shared").plus(col("own")).minus(col("rare_n")).minus(col("own_only"))
            .plus(when(col("csp").notEqual(col("sp")), col("own_only")).otherwise(0)))
        .filter(col("most").geq(functions.least(lit(2), col("own")))
            .and(col("most").geq(col("own").multiply(
                when(col("sp").notEqual(0).and(col("csp").notEqual(0)).and(col("csp").notEqual(col("sp"))),
                    lit(Core.OTHER_SPEAKER_CONTAINMENT)).otherwise(lit(Core.CONTAINMENT))))))
        .select("document", "start", "cd", "cs");
    // A quote without a speaker made only of common phrasing: the quotes holding both of its two
    // rarest common trigrams (rarest by run length, then by hash, as local grouping keeps them).
    Dataset<Row> rareCount = counted.groupBy("document", "start", "sp")
        .agg(sum(when(col("len").leq(maxPostings), 1).otherwise(0)).as("rare"));
    Dataset<Row> commons = counted
        .filter(col("sp").equalTo(0).and(col("len").gt(maxPostings))
            .and(col("len").leq(Core.MAX_COMMON_POSTINGS)))
        .join(rareCount.filter(col("rare").lt(Core.RARE_ENOUGH)), seq("document", "start", "sp"))
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
    Dataset<Row> pairs = found.union(first.intersect(second))
        .filter(col("document").notEqual(col("cd")).or(col("start").notEqual(col("cs"))))
        .distinct();

    Dataset<Row> candidate = q.select(col("document").as("cd"), col("start").as("cs"),
        struct(col("document"), col("start"), col("words"), col("time"), col("sp"), col("turn"),
            col("fps"), col("text")).as("c"));
    Dataset<Row> lists = pairs.join(candidate, seq("cd", "cs"))
        .groupBy("document", "start").agg(collect_list(col("c")).as("cands"));
    Dataset<Row> withCands = q.join(lists, seq("document", "start"), "left");
    MapFunction<Row, Row> choose = Core::chooseParent;
    Dataset<Row> chosen = withCands.map(choose, Encoders.row(Core.PARENT));
    Dataset<Row> parentText = q.select(col("document").as("parent_document"),
        col("start").as("parent_start"), col("text").as("parent_text"));
    return chosen.join(parentText, seq("parent_document", "parent_start"), "left")
        .map((MapFunction<Row, Row>) Core::withChanges, Encoders.row(Core.LINKED));
  }

  /**
   * Adds each quote's root ({@code root_document}, {@code root_start}) by pointer jumping: each
   * round every quote takes its pointer's pointer, so a chain of length d takes about log2(d)
   * rounds, each a join.
   */
  static Dataset<Row> roots(Dataset<Row> linked) {
    Dataset<Row> up = linked.select(col("document"), col("start"),
        coalesce(col("parent_document"), col("document")).as("rd"),
        when(col("parent_document").isNull(), col("start")).otherwise(col("parent_start")).as("rs"))
        .localCheckpoint();
    for (int round = 0; round < 64; round++) {
      Dataset<Row> next = up.as("a").join(up.as("b"),
              col("a.rd").equalTo(col("b.document")).and(col("a.rs").equalTo(col("b.start"))), "left")
          .select(col("a.document").as("document"), col("a.start").as("start"),
              coalesce(col("b.rd"), col("a.rd")).as("rd"), coalesce(col("b.rs"), col("a.rs")).as("rs"),
              col("a.rd").notEqual(coalesce(col("b.rd"), col("a.rd")))
                  .or(col("a.rs").notEqual(coalesce(col("b.rs"), col("a.rs")))).as("moved"))
          .localCheckpoint();
      up = next.drop("moved");
      if (next.filter(col("moved")).isEmpty()) {
        break;
      }
    }
    return linked.join(up.withColumnRenamed("rd", "root_document").withColumnRenamed("rs", "root_start"),
        seq("document", "start"));
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
