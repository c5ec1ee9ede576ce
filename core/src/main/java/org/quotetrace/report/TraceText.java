package org.quotetrace.report;

import java.util.Locale;
import org.quotetrace.text.Document;
import org.quotetrace.text.Offsets;
import org.quotetrace.text.Span;
import org.quotetrace.trace.Bracket;
import org.quotetrace.trace.Edit;
import org.quotetrace.trace.Flag;
import org.quotetrace.trace.Match;
import org.quotetrace.trace.Reuse;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.TracedReport;

/** A trace as plain text for a terminal: one block per quote, the verdict first. */
public final class TraceText {
  private TraceText() {}

  public static String render(Trace t) {
    StringBuilder b = new StringBuilder();
    String text = t.article().text();
    Offsets art = Offsets.of(text);
    b.append("== ").append(t.article().origin()).append(" (").append(t.article().kind().id())
        .append(") against ").append(t.sources().size())
        .append(t.sources().size() == 1 ? " source" : " sources").append('\n');
    for (int i = 0; i < t.sources().size(); i++) {
      Document d = t.sources().get(i);
      b.append("   [").append(i + 1).append("] ").append(d.origin()).append(" (")
          .append(d.kind().id()).append(")\n");
    }
    int n = 0;
    for (TracedQuote q : t.quotes()) {
      n++;
      Span s = q.quote().span();
      b.append('\n').append(String.format(Locale.ROOT, "%2d. %-11s %.2f  ", n,
          q.verdict().id().toUpperCase(Locale.ROOT), q.fidelity()));
      b.append(speaker(q)).append("  ").append(art.toCodePoint(s.start())).append('-')
          .append(art.toCodePoint(s.end()));
      StringBuilder flags = new StringBuilder();
      for (Flag f : Flag.values()) {
        if (q.has(f)) {
          flags.append(flags.length() == 0 ? "" : ", ").append(f.id());
        }
      }
      if (flags.length() > 0) {
        b.append("  [").append(flags).append(']');
      }
      b.append("\n    “").append(oneLine(s.text(text), 160)).append("”\n");
      for (Match m : q.matches()) {
        Document d = t.sources().get(m.source());
        Offsets so = Offsets.of(d.text());
        b.append("    <- [").append(m.source() + 1).append("] ")
            .append(so.toCodePoint(m.span().start())).append('-')
            .append(so.toCodePoint(m.span().end())).append(' ')
            .append(m.speaker() == null ? "(no speaker)" : m.speaker()).append(", ")
            .append(m.support().id())
            .append(String.format(Locale.ROOT, " %.2f", m.similarity())).append(": “")
            .append(oneLine(m.text(), 140)).append("”\n");
      }
      for (Span u : q.unsupported()) {
        b.append("    not in any source: “").append(oneLine(u.text(text), 140)).append("”\n");
      }
      q.nearest().ifPresent(near -> b.append("    nearest, in [").append(near.source() + 1)
          .append("]: “").append(oneLine(near.text(), 140)).append("”\n"));
      for (String r : q.reasons()) {
        b.append("    changed: ").append(oneLine(r, 200)).append('\n');
      }
      for (Bracket br : q.brackets()) {
        b.append("    bracket [").append(br.text()).append("] ");
        if (br.sourceText() != null) {
          b.append("where the source has [").append(br.sourceText()).append("]");
        } else {
          b.append(br.agrees() ? "not contradicted by the source" : "not said there in the source");
        }
        b.append(br.agrees() ? "" : "  <- differs").append('\n');
      }
      if (!q.edits().isEmpty()) {
        StringBuilder e = new StringBuilder();
        int shown = 0;
        for (Edit ed : q.edits()) {
          if (shown++ == 12) {
            e.append("; … ").append(q.edits().size() - 12).append(" more");
            break;
          }
          if (e.length() > 0) {
            e.append("; ");
          }
          switch (ed.op()) {
            case REPLACE -> e.append('"').append(oneLine(ed.sourceText(), 40)).append("\" -> \"")
                .append(oneLine(ed.articleText(), 40)).append('"');
            case INSERT -> e.append("+\"").append(oneLine(ed.articleText(), 40)).append('"');
            case DELETE -> e.append("-\"").append(oneLine(ed.sourceText(), 40)).append('"');
          }
        }
        b.append("    edits: ").append(e).append('\n');
      }
    }
    if (t.quotes().isEmpty()) {
      b.append("\n(no quotes in the article)\n");
    }
    reported(b, t, art);
    b.append('\n').append(String.format(Locale.ROOT,
        "reuse without quote marks: %.0f%% of the article's other words, %d passage%s%n",
        100 * t.reusedShare(), t.reuse().size(), t.reuse().size() == 1 ? "" : "s"));
    for (Reuse r : t.reuse()) {
      b.append("    [").append(r.source() + 1).append("] “")
          .append(oneLine(r.article().text(text), 140)).append("”\n");
    }
    // Names, URLs and quotes come from the documents: no control character reaches the terminal.
    return TerminalText.safe(b);
  }

  /**
   * Reported speech in a section of its own, after the quotes: each report's verdict, speaker,
   * cue and content, the source passage it reports, and why it is unsupported where a source says
   * otherwise.
   */
  private static void reported(StringBuilder b, Trace t, Offsets art) {
    if (t.reported().isEmpty()) {
      return;
    }
    String text = t.article().text();
    b.append("\n-- reported speech (").append(t.reported().size()).append(")\n");
    int n = 0;
    for (TracedReport r : t.reported()) {
      n++;
      TracedQuote q = r.traced();
      Span s = q.quote().span();
      b.append('\n').append(String.format(Locale.ROOT, "R%d. %-11s %.2f  ", n,
          q.verdict().id().toUpperCase(Locale.ROOT), q.fidelity()));
      b.append(speaker(q)).append("  ").append(art.toCodePoint(s.start())).append('-')
          .append(art.toCodePoint(s.end())).append("  ").append(r.attribution().form().label());
      if (q.has(Flag.SPEAKER_MISMATCH)) {
        b.append("  [").append(Flag.SPEAKER_MISMATCH.id()).append(']');
      }
      b.append('\n');
      if (q.quote().cue() != null) {
        b.append("    ").append(oneLine(q.quote().cue().text(), 40)).append(": ");
      } else {
        b.append("    ");
      }
      b.append(oneLine(s.text(text), 160)).append('\n');
      for (Match m : q.matches()) {
        Document d = t.sources().get(m.source());
        Offsets so = Offsets.of(d.text());
        b.append("    <- [").append(m.source() + 1).append("] ")
            .append(so.toCodePoint(m.span().start())).append('-')
            .append(so.toCodePoint(m.span().end())).append(' ')
            .append(m.speaker() == null ? "(no speaker)" : m.speaker())
            .append(String.format(Locale.ROOT, ", %.2f", m.similarity())).append(": “")
            .append(oneLine(m.text(), 140)).append("”\n");
      }
      for (Span u : q.unsupported()) {
        if (q.verdict() != org.quotetrace.trace.Verdict.UNSUPPORTED) {
          b.append("    not in any source: “").append(oneLine(u.text(text), 140)).append("”\n");
        }
      }
      for (String why : q.reasons()) {
        b.append("    changed: ").append(oneLine(why, 200)).append('\n');
      }
    }
  }

  private static String speaker(TracedQuote q) {
    if (q.quote().speaker() == null) {
      return "(speaker unknown)";
    }
    String name = q.quote().speaker().name();
    return name != null ? name : "? (" + q.quote().speaker().mention().text() + ")";
  }

  static String oneLine(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
