package org.quotetrace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotetrace.text.Document;
import org.quotetrace.text.Segmenter;
import org.quotetrace.text.Span;
import org.quotetrace.text.Turn;

/**
 * What the baselines share: the stretches of a source they search (a transcript's turns without
 * their speaker labels, else paragraphs), quotes cut at their ellipses, and plain word lists with
 * offsets. Deliberately simpler than quotetrace's own normalisation: no spelling variants and no
 * number forms beyond what QUOTUS itself standardised.
 */
final class BaselineText {
  private BaselineText() {}

  /** A searchable stretch of source {@code source}. */
  record Window(int source, Span span) {}

  /** Words with their offsets into the document text. */
  record Words(String[] words, int[] starts, int[] ends) {
    int size() {
      return words.length;
    }

    Span span(int from, int toInclusive) {
      return new Span(starts[from], ends[toInclusive]);
    }

    static Words concat(List<Words> parts) {
      int n = 0;
      for (Words w : parts) {
        n += w.size();
      }
      String[] ws = new String[n];
      int[] ss = new int[n];
      int[] es = new int[n];
      int k = 0;
      for (Words w : parts) {
        System.arraycopy(w.words, 0, ws, k, w.size());
        System.arraycopy(w.starts, 0, ss, k, w.size());
        System.arraycopy(w.ends, 0, es, k, w.size());
        k += w.size();
      }
      return new Words(ws, ss, es);
    }
  }

  /**
   * The stretches to search: each turn's words (labels left out, so "REPORTER:" is not a word of
   * the passage) and every paragraph outside the turns.
   */
  static List<Window> windows(List<Document> sources) {
    List<Window> out = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Document d = sources.get(i);
      List<Span> turns = new ArrayList<>();
      if (d.kind().hasTurns()) {
        for (Turn t : d.turns()) {
          turns.add(t.content());
        }
      }
      List<Span> spans = new ArrayList<>(turns);
      for (Span p : Segmenter.paragraphs(d.text())) {
        boolean inTurn = false;
        for (Span t : turns) {
          if (t.overlaps(p) || p.contains(t)) {
            inTurn = true;
            break;
          }
        }
        if (!inTurn) {
          spans.add(p);
        }
      }
      spans.sort(null);
      for (Span s : spans) {
        if (!s.isEmpty()) {
          out.add(new Window(i, s));
        }
      }
    }
    return out;
  }

  /** The quote cut at "…", "..." and ". . .", each piece trimmed; empty pieces dropped. */
  static List<Span> segments(String text, Span quote) {
    List<Span> out = new ArrayList<>();
    int s = quote.start();
    int i = quote.start();
    while (i < quote.end()) {
      int len = 0;
      char c = text.charAt(i);
      if (c == '…') {
        len = 1;
      } else if (text.startsWith("...", i) && i + 3 <= quote.end()) {
        len = 3;
        while (i + len < quote.end() && text.charAt(i + len) == '.') {
          len++;
        }
      } else if (text.startsWith(". . .", i) && i + 5 <= quote.end()) {
        len = 5;
      }
      if (len > 0) {
        addTrimmed(text, s, i, out);
        i += len;
        s = i;
      } else {
        i++;
      }
    }
    addTrimmed(text, s, quote.end(), out);
    return out;
  }

  private static void addTrimmed(String text, int s, int e, List<Span> out) {
    while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }

  /** The sentences inside a span, trimmed of space. */
  static List<Span> sentences(String text, Span within) {
    List<Span> raw = new ArrayList<>();
    Segmenter.sentences(text, within, raw);
    List<Span> out = new ArrayList<>();
    for (Span s : raw) {
      int a = s.start();
      int b = s.end();
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      boolean words = false;
      for (int k = a; k < b && !words; k++) {
        words = Character.isLetterOrDigit(text.charAt(k));
      }
      if (words) {
        out.add(new Span(a, b));
      }
    }
    return out;
  }

  private static final String[] DIGITS = {"zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine"};

  /**
   * QUOTUS-style match words: split at white space and dashes, lower-cased, punctuation removed
   * ($ and % kept, % read as "percent", "per cent" as "percent"), a lone digit spelled out.
   */
  static Words quotusWords(String text, Span span) {
    List<String> ws = new ArrayList<>();
    List<int[]> at = new ArrayList<>();
    int i = span.start();
    int end = span.end();
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '—' || c == '–' || c == '‒') {
        i++;
        continue;
      }
      int j = i;
      while (j < end && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '—'
          && text.charAt(j) != '–' && text.charAt(j) != '‒'
          && !(text.charAt(j) == '-' && j + 1 < end && text.charAt(j + 1) == '-')) {
        j++;
      }
      StringBuilder w = new StringBuilder();
      boolean percent = false;
      for (int k = i; k < j; k++) {
        char d = text.charAt(k);
        if (d == '%') {
          percent = true;
        } else if (Character.isLetterOrDigit(d) || d == '$') {
          w.append(Character.toLowerCase(d));
        }
      }
      String word = w.toString();
      if (word.length() == 1 && Character.isDigit(word.charAt(0))) {
        word = DIGITS[word.charAt(0) - '0'];
      }
      if (!word.isEmpty()) {
        if (word.equals("cent") && !ws.isEmpty() && ws.get(ws.size() - 1).equals("per")) {
          ws.set(ws.size() - 1, "percent");
          at.get(at.size() - 1)[1] = j;
        } else {
          ws.add(word);
          at.add(new int[] {i, j});
        }
      }
      if (percent) {
        ws.add("percent");
        at.add(new int[] {i, j});
      }
      i = Math.max(j, i + 1);
    }
    String[] words = ws.toArray(new String[0]);
    int[] s = new int[words.length];
    int[] e = new int[words.length];
    for (int k = 0; k < words.length; k++) {
      s[k] = at.get(k)[0];
      e[k] = at.get(k)[1];
    }
    return new Words(words, s, e);
  }

  /** Lower-cased words with punctuation stripped: the embedding matcher's test for verbatim. */
  static List<String> plainWords(String text) {
    List<String> out = new ArrayList<>();
    for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}$%]+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether {@code needle} occurs as a contiguous run in {@code hay}. */
  static int indexOf(List<String> hay, List<String> needle) {
    outer:
    for (int i = 0; i + needle.size() <= hay.size(); i++) {
      for (int k = 0; k < needle.size(); k++) {
        if (!hay.get(i + k).equals(needle.get(k))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
