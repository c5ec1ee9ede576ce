package org.quotetrace.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.unix_millis;

import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.quotetrace.index.TopSources;

/**
 * Sources for every article ("who copied whom"): each document's top sources among the documents
 * before it, by {@link TopSources}, the definition {@code quotetrace sources --all} uses on a local
 * index, from the {@code documents} and {@code quotes} tables that {@link Extract} writes.
 *
 * <p>Locally each print's documents are read from the index's postings. Here that is a shuffle by
 * print: how many documents hold each print is counted (combined before the shuffle), the prints
 * held by more than {@link TopSources#maxDf} documents are dropped, and each remaining print's
 * holders are paired, the earlier as the source of the later. The pairs are gathered by article,
 * beside the article's own prints and quotes, and each article ranks its candidates in a map
 * function. The work grows with the sum over prints of their holders squared, which the cut on
 * common prints bounds; no pair of documents is compared unless they share a print.
 *
 * <p>Under {@code out}: {@code sources/} (Parquet) and {@code sources-jsonl/}, one row an article
 * and one of its sources.
 */
final class SourcesJob {
  private SourcesJob() {}

  private static final long UNKNOWN_TIME = Long.MAX_VALUE;

  /** Writes the table of the extract under {@code extracted}; returns the rows written. */
  static long run(SparkSession spark, String extracted, String out, int top) {
    Dataset<Row> table = table(spark, extracted, top).persist();
    try {
      table.write().mode(SaveMode.Overwrite).parquet(out + "/sources");
      table.write().mode(SaveMode.Overwrite).json(out + "/sources-jsonl");
      return spark.read().parquet(out + "/sources").count();
    } finally {
      table.unpersist();
    }
  }

  static Dataset<Row> table(SparkSession spark, String extracted, int top) {
    Dataset<Row> docs = spark.read().parquet(extracted + "/documents").select(col("id"),
        col("kind"), coalesce(unix_millis(col("published")), lit(UNKNOWN_TIME)).as("time"),
        array_distinct(col("fingerprints")).as("fps"));
    long documents = docs.count();
    long maxDf = TopSources.maxDf(documents);
    Dataset<Row> prints = docs.select(col("id"), col("time"), col("kind"), explode(col("fps")).as("h"));
    Dataset<Row> df = prints.groupBy("h").agg(count(lit(1)).as("df")).filter(col("df").leq(maxDf));
    Dataset<Row> rated = prints.join(df, "h");
    FlatMapFunction<Row, Row> pair = Core::pairsOfPrint;
    Dataset<Row> pairs = rated.filter(col("df").geq(2)).groupBy("h")
        .agg(collect_list(struct(col("id"), col("time"), col("kind"))).as("holders"))
        .flatMap(pair, Encoders.row(Core.PRINT_PAIR));
    Dataset<Row> candidates = pairs
        .groupBy("article", "source", "source_time", "source_kind").agg(collect_list(col("h")).as("shared"))
        .groupBy("article").agg(collect_list(struct(col("source"), col("source_time"),
            col("source_kind"), col("shared"))).as("cands"));
    Dataset<Row> articlePrints = rated.groupBy(col("id").as("article"), col("time"))
        .agg(collect_list(struct(col("h"), col("df"))).as("prints"));
    Dataset<Row> quotes = spark.read().parquet(extracted + "/quotes")
        .filter(col("indexed").and(not(col("turn"))))
        .groupBy(col("document").as("article"))
        .agg(collect_list(struct(col("start"), col("end"), col("text"))).as("quotes"));
    Dataset<Row> articles = candidates.join(articlePrints, "article").join(quotes, seq("article"), "left");
    FlatMapFunction<Row, Row> rank = r -> Core.topSources(r, documents, top).iterator();
    return articles.flatMap(rank, Encoders.row(Core.SOURCE_PAIR));
  }

  private static scala.collection.immutable.Seq<String> seq(String... names) {
    return Tables.seq(List.of(names));
  }
}
