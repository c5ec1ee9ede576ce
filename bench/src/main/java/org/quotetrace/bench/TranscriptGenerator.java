package org.quotetrace.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic council-meeting transcript of about the asked number of words, and articles that
 * quote it with a realistic mix: word for word, trimmed with an ellipsis, lightly edited,
 * reworded, and invented. Every sentence is built from slots (who, what, where, when, how many),
 * so sentences differ in their content words and numbers and a quote has one right place in the
 * transcript, not many look-alikes. All names and places are invented.
 */
final class TranscriptGenerator {
  /** How an article quote was made from the transcript. */
  enum Kind { VERBATIM, TRIMMED, EDITED, PARAPHRASED, INVENTED }

  /** One article quote: its text, how it was made, and who said the words. */
  record ArticleQuote(String text, Kind kind, String speaker) {}

  /** A transcript sentence: its family, slot values and speaker, so it can be reworded. */
  record Sentence(int family, int s, int v, int o, int p, int t, int a, int u, int n, int m,
      int m2, String speaker, int turn) {}

  // Each slot: the transcript's word and a synonym for rewording.
  private static final String[][] AGENCIES = {{"council", "local authority"},
      {"ministry", "department"}, {"regulator", "watchdog"}, {"board", "governing body"},
      {"contractor", "builder"}, {"union", "workers' union"}, {"harbour trust", "port trust"},
      {"health service", "NHS trust"}};
  // base, past participle, synonym base, synonym participle
  private static final String[][] VERBS = {{"repair", "repaired", "fix", "fixed"},
      {"replace", "replaced", "renew", "renewed"}, {"close", "closed", "shut", "shut"},
      {"reopen", "reopened", "open again", "opened again"},
      {"fund", "funded", "pay for", "paid for"}, {"inspect", "inspected", "examine", "examined"},
      {"expand", "expanded", "enlarge", "enlarged"},
      {"protect", "protected", "safeguard", "safeguarded"},
      {"rebuild", "rebuilt", "reconstruct", "reconstructed"},
      {"review", "reviewed", "reassess", "reassessed"},
      {"upgrade", "upgraded", "improve", "improved"}, {"sell", "sold", "dispose of", "disposed of"}};
  private static final String[][] OBJECTS = {{"bridge", "crossing"}, {"harbour", "port"},
      {"school", "academy"}, {"clinic", "surgery"}, {"library", "archive"},
      {"embankment", "levee"}, {"depot", "yard"}, {"market", "bazaar"}, {"ferry", "boat"},
      {"hospital", "infirmary"}, {"station", "terminal"}, {"pool", "lido"}, {"road", "highway"},
      {"museum", "gallery"}, {"pier", "jetty"}, {"reservoir", "dam"}, {"bypass", "ring road"},
      {"care home", "nursing home"}};
  private static final String[] PLACES = {"Carrow", "Brannock", "Dunmore", "Kellis", "Ardglen",
      "Fenwick", "Hollin Bay", "Marrow Point", "Ostley", "Pellan", "Quarry End", "Rathmore",
      "Selby Cross", "Tarn Hill", "Upton Vale", "Westmere", "Coldharbour", "Eskdale", "Graymouth",
      "Lowther"};
  private static final String[][] TIMES = {{"next spring", "in the spring"},
      {"before the winter", "ahead of the winter"}, {"within two years", "inside two years"},
      {"by the end of March", "before March is out"}, {"this summer", "over the summer"},
      {"after the election", "once the election is over"}, {"next year", "in twelve months"},
      {"before Christmas", "ahead of the holidays"}, {"this autumn", "in the autumn"},
      {"by 2030", "before the end of the decade"}};
  private static final String[][] ADJECTIVES = {{"unsafe", "dangerous"},
      {"too expensive", "far too costly"}, {"long overdue", "badly delayed"},
      {"essential", "vital"}, {"a mistake", "an error"}, {"in a terrible state", "falling apart"},
      {"badly managed", "poorly run"}, {"far too small", "much too cramped"}};
  private static final String[][] UNITS = {{"families", "households"}, {"workers", "employees"},
      {"homes", "houses"}, {"pupils", "children"}, {"passengers", "travellers"},
      {"patients", "people"}, {"businesses", "firms"}, {"volunteers", "helpers"}};
  private static final String[] SPEAKERS = {"ELENA VOSS", "TOMAS REYES", "PRIYA NAIR",
      "OWEN MARSH"};
  private static final String[] OPENERS = {"Frankly, ", "To be honest, ", "Look, ",
      "As I have said, ", "Let me be clear: ", "In short, ", "Put simply, ", "Again, ",
      "I would say ", "The fact is "};

  final List<Sentence> sentences = new ArrayList<>();
  final String text;
  final int words;
  private final Set<String> sourceSentences = new HashSet<>();

  /** A transcript of at least {@code targetWords} words, the same for the same seed. */
  TranscriptGenerator(long seed, int targetWords) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int count = 0;
    int turn = 0;
    while (count < targetWords) {
      // A moderator's question, then an answer of three to six sentences.
      Sentence q = random(r, "MODERATOR", turn);
      String question = String.format(Locale.ROOT, "What happens to the %s in %s %s?",
          OBJECTS[q.o()][0], PLACES[q.p()], TIMES[q.t()][0]);
      sb.append("MODERATOR: ").append(question).append("\n\n");
      count += 1 + question.split(" ").length;
      turn++;
      String speaker = SPEAKERS[r.nextInt(SPEAKERS.length)];
      sb.append(speaker).append(":");
      count += speaker.split(" ").length;
      int n = 3 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        Sentence s;
        String said;
        do {
          s = random(r, speaker, turn);
          said = source(s);
        } while (!sourceSentences.add(said));
        sentences.add(s);
        sb.append(' ').append(said);
        count += said.split(" ").length;
      }
      sb.append("\n\n");
      turn++;
    }
    text = sb.toString();
    words = count;
  }

  private static Sentence random(Random r, String speaker, int turn) {
    int m = 2 + r.nextInt(90);
    return new Sentence(r.nextInt(10), r.nextInt(AGENCIES.length), r.nextInt(VERBS.length),
        r.nextInt(OBJECTS.length), r.nextInt(PLACES.length), r.nextInt(TIMES.length),
        r.nextInt(ADJECTIVES.length), r.nextInt(UNITS.length), 2 + r.nextInt(900), m,
        m + 1 + r.nextInt(40), speaker, turn);
  }

  /** The sentence as said in the transcript. */
  static String source(Sentence x) {
    return render(x, false, -1);
  }

  /** The same statement reworded: other structure, synonyms for every slot that has one. */
  static String paraphrase(Sentence x) {
    return render(x, true, -1);
  }

  /** The transcript sentence with one slot's word swapped for its synonym. */
  static String edited(Sentence x, int slot) {
    return render(x, false, slot);
  }

  private static String render(Sentence x, boolean reword, int swap) {
    String s = AGENCIES[x.s()][reword || swap == 0 ? 1 : 0];
    String v = VERBS[x.v()][0];
    String o = OBJECTS[x.o()][reword || swap == 1 ? 1 : 0];
    String p = PLACES[x.p()];
    String t = TIMES[x.t()][reword || swap == 2 ? 1 : 0];
    String a = ADJECTIVES[x.a()][reword || swap == 3 ? 1 : 0];
    String u = UNITS[x.u()][reword || swap == 4 ? 1 : 0];
    String vs = VERBS[x.v()][2];
    String vp = VERBS[x.v()][1];
    String vsp = VERBS[x.v()][3];
    int n = x.n();
    if (!reword) {
      return switch (x.family()) {
        case 0 -> cap("The %s will %s the %s in %s %s.", s, v, o, p, t);
        case 1 -> cap("We have asked the %s to %s the %s in %s for %d %s %s.", s, v, o, p, n, u, t);
        case 2 -> cap("I think the %s in %s is %s, and the %s knows it.", o, p, a, s);
        case 3 -> cap("Nobody in %s wants the %s to %s the %s %s.", p, s, v, o, t);
        case 4 -> cap("The %s told us that %d %s in %s depend on the %s.", s, n, u, p, o);
        case 5 -> cap("If the %s in %s is not %s %s, %d %s will have to leave.", o, p, vp, t, n, u);
        case 6 -> cap("Our budget for the %s in %s is %d million pounds this year and %d million"
            + " next year.", o, p, x.m(), x.m2());
        case 7 -> cap("My view is that the %s has ignored the %s in %s for %d years.", s, o, p,
            2 + n % 30);
        case 8 -> cap("The %s in %s served %d %s last year, which is more than ever.", o, p, n, u);
        default -> cap("We will not %s the %s in %s until the %s agrees to pay.", v, o, p, s);
      };
    }
    return switch (x.family()) {
      case 0 -> cap("%s, the %s in %s is going to be %s by the %s.", t, o, p, vsp, s);
      case 1 -> cap("The %s has been asked by us to %s %s's %s %s, for the sake of %d %s.", s, vs,
          p, o, t, n, u);
      case 2 -> cap("In my view %s's %s is %s, and the %s is well aware of that.", p, o, a, s);
      case 3 -> cap("No one living in %s would like to see the %s %s the %s %s.", p, s, vs, o, t);
      case 4 -> cap("According to the %s, there are %d %s in %s who rely on the %s.", s, n, u, p, o);
      case 5 -> cap("Unless the %s in %s gets %s %s, %d %s would be forced to go.", o, p, vsp, t, n,
          u);
      case 6 -> cap("This year we are spending %d million pounds on %s's %s, and next year it"
          + " will be %d million.", x.m(), p, o, x.m2());
      case 7 -> cap("I believe %s's %s has been neglected by the %s for %d years.", p, o, s,
          2 + n % 30);
      case 8 -> cap("Last year a record %d %s used the %s in %s.", n, u, o, p);
      default -> cap("Until the %s commits to paying, the %s in %s will not be %s.", s, o, p, vsp);
    };
  }

  private static String cap(String f, Object... args) {
    String s = String.format(Locale.ROOT, f, args);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The article's name for a transcript speaker: "ELENA VOSS" is "Elena Voss". */
  static String name(String label) {
    StringBuilder sb = new StringBuilder();
    for (String w : label.split(" ")) {
      sb.append(sb.length() == 0 ? "" : " ").append(w.charAt(0))
          .append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /**
   * An article with {@code total} quotes in the proportions 12:8:8:8:4 (verbatim, trimmed,
   * edited, paraphrased, invented). Reworded and invented quotes are never among {@code seen},
   * and are added to it, so an article built with the same set never repeats one.
   */
  Article article(long seed, int total, Set<String> seen) {
    Random r = new Random(seed);
    List<ArticleQuote> quotes = new ArrayList<>();
    int[] mix = {12, 8, 8, 8, 4};
    int sum = 40;
    Kind[] kinds = Kind.values();
    for (int k = 0; k < kinds.length; k++) {
      int want = Math.max(1, Math.round((float) total * mix[k] / sum));
      for (int i = 0; i < want && quotes.size() < total; i++) {
        quotes.add(make(kinds[k], r, seen));
      }
    }
    while (quotes.size() < total) {
      quotes.add(make(Kind.VERBATIM, r, seen));
    }
    java.util.Collections.shuffle(quotes, r);
    StringBuilder sb = new StringBuilder("Council meeting: the spending round in full\n\n");
    Set<String> introduced = new HashSet<>();
    for (int i = 0; i < quotes.size(); i++) {
      ArticleQuote q = quotes.get(i);
      String body = q.text();
      if (body.endsWith(".")) {
        body = body.substring(0, body.length() - 1) + ",";
      }
      String who = name(q.speaker());
      if (introduced.add(who)) {
        sb.append("“").append(body).append("” said ").append(who).append(" at the meeting.");
      } else {
        sb.append("“").append(body).append("” ").append(who.substring(who.indexOf(' ') + 1))
            .append(" said.");
      }
      sb.append(i % 5 == 4 ? "\n\nThe meeting went on for three hours.\n\n" : "\n\n");
    }
    return new Article(sb.toString(), quotes);
  }

  /** An article's text and the quotes it was built from, in the order made. */
  record Article(String text, List<ArticleQuote> quotes) {}

  /**
   * The paraphrase itself, or with one or two openers before it, whichever is not yet in {@code
   * seen} (and now is), or null. One opener alone gave each transcript sentence eleven forms, so a
   * benchmark that asks for a new article at every invocation ran out of unseen paraphrases after a
   * few hundred articles and then drew forever; two give it a hundred and eleven.
   */
  private static String fresh(String paraphrase, Random r, Set<String> seen) {
    if (seen.add(paraphrase)) {
      return paraphrase;
    }
    String lower = lowerFirst(paraphrase);
    for (int tries = 0; tries < 40; tries++) {
      String first = OPENERS[r.nextInt(OPENERS.length)];
      String s = tries < 10 ? first + lower
          : first + lowerFirst(OPENERS[r.nextInt(OPENERS.length)]) + lower;
      if (seen.add(s)) {
        return s;
      }
    }
    return null;
  }

  private static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private ArticleQuote make(Kind kind, Random r, Set<String> seen) {
    while (true) {
      int i = r.nextInt(sentences.size());
      Sentence x = sentences.get(i);
      switch (kind) {
        case VERBATIM -> {
          String s = source(x);
          if (r.nextBoolean() && i + 1 < sentences.size() && sentences.get(i + 1).turn() == x.turn()) {
            s = s + " " + source(sentences.get(i + 1));
          }
          return new ArticleQuote(s, kind, x.speaker());
        }
        case TRIMMED -> {
          String[] w = source(x).split(" ");
          if (w.length < 11) {
            continue;
          }
          String s = String.join(" ", java.util.Arrays.copyOfRange(w, 0, 4)) + " … "
              + String.join(" ", java.util.Arrays.copyOfRange(w, w.length - 4, w.length));
          return new ArticleQuote(s, kind, x.speaker());
        }
        case EDITED -> {
          String s = edited(x, 1);
          return new ArticleQuote(s, kind, x.speaker());
        }
        case PARAPHRASED -> {
          String s = fresh(paraphrase(x), r, seen);
          if (s == null) {
            continue;
          }
          return new ArticleQuote(s, kind, x.speaker());
        }
        default -> {
          Sentence y = random(r, x.speaker(), -1);
          String s = source(y);
          if (sourceSentences.contains(s) || !seen.add(s)) {
            continue;
          }
          return new ArticleQuote(s, kind, x.speaker());
        }
      }
    }
  }
}
