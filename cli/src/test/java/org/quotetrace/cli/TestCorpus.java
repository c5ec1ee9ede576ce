package org.quotetrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * Writes a JSON Lines corpus of invented interviews and articles quoting them, big enough that
 * indexing it takes a while: for tests that stop an index run midway.
 */
final class TestCorpus {
  private TestCorpus() {}

  private static final String[] NAMES = {"Ada Brook", "Piotr Lind", "Mira Castell", "Jon Okafor",
      "Rosa Tamm", "Ivo Sandberg", "Lucia Varga", "Tom Reyes"};
  private static final String[] SUBJECTS = {"The council", "Our ministry", "The new plan",
      "This budget", "The rail company", "Every school", "The harbour authority", "Our party"};
  private static final String[] VERBS = {"will fund", "must protect", "cannot ignore",
      "has delayed", "should review", "is expanding", "will not cut", "promised to rebuild"};
  private static final String[] OBJECTS = {"the night buses", "the flood defences",
      "the village clinics", "the bridge repairs", "the teachers' pay", "the ferry timetable",
      "the housing grants", "the water pipes"};
  private static final String[] TAILS = {"before the winter", "in every district",
      "within two years", "without a new tax", "as we promised", "despite the cost",
      "for the next decade", "starting in March"};

  static String sentence(Random r) {
    return SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " "
        + OBJECTS[r.nextInt(OBJECTS.length)] + " " + TAILS[r.nextInt(TAILS.length)]
        + " and number " + r.nextInt(1_000_000) + " counts.";
  }

  /** Writes {@code count} documents, every tenth an interview the next nine quote. */
  static void write(Path file, int count, long seed) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Random r = new Random(seed);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    String[] said = new String[4];
    String speaker = NAMES[0];
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        ObjectNode n = json.createObjectNode();
        n.put("id", "doc-" + i);
        n.put("url", "https://news.example/" + i);
        n.put("outlet", i % 10 == 0 ? "radio.example" : "paper" + (i % 3) + ".example");
        n.put("published", t.plusSeconds(60L * i).toString());
        StringBuilder text = new StringBuilder();
        if (i % 10 == 0) {
          speaker = NAMES[r.nextInt(NAMES.length)];
          n.put("kind", "transcript");
          for (int k = 0; k < said.length; k++) {
            said[k] = sentence(r) + " " + sentence(r);
            text.append("HOST: ").append(sentence(r).replace('.', '?')).append('\n');
            text.append(speaker.toUpperCase()).append(": ").append(said[k]).append('\n');
          }
        } else {
          n.put("kind", "article");
          n.put("title", "Report " + i);
          text.append(sentence(r)).append("\n\n");
          for (int k = 0; k < 3; k++) {
            text.append('"').append(said[r.nextInt(said.length)]).append("\" ")
                .append(speaker).append(" said.\n\n").append(sentence(r)).append("\n\n");
          }
        }
        n.put("text", text.toString());
        w.write(json.writeValueAsString(n));
        w.write('\n');
      }
    }
  }
}
