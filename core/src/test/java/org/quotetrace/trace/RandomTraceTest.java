package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

/**
 * Generated article/source pairs: a transcript of an interview, and an article that quotes it
 * word for word, with a word changed or dropped, with a sentence it made up, or credits the host's
 * words to the guest. Whatever the mix, every trace keeps its spans inside the texts and a verdict
 * that agrees with the support found (issue 14). The seed is in the test's name: a failure is
 * replayed by its repetition.
 */
class RandomTraceTest {
  private static final String[] SUBJECTS = {"the council", "our crews", "the ferry", "the county",
      "the new pier", "the harbour board", "the islanders", "the winter timetable"};
  private static final String[] VERBS = {"will repair", "has funded", "cannot afford", "must reopen",
      "will inspect", "plans to extend", "has delayed", "agreed to cover"};
  private static final String[] OBJECTS = {"the old slipway", "two new boats", "the night service",
      "every landing stage", "the fuel depot", "the school crossing", "the northern quay",
      "the lifeboat station"};
  private static final String[] WHEN = {"before March", "this winter", "within a year",
      "by the autumn", "next week", "after the storms"};
  private static final String[] GUESTS = {"EDDA LINDQVIST", "TOMAS BERG", "MARIT HOLM",
      "ANDERS VIK"};
  // Words no generated source holds: a sentence of them is made up.
  private static final String[] INVENTED = {"Parliament", "abolished", "pension", "reforms",
      "quietly", "yesterday", "railway", "tariffs", "denied", "rumours"};

  private final QuoteFinder finder = new QuoteFinder();

  @RepeatedTest(40)
  void generatedPairsKeepTheirSpansAndAVerdictThatAgreesWithTheSupport(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(0x5eed_0000L + info.getCurrentRepetition());
    String guest = GUESTS[r.nextInt(GUESTS.length)];
    String name = title(guest);
    StringBuilder source = new StringBuilder("Harbour news, recorded on Tuesday.\n\n");
    List<String> said = new ArrayList<>();
    List<String> asked = new ArrayList<>();
    int turns = 3 + r.nextInt(4);
    for (int t = 0; t < turns; t++) {
      String question = sentence(r).replace(".", "?");
      asked.add(question);
      source.append("HOST: ").append(question).append('\n');
      StringBuilder answer = new StringBuilder();
      for (int s = 0, n = 1 + r.nextInt(3); s < n; s++) {
        String one = sentence(r);
        said.add(one);
        answer.append(s == 0 ? "" : " ").append(one);
      }
      source.append(guest).append(": ").append(answer).append('\n');
    }
    StringBuilder article = new StringBuilder("Harbour plans\n\n");
    List<Kind> kinds = new ArrayList<>();
    for (int q = 0, n = 2 + r.nextInt(4); q < n; q++) {
      Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
      String words = switch (kind) {
        case COPIED -> said.get(r.nextInt(said.size()));
        case WORD_CHANGED -> changeWord(said.get(r.nextInt(said.size())), r);
        case WORD_DROPPED -> dropWord(said.get(r.nextInt(said.size())), r);
        case MADE_UP -> invented(r);
        case HOSTS_WORDS -> asked.get(r.nextInt(asked.size())).replace("?", ".");
      };
      kinds.add(kind);
      article.append("Officials met on Monday. \"").append(words.replaceAll("\\.$", ","))
          .append("\" ").append(name).append(" said.\n\n");
    }
    Document a = TraceAssertions.doc("article", article.toString());
    Document s = TraceAssertions.doc("source", source.toString());
    Tracer tracer = info.getCurrentRepetition() % 8 == 0 ? TraceAssertions.tracer()
        : Tracer.lexical();

    Trace t = tracer.trace(a, List.of(s));

    String context = "seed " + info.getCurrentRepetition() + ", " + kinds + "\n" + article
        + "\n" + source;
    TraceAssertions.assertInvariants(t);
    assertEquals(t, tracer.trace(finder.find(a), List.of(finder.find(s))),
        "quotes found once trace as quotes found again: " + context);
    for (TracedQuote q : t.quotes()) {
      assertVerdictAgreesWithSupport(q, context);
    }
    assertEquals(kinds.size(), t.quotes().size(), context);
    for (int i = 0; i < kinds.size(); i++) {
      TracedQuote q = t.quotes().get(i);
      switch (kinds.get(i)) {
        case COPIED -> {
          assertEquals(Verdict.VERBATIM, q.verdict(), context);
          assertFalse(q.has(Flag.SPEAKER_MISMATCH), context);
        }
        case MADE_UP -> assertEquals(Verdict.UNSUPPORTED, q.verdict(), context);
        default -> { }
      }
    }
  }

  private static void assertVerdictAgreesWithSupport(TracedQuote q, String context) {
    EnumSet<Support> supports = EnumSet.noneOf(Support.class);
    q.matches().forEach(m -> supports.add(m.support()));
    String what = q + "\n" + context;
    switch (q.verdict()) {
      case VERBATIM -> {
        assertEquals(EnumSet.of(Support.VERBATIM), supports, what);
        assertTrue(q.unsupported().isEmpty(), what);
        assertTrue(EnumSet.of(Flag.SPEAKER_MISMATCH).containsAll(q.flags()), what);
        assertEquals(Math.max(0, 1 - Judge.FLAG_COST * q.flags().size()), q.fidelity(), 1e-9,
            what);
      }
      case EDITED -> {
        assertFalse(supports.contains(Support.PARAPHRASE), what);
        assertTrue(q.unsupported().isEmpty(), what);
      }
      case PARAPHRASE -> {
        assertTrue(supports.contains(Support.PARAPHRASE), what);
        assertTrue(q.unsupported().isEmpty(), what);
      }
      case PARTIAL -> {
        assertFalse(q.unsupported().isEmpty(), what);
        assertFalse(q.matches().isEmpty(), what);
      }
      case UNSUPPORTED -> {
        assertTrue(q.flags().isEmpty(), what);
        assertTrue(q.edits().isEmpty(), what);
      }
    }
    for (Edit e : q.edits()) {
      switch (e.op()) {
        case INSERT -> assertTrue(e.sourceSpan().isEmpty() && !e.article().isEmpty(), what);
        case DELETE -> assertTrue(e.article().isEmpty() && !e.sourceSpan().isEmpty(), what);
        case REPLACE -> assertTrue(!e.article().isEmpty() && !e.sourceSpan().isEmpty(), what);
      }
    }
  }

  private enum Kind { COPIED, WORD_CHANGED, WORD_DROPPED, MADE_UP, HOSTS_WORDS }

  private static String sentence(SplittableRandom r) {
    String s = pick(SUBJECTS, r) + " " + pick(VERBS, r) + " " + pick(OBJECTS, r) + " "
        + pick(WHEN, r) + ".";
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String changeWord(String s, SplittableRandom r) {
    String[] w = s.split(" ");
    int i = 1 + r.nextInt(w.length - 2);
    w[i] = "very";
    return String.join(" ", w);
  }

  private static String dropWord(String s, SplittableRandom r) {
    List<String> w = new ArrayList<>(List.of(s.split(" ")));
    w.remove(1 + r.nextInt(w.size() - 2));
    return String.join(" ", w);
  }

  private static String invented(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      b.append(i == 0 ? "" : " ").append(pick(INVENTED, r));
    }
    return b.append('.').toString();
  }

  private static String title(String upper) {
    StringBuilder b = new StringBuilder();
    for (String part : upper.split(" ")) {
      b.append(b.isEmpty() ? "" : " ").append(part.charAt(0)).append(part.substring(1).toLowerCase());
    }
    return b.toString();
  }

  private static String pick(String[] xs, SplittableRandom r) {
    return xs[r.nextInt(xs.length)];
  }
}
