package org.quotetrace.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.read.Labels.Label;

/**
 * Speakers that official records name by convention rather than on the line itself.
 *
 * <ul>
 *   <li>An official report (Hansard) names an office holder once in full, "The Presiding Officer
 *       (Margit Hallorsen):", and afterwards by the office alone, "The Presiding Officer:".
 *   <li>A court transcript writes a witness's evidence as "Q." and "A." lines under the headings
 *       "NAME, sworn" and "Examined by COUNSEL" / "Cross-examined by COUNSEL": the answers are the
 *       witness's, the questions counsel's.
 *   <li>It labels the judge "THE JUDGE:", naming the judge once in its "Before:" line.
 * </ul>
 *
 * Every rule needs the record's own evidence (the full label, the headings, the "Before:" line);
 * without it the lines keep what {@link Labels} made of them.
 */
final class Proceedings {
  private Proceedings() {}

  /** Q and A lines needed before a text is read as examination in that form. */
  private static final int MIN_QA_LINES = 2;

  /** "Q. Where do you live?" / "A. On Quay Lane.": the letter, a full stop, a space, the words. */
  private static final Pattern QA = Pattern.compile("\\s*([QA])\\.[ \\t]+\\S.*");

  /** "BRENDA SALCOMBE, sworn", "DR HELEN MARRACK (affirmed)", "JOHN SMITH, recalled". */
  private static final Pattern SWORN =
      Pattern.compile("\\s*([^,(]{3,60}?)\\s*(?:,\\s*|\\(\\s*)(?:sworn|affirmed|recalled|re-sworn)"
          + "\\b[^a-z]{0,20}", Pattern.CASE_INSENSITIVE);

  /** "Examined by MS OKAFOR", "Cross-examined by Mr Strand", "Further re-examined by …". */
  private static final Pattern EXAMINED =
      Pattern.compile("\\s*\\(?\\s*(?:further\\s+)?(?:cross[- ]|re-?)?examin(?:ed|ation(?:[- ]in[- ]chief)?)"
          + "\\s+by\\s+([^()]{2,60}?)\\s*\\)?\\s*\\.?\\s*", Pattern.CASE_INSENSITIVE);

  /** "Before: HER HONOUR JUDGE ROSALIND PERRY", "BEFORE: THE HONOURABLE MR JUSTICE HALL". */
  private static final Pattern BEFORE = Pattern.compile("\\s*before\\s*:\\s*(.{3,90})",
      Pattern.CASE_INSENSITIVE);

  /** Titles that come before a judge's name; the name is what follows the last of them. */
  private static final Pattern JUDICIAL_TITLE = Pattern.compile(
      "(?i)\\b(?:judge|justice|recorder|magistrate|honour|honor|honourable|honorable|lord|lady|sheriff)\\b");

  /** The labels a record gives its judge instead of a name. */
  private static final java.util.Set<String> JUDGE_LABELS =
      java.util.Set.of("THE JUDGE", "JUDGE", "THE COURT", "THE RECORDER", "THE SHERIFF");

  /** Lines before the "Before:" line is no longer looked for: it belongs to the record's head. */
  private static final int HEAD_LINES = 30;

  /**
   * Fills in {@code labels} (one per line, null where a line has none) where a convention names
   * the speaker: lines are given a label they lacked, or a role label is given the person.
   */
  static void fill(String text, int n, int[] starts, int[] ends, boolean[] blank, Label[] labels) {
    offices(text, n, starts, ends, blank, labels);
    examination(text, n, starts, ends, blank, labels);
    judge(text, n, starts, ends, labels);
    roster(text, n, starts, ends, labels);
  }

  /**
   * A person named with their part in the record's head, "Cllr Margaret Oduya (Chair)" or "Laura
   * Quayle (Responsible Financial Officer)": a council's or a committee's minutes then label the
   * turns by the part alone ("The Chair:").
   */
  private static final Pattern NAMED_PART = Pattern.compile(
      "(\\p{Lu}[\\p{L}'.\\-]*(?:\\s+\\p{Lu}[\\p{L}'.\\-]*){1,4})\\s*\\(([^()]{2,40})\\)");

  /** The words a head line opens with when it lists who took part, rather than saying something. */
  private static final java.util.Set<String> ROSTER_HEADS = java.util.Set.of("PRESENT",
      "IN ATTENDANCE", "ATTENDING", "ALSO PRESENT", "MEMBERS", "MEMBERS PRESENT", "OFFICERS",
      "PANEL", "PANELLISTS", "PANELISTS", "PARTICIPANTS", "SPEAKERS", "GUESTS", "WITH");

  private static void roster(String text, int n, int[] starts, int[] ends, Label[] labels) {
    Map<String, String> byPart = new HashMap<>();
    for (int i = 0; i < Math.min(n, HEAD_LINES); i++) {
      Label l = labels[i];
      if (l == null || !ROSTER_HEADS.contains(l.key())) {
        continue;
      }
      Matcher m = NAMED_PART.matcher(text).region(l.contentStart(), ends[i]);
      while (m.find()) {
        String part = part(m.group(2));
        // Two people with one part ("(Chair)" of two committees) leave the label as it is.
        byPart.merge(part, m.group(1).strip(), (a, b) -> a.equals(b) ? a : "");
      }
    }
    if (byPart.isEmpty()) {
      return;
    }
    for (int i = 0; i < n; i++) {
      Label l = labels[i];
      if (l == null) {
        // "The Clerk:" is no label by its words alone; the roster makes it one.
        int s = skipSpaces(text, starts[i], ends[i]);
        int colon = text.indexOf(':', s);
        if (colon < 0 || colon >= ends[i] || colon - s > Labels.MAX_LABEL) {
          continue;
        }
        String said = text.substring(s, colon).strip();
        String name = byPart.get(part(said));
        if (name != null && !name.isEmpty()) {
          labels[i] = new Label(s, s + said.length(), name, said, "", colon + 1, false, false,
              said.equals(said.toUpperCase(Locale.ROOT)), name.toUpperCase(Locale.ROOT));
        }
        continue;
      }
      if (l.start() >= l.end()) {
        continue;
      }
      String name = byPart.get(part(text.substring(l.start(), l.end())));
      if (name != null && !name.isEmpty()) {
        labels[i] = naming(l, name);
      }
    }
  }

  /** Label {@code l} as the words of the person {@code name}, whose part it names. */
  private static Label naming(Label l, String name) {
    return new Label(l.start(), l.end(), name, l.speaker(), l.language(), l.contentStart(),
        l.sot(), false, l.allCaps(), name.toUpperCase(Locale.ROOT));
  }

  /** A part as a label or a roster gives it, lower-cased and without its article: "chair". */
  private static String part(String words) {
    String p = words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return p.startsWith("the ") ? p.substring(4) : p;
  }

  private static void offices(String text, int n, int[] starts, int[] ends, boolean[] blank,
      Label[] labels) {
    Map<String, Label> byOffice = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Label l = labels[i];
      // The office written before the person: "The Minister for Transport (Alastair Quint)".
      if (l != null && !l.role().isEmpty() && text.startsWith(l.role(), l.start())
          && Labels.isOffice(java.util.List.of(l.role().split(" ")))) {
        byOffice.putIfAbsent(l.role().toLowerCase(Locale.ROOT), l);
      }
    }
    if (byOffice.isEmpty()) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (blank[i] || labels[i] != null) {
        continue;
      }
      int s = skipSpaces(text, starts[i], ends[i]);
      int colon = text.indexOf(':', s);
      if (colon < 0 || colon >= ends[i] || colon - s > Labels.MAX_LABEL) {
        continue;
      }
      int e = colon;
      while (e > s && Labels.isSpace(text.charAt(e - 1))) {
        e--;
      }
      Label full = byOffice.get(text.substring(s, e).toLowerCase(Locale.ROOT));
      if (full != null) {
        labels[i] = new Label(s, e, full.speaker(), full.role(), "", colon + 1, false, false,
            full.allCaps(), full.key());
      }
    }
  }

  private static void examination(String text, int n, int[] starts, int[] ends, boolean[] blank,
      Label[] labels) {
    int q = 0;
    int a = 0;
    for (int i = 0; i < n; i++) {
      if (!blank[i] && startsQa(text, starts[i], ends[i])) {
        Matcher m = QA.matcher(text).region(starts[i], ends[i]);
        if (m.matches()) {
          if (m.group(1).equals("Q")) {
            q++;
          } else {
            a++;
          }
        }
      }
    }
    if (q < MIN_QA_LINES || a < MIN_QA_LINES) {
      return;
    }
    String witness = null;
    String counsel = null;
    for (int i = 0; i < n; i++) {
      if (blank[i]) {
        continue;
      }
      Matcher m = QA.matcher(text).region(starts[i], ends[i]);
      if (!m.matches()) {
        Matcher sworn = SWORN.matcher(text).region(starts[i], ends[i]);
        Matcher examined = EXAMINED.matcher(text).region(starts[i], ends[i]);
        if (examined.matches()) {
          counsel = examined.group(1).strip();
        } else if (sworn.matches()) {
          witness = sworn.group(1).strip();
          counsel = null; // the new witness's examiner is named by the next heading
        } else if (labels[i] != null) {
          // A labelled turn ("THE JUDGE:", "MR STRAND:") between the examinations: the next
          // Q and A lines still belong to the witness heard, unless a heading says otherwise.
          continue;
        }
        continue;
      }
      boolean question = m.group(1).equals("Q");
      String who = question ? counsel : witness;
      String name = who != null ? who : m.group(1);
      int at = m.start(1);
      int contentStart = at + 2;
      labels[i] = new Label(at, at + 1, name, question ? "Q" : "A", "", contentStart, false, false,
          name.equals(name.toUpperCase(Locale.ROOT)), name.toUpperCase(Locale.ROOT));
    }
  }

  private static void judge(String text, int n, int[] starts, int[] ends, Label[] labels) {
    String name = null;
    for (int i = 0; i < Math.min(n, HEAD_LINES) && name == null; i++) {
      int s = skipSpaces(text, starts[i], ends[i]);
      if (s >= ends[i] || Character.toLowerCase(text.charAt(s)) != 'b') {
        continue;
      }
      Matcher m = BEFORE.matcher(text).region(starts[i], ends[i]);
      if (m.matches()) {
        String after = m.group(1).strip();
        Matcher t = JUDICIAL_TITLE.matcher(after);
        int from = -1;
        while (t.find()) {
          from = t.end();
        }
        if (from > 0) {
          String rest = after.substring(from).strip();
          int words = rest.isEmpty() ? 0 : rest.split("\\s+").length;
          if (words >= 1 && words <= 4 && Character.isUpperCase(rest.charAt(0))) {
            name = rest;
          }
        }
      }
    }
    if (name == null) {
      return;
    }
    for (int i = 0; i < n; i++) {
      Label l = labels[i];
      if (l != null && JUDGE_LABELS.contains(l.key())) {
        labels[i] = naming(l, name);
      }
    }
  }

  /** "Q." or "A." and a space at the line's start: checked before the pattern, on every line. */
  private static boolean startsQa(String text, int from, int to) {
    int s = skipSpaces(text, from, to);
    return s + 2 < to && (text.charAt(s) == 'Q' || text.charAt(s) == 'A') && text.charAt(s + 1) == '.'
        && Labels.isSpace(text.charAt(s + 2));
  }

  private static int skipSpaces(String text, int i, int end) {
    while (i < end && Labels.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
