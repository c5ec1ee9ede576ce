package org.quotetrace.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A client for a desk on loopback, and the invented fixtures the tests send it. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  record Answer(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Answer post(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  Answer postJson(String path, Object body) {
    try {
      return post(path, "application/json", JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A multipart form: each entry a field name and either a String (text) or a file {name, bytes}. */
  Answer postForm(String path, List<Map.Entry<String, Object>> fields) {
    String boundary = "----desk" + System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> f : fields) {
      write(out, "--" + boundary + "\r\n");
      if (f.getValue() instanceof String text) {
        write(out, "Content-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n");
        write(out, text);
      } else {
        Object[] file = (Object[]) f.getValue();
        write(out, "Content-Disposition: form-data; name=\"" + f.getKey() + "\"; filename=\""
            + file[0] + "\"\r\nContent-Type: text/plain\r\n\r\n");
        out.writeBytes((byte[]) file[1]);
      }
      write(out, "\r\n");
    }
    write(out, "--" + boundary + "--\r\n");
    return post(path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private static Answer send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = CLIENT.send(b.timeout(Duration.ofSeconds(120)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String fixture(String name) {
    try (InputStream in = Http.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new AssertionError("no test resource " + name, e);
    }
  }

  /** A JSON Lines body of documents: each {id, outlet, title, published, kind, text}. */
  static byte[] jsonLines(List<Map<String, String>> docs) {
    StringBuilder b = new StringBuilder();
    for (Map<String, String> d : docs) {
      try {
        b.append(JSON.writeValueAsString(d)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The invented pair and the hostile document, as the index holds them in these tests. */
  static byte[] corpus() {
    return jsonLines(List.of(
        Map.of("id", "interview", "outlet", "Kessby Radio", "title", "Dock strike enters third week",
            "published", "2026-03-02T08:00:00Z", "kind", "script", "text", fixture("pair/interview.txt")),
        Map.of("id", "article", "outlet", "Harbour Post", "title", "Kessby union chief",
            "published", "2026-03-03T09:30:00Z", "kind", "article", "text", fixture("pair/article.txt")),
        Map.of("id", "hostile", "outlet", "<script>window.__pwned='outlet'</script>",
            "title", "<img src=x onerror=\"window.__pwned='t'\">",
            "published", "2026-03-04T10:00:00Z", "kind", "article", "text", fixture("hostile.txt"))));
  }
}
