package org.quotetrace.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * WordNet's lexicographer classes of a word form (verb.communication, verb.cognition, noun.person
 * …), read from {@code lexnames.txt} in this package, which bench {@code LexnameList} writes from
 * WordNet 3.1. They generalise the cue lexicon learned from training: a belief or speech verb the
 * training data never saw ("surmised", "conceded") shares its class with ones it did.
 *
 * <p>A form's code packs the class of its first verb sense (bits 0–5, 0 for none), of its first
 * noun sense among the kept noun classes (bits 6–11) and a mask of classes any of its senses has
 * (bits 12–19: verb.communication, verb.cognition, verb.emotion, verb.social, noun.communication,
 * noun.cognition, noun.feeling, noun.person). Unknown forms are 0.
 *
 * <p>Public for one question only, {@link #firstNounIsPerson}, which the trace package asks of a
 * word put in another's place; the table and its codes stay this package's.
 */
public final class Lexnames {
  /** No classes: the code of every form is 0 (models trained without them). */
  static final Lexnames NONE = new Lexnames(Map.of());

  static final int VERB_COMMUNICATION = 1;
  static final int VERB_COGNITION = 2;
  static final int NOUN_PERSON = 128;
  /** WordNet's lexicographer file noun.person, as a first noun sense is numbered. */
  private static final int NOUN_PERSON_CLASS = 18;

  private static final String RESOURCE = "lexnames.txt";
  private static volatile Lexnames wordNet;

  private final Map<String, Integer> codes;

  private Lexnames(Map<String, Integer> codes) {
    this.codes = codes;
  }

  boolean isEmpty() {
    return codes.isEmpty();
  }

  /** The table of this package's resource, read once. */
  static Lexnames wordNet() {
    Lexnames l = wordNet;
    if (l == null) {
      synchronized (Lexnames.class) {
        l = wordNet;
        if (l == null) {
          try (InputStream in = Lexnames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException(RESOURCE + " is missing from the quotetrace-core jar");
            }
            l = parse(in);
          } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " in the quotetrace-core jar: " + e.getMessage(), e);
          }
          wordNet = l;
        }
      }
    }
    return l;
  }

  /** Lines "form verbClass nounClass mask"; '#' starts a comment line. */
  static Lexnames parse(InputStream in) throws IOException {
    Map<String, Integer> codes = new HashMap<>(1 << 18);
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(" ");
      if (f.length != 4) {
        throw new IOException("line " + lineNo + ": expected a form and three numbers, got '" + line + "'");
      }
      try {
        int verb = Integer.parseInt(f[1]);
        int noun = Integer.parseInt(f[2]);
        int mask = Integer.parseInt(f[3]);
        if (verb < 0 || verb > 63 || noun < 0 || noun > 63 || mask < 0 || mask > 255) {
          throw new IOException("line " + lineNo + ": class or mask out of range in '" + line + "'");
        }
        codes.put(f[0], verb | noun << 6 | mask << 12);
      } catch (NumberFormatException e) {
        throw new IOException("line " + lineNo + ": not numbers in '" + line + "'", e);
      }
    }
    return new Lexnames(codes);
  }

  /** Each form and its code. */
  void forEach(java.util.function.BiConsumer<String, Integer> action) {
    codes.forEach(action);
  }

  /** The code of a token (its lower-case form), 0 when it is no word or not in the table. */
  int code(Token t) {
    if (!t.word() || codes.isEmpty()) {
      return 0;
    }
    Integer c = codes.get(t.lower());
    return c == null ? 0 : c;
  }

  /**
   * Whether a lower-case word form's first noun sense is a person ("grower", "minister"; not
   * "sort" or "force", which have a person sense among others).
   */
  public static boolean firstNounIsPerson(String lowerForm) {
    Integer c = wordNet().codes.get(lowerForm);
    return c != null && nounClass(c) == NOUN_PERSON_CLASS;
  }

  static int verbClass(int code) {
    return code & 63;
  }

  static int nounClass(int code) {
    return code >>> 6 & 63;
  }

  static int mask(int code) {
    return code >>> 12;
  }
}
