package org.quotetrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.TreeSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the antonym pairs of WordNet 3.1 (through extjwnl) as the word list core's meaning check
 * reads, so that core needs neither extjwnl nor its 11 MB data jar at run time. Argument: the file
 * to write ({@code core/src/main/resources/org/quotetrace/trace/antonyms.txt}).
 */
public final class AntonymList {
  private AntonymList() {}

  public static void main(String[] args) throws Exception {
    Dictionary d = Dictionary.getDefaultResourceInstance();
    TreeSet<String> pairs = new TreeSet<>();
    for (POS pos : POS.getAllPOS()) {
      for (Iterator<Synset> it = d.getSynsetIterator(pos); it.hasNext(); ) {
        Synset s = it.next();
        for (Word w : s.getWords()) {
          for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
            if (p.getTarget() instanceof Word a && plain(w.getLemma()) && plain(a.getLemma())) {
              String x = w.getLemma();
              String y = a.getLemma();
              pairs.add(x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
            }
          }
        }
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("# Antonym pairs of WordNet 3.1, one pair a line, written by bench AntonymList.\n")
        .append("# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.\n")
        .append("# Used under the WordNet licence, which permits use, copying and distribution\n")
        .append("# with this notice: https://wordnet.princeton.edu/license-and-commercial-use\n");
    for (String p : pairs) {
      b.append(p).append('\n');
    }
    Files.writeString(Path.of(args[0]), b.toString());
    System.out.println(pairs.size() + " pairs written to " + args[0]);
  }

  private static boolean plain(String l) {
    return l.length() >= 2 && l.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }
}
