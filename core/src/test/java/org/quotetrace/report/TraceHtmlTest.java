package org.quotetrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.quotetrace.text.Document;
import org.quotetrace.text.DocumentKind;
import org.quotetrace.trace.Flag;
import org.quotetrace.trace.Match;
import org.quotetrace.trace.Reuse;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.TracedQuote;
import org.quotetrace.trace.Verdict;

class TraceHtmlTest {
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "data-href", "action",
      "formaction", "srcset", "poster", "background", "cite", "longdesc", "ping", "xlink:href");

  private static org.jsoup.nodes.Document page(Trace t) {
    return Jsoup.parse(TraceHtml.render(t));
  }

  @Test
  void markupInTheInputIsShownAsTextAndNeverRunsOrBecomesElements() {
    org.jsoup.nodes.Document page = page(ReportFixtures.hostileTrace());
    Elements scripts = page.select("script");
    assertEquals(1, scripts.size(), "only the page's own script");
    assertFalse(scripts.first().data().contains("alert"), "the page's script holds no input");
    assertTrue(page.select("textarea, img, iframe, object, embed, base, link, form").isEmpty(),
        () -> "elements from the input: " + page.select("textarea, img, iframe, object, embed"));
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().startsWith("on"), () -> "event handler " + a + " on " + e.tagName());
      }
      if (e.tagName().equals("b")) {
        assertFalse(e.text().equals("dandy"), "the input's <b> became an element");
      }
    }
    String text = page.text();
    for (String literal : List.of("<script>alert(1)</script>", "</textarea>", "]]>", "'now'",
        "fine & <b>dandy</b>", "<img src=\"https://example.com/t.png\" onerror=\"alert(3)\">",
        "a\"><script>alert(2)</script>.txt", "Bridge </title><script>alert(4)</script>",
        "source & 'friends'.txt", "an odd <problem> & more")) {
      assertTrue(text.contains(literal), () -> "page does not show literally: " + literal);
    }
    assertTrue(page.title().contains("a\"><script>alert(2)</script>.txt"), page.title());
  }

  @Test
  void theArticleAndSourceColumnsHoldTheirFullTextsUnchanged() {
    Trace t = ReportFixtures.hostileTrace();
    org.jsoup.nodes.Document page = page(t);
    assertEquals(t.article().text(), page.getElementById("article-text").wholeText());
    Elements sources = page.select("#source-col .srcdoc > .text");
    assertEquals(t.sources().size(), sources.size());
    for (int i = 0; i < sources.size(); i++) {
      assertEquals(t.sources().get(i).text(), sources.get(i).wholeText(), "source " + (i + 1));
    }
  }

  @Test
  void thePageLoadsNothingFromOutside() {
    String html = TraceHtml.render(ReportFixtures.hostileTrace());
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(java.util.Locale.ROOT))) {
          assertTrue(a.getValue().startsWith("#"),
              () -> "link out of the page: " + a + " on <" + e.tagName() + ">");
        }
      }
    }
    String style = page.select("style").html();
    assertFalse(style.contains("url("), "style loads a resource");
    assertFalse(style.contains("@import"), "style imports a resource");
    assertFalse(html.matches("(?s).*(src|href)\\s*=\\s*[\"']?(https?:)?//.*"),
        "an attribute points out of the page");
    assertTrue(page.select("meta[http-equiv=refresh]").isEmpty());
  }

  @Test
  void onlyThePagesOwnScriptMayRunNamedByItsHashNotByUnsafeInline() throws Exception {
    // Regression: the policy allowed script-src 'unsafe-inline', so any script or event handler
    // that slipped into the page would have run.
    String html = TraceHtml.render(ReportFixtures.hostileTrace());
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String csp = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    String scriptSrc = java.util.Arrays.stream(csp.split(";")).map(String::strip)
        .filter(d -> d.startsWith("script-src")).findFirst().orElse("");
    assertFalse(scriptSrc.contains("unsafe-inline"), csp);
    String script = html.substring(html.lastIndexOf("<script>") + "<script>".length(),
        html.lastIndexOf("</script>"));
    String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
        .getInstance("SHA-256").digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("script-src 'sha256-" + hash + "'", scriptSrc, "the hash of the one script");
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().startsWith("on"), () -> "inline handler " + a + " on " + e.tagName());
        assertFalse(a.getValue().strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"),
            () -> "javascript: URL " + a + " on " + e.tagName());
      }
    }
  }

  @Test
  void everyQuoteIsLinkedBothWaysToEachSourcePassageItWasMatchedTo() {
    Trace t = ReportFixtures.hostileTrace();
    org.jsoup.nodes.Document page = page(t);
    for (int k = 1; k <= t.quotes().size(); k++) {
      TracedQuote q = t.quotes().get(k - 1);
      Element quote = page.getElementById("q" + k);
      assertNotNull(quote, "article element of quote " + k);
      assertTrue(quote.hasClass("v-" + q.verdict().id()), quote.className());
      assertNotNull(page.getElementById("q" + k + "-card"), "details of quote " + k);
      for (int j = 1; j <= q.matches().size(); j++) {
        Match m = q.matches().get(j - 1);
        Element part = page.getElementById("q" + k + "-p" + j);
        Element passage = page.getElementById("q" + k + "-m" + j);
        assertNotNull(part, "quote " + k + " part " + j);
        assertNotNull(passage, "source passage of quote " + k + " part " + j);
        assertEquals("#q" + k + "-m" + j, part.attr("href"));
        assertEquals("#q" + k + "-p" + j, passage.attr("href"));
        assertEquals(m.text(), page.select("#source-col [data-q=" + k + "][data-m=" + j + "]")
            .stream().filter(x -> x.hasClass("m")).map(Element::wholeText)
            .reduce("", String::concat));
        assertEquals("src" + (m.source() + 1), passage.closest(".srcdoc").id());
      }
    }
  }

  @Test
  void idsAreUniqueAndEveryLinkInThePageLeadsToOne() {
    org.jsoup.nodes.Document page = page(ReportFixtures.hostileTrace());
    Set<String> ids = new HashSet<>();
    for (Element e : page.select("[id]")) {
      assertTrue(ids.add(e.id()), () -> "duplicate id " + e.id());
    }
    for (Element e : page.select("[href], [data-href]")) {
      String target = e.hasAttr("href") ? e.attr("href") : e.attr("data-href");
      assertTrue(ids.contains(target.substring(1)), () -> "link to missing " + target);
    }
    assertTrue(page.select("a a").isEmpty(), "a link inside a link");
  }

  @Test
  void aSourcePassageSaidBySomeoneElseCarriesAVisibleWarning() {
    org.jsoup.nodes.Document page = page(ReportFixtures.hostileTrace());
    Elements warnings = page.select("#source-col .who-warn");
    assertEquals(1, warnings.size(), "only the reporter's passage: " + warnings);
    assertEquals("⚠ REPORTER, not Ann Roe", warnings.first().attr("data-label"));
    Element card = page.getElementById("q1-card");
    assertTrue(card.text().contains("said by REPORTER ⚠ not Ann Roe"), card.text());
    assertFalse(page.getElementById("q2-card").text().contains("⚠ not"),
        "ANN ROE is Ann Roe whatever the case");
  }

  @Test
  void aQuoteFoundNowhereShowsTheNearestSourceWordingAsText() {
    org.jsoup.nodes.Document page = page(ReportFixtures.hostileTrace());
    var nearest = page.select(".card .nearest");
    assertEquals(1, nearest.size(), nearest.toString());
    assertTrue(nearest.text().contains("“each cent ]]>”"), nearest.text());
    String json = TraceJson.toText(TraceJson.trace(ReportFixtures.hostileTrace()));
    assertTrue(json.contains("\"nearest\" : {"), json);
  }

  @Test
  void theSummaryHasOneRowPerQuoteWithVerdictFidelityFlagsAndFirstWords() {
    Trace t = ReportFixtures.hostileTrace();
    org.jsoup.nodes.Document page = page(t);
    Elements rows = page.select("table.summary tbody tr");
    assertEquals(t.quotes().size(), rows.size());
    Elements first = rows.get(0).select("td");
    assertEquals("1", first.get(0).text());
    assertEquals("Ann Roe", first.get(1).text());
    assertEquals("Word for word", first.get(2).text());
    assertEquals("90%", first.get(3).text());
    Element flag = first.get(4).selectFirst(".flag");
    assertEquals("Different speaker", flag.text());
    assertEquals(TraceHtml.FLAGS.get(Flag.SPEAKER_MISMATCH)[1], flag.attr("title"));
    assertEquals("“fine & <b>dandy</b>”", first.get(5).text());
    assertEquals("“she” (not identified)", rows.get(2).select("td").get(1).text());
    assertEquals("Not found", rows.get(2).select("td").get(2).text());
  }

  @Test
  void theLegendExplainsEveryVerdictAndFlagInPlainWords() {
    org.jsoup.nodes.Document page = page(ReportFixtures.hostileTrace());
    String legend = page.getElementById("legend").text();
    for (Verdict v : Verdict.values()) {
      assertTrue(legend.contains(TraceHtml.VERDICTS.get(v)[1]), v::id);
    }
    for (Flag f : Flag.values()) {
      assertTrue(legend.contains(TraceHtml.FLAGS.get(f)[1]), f::id);
    }
  }

  @Test
  void changesUnsupportedPartsBracketsAndReuseAreMarkedInTheTexts() {
    org.jsoup.nodes.Document page = page(ReportFixtures.hostileTrace());
    Element article = page.getElementById("article-text");
    Element source = page.getElementById("source-col");
    assertEquals("every", article.selectFirst(".chg").text());
    assertEquals("The source has: “each”", article.selectFirst(".chg").attr("title"));
    assertEquals("each", source.selectFirst(".chg-src").text());
    assertEquals("<script>alert(1)</script>", source.selectFirst(".del").text());
    assertEquals(1, article.select(".drop").size());
    assertEquals("We never said that,", article.selectFirst(".unsup").text());
    assertEquals("the council", article.selectFirst(".br-bad").text());
    assertEquals("The source has [the county] here", article.selectFirst(".br-bad").attr("title"));
    assertEquals("the town voted in 2019 to build the bridge", article.selectFirst(".reuse").text());
    assertEquals("#r1-s", article.selectFirst(".reuse").attr("href"));
    assertEquals("The town voted in 2019 to build the bridge", source.selectFirst(".reuse").text());
    String reuse = page.getElementById("reuse").text();
    assertTrue(reuse.contains("About 25% of the article’s text outside quotes"), reuse);
  }

  @Test
  void eachSourceHasItsOwnPanelAndLinksGoToTheRightOne() {
    Trace one = ReportFixtures.hostileTrace();
    String wire = "Officials said the town voted in 2019 to build the bridge.";
    Document second = Document.builder("wire.txt", wire).kind(DocumentKind.WIRE).build();
    Reuse fromWire = new Reuse(ReportFixtures.at(one.article().text(), "voted in 2019"), 1,
        ReportFixtures.at(wire, "voted in 2019"), 3);
    Trace two = new Trace(one.article(), List.of(one.sources().get(0), second), one.quotes(),
        List.of(one.reuse().get(0), fromWire), 0.3, List.of());
    org.jsoup.nodes.Document page = page(two);
    assertEquals(wire, page.select("#src2 > .text").first().wholeText());
    assertTrue(page.getElementById("src2").text().contains("news-agency story"));
    assertEquals("src2", page.getElementById("r2-s").closest(".srcdoc").id());
    assertEquals("src1", page.getElementById("r1-s").closest(".srcdoc").id());
    assertEquals("voted in 2019", page.select("#article-text [data-r=2]").text());
  }

  @Test
  void aTraceWithNoQuotesAndNoSourcesStillRendersAPage() {
    Document article = Document.builder("empty.txt", "").kind(DocumentKind.ARTICLE).build();
    org.jsoup.nodes.Document page =
        page(new Trace(article, List.of(), List.of(), List.of(), 0, List.of()));
    assertTrue(page.getElementById("summary").text().contains("The article has no quotes."));
    assertTrue(page.text().contains("No sources were given."));
    assertEquals("", page.getElementById("article-text").wholeText());
  }

  @Test
  void aTracedArticleShowsEveryQuoteOfTheTrace() {
    Trace t = ReportFixtures.fixtureTrace();
    assertFalse(t.quotes().isEmpty(), "the fixture has quotes");
    org.jsoup.nodes.Document page = page(t);
    assertEquals(t.article().text(), page.getElementById("article-text").wholeText());
    assertEquals(t.quotes().size(), page.select("table.summary tbody tr").size());
    assertEquals(t.quotes().size(), page.select("#article-text a.qn").size());
    assertEquals(1, page.select("script").size());
  }
}
