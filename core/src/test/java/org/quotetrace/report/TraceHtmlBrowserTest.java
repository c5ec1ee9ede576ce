package org.quotetrace.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotetrace.read.Readers;
import org.quotetrace.text.Document;
import org.quotetrace.trace.Trace;
import org.quotetrace.trace.Tracer;

/**
 * Opens the page in a real browser, Debian's headless Chromium, which .ci/run installs. The
 * screenshots are kept in core/target/report-screenshots for a person to look at.
 */
class TraceHtmlBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target", "report-screenshots");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private Path work;

  @BeforeEach
  void needsChromium() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM), () -> CHROMIUM + " is not installed: skipping the "
        + "browser test (.ci/run installs it with apt-get install chromium)");
    work = Files.createTempDirectory("quotetrace-browser");
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (work != null) {
      deleteTree(work);
    }
  }

  @Test
  void thePageScriptWiresUpTheLinksAndAScriptInTheArticleDoesNotRun() throws Exception {
    Trace t = ReportFixtures.fixtureTrace();
    assertTrue(t.article().text().contains("<script>document.title='pwned'</script>"));
    Path page = write("fixture.html", t);
    String title = Jsoup.parse(Files.readString(page)).title();
    // the address selects quote 2, as a link from elsewhere would
    String dom = chromium("--dump-dom", page.toUri() + "#q2");
    org.jsoup.nodes.Document loaded = Jsoup.parse(dom);
    assertEquals(title, loaded.title(), "a script in the input changed the title");
    assertFalse(title.contains("pwned"), title);
    String wired = loaded.body().attr("data-wired");
    assertFalse(wired.isEmpty(), "the page's script did not run: " + loaded.body().attributes());
    assertTrue(Integer.parseInt(wired) >= t.quotes().size(), wired);
    assertEquals(1, loaded.select("script").size());
    assertTrue(loaded.getElementById("article-text").wholeText()
        .contains("<script>document.title='pwned'</script>"));
    Element shown = loaded.selectFirst("#panel-body .card");
    assertNotNull(shown, "quote 2 is not shown in the details panel");
    assertEquals("2", shown.attr("data-q"));
    assertTrue(loaded.getElementById("q2").hasClass("sel"), "quote 2 is not highlighted");
    if (!t.quotes().get(1).matches().isEmpty()) {
      assertTrue(loaded.getElementById("q2-m1").hasClass("sel"), "its source is not highlighted");
    }
  }

  @Test
  void screenshotsOfTheFixtureAndTheSeedPairAreMade() throws Exception {
    Files.createDirectories(SHOTS);
    screenshot(write("fixture.html", ReportFixtures.fixtureTrace()), SHOTS.resolve("fixture.png"));
    Path seeds = Path.of(System.getProperty("quotetrace.shared", "../shared"), "seeds");
    Path article = seeds.resolve("000_3367610939f0179f.txt");
    Path script = seeds.resolve("001_ea0b09c9c9a58e8a.txt");
    if (Files.isReadable(article) && Files.isReadable(script)) {
      Document a = Readers.read(article);
      Document s = Readers.read(script);
      screenshot(write("seed.html", new Tracer(() -> null).trace(a, List.of(s))),
          SHOTS.resolve("seed.png"));
    }
  }

  private void screenshot(Path page, Path png) throws Exception {
    Files.deleteIfExists(png);
    chromium("--screenshot=" + png.toAbsolutePath(), "--window-size=1400,1000",
        page.toUri().toString());
    assertTrue(Files.isRegularFile(png), () -> "no screenshot at " + png);
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 10_000, () -> "screenshot of " + bytes.length + " bytes");
    byte[] head = new byte[8];
    System.arraycopy(bytes, 0, head, 0, 8);
    assertArrayEquals(PNG, head, "not a PNG");
    ByteBuffer ihdr = ByteBuffer.wrap(bytes, 16, 8);
    assertEquals(1400, ihdr.getInt(), "width");
    assertEquals(1000, ihdr.getInt(), "height");
  }

  private Path write(String name, Trace t) throws IOException {
    return Files.writeString(work.resolve(name), TraceHtml.render(t), StandardCharsets.UTF_8);
  }

  /** Runs headless Chromium with a profile and home of its own, returns what it printed. */
  private String chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory(work, "profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectError(work.resolve(profile.getFileName() + ".log").toFile());
    // Chromium writes caches and a certificate store under the home folder: keep them in ours
    pb.environment().put("HOME", profile.toString());
    pb.environment().put("XDG_CONFIG_HOME", profile.resolve("config").toString());
    pb.environment().put("XDG_CACHE_HOME", profile.resolve("cache").toString());
    Process p = pb.start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
      try {
        return p.getInputStream().readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail("chromium did not finish in 60 s: " + String.join(" ", command));
    }
    String printed = new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + String.join(" ", command) + "\n"
        + log(work.resolve(profile.getFileName() + ".log")));
    return printed;
  }

  private static String log(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  // Chromium's helper processes may still be closing files when it exits: try a few times
  private static void deleteTree(Path root) throws Exception {
    for (int attempt = 0; ; attempt++) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
        return;
      } catch (IOException e) {
        if (attempt == 4) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }
}
