package org.quotetrace.bench.index;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.quotetrace.bench.TimedEncoder;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.SourceFinder;
import org.quotetrace.meaning.CachingEncoder;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;
import org.quotetrace.trace.Tracer;

/**
 * Source finding on a generated corpus, side by side with the baseline a Lucene user would reach
 * for: MoreLikeThis on the article's text. For a sample of generated articles that quote a source
 * (or copy a story), it measures in one run, one thread, index open and warm:
 *
 * <ul>
 *   <li>recall at 1 and at 5: the share of articles whose labelled sources are all among the first
 *       one or five candidates;
 *   <li>latency of quotetrace's ranking alone, of its whole answer (ranking, reading the top three
 *       candidates back, and tracing the article against them, meaning model included), and of
 *       MoreLikeThis, as percentiles.
 * </ul>
 *
 * <p>Both methods see the same candidates: documents only, not the article itself, published
 * before it. Usage: {@code SourcesEval INDEX_DIR LABELS_JSONL [SAMPLE] [SEED] [--words-only] [--misses] [--meaning-budget N]}.
 */
public final class SourcesEval {
  private SourcesEval() {}

  @SuppressWarnings("checkstyle:ModifiedControlVariable")
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SourcesEval INDEX_DIR LABELS_JSONL [SAMPLE] [SEED] [--words-only]");
      System.exit(2);
    }
    Path indexDir = Path.of(args[0]);
    GeneratedLabels labels = GeneratedLabels.read(Path.of(args[1]));
    int sample = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    boolean wordsOnly = List.of(args).contains("--words-only");
    int warmup = Math.min(100, sample / 5);
    int misses = List.of(args).contains("--misses") ? 10 : 0;
    // The sources command's budget unless told otherwise, to see what it costs in recall of the
    // trace and saves in time.
    int at = List.of(args).indexOf("--meaning-budget");
    int budget = at >= 0 ? Integer.parseInt(args[at + 1]) : SourceFinder.MEANING_BUDGET;

    List<GeneratedLabels.Doc> withSources = new ArrayList<>();
    for (var e : labels.trueSources().entrySet()) {
      GeneratedLabels.Doc d = labels.docs.get(e.getKey());
      withSources.add(new GeneratedLabels.Doc(d.id(), d.kind(), List.copyOf(e.getValue())));
    }
    Collections.shuffle(withSources, new Random(seed));
    List<GeneratedLabels.Doc> picked = withSources.subList(0, Math.min(sample + warmup, withSources.size()));

    Supplier<SentenceEncoder> meaning = null;
    // Time spent encoding, and texts encoded, by the model (after the cache): the share of the
    // whole answer the meaning stage takes.
    TimedEncoder timed = null;
    if (!wordsOnly) {
      timed = new TimedEncoder(MiniLmEncoder.load());
      SentenceEncoder e = new CachingEncoder(timed, 50_000);
      meaning = () -> e;
    }
    Tracer tracer = (meaning == null ? Tracer.lexical() : new Tracer(meaning))
        .withMeaningBudget(budget);
    QuoteFinder quotes = new QuoteFinder();

    try (CorpusIndex index = CorpusIndex.open(indexDir);
        FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      SourceFinder finder = new SourceFinder(index);
      IndexSearcher searcher = new IndexSearcher(reader);
      MoreLikeThis mlt = new MoreLikeThis(reader);
      mlt.setAnalyzer(new EnglishAnalyzer());
      mlt.setFieldNames(new String[] {"body"});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(2);
      StoredFields stored = searcher.storedFields();

      long[] rank = new long[sample];
      long[] whole = new long[sample];
      long[] likeThis = new long[sample];
      long[] encodingTime = new long[sample];
      long[] encoded = new long[sample];
      int n = 0;
      int hit1 = 0;
      int hit5 = 0;
      int mltHit1 = 0;
      int mltHit5 = 0;
      for (int k = 0; k < picked.size(); k++) {
        GeneratedLabels.Doc d = picked.get(k);
        Document article = index.document(d.id()).orElseThrow(
            () -> new IllegalStateException("article " + d.id() + " is not in the index"));
        boolean counted = k >= warmup;

        long t0 = System.nanoTime();
        var found = quotes.find(article);
        SourceFinder.Result r = finder.find(article, found, 5);
        long t1 = System.nanoTime();
        long encodingBefore = timed == null ? 0 : timed.nanos();
        long textsBefore = timed == null ? 0 : timed.texts();
        List<SourceFinder.Candidate> top = SourceFinder.worthTracing(r.candidates(), 3);
        List<org.quotetrace.quote.Extraction> sources = finder.extractions(top);
        if (!sources.isEmpty()) {
          tracer.trace(found, sources);
        }
        long t2 = System.nanoTime();

        Query like = mlt.like("body", new StringReader(article.text()));
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(like, Occur.MUST)
            .add(new TermQuery(new Term("type", "doc")), Occur.FILTER)
            .add(new TermQuery(new Term("owner", article.id())), Occur.MUST_NOT);
        article.published().ifPresent(p -> q.add(
            LongPoint.newRangeQuery("published", Long.MIN_VALUE, p.toEpochMilli() - 1), Occur.FILTER));
        TopDocs mltTop = searcher.search(q.build(), 5);
        List<String> mltIds = new ArrayList<>();
        for (ScoreDoc sd : mltTop.scoreDocs) {
          mltIds.add(stored.document(sd.doc, java.util.Set.of("owner")).get("owner"));
        }
        long t3 = System.nanoTime();

        if (!counted) {
          continue;
        }
        List<String> ids = r.candidates().stream().map(SourceFinder.Candidate::id).toList();
        hit1 += ids.size() >= 1 && d.sources().contains(ids.get(0)) && d.sources().size() == 1 ? 1 : 0;
        hit5 += ids.containsAll(d.sources()) ? 1 : 0;
        if (!ids.containsAll(d.sources()) && misses-- > 0) {
          System.out.println("MISS " + d.id() + " (" + d.kind() + ", " + article.published().orElse(null)
              + ") sources " + d.sources() + " got:");
          for (SourceFinder.Candidate c : r.candidates()) {
            System.out.printf(Locale.ROOT, "   %s %s %.3f quotes %d %s%n", c.id(), c.kind().id(), c.score(),
                c.quotesCovered(), c.published().orElse(null));
          }
        }
        mltHit1 += mltIds.size() >= 1 && d.sources().contains(mltIds.get(0)) && d.sources().size() == 1 ? 1 : 0;
        mltHit5 += mltIds.containsAll(d.sources()) ? 1 : 0;
        encodingTime[n] = timed == null ? 0 : timed.nanos() - encodingBefore;
        encoded[n] = timed == null ? 0 : timed.texts() - textsBefore;
        rank[n] = t1 - t0;
        whole[n] = t2 - t0;
        likeThis[n] = t3 - t2;
        n++;
      }
      System.out.printf(Locale.ROOT, "index %s: %,d documents; %,d articles with labelled sources,"
              + " %,d measured after %,d warm-up; meaning %s%n", indexDir, index.documents(),
          withSources.size(), n, warmup, wordsOnly ? "off" : "on");
      System.out.printf(Locale.ROOT, "quotetrace    recall@1 %.4f  recall@5 %.4f%n", hit1 / (double) n, hit5 / (double) n);
      System.out.printf(Locale.ROOT, "MoreLikeThis  recall@1 %.4f  recall@5 %.4f%n", mltHit1 / (double) n, mltHit5 / (double) n);
      print("quotetrace ranking", rank, n);
      print("quotetrace whole answer (rank + trace top 3)", whole, n);
      if (!wordsOnly) {
        print("  of which meaning model encoding", encodingTime, n);
        long[] e = Arrays.copyOf(encoded, n);
        Arrays.sort(e);
        System.out.printf(Locale.ROOT, "%-45s p50 %7d     p90 %7d     p99 %7d     max %7d%n",
            "  texts encoded by the model per article", e[(int) Math.ceil(0.5 * n) - 1],
            e[(int) Math.ceil(0.9 * n) - 1], e[(int) Math.ceil(0.99 * n) - 1], e[n - 1]);
      }
      print("MoreLikeThis top 5", likeThis, n);
    }
  }

  private static void print(String what, long[] nanos, int n) {
    long[] s = Arrays.copyOf(nanos, n);
    Arrays.sort(s);
    System.out.printf(Locale.ROOT, "%-45s p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
        what, ms(s, 0.50), ms(s, 0.90), ms(s, 0.99), s[n - 1] / 1e6);
  }

  private static double ms(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
