package org.quotetrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.attribution.Attribution;
import org.quotetrace.attribution.Form;
import org.quotetrace.meaning.MiniLmEncoder;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.Span;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedReport;
import org.quotetrace.trace.Tracer;

/**
 * The perturbation harness's reported-speech mode: a real sentence of a campaign speech reported
 * as a journalist would ("Clinton said that she knew we could finish the job"), in ways that keep
 * its meaning (person and tense shifted, condensed, reworded) and ways that change it (negation,
 * figure, antonym, agent and object swapped, a hedge stated as settled, a claim from another
 * speech), traced as reported speech against the speech as a labelled transcript. It reports false
 * acceptance (a changing report judged {@code paraphrase}) per kind and false rejection (a keeping
 * report judged {@code unsupported}) on the tune and report halves of {@link Perturb#halves}.
 *
 * <p>Only the speeches are used: the labelled trace cases' sources include the held-out ones.
 * The attributions are given, not found by the model: what is measured is the judgement of a
 * report, not the finding of it.
 *
 * <p>Arguments: {@code reported [tune|report|both] [CAP]}, or {@code reported polnear [CAP]}: the
 * attributed sentences of the PolNeAR train articles ({@link PolnearSources}), reported, each
 * traced against its article; misses go to {@code bench/target/perturb-reported-polnear-misses.txt}.
 */
public final class PerturbReported {
  private PerturbReported() {}

  /** How a report was made, and whether it changes what was said. */
  enum Kind {
    R_NEGATION(true), R_NUMBER(true), R_ANTONYM(true), R_AGENT_OBJECT(true), R_HEDGE(true),
    R_ELSEWHERE(true), R_SHIFTED(false), R_CONDENSED(false), R_REWORDED(false);

    final boolean changes;

    Kind(boolean changes) {
      this.changes = changes;
    }

    String id() {
      return name().toLowerCase(Locale.ROOT).substring(2);
    }
  }

  record Report(Kind kind, Perturb.Source source, String original, String text) {}

  /** The speaker of a speech file, from its folder: who is reported and by which pronoun. */
  record Who(String label, String surname, boolean female) {
    static Who of(String name) {
      return name.contains("clinton") ? new Who("HILLARY CLINTON", "Clinton", true)
          : new Who("DONALD TRUMP", "Trump", false);
    }
  }

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "both";
    int cap = args.length > 1 ? Integer.parseInt(args[1]) : 250;
    Path shared = SharedData.root();
    Path repo = repoRoot();
    Maker maker = new Maker();
    if (which.equals("polnear")) {
      polnear(shared, repo, maker, cap);
      return;
    }
    Map<Boolean, List<Perturb.Source>> halves = speechHalves(shared, repo);
    if (which.equals("sample")) {
      List<Report> all = maker.make(halves.get(true), cap, 1);
      for (Kind k : Kind.values()) {
        List<Report> rs = all.stream().filter(r -> r.kind() == k).toList();
        System.out.println(k.id() + " " + rs.size());
        for (int i = 0; i < Math.min(4, rs.size()); i++) {
          System.out.println("    - " + rs.get(i).original() + "\n    + " + rs.get(i).text());
        }
      }
      return;
    }
    Path target = repo.resolve("bench/target");
    Files.createDirectories(target);
    Perturb.DiskCache encoder = new Perturb.DiskCache(MiniLmEncoder.load(),
        target.resolve("perturb-vectors.bin"));
    StringBuilder misses = new StringBuilder();
    for (boolean tune : List.of(true, false)) {
      if (tune && which.equals("report") || !tune && which.equals("tune")) {
        continue;
      }
      List<Report> all = maker.make(halves.get(tune), cap, tune ? 1 : 2);
      // -Dperturb.only=elsewhere,agent_object: those kinds alone, the same reports, for a quick
      // look while tuning (the figures to report are those of a whole run).
      String only = System.getProperty("perturb.only");
      if (only != null) {
        Set<String> ids = Set.of(only.split(","));
        all = all.stream().filter(x -> ids.contains(x.kind().id())).toList();
      }
      Map<Kind, int[]> counts = measure(encoder, all, tune ? misses : null);
      print("reported speech, " + (tune ? "tune" : "report") + " half: "
          + halves.get(tune).size() + " speeches", all.size(), counts);
    }
    encoder.save();
    Files.writeString(target.resolve("perturb-reported-misses.txt"), misses.toString());
  }

  /**
   * The reports of the PolNeAR train articles' attributed sentences ({@link PolnearSources}),
   * each traced against its article as published: a set apart from the speeches, tuned on.
   */
  private static void polnear(Path shared, Path repo, Maker maker, int cap) throws Exception {
    List<Perturb.Source> articles = PolnearSources.train(shared);
    List<Report> all = maker.make(articles, cap, 4);
    Path target = repo.resolve("bench/target");
    Files.createDirectories(target);
    Perturb.DiskCache encoder = new Perturb.DiskCache(MiniLmEncoder.load(),
        target.resolve("perturb-vectors.bin"));
    StringBuilder misses = new StringBuilder();
    Map<Kind, int[]> counts = measure(encoder, all, misses);
    print("reported speech, PolNeAR train: " + articles.size() + " articles", all.size(), counts);
    encoder.save();
    Files.writeString(target.resolve("perturb-reported-polnear-misses.txt"), misses.toString());
  }

  private static void print(String label, int reports, Map<Kind, int[]> counts) {
    System.out.printf(Locale.ROOT, "%n== %s, %d reports ==%n", label, reports);
    int keepN = 0;
    int keepWrong = 0;
    for (Kind k : Kind.values()) {
      int[] c = counts.getOrDefault(k, new int[4]);
      if (!k.changes) {
        keepN += c[0];
        keepWrong += c[1];
      }
      System.out.printf(Locale.ROOT, "%-14s %5d %6.1f%%%s%s  (%s)%n", k.id(), c[0],
          c[0] == 0 ? 0 : 100.0 * c[1] / c[0], c[2] > 0 ? " lost " + c[2] : "",
          c[3] > 0 ? " partial " + c[3] : "",
          k.changes ? "false acceptance" : "false rejection");
    }
    System.out.printf(Locale.ROOT, "%-14s %5d %6.1f%%  (false rejection, overall)%n",
        "keeping, all", keepN, keepN == 0 ? 0 : 100.0 * keepWrong / keepN);
  }

  /** Whether the source's sentence {@code i} is a woman's: its PolNeAR pronoun, else the file's. */
  static boolean female(Perturb.Source src, int i) {
    return src.female.isEmpty() ? Who.of(src.name).female() : src.female.get(i);
  }

  /** The speeches of {@link Perturb#halves}, each in its half. */
  static Map<Boolean, List<Perturb.Source>> speechHalves(Path shared, Path repo) throws Exception {
    Map<Boolean, List<Perturb.Source>> out = new LinkedHashMap<>();
    for (Map.Entry<Boolean, List<Perturb.Source>> e : Perturb.halves(shared, repo).entrySet()) {
      List<Perturb.Source> speeches = new ArrayList<>();
      for (Perturb.Source s : e.getValue()) {
        if (s.name.startsWith("eval/speeches/")) {
          speeches.add(s);
        }
      }
      out.put(e.getKey(), speeches);
    }
    return out;
  }

  /**
   * The speech as a transcript: each paragraph under its speaker's label, so that the trace knows
   * whose words they are, as it does in an interview.
   */
  static Document transcript(Perturb.Source src) {
    Who who = Who.of(src.name);
    StringBuilder b = new StringBuilder();
    for (String para : src.doc.text().split("\n")) {
      if (!para.isBlank()) {
        b.append(who.label()).append(": ").append(para.trim()).append("\n\n");
      }
    }
    return Readers.parse(src.name + "#transcript", b.toString(), ReadOptions.DEFAULTS);
  }

  /**
   * Traces the reports of each speech as the reported speech of one article, the attributions
   * given; returns, a kind, {reports, judged wrongly, not traced, judged partial}.
   */
  static Map<Kind, int[]> measure(Perturb.DiskCache encoder, List<Report> all,
      StringBuilder misses) {
    Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
    Map<Perturb.Source, List<Report>> bySource = new LinkedHashMap<>();
    for (Report r : all) {
      bySource.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<Perturb.Source, List<Report>> e : bySource.entrySet()) {
      Perturb.Source src = e.getKey();
      // A PolNeAR article is traced against as published, its speakers found by the extractor,
      // and a report names its speaker by the pronoun the article gives them; a speech is made a
      // transcript of its candidate, named by surname.
      boolean article = !src.female.isEmpty();
      StringBuilder b = new StringBuilder("Reports of a speech\n\n");
      List<Attribution> attributions = new ArrayList<>();
      for (Report r : e.getValue()) {
        String who = article ? (female(src, src.sentences.indexOf(r.original())) ? "She" : "He")
            : Who.of(src.name).surname();
        int s = b.length();
        b.append(who);
        int cue = b.length() + 1;
        b.append(" said that ");
        int c = b.length();
        b.append(r.text());
        attributions.add(new Attribution(new Span(c, b.length()),
            new Span(s, s + who.length()), new Span(cue, cue + 4), Form.INDIRECT));
        b.append(".\n\n");
      }
      String text = b.toString();
      Tracer tracer = new Tracer(() -> encoder).withReportedSpeech(
          t -> t.equals(text) ? attributions : List.of());
      Trace trace = tracer.trace(Document.article("perturb/" + src.name, text),
          List.of(article ? src.doc : transcript(src)));
      Map<Integer, TracedReport> byStart = new java.util.HashMap<>();
      for (TracedReport t : trace.reported()) {
        byStart.put(t.attribution().content().start(), t);
      }
      for (int i = 0; i < attributions.size(); i++) {
        Report r = e.getValue().get(i);
        int[] c = counts.computeIfAbsent(r.kind(), k -> new int[4]);
        c[0]++;
        TracedReport t = byStart.get(attributions.get(i).content().start());
        if (t == null) {
          c[2]++;
          if (!r.kind().changes) {
            c[1]++;
          }
          continue;
        }
        boolean accepted = t.support().equals("paraphrase");
        if (t.traced().verdict() == org.quotetrace.trace.Verdict.PARTIAL) {
          c[3]++; // accepted, with a part no source says: counted apart to be seen
        }
        if (accepted == r.kind().changes) {
          c[1]++;
          if (misses != null) {
            misses.append(r.kind().id()).append('\t').append(t.traced().verdict().id())
                .append('\t').append(t.traced().reasons()).append('\t').append(r.source().name)
                .append("\n  source: ").append(r.original()).append("\n  report: ")
                .append(r.text()).append("\n");
            // Which part of the report each match covers, and how close: what a miss is read by.
            for (org.quotetrace.trace.Match m : t.traced().matches()) {
              misses.append(String.format(Locale.ROOT, "  match %.2f [%s]: %s%n", m.similarity(),
                  m.quotePart().text(text), m.text().replaceAll("\\s+", " ")));
            }
          }
        }
      }
    }
    return counts;
  }

  private static Path repoRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("bench/pom.xml"))) {
        return p;
      }
    }
    return Path.of("").toAbsolutePath();
  }

  /** Makes the reports of every kind from a half's sentences, deterministically. */
  static final class Maker {
    private final PerturbWordNet wordnet = new PerturbWordNet();
    private final Perturb.Variants variants = new Perturb.Variants();

    List<Report> make(List<Perturb.Source> half, int cap, long seed) {
      Map<Kind, List<Report>> byKind = new EnumMap<>(Kind.class);
      for (Perturb.Source src : half) {
        Random r = new Random(src.name.hashCode());
        for (int i = 0; i < src.sentences.size(); i++) {
          boolean female = female(src, i);
          String s = src.sentences.get(i);
          if (!s.endsWith(".") || s.split(" ").length < 7) {
            continue; // a question or an exclamation is not what a report renders
          }
          for (Kind k : Kind.values()) {
            if (k == Kind.R_AGENT_OBJECT) {
              // Every swap of the sentence, one a verb; one draw of the generator, as report().
              boolean backshift = r.nextBoolean();
              for (AgentObjectSwap.Swap swap : AgentObjectSwap.all(s)) {
                String v = swapped(s, swap, female, backshift);
                if (v != null && v.split(" ").length >= 5) {
                  byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(new Report(k, src, s, v));
                }
              }
              continue;
            }
            String v = report(k, half, src, i, s, female, r);
            if (v != null && v.split(" ").length >= 5) {
              byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(new Report(k, src, s, v));
            }
          }
        }
      }
      return Perturb.sample(byKind, Kind.values(), cap, seed);
    }

    String report(Kind k, List<Perturb.Source> half, Perturb.Source src, int i, String s,
        boolean female, Random r) {
      boolean backshift = r.nextBoolean();
      return switch (k) {
        case R_SHIFTED -> {
          // Only a report the shift changed: one that merely drops "And" is the speaker's words.
          String v = shifted(s, female, backshift);
          String plain = s.replaceFirst(LEAD, "").replaceAll("[.!]$", "");
          yield v == null || v.equalsIgnoreCase(plain) ? null : v;
        }
        case R_CONDENSED -> {
          String c = condensed(s);
          yield c == null ? null : shifted(c, female, backshift);
        }
        case R_REWORDED -> {
          String w = variants.reword(s);
          if (w == null) {
            w = wordnet.synonym(s, 0);
            w = w == null ? null : wordnet.synonym(w, 1);
          }
          yield w == null ? null : shifted(w, female, backshift);
        }
        case R_NEGATION -> shifted(Perturb.Variants.negation(s), female, backshift);
        case R_NUMBER -> shifted(Perturb.Variants.number(s), female, backshift);
        case R_ANTONYM -> shifted(wordnet.antonym(s), female, backshift);
        case R_AGENT_OBJECT -> {
          // "He was telling me" swapped is "I was telling him": reported, both are "he was
          // telling him", and the swap is no longer there to find.
          // And a swap of the speaker with a third person of the speaker's sex ("I told him" as
          // "he told me") reports as "he told him" either way: the two cannot be told apart.
          AgentObjectSwap.Swap swap = AgentObjectSwap.find(s);
          yield swap == null ? null : swapped(s, swap, female, backshift);
        }
        case R_HEDGE -> shifted(settled(s), female, backshift);
        case R_ELSEWHERE -> shifted(elsewhere(half, src, s, r), female, backshift);
      };
    }
  }

  /**
   * The report of a sentence with a swap of agent and object, or null when the report cannot
   * tell it from the sentence's own report. A sentence whose own report {@link #shifted} cannot
   * conjugate ("I help them") still gives the swap's ("they help her"): only the speaker's
   * pronouns and the verbs after "I" change in a report, and a swap the report could not tell
   * apart is one of the speaker with a third person of the same sex ({@link #ambiguousReported}).
   */
  static String swapped(String s, AgentObjectSwap.Swap swap, boolean female, boolean backshift) {
    if (ambiguousReported(swap, female)) {
      return null;
    }
    String v = shifted(swap.text(), female, backshift);
    String plain = shifted(s, female, backshift);
    return v == null || plain != null && v.equalsIgnoreCase(plain) ? null : v;
  }

  /**
   * Whether a swap's two phrases are the speaker ("I", "me") and a pronoun a report also uses for
   * the speaker ("he"/"him" for a man, "she"/"her" for a woman).
   */
  static boolean ambiguousReported(AgentObjectSwap.Swap swap, boolean female) {
    Set<String> third = female ? Set.of("she", "her") : Set.of("he", "him");
    String a = swap.subject().toLowerCase(Locale.ROOT);
    String b = swap.object().toLowerCase(Locale.ROOT);
    return a.equals("i") && third.contains(b) || b.equals("me") && third.contains(a);
  }

  private static final String LEAD = "^(And|But|So|Now|Well|Look|Folks|Listen),? ";
  // Pronouns of the speaker, as a report gives them: "I" is "she" or "he".
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['\u2019][A-Za-z]+)?");
  // Verbs after "I" in the present, with their past for a back-shifted report and their third
  // person for one that is not; a sentence with another verb after "I" is left out, since the
  // harness cannot conjugate it.
  private static final Map<String, String[]> VERBS = Map.ofEntries(
      Map.entry("am", new String[] {"was", "is"}), Map.entry("'m", new String[] {"was", "is"}),
      Map.entry("have", new String[] {"had", "has"}),
      Map.entry("'ve", new String[] {"had", "has"}),
      Map.entry("will", new String[] {"would", "will"}),
      Map.entry("'ll", new String[] {"would", "will"}),
      Map.entry("can", new String[] {"could", "can"}),
      Map.entry("know", new String[] {"knew", "knows"}),
      Map.entry("want", new String[] {"wanted", "wants"}),
      Map.entry("think", new String[] {"thought", "thinks"}),
      Map.entry("believe", new String[] {"believed", "believes"}),
      Map.entry("love", new String[] {"loved", "loves"}),
      Map.entry("do", new String[] {"did", "does"}),
      Map.entry("need", new String[] {"needed", "needs"}),
      Map.entry("hope", new String[] {"hoped", "hopes"}),
      Map.entry("feel", new String[] {"felt", "feels"}),
      Map.entry("see", new String[] {"saw", "sees"}),
      Map.entry("understand", new String[] {"understood", "understands"}),
      Map.entry("intend", new String[] {"intended", "intends"}),
      Map.entry("plan", new String[] {"planned", "plans"}),
      Map.entry("support", new String[] {"supported", "supports"}),
      Map.entry("oppose", new String[] {"opposed", "opposes"}),
      Map.entry("promise", new String[] {"promised", "promises"}),
      Map.entry("don't", new String[] {"did not", "does not"}),
      Map.entry("would", new String[] {"would", "would"}),
      Map.entry("could", new String[] {"could", "could"}),
      Map.entry("should", new String[] {"should", "should"}),
      Map.entry("must", new String[] {"must", "must"}),
      Map.entry("was", new String[] {"had been", "was"}),
      Map.entry("had", new String[] {"had", "had"}),
      Map.entry("did", new String[] {"had", "did"}),
      Map.entry("just", new String[] {"just", "just"}),
      Map.entry("also", new String[] {"also", "also"}));
  // The tense of the rest of the sentence, shifted back in a back-shifted report.
  private static final Map<String, String> BACK = Map.of("will", "would", "can", "could",
      "is", "was", "are", "were", "won't", "would not", "can't", "could not",
      "isn't", "was not", "aren't", "were not");

  /**
   * The sentence as indirect speech after "X said that": first person singular made third
   * (I, me, my, myself), the verbs after "I" agreeing, and when {@code backshift}, "will", "can",
   * "is" and "are" shifted back. "We" stays: a report often keeps it for the speaker's side.
   * Null when a verb after "I" is one it cannot conjugate.
   */
  static String shifted(String s, boolean female, boolean backshift) {
    if (s == null) {
      return null;
    }
    String t = s.replaceFirst(LEAD, "");
    t = t.replaceAll("[.!]$", "");
    String he = female ? "she" : "he";
    String him = female ? "her" : "him";
    String his = female ? "her" : "his";
    String self = female ? "herself" : "himself";
    Matcher m = WORD.matcher(t);
    StringBuilder b = new StringBuilder();
    int last = 0;
    boolean afterI = false;
    while (m.find()) {
      String w = m.group();
      String lw = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      String rep = null;
      boolean wasI = false;
      if (w.equals("I")) {
        rep = he;
        wasI = true;
      } else if (lw.startsWith("i'") && w.charAt(0) == 'I') {
        String[] v = VERBS.get(lw.substring(1));
        if (v == null) {
          return null;
        }
        rep = he + " " + (backshift ? v[0] : v[1]);
      } else if (lw.equals("me")) {
        rep = him;
      } else if (lw.equals("my")) {
        rep = his;
      } else if (lw.equals("mine")) {
        rep = female ? "hers" : "his";
      } else if (lw.equals("myself")) {
        rep = self;
      } else if (afterI) {
        String[] v = VERBS.get(lw);
        if (v == null) {
          if (lw.endsWith("ed") || lw.equals("said") || lw.equals("got") || lw.equals("went")
              || lw.equals("made") || lw.equals("told") || lw.equals("came")) {
            rep = null; // a past tense agrees with any person
          } else {
            return null;
          }
        } else {
          rep = backshift ? v[0] : v[1];
          wasI = lw.equals("just") || lw.equals("also");
        }
      } else if (backshift && BACK.containsKey(lw)) {
        rep = BACK.get(lw);
      }
      if (rep != null) {
        b.append(t, last, m.start()).append(rep);
        last = m.end();
      }
      afterI = wasI;
    }
    b.append(t.substring(last));
    String out = b.toString();
    String first = out.split(" ")[0];
    if (FUNCTION_STARTS.contains(first.toLowerCase(Locale.ROOT))) {
      out = Character.toLowerCase(out.charAt(0)) + out.substring(1);
    }
    return out.equals(s) ? null : out;
  }

  private static final Set<String> FUNCTION_STARTS = Set.of("the", "we", "it", "there", "this",
      "that", "our", "these", "those", "they", "you", "a", "an", "every", "all", "if", "when",
      "in", "on", "for", "and", "but", "so", "what", "some", "many", "most", "no", "nobody",
      "not", "one", "today", "tonight", "now", "here", "people", "americans", "families",
      "together", "too", "their", "your", "he", "she", "his", "her");

  // Words a writer leaves out of a summary: they intensify, they do not assert.
  private static final Pattern FILLER = Pattern.compile(
      "\\b(really|very|truly|actually|just|so|deeply|absolutely|totally|incredibly|certainly)"
          + " (?=[a-z])");

  /**
   * The sentence as a writer condenses it: intensifiers left out and a second clause joined by
   * ", and" dropped when the first is a claim of its own (six words or more). Null when nothing
   * was left out.
   */
  static String condensed(String s) {
    String t = FILLER.matcher(s).replaceAll("");
    // Only a second clause with a subject of its own ("…, and we will …"), not the last item of a
    // list ("every man, woman, and child"); not after a condition, which the clause completes.
    Matcher c = SECOND_CLAUSE.matcher(t);
    if (c.find() && t.substring(0, c.start()).split(" ").length >= 6
        && !t.matches("(?i)^(if|when|unless|because|while|although|as)\\b.*")) {
      t = t.substring(0, c.start()) + ".";
    }
    return t.equals(s) ? null : t;
  }

  private static final Pattern SECOND_CLAUSE = Pattern.compile(
      ", (?:and|but) (?:I|we|they|he|she|it|that|this|the|our|you)\\b");

  // A thing left open: "we might", "perhaps", "could", stated as settled in a report.
  private static final Pattern OPEN = Pattern.compile(
      "\\b(might|may|could|maybe|perhaps|possibly|probably)\\b ?");

  /** The sentence with its first hedge made settled ("might" as "will"), or null without one. */
  static String settled(String s) {
    Matcher m = OPEN.matcher(s);
    if (!m.find()) {
      return null;
    }
    String w = m.group(1);
    if (w.equals("might") || w.equals("may") || w.equals("could")) {
      // "we could do more" is settled as "we will do more"; "may be" as "will be".
      return s.substring(0, m.start()) + "will " + s.substring(m.end());
    }
    return s.substring(0, m.start()) + s.substring(m.end());
  }

  /**
   * A claim of the other candidate's speeches in the half that shares at least two long content
   * words with this speech's sentence: the same topic, another statement, which this speech never
   * makes. Not the same candidate's: campaign speeches repeat their lines in other words, and a
   * claim of another of their speeches is often one this speech makes too. Null when none is
   * found in a few tries.
   */
  static String elsewhere(List<Perturb.Source> half, Perturb.Source src, String s, Random r) {
    Set<String> mine = longWords(s);
    for (int tries = 0; tries < 40; tries++) {
      Perturb.Source other = half.get(r.nextInt(half.size()));
      // A PolNeAR article's claim is another article's: its speakers are many.
      if (other == src || other.sentences.isEmpty() || src.female.isEmpty()
          && Who.of(other.name).female() == Who.of(src.name).female()) {
        continue;
      }
      String o = other.sentences.get(r.nextInt(other.sentences.size()));
      if (!o.endsWith(".") || src.sentences.contains(o)) {
        continue;
      }
      Set<String> shared = new HashSet<>(longWords(o));
      shared.retainAll(mine);
      if (shared.size() >= 2 && !saidIn(src, o)) {
        return o;
      }
    }
    return null;
  }

  /**
   * Whether the speech says the claim too, or nearly: campaign speeches repeat their lines, and a
   * line the speech also has is no claim from elsewhere.
   */
  static boolean saidIn(Perturb.Source src, String claim) {
    Set<String> theirs = longWords(claim);
    // An article says more than it attributes: its own sentences count too.
    List<String> said = src.female.isEmpty() ? src.sentences
        : List.of(src.doc.text().split("(?<=[.?!])\\s+|\n"));
    for (String t : said) {
      Set<String> both = new HashSet<>(longWords(t));
      both.retainAll(theirs);
      if (both.size() >= Math.max(2, theirs.size() / 2)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> longWords(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (w.length() >= 5) {
        out.add(w);
      }
    }
    return out;
  }
}
