package org.quotetrace.bench.corpus;

import java.nio.file.Path;

/**
 * What to generate.
 *
 * @param files how many corpus files to spread the documents over
 * @param sources share of documents that are transcripts
 * @param articles share of articles quoting transcripts
 * @param wires share of wire copies of those articles
 * @param unrelated share of articles whose quotes are in no transcript
 * @param threads how many threads generate; the output is the same for any number
 * @param segment documents per stretch generated on one thread; part of what the output depends
 *     on, so fixed on the command line
 */
record Options(long docs, long seed, Path out, int files, double sources, double articles,
    double wires, double unrelated, int threads, int segment) {

  /** Stretches this long keep quoting windows full nearly all the time. */
  static final int SEGMENT = 5000;

  static final String USAGE = """
      usage: CorpusGenerator --docs N --seed S --out DIR [--files K] [--threads T]
                             [--sources 0.10] [--articles 0.70] [--wires 0.05] [--unrelated 0.15]
             CorpusGenerator --print-synonyms
      Writes DIR/corpus-000.jsonl ... (K files, default one per 100,000 documents) and
      DIR/labels.jsonl. The shares are normalised to sum to one. T defaults to the number of
      processors; the output is the same for any T.""";

  Options {
    if (docs < 1) {
      throw new IllegalArgumentException("--docs must be at least 1, got " + docs);
    }
    if (files < 1 || files > 1000) {
      throw new IllegalArgumentException("--files must be 1 to 1000, got " + files);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads must be 1 to 256, got " + threads);
    }
    if (segment < 1) {
      throw new IllegalArgumentException("segment must be at least 1, got " + segment);
    }
    double sum = sources + articles + wires + unrelated;
    if (sources <= 0 || articles < 0 || wires < 0 || unrelated < 0 || sum <= 0) {
      throw new IllegalArgumentException("shares must not be negative and --sources must be above 0, got "
          + sources + ", " + articles + ", " + wires + ", " + unrelated);
    }
    sources /= sum;
    articles /= sum;
    wires /= sum;
    unrelated /= sum;
  }

  static int defaultThreads() {
    return Math.max(1, Math.min(256, Runtime.getRuntime().availableProcessors()));
  }

  private static int defaultFiles(long docs) {
    return (int) Math.max(1, Math.min(1000, (docs + 99_999) / 100_000));
  }

  /** Reads the command line; a wrong argument throws with a message naming it. */
  static Options parse(String[] args) {
    Long docs = null;
    Long seed = null;
    Path out = null;
    Integer files = null;
    int threads = defaultThreads();
    double sources = 0.10;
    double articles = 0.70;
    double wires = 0.05;
    double unrelated = 0.15;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      String value = args[++i];
      try {
        switch (a) {
          case "--docs" -> docs = Long.parseLong(value.replace("_", "").replace(",", ""));
          case "--seed" -> seed = Long.parseLong(value);
          case "--out" -> out = Path.of(value);
          case "--files" -> files = Integer.parseInt(value);
          case "--threads" -> threads = Integer.parseInt(value);
          case "--sources" -> sources = Double.parseDouble(value);
          case "--articles" -> articles = Double.parseDouble(value);
          case "--wires" -> wires = Double.parseDouble(value);
          case "--unrelated" -> unrelated = Double.parseDouble(value);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(a + " needs a number, got '" + value + "'");
      }
    }
    if (docs == null || seed == null || out == null) {
      throw new IllegalArgumentException("--docs, --seed and --out are required");
    }
    return new Options(docs, seed, out, files == null ? defaultFiles(docs) : files, sources,
        articles, wires, unrelated, threads, SEGMENT);
  }
}
