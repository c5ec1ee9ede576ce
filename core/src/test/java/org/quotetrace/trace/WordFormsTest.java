package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordFormsTest {
  private static List<String> forms(String text) {
    Words w = Words.of(text, 0, text.length());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < w.size; i++) {
      out.add(w.norm[i]);
    }
    return out;
  }

  @Test
  void britishSpellingsMeetTheirAmericanForms() {
    assertEquals(forms("the colonization of the harbor center"),
        forms("the colonisation of the harbour centre"));
    assertEquals(forms("they traveled to analyze the program"),
        forms("they travelled to analyse the programme"));
  }

  @Test
  void numberWordsAndDigitsAreOneForm() {
    assertEquals(List.of("we", "need", "4000", "people"), forms("we need four thousand people"));
    assertEquals(List.of("we", "need", "4000", "people"), forms("we need 4,000 people"));
    assertEquals(List.of("250", "boats"), forms("two hundred and fifty boats"));
    assertEquals(List.of("20", "percent"), forms("20%"));
    assertEquals(List.of("20", "percent"), forms("twenty per cent"));
  }

  @Test
  void aSpokenDecimalIsTheFigureItsDigitsGive() {
    // Transcripts and captions write what was said: "two point four million" is 2.4 million.
    assertEquals(forms("a cut of 2.4 million a year"),
        forms("a cut of two point four million a year"));
    assertEquals(List.of("3.75", "boats"), forms("three point seven five boats"));
    assertEquals(List.of("the", "point", "is", "4", "people"), forms("the point is four people"));
    assertEquals(List.of("4000", "point", "one", "more"), forms("four thousand point one more"));
  }

  @Test
  void atOnePointIsAMomentNotADecimal() {
    assertEquals(List.of("at", "one", "point", "2", "officers", "were", "hurt"),
        forms("at one point two officers were hurt"));
    assertEquals(forms("about 1.2 million"), forms("about one point two million"));
  }

  @Test
  void punctuationEndsANumberPhrase() {
    // A year at a sentence's end and a number word opening the next are two figures, not 2030.
    assertEquals(List.of("since", "2019", "11"), forms("since 2019. Eleven."));
    assertEquals(List.of("in", "2019", "9", "mills", "shut"), forms("in 2019, nine mills shut"));
    assertEquals(List.of("25", "boats"), forms("twenty-five boats"));
  }

  @Test
  void aScoreInWordsIsTwoFiguresAsItsDigitsAre() {
    // Was 3 and 4: "two-one" added up as "twenty-one" does, so a score in words met no digits.
    assertEquals(forms("we lost 2-1 and drew 2-2"), forms("we lost two-one and drew two-two"));
    assertEquals(forms("it finished 1-0"), forms("it finished one-nil"));
    assertEquals(List.of("21", "boats"), forms("twenty-one boats"));
    assertEquals(List.of("one", "of", "them"), forms("one of them"));
    assertEquals(List.of("1800", "people"), forms("eighteen hundred people"));
  }

  @Test
  void clockTimesAreOneFormHoweverTheyAreWritten() {
    assertEquals(forms("between 2:30 a.m. and 3:30 a.m."), forms("between 2.30am and 3.30am"));
    assertEquals(forms("at 2:30 am"), forms("at 2.30am"));
  }

  @Test
  void aHundredAloneIsStillAHundred() {
    assertEquals(forms("my first 100 days"), forms("my first hundred days"));
  }

  @Test
  void aCurrencySymbolIsReadAsTheWordSpokenAfterTheNumber() {
    assertEquals(forms("3.4 million pounds"), forms("£3.4 million"));
  }

  @Test
  void aFigureWithItsScaleOrUnitRunOnIsTheFigureSaidInWords() {
    assertEquals(forms("two hundred and thirty million pounds"), forms("£230m"));
    assertEquals(forms("4.2 billion euros"), forms("€4.2bn"));
    assertEquals(forms("the top ten centimetres"), forms("the top 10cm"));
    assertEquals(forms("a ride of 40 kilometres"), forms("a ride of 40km"));
  }

  @Test
  void anMAfterAFigureWithNoCurrencyIsNotAMillion() {
    // "the 200m final" is a race in metres, not 200 million of anything.
    assertEquals(List.of("the", "200m", "final"), forms("the 200m final"));
  }

  @Test
  void contractionsExpandButAreMarkedAsRewritten() {
    Words w = Words.of("We’re sure it can't wait", 0, 24);
    assertEquals(List.of("we", "are", "sure", "it", "can", "not", "wait"), forms("We’re sure it can't wait"));
    assertEquals(true, w.contracted[0]);
    assertEquals(false, w.contracted[2]);
  }

  @Test
  void aLoneOneStaysAWordBecauseItIsUsuallyAPronoun() {
    assertEquals(List.of("the", "one", "who", "left"), forms("the one who left"));
  }

  @Test
  void bracketedWordsAreMarkedAsAnEditorsInsertion() {
    Words w = Words.of("They [the engineers] left", 0, 25);
    assertEquals(false, w.bracket[0]);
    assertEquals(true, w.bracket[1]);
    assertEquals(true, w.bracket[2]);
    assertEquals(false, w.bracket[3]);
  }

  @Test
  void everyFormKeepsTheSpanOfTheWordsItCameFrom() {
    String text = "about four thousand families";
    Words w = Words.of(text, 0, text.length());
    assertEquals("four thousand", text.substring(w.start[1], w.end[1]));
  }
}
