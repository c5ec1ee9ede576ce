package org.quotetrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.attribution.Attribution;

class StackedAttributionsTest {
  private static final String[] NAMES = {"Ada Fenn", "Bo Crane", "Cy Marsh", "Di Lowe", "Ed Strand",
      "Flo Reyes"};

  /** A split of six invented articles, each one quote said by one person. */
  private static List<String> split(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    List<String> docs = new ArrayList<>();
    StringBuilder gold = new StringBuilder();
    for (int i = 0; i < NAMES.length; i++) {
      String quote = "The ferry will run again in spring number " + i;
      String text = "\u201c" + quote + ",\u201d " + NAMES[i] + " said on Friday.\n";
      String doc = "text/a" + i + ".txt";
      Files.writeString(dir.resolve(doc), text, StandardCharsets.UTF_8);
      int source = text.indexOf(NAMES[i]);
      int cue = text.indexOf("said");
      gold.append(String.format("{\"doc\": \"%s\", \"attributions\": [{\"content\": [0, %d],"
          + " \"source\": [%d, %d], \"source_text\": \"%s\", \"cue\": [%d, %d], \"quotes\": [[1, %d]]}]}%n",
          doc, quote.length() + 3, source, source + NAMES[i].length(), NAMES[i], cue, cue + 4,
          quote.length() + 2));
      docs.add(doc);
    }
    Files.writeString(dir.resolve("gold.jsonl"), gold, StandardCharsets.UTF_8);
    return docs;
  }

  @Test
  void everyArticleIsLabelledByAFoldModelAndTheFoldModelsAreKeptForTheNextRun(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("split");
    List<String> docs = split(dir);
    Path cache = tmp.resolve("cache");
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Map<String, List<Attribution>> first = StackedAttributions.outOfFold(dir, docs, 3, 1, 2, cache, log);
    assertEquals(docs.size(), first.size(), "one entry an article");
    try (var files = Files.list(cache)) {
      assertEquals(3, files.count(), "one model a fold");
    }
    Map<String, List<Attribution>> again = StackedAttributions.outOfFold(dir, docs, 3, 1, 2, cache, log);
    assertEquals(first, again, "the kept models label as the trained ones did");
    assertTrue(docs.containsAll(first.keySet()));
  }

  @Test
  void theDealOfFoldsIsThatOfTheCrossValidation() {
    List<Integer> order = QuoteKindTraining.deal(10, 3);
    assertEquals(10, order.size());
    assertEquals(order, QuoteKindTraining.deal(10, 3), "the same seed deals the same way");
    assertTrue(order.containsAll(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)));
  }
}
