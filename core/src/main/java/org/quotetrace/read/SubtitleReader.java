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

  /** Problems listed one by one; beyond this a broken file would drown the useful ones. */
  private static final int MAX_PROBLEMS = 100;

  /** A pause this long after a finished sentence starts a new paragraph even for one speaker. */
  private static final long PARAGRAPH_PAUSE_MS = 3000;

  /**
   * A piece of cue text and who speaks it: a name, "" when a dialogue dash says only that the
   * speaker changed, or null when the piece says nothing about its speaker.
   *
   * @param labelled the speaker when the piece opens with a "NAME:" label in its own text
   * @param dash whether a dialogue dash opens the piece
   */
  private record Piece(String speaker, String labelled, String text, long start, long end,
      boolean dash) {
    Piece withSpeaker(String who) {
      return new Piece(who, labelled, text, start, end, dash);
    }
  }

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
          String message =
              "line " + (blockStart + 1) + ": cue " + first + " has no timing and no text; skipped";
          pending.add(new Pending(message, pieces.size()));
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
    answers(pieces);
    return build(pieces, pending);
  }

  /**
   * Gives the second piece of a two-dash cue to the person speaking before it, where the first
   * piece is someone else cutting in: a question ("- Stopped completely? / - Not completely.") or
   * a line labelled with another name ("- MAN: That's when they run. / - I understand."). Films
   * put an unseen interviewer's question and the answer in one caption; the answer, and the cues
   * after it, are the interviewee's. A reporter or host before the cue is the one asking, so then
   * the dash says no more than that someone else answers.
   */
  private static void answers(List<Piece> pieces) {
    String before = null;
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      if (k + 1 < pieces.size() && p.dash() && pieces.get(k + 1).dash()
          && p.start() == pieces.get(k + 1).start() && p.start() >= 0
          && pieces.get(k + 1).labelled() == null && before != null && !Labels.isRoleWord(before)) {
        boolean cutIn = p.labelled() != null ? !p.labelled().equals(before)
            : p.text().endsWith("?");
        if (cutIn) {
          pieces.set(k + 1, pieces.get(k + 1).withSpeaker(before));
          k++;
          continue;
        }
      }
      if (p.speaker() != null && !p.speaker().isEmpty()) {
        before = p.speaker();
      }
    }
  }

  private static int skipVttHeader(List<String> lines) {
    int i = 0;
    if (lines.isEmpty() || !lines.get(0).strip().startsWith("WEBVTT")) {
      return 0; // read as VTT on the caller's word, without a header
    }
    // The header block ("WEBVTT", "Kind: captions", "Language: en") ends at the first blank line.
    while (i < lines.size() && !lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /** Splits one line of cue text at voice tags and dialogue dashes, and removes the markup. */
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
    if (t.isEmpty() || t.equals("-") || t.equals("–") || t.equals("—")) {
      return; // a dash before a voice tag: the tag already says who speaks
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
      out.add(new Piece("", null, t, start, end, true));
    } else {
      out.add(new Piece(speaker, labelled, t, start, end, dash));
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
      if (problems.size() == MAX_PROBLEMS) {
        problems.add(
            Problem.whole((pending.size() - MAX_PROBLEMS) + " more problems with cues not listed"));
        break;
      }
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
    // An empty speaker is someone a dialogue dash sets apart without naming: still a turn, so
    // that the words are nobody's in particular rather than a narrator's.
    if (speaker == null || contentStart < 0) {
      return;
    }
    // A label may have stood alone in its cue; the words then start after the joining space.
    int s = contentStart;
    int e = text.length();
    while (s < e && Labels.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Labels.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      turns.add(new Turn(label, speaker, "", "", new Span(s, e)));
    }
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
