package org.quotetrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class MarkedTextTest {

  /** Parses the output as XML, which fails on any element that is not properly nested. */
  private static Element wellFormed(String html) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    return factory.newDocumentBuilder()
        .parse(new InputSource(new StringReader("<root>" + html + "</root>")))
        .getDocumentElement();
  }

  private static MarkedText.Mark range(int s, int e, int k, String tag) {
    return new MarkedText.Mark(s, e, k % 3, tag).attr("id", "m" + k).attr("data-k", "" + k);
  }

  /** The text of each mark, gathered from all the pieces it was cut into. */
  private static Map<String, StringBuilder> piecesByMark(Element root) {
    Map<String, StringBuilder> out = new HashMap<>();
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute("data-k")) {
        out.computeIfAbsent(e.getAttribute("data-k"), k -> new StringBuilder())
            .append(e.getTextContent());
      }
    }
    return out;
  }

  @Test
  void overlappingRangesAreCutIntoProperlyNestedPiecesThatKeepTheirText() throws Exception {
    String text = "one two three four five";
    List<MarkedText.Mark> marks = List.of(range(0, 13, 0, "span"), range(4, 18, 1, "span"),
        range(8, 23, 2, "a"), range(4, 7, 3, "span"));
    String html = MarkedText.render(text, marks);
    Element root = wellFormed(html);
    assertEquals(text, root.getTextContent());
    Map<String, StringBuilder> pieces = piecesByMark(root);
    assertEquals("one two three", pieces.get("0").toString());
    assertEquals("two three four", pieces.get("1").toString());
    assertEquals("three four five", pieces.get("2").toString());
    assertEquals("two", pieces.get("3").toString());
    assertEquals(1, html.split("id=\"m1\"", -1).length - 1, "an id only on the first piece");
  }

  @Test
  void aLinkInsideALinkIsWrittenAsASpanThatKeepsItsTarget() throws Exception {
    String html = MarkedText.render("abcdef", List.of(
        new MarkedText.Mark(0, 6, 0, "a").attr("href", "#x"),
        new MarkedText.Mark(2, 4, 1, "a").attr("href", "#y")));
    assertEquals("<a href=\"#x\">ab<span data-href=\"#y\">cd</span>ef</a>", html);
    wellFormed(html);
  }

  @Test
  void aPointIsAnEmptyElementAndAnEmptyRangeIsNotDrawn() {
    String html = MarkedText.render("ab", List.of(MarkedText.Mark.point(1, 0, "span")
        .attr("class", "drop"), new MarkedText.Mark(1, 1, 0, "em")));
    assertEquals("a<span class=\"drop\"></span>b", html);
  }

  @Test
  void textAndAttributesAreEscaped() {
    String html = MarkedText.render("<script>&\"'</script>]]>", List.of(
        new MarkedText.Mark(0, 8, 0, "span").attr("title", "\"><script>x</script>")));
    assertEquals("<span title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;script&gt;</span>"
        + "&amp;&quot;&#39;&lt;/script&gt;]]&gt;", html);
  }

  @Test
  void aCutIsNeverMadeInsideASurrogatePair() throws Exception {
    String text = "a😀b";
    String html = MarkedText.render(text, List.of(new MarkedText.Mark(0, 2, 0, "span")));
    assertEquals("<span>a😀</span>b", html);
    assertEquals(text, wellFormed(html).getTextContent());
  }

  @Test
  void randomOverlappingMarksAlwaysGiveWellFormedOutputThatKeepsEveryRangesText()
      throws Exception {
    Random random = new Random(20261123);
    String[] pieces = {"a", "b", " ", "<", "&", "\"", "'", "😀", "\n", "é", ">"};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      List<Integer> cuts = new ArrayList<>();
      for (int i = 0; i <= text.length(); i++) {
        if (i == 0 || i == text.length() || !Character.isLowSurrogate(text.charAt(i))) {
          cuts.add(i);
        }
      }
      List<MarkedText.Mark> marks = new ArrayList<>();
      Map<String, String> expected = new HashMap<>();
      int n = random.nextInt(8);
      for (int k = 0; k < n; k++) {
        int s = cuts.get(random.nextInt(cuts.size()));
        int e = cuts.get(random.nextInt(cuts.size()));
        if (random.nextInt(5) == 0) {
          marks.add(MarkedText.Mark.point(s, 0, "span").attr("class", "p"));
          continue;
        }
        int lo = Math.min(s, e);
        int hi = Math.max(s, e);
        marks.add(range(lo, hi, k, random.nextBoolean() ? "a" : "span").attr("href", "#m" + k));
        if (lo < hi) {
          expected.put("" + k, text.substring(lo, hi));
        }
      }
      String html = MarkedText.render(text, marks);
      String context = "round " + round + ": " + text + " -> " + html;
      Element root;
      try {
        root = wellFormed(html);
      } catch (Exception e) {
        throw new AssertionError("not well formed, " + context, e);
      }
      assertEquals(text, root.getTextContent(), context);
      Map<String, StringBuilder> got = piecesByMark(root);
      for (Map.Entry<String, String> x : expected.entrySet()) {
        assertEquals(x.getValue(), String.valueOf(got.get(x.getKey())), context);
      }
      NodeList links = root.getElementsByTagName("a");
      for (int i = 0; i < links.getLength(); i++) {
        for (Node p = links.item(i).getParentNode(); p != root; p = p.getParentNode()) {
          assertTrue(!p.getNodeName().equals("a"), () -> "a link inside a link, " + context);
        }
      }
    }
  }
}
