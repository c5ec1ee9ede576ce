package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.quotetrace.trace.Fingerprints;
import org.junit.jupiter.api.Test;

class SchemaTest {
  // Guards the text hash of existing indexes: the folding replaced a regular expression.
  @Test
  void theTextHashIsTheHashOfTheTextFoldedByTheRegularExpression() {
    String[] fixed = {"", " ", "a", " a ", "a  b", "a\tb", "a \t\r\n b", "\u00a0a\u00a0 b\u2003",
        "a\u000Bb\fc", "a\u2003\u2003b", "  lead and trail  ", "one\n\ntwo\r\nthree"};
    for (String s : fixed) {
      assertEquals(regexTextHash(s), Schema.textHash(s), "for [" + s + "]");
    }
    char[] alphabet = {'a', 'b', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00a0', '\u2003',
        '\u3000', '“', '\uD83D', '\uDE00', '\u001C', 'é'};
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 20_000; k++) {
      char[] c = new char[random.nextInt(12)];
      for (int i = 0; i < c.length; i++) {
        c[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(c);
      assertEquals(regexTextHash(s), Schema.textHash(s), "for [" + s + "]");
    }
  }

  // Guards the UTF-8 bytes a document's content hash leaves for its text hash: the same text
  // object, with white space of one, two and three bytes stripped from its ends.
  @Test
  void theTextHashTakenAfterTheContentHashOfTheSameTextIsTheFoldedHash() {
    String[] texts = {"\u2003 “Quoted” \uD83D\uDE00 text\u3000\n", "\u001C\u0085x  y\u2029",
        " \t plain text \r\n", "é\u00a0", "", "\u3000", "one\u2003\u2003two"};
    for (String t : texts) {
      org.quotetrace.text.Document d = org.quotetrace.text.Document.article("d", t);
      Schema.contentHash(d);
      assertEquals(regexTextHash(t), Schema.textHash(d.text()), "for [" + t + "]");
      assertEquals(regexTextHash(t), Schema.textHash(d.text()), "again for [" + t + "]");
    }
  }

  @Test
  void aLongTextIsHashedAsAWhole() {
    String s = "word\t\t“quoted” \uD83D\uDE00 ".repeat(2_000);
    assertEquals(regexTextHash(s), Schema.textHash(s));
  }

  @Test
  void hashesTakenInTurnOnOneThreadAreEachTheHashOfTheirOwnInputAlone() throws Exception {
    org.quotetrace.text.Document a = org.quotetrace.text.Document.article("a", "First text.\n");
    org.quotetrace.text.Document b = org.quotetrace.text.Document.article("b", "Second  text.\n");
    long aAlone = Schema.contentHash(a);
    String bAlone = Schema.textHash(b.text());
    for (int k = 0; k < 3; k++) {
      assertEquals(bAlone, Schema.textHash(b.text()));
      assertEquals(aAlone, Schema.contentHash(a));
    }
    // Each thread its own digest: two at once give what one alone gives.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> same = new java.util.ArrayList<>();
      for (int t = 0; t < 2; t++) {
        same.add(pool.submit(() -> {
          for (int k = 0; k < 2_000; k++) {
            if (Schema.contentHash(a) != aAlone || !Schema.textHash(b.text()).equals(bAlone)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : same) {
        assertEquals(true, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(regexTextHash(b.text()), bAlone);
  }

  private static String regexTextHash(String text) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      md.update(text.strip().replaceAll("\\s+", " ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // Guards speaker search and variant grouping: name words and surname keys were regex splits.
  @Test
  void nameWordsAndSurnameKeysAreWhatTheRegularExpressionsGave() {
    String[] fixed = {"", "Maria Olsen", "BRIAN GRIMTON", "  Khalifa Haftar ", "O'Brien",
        "Jean-Luc Picard", "Dr. No", "Ann Lee (2)", "Ⅻ Regiment", "½ Moon", "Zoë Ærø", "李 小龍",
        "...", "Sinéad O’Connor-", "Ελένη Παπαδάκη", "x\uD835\uDC00y", "\uD835 z", "İstanbul"};
    char[] alphabet = {'a', 'B', 'é', ' ', '.', '\'', '’', '-', '1', '½', 'Ⅻ', '(', '\t', 'İ',
        '\uD835', '\uDC00', 'ß', '_'};
    SplittableRandom random = new SplittableRandom(3);
    List<String> names = new ArrayList<>(List.of(fixed));
    for (int k = 0; k < 20_000; k++) {
      char[] c = new char[random.nextInt(10)];
      for (int i = 0; i < c.length; i++) {
        c[i] = alphabet[random.nextInt(alphabet.length)];
      }
      names.add(new String(c));
    }
    for (String name : names) {
      assertEquals(regexNameWords(name), Schema.nameWords(name), "for [" + name + "]");
      assertEquals(regexSpeakerKey(name), Schema.speakerKey(name), "for [" + name + "]");
    }
  }

  private static List<String> regexNameWords(String name) {
    List<String> out = new ArrayList<>();
    for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  private static long regexSpeakerKey(String name) {
    String[] parts = name.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty()) {
        return Fingerprints.hash(parts[i]) | 1;
      }
    }
    return 0;
  }
}
