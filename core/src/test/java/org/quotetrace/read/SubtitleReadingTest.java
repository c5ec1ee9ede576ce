package org.quotetrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrace.read.ReadAssertions.allWords;
import static org.quotetrace.read.ReadAssertions.assertWellFormed;
import static org.quotetrace.read.ReadAssertions.label;
import static org.quotetrace.read.ReadAssertions.speakers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.text.Problem;

class SubtitleReadingTest {
  @TempDir Path dir;

  private Path fixture(String name) throws IOException {
    try (InputStream in = SubtitleReadingTest.class.getResourceAsStream("/read/" + name)) {
      Path p = dir.resolve(name);
      Files.copy(in, p);
      return p;
    }
  }

  @Test
  void srtCuesOfOneSpeakerFormAParagraphAndNamePrefixesGiveTurns() throws Exception {
    Document doc = assertWellFormed(Readers.read(fixture("council.srt")));

    assertEquals(
        "HOST: Welcome back to the evening programme. Tonight we talk about the harbour.\n\n"
            + "ILSE VARGA: Thank you for having me. The wall must be rebuilt.",
        doc.text());
    assertEquals(DocumentKind.TRANSCRIPT, doc.kind());
    assertEquals(List.of("HOST", "ILSE VARGA"), speakers(doc));
    assertEquals("HOST", label(doc, 0));
    assertEquals(
        List.of(
            "Welcome back to the evening programme. Tonight we talk about the harbour.",
            "Thank you for having me. The wall must be rebuilt."),
        allWords(doc));
  }

  @Test
  void aMalformedCueTimingIsAProblemAndItsTextIsKept() throws Exception {
    Document doc = assertWellFormed(Readers.read(fixture("council.srt")));

    assertEquals(1, doc.problems().size());
    Problem p = doc.problems().get(0);
    assertEquals(doc.text().indexOf("The wall must"), p.offset());
    assertEquals("line 15: bad cue timing '00:00:09,100 --> 00:00:1x,000'; text kept", p.message());
  }

  @Test
  void vttVoiceTagsNameTheSpeakersAndDialogueDashesChangeThem() throws Exception {
    Document doc = assertWellFormed(Readers.read(fixture("council.vtt")));

    assertEquals(
        "We voted for the wall. It was close & fair.\n\nSeven to six!\n\nWas it fair?\n\nIt was the law.",
        doc.text());
    // The dashed question is someone's the captions do not name; the answer, the speaker's before.
    assertEquals(List.of("Ilse Varga", "Tomas Brenn", "", "Tomas Brenn"), speakers(doc));
    assertEquals(
        List.of("We voted for the wall. It was close & fair.", "Seven to six!", "Was it fair?",
            "It was the law."), allWords(doc));
    assertNull(doc.turns().get(0).label(), "a voice tag is not part of the text");
    assertTrue(doc.problems().isEmpty(), () -> doc.problems().toString());
  }

  @Test
  void subtitlesWithoutAnySpeakerAreATranscriptWithoutTurns() throws Exception {
    String srt =
        "1\n00:00:01,000 --> 00:00:02,000\nThe tide is high.\n\n"
            + "2\n00:00:02,500 --> 00:00:04,000\nThe boats stay in.\n";

    Document doc = assertWellFormed(Readers.read("clip-9", srt.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS));

    assertEquals("The tide is high. The boats stay in.", doc.text());
    assertEquals(DocumentKind.TRANSCRIPT, doc.kind());
    assertTrue(doc.turns().isEmpty());
  }

  @Test
  void aLongPauseAfterASentenceStartsANewParagraphOfTheSameSpeaker() {
    String vtt =
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ilse Varga>We voted.\n\n"
            + "00:09.000 --> 00:10.000\nThen we went home.\n";

    Document doc = assertWellFormed(Readers.parse("v", vtt, ReadOptions.DEFAULTS));

    assertEquals("We voted.\n\nThen we went home.", doc.text());
    assertEquals(List.of("Ilse Varga", "Ilse Varga"), speakers(doc));
  }
}
