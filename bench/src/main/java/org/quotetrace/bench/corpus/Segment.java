package org.quotetrace.bench.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.quotetrace.bench.corpus.JsonLines.Doc;
import org.quotetrace.bench.corpus.JsonLines.DocLabel;
import org.quotetrace.bench.corpus.Labels.QuoteLabel;
import org.quotetrace.bench.corpus.Source.Turn;

/**
 * Generates one stretch of the corpus, documents {@code from} to {@code to}, as one stream:
 * documents are made in publication order, and articles quote transcripts of a window of recent
 * ones, wire copies copy recent articles, so memory holds only those windows. The stretch has a
 * random stream of its own, derived from the seed and its index, so stretches can be made in
 * parallel and the corpus is still the same for the same seed, whatever the number of threads.
 * Its documents and labels are serialised in memory, to be written in order by {@link Corpus}.
 */
final class Segment {
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

    private final String id = name().toLowerCase(Locale.ROOT);

    String id() {
      return id;
    }
  }

  /** Serialised corpus lines of one file. */
  record Chunk(int file, byte[] bytes) {}

  /** What a segment made: its corpus lines by file, its label lines, and counts. */
  record Output(List<Chunk> chunks, byte[] labels, long[] byRole, long quotes) {}

  private final Options options;
  private final Vocabulary v;
  private final long from;
  private final long to;
  private final SplittableRandom r;
  private final Cast cast;
  private final Transcripts transcripts;
  private final Articles articles;
  private final ArrayDeque<Source> sources = new ArrayDeque<>();
  private final ArrayDeque<Written> recent = new ArrayDeque<>();
  private final long[] counts = new long[Role.values().length];
  private long quotes;

  private final List<Chunk> chunks = new ArrayList<>();
  private ByteArrayOutputStream corpusBytes;
  private JsonGenerator corpus;
  private int file = -1;
  private final ByteArrayOutputStream labelBytes = new ByteArrayOutputStream(1 << 16);
  private final JsonGenerator labels;

  /** An article kept for wire copies, with its id. */
  private record Written(String id, ArticleDraft draft) {}

  Segment(Options options, Vocabulary v, Synonyms synonyms, Cast cast, int index, long from,
      long to) {
    this.options = options;
    this.v = v;
    this.from = from;
    this.to = to;
    this.r = new SplittableRandom(seedOf(options.seed(), index));
    this.cast = cast;
    Filler filler = new Filler(v);
    this.transcripts = new Transcripts(v, filler, cast);
    Quoting quoting = new Quoting(synonyms, transcripts);
    this.articles = new Articles(v, filler, cast, quoting);
    try {
      labels = JsonLines.open(labelBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed of stretch {@code index}. Seeds one golden-ratio step apart would give the same
   * stream shifted by one draw (SplittableRandom steps its state by that constant), so the index
   * is mixed in (Stafford's variant 13 of the MurmurHash3 finaliser); stretch 0 keeps the seed.
   */
  static long seedOf(long seed, int index) {
    if (index == 0) {
      return seed;
    }
    long z = seed ^ (index * 0xBF58476D1CE4E5B9L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  Output make() throws IOException {
    long docs = options.docs();
    double step = Math.max(1.0, (double) SPAN_SECONDS / docs);
    double[] share = {options.sources(), options.articles(), options.wires(), options.unrelated()};
    for (long i = from; i < to; i++) {
      Instant when = START.plusSeconds((long) (i * step + r.nextDouble() * step * 0.8));
      Role role = schedule(share, i - from);
      if (role == Role.WIRE && recent.isEmpty()) {
        role = Role.QUOTING;
      }
      if (role == Role.QUOTING && sources.isEmpty()) {
        role = Role.SOURCE;
      }
      String id = id(i);
      switch (role) {
        case SOURCE -> source(i, id, when);
        case QUOTING -> quoting(i, id, when);
        case WIRE -> wire(i, id, when);
        case UNRELATED -> unrelated(i, id, when);
      }
      counts[role.ordinal()]++;
    }
    endChunk();
    labels.close();
    return new Output(List.copyOf(chunks), labelBytes.toByteArray(), counts.clone(), quotes);
  }

  private void write(long seq, Doc doc, DocLabel label, List<QuoteLabel> quoteLabels)
      throws IOException {
    int want = (int) (seq * options.files() / options.docs());
    if (want != file) {
      endChunk();
      file = want;
      corpusBytes = new ByteArrayOutputStream(1 << 20);
      corpus = JsonLines.open(corpusBytes);
    }
    JsonLines.document(corpus, doc);
    JsonLines.label(labels, label);
    for (QuoteLabel q : quoteLabels) {
      JsonLines.label(labels, q);
    }
  }

  private void endChunk() throws IOException {
    if (corpus != null) {
      corpus.close();
      chunks.add(new Chunk(file, corpusBytes.toByteArray()));
      corpus = null;
    }
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

  private void source(long i, String id, Instant when) throws IOException {
    Source s = transcripts.make((int) i, id, when, r);
    Labels.requireBmp(id, s.text);
    sources.addLast(s);
    if (sources.size() > SOURCE_WINDOW) {
      sources.removeFirst();
    }
    Set<String> speakers = new LinkedHashSet<>();
    for (Turn t : s.turns) {
      if (t.label() != null) {
        speakers.add(t.label());
      }
    }
    write(i, new Doc(id, url(s.outlet, "transcripts", when, s.title, i), s.outlet.name(),
        s.title, when, "transcript", s.text),
        new DocLabel(id, "transcript", Role.SOURCE.id(), s.format.id(), s.outlet.name(), when,
            s.topic.name, List.of(), null, 0, s.turns.size(), List.copyOf(speakers)),
        List.of());
  }

  private void quoting(long i, String id, Instant when) throws IOException {
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
    article(i, id, a, "article", Role.QUOTING);
  }

  private void wire(long i, String id, Instant when) throws IOException {
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
    article(i, id, c, "wire", Role.WIRE);
  }

  private void unrelated(long i, String id, Instant when) throws IOException {
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
    article(i, id, a, "article", Role.UNRELATED);
  }

  private void article(long i, String id, ArticleDraft a, String kind, Role role)
      throws IOException {
    Rendered rendered = a.render();
    List<QuoteLabel> labels = Labels.of(id, rendered);
    write(i, new Doc(id, url(a.outlet, a.topic.name, a.published, a.title, i), a.outlet.name(),
        a.title, a.published, kind, rendered.text()),
        new DocLabel(id, kind, role.id(), null, a.outlet.name(), a.published, a.topic.name,
            a.sources, a.copyOf, labels.size(), null, null),
        labels);
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
