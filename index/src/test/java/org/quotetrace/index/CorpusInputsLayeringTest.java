package org.quotetrace.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quotetrace.index.apitests.ClassFiles;

/**
 * {@link CorpusReader} picks a reader for each file and the readers report to a {@link FileSink}:
 * the readers of JSON Lines and WARC files never call back into it (issue 14 named the loop), so
 * each can be read, tested and reused (the desk reads a request body) on its own.
 */
class CorpusInputsLayeringTest {
  @Test
  void theJsonLinesAndWarcReadersDoNotNameCorpusReader() throws Exception {
    Path classes = Path.of(CorpusReader.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).resolve("org/quotetrace/index");
    Set<String> named = new TreeSet<>();
    List<Path> readers;
    try (Stream<Path> files = Files.list(classes)) {
      readers = files.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith("JsonLinesInput") || n.startsWith("WarcInput");
      }).toList();
    }
    assertTrue(readers.size() >= 2, "class files of the readers not found in " + classes);
    for (Path f : readers) {
      try (InputStream in = Files.newInputStream(f)) {
        named.addAll(ClassFiles.typesNamedBy(in));
      }
    }
    assertTrue(named.contains(FileSink.class.getName()), named.toString());
    assertFalse(named.stream().anyMatch(n -> n.equals(CorpusReader.class.getName())
        || n.startsWith(CorpusReader.class.getName() + "$")), named.toString());
  }
}
