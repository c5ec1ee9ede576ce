package org.quotetrace.trace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a source leaves open or calls likely ("perhaps flats", "probably sent the wrong parts"),
 * stated as settled in a report of it ("the quay would become flats"). A report keeps a hedge by
 * the source's own hedge word or by a word of its own that leaves the thing open or names it a
 * belief ("might", "or", "she thought"). A word it merely copies with the rest of the sentence
 * keeps nothing: in "if we do that, perhaps this century can be the most peaceful" the "if" is
 * the condition, said either way, and a report that keeps the "if" and drops the "perhaps"
 * states the outcome as certain.
 */
final class Hedges {
  private Hedges() {}

  /** Words by which a source leaves a thing open or calls it likely. */
  private static final Set<String> HEDGES = Set.of("perhaps", "maybe", "possibly", "might",
      "may", "probably", "likely", "presumably");

  /** Words by which a report keeps a thing open, names it likely or names it a belief. */
  private static final Set<String> KEEPERS = Set.of("perhaps", "maybe", "possibly", "might",
      "may", "could", "possible", "possibility", "potentially", "likely", "unlikely", "probably",
      "presumably", "or", "either", "whether", "if", "consider", "considering", "considered",
      "option", "options", "chance", "undecided", "believe", "believed",
      "believes", "think", "thinks", "thought", "suspect", "suspected", "suspects", "guess",
      "guessed", "expect", "expected", "expects", "assume", "assumed", "want", "wants", "wanted",
      "hope", "hopes", "hoped", "wish", "wishes", "wished", "like", "liked", "keen", "eager",
      "prefer", "prefers", "preferred", "aim", "aims", "aimed");

  /**
   * One word for the forms a report gives a source's word: its back-shifted modal ("might" for
   * "may") and its past ("thought" for "think") are the same hedge or belief.
   */
  private static final Map<String, String> LEMMA = Map.ofEntries(Map.entry("might", "may"),
      Map.entry("thought", "think"), Map.entry("thinks", "think"),
      Map.entry("believed", "believe"), Map.entry("believes", "believe"),
      Map.entry("suspected", "suspect"), Map.entry("suspects", "suspect"),
      Map.entry("guessed", "guess"), Map.entry("expected", "expect"),
      Map.entry("expects", "expect"), Map.entry("assumed", "assume"),
      Map.entry("considering", "consider"), Map.entry("considered", "consider"),
      Map.entry("options", "option"), Map.entry("possibility", "possible"),
      Map.entry("possibly", "possible"), Map.entry("wants", "want"), Map.entry("wanted", "want"),
      Map.entry("hopes", "hope"), Map.entry("hoped", "hope"), Map.entry("wishes", "wish"),
      Map.entry("wished", "wish"), Map.entry("liked", "like"));

  private static String lemma(String w) {
    return LEMMA.getOrDefault(w, w);
  }

  /**
   * The reason the report drops a hedge of the source sentences {@code [from, to)} of {@code s},
   * else null: a hedge word of the source whose clause shares a content word with the report's
   * part {@code tokens}, where the report ({@code whole}: all its parts, one claim) neither says
   * that hedge nor has a keeping word the source does not have as often. A hedge whose clause has
   * no content word of its own ("Perhaps, like the crisis in Flint, …", "But maybe most of all,
   * …") hedges the clause after it.
   */
  static String dropped(Words a, int[] tokens, int[] whole, Words s, int from, int to) {
    Map<String, Integer> mine = new HashMap<>();
    // A report's "could" is read as the "can" it may have been moved back from; against a
    // source with no "can", it is a hedge and keeps the source's "might" ("the zoo could lose
    // visitors" for "the zoo might"). Against "I can possibly get", it is that "can".
    boolean can = false;
    for (int i = from; i < to; i++) {
      can |= s.norm[i].equals("can");
    }
    for (int k : whole) {
      String w = !can && Reported.wasCould(a, k) ? "could" : a.norm[k];
      if (!a.bracket[k] && KEEPERS.contains(w)) {
        mine.merge(lemma(w), 1, Integer::sum);
      }
    }
    Map<String, Integer> theirs = new HashMap<>();
    boolean hedged = false;
    for (int i = from; i < to; i++) {
      if (!s.silent(i) && KEEPERS.contains(s.norm[i])) {
        theirs.merge(lemma(s.norm[i]), 1, Integer::sum);
      }
      hedged |= isHedge(s, i);
    }
    if (!hedged) {
      return null;
    }
    for (Map.Entry<String, Integer> e : mine.entrySet()) {
      if (e.getValue() > theirs.getOrDefault(e.getKey(), 0)) {
        return null; // a hedge, a choice or a belief of the report's own
      }
    }
    Set<String> shared = new HashSet<>();
    for (int k : tokens) {
      if (a.content[k] && !a.bracket[k]) {
        shared.add(a.stem[k]);
      }
    }
    for (int i = from; i < to; i++) {
      if (!isHedge(s, i) || mine.containsKey(lemma(s.norm[i]))) {
        continue;
      }
      int lo = i;
      while (lo > from && !breakBefore(s, lo)) {
        lo--;
      }
      int hi = i + 1;
      while (hi < to && !breakBefore(s, hi)) {
        hi++;
      }
      // A hedge set off on its own hedges what follows it.
      while (hi < to && !hasContent(s, lo, hi, i)) {
        hi++;
        while (hi < to && !breakBefore(s, hi)) {
          hi++;
        }
      }
      for (int j = lo; j < hi; j++) {
        if (j != i && s.content[j] && !s.silent(j) && shared.contains(s.stem[j])) {
          if (wish(s, i)) {
            return "the source says \"" + s.norm[i] + " to\": a wish the report states as what"
                + " will be done";
          }
          return "the source says \"" + s.norm[i] + "\"; the report states it as settled";
        }
      }
    }
    return null;
  }

  /** Words by which a report calls a thing found out: a result, not a view. */
  private static final Set<String> FINDINGS = Set.of("found", "find", "finds", "shown", "showed",
      "shows", "proved", "proven", "proves", "established", "discovered", "demonstrated",
      "confirmed");
  /** Words by which a source calls a thing a view, a guess or a likelihood. */
  private static final Set<String> BELIEFS = Set.of("think", "thinks", "believe", "believes",
      "guess", "suspect", "suspects", "assume", "perhaps", "maybe", "possibly", "probably",
      "might", "may");

  /**
   * The reason a report calls a finding what its source, in the sentences {@code [from, to)},
   * offers as a view or a guess ("her team had found that a meadow must reach half a hectare"
   * for "we think a meadow has to reach about half a hectare ... that figure is a guess"), else
   * null: a word of finding in the report ("found", "shown", "proved") that the source does not
   * use, a word of belief or likelihood in the source, and none of either in the report.
   */
  static String beliefAsFinding(Words a, int[] tokens, Words s, int from, int to) {
    String found = null;
    for (int k : tokens) {
      if (BELIEFS.contains(a.norm[k]) || KEEPERS.contains(a.norm[k])) {
        return null;
      }
      if (found == null && FINDINGS.contains(a.norm[k])) {
        found = a.norm[k];
      }
    }
    if (found == null) {
      return null;
    }
    String belief = null;
    for (int i = from; i < to; i++) {
      if (s.silent(i)) {
        continue;
      }
      if (FINDINGS.contains(s.norm[i])) {
        return null;
      }
      if (belief == null && BELIEFS.contains(s.norm[i]) && !capitalMay(s, i)) {
        belief = s.norm[i];
      }
    }
    return belief == null ? null : "the source says \"" + belief + "\"; the report says \""
        + found + "\": a view stated as a finding";
  }

  /** Whether word {@code i} of {@code s} is a hedge: "May" written so is the month or a plea. */
  private static boolean isHedge(Words s, int i) {
    return !s.silent(i) && (HEDGES.contains(s.norm[i]) && !capitalMay(s, i)
        || possibleThat(s, i) || wish(s, i));
  }

  /** Whether word {@code i} of {@code s} is "May" written with a capital: the month or a plea. */
  private static boolean capitalMay(Words s, int i) {
    return s.norm[i].equals("may") && s.text.charAt(s.start[i]) != 'm';
  }

  /** Verbs of wishing that leave the thing wished for undone: "we want to start planting". */
  private static final Set<String> WISHES = Set.of("want", "wants", "hope", "hopes", "wish",
      "wishes");
  /**
   * Verbs after "I want to" that frame the speaker's own words ("I want to be clear", "I want
   * to thank the teams"), not a thing wished for.
   */
  private static final Set<String> FRAMING = Set.of("be", "say", "thank", "stress",
      "emphasise", "emphasize", "tell", "ask", "know", "add", "point", "reassure", "remind",
      "mention", "repeat", "acknowledge", "apologise", "apologize", "welcome", "pay",
      "congratulate", "talk", "explain", "turn", "hear", "look", "understand", "speak", "update");

  /**
   * Whether word {@code i} of {@code s} wishes for what the verb after its "to" says ("we want to
   * plant two more bays", "I would like to see the unit stay"): a report that says the thing will
   * be done ("the team would plant two more bays") states the wish as settled. "Like" wishes only
   * after "would" ("I'd personally like to"); "I want to be clear that …" frames what follows.
   */
  private static boolean wish(Words s, int i) {
    String w = s.norm[i];
    boolean like = w.equals("like") && (i > 0 && s.norm[i - 1].equals("would")
        || i > 1 && s.norm[i - 2].equals("would"));
    if (!like && !WISHES.contains(w) || i + 2 >= s.size || !s.norm[i + 1].equals("to")) {
      return false;
    }
    // The speaker's own wish or their side's ("we want to", "I'd like to"): "if you want to sell
    // credits" is a condition put to anyone, and wishes nothing.
    boolean own = false;
    for (int k = i - 1; k >= Math.max(0, i - 3) && !own; k--) {
      String x = s.norm[k];
      if (x.equals("if") || x.equals("you") || x.equals("they")) {
        return false;
      }
      own = x.equals("i") || x.equals("we");
    }
    return own && !FRAMING.contains(s.norm[i + 2]) && !s.silent(i);
  }

  /**
   * Whether word {@code i} is the "possible" of "it is possible that …", which leaves the clause
   * after it open as "perhaps" does: "it is possible that this fire is linked to the others"
   * reported as "the fire was linked to the others" states it as settled. "Possible to" is what
   * can be done, and "the best possible" no hedge at all.
   */
  private static boolean possibleThat(Words s, int i) {
    return s.norm[i].equals("possible") && i + 1 < s.size && s.norm[i + 1].equals("that");
  }

  private static boolean hasContent(Words s, int lo, int hi, int except) {
    for (int j = lo; j < hi; j++) {
      if (j != except && s.content[j] && !s.silent(j) && !HEDGES.contains(s.norm[j])
          && !possibleThat(s, j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause ends before word {@code i}: a comma or stop before it, or "but", "and". */
  private static boolean breakBefore(Words s, int i) {
    if (s.norm[i].equals("but") || s.norm[i].equals("and")) {
      return true;
    }
    for (int c = s.end[i - 1]; c < s.start[i]; c++) {
      char ch = s.text.charAt(c);
      if (ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '?' || ch == '!') {
        return true;
      }
    }
    return false;
  }
}
