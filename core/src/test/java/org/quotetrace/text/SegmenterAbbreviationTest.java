package org.quotetrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The abbreviation test read from packed characters answers as the set of words does. */
class SegmenterAbbreviationTest {
  /** The test as it was: the word cut out, lowered and looked up. */
  private static boolean bySet(String text, int floor, int dot) {
    int s = dot;
    while (s > floor && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    if (s == dot || dot - s > 6) {
      return false;
    }
    String word = text.substring(s, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return Segmenter.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  @Test
  void everyPeriodAfterAWordIsAnAbbreviationExactlyWhenTheListHasTheWord() {
    String text = "Sen. Ilse Brandt of N.Y. met Gov. ANN Grey, Dr. Ąma Okafor and Mr. Ted Lee in "
        + "Wash. and ARIZ. on Sept. 3 at 10 a.m. with the U.S. team. They said no. W.Va. and "
        + "the co. approx. 3 km. Ms. Éva met Mrs. Ölz. x. Y. ſt. İnc. ﬁg. \u212Aan. sen.";
    int checked = 0;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      for (int floor = 0; floor <= dot; floor += Math.max(1, dot / 7)) {
        assertEquals(bySet(text, floor, dot), Segmenter.isAbbreviation(text, floor, dot),
            text.substring(Math.max(floor, dot - 8), dot + 1));
        // From the tokenizer's array, whole or from an offset.
        assertEquals(bySet(text, floor, dot),
            Segmenter.isAbbreviation(text, text.toCharArray(), 0, floor, dot));
        char[] tail = text.substring(floor).toCharArray();
        assertEquals(bySet(text, floor, dot), Segmenter.isAbbreviation(text, tail, floor, floor, dot));
        checked++;
      }
    }
    assertEquals(true, Segmenter.isAbbreviation(text, 0, 3));
    assertEquals(true, checked > 100);
  }

  @Test
  void aWordPacksAsItsLowerCaseWhenItIsAsciiAndNotAtAllOtherwise() {
    assertEquals(Segmenter.packedLower("sen", 0, 3), Segmenter.packedLower("SeN", 0, 3));
    assertEquals(-1, Segmenter.packedLower("Éva", 0, 3));
    assertEquals(-1, Segmenter.packedLower("\u212Aan", 0, 3)); // the Kelvin sign lowers to k
  }

  @Test
  void anAnswerNoEndsItsSentenceWhereTheNumberAbbreviationDoesNot() {
    // An interview answer opens with "No." more often than any text cites "No. 10".
    String text = "Is that true? No. We offered a freeze, not a cut. He lives at No. 10 now.";
    java.util.List<Span> out = new java.util.ArrayList<>();
    Segmenter.sentences(text, new Span(0, text.length()), out);
    assertEquals(java.util.List.of("Is that true?", "No.", "We offered a freeze, not a cut.",
        "He lives at No. 10 now."), out.stream().map(x -> x.text(text)).toList());
  }

  @Test
  void theNumberAbbreviationBeforeACodeOfLettersKeepsItsSentence() {
    String text = "The court heard Case No. CV-2019-04 on Monday. Resolution No. XIV passed."
        + " Did he sign? No. I never saw it.";
    java.util.List<Span> out = new java.util.ArrayList<>();
    Segmenter.sentences(text, new Span(0, text.length()), out);
    assertEquals(java.util.List.of("The court heard Case No. CV-2019-04 on Monday.",
        "Resolution No. XIV passed.", "Did he sign?", "No.", "I never saw it."),
        out.stream().map(x -> x.text(text)).toList());
  }
}
