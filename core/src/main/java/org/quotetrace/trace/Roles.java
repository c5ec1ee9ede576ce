package org.quotetrace.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Who does what to whom in a clause: the subject and the object of each verb, read from
 * part-of-speech tags (OpenNLP's English tagger, trained on the Universal Dependencies English
 * Web Treebank). "The pain recalled her" and "she recalled the pain" hold the same words, and the
 * case of a pronoun or the order of words alone cannot tell that the pain became the one who
 * remembers; the noun before a verb and the noun after it can.
 *
 * <p>The tagger is loaded once, on first use (about a second), and only clauses whose words are
 * the source's in another order, or with another pronoun case or a "by", are tagged: a quote
 * that keeps its source's order keeps who does what, and tracing it costs nothing more.
 */
final class Roles {
  private Roles() {}

  private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** The model, read when first needed; shared, as OpenNLP's models are safe to share. */
  private static final class Model {
    static final POSModel POS = load();

    private static POSModel load() {
      // The model sits at the root of its own jar, outside any package: a class loader finds it
      // from any module.
      ClassLoader loader = Roles.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException(MODEL + " is missing: opennlp-models-pos-en is not on the"
              + " class path");
        }
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(MODEL + ": " + e.getMessage(), e);
      }
    }
  }

  /** A tagger keeps state while it tags: one per thread. */
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(Model.POS));

  /**
   * Words whose tags are remembered across traces: at about 60 bytes a word held, some 4 MB, the
   * sentences of a few dozen sources.
   */
  static final int REMEMBERED_WORDS = 65_536;

  private static final TagMemory MEMORY =
      new TagMemory(words -> TAGGER.get().tag(words), REMEMBERED_WORDS);

  /** The Universal Dependencies tag of each word. */
  static String[] tags(List<String> words) {
    return MEMORY.tags(words);
  }

  /**
   * The tags of words given as written ({@code cased}: "Donald", "Trump"), each with the
   * punctuation that follows it in the text ({@code after}: "," or "", the same length). The
   * tagger was trained on cased, punctuated text: lower-cased and with the commas gone, "donald
   * trump chooses you" is a verb and two nouns, and "reach 4 percent growth the deficit will"
   * makes "growth" a preposition. The tags returned are the words' only.
   */
  static String[] tags(List<String> cased, List<String> after) {
    List<String> in = new java.util.ArrayList<>(cased.size() * 2);
    int[] at = new int[cased.size()];
    boolean shouted = shouted(cased);
    for (int i = 0; i < cased.size(); i++) {
      at[i] = in.size();
      String w = cased.get(i);
      w = shouted && !w.equals("I") ? w.toLowerCase(java.util.Locale.ROOT) : w;
      // The treebank writes a title with its full stop, one token: "Mr." before a name.
      if (i + 1 < cased.size() && Words.TITLES.contains(w.toLowerCase(java.util.Locale.ROOT))
          && after.get(i).isEmpty()) {
        w = w + ".";
      }
      in.add(w);
      if (!after.get(i).isEmpty()) {
        in.add(after.get(i));
      }
    }
    String[] all = MEMORY.tags(in);
    String[] out = new String[cased.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = all[at[i]];
      // "If she believed Trump wanted Putin to win" tags "Trump" a determiner: a capitalised
      // word inside a sentence that is no determiner is a name.
      String w = cased.get(i);
      if (out[i].equals("DET") && i > 0 && !shouted && Character.isUpperCase(w.charAt(0))
          && !DETERMINERS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        out[i] = "PROPN";
      }
    }
    return out;
  }

  /** The words the tagger may rightly call determiners. */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
      "these", "those", "every", "each", "some", "any", "no", "all", "both", "either", "neither",
      "another", "such", "what", "which", "whatever", "whichever", "much", "many", "few",
      "several", "half", "enough", "more", "most", "less", "least", "other", "own", "whose");

  /**
   * Whether most words of two letters or more are in capitals, as in a headline or a transcript
   * that shouts: the tagger reads every capitalised word as a name, and is better served by no
   * case at all.
   */
  private static boolean shouted(List<String> cased) {
    int words = 0;
    int capitals = 0;
    for (String w : cased) {
      if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      words++;
      capitals += w.equals(w.toUpperCase(java.util.Locale.ROOT)) ? 1 : 0;
    }
    return capitals * 2 > words;
  }

  /** The tags as the tagger gives them, remembered or not: what {@link #tags} must equal. */
  static String[] tagAfresh(List<String> words) {
    return TAGGER.get().tag(words.toArray(new String[0]));
  }

  /** One person or thing: the word shown in a reason, how often the doer, how often done to. */
  static final class Role {
    final String shown;
    /** Read at least once from a pronoun whose case shows its role ("we", "us"). */
    boolean cased;
    /** Read at least once from a pronoun whose case does not ("you", "her", "it"). */
    boolean uncased;

    /**
     * Whether the role was read from nouns or a case-marked pronoun: where a tagger put "you"
     * or "her" tells less, as the same words in another context may be tagged otherwise.
     */
    boolean firm() {
      return cased || !uncased;
    }
    int agent;
    int patient;
    /** The verbs (by stem) it is the doer of, and those it is done to by. */
    final Set<String> agentOf = new HashSet<>();
    final Set<String> patientOf = new HashSet<>();
    /**
     * The verbs on whose doer's or done-to's noun a prepositional phrase naming it hangs ("the
     * future of our children will decide"): in that party's phrase, though not the party itself.
     */
    final Set<String> nearAgentOf = new HashSet<>();
    final Set<String> nearPatientOf = new HashSet<>();

    Role(String shown) {
      this.shown = shown;
    }
  }

  private static final Set<String> POSSESSIVE =
      Set.of("my", "your", "our", "their", "his", "its", "her", "whose");
  /** Pronouns that open a clause or ask, not someone who acts or is acted on. */
  private static final Set<String> NOT_A_PARTY =
      Set.of("that", "which", "who", "whom", "what", "whatever", "whoever", "there");
  private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been",
      "being", "get", "got", "gets", "getting", "gotten");

  /**
   * Per person (a pronoun's referent: "they" and "them" are one) or noun (its stem): how often
   * the doer of a verb, how often the one it is done to. The subject is the noun or pronoun just
   * before the verb group, the object the head of the noun phrase just after it; a passive ("the
   * pier was mended by them") turns them round, its "by" naming the doer. A form of "be" on its
   * own says what something is, not who does what, and counts for nothing.
   */
  static Map<String, Role> of(List<String> words, Map<String, String> who) {
    return of(words, who, null);
  }

  /**
   * As {@link #of(List, Map)}, and each verb's doers (by the verb's stem, the keys of the roles
   * map) put in {@code doers} when it is not null.
   */
  static Map<String, Role> of(List<String> words, Map<String, String> who,
      Map<String, Set<String>> doers) {
    return of(words, tags(words), who, doers);
  }

  /**
   * As {@link #of(List, Map, Map)}, with the words' tags given ({@link #tags(List, List)} for
   * words whose writing is known).
   */
  static Map<String, Role> of(List<String> words, String[] tags, Map<String, String> who,
      Map<String, Set<String>> doers) {
    return of(words, tags, null, who, doers);
  }

  /**
   * As {@link #of(List, String[], Map, Map)}, with the clause mark after each word ({@code
   * marks}, "" for none; null when the punctuation is not known).
   */
  static Map<String, Role> of(List<String> words, String[] tags, List<String> marks,
      Map<String, String> who, Map<String, Set<String>> doers) {
    String[] w = words.toArray(new String[0]);
    String[] t = verbsBeforeObjects(w, tags.clone());
    Map<String, Role> out = new LinkedHashMap<>();
    int n = w.length;
    boolean[] placed = new boolean[n];
    // Words already taken as a verb's object: with the commas gone, "secure our border protect
    // our workers" does not make the border the one who protects.
    boolean[] object = new boolean[n];
    // Which verb took each object: "we had engineers measure every blast" makes the engineers
    // the ones who measure, though "had" took them as its object.
    String[] objectOf = new String[n];
    for (int i = 0; i < n; i++) {
      // A verb form after "the" names a thing ("the following", "the killing").
      if (!verbal(t[i]) || i > 0 && t[i - 1].equals("DET")) {
        continue;
      }
      int j = i;
      while (j < n && (verbal(t[j]) || t[j].equals("PART") || t[j].equals("ADV"))) {
        j++;
      }
      int main = -1;
      for (int k = i; k < j; k++) {
        if (t[k].equals("VERB")) {
          main = k;
        }
      }
      if (main >= 0) {
        // A passive: a form of "be" or "get" before the participle, perhaps with "not" or an
        // adverb between ("was never paid", "has been sued").
        int k = main - 1;
        while (k >= i && (t[k].equals("ADV") || w[k].equals("not") || w[k].equals("never"))) {
          k--;
        }
        boolean passive = k >= i && BE.contains(w[k]) && !w[main].endsWith("ing");
        int[] subject = subjectBefore(w, t, i, object);
        if (subject == null && i > 0 && object[i - 1] && t[i].equals("VERB")
            && CAUSATIVE.contains(objectOf[i - 1])) {
          subject = subjectBefore(w, t, i, new boolean[n]);
        }
        // "when you're knocked down, the human experience shares you": a verb's object does not
        // lie past the comma that closes its clause.
        boolean closed = marks != null && !marks.get(j - 1).isEmpty()
            && !marks.get(j - 1).equals("-");
        int[] after = closed ? null : objectAt(w, t, j);
        // "I think the company broke its promise": after a verb of saying or thinking, a noun
        // with a verb of its own opens the clause said or thought, and does that verb.
        // An adverb may come between ("you think this enemy really understands you").
        if (after != null && THAT_VERBS.contains(w[main])) {
          int e = after[1];
          while (e < n && t[e].equals("ADV") && !w[e].equals("not")) {
            e++;
          }
          if (e < n && verbal(t[e])) {
            after = null;
          }
        }
        // "I have written to the minister", "we met with the growers": the one written to or met
        // is the other party, as much done to as a direct object ("the minister had written to
        // me" turns them round).
        if (after == null && !passive && !closed && j + 1 < n && t[j].equals("ADP")
            && (w[j].equals("to") || w[j].equals("with"))) {
          after = objectAt(w, t, j + 1);
        }
        int[] agent = passive ? (j < n && w[j].equals("by") ? objectAt(w, t, j + 1) : null)
            : subject;
        int[] patient = passive ? subject : after;
        String verb = Norm.stem(w[main]);
        count(out, w, t, agent, who, true, placed, verb);
        count(out, w, t, patient, who, false, placed, verb);
        if (subject != null) {
          countNear(out, w, t, subject, who, !passive, placed, verb);
        }
        if (doers != null && agent != null) {
          for (int at = agent[0]; at < agent[1]; at++) {
            doers.computeIfAbsent(Norm.stem(w[main]), v -> new java.util.HashSet<>())
                .add(key(w, t, at, who));
          }
        }
        if (after != null) {
          object[after[1] - 1] = true;
          objectOf[after[1] - 1] = w[main];
        }
      }
      i = j - 1;
    }
    // A pronoun no verb took, as around "be" ("I will be the one" quoted as "the one will be
    // me") or in words too garbled to tag, still tells by its case whether it is the doer; in a
    // pair ("me and the wardens went") the case is colloquial and tells nothing.
    for (int k = 0; k < n; k++) {
      boolean subjectCase = SUBJECT_CASE.contains(w[k]);
      if (placed[k] || !subjectCase && !OBJECT_CASE.contains(w[k])
          || k + 1 < n && AND_OR.contains(w[k + 1]) || k > 0 && AND_OR.contains(w[k - 1])) {
        continue;
      }
      count(out, w, t, new int[] {k, k + 1}, who, subjectCase, placed, null);
    }
    return out;
  }

  /** Pronouns that can be a verb's object, and are one right after a verb. */
  private static final Set<String> OBJECT_PRONOUN =
      Set.of("me", "us", "him", "them", "you", "it", "her");

  /**
   * The tags with a verb's "-s" form that the tagger read as a noun, between a noun and the
   * pronoun it takes as its object, made a verb: "the question asks you every time", "your
   * status loses you". Two nouns in a row are common, a plural noun right before a pronoun
   * that does not open a clause of its own ("the questions you ask", "the ones it has") is not.
   */
  static String[] verbsBeforeObjects(String[] w, String[] t) {
    // "it answers you" tags "answers" an auxiliary: only a handful of verbs are ever one.
    for (int k = 0; k < w.length; k++) {
      if (t[k].equals("AUX") && !AUXILIARIES.contains(w[k])) {
        t[k] = "VERB";
      }
      // "The reason was missing everybody" tags "everybody" an adverb; it never is one.
      if (t[k].equals("ADV") && SOMEONE.contains(w[k])) {
        t[k] = "PRON";
      }
    }
    // ... and "missing" an adjective: an -ing form after "be" with an object after it is the
    // verb of a clause in progress ("was missing everybody", "is attacking the mayor").
    for (int k = 1; k + 1 < w.length; k++) {
      if (t[k].equals("ADJ") && w[k].endsWith("ing") && BE_ONLY.contains(w[k - 1])
          && (t[k + 1].equals("DET") || t[k + 1].equals("PRON") && !possessive(w, t, k + 1)
              && !NOT_A_PARTY.contains(w[k + 1]))) {
        t[k] = "VERB";
      }
    }
    for (int k = 1; k + 1 < w.length; k++) {
      if (!t[k].equals("NOUN") || !(t[k - 1].equals("NOUN") || t[k - 1].equals("PROPN"))
          || !w[k].endsWith("s") || w[k].endsWith("ss") || w[k].length() < 4
          || !(OBJECT_PRONOUN.contains(w[k + 1]) || Words.TITLES.contains(w[k + 1]))
          || possessive(w, t, k + 1)
          || k + 2 < w.length && (verbal(t[k + 2]) || t[k + 2].equals("PART"))) {
        continue;
      }
      t[k] = "VERB";
    }
    return t;
  }

  private static final Set<String> SOMEONE = Set.of("everybody", "everyone", "somebody",
      "someone", "anybody", "anyone", "nobody");
  private static final Set<String> BE_ONLY = Set.of("am", "is", "are", "was", "were", "be",
      "been", "being");

  /** The words that are auxiliaries, as the words are normalised ("'ll" is "will"). */
  private static final Set<String> AUXILIARIES = Set.of("am", "is", "are", "was", "were", "be",
      "been", "being", "have", "has", "had", "having", "do", "does", "did", "will", "would",
      "shall", "should", "can", "could", "may", "might", "must", "ought", "need", "dare", "get",
      "gets", "got", "gotten", "getting", "going", "gonna", "wo", "ca", "'s", "'d", "'ll", "'ve",
      "'re", "'m", "s", "d", "ll", "ve", "re", "m", "used");

  private static final Set<String> SUBJECT_CASE = Set.of("i", "we", "he", "she", "they");
  private static final Set<String> OBJECT_CASE = Set.of("me", "us", "him", "them");
  private static final Set<String> AND_OR = Set.of("and", "or", "nor");

  private static void count(Map<String, Role> out, String[] w, String[] t, int[] phrase,
      Map<String, String> who, boolean agent, boolean[] placed, String verb) {
    if (phrase == null) {
      return;
    }
    for (int at = phrase[0]; at < phrase[1]; at++) {
      placed[at] = true;
      String person = who.get(w[at]);
      String key = key(w, t, at, who);
      String shown = person != null ? person : w[at];
      Role r = out.computeIfAbsent(key, k -> new Role(shown));
      boolean cased = SUBJECT_CASE.contains(w[at]) || OBJECT_CASE.contains(w[at]);
      r.cased |= cased;
      r.uncased |= !cased && (person != null || t[at].equals("PRON"));
      if (agent) {
        r.agent++;
      } else {
        r.patient++;
      }
      if (verb != null) {
        (agent ? r.agentOf : r.patientOf).add(verb);
      }
    }
  }

  /** The nouns of the prepositional phrases {@code [phrase[1], phrase[2])} on a subject. */
  private static void countNear(Map<String, Role> out, String[] w, String[] t, int[] phrase,
      Map<String, String> who, boolean agent, boolean[] placed, String verb) {
    for (int at = phrase[1]; at < phrase[2]; at++) {
      if (!t[at].equals("NOUN") && !t[at].equals("PROPN")) {
        continue;
      }
      placed[at] = true;
      String person = who.get(w[at]);
      String shown = person != null ? person : w[at];
      Role r = out.computeIfAbsent(key(w, t, at, who), k -> new Role(shown));
      (agent ? r.nearAgentOf : r.nearPatientOf).add(verb);
    }
  }

  /** The key of the role the word at {@code at} stands for: its person, pronoun or stem. */
  private static String key(String[] w, String[] t, int at, Map<String, String> who) {
    String person = who.get(w[at]);
    return person != null ? person : t[at].equals("PRON") ? w[at] : Norm.stem(w[at]);
  }

  // Verbs whose object does the next verb: "had engineers measure", "made them pay", "let us go".
  private static final Set<String> CAUSATIVE = Set.of("have", "has", "had", "having", "make",
      "makes", "made", "making", "let", "lets", "letting", "help", "helps", "helped", "helping",
      "see", "saw", "seen", "watch", "watched", "hear", "heard", "keep", "keeps", "kept",
      "keeping", "get", "gets", "got", "getting");

  // Verbs of saying and thinking, whose clause may follow with no "that".
  private static final Set<String> THAT_VERBS = Set.of("think", "thinks", "thought", "believe",
      "believes", "believed", "say", "says", "said", "know", "knows", "knew", "hope", "hopes",
      "hoped", "fear", "fears", "feared", "suspect", "suspects", "suspected", "guess", "feel",
      "feels", "felt", "suppose", "supposed", "claim", "claims", "claimed", "insist", "insists",
      "insisted", "admit", "admits", "admitted", "doubt", "doubts", "doubted", "assume",
      "assumes", "assumed", "argue", "argues", "argued", "realise", "realised", "realize",
      "realized", "reckon", "reckons", "reckoned", "bet", "wish", "wished");

  private static boolean verbal(String tag) {
    return tag.equals("VERB") || tag.equals("AUX");
  }

  /** A noun, a name or a pronoun standing for someone: not a possessive, not "which". */
  private static boolean party(String[] w, String[] t, int k) {
    return t[k].equals("NOUN") || t[k].equals("PROPN")
        || t[k].equals("PRON") && !NOT_A_PARTY.contains(w[k]) && !possessive(w, t, k);
  }

  private static boolean possessive(String[] w, String[] t, int k) {
    if (!POSSESSIVE.contains(w[k])) {
      return false;
    }
    // "her" is either: "recalled her son" against "recalled her of it".
    return !w[k].equals("her") || k + 1 < w.length
        && (t[k + 1].equals("NOUN") || t[k + 1].equals("ADJ") || t[k + 1].equals("PROPN"));
  }

  /**
   * The subject of the verb group at {@code i}: the pronoun or the run of nouns just before it
   * ("the harbour board"), or the nouns a prepositional phrase before it hangs on ("the jobs at
   * Calder"), as {@code [from, to)}; or null. "Me" is no subject, nor a word the verb before took
   * as its object. A third number, {@code end}, closes the prepositional phrases
   * {@code [to, end)} that hang on the subject ("at Calder"): their nouns are part of the
   * subject's phrase, which a quote that exchanges the phrases' nouns turns round.
   */
  private static int[] subjectBefore(String[] w, String[] t, int i, boolean[] object) {
    int k = i - 1;
    // An adverb between the subject and its verb ("we also need", "Mark Smith really wants")
    // leaves the subject the subject.
    while (k > 0 && t[k].equals("ADV") && !w[k].equals("not")) {
      k--;
    }
    i = k + 1;
    if (k < 0 || object[k] || !party(w, t, k) || OBJECT_CASE.contains(w[k])) {
      return null;
    }
    if (t[k].equals("PRON")) {
      return new int[] {k, i, i};
    }
    while (k > 0 && !object[k - 1] && (t[k - 1].equals("NOUN") || t[k - 1].equals("PROPN"))) {
      k--;
    }
    // "half the jobs at Calder are going": the nouns after a preposition name where or of what,
    // and the subject is the noun the phrase hangs on. Not a passive's "by", whose noun does.
    int to = i;
    while (true) {
      int p = k - 1;
      while (p > 0 && (t[p].equals("DET") || t[p].equals("ADJ") || t[p].equals("NUM")
          || t[p].equals("PRON") && possessive(w, t, p))) {
        p--;
      }
      if (p <= 0 || !t[p].equals("ADP") || w[p].equals("by") || object[p - 1]
          || !(t[p - 1].equals("NOUN") || t[p - 1].equals("PROPN"))) {
        return new int[] {k, to, i};
      }
      to = p;
      k = p - 1;
      while (k > 0 && !object[k - 1] && (t[k - 1].equals("NOUN") || t[k - 1].equals("PROPN"))) {
        k--;
      }
    }
  }

  /**
   * The nouns of the noun phrase that starts at {@code k} ("the government monopoly"), or its
   * pronoun, as {@code [from, to)}; or null. A phrase a modal or auxiliary follows is the
   * subject of what comes next ("I know our rights can protect us"), and "we" is no object.
   */
  private static int[] objectAt(String[] w, String[] t, int k) {
    int n = w.length;
    while (k < n && (t[k].equals("DET") || t[k].equals("ADJ") || t[k].equals("NUM")
        || t[k].equals("PRON") && possessive(w, t, k))) {
      k++;
    }
    if (k >= n || !party(w, t, k)) {
      return null;
    }
    int e = k + 1;
    if (!t[k].equals("PRON")) {
      while (e < n && (t[e].equals("NOUN") || t[e].equals("PROPN"))) {
        e++;
      }
    }
    if (SUBJECT_CASE.contains(w[k]) || e < n && t[e].equals("AUX")) {
      return null;
    }
    return new int[] {k, e};
  }

  /**
   * Whether the roles of two clauses can differ at all: the people and things the quote shares
   * with the source come in another order, a pronoun changes case ("we" and "us"), or one side
   * has a passive's "by" the other lacks. Otherwise tagging would only confirm the source's roles.
   */
  static boolean worthTagging(List<String> q, List<Boolean> qc, List<String> s,
      List<Boolean> sc, Map<String, String> who) {
    if (count(q, "by") != count(s, "by") || !pronouns(q, who).equals(pronouns(s, who))) {
      return true;
    }
    boolean[] used = new boolean[s.size()];
    int last = -1;
    for (int k = 0; k < q.size(); k++) {
      if (!qc.get(k) && !who.containsKey(q.get(k))) {
        continue;
      }
      String key = key(q.get(k), who);
      for (int i = 0; i < s.size(); i++) {
        if (!used[i] && (sc.get(i) || who.containsKey(s.get(i))) && key(s.get(i), who).equals(key)) {
          used[i] = true;
          if (i < last) {
            return true;
          }
          last = i;
          break;
        }
      }
    }
    return false;
  }

  private static String key(String w, Map<String, String> who) {
    String p = who.get(w);
    return p != null ? p : Norm.stem(w);
  }

  private static int count(List<String> ws, String w) {
    int n = 0;
    for (String x : ws) {
      n += x.equals(w) ? 1 : 0;
    }
    return n;
  }

  private static Map<String, Integer> pronouns(List<String> ws, Map<String, String> who) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : ws) {
      if (who.containsKey(w)) {
        out.merge(w, 1, Integer::sum);
      }
    }
    return out;
  }
}
