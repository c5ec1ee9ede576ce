package org.quotetrace.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document the server serves describes exactly the endpoints it has. */
class OpenApiTest {
  @TempDir
  Path work;

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
    try (DeskServer s = DeskServer.start(Settings.defaults(work, 0).withMeaning(false))) {
      Http.Answer a = new Http(s.port()).get("/api/openapi.json");
      assertEquals(200, a.status());
      JsonNode doc = a.json();
      assertTrue(doc.get("openapi").asText().startsWith("3."));
      Set<String> documented = new TreeSet<>();
      doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
      Set<String> served = new TreeSet<>();
      for (String[] r : s.routes()) {
        served.add(r[0] + " " + r[1]);
      }
      served.add("GET /api/openapi.json");
      assertEquals(served, documented);
    }
  }

  @Test
  void everyDocumentedErrorAnswerIsTheErrorShape() throws Exception {
    try (DeskServer s = DeskServer.start(Settings.defaults(work, 0).withMeaning(false))) {
      JsonNode doc = new Http(s.port()).get("/api/openapi.json").json();
      doc.get("components").get("responses").fields().forEachRemaining(r -> assertEquals(
          "#/components/schemas/Error",
          r.getValue().at("/content/application~1json/schema/$ref").asText(), r.getKey()));
    }
  }
}
