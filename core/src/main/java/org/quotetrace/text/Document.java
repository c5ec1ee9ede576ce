package org.quotetrace.text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A text that quotetrace read, with everything later stages need to point into it.
 *
 * <p>Every offset that quotetrace reports for this document is an index into {@link #text()}: the
 * decoded text with any byte order mark removed and, for HTML or subtitles, the extracted text.
 */
public final class Document {
  private final String id;
  private final String origin;
  private final DocumentKind kind;
  private final String title;
  private final String outlet;
  private final Instant published;
  private final String text;
  private final List<Turn> turns;
  private final List<Problem> problems;

  private Document(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.origin = b.origin == null ? b.id : b.origin;
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.title = b.title;
    this.outlet = b.outlet;
    this.published = b.published;
    this.text = Objects.requireNonNull(b.text, "text");
    this.turns = List.copyOf(b.turns);
    this.problems = List.copyOf(b.problems);
    for (Turn t : turns) {
      if (t.content().end() > text.length()) {
        throw new IllegalArgumentException(
            "turn of " + t.speaker() + " at " + t.content() + " leaves text of length " + text.length());
      }
    }
  }

  public static Builder builder(String id, String text) {
    return new Builder(id, text);
  }

  /** A plain article, for tests and callers that already hold text. */
  public static Document article(String id, String text) {
    return builder(id, text).kind(DocumentKind.ARTICLE).build();
  }

  public String id() {
    return id;
  }

  /** The path or URL the document was read from. */
  public String origin() {
    return origin;
  }

  public DocumentKind kind() {
    return kind;
  }

  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  public Optional<String> outlet() {
    return Optional.ofNullable(outlet);
  }

  public Optional<Instant> published() {
    return Optional.ofNullable(published);
  }

  public String text() {
    return text;
  }

  /** Speaker turns, in text order; empty for articles. */
  public List<Turn> turns() {
    return turns;
  }

  /** What was odd about the input and how it was handled. */
  public List<Problem> problems() {
    return problems;
  }

  /** A copy with more problems recorded. */
  public Document withProblems(List<Problem> more) {
    if (more.isEmpty()) {
      return this;
    }
    Builder b = toBuilder();
    b.problems.addAll(more);
    return b.build();
  }

  public Builder toBuilder() {
    Builder b = new Builder(id, text);
    b.origin = origin;
    b.kind = kind;
    b.title = title;
    b.outlet = outlet;
    b.published = published;
    b.turns.addAll(turns);
    b.problems.addAll(problems);
    return b;
  }

  @Override
  public String toString() {
    return kind.id() + " " + origin + " (" + text.length() + " chars, " + turns.size() + " turns)";
  }

  /** Builds a {@link Document}; the document validates every turn against the text. */
  public static final class Builder {
    private final String id;
    private final String text;
    private String origin;
    private DocumentKind kind = DocumentKind.ARTICLE;
    private String title;
    private String outlet;
    private Instant published;
    private final java.util.ArrayList<Turn> turns = new java.util.ArrayList<>();
    private final java.util.ArrayList<Problem> problems = new java.util.ArrayList<>();

    private Builder(String id, String text) {
      this.id = id;
      this.text = text;
    }

    public Builder origin(String origin) {
      this.origin = origin;
      return this;
    }

    public Builder kind(DocumentKind kind) {
      this.kind = kind;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder outlet(String outlet) {
      this.outlet = outlet;
      return this;
    }

    public Builder published(Instant published) {
      this.published = published;
      return this;
    }

    public Builder turns(List<Turn> turns) {
      this.turns.clear();
      this.turns.addAll(turns);
      return this;
    }

    public Builder problem(Problem problem) {
      this.problems.add(problem);
      return this;
    }

    public String text() {
      return text;
    }

    public Document build() {
      return new Document(this);
    }
  }
}
