package org.quotetrace.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a speaker label at the start of a line: {@code SOT Name, Role (Language):}, {@code
 * Reporter (Arabic):}, {@code MR. SMITH:}, {@code Q:}, {@code [00:01:02] Name:}.
 *
 * <p>News prose is full of colons ("The plan is simple: …", "Note: …"), so a label must look like
 * a person or a speaking role. Every scan is bounded by the label length limit, which keeps the
 * cost per line constant whatever the line holds.
 */
final class Labels {
  /** Longest label outside SOT lines; real names with a role rarely pass 60 characters. */
  static final int MAX_LABEL = 90;
  /** SOT lines carry full captions ("Name, Head of the Libyan National Army (Arabic)"). */
  static final int MAX_SOT_LABEL = 180;
  private static final int MAX_NAME_TOKENS = 5;
  /** Words of an office before its holder's name in parentheses: "The Minister of State for …". */
  private static final int MAX_OFFICE_TOKENS = 9;
  private static final int MAX_ROLE_TOKENS = 16;

  private Labels() {}

  /**
   * A speaker label and where the words after it begin.
   *
   * @param start first char of the label words (after any SOT marker, timestamp or bullet)
   * @param end end of the label words, before the colon
   * @param contentStart where the spoken words may begin, after the colon
   * @param sot whether the line is marked as sound-on-tape (SOT, SOUNDBITE)
   * @param weak a lone name ("Smith:", "Russia:") that could as well be a heading; believed only
   *     where the document supports it
   * @param allCaps whether the name is written in capitals, the usual transcript convention
   * @param key the speaker in a form that is equal for "SMITH" and "Smith"
   */
  record Label(
      int start,
      int end,
      String speaker,
      String role,
      String language,
      int contentStart,
      boolean sot,
      boolean weak,
      boolean allCaps,
      String key) {}

  private static final Set<String> ROLE_WORDS =
      Set.of(
          "q", "a", "question", "answer", "reporter", "correspondent", "interviewer",
          "interviewee", "anchor", "co-anchor", "host", "co-host", "presenter", "moderator",
          "narrator", "journalist", "announcer", "commentator", "translator", "interpreter",
          "questioner", "caller", "guest", "panelist", "panellist", "audience",
          "audience member", "crowd", "protester", "protesters", "speaker", "voice",
          "male voice", "female voice", "unidentified man", "unidentified woman",
          "unidentified male", "unidentified female", "unidentified speaker", "unknown speaker",
          "participant", "respondent", "witness", "spokesman", "spokeswoman", "spokesperson",
          "the president", "the court", "the witness", "the chairman", "the chair", "chairman",
          "chairwoman", "chair", "president", "prosecutor", "defendant", "judge", "senator",
          "man", "woman", "boy", "girl", "resident", "official", "student", "soldier", "officer");

  /** Words that end in a colon in news text but never name a speaker. */
  private static final Set<String> NOT_SPEAKERS =
      Set.of(
          "note", "notes", "nb", "n.b.", "ps", "p.s.", "update", "updated", "updates",
          "editor's note", "editor’s note", "editors note", "correction", "corrections",
          "clarification", "disclaimer", "warning", "caution", "breaking", "breaking news",
          "exclusive", "watch", "listen", "read", "read more", "read also", "also read", "see also",
          "more", "related", "photo", "photos", "picture", "pictures", "image", "images", "video",
          "videos", "audio", "source", "sources", "credit", "credits", "caption", "tags", "topics",
          "keywords", "category", "categories", "location", "dateline", "date", "time",
          "duration", "length", "trt", "slug", "super", "supers", "lower third", "cg", "chyron",
          "graphic", "graphics", "gfx", "vo", "v/o", "vo/sot", "nat", "nats", "nat sound",
          "natsot", "standup", "stand-up", "pkg", "package", "tag", "intro", "outro", "lead",
          "lede", "cue", "in cue", "out cue", "outcue", "incue", "shotlist", "shot list",
          "storyline", "story", "restrictions", "access", "type", "camera", "music", "sfx", "fx",
          "subject", "re", "fw", "fwd", "to", "from", "cc", "bcc", "sent", "tel", "phone", "fax",
          "email", "e-mail", "web", "website", "url", "http", "https", "www", "address",
          "summary", "background", "context", "analysis", "opinion", "comment", "comments",
          "transcript", "partial transcript", "full transcript", "excerpt", "excerpts", "quote",
          "quotes", "title", "headline", "author", "authors", "by", "step", "part", "chapter",
          "section", "example", "examples", "total", "result", "results", "score", "verdict",
          "claim", "rating", "fact check", "the facts", "important", "tip", "tips", "hint",
          "key points", "highlights", "bottom line", "the bottom line", "why it matters",
          "advertisement", "sponsored", "live", "live updates", "timeline", "q&a", "faq",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december", "today", "tonight", "yesterday", "tomorrow",
          // Live blogs stamp entries "12:30 GMT: …".
          "gmt", "bst", "utc", "et", "est", "edt", "ct", "cst", "pt", "pst", "pdt", "cet", "cest",
          "msk", "ist", "jst", "aest", "am", "pm", "a.m.", "p.m.", "local time", "hrs");

  /** Capitalised first words of ordinary sentences ("The plan is simple:", "However:"). */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
          "we", "i", "you", "his", "her", "their", "our", "my", "your", "in", "on", "at", "for",
          "but", "and", "or", "so", "if", "when", "what", "why", "how", "where", "who", "which",
          "here", "there", "one", "some", "all", "many", "most", "as", "by", "from", "to", "with",
          "of", "after", "before", "while", "during", "since", "until", "however", "although",
          "though", "because", "also", "now", "then", "meanwhile", "still", "yet", "instead",
          "indeed", "finally", "first", "second", "third", "last", "next", "thus", "hence",
          "moreover", "furthermore", "overall", "again", "plus", "not", "no", "yes", "please",
          "let", "let's", "just", "only", "even", "both", "each", "every", "such", "other",
          "another", "same", "earlier", "later", "today", "yesterday", "tonight", "translation",
          "translated", "update", "breaking", "note", "said", "says");

  /** Lower-case name particles: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "del", "della", "der", "den", "di", "du", "dos", "das", "do", "van", "von",
          "ter", "ten", "le", "la", "al", "el", "bin", "ibn", "bint", "y", "e", "ben", "abu", "st.");

  /** A role phrase with one of these in it is a clause ("Haftar, however, said:"), not a role. */
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "explained",
          "stated", "noted", "replied", "wrote", "writes", "continued", "insisted", "argued",
          "claimed", "warned", "declared", "announced", "recalled", "commented", "is", "was",
          "are", "were", "has", "had", "will", "would");

  private static final Set<String> ROLE_BAD_STARTS =
      Set.of(
          "in", "on", "at", "and", "but", "or", "so", "to", "with", "from", "by", "after",
          "before", "when", "while", "which", "who", "that", "however", "though", "although",
          "meanwhile", "he", "she", "it", "they", "we", "i", "you", "this", "there", "then",
          "now", "too", "also", "for", "as", "if", "not", "said", "says");

  /**
   * The label at the start of {@code [lineStart, lineEnd)}, or null when the line does not start
   * with one.
   */
  static Label parse(CharSequence text, int lineStart, int lineEnd) {
    int i = skipSpaces(text, lineStart, lineEnd);
    // Bullets and stray symbols before the label ("¤SOT", "• Q:", "- NAME:").
    int junk = 0;
    while (i < lineEnd && junk < 4 && isJunk(text.charAt(i))) {
      i++;
      junk++;
    }
    i = skipSpaces(text, i, lineEnd);
    if (i >= lineEnd) {
      return null;
    }
    boolean timestamp = false;
    int t = skipTimestamp(text, i, lineEnd);
    if (t > i) {
      timestamp = true;
      i = skipSeparators(text, t, lineEnd);
    }
    boolean sot = false;
    int m = sotMarkerEnd(text, i, lineEnd);
    if (m > i) {
      sot = true;
      i = skipSeparators(text, m, lineEnd);
    }
    if (i >= lineEnd) {
      return null;
    }
    char first = text.charAt(i);
    if (!(Character.isUpperCase(first) || Character.isTitleCase(first) || (sot && first == '('))) {
      return null;
    }
    int limit = Math.min(lineEnd, i + (sot ? MAX_SOT_LABEL : MAX_LABEL));
    int stop = -1;
    boolean colon = false;
    int depth = 0;
    // Prose lines start with capitals too; they are given up after a few words without a comma,
    // which keeps the scan of an ordinary line short.
    int words = 1;
    boolean comma = false;
    // An office is longer than a name ("The Secretary of State for Coasts (Rhian Dace):").
    int maxWords = startsWithThe(text, i, limit) ? MAX_OFFICE_TOKENS + 1 : MAX_NAME_TOKENS + 1;
    for (int k = i; k < limit; k++) {
      char c = text.charAt(k);
      if (c == ' ' && depth == 0 && !comma && ++words > maxWords && !sot) {
        return null;
      }
      if (c == ',') {
        comma = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth < 0) {
          return null;
        }
      } else if (depth == 0 && (c == ':' || c == '：')) {
        if (k + 1 < lineEnd && !isSpace(text.charAt(k + 1))) {
          return null; // "12:30", "http://"
        }
        stop = k;
        colon = true;
        break;
      } else if (Quotes.isOpening(c) || c == '?' || c == '!' || c == ';' || c == '"') {
        stop = k;
        break;
      }
    }
    int contentStart;
    if (colon) {
      contentStart = stop + 1;
    } else if (sot && stop >= 0 && Quotes.isOpening(text.charAt(stop))) {
      // "SOT Name (Arabic) “…”": the quote mark itself ends the label.
      contentStart = stop;
    } else if (sot && stop < 0 && lineEnd <= limit) {
      // "SOT: Name, Role" with the words on the lines below.
      stop = lineEnd;
      contentStart = lineEnd;
    } else {
      return null;
    }
    int end = stop;
    while (end > i && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= i) {
      return null;
    }
    // "Hillary Clinton: 1,769." is a table row, not an utterance.
    if (!hasLetterOrEmpty(text, contentStart, lineEnd)) {
      return null;
    }
    return analyse(text, i, end, contentStart, sot, timestamp);
  }

  private static boolean startsWithThe(CharSequence text, int i, int limit) {
    return i + 4 <= limit && (text.charAt(i) == 'T') && text.charAt(i + 1) == 'h'
        && text.charAt(i + 2) == 'e' && text.charAt(i + 3) == ' ';
  }

  private static boolean hasLetterOrEmpty(CharSequence text, int from, int to) {
    boolean empty = true;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        return true;
      }
      empty &= isSpace(c);
    }
    return empty;
  }

  /** Whether the line starts with a SOT marker, whether or not a readable label follows. */
  static boolean hasSotMarker(CharSequence text, int lineStart, int lineEnd) {
    int i = skipSpaces(text, lineStart, lineEnd);
    int junk = 0;
    while (i < lineEnd && junk < 4 && isJunk(text.charAt(i))) {
      i++;
      junk++;
    }
    i = skipSpaces(text, i, lineEnd);
    int t = skipTimestamp(text, i, lineEnd);
    if (t > i) {
      i = skipSeparators(text, t, lineEnd);
    }
    return sotMarkerEnd(text, i, lineEnd) > i;
  }

  private static Label analyse(
      CharSequence text, int start, int end, int contentStart, boolean sot, boolean timestamp) {
    // Parenthesised parts: the language ("(Arabic)") or stage notes ("(V.O.)"); the rest is
    // "Name, Role".
    StringBuilder core = new StringBuilder(end - start);
    String language = "";
    String inner1 = null; // the words in parentheses, when there is one pair
    int pairs = 0;
    int k = start;
    while (k < end) {
      char c = text.charAt(k);
      if (c == '(') {
        int close = indexOf(text, ')', k + 1, end);
        if (close < 0) {
          return null;
        }
        String inner = text.subSequence(k + 1, close).toString().strip();
        inner1 = inner;
        pairs++;
        String lang = asLanguage(inner);
        if (lang != null) {
          language = lang;
        }
        core.append(' ');
        k = close + 1;
      } else {
        core.append(c);
        k++;
      }
    }
    String label = core.toString().strip();
    if (label.isEmpty()) {
      return null;
    }
    int comma = label.indexOf(',');
    List<String> nameTokens = tokens(comma >= 0 ? label.substring(0, comma) : label);
    String name = String.join(" ", nameTokens);
    NameShape shape = shape(name, nameTokens);
    if (shape == NameShape.NONE && pairs == 1 && comma < 0 && isOffice(nameTokens)) {
      // An official report names an office holder by the office, the person in parentheses:
      // "The Minister for Transport (Alastair Quint):", where "Ruth Carden (Hallamby North):"
      // gives a member's seat.
      List<String> personTokens = tokens(inner1);
      String person = String.join(" ", personTokens);
      NameShape personShape = personTokens.size() >= 2 ? shape(person, personTokens) : NameShape.NONE;
      if (personShape == NameShape.CAPITALISED || personShape == NameShape.CAPITALS) {
        return new Label(start, end, person, name, "", contentStart, sot, false,
            personShape == NameShape.CAPITALS, person.toUpperCase(Locale.ROOT));
      }
    }
    if (shape == NameShape.NONE) {
      return null;
    }
    String role = "";
    if (comma >= 0) {
      List<String> roleTokens = tokens(label.substring(comma + 1));
      role = String.join(" ", roleTokens);
      if (role.isEmpty() || !isRole(role, roleTokens)) {
        return null;
      }
    }
    boolean single = name.indexOf(' ') < 0;
    boolean weak =
        single
            && shape != NameShape.ROLE_WORD
            && role.isEmpty()
            && language.isEmpty()
            && !sot
            && !timestamp;
    return new Label(
        start,
        end,
        name,
        role,
        language,
        contentStart,
        sot,
        weak,
        shape == NameShape.CAPITALS,
        name.toUpperCase(Locale.ROOT));
  }

  /** Whether a speaker's name is a role ("Reporter", "Host", "Q") rather than a person's. */
  static boolean isRoleWord(String name) {
    return ROLE_WORDS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Words that join the capitalised words of an office's title: "Secretary of State for Health". */
  private static final Set<String> OFFICE_JOINERS = Set.of("of", "for", "and", "the", "on", "to", "in");

  /** "The Minister for Transport", "The Presiding Officer": "The" and a title-cased office. */
  static boolean isOffice(List<String> tokens) {
    if (tokens.size() < 2 || !tokens.get(0).equalsIgnoreCase("the")) {
      return false;
    }
    for (int i = 1; i < tokens.size(); i++) {
      String tok = tokens.get(i);
      if (!isCapitalisedToken(tok) && !OFFICE_JOINERS.contains(tok)) {
        return false;
      }
    }
    return isCapitalisedToken(tokens.get(1)) && isCapitalisedToken(tokens.get(tokens.size() - 1));
  }

  private enum NameShape {
    NONE,
    ROLE_WORD,
    CAPITALS,
    CAPITALISED
  }

  private static NameShape shape(String name, List<String> tokens) {
    if (name.isEmpty() || name.length() > 60) {
      return NameShape.NONE;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    // "Speaker 2", "CALLER 3": a numbered role or person.
    if (tokens.size() > 1 && isSmallNumber(tokens.get(tokens.size() - 1))) {
      tokens = tokens.subList(0, tokens.size() - 1);
      lower = String.join(" ", tokens).toLowerCase(Locale.ROOT);
    }
    if (tokens.isEmpty() || tokens.size() > MAX_NAME_TOKENS) {
      return NameShape.NONE;
    }
    if (ROLE_WORDS.contains(lower)) {
      return NameShape.ROLE_WORD;
    }
    if (NOT_SPEAKERS.contains(lower)) {
      return NameShape.NONE;
    }
    String firstLower = tokens.get(0).toLowerCase(Locale.ROOT);
    if (NOT_SPEAKERS.contains(firstLower) && tokens.size() <= 2) {
      return NameShape.NONE;
    }
    if (allCaps(tokens)) {
      // Capitals are the transcript convention, so "THE PRESIDENT" is a speaker; still refuse
      // headline words.
      if (!firstLower.equals("the") && SENTENCE_STARTERS.contains(firstLower) && tokens.size() > 1) {
        return NameShape.NONE;
      }
      return NameShape.CAPITALS;
    }
    if (SENTENCE_STARTERS.contains(firstLower)) {
      return NameShape.NONE;
    }
    boolean sawCapital = false;
    for (int i = 0; i < tokens.size(); i++) {
      String tok = tokens.get(i);
      if (isCapitalisedToken(tok)) {
        sawCapital = true;
      } else if (i == 0 || !isParticle(tok)) {
        return NameShape.NONE;
      }
    }
    return sawCapital ? NameShape.CAPITALISED : NameShape.NONE;
  }

  private static boolean allCaps(List<String> tokens) {
    int letters = 0;
    for (String tok : tokens) {
      for (int i = 0; i < tok.length(); i++) {
        char c = tok.charAt(i);
        if (Character.isLetter(c)) {
          if (!Character.isUpperCase(c)) {
            return false;
          }
          letters++;
        } else if (!isNameMark(c)) {
          return false;
        }
      }
    }
    return letters > 0;
  }

  private static boolean isCapitalisedToken(String tok) {
    char c = tok.charAt(0);
    if (!(Character.isUpperCase(c) || Character.isTitleCase(c))) {
      return false;
    }
    for (int i = 1; i < tok.length(); i++) {
      char d = tok.charAt(i);
      if (!Character.isLetter(d) && !isNameMark(d)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isParticle(String tok) {
    if (PARTICLES.contains(tok)) {
      return true;
    }
    // "al-Sisi", "el-Keib", "bin-Salman": a lower-case article joined to a capitalised name.
    int dash = tok.indexOf('-');
    return dash > 0
        && dash + 1 < tok.length()
        && PARTICLES.contains(tok.substring(0, dash))
        && isCapitalisedToken(tok.substring(dash + 1));
  }

  private static boolean isNameMark(char c) {
    return c == '.' || c == '\'' || c == '’' || c == '-' || c == '‐';
  }

  private static boolean isSmallNumber(String tok) {
    if (tok.isEmpty() || tok.length() > 3) {
      return false;
    }
    for (int i = 0; i < tok.length(); i++) {
      if (!Character.isDigit(tok.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRole(String role, List<String> tokens) {
    if (role.length() > 110) {
      return false;
    }
    if (tokens.isEmpty() || tokens.size() > MAX_ROLE_TOKENS) {
      return false;
    }
    if (ROLE_BAD_STARTS.contains(stripPunct(tokens.get(0)).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String tok : tokens) {
      String t = stripPunct(tok).toLowerCase(Locale.ROOT);
      if (SPEECH_VERBS.contains(t)) {
        return false;
      }
    }
    for (int i = 0; i < role.length(); i++) {
      char c = role.charAt(i);
      if (c == '?' || c == '!' || c == ';' || Quotes.isOpening(c) || Quotes.isClosing(c) && c != '’') {
        return false;
      }
    }
    return true;
  }

  /** The language in "(Arabic)", "(in French)", "(English, translated)"; null for "(V.O.)". */
  private static String asLanguage(String inner) {
    String s = inner;
    if (s.regionMatches(true, 0, "in ", 0, 3)) {
      s = s.substring(3).strip();
    }
    if (s.isEmpty() || s.length() > 40 || !Character.isUpperCase(s.charAt(0))) {
      return null;
    }
    int letters = 0;
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      } else if (c != ' ' && c != '-' && c != ',' && c != '/') {
        return null;
      }
    }
    // Short capitals are organisations ("(LNA)", "(UN)"), not languages.
    if (!lower && letters <= 4) {
      return null;
    }
    return tokens(s).size() <= 4 ? s : null;
  }

  private static String stripPunct(String tok) {
    int a = 0;
    int b = tok.length();
    while (a < b && !Character.isLetterOrDigit(tok.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(tok.charAt(b - 1))) {
      b--;
    }
    return tok.substring(a, b);
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>(4);
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !isSpace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j));
      }
      i = j;
    }
    return out;
  }

  private static int indexOf(CharSequence text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || c == '\f' || c == '\u000B' || Character.isWhitespace(c);
  }

  private static int skipSpaces(CharSequence text, int i, int end) {
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Spaces, dashes and colons between a marker or timestamp and the label. */
  private static int skipSeparators(CharSequence text, int i, int end) {
    while (i < end) {
      char c = text.charAt(i);
      if (isSpace(c) || c == ':' || c == '-' || c == '–' || c == '—' || c == '/') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isJunk(char c) {
    return !Character.isLetterOrDigit(c)
        && !isSpace(c)
        && !Quotes.isOpening(c)
        && !Quotes.isClosing(c)
        && c != '\''
        && c != '['
        && c != '('
        && c != '\r'
        && c != '\n';
  }

  /**
   * The end of a timestamp such as {@code [00:01:02]}, {@code (01:02)} or {@code 00:01:02.500} at
   * {@code i}, or {@code i} when there is none.
   */
  static int skipTimestamp(CharSequence text, int i, int end) {
    int k = i;
    char open = 0;
    if (k < end && (text.charAt(k) == '[' || text.charAt(k) == '(')) {
      open = text.charAt(k);
      k++;
    }
    int groups = 0;
    while (true) {
      int digits = 0;
      while (k < end && digits < 3 && Character.isDigit(text.charAt(k))) {
        k++;
        digits++;
      }
      if (digits == 0 || digits > 2) {
        return i;
      }
      groups++;
      if (groups < 3 && k < end && text.charAt(k) == ':' && k + 1 < end
          && Character.isDigit(text.charAt(k + 1))) {
        k++;
        continue;
      }
      break;
    }
    if (groups < 2) {
      return i;
    }
    if (k < end && (text.charAt(k) == '.' || text.charAt(k) == ',')
        && k + 1 < end && Character.isDigit(text.charAt(k + 1))) {
      k++;
      int digits = 0;
      while (k < end && digits < 3 && Character.isDigit(text.charAt(k))) {
        k++;
        digits++;
      }
    }
    if (open != 0) {
      char close = open == '[' ? ']' : ')';
      if (k >= end || text.charAt(k) != close) {
        return i;
      }
      k++;
    } else if (k < end && !isSpace(text.charAt(k))) {
      return i;
    }
    return k;
  }

  /**
   * The end of a sound-on-tape marker at {@code i} ("SOT", "SOUNDBITE", "3. SOUNDBITE" as in
   * agency shot lists), or {@code i} when there is none.
   */
  private static int sotMarkerEnd(CharSequence text, int i, int end) {
    int k = i;
    // Agency shot lists number their shots: "7. SOUNDBITE (English) …".
    int digits = 0;
    while (k < end && digits < 3 && Character.isDigit(text.charAt(k))) {
      k++;
      digits++;
    }
    if (digits > 0) {
      if (k + 1 < end && text.charAt(k) == '.' && isSpace(text.charAt(k + 1))) {
        k = skipSpaces(text, k + 1, end);
      } else {
        return i;
      }
    }
    int after;
    if (startsWith(text, k, end, "SOT", false)) {
      after = k + 3;
    } else if (startsWith(text, k, end, "SOUNDBITE", true)) {
      after = k + 9;
    } else if (startsWith(text, k, end, "SOUND BITE", true)) {
      after = k + 10;
    } else {
      return i;
    }
    if (after < end && Character.isLetterOrDigit(text.charAt(after))) {
      return i;
    }
    return after;
  }

  private static boolean startsWith(
      CharSequence text, int i, int end, String word, boolean ignoreCase) {
    if (i + word.length() > end) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(i + k);
      char w = word.charAt(k);
      if (c != w && !(ignoreCase && Character.toUpperCase(c) == w)) {
        return false;
      }
    }
    return true;
  }
}
