package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordTest {
  private static final Map<Integer, Set<String>> LISTS = Map.ofEntries(
      Map.entry(Word.SPEECH_VERB, Lexicon.SPEECH_VERBS),
      Map.entry(Word.AUX, Lexicon.AUX),
      Map.entry(Word.OPENER, Lexicon.SENTENCE_OPENERS),
      Map.entry(Word.PRONOUN, Lexicon.PRONOUNS),
      Map.entry(Word.NP_STOP, Lexicon.NP_STOP),
      Map.entry(Word.DETERMINER, Lexicon.DETERMINERS),
      Map.entry(Word.PERSON_NOUN, Lexicon.PERSON_NOUNS),
      Map.entry(Word.OBJECT_VERB, Lexicon.OBJECT_VERBS),
      Map.entry(Word.ORG_WORD, Lexicon.ORG_WORDS),
      Map.entry(Word.FIRST_PERSON, Lexicon.FIRST_PERSON),
      Map.entry(Word.SECOND_PERSON, Lexicon.SECOND_PERSON),
      Map.entry(Word.CLASSIFIER_AUX, Lexicon.CLASSIFIER_AUX),
      Map.entry(Word.A_ADJUNCT_PREPOSITIONS, Attributor.ADJUNCT_PREPOSITIONS),
      Map.entry(Word.A_PARENTHETICALS, Attributor.PARENTHETICALS),
      Map.entry(Word.A_TELL, Attributor.TELL),
      Map.entry(Word.A_CLAUSE_OPENERS, Attributor.CLAUSE_OPENERS),
      Map.entry(Word.A_IRREGULAR_PAST, Attributor.IRREGULAR_PAST),
      Map.entry(Word.A_NAME_JOINERS, Attributor.NAME_JOINERS),
      Map.entry(Word.A_SUBJECT_PRONOUNS, Attributor.SUBJECT_PRONOUNS),
      Map.entry(Word.A_ADVERB_OPENERS, Attributor.ADVERB_OPENERS),
      Map.entry(Word.A_HUMAN_POSSESSIVES, Attributor.HUMAN_POSSESSIVES),
      Map.entry(Word.A_SPEECH_NOUNS, Attributor.SPEECH_NOUNS),
      Map.entry(Word.A_PP_BEFORE_VERB, Attributor.PP_BEFORE_VERB),
      Map.entry(Word.A_PREPOSITIONS, Attributor.PREPOSITIONS),
      Map.entry(Word.A_SUBORDINATORS, Attributor.SUBORDINATORS),
      Map.entry(Word.A_SENTENCE_PREPOSITIONS, Attributor.SENTENCE_PREPOSITIONS),
      Map.entry(Word.A_POSSESSIVE_DETERMINERS, Attributor.POSSESSIVE_DETERMINERS),
      Map.entry(Word.A_OBJECTS, Attributor.OBJECTS),
      Map.entry(Word.A_NOUN_DETERMINERS, Attributor.NOUN_DETERMINERS));

  /** The listed words in several casings, invented words, and words with letters beyond ASCII. */
  private static List<String> spellings() {
    List<String> out = new ArrayList<>();
    for (Set<String> list : LISTS.values()) {
      for (String w : list) {
        out.add(w);
        out.add(w.toUpperCase(Locale.ROOT));
        out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
    }
    for (String w : Lexicon.TITLES) {
      out.add(w);
      out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1) + ".");
    }
    out.addAll(List.of("Zoë", "ÉMILE", "İstanbul", "\u212Aelvin", "ΣΟΦΟΣ", "I’m", "WE’VE", "Straße", ""));
    Random r = new Random(5);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int len = 1 + r.nextInt(7); len > 0; len--) {
        b.append((char) ((r.nextBoolean() ? 'a' : 'A') + r.nextInt(26)));
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void aTokensRecordHoldsItsLowerCaseAndEveryListItBelongsTo() {
    for (String w : spellings()) {
      String text = "«" + w + "»";
      Word x = Word.of(text, 1, 1 + w.length());
      String lower = w.toLowerCase(Locale.ROOT);
      assertEquals(lower, x.lower, w);
      for (Map.Entry<Integer, Set<String>> e : LISTS.entrySet()) {
        assertEquals(e.getValue().contains(lower), x.is(e.getKey()), w + " " + e.getKey());
      }
      assertEquals(Lexicon.isTitle(w), x.is(Word.TITLE), w);
      assertSame(x, Word.ofLower(lower), w);
      assertEquals(SpeakerFeatures.stripPossessive(lower), x.stem(), w);
    }
    for (String w : List.of("Brandt’s", "OKAFOR'S", "its", "’s", "'s", "s")) {
      assertEquals(SpeakerFeatures.stripPossessive(w.toLowerCase(Locale.ROOT)),
          Word.of(w, 0, w.length()).stem(), w);
    }
  }

  @Test
  void aFullTableStartsAgainAndStillAnswersRight() {
    Random r = new Random(6);
    for (int k = 0; k < 200_000; k++) {
      String w = "w" + Integer.toString(r.nextInt(1 << 20), 36) + (r.nextBoolean() ? "SAID" : "said");
      Word x = Word.of(w, 0, w.length());
      assertEquals(w.toLowerCase(Locale.ROOT), x.lower);
      assertEquals(false, x.is(Word.SPEECH_VERB));
    }
    assertEquals(true, Word.of("He SAID it", 3, 7).is(Word.SPEECH_VERB));
  }

  @Test
  void wordsThatShareAStringHashOrALengthStillFindRecordsOfTheirOwn() {
    // "Aa" and "BB" hash alike as strings; so do all their concatenations of one length.
    List<String> alike = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB",
        "AaAaAaAaAa", "AaAaAaAaBB", "BBBBBBBBBB");
    for (String w : alike) {
      Word x = Word.of(w, 0, w.length());
      assertEquals(w.toLowerCase(Locale.ROOT), x.lower, w);
      assertSame(x, Word.ofLower(w.toLowerCase(Locale.ROOT)), w);
    }
    assertSame(Word.of("Aa", 0, 2), Word.of("aA", 0, 2));
    assertEquals(false, Word.of("Aa", 0, 2) == Word.of("BB", 0, 2));
  }

  @Test
  void aWordIsTheRecordOfItsLowerCaseWhetherItsKeyPacksOrNot() {
    // Lengths around the packed key's nine characters, NUL and other controls, letters beyond
    // ASCII (some of which lower-case to ASCII), found by characters and by lower case, in both
    // orders, through the table's restarts.
    char[] alphabet = {'a', 'Z', 'q', 'E', '\0', '\u0001', '\u007f', '-', '’', 'é', 'É',
        '\u212A', 'İ', 'Σ'};
    Random r = new Random(7);
    for (int k = 0; k < 150_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int len = r.nextInt(14); len > 0; len--) {
        b.append(r.nextInt(3) == 0 ? alphabet[r.nextInt(alphabet.length)] : (char) ('a' + r.nextInt(3)));
      }
      String w = b.toString();
      String lower = w.toLowerCase(Locale.ROOT);
      String text = "x " + w + " y";
      Word x;
      Word y;
      if (r.nextBoolean()) {
        x = Word.of(text, 2, 2 + w.length());
        y = Word.ofLower(lower);
      } else {
        y = Word.ofLower(lower);
        x = Word.of(text, 2, 2 + w.length());
      }
      assertEquals(lower, x.lower, w);
      assertSame(x, y, w);
    }
  }

  @Test
  void onlyShortAsciiWordsWithoutNulPackAndNoTwoShareAKey() {
    assertEquals(-1, Word.Table.packedKey(""));
    assertEquals(-1, Word.Table.packedKey("abcdefghij"));
    assertEquals(-1, Word.Table.packedKey("caf\u00e9"));
    assertEquals(-1, Word.Table.packedKey("a\0b"));
    assertEquals(true, Word.Table.packedKey("abcdefghi") > 0);
    java.util.Map<Long, String> seen = new java.util.HashMap<>();
    char[] digits = {'\u0001', 'a', '\u007f'};
    for (int len = 1; len <= 9; len++) {
      for (int combo = 0; combo < Math.pow(digits.length, len) && combo < 20_000; combo++) {
        StringBuilder b = new StringBuilder();
        for (int c = combo, p = 0; p < len; p++, c /= digits.length) {
          b.append(digits[c % digits.length]);
        }
        String w = b.toString();
        String before = seen.put(Word.Table.packedKey(w), w);
        assertEquals(true, before == null || before.equals(w), w + " / " + before);
      }
    }
  }

  @Test
  void theRankersLexiconValuesFollowTheModelThatAsks() {
    SpeakerModel one = SpeakerModel.untrained(new SpeakerModel.Lexicons(
        Map.of("spokesman", new float[] {3, 4}), Map.of("quipped", 0.5f), Map.of("each", 0.9f)));
    SpeakerModel two = SpeakerModel.untrained(new SpeakerModel.Lexicons(Map.of(), Map.of(), Map.of()));
    Word head = Word.of("Spokesman", 0, 9);
    Word cue = Word.ofLower("quipped");
    Word each = Word.ofLower("each");
    for (SpeakerModel m : List.of(one, two, one)) {
      assertEquals(m.isHead("spokesman"), head.isHead(m));
      assertEquals(m.headRate("spokesman"), head.headRate(m));
      assertEquals(m.cueRate("quipped"), cue.cueRate(m));
      assertEquals(m.lowerShare("each"), each.lowerShare(m));
    }
  }
}
