package org.quotetrace.text;

import java.util.Objects;

/**
 * One utterance in a transcript, a broadcast script's SOT block or a subtitle cue: who spoke and
 * where the spoken words are.
 *
 * @param label where the speaker label stands in the text ("Reporter (Arabic)"), or null when the
 *     turn continues an earlier speaker with no label of its own
 * @param speaker the speaker's name as given by the label ("Khalifa Haftar", "Reporter"), or ""
 *     for someone the text sets apart without naming (a subtitle's dialogue dash)
 * @param role the description after the name, if any ("Head of Libyan National Army"), else ""
 * @param language the language in parentheses, if any ("Arabic"), else ""
 * @param content the spoken words, without surrounding quote marks
 */
public record Turn(Span label, String speaker, String role, String language, Span content) {

  public Turn {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(content, "content");
    role = role == null ? "" : role;
    language = language == null ? "" : language;
    if (label != null && label.end() > content.start()) {
      throw new IllegalArgumentException("turn label " + label + " runs into content " + content);
    }
  }
}
