package org.quotetrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the antonyms of WordNet 3.1 (through extjwnl) as the word lists core's meaning check
 * reads, so that core needs neither extjwnl nor its 11 MB data jar at run time. Argument: the
 * folder to write them to ({@code core/src/main/resources/org/quotetrace/trace}).
 *
 * <ul>
 *   <li>{@code antonyms.txt}: the direct antonym pairs, every part of speech.
 *   <li>{@code antonyms-indirect.txt}: WordNet's indirect antonyms of adjectives, and of the
 *       adverbs derived from them. An adjective
 *       cluster is a head synset with a direct antonym and satellites "similar to" it; a satellite's
 *       words are opposite to the words of the head's antonym synsets ("further", similar to
 *       "far", against "near, close, nigh"), and a head's words to those of its antonym's
 *       satellites. The head's words share its antonyms too: WordNet puts the pointer on one word
 *       of the synset ("near" against "far"), and "close" there means the same.
 *   <li>{@code compared.txt}: the comparatives and superlatives of WordNet's exception lists
 *       ({@code adj.exc}, {@code adv.exc}: "better" good, "bigger" big, "earlier" early) whose base
 *       has an antonym above. Regular forms ("safer", "closer") core undoes with WordNet's
 *       detachment rules for adjectives, which need no list.
 * </ul>
 */
public final class AntonymList {
  private AntonymList() {}

  private static final String NOTICE =
      "# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.\n"
          + "# Used under the WordNet licence, which permits use, copying and distribution\n"
          + "# with this notice: https://wordnet.princeton.edu/license-and-commercial-use\n";

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Dictionary d = Dictionary.getDefaultResourceInstance();
    TreeSet<String> direct = new TreeSet<>();
    for (POS pos : POS.getAllPOS()) {
      for (Iterator<Synset> it = d.getSynsetIterator(pos); it.hasNext(); ) {
        Synset s = it.next();
        for (Word w : s.getWords()) {
          for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
            if (p.getTarget() instanceof Word a) {
              add(direct, w.getLemma(), a.getLemma());
            }
          }
        }
      }
    }
    TreeSet<String> indirect = new TreeSet<>();
    Set<String> opposed = new TreeSet<>(); // adjective and adverb lemmas with any antonym
    for (Iterator<Synset> it = d.getSynsetIterator(POS.ADJECTIVE); it.hasNext(); ) {
      Synset head = it.next();
      List<Synset> opposites = new ArrayList<>();
      for (Word w : head.getWords()) {
        for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
          opposites.add(p.getTargetSynset());
        }
      }
      if (opposites.isEmpty()) {
        continue;
      }
      List<Synset> cluster = new ArrayList<>(List.of(head));
      for (Pointer p : head.getPointers(PointerType.SIMILAR_TO)) {
        cluster.add(p.getTargetSynset());
      }
      for (Synset mine : cluster) {
        for (Synset theirs : opposites) {
          // Only against the antonym's head synset: satellite against satellite ("warm" against
          // "cool") is not WordNet's indirect antonymy, and the pairs of its own satellites are
          // written when the loop comes to that head.
          for (Word x : mine.getWords()) {
            for (Word y : theirs.getWords()) {
              add(indirect, x.getLemma(), y.getLemma());
            }
          }
        }
      }
      for (Synset s : cluster) {
        s.getWords().forEach(w -> opposed.add(w.getLemma()));
      }
      opposites.forEach(s -> s.getWords().forEach(w -> opposed.add(w.getLemma())));
    }
    // Adverbs have no clusters; one derived from an adjective ("rapidly": rapid) takes the
    // opposites of its adjective, direct and indirect, among the adverbs derived from them
    // ("rapidly" against "slowly", through "rapid", similar to "fast", against "slow").
    Map<String, Set<String>> derived = new HashMap<>();
    for (Iterator<Synset> it = d.getSynsetIterator(POS.ADVERB); it.hasNext(); ) {
      for (Word w : it.next().getWords()) {
        for (Pointer p : w.getPointers(PointerType.PERTAINYM)) {
          if (p.getTarget() instanceof Word a) {
            derived.computeIfAbsent(a.getLemma(), k -> new HashSet<>()).add(w.getLemma());
          }
        }
      }
    }
    TreeSet<String> adverbs = new TreeSet<>();
    for (Set<String> pairs : List.of(direct, indirect)) {
      for (String pair : pairs) {
        String[] xy = pair.split(" ");
        for (String x : derived.getOrDefault(xy[0], Set.of())) {
          for (String y : derived.getOrDefault(xy[1], Set.of())) {
            add(adverbs, x, y);
          }
        }
      }
    }
    indirect.addAll(adverbs);
    indirect.removeAll(direct);
    // Two words WordNet also puts in one synset are synonyms in some sense ("late" and
    // "previous", "the late president"): a quote that puts one for the other may keep the meaning.
    Map<String, Set<Synset>> synsets = new HashMap<>();
    for (POS pos : POS.getAllPOS()) {
      for (Iterator<Synset> it = d.getSynsetIterator(pos); it.hasNext(); ) {
        Synset s = it.next();
        s.getWords().forEach(w -> synsets.computeIfAbsent(w.getLemma(), k -> new HashSet<>()).add(s));
      }
    }
    indirect.removeIf(pair -> {
      String[] xy = pair.split(" ");
      return !Collections.disjoint(synsets.get(xy[0]), synsets.get(xy[1]));
    });
    for (Iterator<Synset> it = d.getSynsetIterator(POS.ADVERB); it.hasNext(); ) {
      Synset s = it.next();
      for (Word w : s.getWords()) {
        if (!w.getPointers(PointerType.ANTONYM).isEmpty()) {
          opposed.add(w.getLemma());
        }
      }
    }
    TreeMap<String, TreeSet<String>> compared = new TreeMap<>();
    for (POS pos : List.of(POS.ADJECTIVE, POS.ADVERB)) {
      for (Iterator<Exc> it = d.getExceptionIterator(pos); it.hasNext(); ) {
        Exc exc = it.next();
        String form = exc.getLemma();
        for (String base : exc.getExceptions()) {
          if (opposed.contains(base) && plain(form) && !form.equals(base)) {
            compared.computeIfAbsent(form, k -> new TreeSet<>()).add(base);
          }
        }
      }
    }
    write(dir.resolve("antonyms.txt"), "# Antonym pairs of WordNet 3.1, one pair a line, "
        + "written by bench AntonymList.\n", direct);
    write(dir.resolve("antonyms-indirect.txt"), "# Indirect antonyms of WordNet 3.1 adjectives "
        + "(through a head synset's \"similar to\"), one pair a line,\n# written by bench "
        + "AntonymList; the direct pairs are in antonyms.txt.\n", indirect);
    TreeSet<String> lines = new TreeSet<>();
    compared.forEach((form, bases) -> bases.forEach(b -> lines.add(form + " " + b)));
    write(dir.resolve("compared.txt"), "# Comparatives and superlatives of the WordNet 3.1 "
        + "exception lists whose base has an antonym,\n# \"form base\", written by bench "
        + "AntonymList.\n", lines);
    System.out.println(direct.size() + " direct pairs, " + indirect.size() + " indirect pairs, "
        + lines.size() + " compared forms written to " + dir);
  }

  private static void add(Set<String> pairs, String x, String y) {
    if (plain(x) && plain(y) && !x.equals(y)) {
      pairs.add(x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
    }
  }

  private static void write(Path file, String header, Set<String> lines) throws Exception {
    StringBuilder b = new StringBuilder(header).append(NOTICE);
    for (String l : lines) {
      b.append(l).append('\n');
    }
    Files.writeString(file, b.toString());
  }

  private static boolean plain(String l) {
    return l.length() >= 2 && l.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }
}
