package org.quotetrace.bench.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.quotetrace.bench.corpus.Filler.Scene;
import org.quotetrace.bench.corpus.Source.Format;
import org.quotetrace.bench.corpus.Source.Turn;

/**
 * Writes transcripts: interviews (a host and one or two guests), press conferences (a moderator,
 * officials and reporters) and speeches (a chair, then one speaker over several paragraphs). Turns
 * are {@code NAME: words} lines set off by blank lines, the layout that quotetrace's transcript
 * reader expects; a speech's later paragraphs carry no label and continue its speaker.
 */
final class Transcripts {
  private final Vocabulary v;
  private final Filler filler;
  private final Cast cast;

  /** The transcript being written. */
  private StringBuilder sb;
  private List<Turn> turns;
  private Set<String> said;
  /** Templates this transcript has used; null when no transcript is being written. */
  private Set<Template> used;

  Transcripts(Vocabulary v, Filler filler, Cast cast) {
    this.v = v;
    this.filler = filler;
    this.cast = cast;
  }

  Source make(int seq, String id, Instant published, SplittableRandom r) {
    Topic topic = v.topics[r.nextInt(v.topics.length)];
    String place = filler.place(r);
    int kind = r.nextInt(100);
    Format format = kind < 60 ? Format.INTERVIEW : kind < 85 ? Format.PRESS_CONFERENCE : Format.SPEECH;
    // 2 to 6 KB, most near 3.5 KB.
    int target = 2000 + (int) (4000 * (r.nextDouble() + r.nextDouble()) / 2);
    sb = new StringBuilder(target + 600);
    turns = new ArrayList<>();
    said = new HashSet<>();
    used = new HashSet<>();
    List<Person> guests = new ArrayList<>();
    Person first = cast.speaker(topic, r);
    guests.add(first);
    Outlet outlet;
    String title;
    switch (format) {
      case INTERVIEW -> {
        outlet = cast.broadcaster(r);
        if (r.nextInt(4) == 0) {
          guests.add(cast.other(topic, first, r));
        }
        String show = v.words("show")[r.nextInt(v.words("show").length)].text();
        interview(topic, place, outlet, show, guests, target, r);
        title = r.nextBoolean() ? show + ": " + first.name() + " on " + topic.name
            : "Interview: " + first.name() + ", " + first.role();
      }
      case PRESS_CONFERENCE -> {
        outlet = cast.office(r);
        int officials = 1 + r.nextInt(3);
        for (int i = 1; i < officials; i++) {
          guests.add(cast.other(topic, first, r));
        }
        press(topic, place, outlet, guests, target, r);
        title = "Press conference: " + first.name() + " on " + topic.name + " in " + place;
      }
      default -> {
        outlet = r.nextBoolean() ? cast.office(r) : cast.broadcaster(r);
        speech(topic, place, outlet, first, target, r);
        title = "Speech by " + first.name() + ", " + first.role();
      }
    }
    int w = r.nextInt(100);
    int weight = w < 50 ? 1 : w < 80 ? 2 : w < 95 ? 4 : 8;
    Source s = new Source(seq, id, outlet, published, topic, format, place, title, sb.toString(),
        turns, guests, weight, r);
    sb = null;
    turns = null;
    said = null;
    used = null;
    return s;
  }

  private void interview(Topic topic, String place, Outlet outlet, String show, List<Person> guests,
      int target, SplittableRandom r) {
    Person host = cast.journalist(r, null);
    Person g0 = guests.get(0);
    Person g1 = guests.size() > 1 ? guests.get(1) : null;
    Scene intro = new Scene(topic, g0, g1 == null ? g0 : g1, place, outlet.name(), show, null);
    turn(host, true, List.of(filler.fill(v.templates(g1 == null ? "intro" : "intro2"), intro, r)), 1);
    turn(g0, false, List.of(filler.fill(v.templates("reply"), scene(topic, g0, place, outlet), r)), 1);
    Person last = g0;
    while (sb.length() < target - 350) {
      Person g = g1 == null ? g0 : r.nextInt(3) == 0 ? last : (last == g0 ? g1 : g0);
      List<Sentence> q = new ArrayList<>();
      if (r.nextInt(4) == 0) {
        q.add(filler.fill(v.templates("interjection"), scene(topic, g, place, outlet), r, used));
      }
      q.add(question(topic, g, place, outlet, r));
      turn(host, true, q, 0);
      turn(g, false, answer(topic, g, place, outlet, 2 + r.nextInt(4), r), 0);
      // Hosts cut in; the guest goes on in a turn of their own.
      if (r.nextInt(6) == 0) {
        Sentence cut = filler.fill(v.templates("interjection"), scene(topic, g, place, outlet), r, used);
        turn(host, true, List.of(cut), 0);
        turn(g, false, answer(topic, g, place, outlet, 1 + r.nextInt(3), r), 0);
      }
      last = g;
    }
    turn(host, true, List.of(filler.fill(v.templates("outro"), scene(topic, g0, place, outlet), r)), 1);
    turn(last, false, List.of(filler.fill(v.templates("closing"), scene(topic, last, place, outlet), r)), 1);
  }

  private void press(Topic topic, String place, Outlet outlet, List<Person> officials, int target,
      SplittableRandom r) {
    Person moderator = cast.journalist(r, null);
    Person main = officials.get(0);
    turn(moderator, true, List.of(line("pressintro", topic, main, place, outlet, r)), 1);
    turn(main, false, answer(topic, main, place, outlet, 4 + r.nextInt(4), r), 0);
    for (int i = 1; i < officials.size(); i++) {
      turn(officials.get(i), false, answer(topic, officials.get(i), place, outlet, 2 + r.nextInt(3), r), 0);
    }
    while (sb.length() < target - 300) {
      Person who = officials.get(r.nextInt(10) < 7 ? 0 : r.nextInt(officials.size()));
      List<Sentence> q = new ArrayList<>();
      Sentence opening = filler.fill(v.templates("reporter"), scene(topic, who, place, outlet), r);
      q.add(opening);
      Sentence question = question(topic, who, place, outlet, r);
      // "Minister, how ..." goes on as one sentence.
      q.add(opening.tails()[opening.size() - 1].endsWith(",") ? question.lowered() : question);
      turn("REPORTER", null, true, q, 0);
      turn(who, false, answer(topic, who, place, outlet, 2 + r.nextInt(3), r), 0);
    }
    turn(moderator, true, List.of(line("pressclose", topic, main, place, outlet, r)), 1);
  }

  private void speech(Topic topic, String place, Outlet outlet, Person speaker, int target,
      SplittableRandom r) {
    Person chair = cast.journalist(r, null);
    turn(chair, true, List.of(line("chairintro", topic, speaker, place, outlet, r)), 1);
    List<Sentence> opening = new ArrayList<>();
    opening.add(filler.fill(v.templates("speechopen"), scene(topic, speaker, place, outlet), r));
    opening.addAll(answer(topic, speaker, place, outlet, 2 + r.nextInt(2), r));
    turn(speaker.label(), speaker, false, opening, 1, opening.size());
    while (sb.length() < target - 400) {
      turn(null, speaker, false, answer(topic, speaker, place, outlet, 3 + r.nextInt(3), r), 0,
          Integer.MAX_VALUE);
    }
    List<Sentence> last = new ArrayList<>(answer(topic, speaker, place, outlet, 2, r));
    last.add(filler.fill(v.templates("speechclose"), scene(topic, speaker, place, outlet), r));
    turn(null, speaker, false, last, 0, last.size() - 1);
  }

  private Sentence question(Topic topic, Person guest, String place, Outlet outlet, SplittableRandom r) {
    Template[] from = r.nextInt(10) < 3 ? topic.questions : v.templates("question");
    return filler.fill(from, scene(topic, guest, place, outlet), r, used);
  }

  /** Statements of a speaker; none repeats another of the same transcript. */
  List<Sentence> answer(Topic topic, Person p, String place, Outlet outlet, int count,
      SplittableRandom r) {
    List<Sentence> out = new ArrayList<>(count);
    Scene s = scene(topic, p, place, outlet);
    for (int i = 0; i < count; i++) {
      Sentence x = null;
      for (int tries = 0; tries < 4; tries++) {
        x = statement(topic, s, r);
        if (said == null || said.add(x.text())) {
          break;
        }
      }
      out.add(x);
    }
    return out;
  }

  /**
   * One first-person statement: a topic template a quarter of the time, and in a transcript one it
   * has not used yet while there are some. A regular speaks about one topic in hundreds of
   * statements, so a bigger share would have them repeat the few topic templates near word for word.
   */
  Sentence statement(Topic topic, Scene s, SplittableRandom r) {
    Template[] from = r.nextInt(100) < 25 ? topic.speech : v.templates("speech");
    if (used == null) {
      return filler.fill(from, s, r);
    }
    Template t = Filler.fresh(from, r, used);
    if (t == null && from == topic.speech) {
      t = Filler.fresh(v.templates("speech"), r, used);
    }
    return t != null ? filler.fill(t, s, r) : filler.fill(from, s, r);
  }

  /** A greeting, a thanks or a question opener of the kind {@code key} of phrases.txt. */
  private Sentence line(String key, Topic topic, Person p, String place, Outlet outlet,
      SplittableRandom r) {
    return filler.fill(v.templates(key), scene(topic, p, place, outlet), r);
  }

  private static Scene scene(Topic topic, Person p, String place, Outlet outlet) {
    return new Scene(topic, p, p, place, outlet.name(), null, null);
  }

  /** A labelled turn whose first {@code skip} sentences are greetings, not worth quoting. */
  private void turn(Person p, boolean host, List<Sentence> sentences, int skip) {
    turn(p.label(), p, host, sentences, skip, sentences.size());
  }

  private void turn(String label, Person p, boolean host, List<Sentence> sentences, int skip) {
    turn(label, p, host, sentences, skip, sentences.size());
  }

  private void turn(String label, Person p, boolean host, List<Sentence> sentences, int from, int to) {
    if (!turns.isEmpty()) {
      sb.append("\n\n");
    }
    if (label != null) {
      sb.append(label).append(": ");
    }
    int[][] starts = new int[sentences.size()][];
    for (int k = 0; k < sentences.size(); k++) {
      if (k > 0) {
        sb.append(' ');
      }
      Sentence s = sentences.get(k);
      int[] st = new int[s.size()];
      for (int i = 0; i < s.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        st[i] = sb.length();
        sb.append(s.words()[i]).append(s.tails()[i]);
      }
      starts[k] = st;
    }
    int end = Math.min(to, sentences.size());
    turns.add(new Turn(turns.size(), label, p, host, List.copyOf(sentences), starts,
        Math.min(from, end), end));
  }
}
