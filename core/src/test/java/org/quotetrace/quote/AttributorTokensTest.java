package org.quotetrace.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-token answers that the attribution rules keep once asked. */
class AttributorTokensTest {
  @Test
  void aTokenIsATitleExactlyWhenItsWordIsOneWhateverItsCase() {
    String text = "Senator Ilse Brandt, SENATOR Grey, Dr. Okafor and the senate met Gov. Marsh.";
    Attributor a = new Attributor(text, List.of(), List.of(), List.of());
    for (int i = 0; i < a.n; i++) {
      // Asked twice: the kept answer must be the first one.
      assertEquals(Lexicon.isTitle(a.word(i)), a.isTitle(i), a.word(i));
      assertEquals(Lexicon.isTitle(a.word(i)), a.isTitle(i), a.word(i));
    }
    assertEquals(true, a.isTitle(0));
  }

  @Test
  void aTokensWordCapitalAndLowerClassesAreThoseOfItsFirstCharacter() {
    String text = "Éloïse Ndiaye, 42, said: “ça va” — the ÖVP's 3rd-term mayor (Ms. Ąma) wasn't here…";
    Attributor a = new Attributor(text, List.of(), List.of(), List.of());
    for (int i = 0; i < a.n; i++) {
      char c = text.charAt(a.ts[i]);
      assertEquals(Character.isLetterOrDigit(c), a.isWordToken(i), a.word(i));
      assertEquals(Character.isUpperCase(c), a.isCapital(i), a.word(i));
      assertEquals(Character.isLowerCase(c), a.isLowerWord(i), a.word(i));
    }
  }

  @Test
  void theClassOfEveryCharacterIsWhatCharactersOwnTestsSay() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      byte bits = Attributor.classOf(ch);
      assertEquals(Character.isLetterOrDigit(ch), (bits & 1) != 0, () -> Integer.toHexString(ch));
      assertEquals(Character.isUpperCase(ch), (bits & 2) != 0, () -> Integer.toHexString(ch));
      assertEquals(Character.isLowerCase(ch), (bits & 4) != 0, () -> Integer.toHexString(ch));
      assertEquals(Character.isLetter(ch), (bits & 8) != 0, () -> Integer.toHexString(ch));
    }
    String text = "Éloïse Ndiaye, 42, said: “ça va” — 3rd ÖVP";
    Attributor a = new Attributor(text, List.of(), List.of(), List.of());
    for (int i = 0; i < a.n; i++) {
      assertEquals(Character.isLetter(text.charAt(a.ts[i])), a.isLetterToken(i), a.word(i));
    }
  }

  @Test
  void nameFieldsAreCountedAsSplittingOnASpaceCountsThem() {
    for (String s : new String[] {"", " ", "   ", "Brandt", "Ilse Brandt", "Ilse  Brandt", " Ilse",
        "Ilse ", "Ilse Brandt  ", " a b c "}) {
      assertEquals(s.split(" ").length, Attributor.Names.fields(s), () -> "\"" + s + "\"");
    }
  }

  @Test
  void aTokensPackedStemIsThePackedKeyOfItsWordsStemOrNoneWhenItCannotBeRead() {
    String text = "BRANDT's aide, Brandt'S, O'Neill's, Ngozi-Okafor's and McALLISTERSON met Grey’s, GREY’S "
        + "Éloïse, the X's and 3M's board, Constantinople's mayor and Ilse.";
    Attributor a = new Attributor(text, List.of(), List.of(), List.of());
    for (int i = 0; i < a.n; i++) {
      long packed = a.packedStem(i);
      long key = Word.Table.packedKey(a.lex(i).stem());
      if (packed != 0) {
        assertEquals(key, packed, a.word(i));
      }
      String w = a.word(i);
      String stem = w.endsWith("’s") || w.endsWith("’S") ? w.substring(0, w.length() - 2) : w;
      boolean ascii = stem.chars().allMatch(c -> c < 0x80);
      // Every word whose stem is ASCII and packs is read from its characters, the typographic
      // possessive ("Grey’s") too.
      assertEquals(ascii && key > 0, packed != 0, w);
    }
  }

  @Test
  void aOneWordCapitalisedRunNamesNoPersonWhetherOrNotItIsATitle() {
    String text = "Senator said. Brandt said. The said. Ilse Brandt said. Senator Grey said.";
    Attributor a = new Attributor(text, List.of(), List.of(), List.of());
    a.names.collect();
    assertEquals(java.util.Set.of("brandt", "grey"), java.util.Set.copyOf(
        a.names.bySurname.keySet().stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList()));
    assertEquals("Ilse Brandt", a.names.bySurname.get("Brandt"));
    assertEquals("Grey", a.names.bySurname.get("Grey"));
  }

  @Test
  void wordsTakenFromAnotherReadingAreThoseTheTokensOwnCharactersName() {
    String text = "“Ilse said ‘He’s gone,’ and Grey’s aide left,” Okafor said of Brandt's plan.";
    Attributor top = new Attributor(text, List.of(), List.of(), List.of());
    for (int i = 0; i < top.n; i++) {
      top.lex(i);
    }
    // The nested pass's reading: the outer marks become line breaks.
    char[] cs = text.toCharArray();
    cs[0] = '\n';
    cs[text.indexOf('”')] = '\n';
    Attributor nested = new Attributor(new String(cs), List.of(), List.of(), List.of());
    nested.takeWordsOf(top);
    for (int i = 0; i < nested.n; i++) {
      Word fresh = Word.of(nested.text, nested.ts[i], nested.te[i]);
      assertEquals(fresh.lower, nested.lower(i), nested.word(i));
      assertEquals(fresh.flags, nested.lex(i).flags, nested.word(i));
    }
  }

  @Test
  void theCapitalsAreTheCapitalisedWordTokensInTextOrder() {
    String text = "Éloïse Ndiaye, 42, told ⒶB and the ÖVP: “Ça va, Ilse” — O'Neill's 3M.";
    Attributor a = new Attributor(text, List.of(), List.of(), List.of());
    List<Integer> expected = new java.util.ArrayList<>();
    for (int i = 0; i < a.n; i++) {
      if (a.isCapital(i) && a.isWordToken(i)) {
        expected.add(i);
      }
    }
    List<Integer> capitals = new java.util.ArrayList<>();
    for (int c = 0; c < a.capitals.length; c++) {
      capitals.add(a.capitals[c]);
    }
    assertEquals(expected, capitals);
  }

  @Test
  void aPhrasalSpeechVerbIsOneOfTheVerbsFollowedByItsParticle() {
    String text = "She points out, he pointed to, they referred to it, Ann shot back and fired back, "
        + "he went on, she went on to win, it goes on. Hits back! POINTING OUT the point out hit";
    Attributor a = new Attributor(text, List.of(), List.of(), List.of());
    for (int v = 0; v < a.n; v++) {
      String w = a.lower(v);
      String next = v + 1 < a.n ? a.lower(v + 1) : "";
      boolean expected = java.util.Set.of("points", "pointed", "pointing", "point").contains(w)
          && next.equals("out")
          || java.util.Set.of("referred", "refers", "referring").contains(w) && next.equals("to")
          || java.util.Set.of("shot", "fired", "hit", "shoots", "fires", "hits").contains(w)
              && next.equals("back")
          || java.util.Set.of("went", "goes").contains(w) && next.equals("on")
              && !(v + 2 < a.n && a.lower(v + 2).equals("to"));
      assertEquals(expected, a.isPointOut(v), a.word(v));
    }
  }

  @Test
  void aTokenIsPossessiveWhenItsWordEndsInAnApostropheAndAnS() {
    String text = "Grey’s aide, Grey's, the Greys’ house, the Greys' car, s’ s' ’s 's It’S x’t so";
    Attributor a = new Attributor(text, List.of(), List.of(), List.of());
    for (int i = 0; i < a.n; i++) {
      String w = a.word(i);
      boolean expected = w.endsWith("’s") || w.endsWith("'s") || w.endsWith("s’") || w.endsWith("s'");
      assertEquals(expected, a.isPossessive(i), w);
    }
  }

  @Test
  void aFullNameEndsWithWordsExactlyWhenItEndsWithThemJoinedBySpaces() {
    String[] fulls = {"Ilse Brandt", "Brandt", "Ilse  Brandt", "Ilse Brandt ", "IlseBrandt",
        "Tom Ilse Brandt", "", "Ilse Brandt Jr."};
    List<List<String>> partsList = List.of(List.of("Brandt"), List.of("Ilse", "Brandt"),
        List.of("Tom", "Ilse", "Brandt"), List.of("se", "Brandt"), List.of(""), List.of("Jr."),
        List.of("Brandt", "Jr."), List.of("Ilse", "Brandt", ""));
    for (String full : fulls) {
      for (List<String> parts : partsList) {
        assertEquals(full.endsWith(String.join(" ", parts)),
            Attributor.Names.endsWithJoined(full, parts), full + " / " + parts);
      }
    }
  }
}
