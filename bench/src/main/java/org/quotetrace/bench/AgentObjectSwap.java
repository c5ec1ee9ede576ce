package org.quotetrace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * The perturbation harness's "swap agent and object": the subject and the object of one verb,
 * found with the part-of-speech tagger core ships (OpenNLP's English UD tagger, as in
 * {@code trace.Roles}), exchanged, with each pronoun put in the case of its new place and the
 * verb agreeing with its new subject. Word patterns took "his own" or "she did and the way" for
 * noun phrases and made word salad ("his own started him small business"), which measures
 * nothing.
 *
 * <p>A phrase is a pronoun, a proper name, or a determiner or possessive with at most two
 * adjectives and one to three nouns; the subject opens its clause, the verb group (auxiliaries,
 * adverbs) follows it directly and the object follows the verb directly (a control verb and "to"
 * may come between: "we want to hire them"), with nothing coordinated to either phrase, no later
 * verb sharing the subject, and nothing hanging on the object that would be left on the other
 * phrase ("of", a relative clause, an apposition, "'s"). A sentence with no such pair gives no
 * variant. A swap is dropped when both phrases name the same one ("we ... us", "the plan ... the
 * plans"), or when it leaves the meaning or says nothing: a reflexive, "each other", a verb whose
 * two parties do the same to each other ("meet", "marry"; "talk with" never matches, as the
 * object must follow the verb), a light verb ("have a plan", "take a look"), or a passive.
 */
final class AgentObjectSwap {
  private AgentObjectSwap() {}

  /** A swap: the new sentence, and the two phrases as they were (subject, object) and are. */
  record Swap(String text, String subject, String object, String newSubject, String newObject) {}

  private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** The tagger and WordNet, loaded when first needed. */
  private static final class Models {
    static final POSModel POS_MODEL = load();
    static final Dictionary WORDNET = wordnet();

    private static POSModel load() {
      try (InputStream in = AgentObjectSwap.class.getClassLoader().getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException(MODEL + " is missing: opennlp-models-pos-en is not on"
              + " the class path");
        }
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(MODEL + ": " + e.getMessage(), e);
      }
    }

    private static Dictionary wordnet() {
      try {
        return Dictionary.getDefaultResourceInstance();
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet did not load: " + e.getMessage(), e);
      }
    }
  }

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS_MODEL));

  // The treebank's tokens: "don't" is "do" + "n't", "I've" is "I" + "'ve".
  // A title's full stop is the title's ("Mrs. Clinton"): read as a sentence's, it let "Clinton"
  // open a clause of its own.
  private static final Pattern TOKEN = Pattern.compile(
      "(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Rev|St|Jr|Sr)\\.(?=\\s)"
          + "|[A-Za-z]+(?=n['\u2019]t\\b)|n['\u2019]t\\b|['\u2019](?:s|m|re|ve|ll|d)\\b"
          + "|[A-Za-z0-9$%]+(?:[-.][A-Za-z0-9]+|['\u2019][A-Z][A-Za-z]+)*|\\S");

  // Pronouns and their other case; "you", "it" and "everybody" have one form for both.
  private static final Map<String, String> OBJECT_OF = withCaseless(Map.of("i", "me", "we", "us",
      "they", "them", "he", "him", "she", "her", "you", "you"));
  private static final Map<String, String> SUBJECT_OF = withCaseless(Map.of("me", "I", "us",
      "we", "them", "they", "him", "he", "her", "she", "you", "you"));

  private static Map<String, String> withCaseless(Map<String, String> m) {
    Map<String, String> out = new java.util.HashMap<>(m);
    for (String c : Set.of("it", "everybody", "everyone", "nobody", "somebody", "someone",
        "anybody", "anyone")) {
      out.put(c, c);
    }
    return Map.copyOf(out);
  }
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
      "these", "those", "every", "each", "some", "many", "several", "any", "no", "my", "your",
      "our", "their", "his", "her", "its");
  private static final Set<String> POSSESSIVES = Set.of("my", "your", "our", "their", "his",
      "her", "its");
  // Verbs whose subject and object do the same to each other, so that the swap says the same;
  // and light verbs, whose "object" is no one acted on ("have a plan", "make America great").
  private static final Set<String> SYMMETRIC = Set.of("meet", "marry", "wed", "date", "divorce",
      "resemble", "equal", "match", "face", "fight", "battle", "debate", "join", "tie", "rival",
      "partner", "kiss", "hug", "embrace");
  private static final Set<String> LIGHT = Set.of("be", "have", "do", "get", "go", "come",
      "become", "seem", "let", "make", "keep", "mean", "think", "guess", "bet", "say", "take",
      "give", "put", "call", "name", "cost", "use", "spend", "pay", "find", "feel", "play",
      "run", "deserve", "talk");
  // Verbs whose subject also does the verb after "to": "we want to hire them" swaps the hirers.
  private static final Set<String> CONTROL = Set.of("want", "need", "go", "try", "plan", "hope",
      "continue", "start", "begin", "refuse", "decide", "promise", "intend", "have", "love",
      "like", "choose", "fail", "expect", "vow", "pledge");
  private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "should",
      "must", "might", "may", "shall", "'ll", "'d", "ca", "wo", "oughta", "gotta", "gonna",
      "wanna");
  private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been",
      "being", "'m", "'re", "'s", "get", "gets", "got", "gotten", "getting");
  // Past forms that are their verb's base form too: "they hit him" may be now or then.
  private static final Set<String> SAME_PAST = Set.of("hit", "put", "cut", "let", "set", "hurt",
      "beat", "quit", "shut", "cost", "spread", "bet", "read", "burst", "cast", "split", "bid",
      "rid", "fit", "upset", "broadcast", "forecast", "thrust");
  private static final Set<String> PLURAL_WORDS = Set.of("people", "children", "men", "women",
      "police", "folks", "feet", "teeth", "mice", "cattle");
  private static final Set<String> ADVERBS_IN_GROUP = Set.of("just", "also", "never", "always",
      "really", "even", "still", "already", "actually", "often", "ever", "not", "n't", "truly",
      "finally");

  /** The sentence with the agent and object of one verb swapped, or null when it has none. */
  static String swap(String s) {
    Swap w = find(s);
    return w == null ? null : w.text();
  }

  /** The first well-formed swap of the sentence, or null. */
  static Swap find(String s) {
    List<Swap> all = all(s);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every well-formed swap of the sentence, one a verb, each made from the sentence as it is. */
  static List<Swap> all(String s) {
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      words.add(m.group().replace('\u2019', '\''));
    }
    String[] w = words.toArray(new String[0]);
    String[] lw = new String[w.length];
    for (int i = 0; i < w.length; i++) {
      lw[i] = w[i].toLowerCase(Locale.ROOT);
    }
    String[] t = TAGGER.get().tag(forTagging(w));
    List<Swap> out = new ArrayList<>();
    if (containsEachOther(lw)) {
      return out;
    }
    for (int i = 0; i < w.length; i++) {
      Swap found = at(s, spans, w, lw, t, i);
      if (found != null) {
        out.add(found);
      }
    }
    return out;
  }

  // The tagger reads the contracted forms badly ("'m" as a number): it is given them whole.
  private static final Map<String, String> WHOLE = Map.of("'m", "am", "'re", "are", "'ve",
      "have", "'ll", "will", "'d", "would", "n't", "not");

  private static String[] forTagging(String[] w) {
    String[] out = w.clone();
    for (int i = 0; i < w.length; i++) {
      String whole = WHOLE.get(w[i].toLowerCase(Locale.ROOT));
      if (whole != null) {
        out[i] = whole;
      } else if (w[i].equals("'s") && i > 0 && OBJECT_OF.containsKey(w[i - 1].toLowerCase(Locale.ROOT))) {
        out[i] = "is"; // "he's", "it's"; after a noun it is the possessive
      }
    }
    return out;
  }

  private static boolean containsEachOther(String[] lw) {
    for (int i = 0; i + 1 < lw.length; i++) {
      if (lw[i].equals("each") && lw[i + 1].equals("other")
          || lw[i].equals("one") && lw[i + 1].equals("another")) {
        return true;
      }
    }
    return false;
  }

  /** A swap whose subject starts at token {@code i}, or null. */
  private static Swap at(String s, List<int[]> spans, String[] w, String[] lw, String[] t, int i) {
    if (!opensClause(w, lw, t, i)) {
      return null;
    }
    int[] subj = phrase(w, lw, t, i, true);
    if (subj == null) {
      return null;
    }
    // The verb group: auxiliaries and a few adverbs, then one verb; "to" and a second verb after
    // a control verb.
    int k = subj[1];
    int finite = -1;
    int lastAux = -1;
    while (k < w.length && (auxiliary(lw, t, k) || ADVERBS_IN_GROUP.contains(lw[k])
        || t[k].equals("ADV"))) {
      if (auxiliary(lw, t, k)) {
        finite = finite < 0 ? k : finite;
        lastAux = k;
      }
      k++;
    }
    if (k >= w.length || !t[k].equals("VERB")) {
      return null;
    }
    int verb = k;
    if (finite < 0) {
      finite = verb;
    }
    if (lastAux >= 0 && BE.contains(lw[lastAux]) && !lw[verb].endsWith("ing")) {
      return null; // a passive: its subject is done to
    }
    if (k + 2 < w.length && lw[k + 1].equals("to")
        && bases(lw[k]).stream().anyMatch(CONTROL::contains)
        && t[k + 2].equals("VERB")) {
      verb = k + 2;
    }
    Set<String> lemmas = bases(lw[verb]);
    if (lemmas.isEmpty() || lemmas.stream().anyMatch(x -> LIGHT.contains(x)
        || SYMMETRIC.contains(x))) {
      return null;
    }
    int[] obj = phrase(w, lw, t, verb + 1, false);
    if (obj == null || !endsPhrase(lw, t, obj) || TIME_NOUNS.contains(lw[obj[1] - 1])
        || sharedSubjectLater(lw, t, obj[1]) || relativeAfter(lw, obj[1])
        || namedAgainInClause(lw, t, subj, obj[1])) {
      return null;
    }
    // "we're" is a pronoun's contraction: "our jobs're" is none.
    if (subj[1] < w.length && w[subj[1]].startsWith("'")
        && !(obj[1] - obj[0] == 1 && SUBJECT_OF.containsKey(lw[obj[0]]))) {
      return null;
    }
    String subjText = s.substring(spans.get(subj[0])[0], spans.get(subj[1] - 1)[1]);
    String objText = s.substring(spans.get(obj[0])[0], spans.get(obj[1] - 1)[1]);
    if (sameReferent(lw, t, subj, obj) || possessiveBeforeItsOwner(lw, subj, obj)) {
      return null;
    }
    boolean atStart = spans.get(subj[0])[0] == 0;
    String newSubj = asSubject(w, lw, t, obj, objText);
    String newObj = asObject(w, lw, t, subj, subjText, atStart);
    if (atStart) {
      newSubj = Perturb.Variants.capital(newSubj);
    }
    // The finite word agrees with the new subject.
    String finiteText = null;
    String oldClass = person(lw, t, subj);
    String newClass = person(lw, t, obj);
    if (oldClass == null || newClass == null) {
      return null;
    }
    if (!oldClass.equals(newClass)) {
      finiteText = agree(lw[finite], finite == verb || finite == k && lastAux < 0, oldClass,
          newClass);
      if (finiteText == null) {
        return null;
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(s, 0, spans.get(subj[0])[0]).append(newSubj);
    int after = spans.get(subj[1] - 1)[1];
    if (finiteText != null && !finiteText.equals(lw[finite])) {
      String was = s.substring(spans.get(finite)[0], spans.get(finite)[1]);
      b.append(s, after, spans.get(finite)[0])
          .append(was.indexOf('\u2019') >= 0 ? finiteText.replace('\'', '\u2019') : finiteText);
      after = spans.get(finite)[1];
    }
    b.append(s, after, spans.get(obj[0])[0]).append(newObj);
    b.append(s.substring(spans.get(obj[1] - 1)[1]));
    String out = b.toString();
    return out.equals(s) ? null : new Swap(out, subjText, objText, newSubj, newObj);
  }

  /** An auxiliary; the tagger takes "do" before "n't" for a verb at times. */
  private static boolean auxiliary(String[] lw, String[] t, int k) {
    return t[k].equals("AUX") || SPOKEN_MODALS.contains(lw[k])
        || k + 1 < lw.length && DO.contains(lw[k])
        && (lw[k + 1].equals("n't") || lw[k + 1].equals("not"));
  }

  private static final Set<String> DO = Set.of("do", "does", "did");
  // Spoken forms the tagger does not take for auxiliaries: "you oughta check it out".
  private static final Set<String> SPOKEN_MODALS = Set.of("oughta", "gotta", "gonna", "wanna");
  private static final Set<String> SAYING = Set.of("think", "thinks", "thought", "believe",
      "believes", "believed", "say", "says", "said", "know", "knows", "knew", "hope", "guess",
      "feel", "felt", "bet", "promise", "remember", "hear", "heard");
  // Words of time that may follow an object and belong to the clause, not to the object.
  private static final Set<String> TIME = Set.of("last", "next", "yesterday", "today",
      "tonight", "again", "now", "early");

  /** Whether token {@code i} can open a clause: at the start, or after a comma or a conjunction. */
  private static boolean opensClause(String[] w, String[] lw, String[] t, int i) {
    if (i == 0) {
      return true;
    }
    String p = t[i - 1];
    if (p.equals("PUNCT")) {
      return !w[i - 1].equals("-");
    }
    if (p.equals("SCONJ")) {
      return !lw[i - 1].equals("of");
    }
    if (p.equals("CCONJ")) {
      // Not "Mary and he", "my wife and I": a conjunction that opens the sentence, or follows a
      // comma, a verb, an adverb or a pronoun of the object case ("I love them and they ...").
      if (i == 1) {
        return true;
      }
      String q = t[i - 2];
      return q.equals("PUNCT") || q.equals("VERB") || q.equals("ADV")
          || SUBJECT_OF.containsKey(lw[i - 2]) && !OBJECT_OF.containsKey(lw[i - 2]);
    }
    if (p.equals("VERB") && SAYING.contains(lw[i - 1])) {
      return true; // "I know they love us": the clause said or thought
    }
    if (p.equals("ADV") || p.equals("INTJ")) {
      return i == 1 || opensClause(w, lw, t, i - 1) && !t[i - 2].equals("ADV");
    }
    return false;
  }

  /**
   * The phrase at {@code i} as {@code [from, to)}: a pronoun of the subject case (an object
   * case when {@code subject} is false), a proper name, or a determiner or possessive with at
   * most one adjective and nouns. Null otherwise.
   */
  private static int[] phrase(String[] w, String[] lw, String[] t, int i, boolean subject) {
    if (i >= w.length) {
      return null;
    }
    if (subject ? OBJECT_OF.containsKey(lw[i]) && (!lw[i].equals("i") || w[i].equals("I"))
        : SUBJECT_OF.containsKey(lw[i])) {
      // "her" before a noun is a possessive: "told her mother".
      if (lw[i].equals("her") && i + 1 < w.length
          && (t[i + 1].equals("NOUN") || t[i + 1].equals("ADJ") || t[i + 1].equals("PROPN"))) {
        return !subject ? nounPhrase(w, lw, t, i) : null;
      }
      return new int[] {i, i + 1};
    }
    if (t[i].equals("PROPN")) {
      int e = i;
      while (e < w.length && t[e].equals("PROPN")) {
        e++;
      }
      return e - i <= 3 ? new int[] {i, e} : null;
    }
    return nounPhrase(w, lw, t, i);
  }

  private static int[] nounPhrase(String[] w, String[] lw, String[] t, int i) {
    if (!DETERMINERS.contains(lw[i]) || !(t[i].equals("DET") || t[i].equals("PRON"))
        || lw[i].equals("no") && i + 1 < w.length && NO_IDIOMS.contains(lw[i + 1])) {
      return null;
    }
    int k = i + 1;
    while (k < w.length && k - i <= 2 && t[k].equals("ADJ")) {
      k++;
    }
    int e = k;
    // Not a verb's -ing form taken for a noun after one ("the special interests packing").
    while (e < w.length && t[e].equals("NOUN") && e - k < 3
        && (e == k || !lw[e].endsWith("ing")) && !TIME.contains(lw[e])
        && !VERB_PREPOSITIONS.contains(lw[e])) {
      e++;
    }
    return e == k ? null : new int[] {i, e};
  }

  /**
   * Whether nothing after the object {@code p} belongs to it or coordinates it. A preposition
   * after a pronoun belongs to the verb ("help us in Ohio"); after a noun it may belong to the
   * noun ("the man from Hope", "the commander in chief"), and would be left on the other phrase.
   * After a comma only a new clause may follow: a list ("our roads, bridges") or an apposition
   * ("the great justice, Antonin Scalia") would be split from its phrase.
   */
  private static boolean endsPhrase(String[] lw, String[] t, int[] p) {
    int e = p[1];
    if (e >= lw.length || TIME.contains(lw[e])) {
      return true;
    }
    boolean pronoun = p[1] - p[0] == 1 && SUBJECT_OF.containsKey(lw[p[0]]);
    String n = t[e];
    if (lw[e].equals("of") || lw[e].equals("'s") || lw[e].endsWith("self")
        || lw[e].endsWith("selves")) {
      return false;
    }
    if (lw[e].equals(",")) {
      return e + 1 < lw.length && (t[e + 1].equals("SCONJ") || t[e + 1].equals("CCONJ")
          && e + 2 < lw.length && !t[e + 2].equals("VERB") && !t[e + 2].equals("AUX")
          || OBJECT_OF.containsKey(lw[e + 1]));
    }
    // A name takes no such phrase, and these prepositions go with the verb ("sent them over").
    boolean verbsPreposition = pronoun || t[p[1] - 1].equals("PROPN")
        || VERB_PREPOSITIONS.contains(lw[e]);
    return n.equals("PUNCT") || n.equals("ADV") || n.equals("SCONJ") && !lw[e].equals("that")
        || n.equals("ADP") && verbsPreposition || n.equals("PART") && lw[e].equals("to")
        || n.equals("DET") && !lw[e].equals("that");
  }

  /**
   * Whether a verb later in the sentence shares the subject ("I will secure our border, protect
   * our workers"; "will end this war, and unleash"): the swap would give it the other subject.
   */
  private static boolean sharedSubjectLater(String[] lw, String[] t, int from) {
    for (int p = from; p + 1 < lw.length; p++) {
      if (lw[p].equals(",") || lw[p].equals("and") || lw[p].equals("or") || lw[p].equals("but")) {
        int q = p + 1;
        while (q < lw.length && (t[q].equals("ADV") || t[q].equals("CCONJ"))) {
          q++;
        }
        if (q < lw.length && (t[q].equals("VERB") || t[q].equals("AUX"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the subject's pronoun comes back in the rest of its clause ("I want you to think
   * with me"): swapped, "you want me to think with me" would need a reflexive.
   */
  private static boolean namedAgainInClause(String[] lw, String[] t, int[] subj, int from) {
    if (subj[1] - subj[0] != 1 || !OBJECT_OF.containsKey(lw[subj[0]])) {
      return false;
    }
    String who = OBJECT_OF.get(lw[subj[0]]);
    for (int p = from; p < lw.length && !t[p].equals("PUNCT"); p++) {
      if (who.equals(OBJECT_OF.getOrDefault(lw[p], lw[p]))) {
        return true;
      }
    }
    return false;
  }

  /** A relative clause just after the object ("everyone here, who has"): it hangs on it. */
  private static boolean relativeAfter(String[] lw, int from) {
    for (int p = from; p < Math.min(lw.length, from + 3); p++) {
      if (lw[p].equals("who") || lw[p].equals("whom") || lw[p].equals("which")
          || lw[p].equals("whose")) {
        return true;
      }
    }
    return false;
  }

  // "No matter how slim the margin", "no doubt": set phrases, no party that acts.
  private static final Set<String> NO_IDIOMS = Set.of("matter", "doubt", "way", "longer",
      "wonder");

  private static final Set<String> VERB_PREPOSITIONS = Set.of("to", "into", "onto", "out",
      "up", "down", "off", "away", "over", "across", "through", "back", "around");

  // Nouns of time and amount: "I heard this morning", "I talk a lot" have no object.
  private static final Set<String> TIME_NOUNS = Set.of("morning", "afternoon", "evening",
      "night", "day", "days", "week", "weeks", "month", "months", "year", "years", "time",
      "times", "moment", "weekend", "summer", "winter", "spring", "fall", "decade", "century",
      "hour", "hours", "minute", "minutes", "while", "lot", "bit", "little");

  /**
   * Whether the object's possessive stands for a subject that is no pronoun ("Mexico sends its
   * people"): swapped, "its people send Mexico" names the owner after the possessive.
   */
  private static boolean possessiveBeforeItsOwner(String[] lw, int[] subj, int[] obj) {
    boolean pronoun = subj[1] - subj[0] == 1 && OBJECT_OF.containsKey(lw[subj[0]]);
    return !pronoun && THIRD_POSSESSIVES.contains(lw[obj[0]]) && obj[1] - obj[0] > 1;
  }

  private static final Set<String> THIRD_POSSESSIVES = Set.of("its", "his", "her", "their");

  private static boolean sameReferent(String[] lw, String[] t, int[] a, int[] b) {
    String x = referent(lw, t, a);
    String y = referent(lw, t, b);
    return x.equals(y);
  }

  /** A pronoun's person ("we" and "us" are one), or the phrase's last noun, singular. */
  private static String referent(String[] lw, String[] t, int[] p) {
    String h = lw[p[1] - 1];
    if (p[1] - p[0] == 1 && OBJECT_OF.containsKey(h)) {
      return OBJECT_OF.get(h);
    }
    if (p[1] - p[0] == 1 && SUBJECT_OF.containsKey(h)) {
      return h;
    }
    String base = nounLemma(h);
    return base == null ? h : base;
  }

  private static String asSubject(String[] w, String[] lw, String[] t, int[] p, String text) {
    if (p[1] - p[0] == 1 && SUBJECT_OF.containsKey(lw[p[0]])) {
      return SUBJECT_OF.get(lw[p[0]]);
    }
    return text;
  }

  private static String asObject(String[] w, String[] lw, String[] t, int[] p, String text,
      boolean atStart) {
    if (p[1] - p[0] == 1 && OBJECT_OF.containsKey(lw[p[0]])) {
      return OBJECT_OF.get(lw[p[0]]);
    }
    if (atStart && !t[p[0]].equals("PROPN")) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }

  private static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "this", "that",
      "every", "each");

  /** The person and number a verb agrees with: "1s", "2", "3s" or "pl"; null when unsure. */
  private static String person(String[] lw, String[] t, int[] p) {
    String h = lw[p[1] - 1];
    switch (h) {
      case "i", "me" -> {
        return "1s";
      }
      case "you" -> {
        return "2";
      }
      case "he", "him", "she", "it", "everybody", "everyone", "nobody", "somebody", "someone",
          "anybody", "anyone" -> {
        return "3s";
      }
      case "we", "us", "they", "them" -> {
        return "pl";
      }
      default -> { }
    }
    if (h.equals("her") && p[1] - p[0] == 1) {
      return "3s";
    }
    // The determiner tells the number where it can ("a new means", "these people").
    if (SINGULAR_DETERMINERS.contains(lw[p[0]]) && p[1] - p[0] > 1) {
      return "3s";
    }
    if ((lw[p[0]].equals("these") || lw[p[0]].equals("those")) && p[1] - p[0] > 1) {
      return "pl";
    }
    if (PLURAL_WORDS.contains(h)) {
      return "pl";
    }
    if (t[p[1] - 1].equals("PROPN")) {
      // "the Democrats" is many; a name ending in s with no article is unsure ("Sanders").
      if (!h.endsWith("s")) {
        return "3s";
      }
      return lw[p[0]].equals("the") ? "pl" : null;
    }
    String base = nounLemma(h);
    if (base == null) {
      return null;
    }
    return base.equals(h) ? "3s" : "pl";
  }

  /**
   * The finite word {@code f} made to agree with {@code to} instead of {@code from}; {@code main}
   * when it is the main verb (no auxiliary). Null when it cannot be said for sure.
   */
  private static String agree(String f, boolean main, String from, String to) {
    boolean third = to.equals("3s");
    switch (f) {
      case "am", "is", "are" -> {
        return to.equals("1s") ? "am" : third ? "is" : "are";
      }
      case "was", "were" -> {
        return to.equals("1s") || third ? "was" : "were";
      }
      case "has", "have" -> {
        return third ? "has" : "have";
      }
      case "does", "do" -> {
        return third ? "does" : "do";
      }
      // A contraction of "be" ("'s" only before an -ing: a passive was left out) or "have",
      // made the new pronoun's: "I'm fighting them", "they're fighting me".
      case "'s", "'m", "'re" -> {
        return to.equals("1s") ? "'m" : third ? "'s" : "'re";
      }
      case "'ve" -> {
        return third ? "'s" : f;
      }
      default -> { }
    }
    if (MODALS.contains(f) || f.equals("did") || f.equals("had")) {
      return f;
    }
    if (!main) {
      return null;
    }
    boolean wasThird = from.equals("3s");
    if (wasThird == third) {
      return f;
    }
    if (wasThird) {
      // "he hires" for "they hire"; a past form ("hired") agrees with any subject.
      if (!f.endsWith("s") || f.endsWith("ss")) {
        return isPast(f) ? f : null;
      }
      String base = f.endsWith("ies") ? f.substring(0, f.length() - 3) + "y"
          : f.matches(".*(ss|sh|ch|x|z|o)es") ? f.substring(0, f.length() - 2)
          : f.substring(0, f.length() - 1);
      return isLemma(base) ? base : null;
    }
    if (isPast(f)) {
      return f;
    }
    // Only a form that is nothing but a base form: "saw" is "see" in the past as much as "saw".
    if (!bases(f).equals(Set.of(f)) || SAME_PAST.contains(f)) {
      return null;
    }
    return f.matches(".*[^aeiou]y") ? f.substring(0, f.length() - 1) + "ies"
        : f.matches(".*(s|sh|ch|x|z|o)") ? f + "es" : f + "s";
  }

  private static boolean isLemma(String f) {
    try {
      return Models.WORDNET.getIndexWord(POS.VERB, f) != null;
    } catch (JWNLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A past form: not a verb's base form, though WordNet finds one for it ("told", "hired"). */
  private static boolean isPast(String f) {
    Set<String> b = bases(f);
    return !SAME_PAST.contains(f) && !b.isEmpty() && !b.contains(f) && !f.endsWith("s")
        && !f.endsWith("ing");
  }

  /** The verb's base forms: itself when WordNet lists it as a verb, and those it inflects. */
  static Set<String> bases(String f) {
    try {
      Set<String> out = new java.util.TreeSet<>(
          Models.WORDNET.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, f));
      if (Models.WORDNET.getIndexWord(POS.VERB, f) != null) {
        out.add(f);
      } else {
        out.remove(f);
      }
      return out;
    } catch (JWNLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nounLemma(String h) {
    try {
      if (Models.WORDNET.getIndexWord(POS.NOUN, h) != null
          && !(h.endsWith("s") && !h.endsWith("ss") && nounBase(h) != null)) {
        return h;
      }
      return nounBase(h);
    } catch (JWNLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nounBase(String h) throws JWNLException {
    for (String b : Models.WORDNET.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, h)) {
      if (!b.equals(h)) {
        return b;
      }
    }
    return null;
  }
}
