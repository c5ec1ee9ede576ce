package org.quotetrace.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.trace.SourceText.Passage;

/**
 * The names a writer puts in a report where the speaker said a pronoun: "Stenfield were a very
 * good side" for "they're a very good side", "Harbridge had been unable to play their way out"
 * for "we couldn't get out", and "her team" for the speaker's "we". A sentence encoder weighs a
 * name heavily: with all-MiniLM-L6-v2 the report scores 0.34 with the sentence it renders and
 * 0.62 with an unrelated one that names Stenfield; with the name read as "they" and "her team" as
 * "we", 0.71 and 0.34. So a report is also compared as it would read without the names a passage
 * lacks, where that passage has a pronoun that could have stood for them.
 */
final class WriterNames {
  /**
   * A run of capitalised words {@code [from, to)} of the report's words and its stand-in
   * ("they", "them", "their", or nothing for a name that only qualifies a noun: "their County
   * Cup semi-final"); or, with {@code ours}, the speaker's group ("her team") and "we" or "us".
   */
  record Name(int from, int to, String pronoun, boolean ours) {}

  private final Words words;
  private final Unit unit;
  private final List<Name> names;

  private WriterNames(Words words, Unit unit, List<Name> names) {
    this.words = words;
    this.unit = unit;
    this.names = names;
  }

  // A name a passage must lack to be read as a pronoun; more than this many in one report and
  // the report is about the names, not a rendering of pronouns.
  static final int MOST_NAMES = 3;

  // Months and days name a time, which a speaker says as such ("on Saturday"); "tonight" made
  // "on Thursday" is a figure's business, not a pronoun's.
  private static final Set<String> TIMES = java.util.stream.Stream.concat(Words.MONTHS.stream(),
      java.util.stream.Stream.of("monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  // Words that may stand where the writer put a name: a party ("they", "we", "you", "it") or a
  // person ("she", "him").
  private static final Set<String> PRONOUNS = Set.of("they", "them", "their", "theirs", "we",
      "us", "our", "ours", "you", "your", "it", "its", "he", "him", "his", "she", "her");

  // Nouns by which a writer names the speaker's own side, which the speaker calls "we".
  private static final Set<String> GROUPS = Set.of("team", "side", "players", "club", "party",
      "company", "firm", "government", "union", "council", "colleagues", "members", "staff",
      "officials", "officers", "board", "committee", "department", "ministry", "organisation",
      "organization", "group", "family", "researchers", "team's", "side's");
  private static final Set<String> OWNERS = Set.of("my", "his", "her", "their");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "its", "his",
      "her", "our", "my", "your", "this", "that", "these", "those");

  // Words after which a name opens a clause rather than being its object.
  private static final Set<String> OPENERS = Set.of("that", "and", "but", "or", "whether", "if",
      "because", "while", "although", "though", "when", "once", "as");

  /** The names of the unit's words, each a run of capitalised words not opening a sentence. */
  static WriterNames of(Words a, Unit u) {
    List<Name> out = new ArrayList<>();
    int[] toks = u.tokens();
    for (int t = 0; t < toks.length; t++) {
      int k = toks[t];
      // "her team", where the asSaid reading has "my team": the speaker's "we".
      if (OWNERS.contains(a.norm[k]) && t + 1 < toks.length && toks[t + 1] == k + 1
          && GROUPS.contains(a.norm[k + 1])) {
        boolean opens = t == 0 || OPENERS.contains(a.norm[toks[t - 1]]);
        out.add(new Name(k, k + 2, opens ? "we" : "us", true));
        t++;
        continue;
      }
      if (!capitalised(a, k) || opensSentence(a, k)) {
        continue;
      }
      int e = t + 1;
      // Words split from one written word ("can't") share its characters: no gap to read.
      while (e < toks.length && toks[e] == toks[e - 1] + 1 && capitalised(a, toks[e])
          && a.start[toks[e]] >= a.end[toks[e - 1]]
          && a.text.substring(a.end[toks[e - 1]], a.start[toks[e]]).isBlank()) {
        e++;
      }
      int last = toks[e - 1];
      boolean owner = possessive(a, last);
      boolean qualifies = t > 0 && DETERMINERS.contains(a.norm[toks[t - 1]]) && e < toks.length
          && !owner && Character.isLowerCase(a.text.charAt(a.start[toks[e]]));
      String pronoun = qualifies ? "" : owner ? "their"
          : t == 0 || OPENERS.contains(a.norm[toks[t - 1]]) ? "they" : "them";
      out.add(new Name(k, last + 1, pronoun, false));
      t = e - 1;
    }
    long named = out.stream().filter(n -> !n.ours()).count();
    return new WriterNames(a, u, named > MOST_NAMES ? List.of() : out);
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  List<Name> names() {
    return names;
  }

  /**
   * The unit's text with the names the passage lacks read as pronouns, or null when it lacks
   * none, or has no pronoun that could have stood for them.
   */
  String without(Passage p) {
    if (names.isEmpty()) {
      return null;
    }
    Words s = p.source().words;
    Set<String> held = new java.util.HashSet<>();
    int pronouns = 0;
    boolean we = false;
    for (int i = p.from(); i < p.to(); i++) {
      held.add(bare(s.norm[i]));
      pronouns += PRONOUNS.contains(s.norm[i]) ? 1 : 0;
      we |= s.norm[i].equals("we") || s.norm[i].equals("us") || s.norm[i].equals("our");
    }
    List<Name> lacked = new ArrayList<>();
    int standIns = 0;
    for (Name n : names) {
      if (n.ours()) {
        if (we && !held.contains(bare(words.norm[n.from() + 1]))) {
          lacked.add(n);
        }
        continue;
      }
      for (int k = n.from(); k < n.to(); k++) {
        if (!held.contains(bare(words.norm[k]))) {
          lacked.add(n);
          standIns += n.pronoun().isEmpty() ? 0 : 1;
          break;
        }
      }
    }
    if (lacked.isEmpty() || pronouns < standIns) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    int at = unit.span().start();
    for (Name n : lacked) {
      if (words.start[n.from()] < at) {
        continue;
      }
      b.append(Pool.plain(words.text, at, words.start[n.from()])).append(' ')
          .append(n.pronoun()).append(' ');
      at = words.end[n.to() - 1];
      if (n.pronoun().equals("their") && (words.text.startsWith("'s", at)
          || words.text.startsWith("’s", at))) {
        at += 2; // the "'s" the pronoun stands for too
      }
    }
    b.append(Pool.plain(words.text, Math.min(at, unit.span().end()), unit.span().end()));
    return b.toString().replaceAll("\\s+", " ").trim();
  }

  /** Whether word {@code k} is written with an "'s", in it or right after it. */
  private static boolean possessive(Words a, int k) {
    String t = a.text;
    int e = a.end[k];
    return t.startsWith("'s", e) || t.startsWith("’s", e) || e - a.start[k] > 2
        && (t.startsWith("'s", e - 2) || t.startsWith("’s", e - 2));
  }

  /** A word as the other side may hold it: "Castlebrook's" as "castlebrook". */
  private static String bare(String norm) {
    return norm.endsWith("'s") || norm.endsWith("’s") ? norm.substring(0, norm.length() - 2)
        : norm;
  }

  private static boolean capitalised(Words a, int k) {
    String w = a.text.substring(a.start[k], a.end[k]);
    if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
      return false;
    }
    return !TIMES.contains(w.toLowerCase(Locale.ROOT));
  }

  /** Whether word {@code k} is the first of its sentence, where any word is capitalised. */
  private static boolean opensSentence(Words a, int k) {
    int i = a.start[k] - 1;
    while (i >= 0 && Character.isWhitespace(a.text.charAt(i)) && a.text.charAt(i) != '\n') {
      i--;
    }
    return i < 0 || ".!?\n\"“‘".indexOf(a.text.charAt(i)) >= 0;
  }
}
