package org.quotetrace.bench.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.quotetrace.text.Span;

/** CoreNLP configured for quote attribution on news, as the side-by-side run uses it. */
final class CoreNlpRunner {
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  private CoreNlpRunner(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads every model; this is what the "load" figure times. */
  static CoreNlpRunner load() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("coref.algorithm", "statistical");
    // On by default; set so the run states what it measures.
    props.setProperty("quote.attributeQuotes", "true");
    props.setProperty("threads", "1");
    return new CoreNlpRunner(new StanfordCoreNLP(props));
  }

  static String settings() {
    return "annotators=" + ANNOTATORS + " coref.algorithm=statistical quote.attributeQuotes=true";
  }

  static String version() {
    String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
    return v == null ? "4.5.x" : v;
  }

  /** Annotates one text and returns its top-level quotes (nested quotes lie inside them). */
  List<CoreNlpQuote> quotes(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<CoreNlpQuote> out = new ArrayList<>();
    if (found == null) {
      return out;
    }
    for (CoreMap q : found) {
      Span quote = new Span(
          q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      // Mention begin and end are document token indices, the end inclusive.
      Integer first = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer last = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      Span mention = null;
      if (first != null && last != null && first >= 0 && first <= last && last < tokens.size()) {
        mention = new Span(tokens.get(first).beginPosition(), tokens.get(last).endPosition());
      }
      out.add(new CoreNlpQuote(
          quote,
          mention,
          q.get(QuoteAttributionAnnotator.MentionAnnotation.class),
          q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class),
          q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class)));
    }
    return out;
  }
}
