package org.quotetrace.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence pattern of literal words, slots and choices, parsed once at start-up so that filling
 * one is only array walks. A word is either literal ("the", "homes,") or a slot with text around it
 * ("{place}," or "\"{quote}\""). A choice ("[we need / the country needs / we are short of]") is
 * one element whose alternatives are templates of their own, so they may hold slots and choices.
 */
final class Template {
  /** Per element: the slot, or null for a literal or a choice. */
  final Slot[] slots;
  /**
   * Per element: the literal word, or the text glued before the slot's first word; "" for a choice
   * and for punctuation on its own.
   */
  final String[] words;
  /** Per element: the punctuation after it. */
  final String[] tails;
  /** Per element: whether the slot's first word is capitalised ("{Org}"). */
  final boolean[] capital;
  /** Per element: the alternatives of a choice, of which each fill takes one; null for a word. */
  final Template[][] choices;

  private Template(Slot[] slots, String[] words, String[] tails, boolean[] capital,
      Template[][] choices) {
    this.slots = slots;
    this.words = words;
    this.tails = tails;
    this.capital = capital;
    this.choices = choices;
  }

  /**
   * Parses one template; {@code where} names the file and line for the error message of a slot
   * that does not exist or a choice that is not closed.
   */
  static Template parse(String line, String where) {
    List<String> tokens = tokens(line, where);
    int[] at = {0};
    Template t = sequence(tokens, at, false, line, where);
    if (at[0] < tokens.size()) {
      throw new IllegalArgumentException(where + ": ']' without '[' in: " + line);
    }
    return t;
  }

  /** Whether a literal word of any alternative is one of {@code ws}. */
  boolean uses(Set<String> ws) {
    for (int i = 0; i < words.length; i++) {
      if (choices[i] != null) {
        for (Template c : choices[i]) {
          if (c.uses(ws)) {
            return true;
          }
        }
      } else if (slots[i] == null && ws.contains(words[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words, "[", "/" (inside brackets) and "]" followed by its punctuation ("],"). Brackets need not
   * be set off by spaces, but a word glued to the outside of one would be read as two words, so it
   * is refused.
   */
  private static List<String> tokens(String line, String where) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    int depth = 0;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        flush(w, out);
      } else if (c == '[') {
        if (w.length() > 0) {
          throw new IllegalArgumentException(where + ": text glued before '[' at column " + (i + 1)
              + " in: " + line);
        }
        out.add("[");
        depth++;
      } else if (c == '/' && depth > 0) {
        flush(w, out);
        out.add("/");
      } else if (c == ']') {
        flush(w, out);
        int e = i + 1;
        while (e < n && ".,;:?!".indexOf(line.charAt(e)) >= 0) {
          e++;
        }
        if (e < n && line.charAt(e) != ' ' && line.charAt(e) != ']') {
          throw new IllegalArgumentException(where + ": text glued after ']' at column " + (e + 1)
              + " in: " + line);
        }
        out.add(line.substring(i, e));
        i = e - 1;
        depth--;
      } else {
        w.append(c);
      }
    }
    flush(w, out);
    return out;
  }

  private static void flush(StringBuilder w, List<String> out) {
    if (w.length() > 0) {
      out.add(w.toString());
      w.setLength(0);
    }
  }

  /**
   * Elements up to the "/" or "]" that ends an alternative, or the end of the line; outside
   * brackets a "/" is a literal word ("24/7", "and / or").
   */
  private static Template sequence(List<String> tokens, int[] at, boolean inside, String line,
      String where) {
    List<Slot> slots = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tails = new ArrayList<>();
    List<Boolean> capital = new ArrayList<>();
    List<Template[]> choices = new ArrayList<>();
    while (at[0] < tokens.size()) {
      String p = tokens.get(at[0]);
      if ((inside && p.equals("/")) || p.startsWith("]")) {
        break;
      }
      at[0]++;
      if (p.equals("[")) {
        List<Template> alternatives = new ArrayList<>();
        alternatives.add(sequence(tokens, at, true, line, where));
        while (at[0] < tokens.size() && tokens.get(at[0]).equals("/")) {
          at[0]++;
          alternatives.add(sequence(tokens, at, true, line, where));
        }
        if (at[0] == tokens.size()) {
          throw new IllegalArgumentException(where + ": '[' without ']' in: " + line);
        }
        if (alternatives.size() < 2) {
          throw new IllegalArgumentException(where
              + ": a choice needs two alternatives, '[word / ]' for an optional one, in: " + line);
        }
        slots.add(null);
        words.add("");
        tails.add(tokens.get(at[0]++).substring(1));
        capital.add(false);
        choices.add(alternatives.toArray(Template[]::new));
        continue;
      }
      int open = p.indexOf('{');
      int close = p.indexOf('}');
      if (open >= 0 && close > open) {
        String name = p.substring(open + 1, close);
        Slot s = Slot.named(name);
        if (s == null) {
          throw new IllegalArgumentException(where + ": unknown slot {" + name + "} in: " + line);
        }
        slots.add(s);
        words.add(p.substring(0, open));
        tails.add(p.substring(close + 1));
        capital.add(Character.isUpperCase(name.charAt(0)));
      } else {
        // Punctuation on its own (", and fast" in a choice) is a word with nothing but a tail.
        int e = p.chars().allMatch(c -> ".,;:?!".indexOf(c) >= 0) ? 0 : wordEnd(p);
        slots.add(null);
        words.add(p.substring(0, e));
        tails.add(p.substring(e));
        capital.add(false);
      }
      choices.add(null);
    }
    boolean[] cap = new boolean[capital.size()];
    for (int i = 0; i < cap.length; i++) {
      cap[i] = capital.get(i);
    }
    return new Template(slots.toArray(Slot[]::new), words.toArray(String[]::new),
        tails.toArray(String[]::new), cap, choices.toArray(Template[][]::new));
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
