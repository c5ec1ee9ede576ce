package org.quotetrace.index;

import java.time.Instant;
import java.util.List;
import org.quotetrace.read.Format;
import org.quotetrace.read.ReadOptions;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/**
 * An invented corpus small enough to read: one energy interview, two outlets that quote it
 * (verbatim, trimmed, with a synonym, with a bracket), a later copy of one of them, an unrelated
 * article on the same topic, and a transcript of another interview.
 */
final class SmallCorpus {
  private SmallCorpus() {}

  static final String INTERVIEW = """
      HOST: Minister, the winter has been hard on households. What is the plan?
      MARIA OLSEN: We will cap the price of heating oil for every household until the end of March. \
      Nobody in this country should have to choose between eating and heating. The cap will be paid \
      for by a levy on the profits of the largest energy companies.
      HOST: The companies say the levy will drive investment away.
      MARIA OLSEN: They said the same thing ten years ago and they are still here. We have spoken to \
      the regulator and the regulator agrees that the levy is fair and lawful.
      """;

  static final String LEDGER = """
      Heating oil prices to be capped until March

      The government will cap the price of heating oil for every household until the end of March, \
      the energy minister said on Tuesday.

      "Nobody in this country should have to choose between eating and heating," Maria Olsen told \
      the programme. She said the cap would be funded by a levy on energy firms.

      "They said the same thing ten years ago and they are still here," Olsen said of the companies.
      """;

  static final String HERALD = """
      Olsen defends windfall levy

      Energy minister Maria Olsen has defended a levy on the largest energy companies.

      "Nobody in this nation should have to choose between eating and heating," Olsen said.

      "We have spoken to the regulator and [the watchdog] agrees that the levy is fair and lawful," \
      she added.
      """;

  static final String HERALD_COPY = """
      Olsen defends windfall levy

      Energy minister Maria Olsen has defended a levy on the largest energy companies.

      "Nobody in this nation should have to choose between eating and heating," Olsen said.

      "The regulator agrees that the levy is fair," she added.
      """;

  static final String UNRELATED = """
      Wind farms wait for grid connections

      Dozens of wind farms are waiting years to be connected to the grid, developers say.

      "We have turbines standing idle on the hills because the cables are not there," said Tomas \
      Berg, who runs a cooperative in the north.

      "It is a question of planning, not of money," he said.
      """;

  static final String OTHER_INTERVIEW = """
      HOST: Mayor, the trams stopped again this morning.
      LENA HOLM: The signalling system is forty years old and it fails in the cold. We are replacing \
      it line by line, and the first line will be finished in the spring.
      """;

  static Document doc(String id, String text, DocumentKind kind, String outlet, String time) {
    Document parsed = Readers.parse(id, text, ReadOptions.DEFAULTS.withKind(kind).withFormat(Format.TEXT));
    return parsed.toBuilder().origin("https://" + outlet + "/" + id).outlet(outlet)
        .published(Instant.parse(time)).build();
  }

  /** Invented words of three to eight random letters, for corpora made of random sentences. */
  static String[] randomWords(java.util.Random random, int count) {
    String[] words = new String[count];
    for (int k = 0; k < count; k++) {
      StringBuilder w = new StringBuilder();
      for (int c = 0, n = 3 + random.nextInt(6); c < n; c++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words[k] = w.toString();
    }
    return words;
  }

  /** A sentence of twelve of {@code words}, capitalised, without its full stop. */
  static String randomSentence(java.util.Random random, String[] words) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < 12; c++) {
      b.append(c == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  static List<Document> all() {
    return List.of(
        doc("interview", INTERVIEW, DocumentKind.TRANSCRIPT, "radio.example", "2026-01-10T08:00:00Z"),
        doc("ledger", LEDGER, DocumentKind.ARTICLE, "ledger.example", "2026-01-10T12:00:00Z"),
        doc("herald", HERALD, DocumentKind.ARTICLE, "herald.example", "2026-01-11T09:00:00Z"),
        doc("herald-copy", HERALD_COPY, DocumentKind.WIRE, "copies.example", "2026-01-12T09:00:00Z"),
        doc("unrelated", UNRELATED, DocumentKind.ARTICLE, "ledger.example", "2026-01-11T10:00:00Z"),
        doc("trams", OTHER_INTERVIEW, DocumentKind.TRANSCRIPT, "radio.example", "2026-01-09T08:00:00Z"));
  }
}
