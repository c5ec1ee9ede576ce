package org.quotetrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.Span;
import org.quotetrace.trace.Flag;
import org.quotetrace.trace.Match;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.TracedReport;
import org.quotetrace.trace.Verdict;

/**
 * Labelled source/article pairs and how a tracing method scores on them: verdict accuracy, flag
 * precision and recall, and whether the matched source spans are the labelled ones.
 *
 * <p>A case is a folder with {@code article.txt}, its sources, and {@code labels.json} (see the
 * README of the cases). Any method that predicts a verdict, flags and source spans per labelled
 * quote can be scored, so that quotetrace and the baselines it is compared with are measured by
 * the same code.
 */
public final class TraceCases {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TraceCases() {}

  /**
   * A labelled case.
   *
   * @param labels the article's quotes
   * @param reported the article's reported speech ("she told reporters the plan was dead"), each
   *     label's text lying inside the content of the attribution it labels
   */
  public record Case(String name, String split, Document article, List<Document> sources,
      List<Label> labels, List<Label> reported) {
    public Case {
      labels = List.copyOf(labels);
      reported = List.copyOf(reported);
    }

    /** A case of quotes only. */
    public Case(String name, String split, Document article, List<Document> sources,
        List<Label> labels) {
      this(name, split, article, sources, labels, List.of());
    }
  }

  /**
   * What a careful reader says of one article quote.
   *
   * @param quote the quote's text or its beginning
   * @param spans the labelled source passages, as spans into the source documents
   */
  public record Label(String quote, String speaker, Verdict verdict, Set<Flag> flags,
      List<SourceSpan> spans) {}

  /** A span in one of a case's sources. */
  public record SourceSpan(int source, Span span) {}

  /** What a method says of one labelled quote. */
  public record Prediction(Verdict verdict, Set<Flag> flags, List<SourceSpan> spans) {
    public static final Prediction MISSING =
        new Prediction(Verdict.UNSUPPORTED, Set.of(), List.of());
  }

  /** A tracing method, as far as scoring is concerned. */
  public interface Method {
    /** One prediction per label of the case, in label order. */
    List<Prediction> predict(Case c);
  }

  /** Loads every case folder under {@code dir}, in name order. */
  public static List<Case> load(Path dir) throws IOException {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        if (Files.isRegularFile(p.resolve("labels.json"))) {
          out.add(loadCase(p));
        }
      }
    }
    return out;
  }

  static Case loadCase(Path dir) throws IOException {
    JsonNode root = JSON.readTree(dir.resolve("labels.json").toFile());
    Document article = read(dir.resolve("article.txt"));
    List<Path> sourcePaths;
    try (Stream<Path> s = Files.list(dir)) {
      sourcePaths = s.filter(p -> p.getFileName().toString().startsWith("source")).sorted()
          .toList();
    }
    List<Document> sources = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path p : sourcePaths) {
      sources.add(read(p));
      names.add(p.getFileName().toString());
    }
    List<Label> labels = labels(dir, root.path("quotes"), "quote", names, sources);
    List<Label> reported = labels(dir, root.path("reported"), "reported", names, sources);
    for (Label l : reported) {
      if (locate(article.text(), l.quote()) == null) {
        throw new IOException(dir + ": reported text not found in article.txt: " + l.quote());
      }
    }
    return new Case(dir.getFileName().toString(), root.path("split").asText("dev"), article,
        sources, labels, reported);
  }

  private static List<Label> labels(Path dir, JsonNode entries, String key, List<String> names,
      List<Document> sources) throws IOException {
    List<Label> labels = new ArrayList<>();
    for (JsonNode q : entries) {
      String v = q.path("verdict").asText();
      if (v.equals("ignore")) {
        continue;
      }
      Set<Flag> flags = EnumSet.noneOf(Flag.class);
      for (JsonNode f : q.path("flags")) {
        flags.add(Flag.valueOf(f.asText().toUpperCase(Locale.ROOT)));
      }
      List<SourceSpan> spans = new ArrayList<>();
      for (JsonNode s : q.path("sources")) {
        int idx = names.indexOf(s.path("file").asText());
        if (idx < 0) {
          throw new IOException(dir + ": label names unknown source " + s.path("file").asText());
        }
        Span span = locate(sources.get(idx).text(), s.path("text").asText());
        if (span == null) {
          throw new IOException(dir + ": source text not found in " + names.get(idx) + ": "
              + s.path("text").asText());
        }
        spans.add(new SourceSpan(idx, span));
      }
      labels.add(new Label(q.path(key).asText(), q.path("speaker").asText(null),
          Verdict.valueOf(v.toUpperCase(Locale.ROOT)), flags, spans));
    }
    return labels;
  }

  private static Document read(Path p) throws IOException {
    try {
      return Readers.read(p, ReadOptions.DEFAULTS);
    } catch (ReadException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Where {@code needle} stands in {@code text}, white space compared loosely. */
  static Span locate(String text, String needle) {
    int i = text.indexOf(needle);
    if (i >= 0) {
      return new Span(i, i + needle.length());
    }
    // Readers may rejoin lines (subtitles): compare with runs of white space collapsed.
    StringBuilder flat = new StringBuilder();
    List<Integer> map = new ArrayList<>();
    boolean space = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c)) {
        if (!space) {
          flat.append(' ');
          map.add(k);
        }
        space = true;
      } else {
        flat.append(c);
        map.add(k);
        space = false;
      }
    }
    String n = needle.replaceAll("\\s+", " ").trim();
    int j = flat.indexOf(n);
    if (j < 0) {
      return null;
    }
    return new Span(map.get(j), map.get(j + n.length() - 1) + 1);
  }

  /** quotetrace's own predictions: the traced quote whose text begins with the label's. */
  public static List<Prediction> predictions(Case c, Trace t) {
    List<Prediction> out = new ArrayList<>();
    String text = c.article().text();
    for (Label l : c.labels()) {
      TracedQuote found = find(t, text, l.quote());
      if (found == null) {
        out.add(Prediction.MISSING);
        continue;
      }
      List<SourceSpan> spans = new ArrayList<>();
      for (Match m : found.matches()) {
        spans.add(new SourceSpan(m.source(), m.span()));
      }
      out.add(new Prediction(found.verdict(), found.flags(), spans));
    }
    return out;
  }

  /**
   * quotetrace's predictions for the reported speech of a case: the traced report whose content
   * overlaps most of the label's text; a label no traced report overlaps has no verdict (a miss,
   * never right).
   */
  public static List<Prediction> reportedPredictions(Case c, Trace t) {
    List<Prediction> out = new ArrayList<>();
    String text = c.article().text();
    for (Label l : c.reported()) {
      Span want = locate(text, l.quote());
      TracedReport found = null;
      int best = 0;
      for (TracedReport r : t.reported()) {
        int both = want == null ? 0 : want.intersection(r.traced().quote().span());
        if (both > best) {
          best = both;
          found = r;
        }
      }
      if (found == null) {
        out.add(new Prediction(null, Set.of(), List.of()));
        continue;
      }
      List<SourceSpan> spans = new ArrayList<>();
      for (Match m : found.traced().matches()) {
        spans.add(new SourceSpan(m.source(), m.span()));
      }
      out.add(new Prediction(found.traced().verdict(), found.traced().flags(), spans));
    }
    return out;
  }

  /** The traced quote a label refers to: its text begins with the label's (or the reverse). */
  public static TracedQuote find(Trace t, String articleText, String labelQuote) {
    String want = norm(labelQuote);
    for (TracedQuote q : t.quotes()) {
      String have = norm(q.quote().text(articleText));
      if (have.startsWith(want) || want.startsWith(have) && have.length() >= 8) {
        return q;
      }
    }
    return null;
  }

  private static String norm(String s) {
    return s.replaceAll("[\\s“”\"‘’']+", " ").trim().toLowerCase(Locale.ROOT);
  }

  /** The scores of a method on a set of cases. */
  public record Score(int quotes, int verdictsRight, int spansRight, int flagTruePositives,
      int flagFalsePositives, int flagFalseNegatives, int flagSetsRight,
      Map<String, Integer> confusion, List<String> misses) {
    public double verdictAccuracy() {
      return quotes == 0 ? 0 : (double) verdictsRight / quotes;
    }

    public double spanAccuracy() {
      return quotes == 0 ? 0 : (double) spansRight / quotes;
    }

    public double flagPrecision() {
      int d = flagTruePositives + flagFalsePositives;
      return d == 0 ? 1 : (double) flagTruePositives / d;
    }

    public double flagRecall() {
      int d = flagTruePositives + flagFalseNegatives;
      return d == 0 ? 1 : (double) flagTruePositives / d;
    }

    public double flagF1() {
      double p = flagPrecision();
      double r = flagRecall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String summary() {
      return String.format(Locale.ROOT,
          "quotes %d  verdict accuracy %.3f  span accuracy %.3f  flags P %.3f R %.3f F1 %.3f"
              + "  flag sets right %.3f",
          quotes, verdictAccuracy(), spanAccuracy(), flagPrecision(), flagRecall(), flagF1(),
          quotes == 0 ? 0 : (double) flagSetsRight / quotes);
    }
  }

  /** Scores a method on the cases of one split ("dev", "test"), or all when split is null. */
  public static Score score(List<Case> cases, String split, Method method) {
    return score(cases, split, method, Case::labels);
  }

  /**
   * Scores a method's predictions for the reported speech of the cases ({@link Case#reported()}),
   * one per reported label in order; a prediction with no verdict is a report not found.
   */
  public static Score scoreReported(List<Case> cases, String split, Method method) {
    return score(cases, split, method, Case::reported);
  }

  private static Score score(List<Case> cases, String split, Method method,
      java.util.function.Function<Case, List<Label>> labelsOf) {
    int quotes = 0;
    int verdicts = 0;
    int spans = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int sets = 0;
    Map<String, Integer> confusion = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Case c : cases) {
      if (split != null && !split.equals(c.split())) {
        continue;
      }
      List<Label> labels = labelsOf.apply(c);
      if (labels.isEmpty()) {
        continue;
      }
      List<Prediction> ps = method.predict(c);
      for (int i = 0; i < labels.size(); i++) {
        Label l = labels.get(i);
        Prediction p = ps.get(i);
        quotes++;
        boolean vRight = p.verdict() == l.verdict();
        if (vRight) {
          verdicts++;
        }
        String got = p.verdict() == null ? "not found" : p.verdict().id();
        confusion.merge(l.verdict().id() + " -> " + got, 1, Integer::sum);
        boolean sRight = spansAgree(l.spans(), p.spans());
        if (sRight) {
          spans++;
        }
        for (Flag f : Flag.values()) {
          boolean want = l.flags().contains(f);
          boolean have = p.flags().contains(f);
          if (want && have) {
            tp++;
          } else if (have) {
            fp++;
          } else if (want) {
            fn++;
          }
        }
        boolean fRight = l.flags().equals(p.flags());
        if (fRight) {
          sets++;
        }
        if (!vRight || !sRight || !fRight) {
          misses.add(String.format(Locale.ROOT, "%s: \"%s\": want %s %s, got %s %s%s", c.name(),
              l.quote().length() > 60 ? l.quote().substring(0, 60) + "…" : l.quote(),
              l.verdict().id(), ids(l.flags()), got, ids(p.flags()),
              sRight ? "" : " (spans differ)"));
        }
      }
    }
    return new Score(quotes, verdicts, spans, tp, fp, fn, sets, confusion, misses);
  }

  private static String ids(Set<Flag> flags) {
    List<String> s = new ArrayList<>();
    for (Flag f : Flag.values()) {
      if (flags.contains(f)) {
        s.add(f.id());
      }
    }
    return s.toString();
  }

  /**
   * Spans agree when the predicted and labelled source characters overlap with an F1 of at least
   * one half, per source; an unsupported label agrees only with no spans at all.
   */
  static boolean spansAgree(List<SourceSpan> want, List<SourceSpan> have) {
    if (want.isEmpty() || have.isEmpty()) {
      return want.isEmpty() && have.isEmpty();
    }
    long wantChars = 0;
    long haveChars = 0;
    long both = 0;
    for (SourceSpan w : want) {
      wantChars += w.span().length();
    }
    List<SourceSpan> merged = mergeSpans(have);
    List<SourceSpan> wanted = mergeSpans(want);
    for (SourceSpan h : merged) {
      haveChars += h.span().length();
      for (SourceSpan w : wanted) {
        if (w.source() == h.source()) {
          both += w.span().intersection(h.span());
        }
      }
    }
    if (both == 0) {
      return false;
    }
    double p = (double) both / haveChars;
    double r = (double) both / Math.max(1, wantChars);
    return 2 * p * r / (p + r) >= 0.5;
  }

  private static List<SourceSpan> mergeSpans(List<SourceSpan> in) {
    List<SourceSpan> sorted = new ArrayList<>(in);
    sorted.sort((a, b) -> a.source() != b.source() ? Integer.compare(a.source(), b.source())
        : a.span().compareTo(b.span()));
    List<SourceSpan> out = new ArrayList<>();
    for (SourceSpan s : sorted) {
      if (!out.isEmpty()) {
        SourceSpan last = out.get(out.size() - 1);
        if (last.source() == s.source() && last.span().end() >= s.span().start()) {
          out.set(out.size() - 1, new SourceSpan(s.source(),
              new Span(last.span().start(), Math.max(last.span().end(), s.span().end()))));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }
}
