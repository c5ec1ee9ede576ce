package org.quotetrace.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotetrace.quote.Speaker;
import org.quotetrace.text.Document;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Span;
import org.quotetrace.trace.Bracket;
import org.quotetrace.trace.Edit;
import org.quotetrace.trace.Flag;
import org.quotetrace.trace.Match;
import org.quotetrace.trace.Reuse;
import org.quotetrace.trace.Support;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.TracedReport;
import org.quotetrace.trace.Verdict;

/**
 * A trace as one self-contained HTML page for editors: a summary table, a legend in plain words,
 * the article and its sources side by side with every quote linked to where it was said, the
 * passages taken without quote marks, and every quote in detail.
 *
 * <p>The page loads nothing: its style and its one script are inline. Everything taken from the
 * input is escaped, so an article that contains markup shows it as text. The links between article
 * and source are plain anchors, so they work without the script; the script adds highlighting on
 * hover and click, scrolls the other column, and shows the chosen quote's details above the texts.
 */
public final class TraceHtml {
  private TraceHtml() {}

  /** Plain-word names and meanings of the verdicts, for people who have never seen the tool. */
  static final Map<Verdict, String[]> VERDICTS = new EnumMap<>(Map.of(
      Verdict.VERBATIM, new String[] {"Word for word",
          "Every word is in the source, in the same order. Only case, punctuation, spelling "
              + "(colonise/colonize) or the way numbers are written may differ, and any cut is "
              + "marked with an ellipsis (…)."},
      Verdict.EDITED, new String[] {"Edited",
          "A few words were changed, added or dropped (about one word in five or fewer). The "
              + "meaning is kept and any words added in [brackets] agree with the source."},
      Verdict.PARAPHRASE, new String[] {"Paraphrased",
          "The same statement in other words, such as a different translation or a reworded "
              + "sentence."},
      Verdict.PARTIAL, new String[] {"Partly found",
          "Some parts of the quote are in the sources; other parts are found nowhere in them."},
      Verdict.UNSUPPORTED, new String[] {"Not found",
          "No part of the quote is found in the sources."}));

  static final Map<Flag, String[]> FLAGS = new EnumMap<>(Map.of(
      Flag.BRACKET_NOT_IN_SOURCE, new String[] {"Bracket not in source",
          "Words the article added in [brackets] name something the source does not say at "
              + "that place."},
      Flag.SPEAKER_MISMATCH, new String[] {"Different speaker",
          "Some of these words were said in the source by someone else, for example the "
              + "interviewer, not by the person the article credits."},
      Flag.STITCHED, new String[] {"Stitched together",
          "Passages that are apart in the source are joined with no mark, such as an ellipsis "
              + "(…), to show the gap."},
      Flag.UNMARKED_OMISSION, new String[] {"Unmarked cut",
          "Words were dropped from inside a passage with no ellipsis (…) to show it."},
      Flag.REORDERED, new String[] {"Reordered",
          "Parts of the quote appear in a different order than in the source."},
      Flag.UNSUPPORTED_PART, new String[] {"Part not in sources",
          "Some parts of the quote are found in no source; they have a wavy red underline in "
              + "the article."}));

  /** What each kind of highlight means, shown in the legend and in the empty details panel. */
  private static final String MARKS = "<div class=\"marks\"><span><span class=\"chg\">changed</span> words the "
        + "article has instead of the source’s</span> <span><span class=\"add\">added</span> "
        + "words the source does not have</span> <span><span class=\"drop\"></span> words dropped "
        + "here; in the source they are <span class=\"del\">struck through</span></span> "
        + "<span><span class=\"unsup\">not in any source</span> words of a quote that no source "
        + "has</span> <span><span class=\"br "
        + "br-bad\">[bracket]</span> brackets the source does not support</span> <span><span "
        + "class=\"reuse\">taken without quote marks</span> article text copied from a source"
        + "</span> <span><span class=\"who-warn\" data-label=\"⚠ Reporter\"></span> said in the "
        + "source by someone other than the credited speaker</span></div>";

  /** The page for an article no source was found for: {@code origin} names the article. */
  public static String noSources(String origin) {
    return "<!doctype html><meta charset=utf-8><title>quotetrace</title><p>No sources found for "
        + Html.escape(origin) + ".</p>\n";
  }

  public static String render(Trace t) {
    StringBuilder b = new StringBuilder(64 * 1024 + 4 * t.article().text().length());
    String title = "Quote check: " + name(t.article());
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // Nothing on this page may load anything: no network. And no script runs but the page's
        // own, named by its hash, so text from a document that slipped past the escaping could
        // still not run as a script or an event handler.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; script-src '").append(SCRIPT_HASH)
        .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n<style>")
        .append(CSS).append("</style>\n</head>\n<body>\n");
    header(t, b);
    summary(t, b);
    legend(b);
    compare(t, b);
    reuse(t, b);
    details(t, b);
    reported(t, b);
    problems(t, b);
    b.append("<footer>Made by quotetrace. The judgements on this page are made by software: check "
        + "the highlighted places in the source before relying on them.</footer>\n");
    b.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  // ---- page parts ----------------------------------------------------------------------------

  private static void header(Trace t, StringBuilder b) {
    b.append("<header>\n<h1>Quote check</h1>\n<p class=\"docs\"><b>Article:</b> ")
        .append(Html.escape(name(t.article()))).append("<br>");
    for (int i = 0; i < t.sources().size(); i++) {
      Document d = t.sources().get(i);
      b.append("<b>Source ").append(i + 1).append(":</b> ").append(Html.escape(name(d)))
          .append(" <span class=\"kind\">(").append(kind(d)).append(")</span><br>");
    }
    if (t.sources().isEmpty()) {
      b.append("<b>No sources were given.</b>");
    }
    b.append("</p>\n<p class=\"intro\">This page checks each quote in the article against the "
        + "material it came from. Every quote is coloured by how faithfully it reproduces the "
        + "source. Click or point at a quote in the article to see the place in the source where "
        + "it was said, and the details of what changed.</p>\n</header>\n");
  }

  private static void summary(Trace t, StringBuilder b) {
    b.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"counts\">");
    int n = t.quotes().size();
    b.append(n == 0 ? "The article has no quotes." : n + (n == 1 ? " quote" : " quotes")
        + " in the article:");
    for (Verdict v : Verdict.values()) {
      long c = t.quotes().stream().filter(q -> q.verdict() == v).count();
      if (c > 0) {
        b.append(" <span class=\"verdict v-").append(v.id()).append("\" title=\"")
            .append(Html.escape(VERDICTS.get(v)[1])).append("\">").append(c).append(' ')
            .append(VERDICTS.get(v)[0].toLowerCase(Locale.ROOT)).append("</span>");
      }
    }
    b.append(' ').append(reuseSentence(t)).append("</p>\n");
    if (n > 0) {
      b.append("<table class=\"summary\">\n<thead><tr><th>#</th><th>Speaker</th><th>Verdict</th>"
          + "<th title=\"How closely the quote follows the source: 100% is word for word with "
          + "nothing to check, 0% is not found\">Fidelity</th><th>Warnings</th>"
          + "<th>Quote begins</th></tr></thead>\n<tbody>\n");
      for (int i = 0; i < n; i++) {
        TracedQuote q = t.quotes().get(i);
        int k = i + 1;
        b.append("<tr class=\"v-").append(q.verdict().id()).append("\" data-q=\"").append(k)
            .append("\" data-side=\"summary\"><td><a href=\"#q").append(k).append("-card\">")
            .append(k).append("</a></td><td>").append(Html.escape(speakerName(q)))
            .append("</td><td>");
        verdictBadge(q.verdict(), b);
        b.append("</td><td>");
        fidelity(q.fidelity(), b);
        b.append("</td><td>");
        flagBadges(q, b);
        b.append("</td><td><a href=\"#q").append(k).append("\">“")
            .append(Html.escape(firstWords(q.quote().text(t.article().text()), 9)))
            .append("”</a></td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    b.append("</section>\n");
  }

  private static void legend(StringBuilder b) {
    b.append("<section id=\"legend\">\n<h2>How to read this page</h2>\n<div class=\"verdicts\">");
    for (Verdict v : Verdict.values()) {
      b.append("<div class=\"lv v-").append(v.id()).append("\"><b>")
          .append(VERDICTS.get(v)[0]).append("</b> <span class=\"term\">(").append(v.id())
          .append(")</span><br>").append(Html.escape(VERDICTS.get(v)[1])).append("</div>");
    }
    b.append("</div>\n").append(MARKS).append("\n<dl class=\"flags-l\">");
    for (Flag f : Flag.values()) {
      b.append("<dt><span class=\"flag\">").append(FLAGS.get(f)[0]).append("</span></dt><dd>")
          .append(Html.escape(FLAGS.get(f)[1])).append("</dd>");
    }
    b.append("</dl>\n<p class=\"note\"><b>Fidelity</b> is a score of how closely a quote follows "
        + "its source: 100% for a word-for-word quote with nothing to check, 0% for a quote that "
        + "is not found.</p>\n</section>\n");
  }

  private static void compare(Trace t, StringBuilder b) {
    b.append("<section id=\"compare\">\n<h2>Article and sources side by side</h2>\n")
        .append("<div id=\"panel\" class=\"panel\"><div id=\"panel-body\"><p class=\"hint\">"
            + "Click a quote in the article, or a row of the summary, to see its details here and "
            + "where it was said in the source. Colours:")
        .append(verdictChips()).append("</p>").append(MARKS).append("</div></div>\n<div class=\"cols\">\n")
        .append("<div class=\"col\"><h3 class=\"col-h\">Article <span class=\"kind\">")
        .append(Html.escape(name(t.article()))).append("</span></h3>")
        .append("<div class=\"col-body\" id=\"article-col\"><div class=\"text\" id=\"article-text\">");
    MarkedText.render(t.article().text(), articleMarks(t), b);
    b.append("</div></div></div>\n<div class=\"col\"><h3 class=\"col-h\">")
        .append(t.sources().size() == 1 ? "Source" : "Sources")
        .append("</h3><div class=\"col-body\" id=\"source-col\">");
    for (int i = 0; i < t.sources().size(); i++) {
      Document d = t.sources().get(i);
      b.append("<div class=\"srcdoc\" id=\"src").append(i + 1).append("\"><h4 class=\"doc-h\">Source ")
          .append(i + 1).append(": ").append(Html.escape(name(d))).append(" <span class=\"kind\">(")
          .append(kind(d)).append(")</span></h4><div class=\"text\">");
      MarkedText.render(d.text(), sourceMarks(t, i), b);
      b.append("</div></div>");
    }
    b.append("</div></div>\n</div>\n</section>\n");
  }

  private static void reuse(Trace t, StringBuilder b) {
    b.append("<section id=\"reuse\">\n<h2>Taken from a source without quote marks</h2>\n<p>")
        .append(reuseSentence(t));
    if (!t.reuse().isEmpty()) {
      b.append(" These passages are shaded <span class=\"reuse\">grey</span> in both texts. "
          + "Reusing background facts is common; long passages may deserve credit.</p>\n"
          + "<table class=\"reuse-t\"><thead><tr><th>#</th><th>In the article</th>"
          + "<th>In the source</th><th>Words in common</th></tr></thead><tbody>\n");
      String text = t.article().text();
      for (int i = 0; i < t.reuse().size(); i++) {
        Reuse r = t.reuse().get(i);
        int k = i + 1;
        b.append("<tr data-r=\"").append(k).append("\" data-side=\"summary\"><td>").append(k)
            .append("</td><td><a href=\"#r").append(k).append("\">“")
            .append(Html.escape(r.article().text(text))).append("”</a></td><td><a href=\"#r")
            .append(k).append("-s\">Source ").append(r.source() + 1).append(": “")
            .append(Html.escape(sourceText(t, r.source(), r.sourceSpan()))).append("”</a></td><td>")
            .append(r.words()).append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    } else {
      b.append("</p>\n");
    }
    b.append("</section>\n");
  }

  private static void details(Trace t, StringBuilder b) {
    if (t.quotes().isEmpty()) {
      return;
    }
    b.append("<section id=\"details\">\n<h2>Every quote in detail</h2>\n");
    for (int i = 0; i < t.quotes().size(); i++) {
      card(t, t.quotes().get(i), i + 1, b);
    }
    b.append("</section>\n");
  }

  private static void card(Trace t, TracedQuote q, int k, StringBuilder b) {
    String text = t.article().text();
    b.append("<div class=\"card v-").append(q.verdict().id()).append("\" id=\"q").append(k)
        .append("-card\" data-q=\"").append(k).append("\" data-side=\"card\">\n<h3><a class=\"num\" "
            + "href=\"#q").append(k).append("\" data-q=\"").append(k).append("\" data-side=\"card\">")
        .append(k).append("</a> ").append(Html.escape(speakerName(q))).append(' ');
    verdictBadge(q.verdict(), b);
    b.append(' ');
    fidelity(q.fidelity(), b);
    b.append("</h3>\n<p class=\"qtext\">“").append(Html.escape(q.quote().text(text)))
        .append("”</p>\n<p class=\"who\">").append(speakerSentence(q, text)).append("</p>\n");
    if (!q.flags().isEmpty()) {
      b.append("<ul class=\"flag-list\">");
      for (Flag f : Flag.values()) {
        if (q.has(f)) {
          b.append("<li><span class=\"flag\">").append(FLAGS.get(f)[0]).append("</span> ")
              .append(Html.escape(FLAGS.get(f)[1])).append("</li>");
        }
      }
      b.append("</ul>\n");
    }
    b.append("<h4>Where it was said</h4>\n");
    if (q.matches().isEmpty()) {
      b.append("<p>Not found in any source.</p>\n");
      q.nearest().ifPresent(n -> b.append("<p class=\"nearest\">Nearest in source ")
          .append(n.source() + 1).append(" (not close enough to count): <span class=\"pair\">“")
          .append(Html.escape(n.text())).append("”</span></p>\n"));
    } else {
      b.append("<ol class=\"matches\">");
      for (int j = 0; j < q.matches().size(); j++) {
        Match m = q.matches().get(j);
        b.append("<li><a href=\"#q").append(k).append("-m").append(j + 1).append("\" data-q=\"")
            .append(k).append("\" data-m=\"").append(j + 1).append("\" data-side=\"card\">Source ")
            .append(m.source() + 1).append("</a>, said by ");
        if (m.speaker() == null) {
          b.append("<i>a speaker the source does not name</i>");
        } else {
          b.append("<b>").append(Html.escape(m.speaker())).append("</b>");
          if (differs(q, m)) {
            b.append(" <span class=\"warn\">⚠ not ").append(Html.escape(speakerName(q)))
                .append("</span>");
          }
        }
        b.append(": ").append(supportSentence(m)).append("<br><span class=\"pair\">Source: “")
            .append(Html.escape(m.text())).append("”<br>Article: “")
            .append(Html.escape(m.quotePart().text(text))).append("”</span></li>");
      }
      b.append("</ol>\n");
    }
    // a quote found nowhere is all one unsupported part: the sentence above has said so
    if (!q.unsupported().isEmpty() && !q.matches().isEmpty()) {
      b.append("<h4>Not found in any source</h4>\n<ul class=\"unsup-l\">");
      for (Span u : q.unsupported()) {
        b.append("<li>“").append(Html.escape(u.text(text))).append("”</li>");
      }
      b.append("</ul>\n");
    }
    if (!q.brackets().isEmpty()) {
      b.append("<h4>Words in brackets</h4>\n<ul>");
      for (Bracket br : q.brackets()) {
        b.append("<li>[").append(Html.escape(br.text())).append("] ");
        if (br.sourceText() != null) {
          b.append("where the source has [").append(Html.escape(br.sourceText())).append(']');
        } else {
          b.append(br.agrees() ? "is named near this place in the source"
              : "is not said at this place in the source");
        }
        b.append(br.agrees() ? "" : " <span class=\"warn\">⚠ differs</span>").append("</li>");
      }
      b.append("</ul>\n");
    }
    if (!q.edits().isEmpty()) {
      b.append("<h4>Word changes</h4>\n<table class=\"edits\"><thead><tr><th>The source says"
          + "</th><th>The article says</th></tr></thead><tbody>");
      for (Edit e : q.edits()) {
        b.append("<tr><td>").append(e.op() == Edit.Op.INSERT ? "<i>(nothing)</i>"
                : "<span class=\"del\">" + Html.escape(e.sourceText()) + "</span>")
            .append("</td><td>").append(e.op() == Edit.Op.DELETE ? "<i>(dropped)</i>"
                : "<span class=\"" + (e.op() == Edit.Op.INSERT ? "add" : "chg") + "\">"
                    + Html.escape(e.articleText()) + "</span>")
            .append("</td></tr>");
      }
      b.append("</tbody></table>\n");
    }
    b.append("</div>\n");
  }

  /**
   * Reported speech ("she told reporters the plan was dead") in a section of its own: what each
   * report says, who it credits, the source passage it reports and whether the source says that
   * thing at all. Reports are the writer's words, so the cards show no word changes.
   */
  private static void reported(Trace t, StringBuilder b) {
    if (t.reported().isEmpty()) {
      return;
    }
    String text = t.article().text();
    b.append("<section id=\"reported\">\n<h2>Reported speech</h2>\n<p>What the article says "
        + "people said, in its own words rather than in quote marks, and whether a source says "
        + "that thing at all.</p>\n");
    for (int i = 0; i < t.reported().size(); i++) {
      TracedReport r = t.reported().get(i);
      TracedQuote q = r.traced();
      int k = i + 1;
      b.append("<div class=\"card v-").append(q.verdict().id()).append("\" id=\"r").append(k)
          .append("-report\">\n<h3>R").append(k).append(' ')
          .append(Html.escape(speakerName(q))).append(' ');
      verdictBadge(q.verdict(), b);
      b.append(' ');
      fidelity(q.fidelity(), b);
      b.append("</h3>\n<p class=\"qtext\">");
      if (q.quote().cue() != null) {
        b.append("<i>").append(Html.escape(q.quote().cue().text())).append("</i>: ");
      }
      b.append(Html.escape(q.quote().text(text))).append("</p>\n");
      if (q.has(Flag.SPEAKER_MISMATCH)) {
        b.append("<ul class=\"flag-list\"><li><span class=\"flag\">")
            .append(FLAGS.get(Flag.SPEAKER_MISMATCH)[0]).append("</span> ")
            .append(Html.escape(FLAGS.get(Flag.SPEAKER_MISMATCH)[1])).append("</li></ul>\n");
      }
      b.append("<h4>Where it was said</h4>\n");
      if (q.matches().isEmpty()) {
        b.append("<p>No source says this.</p>\n");
      } else {
        b.append("<ol class=\"matches\">");
        for (Match m : q.matches()) {
          b.append("<li>Source ").append(m.source() + 1).append(", said by ");
          if (m.speaker() == null) {
            b.append("<i>a speaker the source does not name</i>");
          } else {
            b.append("<b>").append(Html.escape(m.speaker())).append("</b>");
          }
          b.append(": ").append(supportSentence(m)).append("<br><span class=\"pair\">Source: “")
              .append(Html.escape(m.text())).append("”</span></li>");
        }
        b.append("</ol>\n");
      }
      if (!q.unsupported().isEmpty() && !q.matches().isEmpty()) {
        b.append("<h4>Not found in any source</h4>\n<ul class=\"unsup-l\">");
        for (Span u : q.unsupported()) {
          b.append("<li>“").append(Html.escape(u.text(text))).append("”</li>");
        }
        b.append("</ul>\n");
      }
      if (!q.reasons().isEmpty()) {
        b.append("<h4>What the source says instead</h4>\n<ul>");
        for (String why : q.reasons()) {
          b.append("<li>").append(Html.escape(why)).append("</li>");
        }
        b.append("</ul>\n");
      }
      b.append("</div>\n");
    }
    b.append("</section>\n");
  }

  private static void problems(Trace t, StringBuilder b) {
    List<String> notes = new ArrayList<>();
    for (Problem p : t.problems()) {
      notes.add(p.toString());
    }
    if (notes.isEmpty()) {
      return;
    }
    b.append("<section id=\"problems\">\n<h2>Notes about the input</h2>\n<ul>");
    for (String s : notes) {
      b.append("<li>").append(Html.escape(s)).append("</li>");
    }
    b.append("</ul>\n</section>\n");
  }

  // ---- highlights in the texts ---------------------------------------------------------------

  private static List<MarkedText.Mark> articleMarks(Trace t) {
    String text = t.article().text();
    List<MarkedText.Mark> marks = new ArrayList<>();
    for (int i = 0; i < t.quotes().size(); i++) {
      TracedQuote q = t.quotes().get(i);
      String k = String.valueOf(i + 1);
      Span s = q.quote().span();
      String[] v = VERDICTS.get(q.verdict());
      marks.add(MarkedText.Mark.point(s.start(), 0, "a").attr("class", "qn").attr("href",
              "#q" + k + "-card").attr("data-n", k).attr("data-q", k).attr("data-side", "article")
          .attr("title", "Quote " + k + ": details"));
      marks.add(new MarkedText.Mark(s.start(), s.end(), 0, "span").attr("id", "q" + k)
          .attr("class", "q v-" + q.verdict().id()).attr("data-q", k).attr("data-side", "article")
          .attr("title", "Quote " + k + " · " + speakerName(q) + " · " + v[0] + " · fidelity "
              + percent(q.fidelity())));
      for (int j = 0; j < q.matches().size(); j++) {
        Match m = q.matches().get(j);
        String id = "q" + k + "-m" + (j + 1);
        marks.add(new MarkedText.Mark(m.quotePart().start(), m.quotePart().end(), 1, "a")
            .attr("id", "q" + k + "-p" + (j + 1)).attr("class", "part s-" + m.support().id())
            .attr("href", "#" + id).attr("data-q", k).attr("data-m", String.valueOf(j + 1))
            .attr("data-side", "article").attr("title", "Quote " + k + " · found in source "
                + (m.source() + 1) + ", said by " + (m.speaker() == null ? "an unnamed speaker"
                : m.speaker()) + " · " + supportLabel(m.support())));
      }
      for (Span u : q.unsupported()) {
        marks.add(new MarkedText.Mark(u.start(), u.end(), 2, "span").attr("class", "unsup")
            .attr("title", "Quote " + k + " · not found in any source"));
      }
      for (Bracket br : q.brackets()) {
        marks.add(new MarkedText.Mark(br.span().start(), br.span().end(), 3, "span")
            .attr("class", br.agrees() ? "br br-ok" : "br br-bad").attr("title", br.sourceText()
                != null ? "The source has [" + br.sourceText() + "] here"
                : br.agrees() ? "Named near this place in the source"
                : "The source does not say this at this place"));
      }
      for (Edit e : q.edits()) {
        switch (e.op()) {
          case REPLACE -> marks.add(new MarkedText.Mark(e.article().start(), e.article().end(), 4,
              "span").attr("class", "chg").attr("title", "The source has: “" + e.sourceText() + "”"));
          case INSERT -> marks.add(new MarkedText.Mark(e.article().start(), e.article().end(), 4,
              "span").attr("class", "add").attr("title", "Added: not in the source"));
          case DELETE -> marks.add(MarkedText.Mark.point(e.article().start(), 4, "span")
              .attr("class", "drop").attr("title", "Dropped here: “" + e.sourceText() + "”"));
        }
      }
    }
    for (int i = 0; i < t.reuse().size(); i++) {
      Reuse r = t.reuse().get(i);
      String k = String.valueOf(i + 1);
      marks.add(new MarkedText.Mark(r.article().start(), r.article().end(), 0, "a")
          .attr("id", "r" + k).attr("class", "reuse").attr("href", "#r" + k + "-s")
          .attr("data-r", k).attr("data-side", "article").attr("title",
              "Taken from source " + (r.source() + 1) + " without quote marks (" + r.words()
                  + " words in common)"));
    }
    return marks;
  }

  private static List<MarkedText.Mark> sourceMarks(Trace t, int source) {
    List<MarkedText.Mark> marks = new ArrayList<>();
    for (int i = 0; i < t.quotes().size(); i++) {
      TracedQuote q = t.quotes().get(i);
      String k = String.valueOf(i + 1);
      for (int j = 0; j < q.matches().size(); j++) {
        Match m = q.matches().get(j);
        if (m.source() != source) {
          continue;
        }
        String who = m.speaker() == null ? "an unnamed speaker" : m.speaker();
        if (differs(q, m)) {
          marks.add(MarkedText.Mark.point(m.span().start(), 0, "span").attr("class", "who-warn")
              .attr("data-label", "⚠ " + m.speaker() + ", not " + speakerName(q))
              .attr("title", "The article credits quote " + k + " to " + speakerName(q)
                  + ", but in the source these words are said by " + m.speaker()));
        }
        marks.add(new MarkedText.Mark(m.span().start(), m.span().end(), 1, "a")
            .attr("id", "q" + k + "-m" + (j + 1)).attr("class", "m s-" + m.support().id())
            .attr("href", "#q" + k + "-p" + (j + 1)).attr("data-q", k)
            .attr("data-m", String.valueOf(j + 1)).attr("data-side", "source")
            .attr("title", "Quote " + k + " (" + speakerName(q) + ") · said here by " + who + " · "
                + supportLabel(m.support())));
      }
      for (Edit e : q.edits()) {
        if (e.source() != source) {
          continue;
        }
        Span s = e.sourceSpan();
        switch (e.op()) {
          case REPLACE -> marks.add(new MarkedText.Mark(s.start(), s.end(), 4, "span")
              .attr("class", "chg-src").attr("title", "Quote " + k + " has instead: “"
                  + e.articleText() + "”"));
          case DELETE -> marks.add(new MarkedText.Mark(s.start(), s.end(), 4, "span")
              .attr("class", "del").attr("title", "Dropped in quote " + k));
          case INSERT -> marks.add(MarkedText.Mark.point(s.start(), 4, "span").attr("class", "ins")
              .attr("title", "Quote " + k + " adds here: “" + e.articleText() + "”"));
        }
      }
    }
    for (int i = 0; i < t.reuse().size(); i++) {
      Reuse r = t.reuse().get(i);
      if (r.source() != source) {
        continue;
      }
      String k = String.valueOf(i + 1);
      marks.add(new MarkedText.Mark(r.sourceSpan().start(), r.sourceSpan().end(), 0, "a")
          .attr("id", "r" + k + "-s").attr("class", "reuse").attr("href", "#r" + k)
          .attr("data-r", k).attr("data-side", "source")
          .attr("title", "The article reuses this without quote marks"));
    }
    return marks;
  }

  // ---- words ---------------------------------------------------------------------------------

  private static String name(Document d) {
    return d.title().map(x -> x + " — " + d.origin()).orElse(d.origin());
  }

  private static String kind(Document d) {
    return switch (d.kind()) {
      case ARTICLE -> "article";
      case TRANSCRIPT -> "transcript";
      case SCRIPT -> "broadcast script";
      case WIRE -> "news-agency story";
      case PRESS_RELEASE -> "press release";
    };
  }

  static String speakerName(TracedQuote q) {
    Speaker s = q.quote().speaker();
    if (s == null) {
      return "Speaker unknown";
    }
    return s.name() != null ? s.name() : "“" + s.mention().text() + "” (not identified)";
  }

  private static String speakerSentence(TracedQuote q, String text) {
    Speaker s = q.quote().speaker();
    if (s == null) {
      return "The article does not say who said this.";
    }
    StringBuilder b = new StringBuilder("Credited to <b>")
        .append(Html.escape(speakerName(q))).append("</b>");
    if (s.mention() != null && !s.mention().text().equals(s.name())) {
      b.append(", called “").append(Html.escape(s.mention().text())).append("” at this place");
    }
    if (q.quote().cue() != null) {
      b.append(" (“").append(Html.escape(q.quote().cue().text())).append("”)");
    }
    b.append(switch (s.basis()) {
      case LABEL -> ", from the speaker label.";
      case CUE -> ".";
      case PARAGRAPH -> ", named elsewhere in the paragraph.";
      case CONTINUATION -> ", continuing the previous quote.";
      case NEAREST -> ". <span class=\"warn\">Guessed from the nearest speaker before it.</span>";
    });
    return b.toString();
  }

  /** Whether the source names another speaker than the article credits. */
  static boolean differs(TracedQuote q, Match m) {
    if (m.speaker() == null || q.quote().speaker() == null || q.quote().speaker().name() == null) {
      return false;
    }
    return !sameSpeaker(q.quote().speaker().name(), m.speaker());
  }

  // "Haftar" and "Khalifa Haftar" are one speaker: the words of the shorter are all in the longer
  static boolean sameSpeaker(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.equals(y);
    }
    return x.size() <= y.size() ? y.containsAll(x) : x.containsAll(y);
  }

  private static List<String> words(String s) {
    List<String> w = new ArrayList<>();
    for (String p : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!p.isEmpty()) {
        w.add(p);
      }
    }
    return w;
  }

  private static String supportLabel(Support s) {
    return switch (s) {
      case VERBATIM -> "word for word";
      case EDITED -> "with small changes";
      case PARAPHRASE -> "in other words";
    };
  }

  private static String supportSentence(Match m) {
    return switch (m.support()) {
      case VERBATIM -> "word for word";
      case EDITED -> "with small changes (" + percent(m.similarity()) + " of the words match)";
      case PARAPHRASE -> "in other words (meaning " + percent(m.similarity()) + " similar)";
    };
  }

  private static String reuseSentence(Trace t) {
    if (t.reuse().isEmpty()) {
      return "No article text outside quotes was found taken from a source.";
    }
    int n = t.reuse().size();
    return "About " + percent(t.reusedShare()) + " of the article’s text outside quotes is taken "
        + "from a source without quote marks (" + n + (n == 1 ? " passage" : " passages") + ").";
  }

  private static String verdictChips() {
    StringBuilder b = new StringBuilder();
    for (Verdict v : Verdict.values()) {
      b.append(' ');
      verdictBadge(v, b);
    }
    return b.toString();
  }

  private static void verdictBadge(Verdict v, StringBuilder b) {
    b.append("<span class=\"verdict v-").append(v.id()).append("\" title=\"")
        .append(Html.escape(VERDICTS.get(v)[1])).append("\">").append(VERDICTS.get(v)[0])
        .append("</span>");
  }

  private static void fidelity(double f, StringBuilder b) {
    b.append("<span class=\"fid\" title=\"Fidelity: how closely the quote follows the source\">"
        + "<span class=\"bar\"><span style=\"width:").append(Math.round(100 * f))
        .append("%\"></span></span> ").append(percent(f)).append("</span>");
  }

  private static void flagBadges(TracedQuote q, StringBuilder b) {
    for (Flag f : Flag.values()) {
      if (q.has(f)) {
        b.append("<span class=\"flag\" title=\"").append(Html.escape(FLAGS.get(f)[1])).append("\">")
            .append(FLAGS.get(f)[0]).append("</span> ");
      }
    }
  }

  private static String percent(double x) {
    return Math.round(100 * x) + "%";
  }

  private static String sourceText(Trace t, int source, Span s) {
    String text = t.sources().get(source).text();
    return s.end() <= text.length() ? s.text(text) : "";
  }

  static String firstWords(String s, int n) {
    String[] w = s.strip().split("\\s+");
    if (w.length <= n) {
      return String.join(" ", w);
    }
    return String.join(" ", java.util.Arrays.copyOf(w, n)) + " …";
  }

  // ---- style and script ----------------------------------------------------------------------

  private static final String CSS = """
      :root{--verbatim:#c8ebc9;--verbatim-d:#2e7d32;--edited:#cfe3fa;--edited-d:#1565c0;
      --paraphrase:#e6dbf6;--paraphrase-d:#6a1b9a;--partial:#fde0bf;--partial-d:#d84315;
      --unsupported:#f8cfcf;--unsupported-d:#c62828;--sel:#ff9800}
      *{box-sizing:border-box}
      body{margin:0;padding:0 24px 40px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",
      "DejaVu Sans",Arial,sans-serif;color:#1d1d1d;background:#fafaf8}
      h1{margin:16px 0 4px;font-size:26px}h2{font-size:19px;margin:26px 0 8px;
      border-bottom:1px solid #ddd;padding-bottom:3px}h3{font-size:16px;margin:0}
      h4{font-size:14px;margin:10px 0 4px}
      .docs{margin:4px 0;color:#333}.kind{color:#666;font-weight:normal;font-size:90%}
      .intro,.note,.hint{color:#444;max-width:70em}
      a{color:inherit}
      .verdict{display:inline-block;padding:0 7px;border-radius:9px;font-size:13px;
      font-weight:600;white-space:nowrap;border:1px solid}
      .v-verbatim .verdict,.verdict.v-verbatim{background:var(--verbatim);border-color:var(--verbatim-d)}
      .v-edited .verdict,.verdict.v-edited{background:var(--edited);border-color:var(--edited-d)}
      .v-paraphrase .verdict,.verdict.v-paraphrase{background:var(--paraphrase);border-color:var(--paraphrase-d)}
      .v-partial .verdict,.verdict.v-partial{background:var(--partial);border-color:var(--partial-d)}
      .v-unsupported .verdict,.verdict.v-unsupported{background:var(--unsupported);border-color:var(--unsupported-d)}
      .flag{display:inline-block;padding:0 6px;margin:1px 2px 1px 0;border-radius:3px;
      font-size:12px;background:#fff3cd;border:1px solid #c9a227;color:#5c4400;white-space:nowrap;cursor:help}
      .fid{white-space:nowrap;font-size:13px}.bar{display:inline-block;width:46px;height:8px;
      background:#e3e3e3;border-radius:4px;overflow:hidden;vertical-align:middle}
      .bar>span{display:block;height:100%;background:#5a7d9a}
      table{border-collapse:collapse;background:#fff}
      th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
      th{background:#f0f0ee;font-size:13px}
      table.summary tbody tr{cursor:pointer}table.summary tbody tr:hover{background:#fff8e1}
      table.summary td:first-child{text-align:right;font-weight:600}
      table.summary td:last-child a{text-decoration:none;color:#333}
      .counts .verdict{margin-right:3px}
      .verdicts{display:grid;grid-template-columns:repeat(5,1fr);gap:8px}
      .lv{padding:6px 8px;border-radius:4px;font-size:13px;border-left:5px solid}
      .lv.v-verbatim{background:var(--verbatim);border-color:var(--verbatim-d)}
      .lv.v-edited{background:var(--edited);border-color:var(--edited-d)}
      .lv.v-paraphrase{background:var(--paraphrase);border-color:var(--paraphrase-d)}
      .lv.v-partial{background:var(--partial);border-color:var(--partial-d)}
      .lv.v-unsupported{background:var(--unsupported);border-color:var(--unsupported-d)}
      .term{color:#555;font-size:12px}
      .marks{margin:10px 0;font-size:13px;display:flex;flex-wrap:wrap;gap:6px 18px}
      .flags-l{display:grid;grid-template-columns:max-content 1fr;gap:3px 10px;font-size:13px;margin:6px 0}
      .flags-l dd{margin:0}
      .panel{background:#fffdf5;border:1px solid #e0d6b8;
      border-radius:4px;padding:6px 12px;height:clamp(130px,26vh,280px);overflow:auto;margin-bottom:8px;
      box-shadow:0 2px 4px rgba(0,0,0,.08)}
      .panel .card{border:0;margin:0;padding:0;background:none;box-shadow:none}
      .cols{display:grid;grid-template-columns:1fr 1fr;gap:14px}
      .col{min-width:0;background:#fff;border:1px solid #ddd;border-radius:4px}
      .col-h{padding:6px 12px;background:#f0f0ee;border-bottom:1px solid #ddd}
      .col-body{height:max(420px,calc(100vh - 340px));overflow:auto;padding:4px 14px 30vh;position:relative}
      .doc-h{margin:10px 0 4px;font-size:14px;color:#333;border-bottom:1px dashed #ccc}
      .text{white-space:pre-wrap;overflow-wrap:break-word;font:16px/1.65 Georgia,"DejaVu Serif",serif}
      .q{border-bottom:2px solid;border-radius:2px;cursor:pointer}
      .q.v-verbatim{background:var(--verbatim);border-color:var(--verbatim-d)}
      .q.v-edited{background:var(--edited);border-color:var(--edited-d)}
      .q.v-paraphrase{background:var(--paraphrase);border-color:var(--paraphrase-d)}
      .q.v-partial{background:var(--partial);border-color:var(--partial-d)}
      .q.v-unsupported{background:var(--unsupported);border-color:var(--unsupported-d)}
      .qn{display:inline-block;text-decoration:none;font:bold 11px/15px system-ui,sans-serif;
      min-width:17px;padding:0 3px;margin:0 2px;text-align:center;color:#fff;background:#444;
      border-radius:8px;vertical-align:2px}
      .qn::before{content:attr(data-n)}
      a.part,span.part{text-decoration:none}
      .m{text-decoration:none;border-bottom:2px solid;cursor:pointer}
      .m.s-verbatim{background:var(--verbatim);border-color:var(--verbatim-d)}
      .m.s-edited{background:var(--edited);border-color:var(--edited-d)}
      .m.s-paraphrase{background:var(--paraphrase);border-color:var(--paraphrase-d)}
      .unsup{text-decoration:underline wavy 1.5px var(--unsupported-d);text-underline-offset:3px;color:#7a1f1f;
      background:repeating-linear-gradient(135deg,rgba(198,40,40,.13) 0 4px,transparent 4px 8px)}
      .chg,.add{background:#fff176;border-radius:2px;box-shadow:0 0 0 1px #c9b300}
      .add{text-decoration:underline dotted #8a7a00}
      .drop,.ins{display:inline-block;width:3px;height:1.05em;margin:0 1px;vertical-align:-0.15em;
      background:#c62828;border-radius:1px}
      .del{text-decoration:line-through 2px #c62828;color:#7a1f1f}
      .chg-src{box-shadow:0 0 0 1px #c9b300;background:#fffbd0}
      .br-bad{outline:2px solid var(--unsupported-d);outline-offset:1px;border-radius:2px}
      .br-bad::after{content:" ⚠";color:var(--unsupported-d);font-size:12px}
      .br-ok{border-bottom:1px dotted var(--verbatim-d)}
      .reuse{background:#e4e7ea;border-bottom:2px dashed #607d8b;text-decoration:none}
      .who-warn::before{content:attr(data-label);font:bold 11px/1.2 system-ui,sans-serif;
      color:#fff;background:var(--unsupported-d);padding:0 5px;border-radius:3px;margin-right:3px;
      white-space:nowrap}
      .warn{color:var(--unsupported-d);font-weight:600}
      .q.hov,.m.hov,.reuse.hov{outline:2px dashed var(--sel);outline-offset:1px}
      .q.sel,.m.sel,.reuse.sel,.text :target{outline:3px solid var(--sel);outline-offset:1px;
      box-shadow:0 0 0 5px rgba(255,152,0,.25)}
      tr.sel td{background:#fff3e0}.card:target{outline:3px solid var(--sel)}
      .card{background:#fff;border:1px solid #ddd;border-left:6px solid;border-radius:4px;
      padding:8px 12px;margin:10px 0;max-width:75em}
      .card.v-verbatim{border-left-color:var(--verbatim-d)}.card.v-edited{border-left-color:var(--edited-d)}
      .card.v-paraphrase{border-left-color:var(--paraphrase-d)}.card.v-partial{border-left-color:var(--partial-d)}
      .card.v-unsupported{border-left-color:var(--unsupported-d)}
      .card .num{display:inline-block;background:#444;color:#fff;border-radius:9px;padding:0 7px;
      font-size:13px;text-decoration:none}
      .qtext{font:15px/1.5 Georgia,"DejaVu Serif",serif;margin:6px 0;white-space:pre-wrap}
      .who{margin:4px 0;font-size:14px}.pair{color:#444;font-size:13px;font-family:Georgia,serif}
      .matches,.unsup-l,.flag-list{margin:4px 0;padding-left:22px;font-size:14px}
      .flag-list{list-style:none;padding-left:0}
      table.edits{font-size:13px}
      .reuse-t td:nth-child(2),.reuse-t td:nth-child(3){max-width:38em}
      footer{margin-top:30px;color:#666;font-size:12px}
      @media (max-width:900px){.cols{grid-template-columns:1fr}.verdicts{grid-template-columns:1fr 1fr}}
      """;

  // The page's only script. It reads nothing from the input but the numbers in data attributes.
  private static final String SCRIPT = """
      (function () {
        'use strict';
        var doc = document;
        function all(sel) { return Array.prototype.slice.call(doc.querySelectorAll(sel)); }
        function swap(cls, sel) {
          all('.' + cls).forEach(function (e) { e.classList.remove(cls); });
          if (sel) { all(sel).forEach(function (e) { e.classList.add(cls); }); }
        }
        function sel(el) {
          if (el.dataset.q) { return '.text [data-q="' + el.dataset.q + '"]'; }
          return '.text [data-r="' + el.dataset.r + '"]';
        }
        function scrollInColumn(el) {
          if (!el) { return; }
          var col = el.closest('.col-body');
          if (!col) { return; }
          var r = el.getBoundingClientRect(), c = col.getBoundingClientRect();
          col.scrollTop += (r.top - c.top) - col.clientHeight / 4;
        }
        function byId(id) { return doc.getElementById(id); }
        function show(el, from) {
          var q = el.dataset.q, r = el.dataset.r, m = el.dataset.m, side = from || el.dataset.side;
          swap('sel', sel(el));
          swap('hov', null);
          if (q) {
            all('tr[data-q="' + q + '"]').forEach(function (e) { e.classList.add('sel'); });
            var card = byId('q' + q + '-card'), body = byId('panel-body');
            if (card && body) {
              var c = card.cloneNode(true);
              c.removeAttribute('id');
              c.querySelectorAll('[id]').forEach(function (x) { x.removeAttribute('id'); });
              body.replaceChildren(c);
            }
            var inArticle = byId(m ? 'q' + q + '-p' + m : 'q' + q) || byId('q' + q);
            var inSource = byId('q' + q + '-m' + (m || 1));
            if (side !== 'article') { scrollInColumn(inArticle); }
            if (side !== 'source') { scrollInColumn(inSource); }
          } else if (r) {
            if (side !== 'article') { scrollInColumn(byId('r' + r)); }
            if (side !== 'source') { scrollInColumn(byId('r' + r + '-s')); }
          }
          if (side === 'summary' || side === 'card') {
            byId('compare').scrollIntoView({block: 'start'});
          }
        }
        function target(ev) {
          var el = ev.target.closest('[data-q],[data-r]');
          return el && el.dataset.side ? el : null;
        }
        doc.addEventListener('click', function (ev) {
          var el = target(ev);
          if (!el) { return; }
          if (el.closest('.card') && !el.closest('a')) { return; }
          ev.preventDefault();
          show(el);
          if (history.replaceState) {
            history.replaceState(null, '', el.dataset.q ? '#q' + el.dataset.q : '#r' + el.dataset.r);
          }
        });
        doc.addEventListener('mouseover', function (ev) {
          var el = target(ev);
          if (el && el.dataset.side !== 'card') { swap('hov', sel(el)); } else { swap('hov', null); }
        });
        var linked = all('.text [data-q],.text [data-r]').length;
        var hash = /^#(q|r)(\\d+)/.exec(location.hash);
        if (hash) {
          var first = byId(hash[1] + hash[2]);
          if (first) { show(first, 'summary'); }
        }
        doc.body.setAttribute('data-wired', String(linked));
      })();
      """;

  // The hash of the page's only script, which the CSP lets run; nothing else may. A hash rather
  // than a nonce: the script never changes, and the same trace makes the same page.
  private static final String SCRIPT_HASH = "sha256-" + java.util.Base64.getEncoder().encodeToString(
      sha256(SCRIPT));

  private static byte[] sha256(String s) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
