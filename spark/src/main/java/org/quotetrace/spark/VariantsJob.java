package org.quotetrace.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
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
 * quotes that share its rare ones. Here the hashes are exploded, each hash's run length counted,
 * and a quote meets as candidates the quotes of its rare runs (held by at most 500 quotes), of its
 * common runs said by the same speaker, and, for a quote of nothing but common phrasing without a
 * speaker, the quotes holding both of its two rarest common trigrams. The runs are counted as
 * local grouping counts them, into an int array a quote ({@link PairCounts}), within parts of the
 * quotes that receive every run their quotes count in: quotes carry numeric ids, and no pair of
 * quotes is ever a row until it is a candidate that may hold enough. Each quote then chooses its
 * parent among its candidates by the very function local grouping uses ({@link
 * Core#chooseParent}). Ties are broken by document id, then start, in both paths.
 *
 * <p>Under {@code out}: {@code variants/} (one row a quote: its parent, its group's root, and what
 * changed from the parent's wording) and {@code groups/} (one row a group of two or more), each as
 * Parquet and, beside it, as JSON Lines ({@code variants-jsonl/}, {@code groups-jsonl/}).
 */
final class VariantsJob {
  private VariantsJob() {}

  private static final long UNKNOWN_TIME = Long.MAX_VALUE;

  /**
   * The Spark setting of how many of its runs a quote may leave unread at most (prefix filtering;
   * 0, the default, reads every run). The same groups either way. At 20,000 documents on one
   * machine leaving them unread cost more than it saved (BENCHMARKS.md): the runs sent to parts
   * shrank little there, while four times as many candidates went on to be measured.
   */
  static final String MAX_SKIPPED = "spark.quotetrace.variants.maxSkipped";

  /** Groups the quotes of an extract under {@code extracted}; returns the number of groups of two or more. */
  static long run(SparkSession spark, String extracted, String out) {
    Dataset<Row> quotes = indexedQuotes(spark, extracted);
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

  /**
   * The quotes of the documents a local index would hold: of documents sharing an id, the last
   * read ({@link SourcesJob#latest}). A corpus without shared ids, the usual case, reads the
   * quotes table as it is; one with them takes the quotes from the documents kept.
   */
  static Dataset<Row> indexedQuotes(SparkSession spark, String extracted) {
    Dataset<Row> documents = spark.read().parquet(extracted + "/documents");
    boolean shared = !documents.groupBy("id").count().filter(col("count").gt(1)).limit(1)
        .isEmpty();
    return shared ? Extract.quotes(SourcesJob.latest(documents))
        : spark.read().parquet(extracted + "/quotes");
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
    // A numeric id a quote, so that a pair is two longs. The id is the row's place in its
    // partition of the extract's files, which reading the same files again gives again: a
    // recomputed partition of the persisted table numbers its quotes as before.
    Dataset<Row> q = facts(quotes).withColumn("id", monotonically_increasing_id()).persist();
    Dataset<Row> hashes = q.select(col("id"), col("sp"), col("turn"), explode(col("fps")).as("h"));
    Dataset<Row> runs = hashes.groupBy("h").agg(count(lit(1)).as("len"));
    Dataset<Row> speakerRuns = hashes.filter(col("sp").notEqual(0))
        .groupBy(bySpeaker.apply(col("h"), col("sp")).as("hs")).agg(count(lit(1)).as("lens"));
    long maxPostings = Core.MAX_POSTINGS;
    Column rareRun = col("len").leq(maxPostings);
    Column speakerRun = col("sp").notEqual(0).and(col("lens").leq(maxPostings));
    // What a candidate may share beyond its count, per quote, as local grouping reckons it: one
    // window by quote rather than a join of the counted pairs with the quote's figures.
    WindowSpec byQuote = Window.partitionBy("id");
    // The run a trigram is counted in, as one long: a rare trigram's own, else the speaker's run
    // of it (the two kinds of key apart in the high word).
    Column runKey = when(rareRun, col("h").cast("long").bitwiseAND(lit(0xffffffffL)))
        .otherwise(col("hs").cast("long").bitwiseAND(lit(0xffffffffL)).plus(lit(1L << 32)));
    Dataset<Row> counted = hashes.join(runs, "h")
        .withColumn("hs", when(col("sp").notEqual(0), bySpeaker.apply(col("h"), col("sp"))))
        .join(speakerRuns, seq("hs"), "left")
        .withColumn("own", count(lit(1)).over(byQuote))
        .withColumn("rare_n", sum(when(rareRun, 1).otherwise(0)).over(byQuote))
        .withColumn("own_only", sum(when(not(rareRun).and(speakerRun), 1).otherwise(0)).over(byQuote))
        .withColumn("k", when(rareRun.or(speakerRun), runKey))
        .persist();
    // Candidates are counted per quote within parts of the quotes, by id, as local grouping
    // counts them: each part receives its quotes with the keys of their runs, and every run one
    // of them counts in (a run goes to each part holding a member that counts in it, at most
    // once to a part). A pair is a row only once it is a candidate that may hold enough; what
    // is shuffled before is each run once for each part it reaches. More parts hold less each
    // but receive a run more often: with hash parts, a run of n members reaches min(n, parts).
    int parts = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    Column part = pmod(xxhash64(col("id")), lit(parts)).cast("int");
    // A transcript turn looks for no parent, and counts in no run.
    // With MAX_SKIPPED set, each quote leaves up to that many of its longest runs unread, as many
    // as every parent it could have still shares one of (prefix filtering, by the rule local
    // grouping reads its runs by: VariantGrouping.skips): a long run then reaches only the parts
    // of the quotes for which it is among the shortest. The price is a weaker count: a candidate
    // met once may hold every run left unread, so more candidates go on to be measured.
    Dataset<Row> keys = counted.filter(not(col("turn")).and(col("k").isNotNull()));
    int maxSkipped = Integer.parseInt(spark.conf().get(MAX_SKIPPED, "0"));
    MapFunction<Row, Row> probe = r -> PairCounts.probe(maxSkipped, r);
    Dataset<Row> quoteKeys = keys.groupBy("id", "own", "rare_n", "own_only")
        .agg(collect_list(struct(col("k"), when(rareRun, col("len")).otherwise(col("lens")).as("len")))
            .as("slots"))
        .select(part.as("part"), col("id"), col("slots"), col("own"), col("rare_n"), col("own_only"))
        .map(probe, Encoders.row(PairCounts.QUOTE));
    // Every member of a run some quote counts in, once for each trigram it holds there: runs
    // longer than that are never looked up, and a run of one quote finds nothing.
    Dataset<Row> members = counted.filter(col("k").isNotNull())
        .groupBy("k").agg(collect_list(col("id")).as("ids"))
        .filter(functions.size(col("ids")).geq(2));
    Dataset<Row> shipped = quoteKeys.select(col("part"), explode(col("keys")).as("k")).distinct()
        .join(members, "k");
    // Every quote's common prints, sent whole to each part (CommonPrints): a candidate is then
    // credited with the common prints it holds, not all of the quote's. Counted first and read on
    // the driver in order of id, part by part, so that only the final arrays are held there.
    Dataset<Row> commonPrints = counted.filter(col("len").gt(maxPostings));
    Row size = commonPrints.agg(count(lit(1)), countDistinct(col("id"))).first();
    Dataset<Row> commonRows = commonPrints.groupBy("id")
        .agg(sort_array(collect_list(struct(col("h"), col("k").isNotNull().as("o")))).as("prints"))
        .orderBy("id");
    CommonPrints held = CommonPrints.of(size.getLong(1), size.getLong(0), commonRows.toLocalIterator());
    System.out.printf("quotetrace-spark: variants: common prints of %d quotes, %d in all (%.1f MB),"
        + " sent to every part%n", held.quotes(), held.prints(), held.bytes() / 1e6);
    Broadcast<CommonPrints> common =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(held);
    MapFunction<Row, Integer> byPart = r -> r.<Integer>getAs("part");
    CoGroupFunction<Integer, Row, Row, Row> countPairs =
        (p, r, x) -> PairCounts.count(r, x, common.value());
    Dataset<Row> counts = shipped.groupByKey(byPart, Encoders.INT())
        .cogroup(quoteKeys.groupByKey(byPart, Encoders.INT()), countPairs, Encoders.row(PairCounts.COUNTED));
    // A quote without a speaker made only of common phrasing: the quotes holding both of its two
    // rarest common trigrams (rarest by run length, then by hash, as local grouping keeps them).
    Dataset<Row> commons = counted
        .filter(col("sp").equalTo(0).and(not(col("turn"))).and(col("len").gt(maxPostings))
            .and(col("len").leq(Core.MAX_COMMON_POSTINGS)).and(col("rare_n").lt(Core.RARE_ENOUGH)))
        .withColumn("rank", row_number().over(Window.partitionBy("id").orderBy(col("len"), col("h"))))
        .filter(col("rank").leq(2));
    Dataset<Row> twoKept = commons.groupBy("id").agg(count(lit(1)).as("kept"))
        .filter(col("kept").geq(2));
    Dataset<Row> globalMembers = hashes.select(col("id").as("cid"), col("h"));
    Dataset<Row> first = commons.filter(col("rank").equalTo(1)).join(twoKept, "id")
        .join(globalMembers, "h").select("id", "cid");
    Dataset<Row> second = commons.filter(col("rank").equalTo(2)).join(twoKept, "id")
        .join(globalMembers, "h").select("id", "cid");
    // A pair found both ways keeps its count: a candidate whose count rules it out holds too
    // little of the quote, however it was found. A pair of the common runs alone has no count.
    Dataset<Row> found = counts.unionByName(first.intersect(second)
            .filter(col("id").notEqual(col("cid"))).withColumn("shared", lit(null).cast("long"))
            .withColumn("own_only_held", lit(null).cast("long")))
        .groupBy("id", "cid").agg(max(col("shared")).as("shared"),
            max(col("own_only_held")).as("own_only_held"));
    // The quote's figures beside each pair, then the candidate's, for the tests the count alone
    // could not make: a candidate published after the quote, or coming after it in the order
    // parents are chosen in (shorter; as long but later), cannot be its parent, and one of
    // another speaker must hold more (VariantGrouping.choose would pass both over; they are
    // dropped before the candidates' texts and prints are gathered). Ties of length and time are
    // left to choose, which breaks them by document id and start as Java orders strings.
    Dataset<Row> figures = counted.select(col("id"), col("own")).dropDuplicates("id").join(q.select(col("id"), col("sp"), col("words"), col("time")), "id");
    Dataset<Row> candidate = q.select(col("id").as("cid"),
        struct(col("document"), col("start"), col("words"), col("time"), col("sp"), col("turn"),
            col("fps"), col("text")).as("c"));
    Column mayParent = col("c.time").leq(col("time")).or(col("c.time").equalTo(lit(UNKNOWN_TIME)))
        .and(col("c.turn").or(col("c.words").gt(col("words")))
            .or(col("c.words").equalTo(col("words")).and(col("c.time").leq(col("time")))));
    Column most = col("shared").plus(when(col("c.sp").notEqual(col("sp")), col("own_only_held"))
        .otherwise(0));
    Column enough = most.geq(functions.least(lit(2), col("own")))
        .and(most.geq(col("own").multiply(
            when(col("sp").notEqual(0).and(col("c.sp").notEqual(0)).and(col("c.sp").notEqual(col("sp"))),
                lit(Core.OTHER_SPEAKER_CONTAINMENT)).otherwise(lit(Core.CONTAINMENT)))));
    Dataset<Row> lists = found.join(figures, "id").join(candidate, "cid")
        .filter(col("shared").isNull().or(mayParent.and(enough)))
        .groupBy("id").agg(collect_list(col("c")).as("cands"));
    Dataset<Row> withCands = q.join(lists, seq("id"), "left");
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
