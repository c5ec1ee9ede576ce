package org.quotetrace.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.read.Labels.Label;
import org.quotetrace.text.Problem;
import org.quotetrace.text.Span;
import org.quotetrace.text.Turn;

/**
 * Reads SubRip and WebVTT subtitles into running text: the cue texts without timings and markup,
 * cues of one speaker joined into a paragraph, a new paragraph where the speaker changes.
 *
 * <p>Speakers come from VTT voice tags ({@code <v Name>}), from "NAME:" prefixes, and from
 * dialogue dashes, which say only that someone else speaks now.
 */
final class SubtitleReader {
  private SubtitleReader() {}

  /** The text, its turns (only for paragraphs whose speaker is known) and the problems met. */
  record Subtitles(String text, List<Turn> turns, List<Problem> problems) {}

  /** Timestamps of both formats: SRT "00:01:02,500", VTT "01:02.500" or "00:01:02.500". */
  private static final Pattern TIMING =
      Pattern.compile(
          "^\\s*((?:\\d{1,3}:)?\\d{1,2}:\\d{1,2}[,.]\\d{1,3})\\s*-->\\s*"
              + "((?:\\d{1,3}:)?\\d{1,2}:\\d{1,2}[,.]\\d{1,3})(?:[ \\t].*)?$");

  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]{1,80})>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]{0,200}>|\\{\\\\[^}]{0,100}}");

  /** A pause this long after a finished sentence starts a new paragraph even for one speaker. */
  private static final long PARAGRAPH_PAUSE_MS = 3000;

  /** Who speaks in a piece of cue text; speaker null when only a change is known (a dash). */
  private record Piece(String speaker, String labelled, String text, long start, long end) {}

  /** A problem waiting for the text to exist: it will point at the text of piece {@code piece}. */
  private record Pending(String message, int piece) {}

  static Subtitles read(String source, Format format) {
    List<String> lines = source.lines().toList();
    List<Piece> pieces = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    int i = format == Format.VTT ? skipVttHeader(lines) : 0;
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      int blockStart = i;
      int blockEnd = i;
      while (blockEnd < lines.size() && !lines.get(blockEnd).isBlank()) {
        blockEnd++;
      }
      i = blockEnd;
      String first = lines.get(blockStart).strip();
      if (format == Format.VTT
          && (first.startsWith("NOTE") || first.equals("STYLE") || first.equals("REGION"))) {
        continue;
      }
      int timingLine = -1;
      for (int k = blockStart; k < Math.min(blockEnd, blockStart + 3); k++) {
        if (lines.get(k).contains("-->")) {
          timingLine = k;
          break;
        }
      }
      long start = -1;
      long end = -1;
      int textFrom;
      if (timingLine < 0) {
        if (blockEnd - blockStart == 1 && isDigits(first)) {
          pending.add(
              new Pending("line " + (blockStart + 1) + ": cue " + first + " has no timing and no text; skipped",
                  pieces.size()));
          continue;
        }
        // A blank line inside a cue's text splits it in two; the words still belong in the text.
        pending.add(
            new Pending(
                "line " + (blockStart + 1) + ": text without a cue timing; kept with the cue before",
                pieces.size()));
        textFrom = blockStart;
      } else {
        Matcher m = TIMING.matcher(lines.get(timingLine));
        if (m.matches()) {
          start = millis(m.group(1));
          end = millis(m.group(2));
        }
        if (start < 0 || end < 0) {
          start = -1;
          end = -1;
          pending.add(
              new Pending(
                  "line " + (timingLine + 1) + ": bad cue timing '" + lines.get(timingLine).strip()
                      + "'; text kept",
                  pieces.size()));
        } else if (end < start) {
          pending.add(
              new Pending(
                  "line " + (timingLine + 1) + ": cue ends before it starts; text kept",
                  pieces.size()));
        }
        textFrom = timingLine + 1;
      }
      for (int k = textFrom; k < blockEnd; k++) {
        splitCueLine(lines.get(k), start, end, pieces);
      }
    }
    return build(pieces, pending);
  }

  private static int skipVttHeader(List<String> lines) {
    int i = 0;
    // The header block ("WEBVTT", "Kind: captions", "Language: en") ends at the first blank line.
    while (i < lines.size() && !lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /**
   * Splits one line of cue text at voice tags and dialogue dashes, and removes the markup.
   */
  private static void splitCueLine(String line, long start, long end, List<Piece> out) {
    Matcher v = VOICE.matcher(line);
    int pos = 0;
    String voice = null;
    boolean any = false;
    while (v.find()) {
      if (v.start() > pos) {
        addText(voice, line.substring(pos, v.start()), start, end, out);
      }
      voice = v.group(1).strip();
      pos = v.end();
      any = true;
    }
    if (!any) {
      addText(null, line, start, end, out);
    } else if (pos < line.length()) {
      addText(voice, line.substring(pos), start, end, out);
    }
  }

  private static void addText(String voice, String raw, long start, long end, List<Piece> out) {
    String t = unescape(TAG.matcher(raw).replaceAll("")).strip();
    if (t.isEmpty()) {
      return;
    }
    String speaker = voice;
    boolean dash = false;
    if (t.startsWith("- ") || t.startsWith("– ") || t.startsWith("— ")
        || (t.length() > 1 && t.charAt(0) == '-' && Character.isLetter(t.charAt(1)))) {
      dash = true;
      t = t.substring(t.charAt(1) == ' ' ? 2 : 1).strip();
    }
    if (t.isEmpty()) {
      return;
    }
    String labelled = null;
    Label l = Labels.parse(t, 0, t.length());
    if (l != null && (!l.weak() || l.allCaps()) && !l.sot()) {
      labelled = l.speaker();
      speaker = l.speaker();
    }
    if (dash && speaker == null) {
      // A dash says the speaker changed but not who speaks.
      out.add(new Piece("", null, t, start, end));
    } else {
      out.add(new Piece(speaker, labelled, t, start, end));
    }
  }

  /**
   * Joins the pieces into paragraphs. A piece with a speaker (from a voice tag or a label) starts a
   * paragraph when the speaker differs; an empty speaker (a dash) always starts one; a piece
   * without information continues the paragraph unless a long pause follows a finished sentence.
   */
  private static Subtitles build(List<Piece> pieces, List<Pending> pending) {
    StringBuilder text = new StringBuilder();
    List<Turn> turns = new ArrayList<>();
    int[] pieceStarts = new int[pieces.size() + 1];
    String current = null; // speaker of the open paragraph; "" when unknown
    boolean open = false;
    int contentStart = -1;
    Span label = null;
    long lastEnd = -1;
    char lastChar = 0;
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      String speaker = p.speaker();
      boolean newPara;
      if (!open || p.labelled() != null) {
        newPara = true;
      } else if (speaker != null) {
        newPara = speaker.isEmpty() || !speaker.equals(current);
      } else {
        newPara =
            lastEnd >= 0 && p.start() - lastEnd >= PARAGRAPH_PAUSE_MS && isSentenceEnd(lastChar);
      }
      String t = p.text();
      if (newPara) {
        closeTurn(text, current, label, contentStart, turns);
        if (open) {
          text.append("\n\n");
        }
        open = true;
        int paraStart = text.length();
        pieceStarts[k] = paraStart;
        if (speaker != null) {
          current = speaker;
        }
        label = null;
        contentStart = paraStart;
        text.append(t);
        if (p.labelled() != null) {
          Label l = Labels.parse(t, 0, t.length());
          label = new Span(paraStart + l.start(), paraStart + l.end());
          int cs = paraStart + l.contentStart();
          while (cs < text.length() && Labels.isSpace(text.charAt(cs))) {
            cs++;
          }
          contentStart = cs;
        }
      } else {
        text.append(' ');
        pieceStarts[k] = text.length();
        text.append(t);
      }
      lastEnd = p.end();
      lastChar = t.charAt(t.length() - 1);
    }
    closeTurn(text, current, label, contentStart, turns);
    pieceStarts[pieces.size()] = text.length();
    String built = text.toString();
    List<Problem> problems = new ArrayList<>(pending.size());
    // One walk over the text gives every problem its line and column.
    int line = 1;
    int column = 1;
    int pos = 0;
    for (Pending p : pending) {
      int at = pieceStarts[p.piece()];
      for (; pos < at; pos++) {
        if (built.charAt(pos) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      problems.add(new Problem(at, line, column, p.message()));
    }
    return new Subtitles(built, turns, problems);
  }

  private static void closeTurn(
      StringBuilder text, String speaker, Span label, int contentStart, List<Turn> turns) {
    if (speaker == null || speaker.isEmpty() || contentStart < 0 || contentStart >= text.length()) {
      return;
    }
    turns.add(new Turn(label, speaker, "", "", new Span(contentStart, text.length())));
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || Quotes.isClosing(c);
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Milliseconds of "hh:mm:ss,mmm" or "mm:ss.mmm", or -1 when a field is out of range. */
  static long millis(String ts) {
    String[] parts = ts.split("[:,.]");
    long h = 0;
    int k = 0;
    if (parts.length == 4) {
      h = Long.parseLong(parts[k++]);
    }
    long m = Long.parseLong(parts[k++]);
    long s = Long.parseLong(parts[k++]);
    String frac = parts[k];
    long ms = Long.parseLong(frac) * (frac.length() == 1 ? 100 : frac.length() == 2 ? 10 : 1);
    if (m > 59 || s > 59) {
      return -1;
    }
    return ((h * 60 + m) * 60 + s) * 1000 + ms;
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u00A0")
        .replace("&lrm;", "")
        .replace("&rlm;", "")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
