package org.quotetrace.bench.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.quotetrace.bench.corpus.Topic.Verb;

/**
 * Fills templates with words. Numbers, places and topic words are drawn per slot, so that two
 * sentences from the same template rarely agree in all of them and a quote has one right place in
 * its source rather than many look-alikes. Not thread-safe: it reuses its buffers.
 */
final class Filler {
  /**
   * What a sentence is about and who says it.
   *
   * @param place the document's own place, which most {place} slots repeat, as news does
   * @param quote words for a headline's quote slot, or null
   */
  record Scene(Topic topic, Person speaker, Person other, String place, String outlet, String show,
      String quote) {}

  /** Slots whose words are names or figures: they keep their form inside a sentence. */
  private static final java.util.Set<Slot> PROPER = java.util.EnumSet.of(Slot.PLACE, Slot.PLACE2,
      Slot.NAME, Slot.SURNAME, Slot.OTHER, Slot.COMPANY, Slot.OUTLET, Slot.SHOW, Slot.MONTH,
      Slot.DAY, Slot.YEAR, Slot.YEAR0, Slot.NUM, Slot.NUM2, Slot.BIG, Slot.PCT, Slot.MONEY,
      Slot.QUOTE);

  private final Vocabulary v;
  private final Words[] openers;
  private final Words[] gadjs;
  private final Words[] times;
  private final Words[] periods;
  private final Words[] agos;
  private final Words[] months;
  private final Words[] days;
  private final Words[] regions;
  private final Words[] weeks;
  private final Template[] events;
  private final Template[] codas;

  private String[] words = new String[64];
  private String[] tails = new String[64];
  private Pos[] tags = new Pos[64];
  private int n;
  /** Whether the first word names something ("Carrow", "March") and keeps its capital. */
  private boolean properFirst;
  /** Whether an "a" or "an" was written, which may need to agree with the next word. */
  private boolean article;

  Filler(Vocabulary v) {
    this.v = v;
    openers = v.words("opener");
    gadjs = v.words("gadj");
    times = v.words("time");
    periods = v.words("period");
    agos = v.words("ago");
    months = v.words("month");
    days = v.words("day");
    regions = v.words("region");
    weeks = v.words("weeks");
    events = v.templates("event");
    codas = v.templates("coda");
  }

  Sentence fill(Template t, Scene s, SplittableRandom r) {
    n = 0;
    article = false;
    append(t, s, r);
    return finish();
  }

  /** One of several templates, drawn at random. */
  Sentence fill(Template[] from, Scene s, SplittableRandom r) {
    return fill(from[r.nextInt(from.length)], s, r);
  }

  /**
   * One of several templates that the document has not used yet, or if the draws keep hitting
   * used ones, any: a transcript that says "We need … in the fields" four times reads as made.
   */
  Sentence fill(Template[] from, Scene s, SplittableRandom r, java.util.Set<Template> used) {
    Template t = fresh(from, r, used);
    return fill(t != null ? t : from[r.nextInt(from.length)], s, r);
  }

  /** A template not in {@code used} (and now in it), or null after a few draws. */
  static Template fresh(Template[] from, SplittableRandom r, java.util.Set<Template> used) {
    for (int tries = 0; tries < 6; tries++) {
      Template t = from[r.nextInt(from.length)];
      if (used.add(t)) {
        return t;
      }
    }
    return null;
  }

  private void append(Template t, Scene s, SplittableRandom r) {
    for (int i = 0; i < t.slots.length; i++) {
      Template[] choice = t.choices[i];
      Slot slot = t.slots[i];
      int first = n;
      if (choice != null) {
        append(choice[r.nextInt(choice.length)], s, r);
      } else if (slot != null) {
        if (first == 0) {
          properFirst = PROPER.contains(slot);
        }
        slot(slot, s, r);
        if (!t.words[i].isEmpty()) {
          words[first] = t.words[i] + words[first];
        }
        if (t.capital[i]) {
          words[first] = capitalise(words[first]);
        }
      } else if (!t.words[i].isEmpty()) {
        if (first == 0) {
          properFirst = false;
        }
        add(t.words[i], Pos.NONE);
      }
      // An empty alternative, or punctuation that opens one ("[, and fast / ]"), leaves the
      // punctuation to the word before.
      if (!t.tails[i].isEmpty() && n > 0) {
        tails[n - 1] = tails[n - 1] + t.tails[i];
      }
    }
  }

  private void slot(Slot slot, Scene s, SplittableRandom r) {
    Topic t = s.topic();
    switch (slot) {
      case NOUN -> {
        Words w = pick(t.nouns, r);
        add(w, w.single() ? Pos.NOUN : Pos.NONE);
      }
      case NOUNS -> {
        Words w = pick(t.nounPlurals, r);
        add(w, w.single() ? Pos.NOUNS : Pos.NONE);
      }
      case GROUP -> {
        Words w = pick(t.groups, r);
        add(w, w.single() ? Pos.NOUNS : Pos.NONE);
      }
      case UNIT -> {
        Words w = pick(t.units, r);
        add(w, w.single() ? Pos.NOUNS : Pos.NONE);
      }
      case ORG -> add(pick(t.orgs, r), Pos.NONE);
      case ADJ -> {
        Words w = pick(t.adjs, r);
        add(w, w.single() ? Pos.ADJ : Pos.NONE);
      }
      case GADJ -> {
        Words w = pick(gadjs, r);
        add(w, w.single() ? Pos.ADJ : Pos.NONE);
      }
      case PROBLEM -> add(pick(t.problems, r), Pos.NONE);
      case VERB -> add(verb(t, r).base(), Pos.VERB);
      case VERBS -> add(verb(t, r).third(), Pos.NONE);
      case VERBED -> add(verb(t, r).past(), Pos.NONE);
      case VERBEN -> add(verb(t, r).participle(), Pos.NONE);
      case NUM -> add(Integer.toString(3 + r.nextInt(93)), Pos.NONE);
      case NUM2 -> add(Integer.toString(2 + r.nextInt(11)), Pos.NONE);
      case BIG -> add(thousands(1200 + 100 * r.nextInt(950)), Pos.NONE);
      case PCT -> {
        add(Integer.toString(3 + r.nextInt(66)), Pos.NONE);
        add("per", Pos.NONE);
        add("cent", Pos.NONE);
      }
      case MONEY -> {
        if (r.nextInt(3) == 0) {
          add((1 + r.nextInt(9)) + "." + (1 + r.nextInt(9)), Pos.NONE);
          add("billion", Pos.NONE);
        } else {
          add(Integer.toString(2 + r.nextInt(899)), Pos.NONE);
          add("million", Pos.NONE);
        }
        add("euros", Pos.NONE);
      }
      case YEAR -> add(Integer.toString(2027 + r.nextInt(9)), Pos.NONE);
      case YEAR0 -> add(Integer.toString(2009 + r.nextInt(16)), Pos.NONE);
      case TIME -> add(pick(times, r), Pos.NONE);
      case PERIOD -> add(pick(periods, r), Pos.NONE);
      case AGO -> add(pick(agos, r), Pos.NONE);
      case MONTH -> add(pick(months, r), Pos.NONE);
      case DAY -> add(pick(days, r), Pos.NONE);
      case REGION -> add(pick(regions, r), Pos.NONE);
      case WEEKS -> add(pick(weeks, r), Pos.NONE);
      case PLACE -> add(s.place() != null && r.nextInt(3) != 0 ? s.place() : place(r), Pos.NONE);
      case PLACE2 -> {
        String p = place(r);
        add(p.equals(s.place()) ? place(r) : p, Pos.NONE);
      }
      case OPENER -> add(pick(openers, r), Pos.NONE);
      case MYORG -> addPhrase(s.speaker().ref());
      case NAME -> addPhrase(s.speaker().name());
      case SURNAME -> add(s.speaker().last(), Pos.NONE);
      case ROLE -> addPhrase(s.speaker().role());
      case PRON -> add(s.speaker().pronoun(), Pos.NONE);
      case OTHER -> addPhrase(s.other().name());
      case OTHERROLE -> addPhrase(s.other().role());
      case COMPANY -> addPhrase(place(r) + " " + t.companies[r.nextInt(t.companies.length)]);
      case OUTLET -> addPhrase(s.outlet());
      case SHOW -> {
        if (s.show() != null) {
          addPhrase(s.show());
        } else {
          add(pick(v.words("show"), r), Pos.NONE);
        }
      }
      case EVENT -> append(events[r.nextInt(events.length)], s, r);
      case CODA -> append(codas[r.nextInt(codas.length)], s, r);
      case TOPIC -> add(t.name, Pos.NONE);
      case QUOTE -> addPhrase(s.quote());
    }
  }

  private Verb verb(Topic t, SplittableRandom r) {
    // Mostly the topic's own verbs; general ones ("review", "protect") keep it from sounding listed.
    return r.nextInt(10) < 7 ? t.verbs[r.nextInt(t.verbs.length)]
        : v.generalVerbs[r.nextInt(v.generalVerbs.length)];
  }

  String place(SplittableRandom r) {
    return v.places[r.nextInt(v.places.length)];
  }

  private static Words pick(Words[] from, SplittableRandom r) {
    return from[r.nextInt(from.length)];
  }

  private void add(Words w, Pos pos) {
    for (int i = 0; i < w.words().length; i++) {
      add(w.words()[i], pos);
      tails[n - 1] = w.tails()[i];
    }
  }

  private void addPhrase(String text) {
    int start = 0;
    while (true) {
      int sp = text.indexOf(' ', start);
      add(sp < 0 ? text.substring(start) : text.substring(start, sp), Pos.NONE);
      if (sp < 0) {
        return;
      }
      start = sp + 1;
    }
  }

  private void add(String word, Pos pos) {
    if (n == words.length) {
      words = Arrays.copyOf(words, n * 2);
      tails = Arrays.copyOf(tails, n * 2);
      tags = Arrays.copyOf(tags, n * 2);
    }
    words[n] = word;
    tails[n] = "";
    tags[n] = pos;
    n++;
    article |= word.length() <= 2 && (word.charAt(0) == 'a' || word.charAt(0) == 'A');
  }

  private Sentence finish() {
    String[] w = Arrays.copyOf(words, n);
    String[] t = Arrays.copyOf(tails, n);
    Pos[] g = Arrays.copyOf(tags, n);
    if (article) {
      fixArticles(w, t);
    }
    // Templates start with a capital; inside a sentence ("Keller said this is ...") the first
    // word is small unless it names something or is "I".
    boolean proper = properFirst || w[0].equals("I") || w[0].startsWith("I'");
    w[0] = capitalise(w[0]);
    return new Sentence(w, t, g, proper);
  }

  /** "a" before a vowel sound is "an", here and after any rewording of the next word. */
  static void fixArticles(String[] w, String[] t) {
    for (int i = 0; i + 1 < w.length; i++) {
      String a = w[i];
      boolean lower = a.equals("a") || a.equals("an");
      boolean upper = a.equals("A") || a.equals("An");
      if ((lower || upper) && t[i].isEmpty()) {
        String art = vowelSound(w[i + 1]) ? "an" : "a";
        w[i] = upper ? capitalise(art) : art;
      }
    }
  }

  static boolean vowelSound(String next) {
    int i = next.startsWith("[") ? 1 : 0;
    if (next.length() <= i) {
      return false;
    }
    for (String p : CONSONANT_SOUNDS) {
      if (next.regionMatches(true, i, p, 0, p.length())) {
        return false;
      }
    }
    for (String p : VOWEL_SOUNDS) {
      if (next.regionMatches(true, i, p, 0, p.length())) {
        return true;
      }
    }
    return "aeiouAEIOU".indexOf(next.charAt(i)) >= 0;
  }

  /** "a university", "a one-off"; "an hour", "an honest". */
  private static final String[] CONSONANT_SOUNDS = {"uni", "use", "usu", "eu", "one"};
  private static final String[] VOWEL_SOUNDS = {"hour", "honest"};

  /** The word with a capital, after any opening bracket: "[the ministry]" is "[The ministry]". */
  static String capitalise(String w) {
    int i = w.startsWith("[") ? 1 : 0;
    if (w.length() <= i || !Character.isLowerCase(w.charAt(i))) {
      return w;
    }
    return w.substring(0, i) + Character.toUpperCase(w.charAt(i)) + w.substring(i + 1);
  }

  /** 12400 as "12,400", the way the English-language press writes it. */
  static String thousands(int x) {
    if (x < 1000) {
      return Integer.toString(x);
    }
    int low = x % 1000;
    return (x / 1000) + (low < 10 ? ",00" : low < 100 ? ",0" : ",") + low;
  }
}
