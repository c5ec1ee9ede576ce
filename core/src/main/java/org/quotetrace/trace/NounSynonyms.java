package org.quotetrace.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * WordNet's noun synonym sets ({@code noun-synonyms.txt}, written by bench NounSynonymList), by
 * stem: whether two nouns can name the same thing. "The plant" and "the works", "the affair" and
 * "the matter" are as far apart for the sentence model as two different things are, and only
 * the synonym sets tell them from "the city" put for "the defences".
 */
final class NounSynonyms {
  private NounSynonyms() {}

  private static final String RESOURCE = "noun-synonyms.txt";

  /** Read when first asked. */
  private static final class Table {
    /** Each stem's sets, as the numbers of their lines. */
    static final Map<String, int[]> SETS = load();

    private static Map<String, int[]> load() {
      Map<String, int[]> out = new HashMap<>();
      try (InputStream in = NounSynonyms.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the quotetrace-core jar");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int line = 0;
        for (String l; (l = r.readLine()) != null; ) {
          line++;
          if (l.startsWith("#") || l.isBlank()) {
            continue;
          }
          for (String w : l.split(" ")) {
            int[] had = out.get(Norm.stem(w));
            int[] now = had == null ? new int[1] : java.util.Arrays.copyOf(had, had.length + 1);
            now[now.length - 1] = line;
            out.put(Norm.stem(w), now);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + " in the quotetrace-core jar: " + e.getMessage(),
            e);
      }
      return out;
    }
  }

  /** Whether the nouns {@code a} and {@code b} (any form) share a WordNet synonym set. */
  static boolean same(String a, String b) {
    String x = Norm.stem(a);
    String y = Norm.stem(b);
    if (x.equals(y)) {
      return true;
    }
    int[] p = Table.SETS.get(x);
    int[] q = Table.SETS.get(y);
    if (p == null || q == null) {
      return false;
    }
    for (int i : p) {
      for (int j : q) {
        if (i == j) {
          return true;
        }
      }
    }
    return false;
  }
}
