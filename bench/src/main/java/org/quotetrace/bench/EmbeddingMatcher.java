package org.quotetrace.bench;

import java.util.ArrayList;
import java.util.List;
import org.quotetrace.bench.BaselineText.Window;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.text.Span;

/**
 * The pure-embedding baseline: every sentence of a quote (cut at its ellipses first) is embedded
 * and compared with every sentence of the sources; the best cosine decides. Nothing lexical is
 * used except to call a matched sentence verbatim when its lower-cased, punctuation-free words
 * occur as a run in the best source sentence (so a quote trimmed inside a sentence stays
 * verbatim); any other match is a paraphrase.
 */
final class EmbeddingMatcher {
  /** A source sentence and its vector. */
  record SourceSentence(int source, Span span, List<String> words, float[] vector) {}

  /** The best source sentence for one quote sentence. */
  record Best(Span quotePart, double cosine, SourceSentence sentence, boolean sameWords) {}

  private EmbeddingMatcher() {}

  static List<SourceSentence> sourceSentences(List<String> texts, List<Window> windows,
      SentenceEncoder encoder) {
    List<Span> spans = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<String> strings = new ArrayList<>();
    for (Window w : windows) {
      String text = texts.get(w.source());
      for (Span s : BaselineText.sentences(text, w.span())) {
        spans.add(s);
        owners.add(w.source());
        strings.add(s.text(text));
      }
    }
    List<float[]> vs = encoder.encodeAll(strings);
    List<SourceSentence> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      out.add(new SourceSentence(owners.get(i), spans.get(i),
          BaselineText.plainWords(strings.get(i)), vs.get(i)));
    }
    return out;
  }

  /** The best source sentence for every sentence of the quote. */
  static List<Best> best(String text, Span quote, List<SourceSentence> sources,
      SentenceEncoder encoder) {
    List<Span> parts = new ArrayList<>();
    for (Span seg : BaselineText.segments(text, quote)) {
      parts.addAll(BaselineText.sentences(text, seg));
    }
    List<String> strings = new ArrayList<>();
    for (Span p : parts) {
      strings.add(p.text(text));
    }
    List<float[]> vs = encoder.encodeAll(strings);
    List<Best> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      double bestCos = -2;
      SourceSentence best = null;
      for (SourceSentence s : sources) {
        double c = SentenceEncoder.cosine(vs.get(i), s.vector());
        if (c > bestCos) {
          bestCos = c;
          best = s;
        }
      }
      List<String> words = BaselineText.plainWords(strings.get(i));
      boolean same = best != null && !words.isEmpty()
          && BaselineText.indexOf(best.words(), words) >= 0;
      out.add(new Best(parts.get(i), bestCos, best, same));
    }
    return out;
  }
}
