package org.quotetrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.AttributionScorer.Part;

class ShippedModelTest {
  @Test
  void theShippedModelFindsSourceCueAndContentOfReportedSpeech() {
    String text = "The mayor told reporters on Tuesday that the bridge would reopen in May.";
    List<Attribution> found = AttributionFinder.shipped().find(text);
    assertEquals(1, found.size(), () -> found.toString());
    Attribution a = found.get(0);
    assertNotNull(a.source());
    assertNotNull(a.cue());
    assertEquals("The mayor", a.source().text(text));
    assertTrue(a.cue().text(text).startsWith("told"), a.cue().text(text));
    assertTrue(a.content().text(text).contains("the bridge would reopen in May"), a.content().text(text));
    assertEquals(Form.INDIRECT, a.form());
  }

  @Test
  void theShippedModelFindsADirectQuoteWithItsSpeaker() {
    String text = "\u201CWe are not going to close the library,\u201D the councillor said.";
    List<Attribution> found = AttributionFinder.shipped().find(text);
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("the councillor", found.get(0).source().text(text));
    assertEquals(Form.DIRECT, found.get(0).form());
  }

  @Test
  void spansStayInsideTheTextAndDoNotGoBackwards() {
    String text = "\u201CUnclosed quote, she said\n\nAccording to  officials,\tthe road is shut.\n\u201D";
    for (Attribution a : AttributionFinder.shipped().find(text)) {
      for (var s : new org.quotetrace.text.Span[] {a.content(), a.source(), a.cue()}) {
        if (s != null) {
          assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(), s::toString);
        }
      }
    }
  }

  @Test
  void theShippedModelHasAStackedSecondPass() {
    assertTrue(AttributionFinder.shipped().model.second != null, "the shipped model labels in two passes");
  }

  /** A regression guard at the dev figures measured when the model was trained (bench/ATTRIBUTIONS-NOTES.md). */
  @Test
  void devSplitMeetsTheAttributionFloors() throws Exception {
    String shared = System.getProperty("quotetrace.shared", "../shared");
    Path dev = Path.of(shared, "eval", "polnear", "dev");
    assumeTrue(Files.isRegularFile(dev.resolve("gold.jsonl")),
        () -> dev + " not found: skipping the PolNeAR attribution evaluation (it needs ../shared beside the repository)");
    AttributionScorer.Score s = AttributionTrainer.evaluate(AttributionFinder.shipped(), GoldAttributions.read(dev));
    System.out.println("PolNeAR dev attributions:\n" + s.summary());
    assertTrue(s.part(Part.SOURCE).f1() >= 0.70, s::summary);
    assertTrue(s.part(Part.CUE).f1() >= 0.66, s::summary);
    assertTrue(s.part(Part.CONTENT).f1() >= 0.51, s::summary);
  }
}
