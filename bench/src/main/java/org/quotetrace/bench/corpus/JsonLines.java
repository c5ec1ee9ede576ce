package org.quotetrace.bench.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.quotetrace.bench.corpus.Labels.Part;
import org.quotetrace.bench.corpus.Labels.QuoteLabel;

/**
 * The JSON lines of the corpus and labels files, one object per line, written with Jackson's
 * streaming generator: no tree is built, so a document costs only its own text.
 */
final class JsonLines {
  private JsonLines() {}

  /** A document of the corpus as written. */
  record Doc(String id, String url, String outlet, String title, Instant published, String kind,
      String text) {}

  /**
   * The label line of a document.
   *
   * @param role source, quoting, wire or unrelated: the kind field of an unrelated article says
   *     "article", so that a system under test cannot tell it from one that quotes a source
   * @param sources the transcripts it quotes (those of the copied article for a wire copy)
   * @param turns for a transcript, how many turns it has as quotetrace reads it; else null
   * @param speakers for a transcript, the turn labels in order of first appearance
   */
  record DocLabel(String doc, String kind, String role, String format, String outlet,
      Instant published, String topic, List<String> sources, String copyOf, int quotes,
      Integer turns, List<String> speakers) {}

  private static final JsonFactory JSON = new JsonFactory();

  /** A generator that writes one object per line, nothing between them but the line end. */
  static JsonGenerator open(OutputStream out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
    g.setRootValueSeparator(null);
    return g;
  }

  static void document(JsonGenerator g, Doc d) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    g.writeStringField("url", d.url());
    g.writeStringField("outlet", d.outlet());
    g.writeStringField("title", d.title());
    g.writeStringField("published", d.published().toString());
    g.writeStringField("kind", d.kind());
    g.writeStringField("text", d.text());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  static void label(JsonGenerator g, DocLabel d) throws IOException {
    g.writeStartObject();
    g.writeStringField("doc", d.doc());
    g.writeStringField("kind", d.kind());
    g.writeStringField("role", d.role());
    if (d.format() != null) {
      g.writeStringField("format", d.format());
    }
    g.writeStringField("outlet", d.outlet());
    g.writeStringField("published", d.published().toString());
    g.writeStringField("topic", d.topic());
    g.writeArrayFieldStart("sources");
    for (String s : d.sources()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeStringField("copyOf", d.copyOf());
    g.writeNumberField("quotes", d.quotes());
    if (d.turns() != null) {
      g.writeNumberField("turns", d.turns());
      g.writeArrayFieldStart("speakers");
      for (String s : d.speakers()) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeRaw('\n');
  }

  static void label(JsonGenerator g, QuoteLabel q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    g.writeStringField("article", q.article());
    g.writeNumberField("start", q.start());
    g.writeNumberField("end", q.end());
    g.writeStringField("text", q.text());
    g.writeStringField("speaker", q.speaker());
    g.writeArrayFieldStart("edits");
    for (String e : q.edits()) {
      g.writeString(e);
    }
    g.writeEndArray();
    g.writeStringField("source", q.source());
    writeNumberOrNull(g, "sourceStart", q.sourceStart());
    writeNumberOrNull(g, "sourceEnd", q.sourceEnd());
    writeNumberOrNull(g, "turn", q.turn());
    g.writeStringField("cluster", q.cluster());
    g.writeStringField("sourceSpeaker", q.sourceSpeaker());
    if (!q.parts().isEmpty()) {
      g.writeArrayFieldStart("parts");
      for (Part p : q.parts()) {
        g.writeStartObject();
        g.writeNumberField("turn", p.turn());
        g.writeNumberField("sourceStart", p.sourceStart());
        g.writeNumberField("sourceEnd", p.sourceEnd());
        g.writeNumberField("start", p.start());
        g.writeNumberField("end", p.end());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeStringField("copyOf", q.copyOf());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static void writeNumberOrNull(JsonGenerator g, String field, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }
}
