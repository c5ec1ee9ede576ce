package org.quotetrace.bench.corpus;

/**
 * A sentence pattern of literal words and slots, parsed once at start-up so that filling one is
 * only array walks. A word is either literal ("the", "homes,") or a slot with text around it
 * ("{place}," or "\"{quote}\"").
 */
final class Template {
  /** Per word: the slot, or null for a literal. */
  final Slot[] slots;
  /** Per word: the literal word, or the text glued before the slot's first word. */
  final String[] words;
  /** Per word: the punctuation after it. */
  final String[] tails;
  /** Per word: whether the slot's first word is capitalised ("{Org}"). */
  final boolean[] capital;

  private Template(Slot[] slots, String[] words, String[] tails, boolean[] capital) {
    this.slots = slots;
    this.words = words;
    this.tails = tails;
    this.capital = capital;
  }

  /**
   * Parses one template; {@code where} names the file and line for the error message of a slot
   * that does not exist.
   */
  static Template parse(String line, String where) {
    String[] parts = line.trim().split(" +");
    int n = parts.length;
    Slot[] slots = new Slot[n];
    String[] words = new String[n];
    String[] tails = new String[n];
    boolean[] capital = new boolean[n];
    for (int i = 0; i < n; i++) {
      String p = parts[i];
      int open = p.indexOf('{');
      int close = p.indexOf('}');
      if (open >= 0 && close > open) {
        String name = p.substring(open + 1, close);
        Slot s = Slot.named(name);
        if (s == null) {
          throw new IllegalArgumentException(where + ": unknown slot {" + name + "} in: " + line);
        }
        slots[i] = s;
        words[i] = p.substring(0, open);
        tails[i] = p.substring(close + 1);
        capital[i] = Character.isUpperCase(name.charAt(0));
      } else {
        int e = wordEnd(p);
        words[i] = p.substring(0, e);
        tails[i] = p.substring(e);
      }
    }
    return new Template(slots, words, tails, capital);
  }

  /** Where a literal word's trailing punctuation starts: "homes," is "homes" and ",". */
  static int wordEnd(String p) {
    int e = p.length();
    while (e > 1 && ".,;:?!".indexOf(p.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }
}
