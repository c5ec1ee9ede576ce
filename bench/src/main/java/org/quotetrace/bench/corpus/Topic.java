package org.quotetrace.bench.corpus;

/** The words and templates of one news topic (energy, housing, ...). */
final class Topic {
  /** A verb in the four forms templates ask for. */
  record Verb(String base, String third, String past, String participle) {}

  /**
   * A speaker's role and what the speaker's "we" stands for, which a bracket insertion spells out
   * ("[the ministry]").
   */
  record Role(String title, String ref) {}

  final int index;
  final String name;
  final Words[] nouns;
  final Words[] nounPlurals;
  final Words[] groups;
  final Words[] orgs;
  final Verb[] verbs;
  final Words[] adjs;
  final Words[] problems;
  final Words[] units;
  final Role[] roles;
  final String[] companies;
  final Template[] speech;
  final Template[] questions;
  final Template[] narrative;
  final Template[] headlines;

  Topic(int index, String name, Words[] nouns, Words[] nounPlurals, Words[] groups, Words[] orgs,
      Verb[] verbs, Words[] adjs, Words[] problems, Words[] units, Role[] roles,
      String[] companies, Template[] speech, Template[] questions, Template[] narrative,
      Template[] headlines) {
    this.index = index;
    this.name = name;
    this.nouns = nouns;
    this.nounPlurals = nounPlurals;
    this.groups = groups;
    this.orgs = orgs;
    this.verbs = verbs;
    this.adjs = adjs;
    this.problems = problems;
    this.units = units;
    this.roles = roles;
    this.companies = companies;
    this.speech = speech;
    this.questions = questions;
    this.narrative = narrative;
    this.headlines = headlines;
  }
}
