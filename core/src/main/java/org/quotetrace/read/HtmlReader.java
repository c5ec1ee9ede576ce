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
    List<Problem> problems = new ArrayList<>();
    String flat = flattened(html, MAX_DEPTH);
    if (flat != html) {
      problems.add(Problem.whole("elements nested deeper than " + MAX_DEPTH
          + " were read as their text only"));
    }
    org.jsoup.nodes.Document doc = Jsoup.parse(flat);
    String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
    String outlet = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
    String jsonLdDate = jsonLdDate(doc);

    doc.select(JUNK_TAGS).remove();
    // Marked once for the whole page: asking each header for its ancestors was quadratic in the
    // nesting of a hostile page.
    Set<Element> inArticle = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element a : doc.select("article, [itemprop=articleBody], main")) {
      if (!inArticle.contains(a)) {
        inArticle.addAll(a.getAllElements());
      }
    }
    for (Element header : doc.select("header")) {
      // A page header is navigation; an article's own header holds its headline.
      if (!inArticle.contains(header)) {
        header.remove();
      }
    }
    Element body = doc.body();
    removeBoilerplateBlocks(body);
    List<Element> main = mainBlocks(body);
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? null : blankToNull(h1.text());
    }
    Instant published = published(doc, main.get(0), jsonLdDate, problems);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : main) {
      paragraphs(block, paragraphs);
    }
    String text = String.join("\n\n", paragraphs);
    return new Page(text, title, outlet, published, problems);
  }

  /**
   * Deepest nesting of elements kept. Real pages nest a few dozen deep; a hostile one nests
   * hundreds of thousands, and a 93 KB .warc.gz can hold 60 MB of {@code <div>} that would become
   * millions of elements.
   */
  static final int MAX_DEPTH = 2_000;

  /** Elements that a parser closes by itself, so a page that never closes them is not deep. */
  private static final Set<String> SELF_CLOSING = Set.of("p", "li", "td", "th", "tr", "dt", "dd",
      "option", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
      "param", "source", "track", "wbr", "!doctype");

  /**
   * The page with the tags nested deeper than {@code maxDepth} left out and their text kept, by
   * one pass over the markup before it is parsed; the page itself when none is that deep.
   */
  static String flattened(String html, int maxDepth) {
    StringBuilder out = null;
    int copied = 0;
    int depth = 0;
    int i = html.indexOf('<');
    while (i >= 0 && i + 1 < html.length()) {
      int end = html.indexOf('>', i + 1);
      if (end < 0) {
        break;
      }
      boolean closing = html.charAt(i + 1) == '/';
      int nameStart = closing ? i + 2 : i + 1;
      int nameEnd = nameStart;
      while (nameEnd < end && !Character.isWhitespace(html.charAt(nameEnd))
          && html.charAt(nameEnd) != '/') {
        nameEnd++;
      }
      String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      int next = end + 1;
      if (name.startsWith("!--")) {
        int c = html.indexOf("-->", i + 4);
        next = c < 0 ? html.length() : c + 3;
      } else if (!closing && (name.equals("script") || name.equals("style"))) {
        int c = indexOfIgnoreCase(html, "</" + name, end);
        next = c < 0 ? html.length() : c;
      } else if (!name.isEmpty() && Character.isLetter(name.charAt(0))
          && !SELF_CLOSING.contains(name) && html.charAt(end - 1) != '/') {
        boolean deep = closing ? depth > maxDepth : depth >= maxDepth;
        depth = closing ? Math.max(0, depth - 1) : depth + 1;
        if (deep) {
          if (out == null) {
            out = new StringBuilder(html.length());
          }
          out.append(html, copied, i);
          copied = next;
        }
      }
      i = html.indexOf('<', next);
    }
    if (out == null) {
      return html;
    }
    return out.append(html, copied, html.length()).toString();
  }

  private static int indexOfIgnoreCase(String s, String what, int from) {
    for (int k = s.indexOf('<', from); k >= 0; k = s.indexOf('<', k + 1)) {
      if (s.regionMatches(true, k, what, 0, what.length())) {
        return k;
      }
    }
    return -1;
  }

  private static void removeBoilerplateBlocks(Element body) {
    Elements all = body.getAllElements();
    IdentityHashMap<Element, Integer> lengths = paragraphTextLengths(all);
    Set<Element> holdsArticle = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int k = all.size() - 1; k >= 0; k--) {
      Element e = all.get(k);
      if (isArticle(e) || holdsArticle.contains(e)) {
        holdsArticle.add(e);
        if (e.parent() != null) {
          holdsArticle.add(e.parent());
        }
      }
    }
    int total = lengths.getOrDefault(body, 0);
    List<Element> doomed = new ArrayList<>();
    // Inside a block already doomed: it goes with that block, and removing blocks nested in
    // each other one by one was quadratic in their depth.
    Set<Element> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : all) {
      if (e.parent() != null && gone.contains(e.parent())) {
        gone.add(e);
        continue;
      }
      if (e == body || isArticle(e) || !isBoilerplate(e)) {
        continue;
      }
      // Some sites put words like "sidebar" on the wrapper of the whole page; never drop the
      // block that holds most of the text.
      if (holdsArticle.contains(e) || lengths.getOrDefault(e, 0) * 2 > total) {
        continue;
      }
      doomed.add(e);
      gone.add(e);
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  // Element.is() climbs to the root for every element asked, which made a page nested 200,000
  // deep take half a minute; the same test on the element alone is linear in the page.
  private static boolean isArticle(Element e) {
    String tag = e.normalName();
    return tag.equals("main") || tag.equals("article") || e.attr("itemprop").equals("articleBody");
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
   * The elements holding the article, in page order: a marked article body, else the richest
   * article or main element when it holds a fair share of the page's paragraph text, else the
   * block with the most paragraph text and its rich siblings. Blocks are scored as in Readability:
   * a paragraph counts fully for its parent and half for its grandparent.
   */
  private static List<Element> mainBlocks(Element body) {
    IdentityHashMap<Element, Integer> lengths = paragraphTextLengths(body.getAllElements());
    int total = lengths.getOrDefault(body, 0);
    for (String query : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
      Element best = null;
      int bestLength = 0;
      for (Element e : body.select(query)) {
        int len = lengths.getOrDefault(e, 0);
        if (len > bestLength) {
          best = e;
          bestLength = len;
        }
      }
      if (best != null && bestLength * 10 >= total * 3) {
        return List.of(best);
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
    List<Element> blocks = new ArrayList<>();
    Element parent = best.parent();
    if (parent == null || best == body) {
      blocks.add(best);
      return blocks;
    }
    // Articles split over sibling divs (by an ad slot, a "story-more" box) keep their other parts,
    // as in Readability; link lists next to the article do not qualify.
    int bestLength = lengths.getOrDefault(best, 0);
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        blocks.add(sibling);
        continue;
      }
      int len = lengths.getOrDefault(sibling, 0);
      if (len >= Math.max(80, bestLength / 5) && linkLength(sibling) * 10 < len * 3) {
        blocks.add(sibling);
      }
    }
    return blocks;
  }

  private static int linkLength(Element e) {
    int len = 0;
    for (Element a : e.select("a")) {
      len += a.text().length();
    }
    return len;
  }

  /**
   * The length of the paragraph text in every element of a page (given in document order), found
   * in one pass from the leaves up: asking each element for its paragraphs was quadratic in the
   * nesting depth.
   */
  private static IdentityHashMap<Element, Integer> paragraphTextLengths(Elements all) {
    IdentityHashMap<Element, Integer> lengths = new IdentityHashMap<>();
    for (int k = all.size() - 1; k >= 0; k--) {
      Element e = all.get(k);
      int own = e.normalName().equals("p") ? e.text().length() : 0;
      int len = own + lengths.getOrDefault(e, 0);
      if (len > 0) {
        lengths.put(e, len);
        Element parent = e.parent();
        if (parent != null) {
          lengths.merge(parent, len, Integer::sum);
        }
      }
    }
    return lengths;
  }

  private static void paragraphs(Element main, List<String> out) {
    Elements candidates = main.select(PARAGRAPHS);
    if (candidates.isEmpty()) {
      // A page of bare text with <br> breaks: one paragraph is better than none.
      addParagraph(out, main.text(), main);
      return;
    }
    // Innermost wins: a blockquote's paragraphs are taken one by one, not the blockquote whole.
    Set<Element> outer = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : candidates) {
      for (Element a = e.parent(); a != null && a != main; a = a.parent()) {
        if (!outer.add(a)) {
          break;
        }
      }
    }
    for (Element e : candidates) {
      if (!outer.contains(e)) {
        addParagraph(out, e.text(), e);
      }
    }
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
    return (e.normalName().equals("p") || e.normalName().equals("li")) && text.length() <= 150 && linkLength(e) * 10 >= text.length() * 9;
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
