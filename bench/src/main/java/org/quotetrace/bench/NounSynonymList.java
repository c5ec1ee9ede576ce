package org.quotetrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes WordNet 3.1's noun synonym sets, one a line, as the table core's trace package reads
 * (trace/noun-synonyms.txt): the sets with two or more one-word lemmas ("plant works", "affair
 * matter thing"), lower case. A noun put for another of its set ("the plant" for "the works") is
 * the same thing named two ways, though the sentence model's cosine of the two words is as low
 * as that of two different things; core needs neither extjwnl nor its data jar for that.
 * Argument: the file to write.
 */
public final class NounSynonymList {
  private NounSynonymList() {}

  public static void main(String[] args) throws Exception {
    Dictionary d = Dictionary.getDefaultResourceInstance();
    StringBuilder b = new StringBuilder();
    b.append("# WordNet 3.1 noun synonym sets of two or more one-word lemmas, one a line; written by bench\n")
        .append("# NounSynonymList.\n")
        .append("# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.\n")
        .append("# Used under the WordNet licence, which permits use, copying and distribution\n")
        .append("# with this notice: https://wordnet.princeton.edu/license-and-commercial-use\n");
    int lines = 0;
    for (Iterator<Synset> it = d.getSynsetIterator(POS.NOUN); it.hasNext(); ) {
      List<String> lemmas = new ArrayList<>();
      for (Word w : it.next().getWords()) {
        String l = w.getLemma().toLowerCase(Locale.ROOT);
        if (l.matches("[a-z]+") && !lemmas.contains(l)) {
          lemmas.add(l);
        }
      }
      if (lemmas.size() >= 2) {
        b.append(String.join(" ", lemmas)).append('\n');
        lines++;
      }
    }
    Files.writeString(Path.of(args[0]), b.toString());
    System.out.println(lines + " sets written to " + args[0]);
  }
}
