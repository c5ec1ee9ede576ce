package org.quotetrace.report;

import org.quotetrace.trace.Trace;

/** A trace as one self-contained HTML page: article and sources side by side. */
public final class TraceHtml {
  private TraceHtml() {}

  public static String render(Trace t) {
    StringBuilder b = new StringBuilder("<!doctype html><meta charset=utf-8><title>quotetrace</title><pre>");
    b.append(escape(TraceText.render(t))).append("</pre>\n");
    return b.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
