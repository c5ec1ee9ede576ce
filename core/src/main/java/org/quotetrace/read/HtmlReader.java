package org.quotetrace.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.quotetrace.text.Problem;

/**
 * Extracts the main text of a news page: the article's paragraphs without navigation, teasers,
 * share buttons and "READ MORE" links, which would otherwise pass for quotes or sources.
 */
final class HtmlReader {
  private HtmlReader() {}

  /** The extracted text and metadata of a page; fields other than text may be null. */
  record Page(String text, String title, String outlet, Instant published, List<Problem> problems) {}

  private static final String JUNK_TAGS =
      "script, style, noscript, template, nav, footer, aside, form, figure, figcaption, iframe,"
          + " svg, button, select, input, textarea, [hidden], [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [aria-hidden=true]";

  private static final String PARAGRAPHS = "p, h1, h2, h3, h4, h5, h6, blockquote, li, pre";

  /** Class and id words of blocks that are never the article itself. */
  private static final Set<String> BOILERPLATE_WORDS =
      Set.of(
          "share", "sharing", "social", "related", "newsletter", "newsletters", "subscribe",
          "subscription", "signup", "promo", "promotion", "advert", "advertisement", "ad", "ads",
          "adslot", "sponsor", "sponsored", "comments", "comment", "cookie", "cookies", "popup",
          "modal", "breadcrumb", "breadcrumbs", "sidebar", "widget", "recommended", "recommend",
          "outbrain", "taboola", "readmore", "trending", "most-read", "mostread", "nav", "menu",
          "footer", "masthead", "paywall", "banner", "toolbar", "tags", "more-stories");

  private static final Pattern CLASS_SPLIT = Pattern.compile("[\\s_]+|(?<=[a-z])-(?=[a-z])");

  /**
   * Teaser and call-to-action paragraphs that sit inside article bodies. Anchored and applied
   * only to short paragraphs, so a sentence that merely begins "Related events…" survives.
   */
  private static final Pattern BOILERPLATE_PARAGRAPH =
      Pattern.compile(
          "^(?:(?:read more|read also|also read|see also|more on this(?: story)?|related"
              + "(?: articles?| stories| content| coverage| news| topics?)?|recommended"
              + "(?: for you)?|more from|most read|editor'?s picks|watch|listen)"
              + "\\s*(?:[:：»›>|\\-–—]|$)"
              + "|(?:advertisement|advertising|sponsored(?: content)?|read more|continue reading"
              + "|scroll to continue|story continues below|share this(?: article| story)?"
              + "|share|tweet|email|print|comments?)\\W*$"
              + "|(?:sign up|subscribe|click here|tap here|follow us|share this|share on"
              + "|download (?:our|the) app|get (?:our|the) .{0,40}newsletter"
              + "|we use cookies)\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int MAX_BOILERPLATE_LENGTH = 200;

  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  /** The charset a page declares in a meta tag within its first bytes, or null. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      Charset c = Charset.forName(m.group(1));
      // Browsers read pages labelled latin-1 or ASCII as windows-1252, and so do the pages' authors.
      if (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) {
        return Charset.forName("windows-1252");
      }
      return c;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static Page read(String html) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    List<Problem> problems = new ArrayList<>();
    String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
    String outlet = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
    String jsonLdDate = jsonLdDate(doc);

    doc.select(JUNK_TAGS).remove();
    for (Element header : doc.select("header")) {
      // A page header is navigation; an article's own header holds its headline.
      if (header.closest("article, [itemprop=articleBody], main") == null) {
        header.remove();
      }
    }
    Element body = doc.body();
    removeBoilerplateBlocks(body);
    Element main = mainBlock(body);
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? null : blankToNull(h1.text());
    }
    Instant published = published(doc, main, jsonLdDate, problems);
    String text = String.join("\n\n", paragraphs(main));
    return new Page(text, title, outlet, published, problems);
  }

  private static void removeBoilerplateBlocks(Element body) {
    int total = paragraphTextLength(body);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || e.is("main, article, [itemprop=articleBody]") || !isBoilerplate(e)) {
        continue;
      }
      // Some sites put words like "sidebar" on the wrapper of the whole page; never drop the
      // block that holds most of the text.
      if (e.selectFirst("article, main, [itemprop=articleBody]") != null
          || paragraphTextLength(e) * 2 > total) {
        continue;
      }
      doomed.add(e);
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static boolean isBoilerplate(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return false;
    }
    String all = (cls + " " + id).toLowerCase(Locale.ROOT);
    if (all.contains("read-more") || all.contains("readmore") || all.contains("more-stories")) {
      return true;
    }
    for (String word : CLASS_SPLIT.split(all)) {
      if (BOILERPLATE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The element holding the article: a marked article body, else the richest article or main
   * element, else the block with the most paragraph text (scored as in Readability: a
   * paragraph's text counts fully for its parent and half for its grandparent, so text split over
   * sibling divs still wins).
   */
  private static Element mainBlock(Element body) {
    int total = paragraphTextLength(body);
    for (String query : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
      Element best = null;
      int bestLength = 0;
      for (Element e : body.select(query)) {
        int len = paragraphTextLength(e);
        if (len > bestLength) {
          best = e;
          bestLength = len;
        }
      }
      if (best != null && bestLength * 10 >= total * 3) {
        return best;
      }
    }
    IdentityHashMap<Element, Integer> scores = new IdentityHashMap<>();
    for (Element p : body.select("p")) {
      int len = p.text().length();
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, len, Integer::sum);
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, len / 2, Integer::sum);
      }
    }
    Element best = body;
    int bestScore = -1;
    for (var entry : scores.entrySet()) {
      if (entry.getValue() > bestScore) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    return best;
  }

  private static int paragraphTextLength(Element e) {
    int len = 0;
    for (Element p : e.select("p")) {
      len += p.text().length();
    }
    return len;
  }

  private static List<String> paragraphs(Element main) {
    Elements candidates = main.select(PARAGRAPHS);
    // Innermost wins: a blockquote's paragraphs are taken one by one, not the blockquote whole.
    Set<Element> outer = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : candidates) {
      for (Element a = e.parent(); a != null && a != main; a = a.parent()) {
        if (!outer.add(a)) {
          break;
        }
      }
    }
    List<String> out = new ArrayList<>();
    if (candidates.isEmpty()) {
      // A page of bare text with <br> breaks: one paragraph is better than none.
      addParagraph(out, main.text(), main);
      return out;
    }
    for (Element e : candidates) {
      if (outer.contains(e)) {
        continue;
      }
      addParagraph(out, e.text(), e);
    }
    return out;
  }

  private static void addParagraph(List<String> out, String text, Element e) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    if (t.length() <= MAX_BOILERPLATE_LENGTH
        && (BOILERPLATE_PARAGRAPH.matcher(t).find() || isLinkList(e, t))) {
      return;
    }
    if (!out.isEmpty() && out.get(out.size() - 1).equals(t)) {
      return;
    }
    out.add(t);
  }

  /** A short paragraph that is nothing but a link is a teaser for another story. */
  private static boolean isLinkList(Element e, String text) {
    if (!e.is("p, li") || text.length() > 150) {
      return false;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return linked * 10 >= text.length() * 9;
  }

  private static String meta(org.jsoup.nodes.Document doc, String name) {
    Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return m == null ? null : blankToNull(m.attr("content"));
  }

  private static String jsonLdDate(org.jsoup.nodes.Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * Meta tags first, then JSON-LD, then a {@code <time>} element: a page's time elements may
   * date the teasers and comments as well as the article.
   */
  private static Instant published(
      org.jsoup.nodes.Document doc, Element main, String jsonLdDate, List<Problem> problems) {
    String raw =
        firstNonBlank(
            meta(doc, "article:published_time"),
            meta(doc, "og:published_time"),
            itemprop(doc),
            jsonLdDate,
            timeElement(main),
            timeElement(doc));
    if (raw == null) {
      return null;
    }
    Instant t = parseTime(raw);
    if (t == null) {
      problems.add(Problem.whole("publication time '" + raw + "' not understood; left out"));
    }
    return t;
  }

  private static String itemprop(org.jsoup.nodes.Document doc) {
    Element e = doc.selectFirst("[itemprop=datePublished]");
    if (e == null) {
      return null;
    }
    return firstNonBlank(e.attr("content"), e.attr("datetime"));
  }

  private static String timeElement(Element scope) {
    Element t = scope.selectFirst("time[datetime]");
    return t == null ? null : blankToNull(t.attr("datetime"));
  }

  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  /** ISO times as pages write them: with or without offset, "+0300" offsets, bare dates. */
  static Instant parseTime(String raw) {
    String s = raw.strip();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2")).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      if (s.length() >= 10) {
        return LocalDate.parse(s.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
    } catch (DateTimeParseException ignored) {
      // not a date at all
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
