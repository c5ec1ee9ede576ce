package org.quotetrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.MorphologicalProcessor;

/**
 * Writes, for the word forms of WordNet 3.1's verbs and of its nouns of a few classes, the
 * lexicographer classes of their senses (verb.communication, verb.cognition, noun.person …), as the
 * table core's attribution labeller reads (lexnames.txt), so that core needs neither extjwnl nor
 * its data jar at run time. A cue word the training data has never seen ("surmised") is then still
 * a verb of cognition. Forms: every verb lemma, and every noun lemma with a sense in one of
 * {@link #NOUN_CLASSES}; their regular inflections (generated, and kept when WordNet's own
 * morphology takes them back to the lemma); and the irregular forms of WordNet's exception lists
 * ("said", "thought"). Argument: the file to write.
 */
public final class LexnameList {
  private LexnameList() {}

  // Lexicographer file numbers of WordNet (lexnames(5WN)).
  static final int NOUN_ACT = 4;
  static final int NOUN_ATTRIBUTE = 7;
  static final int NOUN_COGNITION = 9;
  static final int NOUN_COMMUNICATION = 10;
  static final int NOUN_FEELING = 12;
  static final int NOUN_GROUP = 14;
  static final int NOUN_MOTIVE = 16;
  static final int NOUN_PERSON = 18;
  static final int NOUN_STATE = 26;
  static final int VERB_COGNITION = 31;
  static final int VERB_COMMUNICATION = 32;
  static final int VERB_EMOTION = 37;
  static final int VERB_SOCIAL = 41;
  /** Noun classes of speakers, speech, belief and intention: the nouns worth a line. */
  static final int[] NOUN_CLASSES = {NOUN_ACT, NOUN_ATTRIBUTE, NOUN_COGNITION, NOUN_COMMUNICATION, NOUN_FEELING,
      NOUN_GROUP, NOUN_MOTIVE, NOUN_PERSON, NOUN_STATE};
  /** Classes whose presence among any sense of a form is a bit of the form's mask, in this order. */
  static final int[] MASK_VERB = {VERB_COMMUNICATION, VERB_COGNITION, VERB_EMOTION, VERB_SOCIAL};
  static final int[] MASK_NOUN = {NOUN_COMMUNICATION, NOUN_COGNITION, NOUN_FEELING, NOUN_PERSON};

  public static void main(String[] args) throws Exception {
    Dictionary d = Dictionary.getDefaultResourceInstance();
    MorphologicalProcessor morph = d.getMorphologicalProcessor();
    // form -> by POS (verb, noun) the lemmas it stands for, the form's own lemma first
    Map<String, Map<POS, List<String>>> forms = new TreeMap<>();
    for (POS pos : new POS[] {POS.VERB, POS.NOUN}) {
      for (Iterator<IndexWord> it = d.getIndexWordIterator(pos); it.hasNext(); ) {
        IndexWord w = it.next();
        String lemma = w.getLemma();
        if (!plain(lemma) || pos == POS.NOUN && !inClasses(w)) {
          continue;
        }
        add(forms, lemma, pos, lemma);
        for (String f : inflections(lemma, pos)) {
          if (plain(f) && morph.lookupAllBaseForms(pos, f).contains(lemma)) {
            add(forms, f, pos, lemma);
          }
        }
      }
      for (Iterator<Exc> it = d.getExceptionIterator(pos); it.hasNext(); ) {
        Exc e = it.next();
        if (!plain(e.getLemma())) {
          continue;
        }
        for (String base : e.getExceptions()) {
          IndexWord w = d.getIndexWord(pos, base);
          if (w != null && plain(base) && (pos == POS.VERB || inClasses(w))) {
            add(forms, e.getLemma(), pos, base);
          }
        }
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("# Word forms and the WordNet 3.1 lexicographer classes of their senses, written by bench LexnameList.\n")
        .append("# form, class of the first (most frequent) verb sense (0: none), of the first noun sense\n")
        .append("# (0: none, or not a class kept), and a mask: any sense in verb.communication 1, verb.cognition 2,\n")
        .append("# verb.emotion 4, verb.social 8, noun.communication 16, noun.cognition 32, noun.feeling 64,\n")
        .append("# noun.person 128.\n")
        .append("# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.\n")
        .append("# Used under the WordNet licence, which permits use, copying and distribution\n")
        .append("# with this notice: https://wordnet.princeton.edu/license-and-commercial-use\n");
    int lines = 0;
    for (Map.Entry<String, Map<POS, List<String>>> e : forms.entrySet()) {
      int verb = 0;
      int noun = 0;
      int mask = 0;
      for (Map.Entry<POS, List<String>> byPos : e.getValue().entrySet()) {
        for (String lemma : byPos.getValue()) {
          IndexWord w = d.getIndexWord(byPos.getKey(), lemma);
          if (w == null) {
            continue;
          }
          List<Synset> senses = w.getSenses();
          for (int k = 0; k < senses.size(); k++) {
            int lex = (int) senses.get(k).getLexFileNum();
            if (byPos.getKey() == POS.VERB) {
              if (verb == 0) {
                verb = lex;
              }
              mask |= bit(MASK_VERB, lex, 0);
            } else {
              if (noun == 0 && kept(lex)) {
                noun = lex;
              }
              mask |= bit(MASK_NOUN, lex, 4);
            }
          }
        }
      }
      b.append(e.getKey()).append(' ').append(verb).append(' ').append(noun).append(' ').append(mask).append('\n');
      lines++;
    }
    Files.writeString(Path.of(args[0]), b.toString());
    System.out.println(lines + " forms written to " + args[0]);
  }

  private static void add(Map<String, Map<POS, List<String>>> forms, String form, POS pos, String lemma) {
    List<String> l = forms.computeIfAbsent(form, k -> new LinkedHashMap<>()).computeIfAbsent(pos, k -> new ArrayList<>());
    if (lemma.equals(form)) {
      l.remove(lemma);
      l.add(0, lemma);
    } else if (!l.contains(lemma)) {
      l.add(lemma);
    }
  }

  private static int bit(int[] classes, int lex, int shift) {
    for (int k = 0; k < classes.length; k++) {
      if (classes[k] == lex) {
        return 1 << (k + shift);
      }
    }
    return 0;
  }

  private static boolean kept(int lex) {
    for (int c : NOUN_CLASSES) {
      if (c == lex) {
        return true;
      }
    }
    return false;
  }

  private static boolean inClasses(IndexWord w) {
    for (Synset s : w.getSenses()) {
      if (kept((int) s.getLexFileNum())) {
        return true;
      }
    }
    return false;
  }

  /** Candidate regular inflections, over-generated: WordNet's morphology decides which are real. */
  static List<String> inflections(String lemma, POS pos) {
    List<String> out = new ArrayList<>();
    out.add(lemma + "s");
    out.add(lemma + "es");
    if (lemma.endsWith("y")) {
      out.add(lemma.substring(0, lemma.length() - 1) + "ies");
    }
    if (pos == POS.VERB) {
      String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
      out.add(stem + "ed");
      out.add(stem + "ing");
      char last = lemma.charAt(lemma.length() - 1);
      if ("bdgklmnprtvz".indexOf(last) >= 0) {
        out.add(lemma + last + "ed");
        out.add(lemma + last + "ing");
      }
      if (lemma.endsWith("y")) {
        out.add(lemma.substring(0, lemma.length() - 1) + "ied");
      }
      if (lemma.endsWith("ie")) {
        out.add(lemma.substring(0, lemma.length() - 2) + "ying");
      }
    }
    return out;
  }

  private static boolean plain(String l) {
    return l.length() >= 2 && l.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }
}
