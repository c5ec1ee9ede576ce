package org.quotetrace.bench.corpus;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated transcript: its text, and every turn with the offset of every word, so that a quote
 * made from it can say exactly where its words stand.
 */
final class Source {
  /** What kind of event the transcript records. */
  enum Format {
    INTERVIEW, PRESS_CONFERENCE, SPEECH;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    String id() {
      return id;
    }
  }

  /**
   * One turn as the transcript reader sees it: a labelled line, or a paragraph that continues the
   * previous speaker (a speech).
   *
   * @param label the label as written ("ANNA KELLER", "REPORTER"), or null for a continuation
   * @param speaker who speaks, or null for a reporter at a press conference
   * @param host whether the turn is the host's, a moderator's, a chair's or a reporter's
   * @param starts per sentence, the offset of each word in the transcript's text
   * @param quotableFrom the first sentence worth quoting; greetings and thanks before it are not
   * @param quotableTo the end of the sentences worth quoting
   */
  record Turn(int index, String label, Person speaker, boolean host, List<Sentence> sentences,
      int[][] starts, int quotableFrom, int quotableTo) {

    int quotable() {
      return quotableTo - quotableFrom;
    }
  }

  final int seq;
  final String id;
  final Outlet outlet;
  final Instant published;
  final Topic topic;
  final Format format;
  final String place;
  final String title;
  final String text;
  final List<Turn> turns;
  final List<Person> guests;
  /** How often articles quote it, relative to other sources: 1, 2, 4 or 8. */
  final int weight;
  /** Quotable guest turns, and their cumulative weights: a few key turns are quoted most. */
  private final int[] quotableTurns;
  private final int[] cumulative;
  private Set<String> sentenceTexts;

  Source(int seq, String id, Outlet outlet, Instant published, Topic topic, Format format,
      String place, String title, String text, List<Turn> turns, List<Person> guests, int weight,
      SplittableRandom r) {
    this.seq = seq;
    this.id = id;
    this.outlet = outlet;
    this.published = published;
    this.topic = topic;
    this.format = format;
    this.place = place;
    this.title = title;
    this.text = text;
    this.turns = List.copyOf(turns);
    this.guests = List.copyOf(guests);
    this.weight = weight;
    int count = 0;
    for (Turn t : turns) {
      if (!t.host() && t.speaker() != null && t.quotable() > 0) {
        count++;
      }
    }
    if (count == 0) {
      throw new IllegalStateException("source " + id + " has no turn worth quoting");
    }
    quotableTurns = new int[count];
    cumulative = new int[count];
    int k = 0;
    int sum = 0;
    for (Turn t : turns) {
      if (!t.host() && t.speaker() != null && t.quotable() > 0) {
        quotableTurns[k] = t.index();
        // Outlets pick the same striking answers: about one turn in four is a key turn.
        sum += r.nextInt(4) == 0 ? 6 : 1;
        cumulative[k++] = sum;
      }
    }
  }

  /** A guest turn worth quoting, key turns more often. */
  Turn pickTurn(SplittableRandom r) {
    int x = r.nextInt(cumulative[cumulative.length - 1]);
    for (int i = 0; i < cumulative.length; i++) {
      if (x < cumulative[i]) {
        return turns.get(quotableTurns[i]);
      }
    }
    throw new AssertionError();
  }

  /** Whether a sentence with this text is said anywhere in the transcript. */
  boolean says(String sentence) {
    if (sentenceTexts == null) {
      sentenceTexts = new HashSet<>();
      for (Turn t : turns) {
        for (Sentence s : t.sentences()) {
          sentenceTexts.add(s.text());
        }
      }
    }
    return sentenceTexts.contains(sentence);
  }
}
