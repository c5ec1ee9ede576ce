package org.quotetrace.read;

import java.util.Locale;

/** The syntax of an input file, which decides how its text is extracted. */
public enum Format {
  /** Plain text, including broadcast scripts and speaker-labelled transcripts. */
  TEXT,
  /** An HTML page: the main text is extracted, navigation and boilerplate dropped. */
  HTML,
  /** SubRip subtitles. */
  SRT,
  /** WebVTT subtitles. */
  VTT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Format parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + value + "' (expected text, html, srt or vtt)");
    }
  }
}
