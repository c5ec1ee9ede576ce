package org.quotetrace.read;

import static org.quotetrace.text.Growth.assertLinear;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 12: pages nested deep once took quadratic time to read (see {@code Growth}). */
class LinearGrowthTest {
  private static void read(String html) {
    try {
      ReadAssertions.assertWellFormed(
          Readers.read("page.html", html.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS));
    } catch (ReadException e) {
      // A page with no article text is refused in one line; only the time it took matters here.
    }
  }

  private static String nested(int depth, String open, String close) {
    return "<html><body>" + open.repeat(depth) + "<p>“We will stay,” she said.</p>"
        + close.repeat(depth) + "</body></html>";
  }

  @Test
  void divsNestedDeepAreReadInLinearTime() {
    // Element.is() climbed to the root for every element of the page.
    assertLinear("nested divs", 5_000, n -> nested(n, "<div>", "</div>"), LinearGrowthTest::read);
  }

  @Test
  void boilerplateBlocksNestedDeepAreReadInLinearTime() {
    // Each boilerplate block counted the paragraphs of all the blocks inside it.
    assertLinear("nested boilerplate", 5_000,
        n -> nested(n, "<div class=\"share\">", "</div>"), LinearGrowthTest::read);
  }

  @Test
  void headersAndListsNestedDeepAreReadInLinearTime() {
    assertLinear("nested headers", 3_000, n -> nested(n, "<header><ul><li>", "</li></ul></header>"),
        LinearGrowthTest::read);
  }
}
