package org.quotetrace.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command over real news: PolNeAR articles (2016 campaign coverage) and the campaign
 * speeches they quote (windows-1252, CRLF, as published). It fails on any exception, whether it
 * reaches picocli, another thread or only standard error as a stack trace; on an exit status above
 * 2; and on a JVM fatal-error file. Exit 1 (some input failed, said in one line) is allowed.
 *
 * <p>By default it takes every other dev article (about 40) and all the speeches, to stay near a
 * minute; {@code -Dquotetrace.smoke.all=true} (bench/run-smoke.sh) takes every article of dev and
 * train. It runs in this JVM through picocli, as {@link Main} does, with a handler that keeps the
 * exceptions Main would print as one line.
 */
class RealNewsSmokeTest {
  @TempDir Path tmp;

  private static final Path SHARED = Path.of(System.getProperty("quotetrace.shared", "../shared"));
  private static final boolean ALL = Boolean.getBoolean("quotetrace.smoke.all");
  /** A stack frame, an uncaught exception's header, or an exception's class name in a message. */
  private static final Pattern TRACE = Pattern.compile(
      "^\\s+at [\\w$.<>/]+\\(.*\\)$|Exception in thread|\\b(java|javax|org|com)\\.[\\w.$]+"
          + "(Exception|Error)\\b|\\b\\w+(Exception|Error):");

  private final List<String> findings = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, long[]> timing = new LinkedHashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyCommandRunsOverRealNewsAndSpeechesWithoutACrash() throws Exception {
    Path polnear = SHARED.resolve("eval/polnear");
    Path speechDir = SHARED.resolve("eval/speeches");
    assumeTrue(Files.isDirectory(polnear.resolve("dev/text")) && Files.isDirectory(speechDir),
        () -> polnear + " or " + speechDir + " not found: skipping the real-news smoke test"
            + " (it needs ../shared beside the repository)");
    Instant started = Instant.now().minusSeconds(1);
    List<Path> articles = new ArrayList<>(texts(polnear.resolve("dev/text")));
    if (ALL) {
      articles.addAll(texts(polnear.resolve("train/text")));
    } else {
      List<Path> sample = new ArrayList<>();
      for (int i = 0; i < articles.size(); i += 2) {
        sample.add(articles.get(i));
      }
      articles = sample;
    }
    List<Path> speeches = texts(speechDir);
    List<Path> everything = new ArrayList<>(articles);
    everything.addAll(speeches);

    // quotes, in batches so that one run's output stays small
    for (int i = 0; i < everything.size(); i += 100) {
      run(args("quotes", everything.subList(i, Math.min(everything.size(), i + 100))));
    }
    run(args("quotes", List.of(articles.get(0), speeches.get(0)), "--format", "text", "--all"));

    // index: articles and speeches; then again, when all are unchanged
    Path index = tmp.resolve("index");
    List<String> indexArgs = new ArrayList<>(List.of("index", "--index", index.toString(),
        "--progress", "none", "--threads", "2"));
    everything.forEach(p -> indexArgs.add(p.toString()));
    run(indexArgs.toArray(String[]::new));
    run(indexArgs.toArray(String[]::new));

    // sources of each article from the index; the speeches it finds are traced below
    Set<List<String>> pairs = new LinkedHashSet<>();
    for (Path a : articles) {
      CliRun r = run("sources", "--id", a.toString(), "--index", index.toString(), "--words-only",
          "--trace", "1");
      for (JsonNode c : parse(r, "sources --id " + a).path("candidates")) {
        String id = c.path("id").asText();
        // A speech that holds some of the article's quotes, not one on the same topic only.
        if (id.startsWith(speechDir.toString()) && c.path("quotesCovered").asInt() > 0) {
          pairs.add(List.of(a.toString(), id));
        }
      }
    }
    run("sources", articles.get(1).toString(), "--index", index.toString(), "--words-only",
        "--format", "text");
    run("sources", "--id", articles.get(2).toString(), "--index", index.toString(), "--words-only",
        "--format", "html", "--out", tmp.resolve("sources.html").toString());

    // trace: each article against a speech it was found to quote
    List<List<String>> traced = new ArrayList<>(pairs);
    if (traced.isEmpty()) {
      traced.add(List.of(articles.get(0).toString(), speeches.get(0).toString()));
    }
    int k = 0;
    for (List<String> pair : ALL ? traced : traced.subList(0, Math.min(6, traced.size()))) {
      String format = List.of("json", "text", "html").get(k++ % 3);
      run("trace", pair.get(0), "--source", pair.get(1), "--words-only", "--format", format,
          "--out", tmp.resolve("trace-" + k + "." + format).toString());
    }
    // once with the meaning model, which the runs above leave out
    run("trace", traced.get(0).get(0), "--source", traced.get(0).get(1), speeches.get(1).toString());

    // search and variants over the index
    run("search", "--index", index.toString(), "--speaker", "Trump");
    run("search", "--index", index.toString(), "--speaker", "Clinton", "--format", "json");
    run("search", "--index", index.toString(), "\"the American people\"", "--turns");
    run("search", "--index", index.toString(), "jobs", "--from", "2016-09-01", "--to",
        "2016-10-15", "--limit", "5", "--format", "json");
    CliRun variants = run("variants", "--index", index.toString(), "--format", "json",
        "--limit", "5");
    run("variants", "--index", index.toString());
    JsonNode groups = parse(variants, "variants");
    String someQuote = groups.isArray() && groups.size() > 0
        ? groups.get(0).path("root").path("text").asText("") : "";
    if (someQuote.isBlank()) {
      someQuote = "make America great again";
    }
    run("variants", "--index", index.toString(), someQuote);

    findings.addAll(fatalErrorFiles(started));
    System.out.printf(Locale.ROOT, "real-news smoke: %d articles, %d speeches, %d article/speech"
        + " pairs; time by command: %s; %d findings%n", articles.size(), speeches.size(),
        pairs.size(), timingSummary(), findings.size());
    findings.forEach(f -> System.out.println("  " + f));
    assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
  }

  /** Runs one command as Main does, and notes whatever it should not have done. */
  private CliRun run(String... args) {
    String what = String.join(" ", args);
    List<Throwable> thrown = new ArrayList<>();
    List<String> uncaught = Collections.synchronizedList(new ArrayList<>());
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    int code;
    try {
      Thread.setDefaultUncaughtExceptionHandler(
          (t, e) -> uncaught.add(t.getName() + ": " + e));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      CommandLine cl = new CommandLine(new Main());
      cl.setExitCodeExceptionMapper(e -> 2);
      cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
        thrown.add(e);
        return 1;
      });
      code = cl.execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
    timing.computeIfAbsent(args[0], c -> new long[2])[0]++;
    timing.get(args[0])[1] += System.nanoTime() - t0;
    CliRun r = new CliRun(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
    String shortly = what.length() > 160 ? what.substring(0, 160) + "…" : what;
    for (Throwable e : thrown) {
      findings.add(shortly + ": threw " + e + " at " + firstFrame(e));
    }
    uncaught.forEach(u -> findings.add(shortly + ": uncaught in thread " + u));
    if (code > 2) {
      findings.add(shortly + ": exit status " + code);
    }
    r.err().lines().filter(l -> TRACE.matcher(l).find()).limit(3)
        .forEach(l -> findings.add(shortly + ": on stderr: " + l.strip()));
    return r;
  }

  private JsonNode parse(CliRun r, String what) {
    try {
      return r.out().isBlank() ? json.nullNode() : json.readTree(r.out());
    } catch (IOException e) {
      findings.add(what + ": output is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
      return json.nullNode();
    }
  }

  private static String firstFrame(Throwable e) {
    StackTraceElement[] st = e.getStackTrace();
    return st.length == 0 ? "?" : st[0].toString();
  }

  private static String[] args(String command, List<Path> files, String... more) {
    List<String> a = new ArrayList<>(List.of(command));
    files.forEach(p -> a.add(p.toString()));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** hs_err_pid*.log written since the test started, where a JVM would write one. */
  private static List<String> fatalErrorFiles(Instant since) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path dir : List.of(Path.of("").toAbsolutePath(),
        Path.of(System.getProperty("java.io.tmpdir")))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.toList()) {
          String name = p.getFileName().toString();
          if (name.startsWith("hs_err_pid") && name.endsWith(".log")
              && Files.getLastModifiedTime(p).compareTo(FileTime.from(since)) >= 0) {
            found.add("JVM fatal error file " + p);
          }
        }
      }
    }
    return found;
  }

  private String timingSummary() {
    StringBuilder b = new StringBuilder();
    timing.forEach((c, t) -> b.append(b.isEmpty() ? "" : ", ").append(c).append(' ')
        .append(t[0]).append("× ").append(String.format(Locale.ROOT, "%.1f s", t[1] / 1e9)));
    return b.toString();
  }
}
