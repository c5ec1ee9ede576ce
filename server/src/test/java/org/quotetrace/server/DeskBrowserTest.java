package org.quotetrace.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in Debian's headless Chromium, driven by Selenium, against a real server with the
 * meaning model. Screenshots go to server/target/desk-screenshots for a person to look at.
 */
class DeskBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "desk-screenshots");
  private static final List<String> ORDER = List.of("Wrong speaker", "Words not in the source",
      "Bracket changes the referent", "Stitched or cut", "Paraphrase or translation", "Edited",
      "Verbatim");

  @TempDir
  static Path work;
  static DeskServer server;
  static ChromeDriver browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), () -> CHROMIUM + " or "
        + DRIVER + " is not installed: skipping the desk's browser tests (.ci/run installs them"
        + " with apt-get install chromium chromium-driver)");
    server = DeskServer.start(Settings.defaults(work.resolve("index"), 0));
    base = "http://127.0.0.1:" + server.port();
    Http.Answer a = new Http(server.port()).post("/api/documents", "application/x-ndjson", Http.corpus());
    assertEquals(200, a.status(), a.body());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1400,1000", "--user-data-dir=" + work.resolve("profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(40));
  }

  private static int loads;

  /** A fresh page each time: a change of the address's fragment alone would not reload it. */
  private static void open(String hash) {
    browser.get(base + "/?load=" + ++loads + hash);
    waiting().until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  private static void setValue(WebElement e, String value) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", e, value);
  }

  /** Pastes an article and one source on the check page and waits for the report's rows. */
  private static List<WebElement> check(String article, String source) {
    open("#check");
    setValue(browser.findElement(By.id("article-text")), article);
    setValue(browser.findElement(By.cssSelector("#sources .source textarea")), source);
    browser.findElement(By.id("run-check")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("#rows .row")).isEmpty()
        || d.findElement(By.id("check-msg")).getText().contains("rror"));
    return browser.findElements(By.cssSelector("#rows .row"));
  }

  private static List<String> categories(List<WebElement> rows) {
    List<String> out = new ArrayList<>();
    for (WebElement r : rows) {
      out.add(r.findElement(By.className("cat-label")).getText());
    }
    return out;
  }

  private static void assertActionOrder(List<String> shown) {
    int last = -1;
    for (String c : shown) {
      int rank = ORDER.indexOf(c);
      assertTrue(rank >= 0, "unknown category " + c);
      assertTrue(rank >= last, "rows not in the order an editor acts on: " + shown);
      last = rank;
    }
  }

  private static void assertNothingRan() {
    Object pwned = ((JavascriptExecutor) browser).executeScript(
        "return window.__pwned === undefined ? null : String(window.__pwned);");
    assertEquals(null, pwned, "a script from a document ran");
    Long injected = (Long) ((JavascriptExecutor) browser).executeScript(
        "return document.querySelectorAll('img, svg, iframe, [onerror], [onload], a[href^=\"javascript\"]').length"
            + " + document.scripts.length - 1;");
    assertEquals(0L, injected, "markup from a document reached the page");
  }

  private static void screenshot(String name, int width) throws Exception {
    browser.manage().window().setSize(new Dimension(width, width < 800 ? 2400 : 1600));
    Thread.sleep(300);
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + "-" + width + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertTrue(overflow <= 0, name + " runs " + overflow + " px off a " + width + " px screen");
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  @Test
  void theInventedPairShowsEveryVerdictWithItsReasonInTheOrderAnEditorActsOn() throws Exception {
    List<WebElement> rows = check(Http.fixture("pair/article.txt"), Http.fixture("pair/interview.txt"));
    List<String> shown = categories(rows);
    assertEquals(6, rows.size(), shown.toString());
    assertEquals("Wrong speaker", shown.get(0), shown.toString());
    assertTrue(shown.contains("Words not in the source") && shown.contains("Verbatim"), shown.toString());
    assertActionOrder(shown);
    for (WebElement r : rows) {
      assertFalse(r.findElements(By.cssSelector(".reasons li")).isEmpty(), "no reason: " + r.getText());
      assertEquals(1, r.findElements(By.className("fidelity")).size(), "one percentage a row");
    }
    String head = browser.findElement(By.className("report-head")).getText();
    assertTrue(head.contains("translated from Norwegian"), head);
    String page = browser.findElement(By.id("report")).getText();
    assertTrue(page.contains("[the board in Oslo]"), "the bracket's reason is not shown");
    assertEquals(1, browser.findElements(By.className("summary")).size(), "the key appears once");
    assertEquals(0, browser.findElements(By.cssSelector("#report .legend")).size(), "a second key");
    assertFalse(page.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "a control character shows");
    screenshot("pair-report", 1400);
    screenshot("pair-report", 390);
  }

  @Test
  void findingSourcesInTheIndexShowsTheRankingThenTheReportAgainstTheTickedOnes() throws Exception {
    open("#check");
    setValue(browser.findElement(By.id("article-text")), Http.fixture("pair/article.txt"));
    browser.findElement(By.id("find-sources")).click();
    browser.findElement(By.id("run-check")).click();
    waiting().until(d -> !d.findElements(By.cssSelector(".candidates .candidate")).isEmpty()
        || d.findElement(By.id("check-msg")).getText().contains("rror"));
    WebElement first = browser.findElements(By.cssSelector(".candidates .candidate")).get(0);
    assertTrue(first.getText().contains("Kessby Radio") && first.getText().contains("Holds"),
        first.getText());
    assertTrue(first.findElement(By.cssSelector("input.pick")).isSelected(), "the top source is not ticked");
    waiting().until(d -> !d.findElements(By.cssSelector("#rows .row")).isEmpty());
    List<String> shown = categories(browser.findElements(By.cssSelector("#rows .row")));
    assertEquals(6, shown.size(), shown.toString());
    assertEquals("Wrong speaker", shown.get(0), shown.toString());
    assertActionOrder(shown);
    screenshot("find-sources", 1400);
    screenshot("find-sources", 390);
    // Nothing ticked, nothing traced: the ranking stays, the report goes.
    for (WebElement tick : browser.findElements(By.cssSelector(".candidates input.pick"))) {
      if (tick.isSelected()) {
        tick.click();
      }
    }
    browser.findElement(By.cssSelector(".candidates .trace-picked")).click();
    waiting().until(d -> d.findElements(By.cssSelector("#rows .row")).isEmpty());
    assertTrue(browser.findElement(By.id("check-msg")).getText().contains("Tick a source"),
        browser.findElement(By.id("check-msg")).getText());
    assertFalse(browser.findElements(By.cssSelector(".candidates .candidate")).isEmpty());
  }

  @Test
  void clickingAQuoteHighlightsItsPassageInTheSource() {
    List<WebElement> rows = check(Http.fixture("pair/article.txt"), Http.fixture("pair/interview.txt"));
    WebElement bracket = rows.stream()
        .filter(r -> r.getText().contains("Bracket changes the referent")).findFirst().orElseThrow();
    String n = bracket.getAttribute("data-q");
    WebElement mark = browser.findElement(By.id("aq" + n));
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", mark);
    List<WebElement> lit = browser.findElements(By.cssSelector("#source-pane .source-text .mark.sel"));
    assertFalse(lit.isEmpty(), "no source passage is highlighted for quote " + n);
    assertTrue(lit.get(0).getText().startsWith("They [the board in Oslo]"), lit.get(0).getText());
    assertTrue(bracket.getAttribute("class").contains("sel"), "its row is not selected");
    List<WebElement> numbers = browser.findElements(By.cssSelector("#source-pane sup.num"));
    assertTrue(numbers.stream().anyMatch(s -> s.getText().startsWith(n)), "its passage has no number");
    ((JavascriptExecutor) browser).executeScript(
        "document.querySelector('.panes').scrollIntoView({block: 'start'});");
    File shot = browser.getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), SHOTS.resolve("pair-panes-1400.png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void reportedSpeechIsListedApartWithItsVerdictAndIsMarkedInTheArticle() {
    check(Http.fixture("pair/article.txt"), Http.fixture("pair/interview.txt"));
    // "has said the strike will go on until …": the interview never says so.
    List<WebElement> told = browser.findElements(By.cssSelector("#reported-rows .row"));
    assertEquals(1, told.size(), "reported statements shown: " + told.size());
    WebElement r = told.get(0);
    assertEquals("R1", r.findElement(By.className("qno")).getText());
    assertEquals("Words not in the source", r.findElement(By.className("cat-label")).getText());
    assertTrue(r.findElement(By.className("who")).getText().contains("Maren Holt"), r.getText());
    assertTrue(r.findElement(By.className("qtext")).getText().startsWith("the strike will go on"), r.getText());
    assertFalse(r.findElements(By.cssSelector(".reasons li")).isEmpty(), "no reason: " + r.getText());
    assertTrue(browser.findElement(By.id("check-msg")).getText().contains("1 reported statement"),
        browser.findElement(By.id("check-msg")).getText());
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", r);
    WebElement mark = browser.findElement(By.id("ar1"));
    assertTrue(mark.getAttribute("class").contains("sel"), "its words are not highlighted in the article");
    assertTrue(mark.getAttribute("class").contains("reported"), mark.getAttribute("class"));
    assertTrue(r.getAttribute("class").contains("sel"), "its row is not selected");
  }

  @Test
  void theSeedPairPutsTheWrongSpeakerFirstAndNamesTheBracket() throws Exception {
    Path seeds = Path.of(System.getProperty("quotetrace.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds), () -> seeds + " is absent: skipping the seed pair in the browser");
    List<WebElement> rows = check(
        Files.readString(seeds.resolve("000_3367610939f0179f.txt"), StandardCharsets.UTF_8),
        Files.readString(seeds.resolve("001_ea0b09c9c9a58e8a.txt"), StandardCharsets.UTF_8));
    List<String> shown = categories(rows);
    assertEquals("Wrong speaker", shown.get(0), shown.toString());
    assertActionOrder(shown);
    String page = browser.findElement(By.id("report")).getText();
    assertTrue(page.contains("[Italian military ships]"), "the bracket's source wording is not shown");
    assertTrue(page.contains("translated from Arabic"), "the script is not said to be a translation");
    assertTrue(page.contains("Nearest wording: “"), "a quote found nowhere shows no nearest wording");
    screenshot("seed-report", 1400);
    screenshot("seed-report", 390);
  }

  @Test
  void aSearchOpensADocumentAndAVariantTimeline() throws Exception {
    open("#browse");
    browser.findElement(By.id("s-words")).sendKeys("night shift");
    browser.findElement(By.id("run-search")).click();
    waiting().until(d -> !d.findElement(By.id("search-results")).getText().startsWith("Searching")
        && !d.findElement(By.id("search-results")).getText().isEmpty());
    assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty(),
        browser.findElement(By.id("search-results")).getText());
    screenshot("search", 1400);
    browser.findElements(By.cssSelector(".hit .variants-link")).get(0).click();
    waiting().until(d -> d.findElements(By.cssSelector("#timeline .step")).size() >= 2);
    List<WebElement> steps = browser.findElements(By.cssSelector("#timeline .step"));
    assertTrue(steps.get(0).getText().startsWith("2026-03-02"), steps.get(0).getText());
    assertTrue(steps.get(1).getText().contains("Harbour Post"), steps.get(1).getText());
    screenshot("variants", 1400);
    screenshot("variants", 390);
    browser.findElements(By.cssSelector("#timeline .step a")).get(1).click();
    waiting().until(d -> d.findElement(By.id("doc")).getText().contains("Quotes coloured"));
    assertFalse(browser.findElements(By.cssSelector("#doc-text .mark.cat-speaker")).isEmpty(),
        "the reporter's words credited to Holt are not coloured as a wrong speaker");
    screenshot("document", 1400);
  }

  @Test
  void aHostileDocumentRunsNothingOnAnyPage() throws Exception {
    String hostile = Http.fixture("hostile.txt");
    check(hostile, hostile + "\n\nMore: <script>window.__pwned='source'</script>");
    assertNothingRan();
    assertTrue(browser.findElement(By.id("report")).getText().contains("<script>"),
        "the markup is not shown as text");
    open("#browse");
    browser.findElement(By.id("s-words")).sendKeys("harbour");
    browser.findElement(By.id("run-search")).click();
    waiting().until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
    assertNothingRan();
    open("#doc/hostile");
    waiting().until(d -> d.findElement(By.id("doc")).getText().contains("<script>"));
    waiting().until(d -> !d.findElement(By.id("doc")).getText().contains("Looking for its sources"));
    assertNothingRan();
    open("#variants/" + java.net.URLEncoder.encode("we will rebuild the harbour", StandardCharsets.UTF_8)
        .replace("+", "%20"));
    waiting().until(d -> !d.findElement(By.id("variants")).getText().contains("Grouping"));
    assertNothingRan();
    open("#doc/" + "%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D'hash'%22%3E");
    waiting().until(d -> d.findElement(By.id("doc")).getText().contains("no document"));
    assertNothingRan();
  }
}
