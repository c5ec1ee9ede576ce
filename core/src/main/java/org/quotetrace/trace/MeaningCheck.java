package org.quotetrace.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Whether a clause of a quote says what the source words it was matched to say. A sentence
 * embedding scores "I don't support that" as close to "I happen to support that", and a word
 * alignment sees one word changed in five; both would accept the quote. This looks at what each
 * difference does: a negation added or dropped, a person or possessive swapped (who did what), a
 * number changed, a word put for its antonym, a modal changed (will, might, must), and the agent
 * and object of the verb exchanged. Each difference comes with a reason a report can show.
 *
 * <p>Antonyms are WordNet 3.1's, read from lists written by the bench tool {@code AntonymList}:
 * extjwnl is BSD-licensed and WordNet's licence allows redistribution with its notice, but the
 * data jar is 11 MB and slow to open, and core needs only the 3,000 direct antonym pairs, the
 * 22,000 indirect ones of adjectives and 1,200 irregular compared forms.
 */
public final class MeaningCheck {
  private MeaningCheck() {}

  /** What kind of change of meaning a difference is. */
  public enum Kind {
    NEGATION, PERSON, NUMBER, ANTONYM, MODALITY, ROLES;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One change of meaning between a quote clause and its source words, with why. {@code inPlace}
   * when the quote puts one word where the source, otherwise followed word for word, has the
   * other ("you" for "I", "start" for "stop"): a substitution, not a difference of wording seen
   * only by comparing which words each side holds.
   */
  public record Difference(Kind kind, String reason, boolean inPlace) {
    public Difference {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
    }

    public Difference(Kind kind, String reason) {
      this(kind, reason, false);
    }
  }

  // "Unable" and "unwilling" are how a report says the speaker's "cannot" and "won't": "the
  // agencies were unable to recruit" for "the agencies cannot recruit" keeps the negation.
  static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "nothing", "none", "nobody", "neither", "without",
          "nowhere", "cannot", "unable", "unwilling");

  private static final Map<String, String> PERSON = new HashMap<>();

  static {
    for (String w : List.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
        "ourselves")) {
      PERSON.put(w, "first");
    }
    for (String w : List.of("you", "your", "yours", "yourself", "yourselves")) {
      PERSON.put(w, "second");
    }
    for (String w : List.of("he", "him", "his", "himself", "she", "her", "hers", "herself",
        "they", "them", "their", "theirs", "themselves")) {
      PERSON.put(w, "third");
    }
  }

  /**
   * Who a pronoun means, finer than its person: "he", "she" and "they" are three different
   * people where the person is one.
   */
  static final Map<String, String> WHO = new HashMap<>();

  static {
    for (Map.Entry<String, String> e : PERSON.entrySet()) {
      WHO.put(e.getKey(), e.getValue() + " person");
    }
    for (String w : List.of("he", "him", "his", "himself")) {
      WHO.put(w, "he");
    }
    for (String w : List.of("she", "her", "hers", "herself")) {
      WHO.put(w, "she");
    }
    for (String w : List.of("they", "them", "their", "theirs", "themselves")) {
      WHO.put(w, "they");
    }
  }

  private static final Map<String, String> MODAL = new HashMap<>();

  static {
    // "We will rather die" and "we would rather die", "Europe must help" and "Europe should
    // help", "you cannot" and "it should not" are one statement in two translations; "might",
    // "may" and "could" make it a possibility.
    for (String w : List.of("will", "shall", "must", "always", "would", "should", "ought",
        "can")) {
      MODAL.put(w, "certain");
    }
    for (String w : List.of("may", "might", "could", "perhaps", "maybe", "possibly",
        "sometimes")) {
      MODAL.put(w, "possible");
    }
  }

  /** Antonyms among content words, for comparing which words each side holds. */
  private static final Map<String, Set<String>> ANTONYMS = new HashMap<>();
  /**
   * Every antonym pair of the list, function words too ("few" and "many", "more" and "less",
   * "before" and "after"): a set of such words says little about a clause, but one put in the
   * place of its opposite reverses it.
   */
  private static final Map<String, Set<String>> ANTONYMS_IN_PLACE = new HashMap<>();
  /**
   * WordNet's indirect antonyms of adjectives: a word "similar to" a head adjective against the
   * head's antonym ("further", similar to "far", against "close"). Each sense of a polysemous
   * word brings its cluster's opposites ("close" against "public", through "private"), so these
   * count only in place, where the quote puts one word for the other. Each pair is kept as its
   * line, "a b" in order, of lemmas as written: stemming 12,000 words when the class loads cost
   * 60 ms of CPU at every start, and these adjectives and adverbs are met in their lemma form or
   * as a compared form taken back to it.
   */
  private static final Set<String> INDIRECT_IN_PLACE = new HashSet<>();
  /** Every word of {@link #INDIRECT_IN_PLACE}: most words have none, and need no key built. */
  private static final Set<String> INDIRECT_WORDS = new HashSet<>();
  /**
   * The bases of each comparative and superlative of WordNet's exception lists whose base has an
   * antonym ("better": good, well; "bigger": big; "further": far), as written.
   */
  private static final Map<String, List<String>> COMPARED_EXCEPTIONS = new HashMap<>();

  static {
    loadAntonyms(ANTONYMS, ANTONYMS_IN_PLACE);
    // Function words are left out: their clusters are senses far from their use ("well"
    // against "sick", "up" against "fallen", "some" against "few", "same" against "other").
    // A compared one still counts through its base ("further": far, against "close").
    loadPairs("antonyms-indirect.txt", (a, b) -> {
      if (!Norm.isStopword(a) && !Norm.isStopword(b) && !NEGATIONS.contains(a)
          && !NEGATIONS.contains(b)) {
        INDIRECT_IN_PLACE.add(pair(a, b));
        INDIRECT_WORDS.add(a);
        INDIRECT_WORDS.add(b);
      }
    });
    loadPairs("compared.txt", (form, base) ->
        COMPARED_EXCEPTIONS.computeIfAbsent(form, k -> new ArrayList<>(2)).add(base));
    // Being for a thing and against it: WordNet pairs no preposition, and "against" is a function
    // word, so "two thirds backed the route" for "two thirds were against the route" showed no
    // opposite. Only in place, where one stands for the other between words both keep.
    for (String pro : List.of("for", "back", "backed", "support", "supported", "favour",
        "favoured", "favor", "favored", "endorse", "endorsed", "welcome", "welcomed")) {
      for (String anti : List.of("against", "oppose", "opposed")) {
        String a = Norm.stem(pro);
        String b = Norm.stem(anti);
        if (!(pro.equals("for") && !anti.equals("against"))) {
          ANTONYMS_IN_PLACE.computeIfAbsent(a, k -> new HashSet<>()).add(b);
          ANTONYMS_IN_PLACE.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
      }
    }
  }

  private static void loadAntonyms(Map<String, Set<String>> out,
      Map<String, Set<String>> inPlace) {
    loadAntonyms("antonyms.txt", out, inPlace);
    // Opposites WordNet lacks ("mitigating" and "aggravating"), listed by hand.
    loadAntonyms("antonyms-added.txt", out, inPlace);
  }

  private static void loadAntonyms(String name, Map<String, Set<String>> out,
      Map<String, Set<String>> inPlace) {
    try (InputStream in = MeaningCheck.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the quotetrace-core jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] w = line.split(" ");
        String a = Norm.stem(w[0]);
        String b = Norm.stem(w[1]);
        // "never" against "ever" is a negation, counted as one ("won't ever", "will never").
        if (a.equals(b) || NEGATIONS.contains(w[0]) || NEGATIONS.contains(w[1])) {
          continue;
        }
        inPlace.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        inPlace.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        if (!Norm.isStopword(w[0]) && !Norm.isStopword(w[1])) {
          out.computeIfAbsent(a, k -> new HashSet<>()).add(b);
          out.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + " in the quotetrace-core jar: " + e.getMessage(), e);
    }
  }

  /** Each two-word line of the resource {@code name}, comments skipped. */
  private static void loadPairs(String name, BiConsumer<String, String> pair) {
    try (InputStream in = MeaningCheck.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the quotetrace-core jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#") && !line.isBlank()) {
          int sp = line.indexOf(' ');
          pair.accept(line.substring(0, sp), line.substring(sp + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + " in the quotetrace-core jar: " + e.getMessage(), e);
    }
  }

  /**
   * The changes of meaning from {@code source} to {@code quote}, both plain text (a clause of a
   * quote and the source words it was matched to); empty when the quote keeps the meaning.
   */
  public static List<Difference> differences(String quote, String source) {
    Words a = Words.of(quote, 0, quote.length());
    Words s = Words.of(source, 0, source.length());
    return differences(a, range(0, a.size), s, 0, s.size, source);
  }

  static int[] range(int from, int to) {
    int[] out = new int[Math.max(0, to - from)];
    for (int i = 0; i < out.length; i++) {
      out[i] = from + i;
    }
    return out;
  }

  /**
   * The changes of meaning from source words {@code [from, to)} to the quote words
   * {@code tokens}; {@code sourceText} is what a reason quotes of the source.
   */
  static List<Difference> differences(Words a, int[] tokens, Words s, int from, int to,
      String sourceText) {
    Side src = Side.source(s, from, to);
    Side q = Side.quote(a, tokens).asSaid(a.reported, src);
    if (a.reported) {
      unshifted(q.words, src.words, Side.couldAt(a, tokens));
    }
    return differences(q, src, shorten(sourceText), a.reported);
  }

  /** The modals {@link Reported#asSaid} writes back for a report's "could" and "might". */
  private static final Map<String, String> BACKSHIFTED = Map.of("can", "could", "may", "might");

  /**
   * A report's "can" and "may" (its "could" and "might", written back as the speaker would have
   * said them) made "could" and "might" again where the source itself says so and never "can" or
   * "may": "she said they could find common ground" for "we could find common ground" keeps the
   * source's modal, which the back-shift undone had turned into a certainty.
   */
  static void unshifted(List<String> quote, List<String> source, boolean[] wasCould) {
    for (Map.Entry<String, String> e : BACKSHIFTED.entrySet()) {
      String now = e.getKey();
      String then = e.getValue();
      if (source.contains(then) && !source.contains(now)) {
        java.util.Collections.replaceAll(quote, now, then);
      } else if (source.contains(then)) {
        // "we can do more than we could ever do" reported with two "could": each of the report's
        // is the source's modal in the same place, when both have as many.
        List<Integer> mine = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (int i = 0; i < quote.size(); i++) {
          if (quote.get(i).equals(now)) {
            mine.add(i);
          }
        }
        for (String x : source) {
          if (x.equals(now) || x.equals(then)) {
            theirs.add(x);
          }
        }
        if (mine.size() == theirs.size()) {
          for (int k = 0; k < mine.size(); k++) {
            quote.set(mine.get(k), theirs.get(k));
          }
        }
      }
    }
    // A report's "could" is a hedge as much as a "can" moved back: against a source that says
    // "might" or "may" and never "can" or "could", it keeps the source's possibility.
    // Only a "can" the report wrote as "could": a "can" of the writer's own is no hedge.
    if (!source.contains("can") && !source.contains("could")
        && (source.contains("might") || source.contains("may"))) {
      for (int i = 0; i < quote.size(); i++) {
        if (wasCould[i] && quote.get(i).equals("can")) {
          quote.set(i, "could");
        }
      }
    }
  }

  /**
   * What a reported word may stand for in the speaker's mouth. A report moves the speaker's own
   * person to the third ("we will keep the depot open" is reported as "they would keep the depot
   * open", "our drivers" as "their drivers", "I" as "he" or "she"; a minister's "we" as "she"),
   * and {@link Reported} has already written a lone "he" or "she" back as "I", which may as well
   * have been someone else the source calls "he". The speaker's "you", said to the one they
   * answer, is "he", "she" or "they" in the writer's words too ("I'm sorry you're worried" as
   * "she was sorry they were worried").
   */
  private static final Map<String, Set<String>> SHIFTED = Map.ofEntries(
      Map.entry("he", Set.of("i", "we", "you")), Map.entry("she", Set.of("i", "we", "you")),
      Map.entry("him", Set.of("me", "us", "you")),
      Map.entry("his", Set.of("my", "mine", "our", "ours", "your")),
      Map.entry("her", Set.of("me", "my", "us", "our", "you", "your")),
      Map.entry("hers", Set.of("mine", "ours")),
      Map.entry("himself", Set.of("myself", "ourselves")),
      Map.entry("herself", Set.of("myself", "ourselves")),
      Map.entry("they", Set.of("we", "you")), Map.entry("them", Set.of("us", "you")),
      Map.entry("their", Set.of("our", "your")), Map.entry("theirs", Set.of("ours")),
      Map.entry("themselves", Set.of("ourselves")),
      Map.entry("i", Set.of("he", "she", "we")), Map.entry("me", Set.of("him", "her", "us")),
      Map.entry("my", Set.of("his", "her", "our")), Map.entry("mine", Set.of("his", "hers", "ours")),
      Map.entry("myself", Set.of("himself", "herself", "ourselves")));

  /** The case of each pronoun a report shifts but "her", which is an object or a possessive. */
  private static final Map<String, String> CASE = new HashMap<>();

  static {
    for (String w : List.of("i", "we", "he", "she", "they")) {
      CASE.put(w, "subject");
    }
    for (String w : List.of("me", "us", "him", "them")) {
      CASE.put(w, "object");
    }
    for (String w : List.of("my", "our", "his", "their")) {
      CASE.put(w, "possessive");
    }
    for (String w : List.of("mine", "ours", "hers", "theirs")) {
      CASE.put(w, "own");
    }
    for (String w : List.of("myself", "ourselves", "himself", "herself", "themselves")) {
      CASE.put(w, "reflexive");
    }
  }

  /** Tags of a word a possessive stands before. */
  private static final Set<String> POSSESSED = Set.of("NOUN", "PROPN", "ADJ", "NUM");

  /**
   * Reported speech points from elsewhere: the speaker's "here", "now" and "come" are the
   * writer's "there", "then" and "go". Words of these pairs are no antonyms in a report.
   */
  private static final Set<Set<String>> DEICTIC = Set.of(Set.of("here", "there"),
      Set.of("come", "go"), Set.of("bring", "take"), Set.of("now", "then"),
      Set.of("this", "that"), Set.of("these", "those"));

  private static boolean deictic(String x, String y) {
    return DEICTIC.contains(Set.of(Norm.stem(x), Norm.stem(y)))
        || DEICTIC.contains(Set.of(x, y));
  }

  /**
   * The words one side said, normalised, and which of them are content words; and, read from
   * {@code from} only when roles are tagged, each word as written ({@link Words#cased}) with the
   * punctuation that follows it: word {@code i} is {@code from}'s token {@code at[i]}, followed
   * by token {@code next[i]} (-1: none). {@code written} holds the words as written when {@link
   * #asSaid} wrote pronouns back (null: read them from {@code from}).
   */
  private record Side(List<String> words, List<Boolean> content, Words from, int[] at,
      int[] next, List<String> written) {

    private static Side of(Words w, int[] at, int[] next, int n) {
      List<String> words = new ArrayList<>(n);
      List<Boolean> content = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        words.add(w.norm[at[i]]);
        content.add(w.content[at[i]]);
      }
      return new Side(words, content, w, java.util.Arrays.copyOf(at, n),
          java.util.Arrays.copyOf(next, n), null);
    }

    /** The quote's words {@code tokens}, without an editor's brackets. */
    static Side quote(Words a, int[] tokens) {
      int[] at = new int[tokens.length];
      int[] next = new int[tokens.length];
      int n = 0;
      for (int i = 0; i < tokens.length; i++) {
        if (!a.bracket[tokens[i]]) {
          at[n] = tokens[i];
          next[n++] = i + 1 < tokens.length ? tokens[i + 1] : -1;
        }
      }
      return of(a, at, next, n);
    }

    /** The words as written, for the tagger. */
    private List<String> cased() {
      if (written != null) {
        return written;
      }
      List<String> out = new ArrayList<>(at.length);
      for (int k : at) {
        out.add(from.cased(k));
      }
      return out;
    }

    /** The mark that closes a clause or sentence after each word, or "". */
    private List<String> after() {
      List<String> out = new ArrayList<>(at.length);
      for (int i = 0; i < at.length; i++) {
        out.add(from.punctuationAfter(at[i], next[i]));
      }
      return out;
    }

    /** Who does what to whom in these words, read from their writing and punctuation. */
    Map<String, Roles.Role> roles(Map<String, Set<String>> doers) {
      List<String> after = after();
      return Roles.of(words, Roles.tags(cased(), after), after, WHO, doers);
    }

    /** For each word {@link #quote} keeps, whether the report wrote it as "could". */
    static boolean[] couldAt(Words a, int[] tokens) {
      boolean[] out = new boolean[tokens.length];
      int n = 0;
      for (int k : tokens) {
        if (!a.bracket[k]) {
          out[n++] = Reported.wasCould(a, k);
        }
      }
      return java.util.Arrays.copyOf(out, n);
    }

    /** The source's words {@code [from, to)}, without brackets and speaker labels. */
    static Side source(Words s, int from, int to) {
      int[] at = new int[Math.max(0, to - from)];
      int[] next = new int[at.length];
      int n = 0;
      for (int i = from; i < to; i++) {
        if (!s.silent(i)) {
          at[n] = i;
          next[n++] = i + 1 < to ? i + 1 : -1;
        }
      }
      return of(s, at, next, n);
    }

    /**
     * The side as its speaker said it, when it is reported speech: each pronoun the writer moved
     * to another person written as the source has it where the two are followed word for word
     * (a longest common subsequence in which the same word counts twice a shifted one, so that a
     * "they" the source also says stays "they"), and a shifted pronoun left over whose person the
     * source lacks written as the source's. Unchanged for a quote.
     */
    Side asSaid(boolean reported, Side source) {
      if (!reported) {
        return this;
      }
      List<String> q = words;
      List<String> s = source.words;
      int n = q.size();
      int m = s.size();
      boolean any = false;
      for (String w : q) {
        any |= SHIFTED.containsKey(w);
      }
      if (!any || m == 0 || (long) n * m > MAX_CELLS) {
        return this;
      }
      String[] a = stems(q);
      String[] b = stems(s);
      int[][] best = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          int v = Math.max(best[i + 1][j], best[i][j + 1]);
          int w = weight(q.get(i), a[i], s.get(j), b[j]);
          best[i][j] = w > 0 ? Math.max(v, best[i + 1][j + 1] + w) : v;
        }
      }
      List<String> out = new ArrayList<>(q);
      boolean[] kept = new boolean[n];
      int i = 0;
      int j = 0;
      while (i < n && j < m) {
        int w = weight(q.get(i), a[i], s.get(j), b[j]);
        if (w > 0 && best[i][j] == best[i + 1][j + 1] + w) {
          if (w == 1) {
            out.set(i, s.get(j));
          }
          kept[i] = true;
          i++;
          j++;
        } else if (best[i + 1][j] >= best[i][j + 1]) {
          i++;
        } else {
          j++;
        }
      }
      Set<String> theirs = new HashSet<>(s);
      Set<String> whoTheirs = new HashSet<>();
      for (String w : s) {
        String c = WHO.get(w);
        if (c != null) {
          whoTheirs.add(c);
        }
      }
      String[] tags = null;
      for (int k = 0; k < n; k++) {
        Set<String> to = SHIFTED.get(q.get(k));
        if (kept[k] || to == null) {
          continue;
        }
        // The writer's "him", read as the speaker's "me", where the source calls someone "he"
        // and the two are not in the same place: that "he" ("we know he doesn't believe these
        // things" reported as "these things don't believe him").
        String third = null;
        for (String w : Reported.wasThird(from, at[k])) {
          if (third == null && whoTheirs.contains(WHO.get(w))) {
            third = w;
          }
        }
        if (third != null) {
          out.set(k, third);
          continue;
        }
        if (whoTheirs.contains(WHO.get(q.get(k)))) {
          continue;
        }
        if (q.get(k).equals("her") && tags == null) {
          tags = Roles.tags(cased(), after());
        }
        String pick = null;
        List<String> order = inCaseOrder(q, k, to, tags);
        for (String t : order) {
          if (theirs.contains(t)) {
            pick = t;
            break;
          }
        }
        // The source names the person in another case ("he regards Libya" reported as "Libya
        // regards him", which the report's reading took for the speaker's "me"): the word of
        // the report's case in the source's person.
        for (int o = 0; o < order.size() && pick == null; o++) {
          if (whoTheirs.contains(WHO.get(order.get(o)))) {
            pick = order.get(o);
          }
        }
        if (pick != null) {
          out.set(k, pick);
        }
      }
      // A pronoun written back as the source has it is tagged as the source's word.
      List<String> written = new ArrayList<>(cased());
      for (int k = 0; k < n; k++) {
        if (!out.get(k).equals(q.get(k))) {
          written.set(k, out.get(k).equals("i") ? "I" : out.get(k));
        }
      }
      return new Side(out, content, from, at, next, written);
    }

    /**
     * The words {@code to} a shifted pronoun {@code q[k]} may stand for, those of its own case
     * first ("him" is "me" or "us", never "my"; "her" before a noun is "my" or "our", else "me"
     * or "us"), then in a fixed order: a set's own order changes from run to run.
     */
    private static List<String> inCaseOrder(List<String> q, int k, Set<String> to,
        String[] tags) {
      String mine = q.get(k).equals("her") ? (tags != null && k + 1 < q.size()
          && POSSESSED.contains(tags[k + 1]) ? "possessive" : "object") : CASE.get(q.get(k));
      List<String> out = new ArrayList<>(to);
      out.sort(java.util.Comparator.comparing((String t) -> !java.util.Objects.equals(
          CASE.get(t), mine)).thenComparing(t -> t));
      return out;
    }

    /** 2 for the same word, 1 for a pronoun the source's in another person, else 0. */
    private static int weight(String q, String qStem, String s, String sStem) {
      if (qStem.equals(sStem)) {
        return 2;
      }
      Set<String> to = SHIFTED.get(q);
      return to != null && to.contains(s) ? 1 : 0;
    }

    Set<String> contentStems() {
      Set<String> out = new HashSet<>();
      for (int i = 0; i < words.size(); i++) {
        if (content.get(i)) {
          out.add(Norm.stem(words.get(i)));
        }
      }
      return out;
    }
  }

  /**
   * A person the source sentence {@code [from, to)} has as the doer and the quote clause as the
   * one done to, or the other way round, where every content word of the clause is the
   * sentence's; or null. For a clause aligned to only part of its sentence.
   */
  static Difference pronounRoles(Words a, int[] tokens, Words s, int from, int to,
      String sourceText) {
    return pronounRoles(a, tokens, s, from, to, sourceText, Set.of());
  }

  /**
   * As {@link #pronounRoles(Words, int[], Words, int, int, String)}, where the content stems
   * {@code spared} of the clause need not be the sentence's: a report's name for the speaker's
   * own side ("the union" for a union leader's "us").
   */
  static Difference pronounRoles(Words a, int[] tokens, Words s, int from, int to,
      String sourceText, Set<String> spared) {
    Side source = Side.source(s, from, to);
    Side quote = Side.quote(a, tokens).asSaid(a.reported, source);
    Set<String> qc = quote.contentStems();
    qc.removeAll(spared);
    Set<String> sc = new HashSet<>();
    for (String w : source.words) {
      sc.add(Norm.stem(w));
    }
    List<String> q = quote.words;
    List<String> src = source.words;
    if (qc.isEmpty() || !sc.containsAll(qc)) {
      return null;
    }
    String why = Roles.worthTagging(q, quote.content, src, source.content, WHO)
        ? swapOf(quote, source) : null;
    return why == null ? null
        : new Difference(Kind.ROLES, "source: " + shorten(sourceText) + "; " + why, true);
  }

  /**
   * A verb's doer changed to another party the source sentence {@code [from, to)} names (see
   * otherDoer), for a clause matched to only part of that sentence by meaning; or null.
   */
  static Difference doerOver(Words a, int[] tokens, Words s, int from, int to,
      String sourceText) {
    Side source = Side.source(s, from, to);
    Side quote = Side.quote(a, tokens).asSaid(a.reported, source);
    if (!Roles.worthTagging(quote.words, quote.content, source.words, source.content, WHO)) {
      return null;
    }
    Map<String, Set<String>> myDoers = new HashMap<>();
    Map<String, Set<String>> theirDoers = new HashMap<>();
    String other = otherDoer(quote.roles(myDoers), myDoers, source.roles(theirDoers),
        theirDoers, a.reported ? source.words : null);
    return other == null ? null
        : new Difference(Kind.ROLES, "source: " + shorten(sourceText) + "; " + other, true);
  }

  /**
   * A party named by a noun that the source sentences {@code [from, to)} have do something and the
   * report have that same thing done to, or the other way round: "she had asked the chairman for a
   * meeting" for "the chairman asked to meet me". A report may add words of its own and shift the
   * speaker's pronouns, so only nouns are read, and only a verb both sides have; or null.
   */
  static Difference nounTurned(Words a, int[] tokens, Words s, int from, int to,
      String sourceText) {
    Side source = Side.source(s, from, to);
    Side quote = Side.quote(a, tokens).asSaid(a.reported, source);
    if (quote.words.isEmpty() || source.words.isEmpty()
        || !Roles.worthTagging(quote.words, quote.content, source.words, source.content, WHO)) {
      return null;
    }
    Map<String, Roles.Role> mine = quote.roles(new HashMap<>());
    Map<String, Roles.Role> theirs = source.roles(new HashMap<>());
    Set<String> myObjects = new HashSet<>();
    for (Roles.Role r : mine.values()) {
      myObjects.addAll(r.patientOf);
    }
    Set<String> theirObjects = new HashSet<>();
    for (Roles.Role r : theirs.values()) {
      theirObjects.addAll(r.patientOf);
    }
    for (Map.Entry<String, Roles.Role> e : theirs.entrySet()) {
      Roles.Role t = e.getValue();
      Roles.Role m = mine.get(e.getKey());
      if (m == null || t.cased || t.uncased || m.cased || m.uncased) {
        continue;
      }
      // The doer of "asked to meet" does the asking too: the roles read the group's last verb.
      Set<String> does = new HashSet<>(t.agentOf);
      Set<String> takesObject = new HashSet<>(theirObjects);
      List<String> sw = source.words;
      for (int i = 0; i + 2 < sw.size(); i++) {
        String main = Norm.stem(sw.get(i + 2));
        if (sw.get(i + 1).equals("to") && t.agentOf.contains(main)) {
          does.add(Norm.stem(sw.get(i)));
          if (theirObjects.contains(main)) {
            takesObject.add(Norm.stem(sw.get(i)));
          }
        }
      }
      for (String v : does) {
        // A verb with no object in the source may say the same with the roles turned: "our
        // enquiries continue" and "police continued their enquiries".
        if (takesObject.contains(v) && m.patientOf.contains(v) && !m.agentOf.contains(v)
            && !t.patientOf.contains(v)) {
          return new Difference(Kind.ROLES, "source: " + shorten(sourceText) + "; the report has"
              + " the " + m.shown + " on the receiving end of what the source has the " + t.shown
              + " do", true);
        }
      }
      for (String v : t.patientOf) {
        if (myObjects.contains(v) && m.agentOf.contains(v) && !m.patientOf.contains(v)
            && !t.agentOf.contains(v)) {
          return new Difference(Kind.ROLES, "source: " + shorten(sourceText) + "; the report has"
              + " the " + m.shown + " do what the source has done to the " + t.shown, true);
        }
      }
    }
    return null;
  }

  /**
   * Someone the source has as a verb's doer and never as the one done to, and the quote the other
   * way round; or null. A pronoun whose case does not show its role ("you", "her") must be
   * exchanged with another party going the other way ("you warned me" against "I warned you"):
   * one such word alone read otherwise is likelier the tagger's doing than the quote's.
   */
  private static String swapOf(Side q, Side src) {
    Map<String, Set<String>> myDoers = new HashMap<>();
    Map<String, Set<String>> theirDoers = new HashMap<>();
    return partySwap(q.roles(myDoers), src.roles(theirDoers), myDoers, theirDoers,
        q.from().reported);
  }

  /**
   * A named party the report has do something that the source sentence {@code [from, to)} does
   * not name while another part of the source {@code s} does, where the sentence has a named doer
   * the report leaves out: "the heating company would contribute 20 million" for "the climate
   * fund pays 20 million of that", the company named a sentence later. A summary names who acts
   * in the words of its passage or a pronoun's referent; a party brought in from another
   * sentence in place of the passage's own is another claim. Only nouns count on both sides:
   * "we" and "they" shift in a report. Null when there is no such party.
   */
  static String doerFromElsewhere(Words a, int[] tokens, Words s, int from, int to) {
    Side source = Side.source(s, from, to);
    Side quote = Side.quote(a, tokens).asSaid(a.reported, source);
    if (quote.words.isEmpty() || source.words.isEmpty()) {
      return null;
    }
    Set<String> sentence = new HashSet<>();
    for (String w : source.words) {
      sentence.add(Norm.stem(w));
    }
    Set<String> report = new HashSet<>();
    for (String w : quote.words) {
      report.add(Norm.stem(w));
    }
    Set<String> elsewhere = new HashSet<>();
    Set<String> elsewhereNouns = new HashSet<>();
    for (int i = 0; i < s.size; i++) {
      if ((i < from || i >= to) && s.content[i] && !s.silent(i)) {
        elsewhere.add(Norm.stem(s.norm[i]));
        elsewhereNouns.add(singular(s.norm[i]));
      }
    }
    // The two parties must do the same thing: what follows each shares a word ("pays 20 million"
    // and "would contribute 20 million"), so that a report of one clause ("we have repaired the
    // piers") is not held against the doer of another ("the deck has passed its test").
    List<Subject> sourceSubjects = null;
    for (Subject x : namedSubjects(quote.words)) {
      String head = Norm.stem(x.head());
      // The party must be named elsewhere as a noun of that form: a stem alone takes "the
      // ruling" for the "rules" another sentence speaks of.
      if (sentence.contains(head) || !elsewhere.contains(head)
          || !elsewhereNouns.contains(singular(x.head()))) {
        continue;
      }
      if (sourceSubjects == null) {
        sourceSubjects = namedSubjects(source.words);
      }
      for (Subject y : sourceSubjects) {
        // A name the writer gives a party the source describes, where the source names it so
        // ("Pellow Bakeries Limited (respondent)" in a judgment's heading), is that party.
        if (written(a, tokens, x.head(), true) && written(s, range(from, to), y.head(), false)
            && namedAs(s, x.head(), y.head())) {
          continue;
        }
        if (!report.contains(Norm.stem(y.head()))
            && !java.util.Collections.disjoint(x.does(), y.does())) {
          return "the report has the " + x.head() + " do what the source has the " + y.head()
              + " do";
        }
      }
    }
    return null;
  }

  /**
   * Whether the word {@code norm} is written among {@code tokens} of {@code w} with a capital
   * ({@code capital}) or, for false, only in lower case: a name against a description.
   */
  static boolean written(Words w, int[] tokens, String norm, boolean capital) {
    boolean seen = false;
    for (int k : tokens) {
      if (!w.norm[k].equals(norm)) {
        continue;
      }
      seen = true;
      if (Character.isUpperCase(w.text.charAt(w.start[k])) != capital) {
        return false;
      }
    }
    return seen;
  }

  // How far after a name its description may stand to be the name's: "Pellow Bakeries Limited
  // (respondent)", "Corley Ferries Ltd (the operator)".
  private static final int NAMED_AS_REACH = 3;

  /** Whether the source puts the description {@code role} just after the name {@code name}. */
  static boolean namedAs(Words s, String name, String role) {
    String r = singular(role);
    for (int i = 0; i < s.size; i++) {
      if (!s.norm[i].equals(name)) {
        continue;
      }
      for (int j = i + 1; j < s.size && j <= i + NAMED_AS_REACH; j++) {
        if (singular(s.norm[j]).equals(r)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A noun as one thing: "companies" as "company", "rules" as "rule", "ruling" as itself. */
  static String singular(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** A verb's subject, by its head noun, and the content stems of what it does. */
  record Subject(String head, Set<String> does) {}

  private static final Set<String> BE_FORMS =
      Set.of("is", "are", "was", "were", "be", "been", "being");

  /**
   * The subjects of the active verbs of {@code words}: the last noun of the run just before a
   * verb group, when the run opens its clause ("the climate fund would pay", not "down the valley
   * would leave" nor "the ban a second time would face", where the tagger's run is no subject).
   * A passive's subject is the one done to ("the bridge had been repaired"), and is left out.
   */
  static List<Subject> namedSubjects(List<String> words) {
    String[] t = Roles.tags(words);
    List<Subject> out = new ArrayList<>();
    for (int i = 1; i < t.length; i++) {
      boolean verb = t[i].equals("VERB") || t[i].equals("AUX");
      if (!verb || !(t[i - 1].equals("NOUN") || t[i - 1].equals("PROPN"))) {
        continue;
      }
      int k = i - 1;
      while (k > 0 && (t[k - 1].equals("NOUN") || t[k - 1].equals("PROPN"))) {
        k--;
      }
      while (k > 0 && (t[k - 1].equals("DET") || t[k - 1].equals("ADJ") || t[k - 1].equals("NUM")
          || t[k - 1].equals("PRON") && POSSESSIVES.contains(words.get(k - 1)))) {
        k--;
      }
      boolean opens = k == 0 || t[k - 1].equals("SCONJ") || t[k - 1].equals("CCONJ")
          || words.get(k - 1).matches("that|which|who");
      int j = i;
      boolean be = false;
      boolean passive = false;
      while (j < t.length && (t[j].equals("VERB") || t[j].equals("AUX") || t[j].equals("PART")
          || t[j].equals("ADV"))) {
        passive |= be && t[j].equals("VERB");
        be |= BE_FORMS.contains(words.get(j));
        j++;
      }
      if (!opens || passive) {
        continue;
      }
      Set<String> does = new HashSet<>();
      for (int m = i; m < t.length && !t[m].equals("CCONJ") && !t[m].equals("SCONJ"); m++) {
        if (!Norm.isStopword(words.get(m))) {
          does.add(Norm.stem(words.get(m)));
        }
      }
      out.add(new Subject(words.get(i - 1), does));
    }
    return out;
  }

  private static final Set<String> POSSESSIVES =
      Set.of("my", "your", "our", "their", "his", "its", "her");

  /**
   * A word of the quote clause that its source words {@code [from, to)} lack and the rest of the
   * sentence {@code [sf, st)} names only as set aside ("and the hospital told us so, not the
   * council" quoted as "and the council told us so"): the quote puts in what the speaker ruled
   * out. Null when the clause has a negation of its own, or no such word.
   */
  static Difference setAsideNamed(Words a, int[] tokens, Words s, int from, int to, int sf,
      int st) {
    Set<String> here = new HashSet<>();
    for (int i = from; i < to; i++) {
      here.add(s.stem[i]);
    }
    for (int k : tokens) {
      if (NEGATIONS.contains(a.norm[k])) {
        return null;
      }
    }
    for (int k : tokens) {
      if (!a.content[k] || a.bracket[k] || here.contains(a.stem[k])) {
        continue;
      }
      boolean named = false;
      boolean setAside = true;
      for (int i = sf; i < st; i++) {
        if ((i >= from && i < to) || s.silent(i) || !s.stem[i].equals(a.stem[k])) {
          continue;
        }
        named = true;
        int j = i - 1;
        while (j > sf && ASIDE_SKIP.contains(s.norm[j])) {
          j--;
        }
        boolean not = j >= sf && (s.norm[j].equals("not") || s.norm[j].equals("never"))
            || j > sf && (s.norm[j].equals("than") && s.norm[j - 1].equals("rather")
                || s.norm[j].equals("of") && s.norm[j - 1].equals("instead"));
        setAside &= not;
      }
      if (named && setAside) {
        return new Difference(Kind.NEGATION, "source: " + shorten(
            s.text.substring(s.start[sf], s.end[st - 1])) + "; the quote has \"" + a.norm[k]
            + "\", which the source sets aside", true);
      }
    }
    return null;
  }

  /** Words between a "not" and the thing it sets aside: "not for the region". */
  private static final Set<String> ASIDE_SKIP =
      Set.of("the", "a", "an", "for", "from", "by", "to", "with", "our", "their", "its", "in");

  /** Pronouns that stand for something named before them: "They cost us" after "the buses". */
  private static final Set<String> ANAPHORS = Set.of("they", "he", "she", "it", "this");

  /**
   * Whether the quote names, as the doer of a verb, the thing the source has a pronoun do it
   * with, the pronoun gone from the quote: "the night buses cost us" for "we cannot run the night
   * buses. They cost us". The noun was the object of another verb before; it has not changed role.
   */
  private static boolean namesAnaphor(String x, Map<String, Roles.Role> mine,
      Map<String, Set<String>> myDoers, Map<String, Set<String>> theirDoers) {
    return namesAnaphor(x, mine, myDoers, theirDoers, null);
  }

  /**
   * As above; with the source's words {@code theirWords}, a pronoun stands only for a noun named
   * before it: in "it has paid for the chairs, which the youth club asked for" the "it" is not the
   * youth club, named after it as the one who asked.
   */
  private static boolean namesAnaphor(String x, Map<String, Roles.Role> mine,
      Map<String, Set<String>> myDoers, Map<String, Set<String>> theirDoers,
      List<String> theirWords) {
    if (myDoers == null || theirDoers == null) {
      return false;
    }
    for (Map.Entry<String, Set<String>> v : myDoers.entrySet()) {
      if (!v.getValue().contains(x)) {
        continue;
      }
      for (String d : theirDoers.getOrDefault(v.getKey(), Set.of())) {
        if (ANAPHORS.contains(d) && !mine.containsKey(d) && mayStandFor(d, mine.get(x))
            && (theirWords == null || namedBefore(x, d, theirWords))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the pronoun {@code d} may stand for the party {@code x}: "he", "she", "it" and "this"
   * stand for one, and "his hands gripped her" for "she gripped his hands" names no "she" by
   * "hands". ("They" may stand for one body: "the company said they would".)
   */
  static boolean mayStandFor(String d, Roles.Role x) {
    if (x == null || d.equals("they")) {
      return true;
    }
    return singular(x.shown).equals(x.shown.toLowerCase(Locale.ROOT));
  }

  /** Whether noun stem {@code x} is in {@code ws} before the first pronoun {@code d}. */
  private static boolean namedBefore(String x, String d, List<String> ws) {
    for (String w : ws) {
      if (w.equals(d)) {
        return false;
      }
      if (Norm.stem(w).equals(x)) {
        return true;
      }
    }
    return true;
  }

  /**
   * Someone done to in the quote whom the source has do something, or the reverse; or null.
   * {@code sameVerb}, for a report: a noun only over a verb both sides give it. A summary
   * rewords its verbs, and a party done to by one ("we counted bookings") may do another
   * ("bookings were higher", "before the study was published" for "before the study came out")
   * with nothing exchanged. A pronoun's case shows its role whatever the verb.
   */
  private static String partySwap(Map<String, Roles.Role> mine, Map<String, Roles.Role> theirs,
      Map<String, Set<String>> myDoers, Map<String, Set<String>> theirDoers, boolean sameVerb) {
    for (Map.Entry<String, Roles.Role> x : mine.entrySet()) {
      Roles.Role t = theirs.get(x.getKey());
      int turn = turn(x.getValue(), t);
      if (turn == 0) {
        turn = nearTurn(x.getValue(), t);
      }
      // A pronoun whose case does not show its role ("you", "it") needs another party turned
      // the other way, as the tagger may read it either way; unless it is the doer of a verb on
      // one side and done to by that same verb on the other ("you have been let down" quoted
      // as "you have let us down"), which a passive or an object read off the verb shows.
      boolean overOneVerb = turn != 0 && (turn < 0
          ? !java.util.Collections.disjoint(x.getValue().agentOf, t.patientOf)
          : !java.util.Collections.disjoint(x.getValue().patientOf, t.agentOf));
      if (turn == 0 || !(x.getValue().firm() && t.firm()) && !turned(mine, theirs, -turn)
          && !overOneVerb
          || turn < 0 && namesAnaphor(x.getKey(), mine, myDoers, theirDoers)
          || sameVerb && !(x.getValue().cased || x.getValue().uncased || t.cased || t.uncased)
              && !overOneVerb) {
        continue;
      }
      String shown = x.getValue().shown;
      return turn > 0 ? "the quote makes the source's subject (" + shown + ") the object"
          : "the quote makes the source's object (" + shown + ") the subject";
    }
    return null;
  }

  /**
   * A verb both sides have whose doer in the quote is someone the source names in another part
   * ("the wildlife trust would plant twice the area" where the source says "we will plant twice
   * that area, and we have asked the wildlife trust to manage it"), and none of whose doers in
   * the source is; or null. Only nouns count: who "I", "we" or "he" is shifts in a report and
   * a translation, a named party does not. Held however loosely the rest is reworded, as the
   * verb and the party are both the source's words.
   *
   * <p>A quote's party that does something else in the source is left alone (a quote keeps its
   * words, and a tagger's doubt is likelier than a changed doer). A report's ({@code
   * reportedAgainst}: the source's words, null for a quote) is not, nor is a pronoun of the
   * source taken to stand for it when the party is named only after it: "the angling
   * club had paid for the restocking at the company's request" for "it has paid for the
   * restocking, which the angling club asked for" gives the asker's part to the payer, and "the
   * council had asked police for the footage" for "we have asked the council for the footage, and
   * the council has given us everything" makes the one asked the asker.
   */
  private static String otherDoer(Map<String, Roles.Role> mine, Map<String, Set<String>> myDoers,
      Map<String, Roles.Role> theirs, Map<String, Set<String>> theirDoers,
      List<String> reportedAgainst) {
    boolean reported = reportedAgainst != null;
    for (Map.Entry<String, Set<String>> v : myDoers.entrySet()) {
      Set<String> source = theirDoers.get(v.getKey());
      if (source == null || source.isEmpty() || !java.util.Collections.disjoint(source,
          v.getValue())) {
        continue;
      }
      for (String x : v.getValue()) {
        Roles.Role m = mine.get(x);
        Roles.Role t = theirs.get(x);
        if (t == null || m.cased || m.uncased || t.cased || t.uncased || !reported && t.agent > 0
            || namesAnaphor(x, mine, myDoers, theirDoers, reportedAgainst)) {
          continue;
        }
        return "the quote has " + m.shown + " do what the source has " + theirs.get(
            source.iterator().next()).shown + " do";
      }
    }
    return null;
  }

  /** 1 when the source's doer is done to in the quote, -1 for the reverse, else 0. */
  private static int turn(Roles.Role m, Roles.Role t) {
    if (t == null) {
      return 0;
    }
    if (t.agent > m.agent && m.patient > t.patient) {
      return 1;
    }
    return t.patient > m.patient && m.agent > t.agent ? -1 : 0;
  }

  /**
   * 1 when a noun of the source's phrase on a verb's doer is that verb's one done to in the
   * quote, -1 for the reverse, else 0. A prepositional phrase on the subject ("equal protection
   * under the law must include") is part of the doer's phrase, though not the doer: the same
   * verb given it as its object ("protection under the consistent must include the law
   * application") has its phrases exchanged. Another verb's object ("told Calder staff" for
   * "half the jobs at Calder are going") is no exchange.
   */
  private static int nearTurn(Roles.Role m, Roles.Role t) {
    if (t == null) {
      return 0;
    }
    if (crosses(t.nearAgentOf, m.patientOf, t.patientOf, m.agentOf)
        || crosses(t.agentOf, m.nearPatientOf, t.patientOf, m.agentOf)) {
      return 1;
    }
    return crosses(m.nearAgentOf, t.patientOf, m.patientOf, t.agentOf)
        || crosses(m.agentOf, t.nearPatientOf, m.patientOf, t.agentOf) ? -1 : 0;
  }

  /** A verb in {@code from} and {@code to} that is neither in {@code fromAlso} nor {@code toAlso}. */
  private static boolean crosses(Set<String> from, Set<String> to, Set<String> fromAlso,
      Set<String> toAlso) {
    for (String v : from) {
      if (to.contains(v) && !fromAlso.contains(v) && !toAlso.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean turned(Map<String, Roles.Role> mine, Map<String, Roles.Role> theirs,
      int way) {
    for (Map.Entry<String, Roles.Role> y : mine.entrySet()) {
      if (turn(y.getValue(), theirs.get(y.getKey())) == way) {
        return true;
      }
    }
    return false;
  }

  private static String shorten(String t) {
    String x = t.replaceAll("\\s+", " ").trim();
    return x.length() > 160 ? x.substring(0, 157) + "…" : x;
  }

  private static List<Difference> differences(Side qs, Side ss, String sourceText,
      boolean reported) {
    List<String> q = qs.words;
    List<Boolean> qc = qs.content;
    List<String> s = ss.words;
    List<Boolean> sc = ss.content;
    List<Difference> out = new ArrayList<>();
    String src = "source: " + sourceText + "; ";
    int nq = count(q, NEGATIONS);
    int ns = count(s, NEGATIONS);
    // A negation counts when what it negates is on the other side too: "has not changed" and
    // "has remained the same" say one thing, "I don't support" and "I support" two. "For the
    // government rather than the region" sets the region aside as "for the government, not for
    // the region" does: "rather than" and "instead of" stand for the other side's negation.
    // Counted on both sides: with "instead of" in each, "we could not keep paying for buildings
    // instead of teachers" and "we could keep paying ..." still differ by the "not".
    int aq = setAsides(q);
    int as = setAsides(s);
    if (nq + aq > ns + as && negatesShared(q, qc, s)) {
      out.add(new Difference(Kind.NEGATION, src + "the quote negates it"));
    } else if (nq + aq < ns + as && negatesShared(s, sc, q)) {
      out.add(new Difference(Kind.NEGATION, src + "the quote drops its negation"));
    } else {
      // "Not only" negates nothing and is not counted above; but its "not" dropped leaves an
      // "only" that limits ("we're not only going to invest" against "we're only going to
      // invest"), and one added takes the limit away.
      int onlyQ = count(q, Set.of("only"));
      int onlyS = count(s, Set.of("only"));
      int notOnlyQ = notOnly(q);
      int notOnlyS = notOnly(s);
      if (onlyQ == onlyS && notOnlyQ < notOnlyS) {
        out.add(new Difference(Kind.NEGATION, src + "the quote drops the \"not\" of \"not only\""));
      } else if (onlyQ == onlyS && notOnlyQ > notOnlyS) {
        out.add(new Difference(Kind.NEGATION, src + "the quote puts \"not\" before \"only\""));
      }
    }
    if (out.isEmpty()) {
      String denied = deniedObject(q, qc, s, sc);
      if (denied != null) {
        out.add(new Difference(Kind.NEGATION, src + denied));
      }
    }
    String person = person(q, s);
    if (person != null) {
      out.add(new Difference(Kind.PERSON, src + person));
    }
    String number = number(q, s);
    if (number == null) {
      number = bound(q, s);
    }
    if (number == null) {
      number = proportion(q, s);
    }
    if (number == null) {
      number = quantifier(q, s);
    }
    if (number == null) {
      number = limited(q, s);
    }
    if (number == null) {
      number = calendar(q, s);
    }
    if (number == null) {
      number = duration(q, s);
    }
    if (number != null) {
      out.add(new Difference(Kind.NUMBER, src + number));
    }
    String antonym = antonym(q, qc, s, sc, reported);
    if (antonym != null) {
      out.add(new Difference(Kind.ANTONYM, src + antonym));
    }
    String modal = modality(q, s);
    if (modal == null && !reported) {
      modal = beliefStatedAsSettled(q, s);
    }
    if (modal != null) {
      out.add(new Difference(Kind.MODALITY, src + modal));
    }
    if (person == null) {
      Difference roles = roles(qs, ss, src);
      if (roles != null) {
        out.add(roles);
      }
    }
    substitutions(q, s, src, out, reported);
    return out;
  }

  /** Words that may stand between a verb and the head of its object ("blame the county"). */
  private static final Set<String> OBJECT_LEAD = Set.of("the", "a", "an", "my", "your", "our",
      "their", "his", "her", "its", "this", "that", "these", "those");
  /** Object pronouns that name a party as a noun does ("I blame myself", "they sued us"). */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "us", "him", "them",
      "myself", "ourselves", "yourself", "yourselves", "himself", "herself", "themselves");
  /** Words between a negation and the verb it negates ("did not blame", "will never sue"). */
  private static final int NEGATION_REACH = 3;
  private static final Set<String> VERB_NEGATIONS = Set.of("not", "never", "cannot", "unable",
      "unwilling");
  /**
   * Prepositions the stopword list leaves as content words: "since November" is no verb and its
   * object, and a "not" three words before it negates the verb, not the time ("had not made any
   * new offer since November" and "have not offered anything since November").
   */
  private static final Set<String> PREPOSITIONS = Set.of("since", "after", "before", "until",
      "till", "during", "across", "within", "throughout", "towards", "toward", "despite",
      "beyond", "along", "among", "amid", "around", "behind", "beside", "besides", "near",
      "onto", "upon", "via", "per");

  /**
   * A verb and its object that one side negates and the other affirms, while both sides hold as
   * many negations: "I do not blame myself, I blame the referee" for "I do not blame the
   * referee. I blame myself" keeps every word, the count of "not" and who does what, and moves
   * the denial from one object of the verb to the other. Null when there is none.
   */
  private static String deniedObject(List<String> q, List<Boolean> qc, List<String> s,
      List<Boolean> sc) {
    if (count(q, NEGATIONS) == 0 || count(q, NEGATIONS) != count(s, NEGATIONS)) {
      return null;
    }
    Map<String, Integer> mine = verbObjects(q, qc);
    Map<String, Integer> theirs = verbObjects(s, sc);
    for (Map.Entry<String, Integer> x : mine.entrySet()) {
      Integer t = theirs.get(x.getKey());
      if (t == null || (x.getValue() & t) != 0) {
        continue;
      }
      String[] vo = x.getKey().split(" ");
      return x.getValue() == 2 ? "the quote denies \"" + vo[0] + " ... " + vo[1]
          + "\", which the source affirms" : "the quote affirms \"" + vo[0] + " ... " + vo[1]
          + "\", which the source denies";
    }
    return null;
  }

  /**
   * Each content word followed by its object's head (a content word or an object pronoun, after
   * determiners), keyed "verb object" by stem: 1 when said without a negation just before the
   * verb, 2 when with one, 3 when both.
   */
  private static Map<String, Integer> verbObjects(List<String> ws, List<Boolean> content) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + 1 < ws.size(); i++) {
      if (!content.get(i) || NEGATIONS.contains(ws.get(i)) || PREPOSITIONS.contains(ws.get(i))) {
        continue;
      }
      int j = i + 1;
      while (j < ws.size() && OBJECT_LEAD.contains(ws.get(j))) {
        j++;
      }
      if (j >= ws.size() || !content.get(j) && !OBJECT_PRONOUNS.contains(ws.get(j))) {
        continue;
      }
      // Only the words that negate a verb: "nothing" and "no" are objects and determiners ("if
      // we do nothing, the next flood will reach").
      boolean negated = false;
      for (int k = Math.max(0, i - NEGATION_REACH); k < i; k++) {
        negated |= VERB_NEGATIONS.contains(ws.get(k));
      }
      out.merge(Norm.stem(ws.get(i)) + " " + Norm.stem(ws.get(j)), negated ? 2 : 1,
          (a, b) -> a | b);
    }
    return out;
  }

  /** Longest runs of changed words looked at, each side: beyond it a clause is rewritten. */
  private static final int MAX_SWAP = 4;
  /** Largest quote × source word grid aligned; clauses and their source words are far smaller. */
  private static final int MAX_CELLS = 40_000;

  /**
   * The words the quote puts in the place of source words, between words both keep in order: a
   * person, a modal or an antonym swapped one for another there changes what is said even when
   * the replaced word occurs elsewhere on either side ("I know you" against "you know you"; "we
   * have to start, and it has to stop" against "we have to stop, and it has to stop"), which
   * comparing the words each side holds cannot see. Adds a difference of each kind not yet found.
   */
  private static void substitutions(List<String> q, List<String> s, String src,
      List<Difference> out, boolean reported) {
    EnumSet<Kind> found = EnumSet.noneOf(Kind.class);
    for (Difference d : out) {
      found.add(d.kind());
    }
    for (int[] g : changedRuns(q, s)) {
      List<String> qw = q.subList(g[0], g[1]);
      List<String> sw = s.subList(g[2], g[3]);
      if (qw.size() > MAX_SWAP || sw.size() > MAX_SWAP) {
        continue;
      }
      // People exchanged between doer and done-to are a change of roles, said once.
      if (!found.contains(Kind.ROLES)) {
        swapped(Kind.PERSON, classSwap(qw, sw, WHO), "", src, found, out);
      }
      // A report's "might run on" for "it is possible that it will run on" keeps the
      // possibility in the place of the "will" it frames.
      if (!(reported && possibleThat(s))) {
        swapped(Kind.MODALITY, classSwap(qw, sw, MODAL), "", src, found, out);
      }
      swapped(Kind.MODALITY, likelierSwap(q, s, g), ", a likelier outcome", src, found,
          out);
      swapped(Kind.ANTONYM, oppositeSwap(qw, sw, q, s, reported), ", its opposite", src, found, out);
      swapped(Kind.ANTONYM, stepSwap(qw, sw, q, s), ", another step", src, found, out);
      swapped(Kind.NUMBER, quantifierForWord(q, g, sw), ", which it does not quantify", src,
          found, out);
      if (!reported && !found.contains(Kind.ROLES)) {
        String[] p = pronounForNamed(qw, sw);
        if (p != null && found.add(Kind.PERSON)) {
          out.add(new Difference(Kind.PERSON, src + "the quote says \"" + p[0]
              + "\" where the source names \"" + p[1] + "\""));
        }
      }
    }
    if (!found.contains(Kind.ROLES)) {
      String ex = exchanged(q, s);
      if (ex != null) {
        out.add(new Difference(Kind.ROLES, src + ex, true));
      }
    }
  }

  /**
   * Two things the quote exchanges across a verb, every other word kept: "we do not blame the
   * county, we blame the engineers" for "we do not blame the engineers. We blame the county".
   * Each side holds the same words, so comparing which words each side holds sees nothing, and
   * the verb is the same in both places, so no doer becomes done-to; but what is denied and
   * what is said have changed places. A list in another order ("Spain, France and Britain") has
   * no verb between its items and is left alone.
   */
  private static String exchanged(List<String> q, List<String> s) {
    List<int[]> runs = changedRuns(q, s);
    for (int x = 0; x < runs.size(); x++) {
      for (int y = x + 1; y < runs.size(); y++) {
        int[] g = runs.get(x);
        int[] h = runs.get(y);
        if (!sameStems(q.subList(g[0], g[1]), s.subList(h[2], h[3]))
            || !sameStems(q.subList(h[0], h[1]), s.subList(g[2], g[3]))
            || !hasContent(q.subList(g[0], g[1])) || !hasContent(q.subList(h[0], h[1]))) {
          continue;
        }
        String[] tags = Roles.tags(q);
        for (int k = g[1]; k < h[0]; k++) {
          if (tags[k].equals("VERB") || NEGATIONS.contains(q.get(k))) {
            return "the quote puts \"" + String.join(" ", q.subList(g[0], g[1]))
                + "\" and \"" + String.join(" ", q.subList(h[0], h[1]))
                + "\" in each other's places";
          }
        }
      }
    }
    return null;
  }

  private static boolean sameStems(List<String> a, List<String> b) {
    return a.size() == b.size() && java.util.Arrays.equals(stems(a), stems(b));
  }

  private static boolean hasContent(List<String> ws) {
    for (String w : ws) {
      if (!Norm.isStopword(w) && Character.isLetter(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Quantifiers that stand before a noun as determiners ("all staff", "most schools"). */
  private static final Set<String> DETERMINERS = Set.of("all", "every", "each", "everyone",
      "everybody", "everything", "most", "many", "some", "several", "few");

  /**
   * A determiner quantifier the quote puts where the source's run has a word that limits the
   * noun and no quantifier of its own: "free for all staff" for "free for night staff" widens
   * the claim to everyone, as "most" for "some" does; or null. An insertion ("all the staff" for
   * "the staff") is no substitution and is not looked at here.
   */
  private static String[] quantifierForWord(List<String> q, int[] g, List<String> sw) {
    // The quantifier stands just before the noun both keep ("all | staff"), in the place of a
    // word or two of the source's ("night | staff"); a longer run is a rewording ("accept some
    // migrants" for "are able to accommodate a number of migrants").
    if (g[1] >= q.size() || sw.size() > 2 || !quantifiers(sw).isEmpty()) {
      return null;
    }
    String limit = null;
    for (String w : sw) {
      if (!Norm.isStopword(w) && !NEGATIONS.contains(w) && Character.isLetter(w.charAt(0))) {
        limit = w;
        break;
      }
    }
    if (limit == null) {
      return null;
    }
    // Read over the whole clause: "some 4,000" is a hedged figure, which only the word after
    // the run shows.
    String w = q.get(g[1] - 1);
    return DETERMINERS.contains(w) && quantifiers(q).containsValue(w) ? new String[] {w, limit}
        : null;
  }

  /** Pronouns that name the doer of a clause. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she",
      "they");

  /**
   * A subject pronoun the quote puts where the source's run names someone and says no pronoun of
   * its own ("I have paid those charges" for "my wife has paid those charges"), a possessive
   * aside; or null. In a quote the speaker's "I" is the speaker: another person named in its
   * place did it. Reports are left alone, where the writer's "he" stands for the source's "I".
   */
  private static String[] pronounForNamed(List<String> qw, List<String> sw) {
    String pronoun = null;
    for (String w : qw) {
      if (SUBJECT_PRONOUNS.contains(w)) {
        pronoun = w;
        break;
      }
    }
    if (pronoun == null) {
      return null;
    }
    String named = null;
    for (String w : sw) {
      if (SUBJECT_PRONOUNS.contains(w) || WHO.containsKey(w) && !POSSESSIVES.contains(w)) {
        return null;
      }
      if (named == null && !Norm.isStopword(w) && !NEGATIONS.contains(w)
          && Character.isLetter(w.charAt(0))) {
        named = w;
      }
    }
    return named == null ? null : new String[] {pronoun, named};
  }

  /** Adds the substitution {@code pair} (quote word, source word) as a {@code kind} not yet found. */
  private static void swapped(Kind kind, String[] pair, String tail, String src, Set<Kind> found,
      List<Difference> out) {
    if (pair == null) {
      return;
    }
    Difference d = new Difference(kind, src + "the quote says \"" + pair[0]
        + "\" where the source says \"" + pair[1] + "\"" + tail, true);
    if (found.add(kind)) {
      out.add(d);
      return;
    }
    // The same change found by comparing which words each side holds, now seen in its place:
    // "sometimes bad" for "always bad" in a clause too short for its count of words aligned to
    // vouch for it is still one word put for another.
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).kind() == kind && !out.get(i).inPlace()) {
        out.set(i, d);
        return;
      }
    }
  }

  /**
   * A word of one class in the quote's run where the source's run has a word of another, each
   * class missing from the other run; or null. "you" for "I" is a swap, "me" for "I" is not.
   */
  private static String[] classSwap(List<String> qw, List<String> sw, Map<String, String> classes) {
    Map<String, String> mine = classesIn(qw, classes);
    if (mine.isEmpty()) {
      return null;
    }
    Map<String, String> theirs = classesIn(sw, classes);
    for (Map.Entry<String, String> x : mine.entrySet()) {
      if (theirs.containsKey(x.getKey())) {
        continue;
      }
      for (Map.Entry<String, String> y : theirs.entrySet()) {
        if (!mine.containsKey(y.getKey())) {
          return new String[] {x.getValue(), y.getValue()};
        }
      }
    }
    return null;
  }

  /** Each class of {@code classes} present in {@code ws}, with its first word. */
  private static Map<String, String> classesIn(List<String> ws, Map<String, String> classes) {
    Map<String, String> out = new HashMap<>();
    for (String w : ws) {
      String c = classes.get(w);
      if (c != null) {
        out.putIfAbsent(c, w);
      }
    }
    return out;
  }

  /**
   * A word of the quote's run whose opposite is in the source's run and not its own; or null.
   * Opposites are WordNet's direct and indirect antonyms, of the words or of the adjectives they
   * are compared forms of ("closer" for "further": close against far).
   */
  private static String[] oppositeSwap(List<String> qw, List<String> sw, List<String> q,
      List<String> s, boolean reported) {
    Set<String> mine = new HashSet<>();
    for (String w : qw) {
      mine.add(Norm.stem(w));
    }
    for (String w : qw) {
      String sq = Norm.stem(w);
      Set<String> direct = ANTONYMS_IN_PLACE.get(sq);
      for (String v : sw) {
        String st = Norm.stem(v);
        if (mine.contains(st) || reported && deictic(w, v)) {
          continue;
        }
        if (direct != null && direct.contains(st)) {
          return new String[] {w, v};
        }
        // An indirect antonym or a compared form only where the quote replaces the word
        // outright, neither word on the other side: two clauses given in the other order
        // ("the stream was cold and the cabin warm") put "warm" where the source has "cold"
        // without changing a thing.
        if ((indirect(w, v) || comparedOpposite(w, v) || prefixOpposite(w, v))
            && !q.contains(v) && !s.contains(w)) {
          return new String[] {w, v};
        }
      }
    }
    return null;
  }

  /**
   * How likely a word calls a thing, in steps: what is possible may well not happen, what is
   * likely probably will, what is certain will. A quote that puts a higher step for a lower one
   * ("an eruption is likely" for "an eruption is possible") states a stronger claim than was
   * made. Only the bare words: "more likely", "not certain" compare or deny and are left alone.
   */
  private static final Map<String, Integer> LIKELIHOOD = Map.of("possible", 1, "conceivable", 1,
      "likely", 2, "probable", 2, "certain", 3, "inevitable", 3, "definite", 3);
  /** Words before a likelihood word that compare, grade or deny it ("less likely", "not certain"). */
  private static final Set<String> LIKELIHOOD_GRADERS = Set.of("not", "less", "least", "more",
      "most", "very", "quite", "fairly", "highly", "hardly", "barely", "far", "so", "as", "too",
      "never", "un");

  /**
   * A likelihood word of the quote's run a step above the source run's, neither word on the
   * other side ("likely" for "possible"); or null.
   */
  private static String[] likelierSwap(List<String> q, List<String> s, int[] g) {
    for (int i = g[0]; i < g[1]; i++) {
      Integer mine = LIKELIHOOD.get(q.get(i));
      if (mine == null || graded(q, i)) {
        continue;
      }
      for (int j = g[2]; j < g[3]; j++) {
        Integer theirs = LIKELIHOOD.get(s.get(j));
        if (theirs != null && theirs < mine && !graded(s, j) && !ungradedIn(q, s.get(j))
            && !ungradedIn(s, q.get(i))) {
          return new String[] {q.get(i), s.get(j)};
        }
      }
    }
    return null;
  }

  /** Whether {@code w} stands in {@code ws} anywhere neither compared, graded nor denied. */
  private static boolean ungradedIn(List<String> ws, String w) {
    for (int i = 0; i < ws.size(); i++) {
      if (ws.get(i).equals(w) && !graded(ws, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the likelihood word at {@code i} is compared, graded or denied. */
  private static boolean graded(List<String> ws, int i) {
    return i > 0 && LIKELIHOOD_GRADERS.contains(ws.get(i - 1));
  }

  /** Prefixes that negate the word they are put to: "unplugged", "non-union". */
  private static final List<String> NEGATING_PREFIXES = List.of("un", "non");
  /** The shortest word a negating prefix is taken off: "unable"/"able", not "until"/"til". */
  private static final int PREFIXED_BASE = 4;

  /**
   * Whether one word is the other with a negating prefix: "plugged in" for "unplugged", "fair"
   * for "unfair". WordNet lists few such pairs as antonyms, and a quote that drops the prefix
   * says the opposite in the source's own word.
   */
  static boolean prefixOpposite(String a, String b) {
    String x = Norm.stem(a);
    String y = Norm.stem(b);
    for (String p : NEGATING_PREFIXES) {
      if (x.length() >= PREFIXED_BASE && y.equals(p + x) || y.length() >= PREFIXED_BASE && x.equals(p + y)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Steps of one process that news reports mix up, each a different fact: who was arrested has
   * not yet been charged, who was charged not yet convicted. Each line is one process.
   */
  private static final String[] STEP_LINES = {
      "arrested charged convicted sentenced acquitted cautioned detained questioned released"
          + " bailed jailed fined indicted",
      "proposed approved rejected adopted",
      "injured killed",
  };
  private static final Map<String, Integer> STEPS = new HashMap<>();

  static {
    for (int i = 0; i < STEP_LINES.length; i++) {
      for (String w : STEP_LINES[i].split(" ")) {
        STEPS.put(Norm.stem(w), i);
      }
    }
  }

  /** A step of a process in the quote where the source has another ("charged" for "arrested"). */
  private static String[] stepSwap(List<String> qw, List<String> sw, List<String> q,
      List<String> s) {
    for (String w : qw) {
      for (String v : sw) {
        if (otherStep(w, v) && !q.contains(v) && !s.contains(w)) {
          return new String[] {w, v};
        }
      }
    }
    return null;
  }

  /** Whether two words are different steps of one process ("charged" for "arrested"). */
  static boolean otherStep(String a, String b) {
    String x = Norm.stem(a);
    String y = Norm.stem(b);
    Integer i = STEPS.get(x);
    return i != null && !x.equals(y) && i.equals(STEPS.get(y));
  }

  /** The key of two words in {@link #INDIRECT_IN_PLACE}. */
  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  /** Whether words {@code a} and {@code b} (lemmas as written) are indirect antonyms. */
  private static boolean indirect(String a, String b) {
    return INDIRECT_WORDS.contains(a) && INDIRECT_WORDS.contains(b)
        && INDIRECT_IN_PLACE.contains(pair(a, b));
  }

  /** Whether words {@code a} and {@code b} (lemmas as written) are WordNet antonyms. */
  private static boolean opposite(String a, String b) {
    Set<String> direct = ANTONYMS_IN_PLACE.get(Norm.stem(a));
    return direct != null && direct.contains(Norm.stem(b)) || indirect(a, b);
  }

  /**
   * Whether {@code x} and {@code y} are opposite once a compared form on either side is taken
   * back to its base: "closer" for "further" (close against far), "lower" for "high".
   */
  private static boolean comparedOpposite(String x, String y) {
    List<String> bx = comparedForms(x);
    List<String> by = comparedForms(y);
    for (String a : bx) {
      if (opposite(a, y)) {
        return true;
      }
      for (String b : by) {
        if (opposite(a, b)) {
          return true;
        }
      }
    }
    for (String b : by) {
      if (opposite(x, b)) {
        return true;
      }
    }
    return false;
  }

  /** The stems of {@code words}, one a word, for the word-by-word tables. */
  private static String[] stems(List<String> words) {
    String[] stems = new String[words.size()];
    for (int i = 0; i < stems.length; i++) {
      stems[i] = Norm.stem(words.get(i));
    }
    return stems;
  }

  /**
   * The runs where the quote and the source differ, as {@code [qFrom, qTo, sFrom, sTo]}, between
   * the stems both keep in order (a longest common subsequence). A run empty on one side is an
   * insertion or a cut, not a substitution, and is left out.
   */
  static List<int[]> changedRuns(List<String> q, List<String> s) {
    int n = q.size();
    int m = s.size();
    if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
      return List.of();
    }
    String[] a = stems(q);
    String[] b = stems(s);
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int qFrom = 0;
    int sFrom = 0;
    while (i < n && j < m) {
      if (a[i].equals(b[j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        if (i > qFrom && j > sFrom) {
          out.add(new int[] {qFrom, i, sFrom, j});
        }
        i++;
        j++;
        qFrom = i;
        sFrom = j;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    if (n > qFrom && m > sFrom) {
      out.add(new int[] {qFrom, n, sFrom, m});
    }
    return out;
  }

  private static boolean negatesShared(List<String> ws, List<Boolean> content,
      List<String> other) {
    Set<String> theirs = new HashSet<>();
    for (String w : other) {
      theirs.add(Norm.stem(w));
    }
    for (int i = 0; i < ws.size(); i++) {
      if (!NEGATIONS.contains(ws.get(i))) {
        continue;
      }
      int k = i + 1;
      while (k < ws.size() && k <= i + 3 && !content.get(k)) {
        k++;
      }
      if (k >= ws.size() || k > i + 3 || theirs.contains(Norm.stem(ws.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** How many times the words say "not only". */
  private static int notOnly(List<String> ws) {
    int n = 0;
    for (int i = 0; i + 1 < ws.size(); i++) {
      if (ws.get(i).equals("not") && ws.get(i + 1).equals("only")) {
        n++;
      }
    }
    return n;
  }

  /** How many times the words set something aside with "rather than" or "instead of". */
  private static int setAsides(List<String> ws) {
    int n = 0;
    for (int i = 0; i + 1 < ws.size(); i++) {
      if (ws.get(i).equals("rather") && ws.get(i + 1).equals("than")
          || ws.get(i).equals("instead") && ws.get(i + 1).equals("of")) {
        n++;
      }
    }
    return n;
  }

  private static int count(List<String> ws, Set<String> set) {
    int n = 0;
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      // "no longer", "not only ... but", "no doubt": a negation word that negates nothing said.
      if (set.contains(w) && !(i + 1 < ws.size() && (w.equals("not") && ws.get(i + 1).equals("only")
          || w.equals("no") && (ws.get(i + 1).equals("doubt") || ws.get(i + 1).equals("matter"))))) {
        n++;
      }
    }
    return n;
  }

  private static String person(List<String> q, List<String> s) {
    String[] pair = classSwap(q, s, PERSON);
    return pair == null ? null
        : "the quote says \"" + pair[0] + "\" where the source says \"" + pair[1] + "\"";
  }

  /**
   * The words of a class the quote has ({@code x}, not in the source) against the first class the
   * source has and the quote lacks: "I" where the source says "you", "will" where it says "may".
   */
  private static String replaced(Map.Entry<String, String> x, Map<String, String> mine,
      Map<String, String> theirs) {
    for (Map.Entry<String, String> y : theirs.entrySet()) {
      if (!mine.containsKey(y.getKey())) {
        return "the quote says \"" + x.getValue() + "\" where the source says \""
            + y.getValue() + "\"";
      }
    }
    return null;
  }

  private static final Set<String> SCALES = Set.of("hundred", "hundreds", "thousand",
      "thousands", "million", "millions", "billion", "billions", "trillion", "trillions",
      "dozen", "dozens");

  static boolean isFigure(String w) {
    return Norm.isNumeral(w) || Character.isDigit(w.charAt(0)) || SCALES.contains(w);
  }

  // Counted, not just listed: "two days later, four were murdered" against "four days later,
  // four were murdered" has the same figures, once too many a four.
  private static String number(List<String> q, List<String> s) {
    q = durations(q);
    s = durations(s);
    String unit = unit(q, s);
    if (unit != null) {
      return unit;
    }
    q = fractions(q);
    s = fractions(s);
    Map<String, Integer> theirs = new java.util.LinkedHashMap<>();
    for (String w : s) {
      if (isFigure(w)) {
        theirs.merge(w, 1, Integer::sum);
      }
    }
    Map<String, Integer> mine = new java.util.LinkedHashMap<>();
    for (String w : q) {
      if (isFigure(w)) {
        mine.merge(w, 1, Integer::sum);
      }
    }
    // A figure the quote hedges ("nearly 40", "fewer than a hundred") and the source gives
    // exactly (38.6, 94) is the source's, rounded: each such pair is taken out of both counts.
    Map<String, Integer> spare = new HashMap<>();
    // A figure the source gives as about so much ("around 4,800 fish") may be rounded further
    // ("almost 5,000"), to a rounder figure only: "about 44" for "about 40" moves it.
    Set<String> approximate = new HashSet<>();
    for (int j = 0; j < s.size(); j++) {
      // A figure the source bounds itself ("up to 19 hours") was never exact: another figure
      // under the same hedge is another figure.
      if (isFigure(s.get(j)) && (!hedged(s, j) || approximate(s, j))) {
        spare.merge(s.get(j), 1, Integer::sum);
        if (hedged(s, j)) {
          approximate.add(s.get(j));
        }
      }
    }
    for (Map.Entry<String, Integer> x : mine.entrySet()) {
      spare.merge(x.getKey(), -x.getValue(), Integer::sum);
    }
    for (int i = 0; i < q.size(); i++) {
      String x = q.get(i);
      if (!isFigure(x) || theirs.getOrDefault(x, 0) >= mine.getOrDefault(x, 0)) {
        continue;
      }
      for (Map.Entry<String, Integer> y : spare.entrySet()) {
        if (y.getValue() > 0 && rounds(q, i, y.getKey())
            && (!approximate.contains(y.getKey()) || rounder(x, y.getKey()))) {
          y.setValue(y.getValue() - 1);
          theirs.merge(y.getKey(), -1, Integer::sum);
          theirs.merge(x, 1, Integer::sum);
          break;
        }
      }
    }
    for (Map.Entry<String, Integer> x : mine.entrySet()) {
      if (theirs.getOrDefault(x.getKey(), 0) >= x.getValue()) {
        continue;
      }
      for (Map.Entry<String, Integer> y : theirs.entrySet()) {
        // "two centuries" for "two hundred years": a small count against a large one is a way
        // of speaking; a small count for another small one is a changed figure.
        if (mine.getOrDefault(y.getKey(), 0) < y.getValue()
            && small(x.getKey()) == small(y.getKey())) {
          return "the quote says " + x.getKey() + " where the source says " + y.getKey();
        }
      }
      if (!theirs.containsKey(x.getKey()) && !small(x.getKey())) {
        return "the quote says " + x.getKey() + ", a figure the source does not give";
      }
    }
    return null;
  }

  /** Spans of time named by one word, as a count of a commoner unit. */
  private static final Map<String, String[]> DURATIONS = Map.of(
      "decade", new String[] {"10", "years"}, "decades", new String[] {"10", "years"},
      "century", new String[] {"100", "years"}, "centuries", new String[] {"100", "years"},
      "fortnight", new String[] {"2", "weeks"}, "fortnights", new String[] {"2", "weeks"});

  /**
   * The words with "a decade", "two decades", "a century", "a fortnight" written as the years or
   * weeks they are ("10 years", "20 years", "2 weeks"), so that "the biggest rise in ten years"
   * for "the largest in a decade" is one figure, and "two decades" for "ten years" two. A count
   * before the word must be "a", "an", "one" or a figure; "the last decade" is left as it is.
   */
  static List<String> durations(List<String> ws) {
    List<String> out = null;
    for (int i = 0; i < ws.size(); i++) {
      String[] d = DURATIONS.get(ws.get(i));
      String before = i > 0 ? ws.get(i - 1) : "";
      boolean one = before.equals("a") || before.equals("an") || before.equals("one");
      if (d == null || !one && !Norm.isNumeral(before)) {
        if (out != null) {
          out.add(ws.get(i));
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(ws.subList(0, i));
      }
      out.remove(out.size() - 1);
      double n;
      try {
        n = one ? 1 : Double.parseDouble(before.replace(",", ""));
      } catch (NumberFormatException e) {
        out.add(before);
        out.add(ws.get(i));
        continue;
      }
      double v = n * Double.parseDouble(d[0]);
      out.add(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
      out.add(d[1]);
    }
    return out == null ? ws : out;
  }

  /**
   * A fraction's share in per cent: "a quarter" is said as often as "25 per cent". Words writes
   * "fifth" and "tenth" as the ordinals "5th" and "10th", so those forms are fractions too.
   */
  private static final Map<String, String> FRACTIONS = Map.of("half", "50", "third", "33",
      "quarter", "25", "fifth", "20", "tenth", "10", "5th", "20", "10th", "10");
  /** Words before a fraction that make it one: "a third of", "one quarter", "by half". */
  private static final Set<String> FRACTION_LEADS = Set.of("a", "an", "one", "by", "than");

  /**
   * The words with each fraction written as its share in per cent ("fell by a quarter" as "fell
   * by 25 percent"), so that a share given either way is one figure, and "half" for "a third" is
   * two. "Third" and "quarter" count only after "a", "one" or "by" ("the third defeat", "the
   * quarter final" are no shares); "half" always does.
   */
  static List<String> fractions(List<String> ws) {
    boolean any = false;
    for (int i = 0; i < ws.size() && !any; i++) {
      any = isFraction(ws, i);
    }
    if (!any) {
      return ws;
    }
    List<String> out = new ArrayList<>(ws.size() + 2);
    for (int i = 0; i < ws.size(); i++) {
      if (!isFraction(ws, i)) {
        out.add(ws.get(i));
        continue;
      }
      String last = out.isEmpty() ? "" : out.get(out.size() - 1);
      if (last.equals("a") || last.equals("an") || last.equals("one")) {
        out.remove(out.size() - 1);
      }
      out.add(FRACTIONS.get(ws.get(i)));
      if (!(i + 1 < ws.size() && ws.get(i + 1).equals("percent"))) {
        out.add("percent");
      }
    }
    return out;
  }

  /** "half", "third", "quarter", "fifth", "tenth". */
  static boolean isFractionWord(String w) {
    return FRACTIONS.containsKey(w);
  }

  /** Words after "half" that make it a share: "half of", "half the jobs". */
  private static final Set<String> HALF_OF = Set.of("of", "the", "a", "an", "its", "their", "our",
      "his", "her", "my", "your", "all", "that", "this", "these", "those");

  /**
   * Whether the word at {@code i} is a fraction said as a share: "a third", "by a quarter", "half
   * of", "cut by half". Not "a year and a half" or "two and a quarter", where it adds to a count,
   * nor "the half-year" or "the third defeat".
   */
  private static boolean isFraction(List<String> ws, int i) {
    String w = ws.get(i);
    if (!FRACTIONS.containsKey(w)) {
      return false;
    }
    String prev = i > 0 ? ws.get(i - 1) : "";
    String prev2 = i > 1 ? ws.get(i - 2) : "";
    if (prev2.equals("and") && (prev.equals("a") || prev.equals("an") || prev.equals("one"))) {
      return false;
    }
    if (w.equals("half")) {
      return prev.equals("by") || prev.equals("in")
          || i + 1 < ws.size() && HALF_OF.contains(ws.get(i + 1));
    }
    return FRACTION_LEADS.contains(prev);
  }

  /** Units of time: "two weeks" and "two months" give one figure and another span. */
  private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes",
      "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
      "decade", "decades", "century", "centuries");

  /**
   * The same figure with another unit of time ("told two months before" for "two weeks
   * before"). Only where the figure is the same: "two decades" for "twenty years" is a figure in
   * other words, which {@link #number} judges.
   */
  private static String unit(List<String> q, List<String> s) {
    for (int i = 1; i < q.size(); i++) {
      String u = q.get(i);
      String figure = count(q.get(i - 1));
      if (!TIME_UNITS.contains(u) || figure == null || s.contains(u)) {
        continue;
      }
      for (int j = 1; j < s.size(); j++) {
        String v = s.get(j);
        if (TIME_UNITS.contains(v) && figure.equals(count(s.get(j - 1))) && !q.contains(v)
            && !Norm.stem(v).equals(Norm.stem(u))) {
          return "the quote says " + figure + " " + u + " where the source says " + figure + " " + v;
        }
      }
    }
    return null;
  }

  /** A unit of time in days, to tell "an hour" from "forty minutes" and "a fortnight" from none. */
  private static final Map<String, Double> DAYS = Map.ofEntries(
      Map.entry("second", 1 / 86400.0), Map.entry("minute", 1 / 1440.0),
      Map.entry("hour", 1 / 24.0), Map.entry("day", 1.0), Map.entry("week", 7.0),
      Map.entry("fortnight", 14.0), Map.entry("month", 365.25 / 12), Map.entry("year", 365.25),
      Map.entry("decade", 3652.5), Map.entry("century", 36525.0));

  /**
   * A length of time the quote gives where the source gives another, counted in days whatever the
   * unit: "an hour on the bus" for "forty minutes on the bus" changes the figure though no digit is
   * in the quote; "a fortnight" for "two weeks" and "an hour and a half" for "90 minutes" do not.
   */
  private static String duration(List<String> q, List<String> s) {
    Map<Double, String> mine = lengthsInDays(q);
    Map<Double, String> theirs = lengthsInDays(s);
    for (Map.Entry<Double, String> x : mine.entrySet()) {
      if (near(theirs.keySet(), x.getKey())) {
        continue;
      }
      for (Map.Entry<Double, String> y : theirs.entrySet()) {
        if (!near(mine.keySet(), y.getKey())) {
          return "the quote says " + x.getValue() + " where the source says " + y.getValue();
        }
      }
    }
    return null;
  }

  private static boolean near(java.util.Collection<Double> days, double d) {
    for (double x : days) {
      if (Math.abs(x - d) <= 0.01 * Math.max(x, d)) {
        return true;
      }
    }
    return false;
  }

  /** Words between a count and its unit that add the length to another ("a further week"). */
  private static final Set<String> ADDED = Set.of("further", "more", "extra", "additional");

  /** The counted lengths of time in {@code ws} ("an hour", "40 minutes", "half a day"), in days. */
  private static Map<Double, String> lengthsInDays(List<String> ws) {
    Map<Double, String> out = new java.util.LinkedHashMap<>();
    for (int i = 1; i < ws.size(); i++) {
      String u = ws.get(i);
      Double unit = DAYS.get(u.equals("centuries") ? "century"
          : u.endsWith("s") ? u.substring(0, u.length() - 1) : u);
      // "a further week", "two more days", "an extra hour": the count stands before the word
      // that adds the length to another, and the length added is what is said.
      int at = i >= 2 && ADDED.contains(ws.get(i - 1)) ? i - 2 : i - 1;
      String figure = count(ws.get(at));
      if (unit == null || figure == null) {
        continue;
      }
      double n = value(figure);
      if (Double.isNaN(n)) {
        continue;
      }
      int from = at;
      if (at == i - 1 && i >= 2 && ws.get(i - 2).equals("half") && figure.equals("1")) {
        n = 0.5; // "half an hour"
        from = i - 2;
      } else if (i + 3 < ws.size() && ws.get(i + 1).equals("and") && ws.get(i + 2).equals("a")
          && ws.get(i + 3).equals("half")) {
        n += 0.5; // "an hour and a half"
      }
      out.putIfAbsent(n * unit, String.join(" ", ws.subList(from, i + 1)));
    }
    return out;
  }

  /** The count a word before a unit gives: a figure, or 1 for "a", "an", "one"; else null. */
  private static String count(String w) {
    if (w.equals("a") || w.equals("an") || w.equals("one")) {
      return "1";
    }
    return isFigure(w) ? w : null;
  }

  /** How far a hedged figure may be from the source's: [lowest, highest] as shares of it. */
  private static final Map<String, double[]> HEDGES = Map.ofEntries(
      Map.entry("nearly", new double[] {0.85, 1}), Map.entry("almost", new double[] {0.85, 1}),
      Map.entry("just under", new double[] {0.85, 1}),
      Map.entry("just over", new double[] {1, 1.15}),
      Map.entry("about", new double[] {0.9, 1.1}), Map.entry("around", new double[] {0.9, 1.1}),
      Map.entry("roughly", new double[] {0.9, 1.1}),
      Map.entry("approximately", new double[] {0.9, 1.1}),
      Map.entry("some", new double[] {0.9, 1.1}), Map.entry("close to", new double[] {0.9, 1.1}),
      Map.entry("more than", new double[] {1, 1.33}), Map.entry("over", new double[] {1, 1.33}),
      Map.entry("above", new double[] {1, 1.33}), Map.entry("at least", new double[] {1, 1.33}),
      Map.entry("upwards of", new double[] {1, 1.33}),
      Map.entry("fewer than", new double[] {0.75, 1}), Map.entry("less than", new double[] {0.75, 1}),
      Map.entry("under", new double[] {0.75, 1}), Map.entry("below", new double[] {0.75, 1}),
      Map.entry("up to", new double[] {0.75, 1}), Map.entry("at most", new double[] {0.75, 1}));

  /**
   * Whether the figure at {@code i} of {@code ws} is {@code source} rounded the way the words
   * before it say: "nearly 40 per cent" for 38.6, "fewer than a hundred" for 94, "about 11
   * million" for 10.8 million. A hedge bounds the figure on one side or both, never far: "more
   * than 300" for 340, not for 3,000. A bare figure is exact.
   */
  static boolean rounds(List<String> ws, int i, String source) {
    double x = value(ws.get(i));
    double y = value(source);
    if (Double.isNaN(x) || Double.isNaN(y) || x <= 0) {
      return false;
    }
    return within(ws, i, y / x);
  }

  /** Whether the figure at {@code i} of {@code ws} has a hedge before it. */
  static boolean hedged(List<String> ws, int i) {
    return within(ws, i, Double.NaN);
  }

  /** Whether the figure at {@code i} has a hedge that bounds it on both sides ("about"). */
  static boolean approximate(List<String> ws, int i) {
    double[] band = band(ws, i);
    return band != null && band[0] < 1 && band[1] > 1;
  }

  /**
   * Whether figure {@code x} has fewer significant digits than {@code y}: 5,000 than 4,800, 40
   * than 38.6.
   */
  static boolean rounder(String x, String y) {
    return significant(x) < significant(y);
  }

  private static int significant(String figure) {
    String d = figure.replaceAll("[^0-9]", "").replaceAll("^0+", "").replaceAll("0+$", "");
    return d.isEmpty() ? 0 : d.length();
  }

  /** Where a hedge before the figure at {@code i} ends: the word before, or before its article. */
  private static int hedgeEnd(List<String> ws, int i) {
    int at = i - 1;
    // "a hundred", "the nearly 40": an article between the hedge and its figure.
    if (at >= 0 && (ws.get(at).equals("a") || ws.get(at).equals("an"))) {
      at--;
    }
    return at;
  }

  /** The band of the hedge before the figure at {@code i} (see HEDGES), or null. */
  private static double[] band(List<String> ws, int i) {
    int at = hedgeEnd(ws, i);
    double[] band = null;
    if (at >= 1) {
      band = HEDGES.get(ws.get(at - 1) + " " + ws.get(at));
    }
    if (band == null && at >= 0) {
      band = HEDGES.get(ws.get(at));
    }
    return band;
  }

  /** Whether {@code share} lies in the band of the hedge before {@code i}; NaN: any hedge. */
  private static boolean within(List<String> ws, int i, double share) {
    double[] band = band(ws, i);
    if (band == null) {
      return false;
    }
    int at = hedgeEnd(ws, i);
    if (Double.isNaN(share)) {
      return true;
    }
    boolean open = band[0] == 1 && band[1] > 1 || band[1] == 1 && band[0] < 1;
    if (open && share == 1 && !ws.get(at).equals("least") && !ws.get(at).equals("most")
        && !ws.get(at).equals("to")) {
      return false; // "more than 40" is not 40
    }
    return share >= band[0] - 1e-9 && share <= band[1] + 1e-9;
  }

  private static double value(String figure) {
    try {
      return Double.parseDouble(figure.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * How much of a set a word claims: all, most, many, some or few. "Some of them may retire" and
   * "most of them may retire" differ by one word and say two things.
   */
  private static final Map<String, String> QUANTIFIERS = Map.ofEntries(
      Map.entry("all", "all"), Map.entry("every", "all"), Map.entry("each", "all"),
      Map.entry("everyone", "all"), Map.entry("everybody", "all"),
      Map.entry("everything", "all"), Map.entry("entire", "all"),
      Map.entry("most", "most"), Map.entry("majority", "most"), Map.entry("mostly", "most"),
      Map.entry("many", "many"), Map.entry("numerous", "many"), Map.entry("lots", "many"),
      Map.entry("some", "some"), Map.entry("several", "some"), Map.entry("someone", "some"),
      Map.entry("somebody", "some"), Map.entry("few", "few"),
      // "A handful of objectors" is "a few objectors": a small some, never a rewording of few.
      Map.entry("handful", "some"));

  static boolean isQuantifier(String norm) {
    return QUANTIFIERS.containsKey(norm);
  }

  /** The quantifier class of each word of {@code ws}, with its first word; "a few" is some. */
  private static Map<String, String> quantifiers(List<String> ws) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < ws.size(); i++) {
      String c = QUANTIFIERS.get(ws.get(i));
      if (c == null) {
        continue;
      }
      // "some 40 staff" is a hedged figure, "a few" a small some, "most" in "the most
      // important" a superlative.
      String next = i + 1 < ws.size() ? ws.get(i + 1) : "";
      String prev = i > 0 ? ws.get(i - 1) : "";
      if (c.equals("some") && !next.isEmpty() && isFigure(next)
          || c.equals("most") && prev.equals("the")) {
        continue;
      }
      if (c.equals("few") && prev.equals("a")) {
        c = "some";
      }
      out.putIfAbsent(c, ws.get(i));
    }
    return out;
  }

  /**
   * A quantifier in the quote where the source has another and not the quote's: "most of them"
   * for "some of them", "all the nurses" for "most of the nurses"; or null.
   */
  static String quantifier(List<String> q, List<String> s) {
    Map<String, String> mine = quantifiers(q);
    if (mine.isEmpty()) {
      return null;
    }
    Map<String, String> theirs = quantifiers(s);
    for (Map.Entry<String, String> x : mine.entrySet()) {
      if (theirs.containsKey(x.getKey())) {
        continue;
      }
      for (Map.Entry<String, String> y : theirs.entrySet()) {
        if (!mine.containsKey(y.getKey())) {
          return "the quote says \"" + x.getValue() + "\" where the source says \""
              + y.getValue() + "\"";
        }
      }
    }
    return null;
  }

  /** The words that say a claim holds for every one of a kind: "both teams", "all the boats". */
  private static final Set<String> UNIVERSAL = Set.of("all", "every", "each", "both");

  /** Words between a quantifier and its noun that narrow nothing: "all the", "both of our". */
  private static final Set<String> NOUN_LEADS = Set.of("the", "of", "our", "their", "its", "his",
      "her", "your", "my", "these", "those", "a", "an", "this", "that");

  /**
   * The source's claim about all or both of a kind, quoted of some of them: "it runs faster for the
   * home team" for "... for both teams". The quote has no "all", "every", "each" or "both" and puts a
   * word the source does not have before the kind's noun, which narrows it; or null.
   */
  static String limited(List<String> q, List<String> s) {
    for (String w : q) {
      if (UNIVERSAL.contains(w)) {
        return null;
      }
    }
    for (int j = 0; j < s.size(); j++) {
      if (!UNIVERSAL.contains(s.get(j))) {
        continue;
      }
      int k = j + 1;
      while (k < s.size() && NOUN_LEADS.contains(s.get(k))) {
        k++;
      }
      if (k >= s.size() || !Character.isLetter(s.get(k).charAt(0))) {
        continue;
      }
      String noun = Norm.stem(s.get(k));
      for (int i = 1; i < q.size(); i++) {
        String before = q.get(i - 1);
        if (Norm.stem(q.get(i)).equals(noun) && !s.contains(before)
            && !NOUN_LEADS.contains(before) && Character.isLetter(before.charAt(0))) {
          return "the quote says \"" + before + " " + q.get(i) + "\" where the source says \""
              + s.get(j) + " " + s.get(k) + "\"";
        }
      }
    }
    return null;
  }

  // Shares written as words name a size as a numeral does: "half of that stone" for "a third of
  // that stone" is another figure, which the numerals compared above do not show.
  private static final Map<String, String> PROPORTIONS = Map.ofEntries(
      Map.entry("half", "1/2"), Map.entry("halves", "1/2"), Map.entry("halved", "1/2"),
      Map.entry("third", "1/3"), Map.entry("thirds", "1/3"), Map.entry("quarter", "1/4"),
      Map.entry("quarters", "1/4"), Map.entry("fifth", "1/5"), Map.entry("fifths", "1/5"),
      Map.entry("tenth", "1/10"), Map.entry("tenths", "1/10"), Map.entry("twice", "2"),
      Map.entry("double", "2"), Map.entry("doubled", "2"), Map.entry("triple", "3"),
      Map.entry("tripled", "3"), Map.entry("treble", "3"), Map.entry("trebled", "3"),
      Map.entry("thrice", "3"));

  /**
   * A share or multiple in words the source does not give where the source gives another one
   * ("half" for "a third", "twice" for "three times" is a numeral and compared above); or null.
   */
  static String proportion(List<String> q, List<String> s) {
    Map<String, String> mine = proportions(q);
    Map<String, String> theirs = proportions(s);
    for (Map.Entry<String, String> x : mine.entrySet()) {
      if (theirs.containsKey(x.getKey())) {
        continue;
      }
      for (Map.Entry<String, String> y : theirs.entrySet()) {
        if (!mine.containsKey(y.getKey())) {
          return "the quote says " + x.getValue() + " where the source says " + y.getValue()
              + ", another proportion";
        }
      }
    }
    return null;
  }

  /**
   * Each share or multiple of {@code ws} by its size, with the words that give it. A multiple
   * is also written with a figure ("three times", "2 times"), and "two times" is "twice": so a
   * figure before "times" is a size, or "more than three times" against "more than twice" would
   * compare a small figure against none and pass.
   */
  private static Map<String, String> proportions(List<String> ws) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      String size = PROPORTIONS.get(w);
      if (size == null && i + 1 < ws.size() && ws.get(i + 1).equals("times")
          && Norm.isNumeral(w)) {
        size = w;
        w = w + " times";
      }
      if (size != null) {
        out.putIfAbsent(size, w);
      }
    }
    return out;
  }

  /**
   * A figure the quote bounds the other way from the source: "within five kilometres" where the
   * source says "more than five kilometres", "under 200" for "over 200". The figures agree, so
   * comparing them alone sees nothing; the bound reverses who or what is counted.
   */
  private static String bound(List<String> q, List<String> s) {
    Map<String, String[]> theirs = new HashMap<>();
    for (int i = 0; i < s.size(); i++) {
      String[] b = boundAt(s, i);
      if (b != null) {
        theirs.putIfAbsent(s.get(i) + " " + b[0], b);
      }
    }
    for (int i = 0; i < q.size(); i++) {
      String[] b = boundAt(q, i);
      if (b == null) {
        continue;
      }
      String other = b[0].equals("above") ? "below" : "above";
      String[] t = theirs.get(q.get(i) + " " + other);
      if (t != null && !theirs.containsKey(q.get(i) + " " + b[0])) {
        return "the quote says \"" + b[1] + " " + q.get(i) + "\" where the source says \""
            + t[1] + " " + q.get(i) + "\"";
      }
    }
    return null;
  }

  private static final Set<String> ABOVE = Set.of("over", "above", "beyond", "exceeding");
  private static final Set<String> BELOW = Set.of("under", "below", "within");
  private static final Set<String> MORE = Set.of("more", "greater", "larger", "higher", "longer");
  private static final Set<String> LESS = Set.of("less", "fewer", "smaller", "lower", "shorter");

  /** The bound on the figure at {@code i} ("above" or "below") and its words; or null. */
  private static String[] boundAt(List<String> ws, int i) {
    if (i == 0 || !isFigure(ws.get(i))) {
      return null;
    }
    String one = ws.get(i - 1);
    String two = i > 1 ? ws.get(i - 2) : "";
    if (ABOVE.contains(one)) {
      return new String[] {"above", one};
    }
    if (BELOW.contains(one)) {
      return new String[] {"below", one};
    }
    if (one.equals("than") && MORE.contains(two) || one.equals("least") && two.equals("at")) {
      return new String[] {"above", two + " " + one};
    }
    if (one.equals("than") && LESS.contains(two) || one.equals("most") && two.equals("at")
        || one.equals("to") && two.equals("up")) {
      return new String[] {"below", two + " " + one};
    }
    return null;
  }

  private static boolean small(String figure) {
    try {
      return Double.parseDouble(figure.replace(",", "")) < 10;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String antonym(List<String> q, List<Boolean> qc, List<String> s,
      List<Boolean> sc, boolean reported) {
    Map<String, String> mine = stems(q, qc);
    Map<String, String> theirs = stems(s, sc);
    for (Map.Entry<String, String> x : mine.entrySet()) {
      Set<String> opp = ANTONYMS.get(x.getKey());
      if (opp == null || theirs.containsKey(x.getKey())) {
        continue;
      }
      for (String y : opp) {
        if (theirs.containsKey(y) && !mine.containsKey(y)
            && !(reported && deictic(x.getValue(), theirs.get(y)))) {
          return "the quote says \"" + x.getValue() + "\" where the source says \""
              + theirs.get(y) + "\", its opposite";
        }
      }
    }
    return comparedOpposite(q, s);
  }

  /**
   * Comparatives and superlatives of opposite adjectives ("lower" for "higher", "later" for
   * "earlier", "nearer" for "further"): the stemmer keeps them whole and WordNet pairs only their
   * base forms, so the pair was never seen. Both sides must be compared forms, since a word that
   * only ends like one ("after", "number") has no base to speak of. Stopwords count ("further"
   * is one).
   */
  private static String comparedOpposite(List<String> q, List<String> s) {
    for (String x : q) {
      String bx = comparedBase(x);
      if (bx == null || s.contains(x)) {
        continue;
      }
      Set<String> opp = ANTONYMS_IN_PLACE.get(bx);
      for (String y : s) {
        String by = comparedBase(y);
        if (by != null && opp.contains(by) && !q.contains(y)) {
          return "the quote says \"" + x + "\" where the source says \"" + y
              + "\", its opposite";
        }
      }
    }
    return null;
  }

  /**
   * The stem of the adjective a comparative or superlative is formed from, when WordNet gives
   * that adjective a direct opposite ("higher": high; "bigger": big; "earlier": early; "safer":
   * safe), else null.
   */
  static String comparedBase(String w) {
    for (String b : comparedForms(w)) {
      if (ANTONYMS_IN_PLACE.containsKey(Norm.stem(b))) {
        return Norm.stem(b);
      }
    }
    return null;
  }

  /**
   * The words {@code w} may be a comparative or superlative of, by WordNet's morphology for
   * adjectives: its exception lists ("better": good, well; "bigger": big; "further": far), else
   * its detachment rules ("-er", "-est"; "-r", "-st" after "e": "safer", safe). Unchecked: what
   * the rules leave of a word that only ends like a compared form ("number": numb) is kept, and
   * each caller looks the stems up in its table of opposites. Empty for no compared form.
   */
  private static List<String> comparedForms(String w) {
    List<String> exception = COMPARED_EXCEPTIONS.get(w);
    if (exception != null) {
      return exception;
    }
    if (w.endsWith("er") && w.length() > 4) {
      return List.of(w.substring(0, w.length() - 2), w.substring(0, w.length() - 1));
    }
    if (w.endsWith("est") && w.length() > 5) {
      return List.of(w.substring(0, w.length() - 3), w.substring(0, w.length() - 2));
    }
    return List.of();
  }

  private static final Map<String, String> CALENDAR = new HashMap<>();

  static {
    // "May" and "March" are left out: lower-cased, they are a modal and a verb as often.
    for (String m : Words.MONTHS) {
      if (!m.equals("may") && !m.equals("march")) {
        CALENDAR.put(m, "month");
      }
    }
    for (String d : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday")) {
      CALENDAR.put(d, "day");
    }
    // Feasts and seasons date a promise as a month does: "before Easter" for "before Christmas".
    // ("Spring" and "fall" are left out: lower-cased, they are verbs as often.)
    for (String f : List.of("christmas", "easter", "whitsun", "thanksgiving", "halloween",
        "ramadan", "eid", "diwali", "hanukkah", "passover")) {
      CALENDAR.put(f, "feast");
    }
    for (String season : List.of("summer", "autumn", "winter")) {
      CALENDAR.put(season, "season");
    }
  }

  /**
   * A month or a day of the week the quote names where the source names another ("the first
   * buses arrive in December" for "... in October"): a date changed, as a figure is.
   */
  private static String calendar(List<String> q, List<String> s) {
    for (String x : q) {
      String kind = CALENDAR.get(x);
      if (kind == null || s.contains(x)) {
        continue;
      }
      for (String y : s) {
        if (kind.equals(CALENDAR.get(y)) && !q.contains(y)) {
          return "the quote says " + x + " where the source says " + y;
        }
      }
    }
    return null;
  }

  private static Map<String, String> stems(List<String> ws, List<Boolean> content) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < ws.size(); i++) {
      if (content.get(i) && Character.isLetter(ws.get(i).charAt(0))) {
        out.putIfAbsent(Norm.stem(ws.get(i)), ws.get(i));
      }
    }
    return out;
  }

  private static String modality(List<String> q, List<String> s) {
    Map<String, String> mine = modals(q);
    Map<String, String> theirs = modals(s);
    for (Map.Entry<String, String> x : mine.entrySet()) {
      if (theirs.containsKey(x.getKey())) {
        continue;
      }
      String replaced = replaced(x, mine, theirs);
      if (replaced != null) {
        return replaced;
      }
      if (x.getKey().equals("possible")) {
        return "the quote adds \"" + x.getValue() + "\"";
      }
    }
    // "The farm may be the cause" quoted as "the farm is the cause": the hedge dropped states as
    // settled what the source gave as a possibility.
    if (mine.isEmpty() && theirs.containsKey("possible")) {
      for (int j = 0; j < s.size(); j++) {
        if ("possible".equals(MODAL.get(s.get(j))) && !(s.get(j).equals("may") && isMonth(s, j))) {
          return "the quote drops \"" + s.get(j) + "\" and states it as settled";
        }
      }
    }
    return null;
  }

  /**
   * A clause quoted from the words after the speaker's "I expect" or "we hope" in one source
   * sentence ({@code [sentenceFrom, from)} before the words aligned, {@code [from, to)}), with a
   * "will" of the quote's own: the belief dropped and the thing stated as settled. Else null.
   */
  static Difference beliefBefore(Words a, int[] tokens, Words s, int sentenceFrom, int from,
      int to, String sourceText) {
    if (sentenceFrom >= from) {
      return null;
    }
    String why = beliefStatedAsSettled(Side.quote(a, tokens).words,
        Side.source(s, sentenceFrom, to).words);
    return why == null ? null
        : new Difference(Kind.MODALITY, "source: " + shorten(sourceText) + "; " + why);
  }

  /** Verbs by which a speaker gives what follows as a belief or a wish, not a fact. */
  private static final Set<String> BELIEVING = Set.of("expect", "hope", "think", "believe",
      "anticipate", "reckon", "suspect", "imagine", "guess", "trust");

  /**
   * "I expect that to be early in the new year" quoted as "will be out early in the new year":
   * the quote's plain "will" states as settled what the speaker gave as an expectation or a hope.
   * Only the speaker's own "I" or "we" before the verb, and only where the quote has no such verb
   * and the source no "will" of its own; a report ("she expected it would") is Hedges' to judge.
   */
  private static String beliefStatedAsSettled(List<String> q, List<String> s) {
    if (!(q.contains("will") || q.contains("shall"))) {
      return null;
    }
    for (String w : q) {
      if (BELIEVING.contains(w)) {
        return null;
      }
    }
    for (int j = 1; j < s.size(); j++) {
      if (s.get(j).equals("will") || s.get(j).equals("shall")) {
        return null; // a "will" of the source's own, before any belief, is the quote's
      }
      if (BELIEVING.contains(s.get(j)) && (s.get(j - 1).equals("i") || s.get(j - 1).equals("we"))) {
        // "which we hope will fly": the source's "will" after the verb is what is hoped.
        return "the quote drops \"" + s.get(j - 1) + " " + s.get(j) + "\" and states it as settled";
      }
    }
    return null;
  }

  /** Words before a month's name: "in May", "since May", "last May". */
  private static final Set<String> BEFORE_MONTH = Set.of("in", "of", "since", "until", "till",
      "by", "from", "last", "next", "this", "early", "late", "mid", "end", "before", "after",
      "during", "to");

  /** Whether the "may" at {@code j} is the month ("published in May"), not the modal. */
  private static boolean isMonth(List<String> ws, int j) {
    return j > 0 && (BEFORE_MONTH.contains(ws.get(j - 1)) || isFigure(ws.get(j - 1)))
        || j + 1 >= ws.size() || isFigure(ws.get(j + 1));
  }

  /** Whether {@code ws} says "possible that". */
  private static boolean possibleThat(List<String> ws) {
    for (int i = 0; i + 1 < ws.size(); i++) {
      if (ws.get(i).equals("possible") && ws.get(i + 1).equals("that")) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> modals(List<String> ws) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      String m = MODAL.get(w);
      if (w.equals("going") && i + 1 < ws.size() && ws.get(i + 1).equals("to")
          && i + 2 < ws.size() && !ws.get(i + 2).equals("the")) {
        m = "certain";
      }
      // "It is possible that it will": the clause after it is a possibility.
      if (w.equals("possible") && i + 1 < ws.size() && ws.get(i + 1).equals("that")) {
        m = "possible";
      }
      if (m != null) {
        out.putIfAbsent(m, w.equals("going") ? "going to" : w);
      }
    }
    return out;
  }

  /**
   * Who does what to whom: someone or something the source has as a verb's subject is its object
   * in the quote, or the other way round ("I will fight them" against "they will fight me", "the
   * council sued the firm" against "the firm sued the council"), read from part-of-speech tags.
   */
  private static Difference roles(Side qs, Side ss, String src) {
    List<String> q = qs.words;
    List<Boolean> qc = qs.content;
    List<String> s = ss.words;
    List<Boolean> sc = ss.content;
    if (!Roles.worthTagging(q, qc, s, sc, WHO)) {
      return null;
    }
    Map<String, Set<String>> myDoers = new HashMap<>();
    Map<String, Set<String>> theirDoers = new HashMap<>();
    Map<String, Roles.Role> myRoles = qs.roles(myDoers);
    Map<String, Roles.Role> theirRoles = ss.roles(theirDoers);
    String swap = partySwap(myRoles, theirRoles, myDoers, theirDoers, qs.from().reported);
    String other = otherDoer(myRoles, myDoers, theirRoles, theirDoers,
        qs.from().reported ? s : null);
    if (swap == null) {
      return other == null ? null : new Difference(Kind.ROLES, src + other, true);
    }
    // Every content word of the quote is the source's: the same words with who does what to
    // whom exchanged, not a rendering in other words, where a pronoun's case may change.
    Set<String> theirs = new HashSet<>();
    for (int i = 0; i < s.size(); i++) {
      if (sc.get(i)) {
        theirs.add(Norm.stem(s.get(i)));
      }
    }
    boolean sameWords = false;
    for (int k = 0; k < q.size(); k++) {
      if (qc.get(k)) {
        sameWords = true;
        if (!theirs.contains(Norm.stem(q.get(k)))) {
          sameWords = false;
          break;
        }
      }
    }
    return !sameWords && other != null ? new Difference(Kind.ROLES, src + other, true)
        : new Difference(Kind.ROLES, src + swap, sameWords);
  }
}
