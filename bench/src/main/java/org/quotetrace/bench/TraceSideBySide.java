package org.quotetrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quotetrace.bench.BaselineText.Window;
import org.quotetrace.bench.BaselineText.Words;
import org.quotetrace.bench.EmbeddingMatcher.Best;
import org.quotetrace.bench.EmbeddingMatcher.SourceSentence;
import org.quotetrace.bench.QuotusRule.Kind;
import org.quotetrace.bench.QuotusRule.Outcome;
import org.quotetrace.eval.TraceCases;
import org.quotetrace.eval.TraceCases.Case;
import org.quotetrace.eval.TraceCases.Label;
import org.quotetrace.eval.TraceCases.Method;
import org.quotetrace.eval.TraceCases.Prediction;
import org.quotetrace.eval.TraceCases.Score;
import org.quotetrace.eval.TraceCases.SourceSpan;
import org.quotetrace.meaning.CachingEncoder;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Span;
import org.quotetrace.trace.Flag;
import org.quotetrace.trace.Match;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.Tracer;
import org.quotetrace.trace.Verdict;

/**
 * quotetrace and two baselines side by side on the labelled trace cases, scored by the same
 * {@link TraceCases#score} code: the QUOTUS matching rule ({@link QuotusRule}) and a pure
 * sentence-embedding matcher ({@link EmbeddingMatcher}) with the same MiniLM model, whose
 * threshold is chosen on the dev split only. Every method sees the same extracted quotes: the
 * speech quotes of quotetrace's {@link QuoteFinder}, matched to labels as {@link TraceCases#find}
 * does. Then the DESIGN pitfall pairs, through each method.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.quotetrace.bench.TraceSideBySide [CASES_DIR]
 *     [--confusion] [--misses]</pre>
 */
public final class TraceSideBySide {
  private static final String[] SPLITS = {null, "dev", "test"};

  private TraceSideBySide() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "core/src/test/resources/trace/cases");
    if (!Files.isDirectory(dir)) {
      System.err.println("trace-side-by-side: " + dir + ": no such folder of labelled cases");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    SentenceEncoder encoder = new CachingEncoder(MiniLmEncoder.load(), 50_000);
    System.out.printf(Locale.ROOT, "MiniLM loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    List<Case> cases = TraceCases.load(dir);
    int labels = cases.stream().mapToInt(c -> c.labels().size()).sum();
    System.out.printf("%d cases, %d labelled speech quotes from %s%n", cases.size(), labels, dir);

    Map<String, Prepared> prepared = new HashMap<>();
    int unextracted = 0;
    for (Case c : cases) {
      Prepared p = Prepared.of(c);
      prepared.put(c.name(), p);
      for (Span s : p.quoteSpans) {
        if (s == null) {
          unextracted++;
        }
      }
    }
    System.out.printf("labels with no extracted quote (MISSING = unsupported for every method): %d%n%n",
        unextracted);

    Map<String, Method> methods = new LinkedHashMap<>();
    Map<String, Double> seconds = new LinkedHashMap<>();
    Tracer withMeaning = new Tracer(() -> encoder);
    methods.put("quotetrace (MiniLM)", memo(c -> TraceCases.predictions(c,
        withMeaning.trace(c.article(), c.sources())), seconds, "quotetrace (MiniLM)"));
    Tracer lexical = Tracer.lexical();
    methods.put("quotetrace --words-only", memo(c -> TraceCases.predictions(c,
        lexical.trace(c.article(), c.sources())), seconds, "quotetrace --words-only"));
    QuotusRule published = QuotusRule.published();
    methods.put("QUOTUS rule", memo(c -> quotus(prepared.get(c.name()), published),
        seconds, "QUOTUS rule"));
    QuotusRule noFloor = QuotusRule.noLengthFloor();
    methods.put("QUOTUS rule, no 6-word floor", memo(c -> quotus(prepared.get(c.name()), noFloor),
        seconds, "QUOTUS rule, no 6-word floor"));

    // The embedding matcher: cosines once, thresholds after.
    long e0 = System.nanoTime();
    Map<String, List<List<Best>>> bests = new HashMap<>();
    for (Case c : cases) {
      bests.put(c.name(), embeddingBests(prepared.get(c.name()), encoder));
    }
    double embedSeconds = (System.nanoTime() - e0) / 1e9;
    double chosen = Double.NaN;
    Score bestDev = null;
    for (int k = 30; k <= 95; k++) {
      double t = k / 100.0;
      Score s = TraceCases.score(cases, "dev", c -> embedding(bests.get(c.name()), t));
      if (bestDev == null || s.verdictsRight() > bestDev.verdictsRight()
          || s.verdictsRight() == bestDev.verdictsRight() && s.spansRight() > bestDev.spansRight()) {
        bestDev = s;
        chosen = t;
      }
    }
    double t = chosen;
    String embName = String.format(Locale.ROOT, "embedding only, t=%.2f", t);
    methods.put(embName, c -> embedding(bests.get(c.name()), t));
    seconds.put(embName, embedSeconds);

    System.out.printf("%-32s %-5s %6s %9s %9s %8s %8s%n", "method", "split", "quotes",
        "verdict", "span", "flag F1", "seconds");
    for (Map.Entry<String, Method> m : methods.entrySet()) {
      boolean flags = m.getKey().startsWith("quotetrace");
      for (String split : SPLITS) {
        Score s = TraceCases.score(cases, split, m.getValue());
        System.out.printf(Locale.ROOT, "%-32s %-5s %6d %9.3f %9.3f %8s %8s%n", m.getKey(),
            split == null ? "all" : split, s.quotes(), s.verdictAccuracy(), s.spanAccuracy(),
            flags ? String.format(Locale.ROOT, "%.3f", s.flagF1()) : "-",
            split == null && seconds.containsKey(m.getKey())
                ? String.format(Locale.ROOT, "%.1f", seconds.get(m.getKey())) : "");
      }
    }
    System.out.printf(Locale.ROOT,
        "%nembedding threshold chosen on dev only (verdict accuracy, then span accuracy): t=%.2f"
            + " (dev verdict %.3f); test is reported with it%n", t, bestDev.verdictAccuracy());
    System.out.println("seconds: wall time of one pass over all cases in this JVM (quotetrace"
        + " first, so it also pays JIT warm-up and the source embeddings the embedding matcher"
        + " then finds cached)");
    List<String> opts = List.of(args).subList(Math.min(1, args.length), args.length);
    if (opts.contains("--misses")) {
      for (Map.Entry<String, Method> m : methods.entrySet()) {
        System.out.println("\n" + m.getKey() + " (all): misses");
        TraceCases.score(cases, null, m.getValue()).misses()
            .forEach(x -> System.out.println("  " + x));
      }
    }
    if (opts.contains("--confusion")) {
      for (Map.Entry<String, Method> m : methods.entrySet()) {
        System.out.println("\n" + m.getKey() + " (all): label -> predicted");
        TraceCases.score(cases, null, m.getValue()).confusion()
            .forEach((k, v) -> System.out.println("  " + k + ": " + v));
      }
    }
    pitfalls(encoder, withMeaning, t);
  }

  /** A method whose predictions are computed once per case, timing the first pass. */
  private static Method memo(Function<Case, List<Prediction>> f, Map<String, Double> seconds,
      String name) {
    Map<String, List<Prediction>> done = new HashMap<>();
    return c -> done.computeIfAbsent(c.name(), k -> {
      long s = System.nanoTime();
      List<Prediction> p = f.apply(c);
      seconds.merge(name, (System.nanoTime() - s) / 1e9, Double::sum);
      return p;
    });
  }

  /** A case's article quotes per label, and the source passages the baselines search. */
  record Prepared(Case c, List<Span> quoteSpans, List<String> texts, List<Window> windows,
      List<Words> windowWords) {
    static Prepared of(Case c) {
      String text = c.article().text();
      List<Quote> speech = new QuoteFinder().find(c.article()).speech();
      List<Span> spans = new ArrayList<>();
      for (Label l : c.labels()) {
        spans.add(find(speech, text, l.quote()));
      }
      List<String> texts = c.sources().stream().map(Document::text).toList();
      List<Window> windows = BaselineText.windows(c.sources());
      List<Words> words = new ArrayList<>();
      for (Window w : windows) {
        words.add(BaselineText.quotusWords(texts.get(w.source()), w.span()));
      }
      return new Prepared(c, spans, texts, windows, words);
    }
  }

  // The same rule as TraceCases.find, which only takes a Trace.
  static Span find(List<Quote> quotes, String text, String labelQuote) {
    String want = norm(labelQuote);
    for (Quote q : quotes) {
      String have = norm(q.text(text));
      if (have.startsWith(want) || want.startsWith(have) && have.length() >= 8) {
        return q.span();
      }
    }
    return null;
  }

  private static String norm(String s) {
    return s.replaceAll("[\\s“”\"‘’']+", " ").trim().toLowerCase(Locale.ROOT);
  }

  static List<Prediction> quotus(Prepared p, QuotusRule rule) {
    List<Prediction> out = new ArrayList<>();
    String text = p.c().article().text();
    for (Span q : p.quoteSpans()) {
      if (q == null) {
        out.add(Prediction.MISSING);
        continue;
      }
      out.add(quotusPrediction(rule.match(text, q, p.texts(), p.windows(), p.windowWords())));
    }
    return out;
  }

  static Prediction quotusPrediction(List<Outcome> os) {
    int exact = 0;
    int aligned = 0;
    List<SourceSpan> spans = new ArrayList<>();
    for (Outcome o : os) {
      if (o.kind() == Kind.EXACT) {
        exact++;
      } else if (o.kind() == Kind.ALIGNED) {
        aligned++;
      }
      if (o.kind() != Kind.NONE) {
        spans.add(new SourceSpan(o.source(), o.span()));
      }
    }
    Verdict v;
    if (exact + aligned == 0) {
      v = Verdict.UNSUPPORTED;
      spans.clear();
    } else if (exact + aligned < os.size()) {
      v = Verdict.PARTIAL;
    } else if (aligned == 0) {
      v = Verdict.VERBATIM;
    } else {
      v = Verdict.EDITED;
    }
    return new Prediction(v, Set.of(), spans);
  }

  static List<List<Best>> embeddingBests(Prepared p, SentenceEncoder encoder) {
    List<SourceSentence> sentences =
        EmbeddingMatcher.sourceSentences(p.texts(), p.windows(), encoder);
    List<List<Best>> out = new ArrayList<>();
    String text = p.c().article().text();
    for (Span q : p.quoteSpans()) {
      out.add(q == null ? null : EmbeddingMatcher.best(text, q, sentences, encoder));
    }
    return out;
  }

  static List<Prediction> embedding(List<List<Best>> perLabel, double t) {
    List<Prediction> out = new ArrayList<>();
    for (List<Best> bs : perLabel) {
      out.add(bs == null ? Prediction.MISSING : embeddingPrediction(bs, t));
    }
    return out;
  }

  static Prediction embeddingPrediction(List<Best> bs, double t) {
    int matched = 0;
    boolean allSame = true;
    List<SourceSpan> spans = new ArrayList<>();
    for (Best b : bs) {
      if (b.sentence() != null && b.cosine() >= t) {
        matched++;
        allSame &= b.sameWords();
        spans.add(new SourceSpan(b.sentence().source(), b.sentence().span()));
      }
    }
    Verdict v;
    if (matched == 0) {
      v = Verdict.UNSUPPORTED;
    } else if (matched < bs.size()) {
      v = Verdict.PARTIAL;
    } else {
      v = allSame ? Verdict.VERBATIM : Verdict.PARAPHRASE;
    }
    return new Prediction(v, Set.of(), spans);
  }

  // DESIGN.md's two pitfalls: a translation variant that must be accepted, and a same-story
  // sentence that must be rejected.
  private static void pitfalls(SentenceEncoder encoder, Tracer tracer, double t) {
    String[][] pairs = {
        {"must be accepted",
            "Haftar told RT: “Russia is a global power. It is an influential figure on the"
                + " international stage.”\n",
            "REPORTER (Arabic): How does Moscow see Libya?\n\nKHALIFA HAFTAR (Arabic): Russia is a"
                + " world power. It has influence on the world stage.\n"},
        {"must be rejected",
            "“To enact the plan we need some 4,000 people,” Haftar told RT.\n",
            "REPORTER (Arabic): Who does the plan concern?\n\nKHALIFA HAFTAR (Arabic): Italy,"
                + " France, Spain and Greece are transit countries for migrants.\n"}};
    System.out.println("\nDESIGN pitfall pairs");
    for (String[] pair : pairs) {
      Document article = Readers.parse("article", pair[1], ReadOptions.DEFAULTS);
      Document source = Readers.parse("source", pair[2],
          ReadOptions.DEFAULTS.withKind(DocumentKind.TRANSCRIPT));
      List<Quote> speech = new QuoteFinder().find(article).speech();
      System.out.printf("%n%s:%n  article: %s  source (%s, %d turns): %s", pair[0], pair[1],
          source.kind().name().toLowerCase(Locale.ROOT), source.turns().size(),
          pair[2].replace("\n\n", " / "));
      if (speech.isEmpty()) {
        System.out.println("  no quote extracted from the article");
        continue;
      }
      Span q = speech.get(0).span();
      String text = article.text();
      Trace tr = tracer.trace(article, List.of(source));
      for (TracedQuote tq : tr.quotes()) {
        StringBuilder ms = new StringBuilder();
        for (Match m : tq.matches()) {
          ms.append(String.format(Locale.ROOT, " [%s %.2f \"%s\"]",
              m.support().name().toLowerCase(Locale.ROOT), m.similarity(), m.text()));
        }
        Set<Flag> flags = tq.flags().isEmpty() ? Set.of() : EnumSet.copyOf(tq.flags());
        System.out.printf(Locale.ROOT, "  quotetrace: %s, fidelity %.2f, flags %s, matches%s%n",
            tq.verdict().id(), tq.fidelity(), flags, ms);
      }
      Prepared p = new Prepared(null, List.of(q), List.of(source.text()),
          BaselineText.windows(List.of(source)), null);
      List<Words> ww = new ArrayList<>();
      for (Window w : p.windows()) {
        ww.add(BaselineText.quotusWords(source.text(), w.span()));
      }
      for (QuotusRule rule : List.of(QuotusRule.published(), QuotusRule.noLengthFloor())) {
        List<Outcome> os = rule.match(text, q, p.texts(), p.windows(), ww);
        StringBuilder d = new StringBuilder();
        for (Outcome o : os) {
          d.append(String.format(Locale.ROOT, " [%s: %s, content words shared %.0f%%, NW %s]",
              o.quotePart().text(text), o.kind().name().toLowerCase(Locale.ROOT),
              100 * o.overlap(), Double.isNaN(o.score()) ? "not run"
                  : String.format(Locale.ROOT, "%.2f/word", o.score())));
        }
        System.out.printf("  QUOTUS%s: %s;%s%n", rule.minQuoteWords == 0 ? " (no floor)" : "",
            quotusPrediction(os).verdict().id(), d);
      }
      List<SourceSentence> ss =
          EmbeddingMatcher.sourceSentences(p.texts(), p.windows(), encoder);
      List<Best> bs = EmbeddingMatcher.best(text, q, ss, encoder);
      StringBuilder d = new StringBuilder();
      for (Best b : bs) {
        d.append(String.format(Locale.ROOT, " [%s -> \"%s\" cos %.2f]", b.quotePart().text(text),
            b.sentence().span().text(source.text()), b.cosine()));
      }
      double whole = SentenceEncoder.cosine(encoder.encode(q.text(text)),
          encoder.encode(p.windows().get(p.windows().size() - 1).span().text(source.text())));
      System.out.printf(Locale.ROOT, "  embedding only (t=%.2f): %s;%s; whole quote vs whole"
          + " turn cos %.2f%n", t, embeddingPrediction(bs, t).verdict().id(), d, whole);
    }
  }
}
