package org.quotetrace.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders a text as HTML with elements wrapped around ranges of it that may nest or overlap.
 *
 * <p>HTML elements must nest, but a quote, an edit inside it and a passage reused around it need
 * not. So the text is cut at every range boundary and, at each cut, the elements that end are
 * closed and those that go on are closed and opened again around the next piece. Only the first
 * piece of a range carries its id; every piece carries its class and data attributes, so that a
 * script can find them all. A link inside a link is not allowed in HTML: an inner link is written
 * as a span whose {@code data-href} the page's script follows.
 */
final class MarkedText {
  private MarkedText() {}

  /**
   * An element around {@code [start, end)} of the text. A point ({@code start == end}) is an empty
   * element at that place, e.g. where words were dropped; an empty range that is not a point is
   * not drawn.
   *
   * @param rank orders ranges with the same bounds: lower ranks are outside
   */
  static final class Mark {
    final int start;
    final int end;
    final int rank;
    final String tag;
    final boolean point;
    final Map<String, String> attrs = new LinkedHashMap<>();

    Mark(int start, int end, int rank, String tag) {
      this(start, end, rank, tag, false);
    }

    private Mark(int start, int end, int rank, String tag, boolean point) {
      this.start = start;
      this.end = end;
      this.rank = rank;
      this.tag = tag;
      this.point = point;
    }

    static Mark point(int at, int rank, String tag) {
      return new Mark(at, at, rank, tag, true);
    }

    Mark attr(String name, String value) {
      if (value != null) {
        attrs.put(name, value);
      }
      return this;
    }
  }

  static String render(String text, List<Mark> marks) {
    StringBuilder b = new StringBuilder(text.length() * 2);
    render(text, marks, b);
    return b.toString();
  }

  static void render(String text, List<Mark> marks, StringBuilder b) {
    int n = text.length();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
    TreeMap<Integer, List<Mark>> starting = new TreeMap<>();
    TreeMap<Integer, List<Mark>> points = new TreeMap<>();
    List<Mark> ranges = new ArrayList<>();
    for (Mark m : marks) {
      int s = snap(text, clamp(m.start, n));
      int e = snap(text, clamp(m.end, n));
      if (m.point) {
        points.computeIfAbsent(s, k -> new ArrayList<>()).add(m);
        cuts.add(s);
      } else if (s < e) {
        Mark c = s == m.start && e == m.end ? m : copy(m, s, e);
        ranges.add(c);
        starting.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
        cuts.add(s);
        cuts.add(e);
      }
    }
    Comparator<Mark> outerFirst = Comparator.<Mark>comparingInt(m -> -m.end)
        .thenComparingInt(m -> m.rank).thenComparingInt(m -> m.start);
    List<Open> stack = new ArrayList<>();
    Set<Mark> started = new HashSet<>();
    Integer[] at = cuts.toArray(new Integer[0]);
    for (int i = 0; i < at.length; i++) {
      int p = at[i];
      int lowest = -1;
      for (int j = 0; j < stack.size(); j++) {
        if (stack.get(j).mark.end <= p) {
          lowest = j;
          break;
        }
      }
      List<Mark> open = new ArrayList<>();
      if (lowest >= 0) {
        for (int j = stack.size() - 1; j >= lowest; j--) {
          Open o = stack.remove(j);
          b.append("</").append(o.tag).append('>');
          if (o.mark.end > p) {
            open.add(o.mark);
          }
        }
      }
      for (Mark m : points.getOrDefault(p, List.of())) {
        String tag = open(m, b, stack, true).tag;
        b.append("</").append(tag).append('>');
      }
      open.addAll(starting.getOrDefault(p, List.of()));
      open.sort(outerFirst);
      for (Mark m : open) {
        stack.add(open(m, b, stack, started.add(m)));
      }
      if (i + 1 < at.length) {
        Html.escape(text, p, at[i + 1], b);
      }
    }
    for (int j = stack.size() - 1; j >= 0; j--) {
      b.append("</").append(stack.get(j).tag).append('>');
    }
  }

  /** An element written and not yet closed, with the tag it was written as. */
  private record Open(Mark mark, String tag) {}

  private static Open open(Mark m, StringBuilder b, List<Open> stack, boolean first) {
    boolean inLink = false;
    for (Open o : stack) {
      inLink |= o.tag.equals("a");
    }
    boolean demote = m.tag.equals("a") && inLink;
    String tag = demote ? "span" : m.tag;
    b.append('<').append(tag);
    for (Map.Entry<String, String> a : m.attrs.entrySet()) {
      String name = a.getKey();
      if (name.equals("id") && !first) {
        continue;
      }
      if (name.equals("href") && demote) {
        name = "data-href";
      }
      b.append(' ').append(name).append("=\"");
      Html.escape(a.getValue(), 0, a.getValue().length(), b);
      b.append('"');
    }
    b.append('>');
    return new Open(m, tag);
  }

  private static int clamp(int x, int n) {
    return Math.max(0, Math.min(n, x));
  }

  // never cut between the two halves of a surrogate pair
  private static int snap(String text, int p) {
    if (p > 0 && p < text.length() && Character.isLowSurrogate(text.charAt(p))
        && Character.isHighSurrogate(text.charAt(p - 1))) {
      return p + 1;
    }
    return p;
  }

  private static Mark copy(Mark m, int s, int e) {
    Mark c = new Mark(s, e, m.rank, m.tag, m.point);
    c.attrs.putAll(m.attrs);
    return c;
  }
}
