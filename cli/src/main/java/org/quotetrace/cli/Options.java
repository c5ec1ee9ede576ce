package org.quotetrace.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options several commands share, as picocli mixins: declared once, described once. */
final class Options {
  private Options() {}

  /** What a report is written as. */
  enum Format {
    JSON, JSONL, TEXT, HTML;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * {@code --debug}: stack traces on errors. {@link Main} looks for it among the arguments before
   * picocli parses them, so that a failure in parsing is covered too; declaring it here lets
   * every command accept it and list it in its help.
   */
  static final class Debug {
    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;
  }

  /** {@code --out FILE}: where a report goes, written whole or not at all. */
  static final class Out {
    @Option(names = "--out", paramLabel = "FILE",
        description = "Write the report here instead of to standard output.")
    Path out;
  }

  /** {@code --format json|text|html}, json by default: trace and sources. */
  static final class JsonTextHtml {
    @Option(names = "--format", defaultValue = "json", converter = JsonTextHtmlFormats.class,
        description = "json (default), text or html.")
    Format format;
  }

  /** {@code --format text|json}, text by default: search and variants. */
  static final class TextJson {
    @Option(names = "--format", defaultValue = "text", converter = TextJsonFormats.class,
        description = "text (default) or json.")
    Format format;
  }

  /** {@code --format jsonl|text}, jsonl by default: quotes. */
  static final class JsonlText {
    @Option(names = "--format", defaultValue = "jsonl", converter = JsonlTextFormats.class,
        description = "jsonl (default) or text.")
    Format format;
  }

  /** A format among those a command writes, named as the user types it. */
  private abstract static class Formats implements ITypeConverter<Format> {
    private final List<Format> allowed;

    Formats(Format... allowed) {
      this.allowed = List.of(allowed);
    }

    @Override
    public Format convert(String value) {
      for (Format f : allowed) {
        if (f.id().equals(value)) {
          return f;
        }
      }
      List<String> ids = allowed.stream().map(Format::id).toList();
      String choices = ids.size() == 2 ? ids.get(0) + " or " + ids.get(1)
          : ids.subList(0, ids.size() - 1).stream().collect(Collectors.joining(", "))
              + " or " + ids.get(ids.size() - 1);
      throw new TypeConversionException("must be " + choices + ", not '" + value + "'");
    }
  }

  static final class JsonTextHtmlFormats extends Formats {
    JsonTextHtmlFormats() {
      super(Format.JSON, Format.TEXT, Format.HTML);
    }
  }

  static final class TextJsonFormats extends Formats {
    TextJsonFormats() {
      super(Format.JSON, Format.TEXT);
    }
  }

  static final class JsonlTextFormats extends Formats {
    JsonlTextFormats() {
      super(Format.JSONL, Format.TEXT);
    }
  }
}
