package org.quotetrace.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.unix_millis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quotetrace.index.TopSources;

/**
 * Sources for every article ("who copied whom"): each document's top sources among the documents
 * before it, by {@link TopSources}, the definition {@code quotetrace sources --all} uses on a local
 * index, from the {@code documents} table that {@link Extract} writes. Of the documents sharing
 * an id, the last read counts alone ({@link #latest}), as in an index.
 *
 * <p>Locally each print's documents are read from the index's postings. Here documents are
 * numbered in the order of documents, how many documents hold each print is counted (combined
 * before the shuffle), and the prints held by more than {@link TopSources#maxDf} documents are
 * dropped. The articles are split into parts (one a shuffle partition); each remaining print's
 * holders go once to each part that holds one of them, and {@link SourceParts} adds up, for each
 * article of the part, what each earlier holder holds of it, in arrays. Only candidates holding
 * enough to be listed leave the part; they are gathered by article beside its prints and quotes,
 * and each article ranks them in a map function. The shuffle grows with the holders of the
 * prints times the parts they reach; the work in the parts with the sum over prints of their
 * holders squared, which the cut on common prints bounds. No pair of documents is compared unless
 * they share a print, and no (article, source, print) triple is ever a row.
 *
 * <p>Under {@code out}: {@code sources/} (Parquet) and {@code sources-jsonl/}, one row an article
 * and one of its sources.
 */
final class SourcesJob {
  private SourcesJob() {}

  private static final long UNKNOWN_TIME = Long.MAX_VALUE;

  /** Writes the table of the extract under {@code extracted}; returns the rows written. */
  static long run(SparkSession spark, String extracted, String out, int top) {
    List<Dataset<Row>> kept = new ArrayList<>();
    try {
      Dataset<Row> table = table(spark, extracted, top, kept).persist();
      kept.add(table);
      table.write().mode(SaveMode.Overwrite).parquet(out + "/sources");
      table.write().mode(SaveMode.Overwrite).json(out + "/sources-jsonl");
      return spark.read().parquet(out + "/sources").count();
    } finally {
      kept.forEach(Dataset::unpersist);
    }
  }

  /** The table, lazily; the datasets it persists on the way are added to {@code kept}. */
  static Dataset<Row> table(SparkSession spark, String extracted, int top, List<Dataset<Row>> kept) {
    Dataset<Row> indexed = latest(spark.read().parquet(extracted + "/documents"));
    Dataset<Row> read = indexed.select(col("id"),
        col("kind"), coalesce(unix_millis(col("published")), lit(UNKNOWN_TIME)).as("time"),
        array_distinct(col("fingerprints")).as("fps"));
    // Each document's place in the order of documents (TopSources.before: time, then id as Java
    // compares strings, which is the order of their UTF-16 code units), as a dense number.
    Dataset<Row> sorted = read.orderBy(col("time"), encode(col("id"), "UTF-16BE"));
    StructType numbered = sorted.schema().add("n", DataTypes.IntegerType, false);
    Dataset<Row> docs = spark.createDataFrame(sorted.javaRDD().zipWithIndex().map(t -> {
      Object[] v = new Object[t._1().size() + 1];
      for (int i = 0; i < t._1().size(); i++) {
        v[i] = t._1().get(i);
      }
      v[v.length - 1] = Math.toIntExact(t._2());
      return RowFactory.create(v);
    }), numbered).persist();
    kept.add(docs);
    long documents = docs.count();
    long maxDf = TopSources.maxDf(documents);
    Dataset<Row> prints = docs.select(col("n"), explode(col("fps")).as("h"));
    Dataset<Row> df = prints.groupBy("h").agg(count(lit(1)).as("df")).filter(col("df").leq(maxDf));
    Dataset<Row> rated = prints.join(df, "h");
    // The quotes of the documents kept, taken from their rows: the quotes table names a quote's
    // document by id only, and so mixes the quotes of two documents sharing one.
    Dataset<Row> quotes = indexed.select(col("id").as("article"),
        transform(filter(col("quotes"), q -> q.getField("indexed").and(not(q.getField("turn")))),
            q -> struct(q.getField("start").as("start"), q.getField("end").as("end"),
                q.getField("text").as("text"))).as("quotes"));
    Dataset<Row> articles = rated.groupBy("n").agg(collect_list(struct(col("h"), col("df"))).as("prints"))
        .join(docs.select(col("n"), col("id").as("article"), col("time")), "n")
        .join(quotes, seq("article"), "left")
        .persist();
    kept.add(articles);
    // Each print's holders go once to each part of the articles that holds one of them with an
    // earlier holder; each part adds up what its articles' earlier holders hold of them.
    int parts = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    FlatMapFunction<Row, Row> spread = r -> SourceParts.spread(r, parts);
    Dataset<Row> held = rated.filter(col("df").geq(2)).groupBy("h")
        .agg(collect_list(col("n")).as("holders"))
        .flatMap(spread, Encoders.row(SourceParts.PRINT));
    MapFunction<Row, Integer> byPart = r -> r.getInt(0); // "part", first in both
    CoGroupFunction<Integer, Row, Row, Row> find = (p, ps, as) -> SourceParts.candidates(ps, as, documents);
    Dataset<Row> found = held.groupByKey(byPart, Encoders.INT()).cogroup(
        articles.select(pmod(col("n"), lit(parts)).cast("int").as("part"), col("n"), col("prints"),
            col("quotes")).groupByKey(byPart, Encoders.INT()),
        find, Encoders.row(SourceParts.CANDIDATE));
    Dataset<Row> candidates = found
        .join(docs.select(col("n").as("s"), col("id").as("source"), col("time").as("source_time"),
            col("kind").as("source_kind")), "s")
        .groupBy("n").agg(collect_list(struct(col("source"), col("source_time"), col("source_kind"),
            col("shared"))).as("cands"));
    FlatMapFunction<Row, Row> rank = r -> Core.topSources(r, documents, top).iterator();
    return candidates.join(articles, "n").flatMap(rank, Encoders.row(Core.SOURCE_PAIR));
  }

  /**
   * The documents a local index holds: of those sharing an id, the last read (by {@link
   * Tables#READ_ORDER}), as indexing replaces a document by id. An extract written before the
   * read order was kept keeps them all.
   */
  static Dataset<Row> latest(Dataset<Row> documents) {
    if (!Arrays.asList(documents.columns()).contains("read_order")) {
      System.err.println("quotetrace-spark: sources: the extract has no read order (written by an"
          + " older version); documents sharing an id are all kept. Run extract again to fix.");
      return documents;
    }
    // Few ids are shared, if any: broadcast, they are brought to the documents without moving
    // these, which keep their partitions and order (the variants step numbers quotes by place).
    Dataset<Row> shared = documents.groupBy(col("id").as("shared_id"))
        .agg(max(col("read_order")).as("last_read"), count(lit(1)).as("copies"))
        .filter(col("copies").gt(1));
    return documents.join(broadcast(shared), documents.col("id").equalTo(shared.col("shared_id")), "left")
        .filter(col("shared_id").isNull().or(col("read_order").equalTo(col("last_read"))))
        .drop("shared_id", "last_read", "copies");
  }

  private static scala.collection.immutable.Seq<String> seq(String... names) {
    return Tables.seq(List.of(names));
  }
}
