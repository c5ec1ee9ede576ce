package org.quotetrace.trace;

import java.util.Objects;
import org.quotetrace.quote.Speaker;

/**
 * Who says some words: a named person, the source's own narrator or reporter, or nobody the text
 * makes known.
 *
 * <p>The narrator is nobody an article quotes: words a transcript gives outside its turns are the
 * reporter's, and a quote credited to someone else that is found there is flagged. Unknown is
 * no evidence either way, and agrees with any speaker.
 */
public sealed interface Voice {
  /** The narrator or reporter of a source that separates speakers (a transcript, a script). */
  Voice NARRATOR = new Narrator();
  /** No speaker the text makes known, or one only described ("the minister", "they"). */
  Voice UNKNOWN = new Unknown();

  /** A speaker resolved to a name, with the mention and the rule that found it. */
  record Named(Speaker speaker) implements Voice {
    public Named {
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(speaker.name(), "a named voice needs a resolved name");
    }

    @Override
    public String name() {
      return speaker.name();
    }
  }

  /** The source's own voice. */
  record Narrator() implements Voice {
    @Override
    public String name() {
      return null;
    }
  }

  /** A voice the text does not make known. */
  record Unknown() implements Voice {
    @Override
    public String name() {
      return null;
    }
  }

  /** The voice of a quote's speaker: named when it was resolved to a person, otherwise unknown. */
  static Voice of(Speaker speaker) {
    return speaker == null || speaker.name() == null ? UNKNOWN : new Named(speaker);
  }

  /** The resolved name, or null for the narrator and an unknown voice. */
  String name();
}
