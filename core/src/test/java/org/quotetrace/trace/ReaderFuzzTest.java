package org.quotetrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.Quote;
import org.quotetrace.quote.QuoteAssertions;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.read.ReadException;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Segmentation;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;
import org.quotetrace.text.Turn;

/**
 * Issue 12: fuzzing in the manner of jsoup's tests. Each seed builds inputs of every format the
 * readers take (text, HTML, SRT, WebVTT, transcripts, broadcast scripts): truncated, nested,
 * binary, random bytes, and random mixes of marks, brackets, tags and control characters. No
 * exception but a one-line {@link ReadException} may escape reading, and none at all the later
 * stages; every span stays inside its text, in order, without overlap; and a seed always gives
 * the same result.
 */
class ReaderFuzzTest {
  private static final String[] PIECES = {
      "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "''", "``", "[", "]", "[[",
      "(", ")", "<", ">", "<p>", "</p>", "<div class=\"share\">", "</div>", "<br>", "<!--", "-->",
      "<script>", "</script>", "&amp;", "&#x2019;", "\u001b[31m", "\u0000", "\u0007", "\r", "\n",
      "\r\n", "\n\n", "\t", "\u00a0", "\u200b", "\uFEFF", "\uD83D\uDE00", "\uD800", "é", " ", " ",
      " ", "said", "he said.", "Maria Lopez", "told reporters", "HOST:", "MARIA LOPEZ:",
      "SOT Maria Lopez, minister:", "Reporter (Arabic):", "[inaudible", "[crosstalk]",
      "00:00:01,000 --> 00:00:02,500", "WEBVTT", "1", "NOTE", "...", "…", "—", "- ", "The", "pier",
      "will", "close", ".", ",", ":", "?"};

  private static final String[] SAMPLES = {
      "Harbour to close\n\nThe harbour will close, the mayor said. “We have no choice,” she told"
          + " reporters. ‘It is [the] end,’ a fisher said.\n\n“It runs on\n\n“and on,” he said.",
      "<html><head><title>Pier</title></head><body><article><h1>Pier shut</h1><p>“The pier is"
          + " unsafe,” said Ana Ruiz.</p><div class=\"share\">Share</div><p>It shuts in May.</p>"
          + "</article></body></html>",
      "1\n00:00:01,000 --> 00:00:03,000\nANA RUIZ: The pier is unsafe.\n\n2\n00:00:03,500 -->"
          + " 00:00:05,000\nWe close it in May.\n",
      "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Ruiz>The pier is unsafe.\n\n"
          + "00:00:03.500 --> 00:00:05.000\nWe close it in May.\n",
      "HOST: Will the pier close?\nANA RUIZ: It will close in May. [inaudible]\nHOST: Why?\n"
          + "ANA RUIZ: “Because it is unsafe,” the engineers said.\n",
      "ANCHOR: The pier closes.\n\nSOT Ana Ruiz, harbour master (Spanish):\n“It is unsafe.\n\n"
          + "“We close it in May.”\n\nREPORTER: Ruiz spoke on Tuesday.\n"};

  private static final String[] NAMES = {"a.txt", "a.html", "a.srt", "a.vtt", "a.txt", "a.txt"};

  @RepeatedTest(100)
  void readersAndLaterStagesNeverThrowAndKeepTheirSpans(RepetitionInfo info) {
    long seed = 0xF022L * info.getCurrentRepetition();
    List<String> first = run(seed);
    assertEquals(first, run(seed), "the same seed must give the same result");
  }

  /** Everything each input gave, as text: compared between two runs of one seed. */
  private static List<String> run(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> results = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      int which = random.nextInt(SAMPLES.length);
      byte[] bytes = input(random, which);
      String name = NAMES[which];
      Document doc;
      try {
        doc = Readers.read(name, bytes, ReadOptions.DEFAULTS);
      } catch (ReadException e) {
        assertTrue(e.getMessage().startsWith(name) && !e.getMessage().contains("\n"),
            () -> "a refusal is one line naming the input: " + e.getMessage());
        results.add("refused: " + e.getMessage());
        continue;
      }
      results.add(check(doc));
    }
    return results;
  }

  private static byte[] input(SplittableRandom random, int which) {
    String sample = SAMPLES[which];
    switch (random.nextInt(6)) {
      case 0 -> {
        byte[] b = new byte[random.nextInt(2_000)];
        for (int i = 0; i < b.length; i++) {
          b[i] = (byte) random.nextInt(256);
        }
        return b;
      }
      case 1 -> {
        byte[] b = sample.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(b, random.nextInt(b.length + 1)); // cut mid-character too
      }
      case 2 -> {
        int depth = 1 + random.nextInt(3_000);
        String open = random.nextBoolean() ? "<div>" : "“[«<b>";
        return (open.repeat(depth) + sample).getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        StringBuilder sb = new StringBuilder(sample);
        int edits = 1 + random.nextInt(200);
        for (int i = 0; i < edits; i++) {
          int at = random.nextInt(sb.length() + 1);
          sb.insert(at, PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString().getBytes(
            random.nextInt(8) == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
      }
    }
  }

  private static String check(Document doc) {
    String text = doc.text();
    StringBuilder out = new StringBuilder(doc.kind() + " " + text.length());
    Span prev = null;
    for (Turn t : doc.turns()) {
      assertInside(t.content(), text, "turn");
      if (prev != null) {
        Span p = prev;
        assertTrue(p.end() <= t.content().start(), () -> "turns " + p + " and " + t + " overlap");
      }
      prev = t.content();
      out.append(" t").append(t.content());
    }
    for (Problem p : doc.problems()) {
      assertTrue(p.offset() <= text.length(), () -> "problem outside the text: " + p);
    }
    Segmentation seg = Segmenter.segment(text);
    assertOrdered(seg.paragraphs(), text, "paragraph");
    assertOrdered(seg.sentences(), text, "sentence");
    assertOrdered(seg.tokens(), text, "token");
    Extraction ex = new QuoteFinder().find(doc);
    QuoteAssertions.assertInvariants(ex);
    for (Quote q : ex.quotes()) {
      out.append(" q").append(q.span()).append(q.kind());
      if (q.speaker() != null) {
        out.append(q.speaker().name());
      }
    }
    Words w = Words.of(text, 0, text.length());
    for (int i = 0; i < w.size; i++) {
      int at = i;
      assertTrue(w.start[i] < w.end[i] && w.end[i] <= text.length(),
          () -> "word " + at + " at " + w.start[at] + "-" + w.end[at] + " leaves the text");
      assertTrue(i == 0 || w.start[i] >= w.start[i - 1], "words go backwards");
    }
    Fingerprints.Stemmed.of(text);
    out.append(" w").append(w.size).append(" p").append(ex.problems().size());
    return out.toString();
  }

  private static void assertInside(Span s, String text, String what) {
    assertTrue(s.start() >= 0 && s.end() <= text.length(),
        () -> what + " " + s + " leaves the text of length " + text.length());
  }

  private static void assertOrdered(List<Span> spans, String text, String what) {
    Span prev = null;
    for (Span s : spans) {
      assertInside(s, text, what);
      if (prev != null) {
        Span p = prev;
        assertTrue(p.end() <= s.start(), () -> what + "s " + p + " and " + s + " overlap");
      }
      prev = s;
    }
  }
}
