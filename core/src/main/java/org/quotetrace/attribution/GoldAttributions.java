package org.quotetrace.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Span;

/** Gold attributions of a split folder (gold.jsonl and text/, see eval/FORMAT.md), in UTF-16 spans. */
public final class GoldAttributions {
  private GoldAttributions() {}

  /** One annotated document: its file, its text and its attributions. */
  public record Doc(Path file, String text, List<Attribution> attributions) {}

  /** Reads every document of a split; a line or a span that does not fit its text is an IOException naming both. */
  public static List<Doc> read(Path dir) throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<Doc> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      JsonNode docName = node.get("doc");
      if (docName == null || !docName.isTextual()) {
        throw new IOException(gold + ":" + lineNo + ": no \"doc\" name");
      }
      Path file = dir.resolve(docName.asText());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Offsets offsets = Offsets.of(text);
      int length = text.codePointCount(0, text.length());
      List<Attribution> atts = new ArrayList<>();
      for (JsonNode a : node.path("attributions")) {
        Span content = span(a.get("content"), offsets, length, gold, lineNo);
        if (content == null) {
          continue;
        }
        Span source = span(a.get("source"), offsets, length, gold, lineNo);
        Span cue = span(a.get("cue"), offsets, length, gold, lineNo);
        // Form is not scored, and the gold does not tell direct from mixed: a quote inside makes it direct.
        boolean quoted = a.path("quotes").size() > 0;
        atts.add(new Attribution(content, source, cue, quoted ? Form.DIRECT : Form.INDIRECT));
      }
      out.add(new Doc(file, text, List.copyOf(atts)));
    }
    return out;
  }

  private static Span span(JsonNode n, Offsets offsets, int length, Path gold, int lineNo) throws IOException {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isArray() || n.size() != 2) {
      throw new IOException(gold + ":" + lineNo + ": span " + n + " is not [start, end]");
    }
    int start = n.get(0).asInt();
    int end = n.get(1).asInt();
    if (start < 0 || end < start || end > length) {
      throw new IOException(gold + ":" + lineNo + ": span [" + start + ", " + end + "] leaves the text of "
          + length + " code points");
    }
    return offsets.toUtf16(new Span(start, end));
  }
}
