package org.quotetrace.attribution;

/** How the content of an attribution is given: in quote marks, in the writer's words, or both. */
public enum Form {
  DIRECT, INDIRECT, MIXED;

  /** The lower-case name used in JSON output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
