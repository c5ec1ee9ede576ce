package org.quotetrace.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every attribution in a text, direct or reported, with a sequence model that labels each
 * token as part of a source, a cue or a content, then joins the labelled spans.
 *
 * <pre>{@code
 * AttributionFinder finder = AttributionFinder.shipped();
 * for (Attribution a : finder.find(text)) { ... }
 * }</pre>
 *
 * <p>Thread-safe: the model is read-only once loaded.
 */
public final class AttributionFinder {
  /** The trained model in this module's jar; other modules get it by {@link #shipped}. */
  private static final String RESOURCE = "/org/quotetrace/attribution/attributions.model";

  private static volatile AttributionFinder shipped;

  final SequenceModel model;

  AttributionFinder(SequenceModel model) {
    this.model = model;
  }

  /** The model that ships in the jar, loaded once. */
  public static AttributionFinder shipped() {
    AttributionFinder f = shipped;
    if (f == null) {
      synchronized (AttributionFinder.class) {
        f = shipped;
        if (f == null) {
          try (InputStream in = AttributionFinder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("no attribution model on the class path at " + RESOURCE);
            }
            f = new AttributionFinder(SequenceModel.read(in, RESOURCE));
          } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
          }
          shipped = f;
        }
      }
    }
    return f;
  }

  /** Loads a model written by {@link #write}. */
  public static AttributionFinder load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new AttributionFinder(SequenceModel.read(in, file.toString()));
    }
  }

  public void write(OutputStream out) throws IOException {
    model.write(out);
  }

  /** The attributions of a text, in text order of their content; spans are UTF-16 indices. */
  public List<Attribution> find(String text) {
    List<Attribution> out = new ArrayList<>();
    for (Paragraph p : Paragraph.of(text)) {
      int[] labels = model.label(p);
      out.addAll(Assembler.assemble(p, labels));
    }
    return out;
  }
}
