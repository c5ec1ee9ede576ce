package org.quotetrace.bench.corpus;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.quotetrace.bench.corpus.ArticleDraft.Rendered;
import org.quotetrace.bench.corpus.CorpusWriter.Doc;
import org.quotetrace.bench.corpus.CorpusWriter.DocLabel;
import org.quotetrace.bench.corpus.Labels.QuoteLabel;
import org.quotetrace.bench.corpus.Source.Turn;

/**
 * Generates a corpus as one stream: documents are made in publication order and written as they
 * are made. Articles quote sources from a window of recent transcripts, and wire copies copy recent
 * articles, so memory holds only those windows, whatever the corpus size. One random stream
 * drives everything, so the same options give the same bytes.
 */
final class Corpus {
  /** Transcripts that articles may still quote: news moves on after a few days. */
  private static final int SOURCE_WINDOW = 40;
  /** Articles that wire copies may copy. */
  private static final int ARTICLE_WINDOW = 200;
  private static final Instant START = Instant.parse("2026-01-05T06:00:00Z");
  /** The corpus covers about four months. */
  private static final long SPAN_SECONDS = Duration.ofDays(120).toSeconds();

  /** What a document is for; the corpus's own kind field says less (see {@link DocLabel}). */
  enum Role {
    SOURCE, QUOTING, WIRE, UNRELATED;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What was written and how long it took. */
  record Summary(long docs, long[] byRole, long quotes, long bytes, double seconds) {
    String line() {
      return String.format(Locale.ROOT,
          "corpus: %d docs (%d transcripts, %d quoting articles, %d wire copies, %d unrelated"
              + " articles), %d labelled quotes, %,d bytes, %.1f s, %.0f docs/s",
          docs, byRole[0], byRole[1], byRole[2], byRole[3], quotes, bytes, seconds,
          docs / Math.max(seconds, 1e-9));
    }
  }

  private final Options options;
  private final Vocabulary v;
  private final SplittableRandom r;
  private final Cast cast;
  private final Transcripts transcripts;
  private final Articles articles;
  private final ArrayDeque<Source> sources = new ArrayDeque<>();
  private final ArrayDeque<Written> recent = new ArrayDeque<>();
  private final long[] counts = new long[Role.values().length];
  private long quotes;

  /** An article kept for wire copies, with its id, time and outlet. */
  private record Written(String id, ArticleDraft draft) {}

  Corpus(Options options, Vocabulary v, Synonyms synonyms) {
    this.options = options;
    this.v = v;
    this.r = new SplittableRandom(options.seed());
    this.cast = new Cast(v, options.seed());
    Filler filler = new Filler(v);
    this.transcripts = new Transcripts(v, filler, cast);
    Quoting quoting = new Quoting(v, synonyms, transcripts);
    this.articles = new Articles(v, filler, cast, quoting);
  }

  Summary write() throws IOException {
    long t0 = System.nanoTime();
    long docs = options.docs();
    double step = Math.max(1.0, (double) SPAN_SECONDS / docs);
    double[] share = {options.sources(), options.articles(), options.wires(), options.unrelated()};
    CorpusWriter w = new CorpusWriter(options.out(), options.files(), docs);
    try {
      for (long i = 0; i < docs; i++) {
        Instant when = START.plusSeconds((long) (i * step + r.nextDouble() * step * 0.8));
        Role role = schedule(share, i);
        if (role == Role.WIRE && recent.isEmpty()) {
          role = Role.QUOTING;
        }
        if (role == Role.QUOTING && sources.isEmpty()) {
          role = Role.SOURCE;
        }
        String id = id(i);
        switch (role) {
          case SOURCE -> source(w, i, id, when);
          case QUOTING -> quoting(w, i, id, when);
          case WIRE -> wire(w, i, id, when);
          case UNRELATED -> unrelated(w, i, id, when);
        }
        counts[role.ordinal()]++;
      }
    } finally {
      w.close();
    }
    return new Summary(docs, counts.clone(), quotes, w.bytes(), (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The role that is furthest behind its share, with a little noise: shares hold in every stretch
   * of the stream, small corpora included, yet roles do not come in a fixed rhythm.
   */
  private Role schedule(double[] share, long i) {
    int best = 0;
    double bestLag = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < share.length; k++) {
      if (share[k] <= 0) {
        continue;
      }
      double lag = share[k] * (i + 1) - counts[k] + 0.7 * r.nextDouble();
      if (lag > bestLag) {
        bestLag = lag;
        best = k;
      }
    }
    return Role.values()[best];
  }

  private void source(CorpusWriter w, long i, String id, Instant when) throws IOException {
    Source s = transcripts.make((int) i, id, when, r);
    Labels.requireBmp(id, s.text);
    sources.addLast(s);
    if (sources.size() > SOURCE_WINDOW) {
      sources.removeFirst();
    }
    w.document(i, new Doc(id, url(s.outlet, "transcripts", when, s.title, i), s.outlet.name(),
        s.title, when, "transcript", s.text));
    Set<String> speakers = new LinkedHashSet<>();
    for (Turn t : s.turns) {
      if (t.label() != null) {
        speakers.add(t.label());
      }
    }
    w.label(new DocLabel(id, "transcript", Role.SOURCE.id(), s.format.id(), s.outlet.name(), when,
        s.topic.name, List.of(), null, 0, s.turns.size(), List.copyOf(speakers)));
  }

  private void quoting(CorpusWriter w, long i, String id, Instant when) throws IOException {
    Source main = pickSource();
    List<Source> quoted = new ArrayList<>(2);
    quoted.add(main);
    if (r.nextInt(100) < 15) {
      Source second = pickSource();
      for (int tries = 0; tries < 6 && (second == main || second.topic != main.topic); tries++) {
        second = pickSource();
      }
      if (second != main) {
        quoted.add(second);
      }
    }
    Instant latest = quoted.stream().map(s -> s.published).max(Instant::compareTo).orElseThrow();
    // Reports follow an interview by minutes to days.
    Instant at = max(when, latest.plusSeconds(600 + r.nextInt(6 * 3600)));
    Outlet outlet = cast.publisher(r);
    ArticleDraft a = articles.sourced(quoted, outlet, r);
    a.published = at;
    article(w, i, id, a, "article", Role.QUOTING);
  }

  private void wire(CorpusWriter w, long i, String id, Instant when) throws IOException {
    // Mostly fresh articles; older ones now and then.
    int back = Math.min(recent.size() - 1, (int) (Math.abs(r.nextGaussian()) * 20));
    Written orig = null;
    var it = recent.descendingIterator();
    for (int k = 0; k <= back; k++) {
      orig = it.next();
    }
    Outlet outlet = cast.publisherOtherThan(orig.draft().outlet, r);
    ArticleDraft c = articles.copy(orig.draft(), outlet, r);
    c.copyOf = orig.id();
    c.published = max(when, orig.draft().published.plusSeconds(900 + r.nextInt(12 * 3600)));
    article(w, i, id, c, "wire", Role.WIRE);
  }

  private void unrelated(CorpusWriter w, long i, String id, Instant when) throws IOException {
    List<Person> people = new ArrayList<>(2);
    Topic topic;
    // People in the news say more than what was recorded: a guest of a recent transcript, quoted
    // on words that transcript does not hold, tempts a source finder most.
    if (!sources.isEmpty() && r.nextInt(100) < 40) {
      Source s = pickSource();
      topic = s.topic;
      people.add(s.guests.get(r.nextInt(s.guests.size())));
    } else {
      topic = v.topics[r.nextInt(v.topics.length)];
      people.add(cast.speaker(topic, r));
    }
    if (r.nextInt(100) < 40) {
      people.add(cast.other(topic, people.get(0), r));
    }
    Outlet outlet = cast.publisher(r);
    ArticleDraft a = articles.unrelated(topic, people, outlet, r);
    a.published = when;
    article(w, i, id, a, "article", Role.UNRELATED);
  }

  private void article(CorpusWriter w, long i, String id, ArticleDraft a, String kind, Role role)
      throws IOException {
    Rendered rendered = a.render();
    List<QuoteLabel> labels = Labels.of(id, rendered);
    w.document(i, new Doc(id, url(a.outlet, a.topic.name, a.published, a.title, i), a.outlet.name(),
        a.title, a.published, kind, rendered.text()));
    w.label(new DocLabel(id, kind, role.id(), null, a.outlet.name(), a.published, a.topic.name,
        a.sources, a.copyOf, labels.size(), null, null));
    for (QuoteLabel q : labels) {
      w.label(q);
    }
    quotes += labels.size();
    if (role != Role.UNRELATED || r.nextInt(4) == 0) {
      recent.addLast(new Written(id, a));
      if (recent.size() > ARTICLE_WINDOW) {
        recent.removeFirst();
      }
    }
  }

  /** A transcript of the window, the weightier ones more often. */
  private Source pickSource() {
    int total = 0;
    for (Source s : sources) {
      total += s.weight;
    }
    int x = r.nextInt(total);
    for (Source s : sources) {
      x -= s.weight;
      if (x < 0) {
        return s;
      }
    }
    throw new AssertionError();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  static String id(long i) {
    String n = Long.toString(i);
    return "doc-" + "0000000".substring(Math.min(7, n.length())) + n;
  }

  /** https://site.example/section/2026/03/04/words-of-the-title-42 */
  private static String url(Outlet o, String section, Instant when, String title, long i) {
    LocalDate d = LocalDate.ofInstant(when, ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(96).append("https://").append(o.host()).append('/')
        .append(section).append('/').append(d.getYear()).append('/');
    two(sb, d.getMonthValue()).append('/');
    two(sb, d.getDayOfMonth()).append('/');
    int words = 0;
    boolean dash = false;
    for (int k = 0; k < title.length() && words < 8; k++) {
      char c = Character.toLowerCase(title.charAt(k));
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (dash) {
          sb.append('-');
          words++;
          dash = false;
        }
        sb.append(c);
      } else if (sb.charAt(sb.length() - 1) != '/') {
        dash = true;
      }
    }
    return sb.append('-').append(i).toString();
  }

  private static StringBuilder two(StringBuilder sb, int x) {
    return sb.append(x < 10 ? "0" : "").append(x);
  }
}
