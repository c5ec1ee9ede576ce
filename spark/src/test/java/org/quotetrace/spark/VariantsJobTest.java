package org.quotetrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class VariantsJobTest {
  private static final StructType LINKS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("document", DataTypes.StringType, false),
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("parent_document", DataTypes.StringType, true),
      DataTypes.createStructField("parent_start", DataTypes.IntegerType, true)));

  @Test
  void everyQuoteOfALongChainOrATreeFindsItsRootAndARootIsItsOwn() {
    List<Row> rows = new ArrayList<>();
    Map<String, String> expected = new TreeMap<>();
    // A chain of 37 quotes (more rounds of pointer jumping than one), each quoting the one before.
    rows.add(RowFactory.create("chain-00", 5, null, null));
    expected.put("chain-00@5", "chain-00@5");
    for (int k = 1; k < 37; k++) {
      rows.add(RowFactory.create(String.format("chain-%02d", k), 5, String.format("chain-%02d", k - 1), 5));
      expected.put(String.format("chain-%02d@5", k), "chain-00@5");
    }
    // A tree: two branches under one root in one document, one a level deeper.
    rows.add(RowFactory.create("tree", 0, null, null));
    rows.add(RowFactory.create("tree", 40, "tree", 0));
    rows.add(RowFactory.create("tree", 80, "tree", 0));
    rows.add(RowFactory.create("other", 3, "tree", 80));
    for (String q : List.of("tree@0", "tree@40", "tree@80", "other@3")) {
      expected.put(q, "tree@0");
    }
    // A quote that nothing quotes and that quotes nothing.
    rows.add(RowFactory.create("alone", 9, null, null));
    expected.put("alone@9", "alone@9");

    SparkSession spark = SparkTestSession.get();
    Dataset<Row> linked = spark.createDataFrame(rows, LINKS);
    Map<String, String> actual = new TreeMap<>();
    for (Row r : VariantsJob.roots(linked).collectAsList()) {
      actual.put(r.getAs("document") + "@" + r.getAs("start"), r.getAs("root_document") + "@" + r.getAs("root_start"));
    }
    assertEquals(expected, actual);
  }
}
