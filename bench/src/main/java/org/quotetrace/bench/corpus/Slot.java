package org.quotetrace.bench.corpus;

import java.util.Locale;

/** What a template slot is filled with; see phrases.txt for what each one means. */
enum Slot {
  NOUN, NOUNS, GROUP, ORG, VERB, VERBS, VERBED, VERBEN, ADJ, GADJ, PROBLEM, UNIT,
  NUM, NUM2, BIG, PCT, MONEY, YEAR, YEAR0, TIME, PERIOD, AGO, MONTH, DAY, REGION, WEEKS,
  PLACE, PLACE2, OPENER, MYORG, NAME, SURNAME, ROLE, PRON, OTHER, OTHERROLE, COMPANY, OUTLET,
  SHOW, EVENT, CODA, TOPIC, QUOTE;

  /** The slot named in a template, or null. */
  static Slot named(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
