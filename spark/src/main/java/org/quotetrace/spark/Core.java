package org.quotetrace.spark;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.AttributionFinder;
import org.quotetrace.index.CorpusReader;
import org.quotetrace.index.IndexedQuotes;
import org.quotetrace.index.TopSources;
import org.quotetrace.index.VariantGrouping;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteAttributions;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.report.QuoteJson;
import org.quotetrace.text.Document;
import org.quotetrace.text.Offsets;
import org.quotetrace.trace.Edit;
import org.quotetrace.trace.Wording;

/**
 * The one place the Spark job calls quotetrace's core and index: reading a file into documents,
 * a document into the row {@link Tables#EXTRACT} describes, and a quote's candidates into its
 * parent by the rules of local variant grouping. Everything the job needs of the
 * library goes through here, so a change of the library's records changes this class alone.
 */
final class Core {
  private Core() {}

  /** Thread-safe and costly to build (it loads the speaker model): one per executor JVM. */
  private static volatile QuoteFinder finder;

  private static QuoteFinder finder() {
    QuoteFinder f = finder;
    if (f == null) {
      synchronized (Core.class) {
        f = finder;
        if (f == null) {
          finder = f = new QuoteFinder();
        }
      }
    }
    return f;
  }

  /**
   * Every document of one input file as an extract row, and every failure and warning as a row
   * of its own, in the order the local reader finds them.
   *
   * @param local the file on local disk (a copy, for a file of another filesystem)
   * @param name the file's name in the job's filesystem: what rows and messages name
   */
  static List<Row> extract(Path local, String name, boolean attributions) {
    List<Row> out = new ArrayList<>();
    CorpusReader reader = new CorpusReader(ReadOptions.DEFAULTS);
    try {
      reader.readFile(local, name, rows(out, name, attributions));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + ": interrupted while reading", e);
    }
    return out;
  }

  /**
   * Every document of one part of a JSON Lines file as an extract row ({@link #extract(Path,
   * String, boolean)}), and every failure and warning: {@code part} holds the part's bytes, whose
   * first line is line {@code line} of the file {@code name}.
   */
  static List<Row> extractPart(java.io.InputStream part, String name, long line,
      boolean attributions) {
    List<Row> out = new ArrayList<>();
    try {
      new CorpusReader(ReadOptions.DEFAULTS).readJsonLinesPart(part, name, line,
          rows(out, name, attributions));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + ": interrupted while reading", e);
    }
    return out;
  }

  /**
   * A reader's sink that adds each document's row, and each failure and warning, of the file
   * {@code name} to {@code out}.
   */
  private static CorpusReader.Sink rows(List<Row> out, String name, boolean attributions) {
    return new CorpusReader.Sink() {
      @Override
      public void document(Document doc, long bytesDone) {
        out.add(extract(doc, name, attributions));
      }

      @Override
      public void failure(String where, String message) {
        out.add(Tables.problem(name, "failure", where, message));
      }

      @Override
      public void warning(String where, String message) {
        out.add(Tables.problem(name, "warning", where, message));
      }
    };
  }

  /** One document's row; a document whose quotes cannot be found is a failure row instead. */
  static Row extract(Document doc, String file, boolean attributions) {
    try {
      Extraction found = finder().find(doc);
      List<Attribution> said = attributions
          ? QuoteAttributions.complete(found, AttributionFinder.shipped().find(doc.text())) : null;
      return document(doc, file, found, said);
    } catch (RuntimeException | StackOverflowError e) {
      // As when indexing: a fault in one document costs that document, not the file.
      String m = e.getMessage();
      return Tables.problem(file, "failure", doc.origin(), "its quotes could not be found ("
          + e.getClass().getSimpleName() + (m == null ? "" : ": " + m) + ")");
    }
  }

  /**
   * The row of one document. Quotes and attributions are taken from the JSON that {@code
   * quotetrace quotes} prints (the same function makes both), so the two cannot drift apart.
   */
  private static Row document(Document doc, String file, Extraction found, List<Attribution> said) {
    String text = doc.text();
    Offsets off = Offsets.of(text);
    IndexedQuotes.Doc indexed = IndexedQuotes.of(doc, found);
    IndexedQuotes.Indexed[] byQuote = new IndexedQuotes.Indexed[found.quotes().size()];
    for (IndexedQuotes.Indexed q : indexed.quotes()) {
      byQuote[q.index()] = q;
    }
    List<Row> quotes = new ArrayList<>(byQuote.length);
    for (int k = 0; k < byQuote.length; k++) {
      JsonNode q = QuoteJson.quote(found.quotes().get(k), text, off);
      JsonNode sp = q.path("speaker");
      JsonNode m = sp.path("mention");
      JsonNode cue = q.path("cue");
      IndexedQuotes.Indexed ix = byQuote[k];
      quotes.add(RowFactory.create(k, q.get("start").intValue(), q.get("end").intValue(),
          q.get("kind").textValue(), q.get("text").textValue(), q.path("turn").asBoolean(false),
          sp.path("name").textValue(), m.path("text").textValue(), integer(m, "start"),
          integer(m, "end"), sp.path("basis").textValue(), cue.path("text").textValue(),
          integer(cue, "start"), integer(cue, "end"),
          ix != null, ix == null ? null : ix.speakerKey(), ix == null ? null : ix.words(),
          ix == null ? null : ints(ix.fingerprints())));
    }
    List<Row> attributions = null;
    if (said != null) {
      attributions = new ArrayList<>(said.size());
      for (Attribution a : said) {
        JsonNode j = QuoteJson.attribution(a, found.quotes(), text, off);
        JsonNode c = j.get("content");
        JsonNode src = j.path("source");
        JsonNode cue = j.path("cue");
        List<Integer> held = new ArrayList<>();
        j.path("quotes").forEach(n -> held.add(n.intValue()));
        attributions.add(RowFactory.create(j.get("form").textValue(), c.get("start").intValue(),
            c.get("end").intValue(), c.get("text").textValue(), integer(src, "start"),
            integer(src, "end"), src.path("text").textValue(), src.path("name").textValue(),
            integer(cue, "start"), integer(cue, "end"), cue.path("text").textValue(), Tables.seq(held)));
      }
    }
    return Tables.document(file, doc.id(), doc.origin(), doc.kind().id(), doc.title().orElse(null),
        doc.outlet().orElse(null), doc.published().map(Timestamp::from).orElse(null),
        off.toCodePoint(text.length()), indexed.contentHash(), indexed.textHash(),
        longs(indexed.fingerprints()), quotes, attributions);
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.intValue();
  }

  private static scala.collection.immutable.Seq<Integer> ints(int[] a) {
    List<Integer> out = new ArrayList<>(a.length);
    for (int v : a) {
      out.add(v);
    }
    return Tables.seq(out);
  }

  private static scala.collection.immutable.Seq<Long> longs(long[] a) {
    List<Long> out = new ArrayList<>(a.length);
    for (long v : a) {
      out.add(v);
    }
    return Tables.seq(out);
  }

  // ---- Variants: the grouping rules of the local index, over rows.

  static final int MAX_POSTINGS = VariantGrouping.MAX_POSTINGS;
  static final int MAX_COMMON_POSTINGS = VariantGrouping.MAX_COMMON_POSTINGS;
  static final int RARE_ENOUGH = VariantGrouping.RARE_ENOUGH;
  static final double CONTAINMENT = VariantGrouping.CONTAINMENT;
  static final double OTHER_SPEAKER_CONTAINMENT = VariantGrouping.OTHER_SPEAKER_CONTAINMENT;

  static Integer bySpeaker(Integer hash, Long speaker) {
    return VariantGrouping.bySpeaker(hash, speaker);
  }

  /** A quote with its parent: null for a root. */
  static final StructType PARENT = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("document", DataTypes.StringType, false),
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("turn", DataTypes.BooleanType, false),
      DataTypes.createStructField("speaker", DataTypes.StringType, true),
      DataTypes.createStructField("outlet", DataTypes.StringType, true),
      DataTypes.createStructField("published", DataTypes.TimestampType, true),
      DataTypes.createStructField("parent_document", DataTypes.StringType, true),
      DataTypes.createStructField("parent_start", DataTypes.IntegerType, true),
  });

  /** What changed from the parent's wording to the quote's, word by word. */
  static final StructType CHANGE = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("op", DataTypes.StringType, false),
      DataTypes.createStructField("from", DataTypes.StringType, false),
      DataTypes.createStructField("to", DataTypes.StringType, false),
  });

  static final StructType LINKED = PARENT.add("changes", DataTypes.createArrayType(CHANGE, false), false);

  private static VariantGrouping.Quote groupingQuote(Row r) {
    List<Integer> fps = r.getList(r.fieldIndex("fps"));
    int[] prints = new int[fps.size()];
    for (int k = 0; k < prints.length; k++) {
      prints[k] = fps.get(k);
    }
    Long sp = r.getAs("sp");
    return new VariantGrouping.Quote(r.getAs("document"), r.<Integer>getAs("start"),
        r.<Integer>getAs("words"), r.<Long>getAs("time"), sp == null ? 0 : sp,
        r.<Boolean>getAs("turn"), prints, r.getAs("text"));
  }

  /**
   * A quote (with its candidates in {@code cands}, null when none), the parent it chooses and
   * what changed from the parent's wording: the candidate carries its text, so the parent's
   * wording needs no second join by parent.
   */
  static Row chooseParent(Row r) {
    String parentDocument = null;
    Integer parentStart = null;
    String parentText = null;
    int at = r.fieldIndex("cands");
    if (!r.isNullAt(at)) {
      List<Row> rows = r.getList(at);
      List<VariantGrouping.Quote> cands = new ArrayList<>(rows.size());
      for (Row c : rows) {
        cands.add(groupingQuote(c));
      }
      int best = VariantGrouping.choose(groupingQuote(r), cands);
      if (best >= 0) {
        parentDocument = cands.get(best).document();
        parentStart = cands.get(best).start();
        parentText = cands.get(best).text();
      }
    }
    List<Row> changes = new ArrayList<>();
    if (parentText != null) {
      for (Edit e : Wording.changes(parentText, r.getAs("text"))) {
        changes.add(RowFactory.create(e.op().id(), e.sourceText(), e.articleText()));
      }
    }
    return RowFactory.create(r.getAs("document"), r.getAs("start"), r.getAs("end"), r.getAs("text"),
        r.getAs("turn"), r.getAs("speaker"), r.getAs("outlet"), r.getAs("published"),
        parentDocument, parentStart, Tables.seq(changes));
  }

  /** What changed from {@code parent} to {@code quote}, as {@code op:from>to}. */
  static List<String> changes(String parent, String quote) {
    List<String> out = new ArrayList<>();
    for (Edit e : Wording.changes(parent, quote)) {
      out.add(e.op().id() + ":" + e.sourceText() + ">" + e.articleText());
    }
    return out;
  }

  // ---- Sources for every article: the local definition (TopSources), over rows.

  static final StructType COVERED = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("share", DataTypes.DoubleType, false),
  });

  /** One row of the sources table: {@link TopSources.Pair}, times as ISO-8601 (absent when unknown). */
  static final StructType SOURCE_PAIR = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("article", DataTypes.StringType, false),
      DataTypes.createStructField("article_published", DataTypes.StringType, true),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("source_published", DataTypes.StringType, true),
      DataTypes.createStructField("source_kind", DataTypes.StringType, false),
      DataTypes.createStructField("rank", DataTypes.IntegerType, false),
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("reuse", DataTypes.DoubleType, false),
      DataTypes.createStructField("shared", DataTypes.IntegerType, false),
      DataTypes.createStructField("quotes", DataTypes.createArrayType(COVERED, false), false),
  });

  /** An article's row (its prints, quotes and candidates) ranked into rows of {@link #SOURCE_PAIR}. */
  static List<Row> topSources(Row r, long documents, int top) {
    List<Row> printRows = r.getList(r.fieldIndex("prints"));
    long[] prints = new long[printRows.size()];
    long[] df = new long[prints.length];
    for (int i = 0; i < prints.length; i++) {
      prints[i] = printRows.get(i).getAs("h");
      df[i] = printRows.get(i).getAs("df");
    }
    List<TopSources.Quote> quotes = new ArrayList<>();
    int q = r.fieldIndex("quotes");
    if (!r.isNullAt(q)) {
      for (Row x : r.<Row>getList(q)) {
        quotes.add(new TopSources.Quote(x.getAs("start"), x.getAs("end"), x.getAs("text")));
      }
    }
    List<TopSources.Candidate> cands = new ArrayList<>();
    for (Row c : r.<Row>getList(r.fieldIndex("cands"))) {
      List<Long> shared = c.getList(c.fieldIndex("shared"));
      long[] held = new long[shared.size()];
      for (int i = 0; i < held.length; i++) {
        held[i] = shared.get(i);
      }
      cands.add(new TopSources.Candidate(c.getAs("source"), c.<Long>getAs("source_time"),
          c.getAs("source_kind"), held));
    }
    TopSources.Article article = new TopSources.Article(r.getAs("article"), r.<Long>getAs("time"),
        prints, df, quotes);
    List<Row> out = new ArrayList<>();
    for (TopSources.Pair p : TopSources.rank(article, cands, documents, top)) {
      List<Row> covered = new ArrayList<>(p.quotes().size());
      for (TopSources.Covered c : p.quotes()) {
        covered.add(RowFactory.create(c.start(), c.end(), c.share()));
      }
      out.add(RowFactory.create(p.article(), TopSources.published(p.articleTime()).orElse(null),
          p.source(), TopSources.published(p.sourceTime()).orElse(null), p.sourceKind(), p.rank(),
          p.score(), p.reuse(), p.shared(), Tables.seq(covered)));
    }
    return out;
  }
}
