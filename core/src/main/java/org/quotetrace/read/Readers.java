package org.quotetrace.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;

/**
 * Reads files into {@link Document}s: the facade over every reader. (Placeholder: plain UTF-8 text
 * only, to be replaced by the full readers.)
 */
public final class Readers {
  private Readers() {}

  public static Document read(Path path) throws ReadException {
    return read(path, ReadOptions.DEFAULTS);
  }

  public static Document read(Path path, ReadOptions options) throws ReadException {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      DocumentKind kind = options.kind() == null ? DocumentKind.ARTICLE : options.kind();
      return Document.builder(path.toString(), text).origin(path.toString()).kind(kind).build();
    } catch (IOException e) {
      throw new ReadException(path.toString(), e.getMessage(), e);
    }
  }
}
