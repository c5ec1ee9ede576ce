package org.quotetrace.text;

import java.util.Locale;

/** What a document is, which decides how its quotes are found and whom they belong to. */
public enum DocumentKind {
  /** Published news prose: quotes are marked with quote marks and attributed by cues. */
  ARTICLE,
  /** A speaker-labelled record of what was said: each turn is an utterance of its speaker. */
  TRANSCRIPT,
  /** A broadcast script: narration plus SOT (sound-on-tape) blocks of recorded speech. */
  SCRIPT,
  /** A news-agency story that other outlets copy. */
  WIRE,
  /** A statement issued by the speaker's own organisation. */
  PRESS_RELEASE;

  /** The name used in output and on the command line: {@code article}, {@code press_release}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #id()} (also accepts hyphens and spaces). */
  public static DocumentKind parse(String value) {
    String norm = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return valueOf(norm);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown document kind '" + value + "' (expected article, transcript, script, wire or press_release)");
    }
  }

  /** Whether the document's own structure says who speaks (turns), not only quote marks. */
  public boolean hasTurns() {
    return this == TRANSCRIPT || this == SCRIPT;
  }
}
