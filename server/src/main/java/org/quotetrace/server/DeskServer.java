package org.quotetrace.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.quotetrace.index.CorpusIndex;
import org.quotetrace.index.IndexException;
import org.quotetrace.meaning.SentenceEncoder;
import org.quotetrace.quote.Extraction;
import org.quotetrace.quote.QuoteFinder;
import org.quotetrace.text.Document;

/**
 * The desk: quotetrace's JSON API and its web pages, served by Javalin on Jetty. Start one with
 * {@link #start}; {@link #close} stops it.
 */
public final class DeskServer implements AutoCloseable {
  /** The pages, read once at start: no request names a file, on disk or on the class path. */
  private static final Map<String, String[]> PAGES = Map.of(
      "/", new String[] {"web/index.html", "text/html; charset=utf-8"},
      "/desk.js", new String[] {"web/desk.js", "text/javascript; charset=utf-8"},
      "/desk.css", new String[] {"web/desk.css", "text/css; charset=utf-8"},
      "/api/openapi.json", new String[] {"openapi.json", "application/json; charset=utf-8"});
  /**
   * Only the server's own script and style, no inline script, no plugins, no frames, no forms
   * sent elsewhere: whatever a document holds, the page runs nothing but desk.js.
   */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
      + " frame-ancestors 'none'";
  /** Sources one trace request may carry. */
  static final int MAX_SOURCES = 50;
  /** Hits one search request may page to. */
  static final int MAX_HITS = 1_000;
  private static final String ANSWERED = "quotetrace.answered";

  private final Settings settings;
  private final Library library;
  private final Model model;
  private final Workers workers;
  private final Javalin app;
  private final List<String[]> routes = new ArrayList<>();
  private final Map<String, byte[]> pages = new LinkedHashMap<>();

  private DeskServer(Settings settings, Library library, Model model) {
    this.settings = settings;
    this.library = library;
    this.model = model;
    this.workers = new Workers(settings.workers(), settings.timeLimit());
    for (var e : PAGES.entrySet()) {
      pages.put(e.getKey(), resource(e.getValue()[0]));
    }
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = settings.maxBody();
      config.jetty.multipartConfig.maxTotalRequestSize(settings.maxBody(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxFileSize(settings.maxBody(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(
          (int) Math.min(settings.maxBody(), Integer.MAX_VALUE), SizeUnit.BYTES);
      var r = config.routes;
      r.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
      });
      for (String path : PAGES.keySet()) {
        r.get(path, ctx -> page(ctx, path));
      }
      api(r, HandlerType.GET, "/api/health", this::health);
      api(r, HandlerType.POST, "/api/trace", this::trace);
      api(r, HandlerType.POST, "/api/sources", this::sourcesOfPasted);
      api(r, HandlerType.GET, "/api/sources/{id}", this::sourcesOfIndexed);
      api(r, HandlerType.GET, "/api/search", this::search);
      api(r, HandlerType.GET, "/api/variants", this::variants);
      api(r, HandlerType.GET, "/api/documents/{id}", this::document);
      api(r, HandlerType.POST, "/api/documents", this::addDocuments);
      r.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
          switch (e.getStatus()) {
            case 413 -> tooLarge();
            case 404 -> "no such page or endpoint: " + oneLine(ctx.method() + " " + ctx.path());
            default -> oneLine(e.getMessage());
          }));
      r.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: "
          + oneLine(e.getClass().getSimpleName() + ": " + e.getMessage())));
      r.error(404, ctx -> {
        if (ctx.attribute(ANSWERED) == null) {
          error(ctx, 404, "no such page or endpoint: " + oneLine(ctx.method() + " " + ctx.path()));
        }
      });
      r.error(405, ctx -> {
        if (ctx.attribute(ANSWERED) == null) {
          error(ctx, 405, oneLine(ctx.method() + " is not allowed on " + ctx.path()));
        }
      });
    });
  }

  /**
   * Opens the index (an empty or missing folder is an empty desk, filled by the first documents
   * added), starts loading the model in the background and listens.
   *
   * @throws IndexException when the folder holds something other than an index, or cannot be read
   */
  public static DeskServer start(Settings settings) throws IndexException {
    return start(settings, settings.meaning() ? Model.load() : Model.none());
  }

  static DeskServer start(Settings settings, Model model) throws IndexException {
    Library library = new Library(settings.index());
    DeskServer s = new DeskServer(settings, library, model);
    try {
      s.app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  /** The port listened on: the one asked for, or the one found when 0 was asked for. */
  public int port() {
    return app.port();
  }

  /** What the index served would have a person know (see {@link CorpusIndex#notice}); empty if nothing. */
  public Optional<String> notice() {
    Optional<Snapshot> s = library.snapshot();
    try {
      return s.flatMap(x -> x.index().notice());
    } finally {
      s.ifPresent(Snapshot::close);
    }
  }

  /** Method and path of every API endpoint, as registered: what the OpenAPI document must cover. */
  public List<String[]> routes() {
    return Collections.unmodifiableList(routes);
  }

  @Override
  public void close() {
    app.stop();
    workers.close();
    library.close();
  }

  @FunctionalInterface
  private interface Answer {
    Object answer(Context ctx) throws Exception;
  }

  private void api(io.javalin.config.RoutesConfig r, HandlerType method, String path, Answer a) {
    routes.add(new String[] {method.name(), path});
    Handler h = ctx -> json(ctx, 200, a.answer(ctx));
    if (method == HandlerType.GET) {
      r.get(path, h);
    } else {
      r.post(path, h);
    }
  }

  private void page(Context ctx, String path) {
    ctx.attribute(ANSWERED, true);
    ctx.contentType(PAGES.get(path)[1]).result(pages.get(path));
  }

  // --- endpoints ---

  private Object health(Context ctx) throws Exception {
    ObjectNode n = Engine.JSON.createObjectNode();
    n.put("model", !model.enabled() ? "off" : model.settled() ? "ready" : "loading");
    Optional<Snapshot> s = library.snapshot();
    try {
      n.put("documents", s.isPresent() ? s.get().index().documents() : 0);
    } finally {
      s.ifPresent(Snapshot::close);
    }
    return n;
  }

  /**
   * One document of a request: its name (only a label), its text, and what is known of it; or
   * the id of an indexed document (then without text).
   */
  private record Given(String name, byte[] bytes, JsonNode about, String id) {
    Given(String name, byte[] bytes, JsonNode about) {
      this(name, bytes, about, null);
    }

    boolean indexed() {
      return id != null;
    }

    Document read() {
      Document d = Engine.read(name, bytes);
      if (about == null) {
        return d;
      }
      Document.Builder b = d.toBuilder();
      if (about.hasNonNull("title")) {
        b.title(about.get("title").asText());
      }
      if (about.hasNonNull("outlet")) {
        b.outlet(about.get("outlet").asText());
      }
      if (about.hasNonNull("published")) {
        b.published(time(about.get("published").asText(), "published"));
      }
      return b.build();
    }
  }

  private Object trace(Context ctx) throws Exception {
    Given article;
    List<Given> sources = new ArrayList<>();
    boolean wordsOnly;
    if (isMultipart(ctx)) {
      article = part(ctx, "article", 0);
      if (article == null) {
        throw ApiError.badInput("the form has no field 'article'");
      }
      int n = ctx.uploadedFiles("source").size() + ctx.formParams("source").size();
      for (int i = 0; i < n; i++) {
        sources.add(part(ctx, "source", i));
      }
      wordsOnly = "true".equals(ctx.formParam("wordsOnly"));
    } else {
      JsonNode body = jsonBody(ctx);
      article = givenOrIndexed(body.get("article"), "article");
      JsonNode list = body.get("sources");
      if (list == null || !list.isArray()) {
        throw ApiError.badInput("'sources' must be an array of {\"name\", \"text\"} or {\"id\"}");
      }
      for (int i = 0; i < list.size(); i++) {
        sources.add(givenOrIndexed(list.get(i), "sources[" + i + "]"));
      }
      wordsOnly = body.path("wordsOnly").asBoolean(false);
    }
    if (sources.isEmpty()) {
      throw ApiError.badInput("no source given: a trace needs at least one");
    }
    if (sources.size() > MAX_SOURCES) {
      throw ApiError.badInput(sources.size() + " sources given; at most " + MAX_SOURCES
          + " are traced at once");
    }
    Supplier<SentenceEncoder> meaning = meaning(wordsOnly);
    boolean anyIndexed = article.indexed();
    boolean allIndexed = true;
    for (Given g : sources) {
      anyIndexed |= g.indexed();
      allIndexed &= g.indexed();
    }
    List<String> declared = new ArrayList<>();
    for (Given g : sources) {
      declared.add(g.about() != null && g.about().hasNonNull("translatedFrom")
          ? g.about().get("translatedFrom").asText() : null);
    }
    if (!anyIndexed) {
      return workers.run(() -> {
        Document doc = article.read();
        List<Document> docs = new ArrayList<>();
        for (Given g : sources) {
          docs.add(g.read());
        }
        return Engine.trace(doc, docs, declared, meaning);
      });
    }
    boolean fromIndex = allIndexed;
    return workers.run(() -> {
      try (Snapshot s = snapshotOrEmpty()) {
        // The article's quotes are found again, as the sources answer finds them: its trace is
        // the same whether asked there (trace=N) or here for the candidates picked.
        Document doc = article.indexed() ? Engine.document(s.index(), article.id()).orElseThrow(
            () -> ApiError.notFound("no document with id " + oneLine(article.id())))
            : article.read();
        Extraction found = new QuoteFinder().find(doc);
        List<Extraction> docs = new ArrayList<>();
        for (Given g : sources) {
          docs.add(g.indexed() ? indexed(s, g.id()) : new QuoteFinder().find(g.read()));
        }
        return Engine.trace(found, docs, declared, fromIndex, meaning);
      }
    });
  }

  /** An indexed document with its quotes as indexed; 404 when the index has no such id. */
  private static Extraction indexed(Snapshot s, String id) throws IOException {
    return s.index().extraction(id)
        .orElseThrow(() -> ApiError.notFound("no document with id " + oneLine(id)));
  }

  private Object sourcesOfPasted(Context ctx) throws Exception {
    Given article;
    int candidates;
    int traceTop;
    boolean wordsOnly;
    if (isMultipart(ctx)) {
      article = part(ctx, "article", 0);
      if (article == null) {
        throw ApiError.badInput("the form has no field 'article'");
      }
      candidates = count(ctx.formParam("candidates"), 5, "candidates", 1);
      traceTop = count(ctx.formParam("trace"), 0, "trace", 0);
      wordsOnly = "true".equals(ctx.formParam("wordsOnly"));
    } else {
      JsonNode body = jsonBody(ctx);
      article = given(body.get("article"), "article");
      candidates = count(text(body, "candidates"), 5, "candidates", 1);
      traceTop = count(text(body, "trace"), 0, "trace", 0);
      wordsOnly = body.path("wordsOnly").asBoolean(false);
    }
    Supplier<SentenceEncoder> meaning = meaning(wordsOnly || traceTop == 0);
    return workers.run(() -> {
      try (Snapshot s = snapshotOrEmpty()) {
        return Engine.sources(s.index(), article.read(), candidates, traceTop, meaning);
      }
    });
  }

  private Object sourcesOfIndexed(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    int candidates = count(ctx.queryParam("candidates"), 5, "candidates", 1);
    int traceTop = count(ctx.queryParam("trace"), 0, "trace", 0);
    Supplier<SentenceEncoder> meaning =
        meaning("true".equals(ctx.queryParam("wordsOnly")) || traceTop == 0);
    return workers.run(() -> {
      try (Snapshot s = snapshotOrEmpty()) {
        Document doc = Engine.document(s.index(), id)
            .orElseThrow(() -> ApiError.notFound("no document with id " + oneLine(id)));
        return Engine.sources(s.index(), doc, candidates, traceTop, meaning);
      }
    });
  }

  private Object search(Context ctx) throws Exception {
    Instant from = optionalTime(ctx.queryParam("from"), "from");
    Instant to = optionalTime(ctx.queryParam("to"), "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiError.badInput("'to' (" + to + ") is before 'from' (" + from + ")");
    }
    int offset = count(ctx.queryParam("offset"), 0, "offset", 0);
    int size = count(ctx.queryParam("size"), 20, "size", 1);
    if (size > 100) {
      throw ApiError.badInput("'size' must be at most 100, not " + size);
    }
    if (offset + size > MAX_HITS) {
      throw ApiError.badInput("results page only to the first " + MAX_HITS
          + " hits; narrow the search");
    }
    String speaker = ctx.queryParam("speaker");
    String words = ctx.queryParam("words");
    String outlet = ctx.queryParam("outlet");
    // Transcript turns are what was said; a desk looks there first, so they are in unless asked out.
    boolean turns = !"false".equals(ctx.queryParam("turns"));
    return workers.run(() -> {
      Optional<Snapshot> s = library.snapshot();
      if (s.isEmpty()) {
        ObjectNode n = Engine.JSON.createObjectNode();
        n.put("total", 0).put("offset", offset).put("size", size).putArray("quotes");
        return n;
      }
      try (Snapshot snap = s.get()) {
        return Engine.search(snap.index(), speaker, words, outlet, from, to, turns, offset,
            size);
      }
    });
  }

  private Object variants(Context ctx) throws Exception {
    String text = ctx.queryParam("text");
    if (text == null || text.isBlank()) {
      throw ApiError.badInput("give the quote's words as 'text'");
    }
    return workers.run(() -> {
      try (Snapshot s = snapshotOrEmpty()) {
        return Engine.variants(s.clustering(), text).orElseThrow(() ->
            ApiError.notFound("no indexed quote is near enough to " + quoted(text)));
      }
    });
  }

  private Object document(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    return workers.run(() -> {
      Optional<Snapshot> s = library.snapshot();
      if (s.isEmpty()) {
        throw ApiError.notFound("no document with id " + oneLine(id) + " (the index is empty)");
      }
      try (Snapshot snap = s.get()) {
        Document doc = Engine.document(snap.index(), id)
            .orElseThrow(() -> ApiError.notFound("no document with id " + oneLine(id)));
        return Engine.document(doc);
      }
    });
  }

  private Object addDocuments(Context ctx) throws Exception {
    authorize(ctx);
    byte[] body = body(ctx);
    Library.Added a = workers.run(() -> library.add(new ByteArrayInputStream(body), "body"));
    if (a.added() + a.replaced() + a.unchanged() == 0) {
      String first = a.failures().isEmpty() ? "no document in the body"
          : a.failures().get(0)[0] + ": " + a.failures().get(0)[1];
      throw ApiError.badInput("nothing could be added: " + first);
    }
    ObjectNode n = Engine.JSON.createObjectNode();
    n.put("added", a.added()).put("replaced", a.replaced()).put("unchanged", a.unchanged())
        .put("failed", a.failed());
    var list = n.putArray("failures");
    for (String[] f : a.failures()) {
      list.addObject().put("where", f[0]).put("message", f[1]);
    }
    return n;
  }

  // --- helpers ---

  private Snapshot snapshotOrEmpty() {
    return library.snapshot().orElseThrow(() ->
        ApiError.notFound("the index is empty: add documents first (POST /api/documents)"));
  }

  private Supplier<SentenceEncoder> meaning(boolean wordsOnly) {
    if (wordsOnly || !model.enabled()) {
      return Model.wordsOnly();
    }
    if (!model.settled()) {
      throw ApiError.unavailable("the sentence-embedding model is still loading; try again in a"
          + " few seconds (or ask for words only)");
    }
    return model;
  }

  private void authorize(Context ctx) {
    Optional<String> token = settings.token();
    if (token.isEmpty()) {
      return;
    }
    String given = ctx.header("Authorization");
    byte[] want = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
    if (given == null || !MessageDigest.isEqual(want, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "adding documents needs the server's token"
          + " (Authorization: Bearer TOKEN)");
    }
  }

  private byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    long max = settings.maxBody();
    if (declared > max) {
      throw new ApiError(413, tooLarge());
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      if (b.length > max) {
        throw new ApiError(413, tooLarge());
      }
      return b;
    } catch (IOException e) {
      throw ApiError.badInput("the body could not be read (" + oneLine(e.getMessage()) + ")");
    }
  }

  private String tooLarge() {
    return "the request is larger than " + settings.maxBody() + " bytes, the server's limit";
  }

  private JsonNode jsonBody(Context ctx) {
    byte[] b = body(ctx);
    JsonNode n;
    try {
      n = Engine.JSON.readTree(b);
    } catch (JsonProcessingException e) {
      throw ApiError.badInput("the body is not JSON (" + oneLine(e.getOriginalMessage()) + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n == null || !n.isObject()) {
      throw ApiError.badInput("the body must be a JSON object");
    }
    return n;
  }

  /**
   * A document given whole ({"name", "text"}) or as an indexed one ({"id"}): an id is only looked
   * up among the index's documents, never as a path.
   */
  private static Given givenOrIndexed(JsonNode n, String where) {
    if (n != null && n.isObject() && n.has("id") && !n.hasNonNull("text")) {
      JsonNode id = n.get("id");
      if (!id.isTextual() || id.asText().isBlank()) {
        throw ApiError.badInput("'" + where + "' has an empty \"id\"");
      }
      return new Given(id.asText(), null, n, id.asText());
    }
    if (n == null || !n.isObject()) {
      throw ApiError.badInput("'" + where + "' must be an object with \"name\" and \"text\","
          + " or with the \"id\" of an indexed document");
    }
    return given(n, where);
  }

  private static Given given(JsonNode n, String where) {
    if (n == null || !n.isObject()) {
      throw ApiError.badInput("'" + where + "' must be an object with \"name\" and \"text\"");
    }
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw ApiError.badInput("'" + where + "' has no \"text\"");
    }
    String name = n.hasNonNull("name") ? n.get("name").asText().strip() : "";
    return new Given(name.isEmpty() ? where : name,
        text.asText().getBytes(StandardCharsets.UTF_8), n);
  }

  private boolean isMultipart(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      return false;
    }
    if (ctx.req().getContentLengthLong() > settings.maxBody()) {
      throw new ApiError(413, tooLarge());
    }
    return true;
  }

  /** The i-th file or text field of that name: files first, then text fields. */
  private static Given part(Context ctx, String field, int i) {
    List<UploadedFile> files = ctx.uploadedFiles(field);
    if (i < files.size()) {
      UploadedFile f = files.get(i);
      try (InputStream in = f.content()) {
        String name = f.filename() == null || f.filename().isBlank() ? field + " " + (i + 1)
            : f.filename();
        return new Given(name, in.readAllBytes(), null);
      } catch (IOException e) {
        throw ApiError.badInput(field + ": the upload could not be read");
      }
    }
    List<String> texts = ctx.formParams(field);
    int j = i - files.size();
    if (j < texts.size()) {
      String t = texts.get(j);
      if (t.isBlank()) {
        throw ApiError.badInput("the field '" + field + "' is empty");
      }
      return new Given(field + (i > 0 || field.equals("source") ? " " + (i + 1) : ""),
          t.getBytes(StandardCharsets.UTF_8), null);
    }
    return null;
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static int count(String raw, int fallback, String name, int min) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(raw.strip());
      if (n < min || n > 10_000) {
        throw ApiError.badInput("'" + name + "' must be a whole number from " + min
            + " to 10000, not " + oneLine(raw));
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badInput("'" + name + "' must be a whole number, not " + quoted(raw));
    }
  }

  private static Instant optionalTime(String raw, String name) {
    return raw == null || raw.isBlank() ? null : time(raw, name);
  }

  /** An ISO-8601 instant, or a date alone (midnight UTC). */
  static Instant time(String raw, String name) {
    String s = raw.strip();
    try {
      if (s.length() == 10) {
        return java.time.LocalDate.parse(s).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      }
      return java.time.OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiError.badInput("'" + name + "' must be a date (2026-03-04) or a time"
          + " (2026-03-04T10:15:00Z), not " + quoted(raw));
    }
  }

  private static void json(Context ctx, int status, Object body) throws IOException {
    ctx.attribute(ANSWERED, true);
    ctx.status(status).contentType("application/json; charset=utf-8")
        .result(Engine.JSON.writeValueAsBytes(body));
  }

  private static void error(Context ctx, int status, String message) {
    ObjectNode n = Engine.JSON.createObjectNode();
    n.put("status", status);
    n.put("message", message);
    try {
      json(ctx, status, n);
    } catch (IOException e) {
      ctx.status(status).result(message);
    }
  }

  /** A value from a request, in quotes and cut short, for a message. */
  static String quoted(String s) {
    return "'" + oneLine(s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), 300));
    s.codePoints().limit(300).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return b.toString().strip();
  }

  private static byte[] resource(String name) {
    try (InputStream in = DeskServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the server's resource " + name + " is missing from its jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
