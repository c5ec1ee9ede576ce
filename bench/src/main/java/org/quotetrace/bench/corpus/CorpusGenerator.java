package org.quotetrace.bench.corpus;

import java.io.IOException;

/**
 * Writes a labelled corpus of any size for measuring quotetrace's corpus mode: indexing speed,
 * source finding and quote-variant clustering.
 *
 * <pre>
 * CorpusGenerator --docs N --seed S --out DIR [--files K] [--threads T]
 *                 [--sources 0.10] [--articles 0.70] [--wires 0.05] [--unrelated 0.15]
 * </pre>
 *
 * <p><b>Corpus.</b> {@code DIR/corpus-000.jsonl} and on (K files, one per 100,000 documents by
 * default), one JSON object per line: {@code id, url, outlet, title, published} (ISO-8601 UTC),
 * {@code kind} ({@code transcript}, {@code article} or {@code wire}) and {@code text}. Transcripts
 * are {@code NAME: words} turns set off by blank lines (a speech's later paragraphs continue its
 * speaker without a label); articles are paragraphs of prose with quotes in “curly” or "straight"
 * marks, in the outlet's style. Every transcript is published before any article that quotes it,
 * every wire copy after the article it copies.
 *
 * <p><b>Labels.</b> {@code DIR/labels.jsonl}: for each document in corpus order, one document line
 * then one line per quote of it. A document line has {@code doc, kind, role} ({@code source},
 * {@code quoting}, {@code wire} or {@code unrelated}; unrelated articles have kind {@code article}
 * in the corpus), {@code format} (transcripts: {@code interview}, {@code press_conference},
 * {@code speech}), {@code outlet, published, topic}, {@code sources} (the transcripts it quotes),
 * {@code copyOf} (for a wire copy, the article it copies), {@code quotes}, and for transcripts
 * {@code turns} (as quotetrace's transcript reader counts them, continuation paragraphs included)
 * and {@code speakers}. A quote line has {@code id} ("article#k"), {@code article}, {@code start},
 * {@code end} (Unicode code points into the article's text, end exclusive, quote marks excluded),
 * {@code text}, {@code speaker} (as the article attributes it), {@code edits} (verbatim, trimmed,
 * synonym, bracket, stitched, reordered, invented, speaker_moved, misattributed),
 * {@code source, sourceStart, sourceEnd, turn} (the transcript span and turn index of the part
 * with most words; null when invented), {@code cluster} ("source#turn", the statement; null when
 * invented), {@code sourceSpeaker}, {@code parts} (each run of source words, when there are
 * several) and {@code copyOf} (for a wire copy's quote, the id of the quote it copies: this also
 * links copies of invented quotes, which have no cluster).
 *
 * <p>The same options give the same bytes, whatever the number of threads. Memory stays flat:
 * the corpus is made in stretches of 5,000 documents, written in order as they are done, and
 * within a stretch only the last 40 transcripts and 200 articles are kept for quoting and copying.
 */
public final class CorpusGenerator {
  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 1 && args[0].equals("--print-synonyms")) {
      System.out.print(Synonyms.fromWordNet(Vocabulary.get()).describe());
      return;
    }
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("CorpusGenerator: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    System.out.println(generate(o).line());
  }

  /** Generates the corpus that {@code o} describes. */
  static Corpus.Summary generate(Options o) throws IOException {
    Vocabulary v = Vocabulary.get();
    return new Corpus(o, v, synonyms(v)).write();
  }

  private static Synonyms cached;

  /** WordNet is read once per JVM: tests generate several corpora. */
  static synchronized Synonyms synonyms(Vocabulary v) {
    if (cached == null) {
      cached = Synonyms.fromWordNet(v);
    }
    return cached;
  }
}
