package org.quotetrace.bench.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.quotetrace.bench.corpus.ArticleDraft.Paragraph;
import org.quotetrace.bench.corpus.ArticleDraft.Piece;
import org.quotetrace.bench.corpus.ArticleDraft.Prose;
import org.quotetrace.bench.corpus.ArticleDraft.Quoted;
import org.quotetrace.bench.corpus.Filler.Scene;
import org.quotetrace.bench.corpus.Source.Turn;

/**
 * Writes news articles around quotes: a lead that names the first speaker with their role, quote
 * paragraphs attributed in the usual news forms ({@code "…," Keller said.}, {@code Keller said:
 * "…"}, {@code "…," said Anna Keller, the energy minister.}, {@code "…," she added.}, a quote
 * split around its cue, a paragraph that goes on quoting), and background, reactions and reported
 * speech in between. Also makes wire copies: an article republished by another outlet, lightly
 * edited.
 */
final class Articles {
  /** Articles end up 1.5 to 5 KB long; this leaves room for the last quote. */
  private static final int MAX_LENGTH = 4700;
  private static final String[] CUE_VERBS = {"said", "said", "said", "said", "added", "insisted",
      "warned", "argued"};

  private static final Set<Edit> SPLITTABLE =
      EnumSet.of(Edit.VERBATIM, Edit.INVENTED, Edit.MISATTRIBUTED);

  private final Vocabulary v;
  private final Filler filler;
  private final Cast cast;
  private final Quoting quoting;
  private final Template[] quietNarrative;

  Articles(Vocabulary v, Filler filler, Cast cast, Quoting quoting) {
    this.v = v;
    this.filler = filler;
    this.cast = cast;
    this.quoting = quoting;
    // Background that stands in a quote's paragraph must not offer the attributor another cue.
    List<Template> quiet = new ArrayList<>();
    for (Template t : v.templates("narrative")) {
      if (!t.uses(Set.of("said", "say", "says", "accused", "warned", "told"))) {
        quiet.add(t);
      }
    }
    quietNarrative = quiet.toArray(Template[]::new);
  }

  /** An article quoting one source, or two. */
  ArticleDraft sourced(List<Source> sources, Outlet outlet, SplittableRandom r) {
    Source main = sources.get(0);
    Writing w = new Writing(outlet, main.topic, main.place, main, r);
    w.draft.sources = sources.stream().map(s -> s.id).toList();
    int n = quoteCount(r);
    Map<Source, Set<Integer>> used = new HashMap<>();
    List<QuoteDraft> quotes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Source s = sources.size() > 1 && i > 0 && r.nextInt(100) < 35 ? sources.get(1) : main;
      quotes.add(quoting.fromSource(s, outlet, used.computeIfAbsent(s, k -> new HashSet<>()), r));
    }
    w.quotedSentences = used.get(main);
    return w.write(quotes);
  }

  /** An article on the topic whose quotes no source holds, by the given people. */
  ArticleDraft unrelated(Topic topic, List<Person> people, Outlet outlet, SplittableRandom r) {
    String place = filler.place(r);
    Writing w = new Writing(outlet, topic, place, null, r);
    int n = quoteCount(r);
    List<QuoteDraft> quotes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Person p = people.get(i == 0 ? 0 : r.nextInt(people.size()));
      quotes.add(quoting.invented(topic, p, place, null, outlet, r));
    }
    return w.write(quotes);
  }

  /**
   * A wire copy of {@code orig} for {@code outlet}: a background paragraph dropped now and then,
   * some quotes cut shorter, a word of one reworded, the marks in the new outlet's style, and a
   * credit line. Quotes keep their labels' cluster and say which quote they copy.
   */
  ArticleDraft copy(ArticleDraft orig, Outlet outlet, SplittableRandom r) {
    ArticleDraft c = new ArticleDraft();
    c.title = orig.title;
    c.topic = orig.topic;
    c.sources = orig.sources;
    c.outlet = outlet;
    boolean restyle = r.nextBoolean();
    List<Quoted> quotes = new ArrayList<>();
    for (int i = 0; i < orig.paragraphs.size(); i++) {
      Paragraph p = orig.paragraphs.get(i);
      if (p.optional() && r.nextInt(100) < 15) {
        continue;
      }
      List<Piece> pieces = new ArrayList<>(p.pieces().size());
      for (Piece piece : p.pieces()) {
        if (piece instanceof Quoted q) {
          Quoted nq = new Quoted(q.quote().copy(), restyle ? outlet.open() : q.open(),
              restyle ? outlet.close() : q.close(), q.end());
          pieces.add(nq);
          quotes.add(nq);
        } else {
          pieces.add(piece);
        }
      }
      c.paragraphs.add(new Paragraph(pieces, p.optional()));
    }
    for (Quoted q : quotes) {
      QuoteDraft d = q.quote();
      if (r.nextInt(100) < 30) {
        QuoteDraft before = d.copy();
        if (Quoting.cutTail(d, 6, r)) {
          if (d.clusterTurn >= 0 && !d.hasWordsOf(d.clusterTurn)) {
            // The cut took every word of the statement the quote is labelled with: keep it whole.
            d.toks.clear();
            d.toks.addAll(before.toks);
            d.edits.clear();
            d.edits.addAll(before.edits);
          } else {
            d.endWith(q.end());
          }
        }
      }
    }
    if (!quotes.isEmpty() && r.nextInt(100) < 35) {
      quoting.reword(quotes.get(r.nextInt(quotes.size())).quote(), 1, r);
    }
    if (r.nextBoolean()) {
      String credit = r.nextBoolean() ? "This article was first published by " + orig.outlet.name() + "."
          : "Additional reporting by " + orig.outlet.name() + ".";
      c.paragraphs.add(new Paragraph(List.of(new Prose(credit)), false));
    }
    return c;
  }

  private static int quoteCount(SplittableRandom r) {
    int x = r.nextInt(100);
    return x < 10 ? 2 : x < 30 ? 3 : x < 52 ? 4 : x < 70 ? 5 : x < 83 ? 6 : x < 92 ? 7 : 8;
  }

  /** The state of one article being written: who has been named, and how long it is. */
  private final class Writing {
    final ArticleDraft draft = new ArticleDraft();
    final Outlet outlet;
    final Topic topic;
    final String place;
    final Source main;
    final SplittableRandom r;
    final Set<Person> introduced = new HashSet<>();
    /** Templates of background sentences used so far: the same one twice reads as made. */
    final Set<Template> usedTemplates = new HashSet<>();
    /** Sentences of the main source that this article quotes, by offset: not reported twice. */
    Set<Integer> quotedSentences;
    Person lastMentioned;
    /** The speaker of the previous paragraph when it was a quote paragraph. */
    Person lastQuoted;
    int length;
    final int target;

    Writing(Outlet outlet, Topic topic, String place, Source main, SplittableRandom r) {
      this.outlet = outlet;
      this.topic = topic;
      this.place = place;
      this.main = main;
      this.r = r;
      draft.topic = topic;
      draft.outlet = outlet;
      // 1.5 to 5 KB, most near 3 KB.
      double u = (r.nextDouble() + r.nextDouble()) / 2;
      target = 1500 + (int) (3300 * Math.pow(u, 1.25));
    }

    ArticleDraft write(List<QuoteDraft> quotes) {
      Person first = quotes.get(0).speaker;
      draft.title = headline(first, quotes.get(0));
      lead(first);
      for (int k = 0; k < quotes.size(); k++) {
        quote(quotes.get(k));
        int goal = target * (k + 1) / (quotes.size() + 1);
        while (length < goal && length < MAX_LENGTH) {
          background();
        }
      }
      while (length < target && length < MAX_LENGTH) {
        background();
      }
      if (r.nextInt(10) < 4 && length < MAX_LENGTH) {
        add(paragraph(sentence(v.templates("closer"), first)), true);
      }
      return draft;
    }

    private String headline(Person p, QuoteDraft q) {
      Template[] from = r.nextInt(10) < 4 ? topic.headlines : v.templates("headline");
      StringBuilder fragment = new StringBuilder();
      for (int i = 0; i < Math.min(q.toks.size(), 4 + r.nextInt(4)); i++) {
        fragment.append(i == 0 ? "" : " ").append(q.toks.get(i).word);
      }
      Scene s = new Scene(topic, p, p, place, outlet.name(), null, fragment.toString());
      return filler.fill(from, s, r).text();
    }

    /**
     * The first paragraph names the first speaker in full with their role. It is kept longer
     * than a headline, so that it is not read as one.
     */
    private void lead(Person p) {
      StringBuilder sb = new StringBuilder();
      Sentence echo = main == null || r.nextInt(10) < 6 ? null : echo(p);
      if (echo != null) {
        String day = v.words("day")[r.nextInt(7)].text();
        String cue = main.format == Source.Format.INTERVIEW
            ? " told " + main.outlet.name() + " on " + day + " that "
            : " said on " + day + " that ";
        sb.append(p.name()).append(", the ").append(p.role()).append(',').append(cue);
        reported(sb, echo);
      } else {
        sb.append(sentence(v.templates("lead"), p));
      }
      do {
        sb.append(' ').append(sentence(narrativeFor(), p));
      } while (sb.length() < 200);
      introduced.add(p);
      lastMentioned = p;
      add(new Paragraph(List.of(new Prose(sb.toString())), false));
    }

    private void quote(QuoteDraft q) {
      Person p = q.speaker;
      List<Piece> pieces = new ArrayList<>();
      if (!introduced.contains(p)) {
        introduced.add(p);
        switch (r.nextInt(3)) {
          case 0 -> {
            quoted(pieces, q, ',');
            pieces.add(prose(" said " + p.name() + ", the " + p.role() + "."));
          }
          case 1 -> {
            quoted(pieces, q, ',');
            pieces.add(prose(" " + p.name() + ", the " + p.role() + ", said."));
          }
          default -> {
            pieces.add(prose(p.name() + ", the " + p.role() + ", said: "));
            quoted(pieces, q, '.');
          }
        }
      } else {
        later(pieces, q, p);
      }
      add(new Paragraph(pieces, false));
      lastMentioned = p;
      lastQuoted = p;
    }

    /** The forms for a speaker the article has named before. */
    private void later(List<Piece> pieces, QuoteDraft q, Person p) {
      boolean pronoun = p.equals(lastMentioned);
      boolean continues = p.equals(lastQuoted) && pronoun;
      // Only quotes whose edits hold for each half: a cut or a synonym is in one half only.
      boolean splittable = q.sentences() >= 2
          && SPLITTABLE.containsAll(q.edits);
      boolean told = main != null && main.format != Source.Format.SPEECH;
      int clause = partialFrom(q);
      int[] weights = {22, 12, 14, pronoun ? 10 : 0, told ? 8 : 0, 7, 10, splittable ? 10 : 0,
          continues ? 7 : 0, clause > 0 ? 8 : 0};
      int sum = 0;
      for (int w : weights) {
        sum += w;
      }
      int x = r.nextInt(sum);
      int form = 0;
      while (x >= weights[form]) {
        x -= weights[form++];
      }
      String surname = p.last();
      switch (form) {
        case 0 -> {
          quoted(pieces, q, ',');
          pieces.add(prose(" " + surname + " " + CUE_VERBS[r.nextInt(CUE_VERBS.length)] + "."));
        }
        case 1 -> {
          quoted(pieces, q, ',');
          pieces.add(prose(" said " + surname + "."));
        }
        case 2 -> {
          pieces.add(prose(surname + " " + CUE_VERBS[r.nextInt(CUE_VERBS.length)] + ": "));
          quoted(pieces, q, '.');
        }
        case 3 -> {
          quoted(pieces, q, ',');
          pieces.add(prose(" " + p.pronoun() + (r.nextBoolean() ? " added." : " said.")));
        }
        case 4 -> {
          quoted(pieces, q, ',');
          String to = main.format == Source.Format.INTERVIEW && r.nextInt(3) != 0
              ? main.outlet.name() : "reporters";
          pieces.add(prose(" " + surname + " told " + to + "."));
        }
        case 5 -> {
          Words problem = topic.problems[r.nextInt(topic.problems.length)];
          pieces.add(prose("Asked about " + problem.text() + ", " + surname + " said: "));
          quoted(pieces, q, '.');
        }
        case 6 -> {
          pieces.add(prose(sentence(quietNarrative, p) + " "));
          quoted(pieces, q, ',');
          pieces.add(prose(" " + surname + " said."));
        }
        case 7 -> {
          QuoteDraft second = split(q);
          quoted(pieces, q, ',');
          pieces.add(prose(" " + surname + " said. "));
          quoted(pieces, second, '.');
        }
        case 8 -> quoted(pieces, q, '.');
        default -> {
          // Reported speech running into the quoted words: Keller warned that "…".
          q.toks.subList(0, clause).clear();
          q.edit(Edit.TRIMMED);
          pieces.add(prose(surname + " " + CUE_VERBS[r.nextInt(CUE_VERBS.length)] + " that "));
          quoted(pieces, q, QuoteDraft.NO_MARK);
          pieces.add(prose("."));
        }
      }
    }

    /**
     * Where the last clause of a quote starts when it can be quoted after "said that": a clause
     * of 5 to 14 words after a comma in the last sentence; -1 when there is none.
     */
    private int partialFrom(QuoteDraft q) {
      List<Tok> t = q.toks;
      int n = t.size();
      if (n < 8 || !t.get(n - 1).tail.equals(".")) {
        return -1;
      }
      for (int i = n - 6; i >= Math.max(1, n - 15); i--) {
        Tok prev = t.get(i - 1);
        if (prev.endsSentence()) {
          return -1;
        }
        if (prev.tail.equals(",") && t.get(i).fromSource() == prev.fromSource()) {
          String w = t.get(i).word;
          int from = w.equals("and") || w.equals("but") ? i + 1 : i;
          return Character.isLowerCase(t.get(from).word.charAt(0)) || t.get(from).word.equals("I")
              ? from : -1;
        }
      }
      return -1;
    }

    /** Cuts a quote after its first sentence; the rest becomes a quote of its own. */
    private QuoteDraft split(QuoteDraft q) {
      int cut = 0;
      while (!q.toks.get(cut).endsSentence()) {
        cut++;
      }
      List<Tok> rest = new ArrayList<>(q.toks.subList(cut + 1, q.toks.size()));
      q.toks.subList(cut + 1, q.toks.size()).clear();
      return new QuoteDraft(rest, q.speaker, q.sourceSpeaker, q.source, EnumSet.copyOf(q.edits));
    }

    private void quoted(List<Piece> pieces, QuoteDraft q, char end) {
      q.endWith(end);
      pieces.add(new Quoted(q, outlet.open(), outlet.close(), end));
    }

    /** Background, a reaction, or the speaker's words reported without quote marks. */
    private void background() {
      int x = r.nextInt(100);
      Person p = lastMentioned;
      if (x < 15 && main != null && p != null) {
        Sentence echo = echo(p);
        if (echo != null) {
          StringBuilder sb = new StringBuilder();
          switch (r.nextInt(3)) {
            case 0 -> sb.append(p.last()).append(" said ");
            case 1 -> sb.append("According to ").append(p.last()).append(", ");
            default -> sb.append(p.last()).append(" argued that ");
          }
          reported(sb, echo);
          add(new Paragraph(List.of(new Prose(sb.toString())), true));
          lastMentioned = p;
          lastQuoted = null;
          return;
        }
      }
      if (x < 30) {
        Person other = cast.other(topic, p, r);
        Scene s = new Scene(topic, p == null ? other : p, other, place, outlet.name(), null, null);
        add(paragraph(filler.fill(v.templates("reaction"), s, r, usedTemplates).text()), true);
        introduced.add(other);
        lastMentioned = other;
        lastQuoted = null;
        return;
      }
      StringBuilder sb = new StringBuilder(sentence(narrativeFor(), p));
      if (r.nextInt(3) == 0) {
        sb.append(' ').append(sentence(narrativeFor(), p));
      }
      add(paragraph(sb.toString()), true);
      lastQuoted = null;
    }

    /** A statement of {@code p} in the main source that reads well as reported speech. */
    private Sentence echo(Person p) {
      if (main == null) {
        return null;
      }
      for (int tries = 0; tries < 4; tries++) {
        Turn t = main.pickTurn(r);
        if (!t.speaker().equals(p)) {
          continue;
        }
        int k = t.quotableFrom() + r.nextInt(t.quotable());
        Sentence s = t.sentences().get(k);
        boolean quoted = quotedSentences != null && quotedSentences.contains(t.starts()[k][0]);
        if (!s.firstPerson() && !s.question() && !quoted) {
          return s;
        }
      }
      return null;
    }

    /** The sentence after "Keller said": its first word as inside a sentence. */
    private static void reported(StringBuilder sb, Sentence s) {
      sb.append(s.inner()).append(s.tails()[0]);
      for (int i = 1; i < s.size(); i++) {
        sb.append(' ').append(s.words()[i]).append(s.tails()[i]);
      }
    }

    private Template[] narrativeFor() {
      return r.nextInt(10) < 3 ? topic.narrative : v.templates("narrative");
    }

    private String sentence(Template[] from, Person p) {
      Person other = p;
      Scene s = new Scene(topic, p, other, place, outlet.name(), null, null);
      return filler.fill(from, s, r, usedTemplates).text();
    }

    private Paragraph paragraph(String text) {
      return new Paragraph(List.of(new Prose(text)), true);
    }

    private void add(Paragraph p, boolean optional) {
      add(optional == p.optional() ? p : new Paragraph(p.pieces(), optional));
    }

    private void add(Paragraph p) {
      draft.paragraphs.add(p);
      length += ArticleDraft.length(p);
    }
  }

  private static Prose prose(String text) {
    return new Prose(text);
  }
}
