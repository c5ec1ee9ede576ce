package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quotetrace.quote.MarkScanner.Marked;

/**
 * The ranker scores candidates from arrays of template weights and cached per-token work; training
 * reads the same features as hashes. Both must give each candidate the same score, or the shipped
 * model would be applied to features other than the ones it was trained on.
 */
class SpeakerFeaturesTest {
  private static final SpeakerModel MODEL = SpeakerModel.shipped();

  private static final String STORY = """
      Brandt Jokes “You Win Some” At Valley Gala

      Mayor Ilse Brandt spoke on Tuesday. Brandt accused Senator Tomas Grey of “betraying the valley,” \
      and Grey said: “That is simply false.”

      “We will rebuild the bridge,” she told reporters. “It will take two years.”

      A council spokesman, who declined to be named, said the plan was “fully funded.”

      “Most residents want the bridge rebuilt,” according to the survey. The study found “no support” \
      for a toll, and Grey's office called it “a fantasy — nothing more.”

      Each of them had doubts. Citing the report, Okafor wrote that the mayor “has no mandate”; \
      Brandt later replied, “Read it again!”

      “Why now?” asked Mina Okafor, who chairs the Valley Trust. “Why not last year?”
      """;

  /** The top-level quotes of a text, their kinds, and the rules' speakers and cues for them. */
  private record Ruled(List<Marked> marked, List<QuoteKind> kinds, Speaker[] speakers, Mention[] cues) {}

  /**
   * Top-level quotes, as QuoteFinder's first pass hands them to the rules and the ranker: the
   * model was trained on those, and nested ones are attributed in later passes.
   */
  private static Ruled ruled(String text) {
    List<Marked> marked = new ArrayList<>();
    for (Marked m : MarkScanner.scan(text, 0, text.length(), true).quotes()) {
      if (m.depth() == 0) {
        marked.add(m);
      }
    }
    List<QuoteKind> kinds = new ArrayList<>();
    for (Marked m : marked) {
      kinds.add(KindRules.kind(text, m.content(), m.open()));
    }
    List<Quote> ruled = new Attributor(text, marked, List.of(), kinds).rulesAsRanked(marked, kinds);
    Speaker[] speakers = new Speaker[ruled.size()];
    Mention[] cues = new Mention[ruled.size()];
    for (int k = 0; k < ruled.size(); k++) {
      speakers[k] = ruled.get(k).speaker();
      cues[k] = ruled.get(k).cue();
    }
    return new Ruled(marked, kinds, speakers, cues);
  }

  /**
   * Checks that the ranker's scores equal the scores of the features training reads, and returns a
   * checksum of those features in order.
   */
  private static long assertSameScores(String text) {
    Ruled r = ruled(text);
    List<Marked> marked = r.marked();
    List<QuoteKind> kinds = r.kinds();
    Speaker[] speakers = r.speakers();
    Mention[] cues = r.cues();

    SpeakerFeatures fast = new SpeakerFeatures(new Attributor(text, marked, List.of(), kinds), MODEL);
    fast.scoreLog = new ArrayList<>();
    fast.rerank(marked, kinds, speakers.clone(), cues.clone(), null);

    List<SpeakerModel.Choice> choices = new ArrayList<>();
    new SpeakerFeatures(new Attributor(text, marked, List.of(), kinds), MODEL)
        .rerank(marked, kinds, speakers.clone(), cues.clone(), choices);

    // The sink also records transcript-label quotes, which the ranker leaves to the rules.
    assertTrue(choices.size() >= fast.scoreLog.size(), "quotes scored " + fast.scoreLog.size());
    assertTrue(fast.scoreLog.size() > 0, "no speech quote was scored");
    int checked = 0;
    for (int k = 0, c = 0; k < fast.scoreLog.size(); k++, c++) {
      double[] scores = fast.scoreLog.get(k);
      while (choices.get(c).features().length != scores.length) {
        c++;
      }
      long[][] features = choices.get(c).features();
      for (int i = 0; i < scores.length; i++) {
        assertEquals(MODEL.score(features[i]), scores[i], 1e-9, "quote " + k + " candidate " + i);
        checked++;
      }
    }
    assertTrue(checked > 3 * fast.scoreLog.size(), "candidates checked: " + checked);
    long sum = 7;
    for (SpeakerModel.Choice choice : choices) {
      for (long[] f : choice.features()) {
        for (long v : f) {
          sum = sum * 31 + v;
        }
      }
    }
    return sum;
  }

  // The checksums were taken from the features as they were hashed from strings when the shipped
  // model was trained (d7f57d5): a change of hashing would leave the model reading other features.

  @Test
  void theStorysFeaturesAreTheOnesTheShippedModelWasTrainedOn() {
    assertEquals(-5201974358125753081L, assertSameScores(STORY));
  }

  @Test
  void randomParagraphsFeaturesAreTheOnesTheShippedModelWasTrainedOn() {
    Random r = new Random(5);
    String[] names = {"Ilse Brandt", "Tomas Grey", "Mina Okafor", "the spokesman", "she", "he",
        "they", "the survey", "A Valley Trust official", "Dr. Juno Marsh"};
    String[] cues = {"said", "told reporters", "wrote", "accused Grey of", "added", "argued",
        "has also said", "replied", "insisted"};
    String[] words = {"bridge", "toll", "valley", "“Harbour Days”", "council", "budget", "on Monday",
        "(in writing)", "—", ";", "later", "The Trust"};
    StringBuilder b = new StringBuilder("Valley Council Weighs “Bridge Plan” Again\n\n");
    for (int p = 0; p < 40; p++) {
      int sentences = 1 + r.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        String who = names[r.nextInt(names.length)];
        String cue = cues[r.nextInt(cues.length)];
        StringBuilder quote = new StringBuilder();
        for (int w = 0, n = 1 + r.nextInt(8); w < n; w++) {
          quote.append(w == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
        }
        switch (r.nextInt(5)) {
          case 0 -> b.append("“").append(quote).append(",” ").append(who).append(' ').append(cue).append(". ");
          case 1 -> b.append(capital(who)).append(' ').append(cue).append(": “").append(quote).append(".” ");
          case 2 -> b.append("“").append(quote).append("?” ");
          case 3 -> b.append(capital(who)).append(' ').append(cue).append(" that the ")
              .append(words[r.nextInt(words.length)]).append(" was “").append(quote).append(".” ");
          default -> b.append("According to ").append(who).append(", the plan is “").append(quote)
              .append("!” ");
        }
      }
      b.append("\n\n");
    }
    assertEquals(7730852676678530441L, assertSameScores(b.toString()));
  }

  /**
   * Ranks the quotes of {@code text} twice: scoring every candidate (as the score log asks), and
   * skipping those whose bound says they cannot win. Both must choose the same speakers and cues;
   * returns how many candidates the second skipped.
   */
  private static int assertSameChoicesWhenSkipping(String text) {
    return assertSameChoicesWhenSkipping(text, MODEL).skipped;
  }

  private static SpeakerFeatures assertSameChoicesWhenSkipping(String text, SpeakerModel model) {
    Ruled r = ruled(text);
    List<Marked> marked = r.marked();
    List<QuoteKind> kinds = r.kinds();
    Speaker[] speakers = r.speakers();
    Mention[] cues = r.cues();
    SpeakerFeatures every = new SpeakerFeatures(new Attributor(text, marked, List.of(), kinds), model);
    every.scoreLog = new ArrayList<>();
    Speaker[] everySpeakers = speakers.clone();
    Mention[] everyCues = cues.clone();
    every.rerank(marked, kinds, everySpeakers, everyCues, null);
    assertEquals(0, every.skipped);

    SpeakerFeatures skipping = new SpeakerFeatures(new Attributor(text, marked, List.of(), kinds), model);
    Speaker[] skippingSpeakers = speakers.clone();
    Mention[] skippingCues = cues.clone();
    skipping.rerank(marked, kinds, skippingSpeakers, skippingCues, null);
    assertEquals(java.util.Arrays.asList(everySpeakers), java.util.Arrays.asList(skippingSpeakers));
    assertEquals(java.util.Arrays.asList(everyCues), java.util.Arrays.asList(skippingCues));
    return skipping;
  }

  @Test
  void boundingStaticScoresLeavesSomeHeadsWithoutTheirWordPairAndName() {
    SpeakerFeatures f = assertSameChoicesWhenSkipping(STORY, MODEL);
    assertTrue(f.boundedHeads > 0, "no head was bounded");
    assertTrue(f.completedHeads < f.boundedHeads,
        "every bounded head was completed: " + f.completedHeads + " of " + f.boundedHeads);
  }

  @Test
  void whenEveryCandidateTiesSkippingChoosesTheSameFirstOne() {
    // A model with no weights scores every candidate 0: nothing can be skipped, and the choice
    // among the tied candidates must be the same one with bounds as without.
    SpeakerModel zero = SpeakerModel.untrained(MODEL.lexicons());
    SpeakerFeatures f = assertSameChoicesWhenSkipping(STORY, zero);
    assertEquals(0, f.skipped);
    assertEquals(f.boundedHeads, f.completedHeads);
  }

  @Test
  void skippingCandidatesThatCannotWinChoosesTheSameSpeakers() {
    assertTrue(assertSameChoicesWhenSkipping(STORY) > 0, "no candidate was skipped");
  }

  @Test
  void skippingCandidatesThatCannotWinChoosesTheSameSpeakersInNews() throws Exception {
    java.nio.file.Path texts = java.nio.file.Path.of(
        System.getProperty("quotetrace.shared", "../shared"), "eval", "polnear", "dev", "text");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(texts),
        "skipped: no PolNeAR dev texts at " + texts);
    List<java.nio.file.Path> files;
    try (var s = java.nio.file.Files.list(texts)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int skipped = 0;
    for (java.nio.file.Path p : files) {
      String text = org.quotetrace.read.Readers.read(p.getFileName().toString(),
          java.nio.file.Files.readAllBytes(p), org.quotetrace.read.ReadOptions.DEFAULTS).text();
      skipped += assertSameChoicesWhenSkipping(text);
    }
    assertTrue(skipped > 1000, "candidates skipped: " + skipped);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
