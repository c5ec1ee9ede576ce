package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.eval.QuoteScorer.GoldDoc;
import org.quotetrace.eval.QuoteScorer.GoldQuote;
import org.quotetrace.eval.SpeakerTraining.Article;
import org.quotetrace.quote.SpeakerModel;
import org.quotetrace.quote.SpeakerModel.Group;
import org.quotetrace.quote.SpeakerModel.Lexicons;
import org.quotetrace.text.Span;

class SpeakerTrainingTest {
  private static final String TEXT = "The spokesman said the dam was safe. Each engineer agreed.\n\n"
      + "“The dam is safe,” the spokesman said. Each report said so, and each said it again, as each engineer and each expert did.";

  private static Span span(String text, String words, int from) {
    int at = text.indexOf(words, from);
    return new Span(at, at + words.length());
  }

  private static Article article() {
    List<Span> sources = new ArrayList<>();
    List<Span> cues = new ArrayList<>();
    int second = TEXT.indexOf("“");
    sources.add(span(TEXT, "The spokesman", 0));
    sources.add(span(TEXT, "the spokesman", second));
    cues.add(span(TEXT, "said", 0));
    cues.add(span(TEXT, "said", second));
    cues.add(span(TEXT, "said", TEXT.indexOf("report")));
    Span quote = span(TEXT, "The dam is safe,", second);
    GoldDoc gold = new GoldDoc("a.txt", List.of(new GoldQuote(quote, sources.get(1), "the spokesman")));
    return new Article("a.txt", TEXT, gold, sources, cues);
  }

  @Test
  void lexiconsLearnHeadsCuesAndCaseFromTheAnnotations() {
    Lexicons lex = SpeakerTraining.lexicons(List.of(article()));
    assertEquals(2f, lex.heads().get("spokesman")[0]);
    assertTrue(lex.cues().containsKey("said"), "said lies in three cues");
    assertFalse(lex.cues().containsKey("dam"));
    assertTrue(lex.lower().get("each") > 0.9, "each is lower case inside sentences");
  }

  @Test
  void aQuoteBecomesAGroupWhoseRightCandidateOverlapsTheGoldSource() {
    Article art = article();
    int[] oracle = new int[2];
    List<Group> groups = SpeakerTraining.groups(List.of(art), SpeakerTraining.lexicons(List.of(art)), oracle);
    assertEquals(1, groups.size());
    assertEquals(1, oracle[1], "a candidate overlaps the source");
    int right = 0;
    for (boolean r : groups.get(0).right()) {
      right += r ? 1 : 0;
    }
    assertEquals(1, right);
    assertTrue(groups.get(0).features().length > 1, "rivals too");
    SpeakerModel m = SpeakerModel.train(SpeakerTraining.lexicons(List.of(art)), groups,
        SpeakerModel.Params.DEFAULTS);
    assertTrue(m.size() > 0);
  }
}
