package org.quotetrace.bench.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quotetrace.bench.corpus.Labels.Part;
import org.quotetrace.bench.corpus.Labels.QuoteLabel;

/**
 * Streams the corpus files and the labels file as JSON lines, one object per line, so that memory
 * stays flat whatever the corpus size. Documents go to {@code corpus-NNN.jsonl} in order, the
 * first docs/files of them to the first file and so on.
 */
final class CorpusWriter implements Closeable {
  private static final int BUFFER = 1 << 20;

  private final Path dir;
  private final int files;
  private final long docs;
  private final JsonFactory json = new JsonFactory();
  private final List<Path> written = new ArrayList<>();
  private int fileIndex = -1;
  private JsonGenerator corpus;
  private final JsonGenerator labels;

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

  CorpusWriter(Path dir, int files, long docs) throws IOException {
    this.dir = dir;
    this.files = files;
    this.docs = docs;
    Files.createDirectories(dir);
    labels = open(dir.resolve("labels.jsonl"));
  }

  private JsonGenerator open(Path p) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), BUFFER);
    JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8);
    g.setRootValueSeparator(null);
    written.add(p);
    return g;
  }

  /** Writes document number {@code seq} (from 0) to the file it belongs in. */
  void document(long seq, Doc d) throws IOException {
    int want = (int) (seq * files / docs);
    if (want != fileIndex) {
      if (corpus != null) {
        corpus.close();
      }
      fileIndex = want;
      corpus = open(dir.resolve(String.format("corpus-%03d.jsonl", want)));
    }
    JsonGenerator g = corpus;
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

  void label(DocLabel d) throws IOException {
    JsonGenerator g = labels;
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

  void label(QuoteLabel q) throws IOException {
    JsonGenerator g = labels;
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

  /** Bytes written so far to all files; exact once closed. */
  long bytes() throws IOException {
    long n = 0;
    for (Path p : written) {
      n += Files.size(p);
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    try {
      if (corpus != null) {
        corpus.close();
      }
    } finally {
      labels.close();
    }
    // With fewer documents than files some files get none; they are still written, empty.
    for (int i = 0; i < files; i++) {
      Path p = dir.resolve(String.format("corpus-%03d.jsonl", i));
      if (!Files.exists(p)) {
        Files.createFile(p);
      }
    }
  }
}
