package org.quotetrace.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables the job writes. Offsets are Unicode code points into the document's text, end
 * exclusive, quote marks excluded, as in every output of quotetrace.
 */
final class Tables {
  private Tables() {}

  /** One quote of a document, every kind; the index's fields are set for the quotes it holds. */
  static final StructType QUOTE = createStructType(new StructField[] {
      field("index", IntegerType, false), // its place among the document's quotes
      field("start", IntegerType, false),
      field("end", IntegerType, false),
      field("kind", StringType, false), // speech, title, name or term
      field("text", StringType, false),
      field("turn", BooleanType, false), // a transcript turn: an utterance, not a quotation
      field("speaker", StringType, true), // the resolved person
      field("mention", StringType, true), // the words naming the speaker at that place
      field("mention_start", IntegerType, true),
      field("mention_end", IntegerType, true),
      field("basis", StringType, true), // label, cue, paragraph, continuation or nearest
      field("cue", StringType, true),
      field("cue_start", IntegerType, true),
      field("cue_end", IntegerType, true),
      // What the index keeps of a speech quote with words: grouping variants reads these.
      field("indexed", BooleanType, false),
      field("speaker_key", LongType, true),
      field("words", IntegerType, true),
      field("fingerprints", createArrayType(IntegerType, false), true),
  });

  /** One attribution, direct or reported speech. */
  static final StructType ATTRIBUTION = createStructType(new StructField[] {
      field("form", StringType, false),
      field("content_start", IntegerType, false),
      field("content_end", IntegerType, false),
      field("content", StringType, false),
      field("source_start", IntegerType, true),
      field("source_end", IntegerType, true),
      field("source", StringType, true),
      field("source_name", StringType, true), // the person, from the speakers of the quotes
      field("cue_start", IntegerType, true),
      field("cue_end", IntegerType, true),
      field("cue", StringType, true),
      field("quotes", createArrayType(IntegerType, false), false), // the quotes its content holds
  });

  /**
   * Where a document comes in the order the local commands read the inputs: its file's place
   * among them (folders walked as they walk them), the byte its file's part begins at (0 for a
   * file read whole), and its place among that part's documents. Compared field by field, it
   * orders documents as they were read: a local index keeps, of the documents sharing an id, the
   * last read, and so does every step that reads an index's documents.
   */
  static final StructType READ_ORDER = createStructType(new StructField[] {
      field("file", IntegerType, false),
      field("part", LongType, false),
      field("document", IntegerType, false),
  });

  /**
   * What extraction makes of one input file: a row per document ({@code row = "document"}), and
   * a row per failure or warning ({@code row = "failure"} or {@code "warning"}, with {@code where}
   * and {@code message}), in the order the file holds them.
   */
  static final StructType EXTRACT = createStructType(new StructField[] {
      field("row", StringType, false),
      field("file", StringType, false),
      field("where", StringType, true),
      field("message", StringType, true),
      field("id", StringType, true),
      field("origin", StringType, true),
      field("kind", StringType, true),
      field("title", StringType, true),
      field("outlet", StringType, true),
      field("published", TimestampType, true),
      field("length", IntegerType, true), // in code points
      field("content_hash", LongType, true),
      field("text_hash", StringType, true),
      field("fingerprints", createArrayType(LongType, false), true),
      field("quotes", createArrayType(QUOTE, false), true),
      field("attributions", createArrayType(ATTRIBUTION, false), true),
      field("read_order", READ_ORDER, true),
  });

  /** The columns of the {@code documents} table: the extract rows of documents. */
  static final String[] DOCUMENT_COLUMNS = {"id", "origin", "file", "kind", "title", "outlet",
      "published", "length", "content_hash", "text_hash", "fingerprints", "quotes", "attributions",
      "read_order"};

  static Row document(String file, String id, String origin, String kind, String title,
      String outlet, Timestamp published, int length, long contentHash, String textHash,
      scala.collection.immutable.Seq<Long> fingerprints, List<Row> quotes, List<Row> attributions) {
    return RowFactory.create("document", file, null, null, id, origin, kind, title, outlet,
        published, length, contentHash, textHash, fingerprints, seq(quotes),
        attributions == null ? null : seq(attributions), null);
  }

  /**
   * The extract rows of one task, its document rows given their {@link #READ_ORDER}: the task
   * reads the {@code file}-th input from byte {@code part}, its rows in the order read.
   */
  static List<Row> inReadOrder(List<Row> rows, int file, long part) {
    List<Row> out = new java.util.ArrayList<>(rows.size());
    int document = 0;
    for (Row r : rows) {
      if (!"document".equals(r.getString(0))) {
        out.add(r);
        continue;
      }
      Object[] v = new Object[r.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = r.get(i);
      }
      v[v.length - 1] = RowFactory.create(file, part, document++);
      out.add(RowFactory.create(v));
    }
    return out;
  }

  /** Spark's row encoder takes a Scala sequence for an array column. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  static Row problem(String file, String row, String where, String message) {
    return RowFactory.create(row, file, where, message, null, null, null, null, null, null, null,
        null, null, null, null, null, null);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }
}
