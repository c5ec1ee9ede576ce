package org.quotetrace.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The word forms quotes are compared by. A quote that says "colonization" where the transcript
 * says "colonisation", "we're" for "we are" or "4,000" for "four thousand" has reproduced the same
 * words: DESIGN.md counts such a quote as verbatim. So both sides are brought to one form before
 * they are compared, and the comparison itself stays a plain string equality.
 */
final class Norm {
  private Norm() {}

  // Function words. They are aligned like any word but weigh less, so a quote that shares only
  // "the", "of" and "we" with a passage is not taken for it. Negations are deliberately absent:
  // "we will not surrender" and "we will surrender" differ in what matters most.
  static final Set<String> STOPWORDS =
      setOf(
          "a", "an", "the", "and", "or", "but", "if", "then", "so", "as", "of", "at", "by", "for",
          "with", "about", "against", "between", "into", "through", "during", "before", "after",
          "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under",
          "again", "further", "once", "here", "there", "when", "where", "why", "how", "all", "any",
          "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same",
          "than", "too", "very", "can", "will", "just", "should", "now", "i", "me", "my", "myself",
          "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "he",
          "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
          "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that",
          "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has",
          "had", "having", "do", "does", "did", "doing", "would", "could", "shall", "may", "might",
          "must", "also", "yes", "well", "because", "while", "until", "whether", "let", "us", "one",
          "there", "upon", "per", "via", "even", "still", "yet", "really", "certainly", "of");

  private static Set<String> setOf(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  static boolean isStopword(String norm) {
    return STOPWORDS.contains(norm);
  }

  /**
   * The normalised forms of one word as written, lower-cased with typographic apostrophes
   * straightened: a contraction gives two forms, every other word one.
   */
  static List<String> forms(String lower) {
    int apostrophe = lower.indexOf('\'');
    if (apostrophe > 0) {
      List<String> expanded = expand(lower, apostrophe);
      if (expanded != null) {
        return expanded;
      }
      // A possessive or a name with an apostrophe (O'Brien): the possessive ending adds nothing.
      if (lower.endsWith("'s") || lower.endsWith("'")) {
        return List.of(spelling(lower.substring(0, lower.lastIndexOf('\''))));
      }
      return List.of(spelling(lower.replace("'", "")));
    }
    if (lower.equals("cannot")) {
      return List.of("can", "not");
    }
    if (lower.equals("%")) {
      return List.of("percent");
    }
    return List.of(spelling(lower));
  }

  private static final Set<String> IS_CONTRACTIONS =
      setOf(
          "it", "that", "he", "she", "there", "what", "who", "here", "where", "how", "everything",
          "nothing", "something", "everyone", "someone", "this", "that", "which", "why", "when");

  private static List<String> expand(String w, int apostrophe) {
    String base = w.substring(0, apostrophe);
    String tail = w.substring(apostrophe + 1);
    if (tail.equals("t") && base.endsWith("n")) {
      String verb = base.substring(0, base.length() - 1);
      return switch (verb) {
        case "ca" -> List.of("can", "not");
        case "wo" -> List.of("will", "not");
        case "sha" -> List.of("shall", "not");
        case "ai" -> List.of("is", "not");
        default -> List.of(verb, "not");
      };
    }
    return switch (tail) {
      case "re" -> List.of(base, "are");
      case "ve" -> List.of(base, "have");
      case "ll" -> List.of(base, "will");
      case "m" -> List.of(base, "am");
      case "d" -> List.of(base, "would");
      case "s" -> {
        if (base.equals("let")) {
          yield List.of("let", "us");
        }
        yield IS_CONTRACTIONS.contains(base) ? List.of(base, "is") : null;
      }
      default -> null;
    };
  }

  // British spellings whose American form differs in a way no suffix rule catches safely.
  private static final Map<String, String> WORDS = new HashMap<>();
  // Roots whose -our, -tre, -ence or -ogue ending is British; the rest of the word is kept.
  private static final Map<String, String> ROOTS = new HashMap<>();
  // Verbs that double a final l in British inflection (travelled) but not in American (traveled).
  private static final Set<String> DOUBLE_L =
      Set.of(
          "travel", "cancel", "model", "label", "level", "signal", "fuel", "total", "channel",
          "counsel", "marshal", "dial", "equal", "quarrel", "rival", "tunnel", "shovel", "marvel",
          "pedal", "revel", "duel", "funnel", "grovel", "jewel", "libel", "panel", "parcel", "pencil",
          "spiral", "stencil", "unravel", "barrel");

  static {
    String[][] words = {
      {"grey", "gray"}, {"programme", "program"}, {"programmes", "programs"}, {"cheque", "check"},
      {"tyre", "tire"}, {"tyres", "tires"}, {"plough", "plow"}, {"aluminium", "aluminum"},
      {"whilst", "while"}, {"amongst", "among"}, {"towards", "toward"}, {"learnt", "learned"},
      {"spelt", "spelled"}, {"burnt", "burned"}, {"dreamt", "dreamed"}, {"enrol", "enroll"},
      {"fulfil", "fulfill"}, {"skilful", "skillful"}, {"wilful", "willful"},
      {"judgement", "judgment"}, {"ageing", "aging"}, {"manoeuvre", "maneuver"},
      {"manoeuvres", "maneuvers"}, {"mould", "mold"}, {"sceptical", "skeptical"},
      {"sceptic", "skeptic"}, {"sceptics", "skeptics"}, {"kerb", "curb"}, {"practise", "practice"},
      {"practised", "practiced"}, {"practising", "practicing"}, {"jewellery", "jewelry"},
      {"pyjamas", "pajamas"}, {"draught", "draft"}, {"gaol", "jail"}, {"storey", "story"},
      {"licence", "license"}, {"licences", "licenses"}, {"instalment", "installment"}, {"enrolment", "enrollment"},
      {"fulfilment", "fulfillment"}, {"paediatric", "pediatric"}, {"encyclopaedia", "encyclopedia"},
      {"anaesthetic", "anesthetic"}, {"oestrogen", "estrogen"}, {"foetus", "fetus"},
      {"diarrhoea", "diarrhea"}, {"haemorrhage", "hemorrhage"}, {"leukaemia", "leukemia"},
      {"orthopaedic", "orthopedic"}, {"mum", "mom"}, {"okay", "ok"}, {"o.k", "ok"}
    };
    for (String[] p : words) {
      WORDS.put(p[0], p[1]);
    }
    String[] our = {
      "colour", "favour", "honour", "labour", "behaviour", "neighbour", "harbour", "humour",
      "rumour", "vigour", "endeavour", "flavour", "odour", "parlour", "savour", "valour", "armour",
      "vapour", "tumour", "saviour", "clamour", "rancour", "splendour", "fervour", "demeanour",
      "rigour", "candour", "ardour", "glamour"
    };
    for (String r : our) {
      ROOTS.put(r, r.substring(0, r.length() - 3) + "or");
    }
    String[] tre = {
      "centre", "metre", "theatre", "litre", "fibre", "calibre", "sombre", "spectre", "meagre",
      "lustre", "sabre", "kilometre", "centimetre", "millimetre"
    };
    for (String r : tre) {
      ROOTS.put(r, r.substring(0, r.length() - 3) + "ter");
    }
    for (String r : new String[] {"defence", "offence", "pretence"}) {
      ROOTS.put(r, r.substring(0, r.length() - 2) + "se");
    }
    for (String r :
        new String[] {"catalogue", "dialogue", "analogue", "monologue", "prologue", "epilogue"}) {
      ROOTS.put(r, r.substring(0, r.length() - 2));
    }
  }

  // Spelling is asked for every word of every text indexed; the rules below walk a few hundred
  // roots, so the answers are kept, like the stems.
  private static final Map<String, String> SPELLED = new ConcurrentHashMap<>();

  /** The American form of a British spelling, or the word itself. */
  static String spelling(String w) {
    String s = SPELLED.get(w);
    if (s == null) {
      s = spelled(w);
      if (SPELLED.size() < STEM_CACHE_LIMIT) {
        SPELLED.put(w, s);
      }
    }
    return s;
  }

  private static String spelled(String w) {
    String mapped = WORDS.get(w);
    if (mapped != null) {
      return mapped;
    }
    for (Map.Entry<String, String> e : ROOTS.entrySet()) {
      if (w.startsWith(e.getKey())) {
        return e.getValue() + w.substring(e.getKey().length());
      }
    }
    for (String suffix : new String[] {"lled", "lling", "ller", "llers", "llor", "llors"}) {
      if (w.endsWith(suffix)) {
        String stem = w.substring(0, w.length() - suffix.length()) + "l";
        if (DOUBLE_L.contains(stem) || endsWithAny(stem, DOUBLE_L)) {
          return stem + suffix.substring(2);
        }
      }
    }
    // -ise/-isation and -yse are British for -ize/-ization and -yze. Both sides are rewritten the
    // same way, so a word that is spelled -ise in America too ("advertise") still matches itself.
    if (w.length() > 5) {
      int i = w.lastIndexOf("is");
      if (i >= 3 && isIseSuffix(w.substring(i + 2))) {
        return w.substring(0, i) + "iz" + w.substring(i + 2);
      }
      int y = w.lastIndexOf("ys");
      if (y >= 3 && isIseSuffix(w.substring(y + 2)) && w.substring(y + 2).startsWith("e")) {
        return w.substring(0, y) + "yz" + w.substring(y + 2);
      }
    }
    return w;
  }

  private static boolean endsWithAny(String w, Set<String> roots) {
    for (String r : roots) {
      if (w.length() > r.length() + 2 && w.endsWith(r)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIseSuffix(String s) {
    return switch (s) {
      case "e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able", "ably",
          "ability" -> true;
      default -> false;
    };
  }

  // ---- numbers ----

  private static final Map<String, Long> SMALL = new HashMap<>();
  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion",
          1_000_000_000L, "trillion", 1_000_000_000_000L);

  static {
    String[] units = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"
    };
    for (int i = 0; i < units.length; i++) {
      SMALL.put(units[i], (long) i);
    }
    SMALL.put("nil", 0L); // a score's nought: "one-nil" is 1-0
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      SMALL.put(tens[i], 20L + 10L * i);
    }
  }

  /** A number word or a plain numeral, so that number phrases can be joined into one form. */
  static boolean isNumberPart(String norm) {
    return SMALL.containsKey(norm) || SCALES.containsKey(norm) || isNumeral(norm);
  }

  /** "zero" to "nine": the digits a spoken decimal gives after its "point". */
  static boolean isDigitWord(String norm) {
    Long v = SMALL.get(norm);
    return v != null && v < 10;
  }

  /**
   * Whether number word {@code next} can continue a number phrase after {@code prev}. Below a
   * hundred, only a unit after a ten adds up ("twenty-five"); "two-one" is a score and "two,
   * three" a count, each word a figure of its own, as the digits of "2-1" are.
   */
  static boolean mayFollow(String prev, String next) {
    Long p = SMALL.get(prev);
    Long n = SMALL.get(next);
    if (p == null || n == null) {
      return true;
    }
    return p >= 20 && p % 10 == 0 && n >= 1 && n <= 9;
  }

  static boolean isScale(String norm) {
    return SCALES.containsKey(norm);
  }

  static boolean isNumeral(String norm) {
    if (norm.isEmpty()) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != ',' && c != '.') {
        return false;
      }
    }
    return digit && Character.isDigit(norm.charAt(0));
  }

  /**
   * The value of a run of number words and numerals ("four thousand", "4,000", "20 billion") as
   * digits, or null when the run is not a well-formed number ("one" alone stays a word: it is far
   * more often a pronoun than a count).
   */
  static String numberValue(List<String> run) {
    if (run.size() == 1 && !isNumeral(run.get(0))) {
      String w = run.get(0);
      if (w.equals("one") || SCALES.containsKey(w) && !w.equals("hundred")) {
        return null;
      }
      if (w.equals("hundred")) {
        return "100"; // "my first hundred days"
      }
      return Long.toString(SMALL.get(w));
    }
    double total = 0;
    double current = 0;
    boolean any = false;
    StringBuilder decimals = null; // the digits after a spoken "point"
    for (String w : run) {
      if (decimals != null && isDigitWord(w)) {
        decimals.append(SMALL.get(w));
        continue;
      }
      if (decimals != null) {
        current += Double.parseDouble("0." + decimals);
        decimals = null;
      }
      if (w.equals("point")) {
        decimals = new StringBuilder();
        continue;
      }
      if (isNumeral(w)) {
        try {
          current += Double.parseDouble(w.replace(",", ""));
        } catch (NumberFormatException e) {
          return null;
        }
        any = true;
      } else if (SMALL.containsKey(w)) {
        current += SMALL.get(w);
        any = true;
      } else if (w.equals("hundred")) {
        current = (current == 0 ? 1 : current) * 100;
        any = true;
      } else if (SCALES.containsKey(w)) {
        total += (current == 0 ? 1 : current) * SCALES.get(w);
        current = 0;
        any = true;
      } else {
        return null;
      }
    }
    if (decimals != null && !decimals.isEmpty()) {
      current += Double.parseDouble("0." + decimals);
    }
    if (!any) {
      return null;
    }
    double v = total + current;
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  // ---- stems ----

  private static final ThreadLocal<EnglishStemmer> STEMMER =
      ThreadLocal.withInitial(EnglishStemmer::new);
  private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
  private static final int STEM_CACHE_LIMIT = 200_000;

  /** The Snowball (Porter 2) stem: "agreed" and "agree", "borders" and "border" meet here. */
  static String stem(String norm) {
    String s = STEMS.get(norm);
    if (s != null) {
      return s;
    }
    if (!Character.isLetter(norm.charAt(0))) {
      return norm;
    }
    EnglishStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(norm);
    stemmer.stem();
    s = stemmer.getCurrent();
    if (STEMS.size() < STEM_CACHE_LIMIT) {
      STEMS.put(norm, s);
    }
    return s;
  }

  // Every word of every indexed text comes through here; the forms of a word as written are
  // kept, so that most words cost one lookup.
  private static final Map<String, List<String>> FORMS = new ConcurrentHashMap<>();

  /** {@link #forms} of the word as written, lower-cased first. */
  static List<String> formsAsWritten(String raw) {
    List<String> f = FORMS.get(raw);
    if (f == null) {
      f = forms(lower(raw));
      if (FORMS.size() < STEM_CACHE_LIMIT) {
        FORMS.put(raw, f);
      }
    }
    return f;
  }

  static String lower(String raw) {
    return raw.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }
}
