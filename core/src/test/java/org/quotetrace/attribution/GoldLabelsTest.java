package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Span;

class GoldLabelsTest {
  private static Span span(String text, String piece) {
    int start = text.indexOf(piece);
    return new Span(start, start + piece.length());
  }

  @Test
  void aSplitQuoteLabelledFromGoldAssemblesBackToTheSameAttribution() {
    String text = "\u201CWe will win,\u201D the coach said, \u201Cand soon.\u201D";
    Attribution gold = new Attribution(new Span(0, text.length()), span(text, "the coach"), span(text, "said"),
        Form.DIRECT);
    Paragraph p = Paragraph.of(text).get(0);
    List<Attribution> back = Assembler.assemble(p, AttributionTrainer.goldLabels(p, List.of(gold)));
    assertEquals(List.of(gold), back);
  }

  @Test
  void twoAttributionsInOneParagraphGetTheirOwnSpans() {
    String text = "Ann said the tax rose, and Bob said it fell.";
    Attribution ann = new Attribution(span(text, "the tax rose"), span(text, "Ann"), span(text, "said"),
        Form.INDIRECT);
    int bobSaid = text.indexOf("said", text.indexOf("Bob"));
    Attribution bob = new Attribution(span(text, "it fell"), span(text, "Bob"), new Span(bobSaid, bobSaid + 4),
        Form.INDIRECT);
    Paragraph p = Paragraph.of(text).get(0);
    int[] labels = AttributionTrainer.goldLabels(p, List.of(ann, bob));
    assertEquals(List.of(ann, bob), Assembler.assemble(p, labels));
  }
}
