package org.quotetrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TranscriptGeneratorTest {

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // the old generator drew forever here
  void aNewArticleAtEveryCallKeepsComingLongAfterEachSentenceHasBeenParaphrasedOnce() {
    // The fresh trace benchmark asks for an article per invocation, about a thousand in a run,
    // from one 10,000-word transcript; one opener alone allowed eleven forms of each sentence.
    TranscriptGenerator generator = new TranscriptGenerator(20261123L, 10_000);
    Set<String> seen = new HashSet<>();
    Set<String> reworded = new HashSet<>();
    int articles = 1_200;
    for (int i = 0; i < articles; i++) {
      TranscriptGenerator.Article a = generator.article(1000 + i, 40, seen);
      assertEquals(40, a.quotes().size());
      for (TranscriptGenerator.ArticleQuote q : a.quotes()) {
        if (q.kind() == TranscriptGenerator.Kind.PARAPHRASED) {
          assertTrue(reworded.add(q.text()), "a paraphrase came twice: " + q.text());
        }
      }
    }
    assertTrue(reworded.size() > 11 * generator.sentences.size(),
        reworded.size() + " paraphrases of " + generator.sentences.size() + " sentences");
  }
}
