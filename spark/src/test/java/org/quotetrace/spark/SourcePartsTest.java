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
import org.quotetrace.index.TopSources;
import org.quotetrace.trace.Fingerprints;

/** Finding an article's candidate sources within a part, without a Spark session: rows in, rows out. */
class SourcePartsTest {
  private static final StructType PRINT_DF = DataTypes.createStructType(List.of(
      DataTypes.createStructField("h", DataTypes.LongType, false),
      DataTypes.createStructField("df", DataTypes.LongType, false)));
  private static final StructType QUOTE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("text", DataTypes.StringType, false)));
  private static final StructType ARTICLE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("part", DataTypes.IntegerType, false),
      DataTypes.createStructField("n", DataTypes.IntegerType, false),
      DataTypes.createStructField("prints", DataTypes.createArrayType(PRINT_DF, false), false),
      DataTypes.createStructField("quotes", DataTypes.createArrayType(QUOTE, false), true)));

  private static final String QUOTE_TEXT = "the harbour bridge will close for repairs next spring";
  private static final String ARTICLE_TEXT = "Officials met on Tuesday in the council chamber to weigh"
      + " the cost of the works, and the mayor told reporters that " + QUOTE_TEXT + ", before"
      + " leaving for a long weekend of meetings with the regional transport board downtown. Traders"
      + " along the quay fear a quiet summer, and ferry operators have asked for extra sailings while"
      + " the crossing stays shut, according to a letter seen by this newspaper on Friday evening";

  private static long[] prints(String text) {
    return Fingerprints.distinct(Fingerprints.Stemmed.of(text).shingles(TopSources.QUOTE_GRAM));
  }

  private static Row print(long h, Integer... holders) {
    return new GenericRowWithSchema(new Object[] {0, h, Tables.seq(List.of(holders))}, SourceParts.PRINT);
  }

  private static Set<String> candidates(List<Row> prints, long[] articlePrints, String quote) {
    List<Row> withDf = new ArrayList<>();
    for (long h : articlePrints) {
      long df = prints.stream().filter(p -> p.<Long>getAs("h") == h)
          .mapToLong(p -> p.getList(p.fieldIndex("holders")).size()).findFirst().orElse(1);
      withDf.add(new GenericRowWithSchema(new Object[] {h, df}, PRINT_DF));
    }
    Object quotes = quote == null ? null
        : Tables.seq(List.<Row>of(new GenericRowWithSchema(new Object[] {quote}, QUOTE)));
    Row article = new GenericRowWithSchema(new Object[] {0, 3, Tables.seq(withDf), quotes}, ARTICLE);
    Set<String> out = new TreeSet<>();
    Iterator<Row> it = SourceParts.candidates(prints.iterator(), List.of(article).iterator(), 1_000);
    while (it.hasNext()) {
      Row r = it.next();
      out.add(r.getInt(0) + "<-" + r.getInt(1) + ":" + ((long[]) r.get(2)).length);
    }
    return out;
  }

  @Test
  void anEarlierDocumentHoldingHalfAQuoteIsACandidateAndOneHoldingAStrayPrintIsNot() {
    long[] all = prints(ARTICLE_TEXT);
    long[] quote = prints(QUOTE_TEXT);
    // Document 0 holds the quote's prints and nothing else of the article; document 1 one print of
    // the article outside the quote; document 5 (after the article, number 3) all of them.
    List<Row> rows = new ArrayList<>();
    long stray = -1;
    for (long h : all) {
      boolean inQuote = java.util.Arrays.stream(quote).anyMatch(q -> q == h);
      if (inQuote) {
        rows.add(print(h, 0, 3, 5));
      } else if (stray == -1) {
        stray = h;
        rows.add(print(h, 1, 3, 5));
      } else {
        rows.add(print(h, 3, 5));
      }
    }
    int shared = (int) java.util.Arrays.stream(all).filter(h -> java.util.Arrays.stream(quote)
        .anyMatch(q -> q == h)).count();
    assertEquals(Set.of("3<-0:" + shared), candidates(rows, all, QUOTE_TEXT));
  }

  @Test
  void withoutTheQuoteTheSameDocumentMustHoldAFifthOfTheArticle() {
    long[] all = prints(ARTICLE_TEXT);
    long[] quote = prints(QUOTE_TEXT);
    List<Row> rows = new ArrayList<>();
    for (long h : all) {
      boolean inQuote = java.util.Arrays.stream(quote).anyMatch(q -> q == h);
      rows.add(inQuote ? print(h, 0, 3) : print(h, 3));
    }
    // The quote's prints are well under a fifth of a long article's, then well over it.
    assertEquals(Set.of(), candidates(rows, all, null));
    assertEquals(Set.of("3<-0:" + quote.length), candidates(rows, quote, null));
  }

  @Test
  void candidatesAreHandedBackOneArticleAtATimeAsTheyAreAskedFor() {
    long[] quote = prints(QUOTE_TEXT);
    // Document 0 holds the quote; articles 3, 4 and 5 (one part) each quote it in full.
    List<Row> rows = new ArrayList<>();
    List<Row> withDf = new ArrayList<>();
    for (long h : quote) {
      rows.add(print(h, 0, 3, 4, 5));
      withDf.add(new GenericRowWithSchema(new Object[] {h, 4L}, PRINT_DF));
    }
    int[] read = {0};
    Iterator<Row> articles = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read[0] < 3;
      }

      @Override
      public Row next() {
        int n = 3 + read[0]++;
        return new GenericRowWithSchema(new Object[] {0, n, Tables.seq(withDf), null}, ARTICLE);
      }
    };
    Iterator<Row> it = SourceParts.candidates(rows.iterator(), articles, 1_000);
    assertEquals(0, read[0], "nothing is read before a row is asked for");
    List<String> seen = new ArrayList<>();
    while (it.hasNext()) {
      Row r = it.next();
      seen.add(r.getInt(0) + "<-" + r.getInt(1));
      // Article n's rows come while it is the last article read.
      assertEquals(r.getInt(0) - 2, read[0]);
    }
    assertEquals(List.of("4<-0", "4<-3", "5<-0", "5<-3", "5<-4", "3<-0").stream().sorted().toList(),
        seen.stream().sorted().toList());
  }

  @Test
  void aPrintReachesEachPartOnceWithItsHoldersUpToThatPartsLast() {
    // Holders 7, 2, 9, 4, 12 of one print, over 4 parts: part 0 holds 4 and 12, part 1 holds 9,
    // part 2 holds 2 (the earliest holder: nobody's later document), part 3 holds 7.
    Row r = new GenericRowWithSchema(new Object[] {42L, Tables.seq(List.of(7, 2, 9, 4, 12))},
        DataTypes.createStructType(List.of(
            DataTypes.createStructField("h", DataTypes.LongType, false),
            DataTypes.createStructField("holders", DataTypes.createArrayType(DataTypes.IntegerType, false), false))));
    Set<String> sent = new TreeSet<>();
    SourceParts.spread(r, 4).forEachRemaining(p -> sent.add(
        p.getInt(0) + ":" + p.getLong(1) + ":" + java.util.Arrays.toString((int[]) p.get(2))));
    assertEquals(Set.of("0:42:[2, 4, 7, 9, 12]", "1:42:[2, 4, 7, 9]", "3:42:[2, 4, 7]"), sent);
  }
}
