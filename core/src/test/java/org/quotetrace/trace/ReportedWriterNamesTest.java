package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Span;

/**
 * Reports that name who the speaker called "they" or "we" ({@link WriterNames}) and that close
 * on the writer's aside about a name ({@link Reported#withoutNamedAside}), over an invented
 * rowing final: the presenter names the other crew, the captain says "they" and "we".
 */
class ReportedWriterNamesTest {
  private static final String INTERVIEW = """
      PRESENTER: Castlebrook have now won the Marlow Trophy four years running. Were you \
      surprised by their start?

      ELENA VOSKUIJLEN: Not really. They went off much quicker than us and we never got back \
      into it. They were the stronger crew, and we have to learn from it. I still think we had \
      the faster boat.

      PRESENTER: Castlebrook's coach says your crew is too young.

      ELENA VOSKUIJLEN: He is welcome to his opinion. Two of our rowers are nineteen, and they \
      were the best in the boat today.
      """;

  private static TracedReport report(String speaker, String content) {
    return TraceAssertions.reportOf(speaker, "said", content, "final.txt", INTERVIEW);
  }

  private static void assertParaphraseOf(TracedReport r, String sourceWords) {
    assertEquals(Verdict.PARAPHRASE, r.traced().verdict(), r.traced().toString());
    assertTrue(r.traced().matches().stream().anyMatch(m -> m.text().contains(sourceWords)),
        r.traced().matches().toString());
  }

  @Test
  void aSideNamedWhereTheSpeakerSaidTheyIsFoundInHerTheySentence() {
    // The presenter's sentences name Castlebrook; hers say "they" and "we". As written, the
    // first report scores 0.34 with her sentence, read as "they … us" 0.73.
    assertParaphraseOf(report("Voskuijlen", "Castlebrook had gone off much quicker than her crew"
        + " and her crew had never got back into the race"), "much quicker than us");
    assertParaphraseOf(report("Voskuijlen", "Castlebrook had been the stronger crew and her team"
        + " had to learn from the defeat"), "stronger crew");
  }

  @Test
  void aNamedSideDoesNotTurnAnotherClaimAboutItIntoHers() {
    // Read as "they had complained about the umpire", it is still nothing she said.
    TracedReport r = report("Voskuijlen", "Castlebrook had complained to the umpire about the"
        + " start");
    assertEquals(Verdict.UNSUPPORTED, r.traced().verdict(), r.traced().toString());
  }

  @Test
  void namesAreReadAsThePronounsTheyStandFor() {
    String text = "She said Castlebrook's coach had told Dorrin Vale that her team and the"
        + " Marlow Trophy crews rowed in May.\n";
    Words w = Words.of(text, 0, text.length()).asReported();
    int from = text.indexOf("Castlebrook");
    int[] toks = IntStream.range(0, w.size).filter(k -> w.start[k] >= from).toArray();
    Unit u = new Unit(0, new Span(from, text.length() - 2), toks, Voice.UNKNOWN);
    List<String> read = new ArrayList<>();
    for (WriterNames.Name n : WriterNames.of(w, u).names()) {
      read.add(text.substring(w.start[n.from()], w.end[n.to() - 1]) + "=" + n.pronoun());
    }
    // An owner is "their", an object "them", the speaker's own side "we"; a name that only
    // qualifies a noun goes, and a month is a time, no pronoun.
    assertEquals(List.of("Castlebrook's=their", "Dorrin Vale=them", "her team=we", "Marlow Trophy="),
        read);
  }

  @Test
  void theWritersAsideOnANameClosingAReportIsLeftOut() {
    String text = "She said they had lost to Castlebrook, who won the race in record time.\n";
    Words w = Words.of(text, 0, text.length()).asReported();
    int from = text.indexOf("they");
    int[] toks = IntStream.range(0, w.size).filter(k -> w.start[k] >= from).toArray();
    Unit u = new Unit(0, new Span(from, text.length() - 2), toks, Voice.UNKNOWN);
    Unit kept = Reported.withoutNamedAside(text, w, u);
    assertEquals("they had lost to Castlebrook", kept.span().text(text));
    // In the first person the aside is the speaker's: "who we beat twice".
    String own = "She said they had lost to Castlebrook, who we beat twice last year.\n";
    Words ow = Words.of(own, 0, own.length()).asReported();
    int[] otoks = IntStream.range(0, ow.size).filter(k -> ow.start[k] >= from).toArray();
    Unit whole = new Unit(0, new Span(from, own.length() - 2), otoks, Voice.UNKNOWN);
    assertSame(whole, Reported.withoutNamedAside(own, ow, whole));
    // A common noun's relative clause is part of the claim: "the referee, who was near".
    String common = "She said they had to trust the referee, who was five yards away.\n";
    Words cw = Words.of(common, 0, common.length()).asReported();
    int[] ctoks = IntStream.range(0, cw.size).filter(k -> cw.start[k] >= from).toArray();
    Unit c = new Unit(0, new Span(from, common.length() - 2), ctoks, Voice.UNKNOWN);
    assertSame(c, Reported.withoutNamedAside(common, cw, c));
  }
}
