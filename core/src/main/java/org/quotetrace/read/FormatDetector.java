package org.quotetrace.read;

import java.util.Locale;
import java.util.regex.Pattern;

/** Guesses a file's format from its name, then from the first characters of its content. */
final class FormatDetector {
  private FormatDetector() {}

  private static final Pattern SRT_START =
      Pattern.compile("\\A\\s*\\d{1,6}[ \\t]*\\r?\\n[ \\t]*\\d{1,3}:\\d{2}:\\d{2}[,.]\\d{1,3}[ \\t]*-->");

  /** By extension only; null when the name says nothing. */
  static Format byName(String name) {
    if (name == null) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    // URLs carry queries and fragments after the file name.
    int cut = lower.length();
    for (char c : new char[] {'?', '#'}) {
      int k = lower.indexOf(c);
      if (k >= 0 && k < cut) {
        cut = k;
      }
    }
    lower = lower.substring(0, cut);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (lower.endsWith(".srt")) {
      return Format.SRT;
    }
    if (lower.endsWith(".vtt") || lower.endsWith(".webvtt")) {
      return Format.VTT;
    }
    return null;
  }

  /** By content; TEXT unless the start of the text is unmistakably markup or subtitles. */
  static Format byContent(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (text.startsWith("WEBVTT", i)
        && (i + 6 == n || Character.isWhitespace(text.charAt(i + 6)))) {
      return Format.VTT;
    }
    if (i < n && text.charAt(i) == '<') {
      String head = text.substring(i, Math.min(n, i + 1024)).toLowerCase(Locale.ROOT);
      if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
        return Format.HTML;
      }
      // Pages saved by crawlers may open with a comment or an XML declaration.
      if ((head.startsWith("<!--") || head.startsWith("<?xml")) && head.contains("<html")) {
        return Format.HTML;
      }
    }
    if (i < n && Character.isDigit(text.charAt(i))) {
      String head = text.substring(0, Math.min(n, i + 200));
      if (SRT_START.matcher(head).find()) {
        return Format.SRT;
      }
    }
    return Format.TEXT;
  }
}
