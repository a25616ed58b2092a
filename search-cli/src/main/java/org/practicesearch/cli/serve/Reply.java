package org.practicesearch.cli.serve;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.practicesearch.render.Json;

/**
 * What an {@link Endpoint} answers: status, content type, body and any extra headers.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type
 * @param body the body (not sent for HEAD)
 * @param headers extra response headers, possibly empty
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON = "application/json; charset=utf-8";

  Reply {
    headers = Map.copyOf(headers);
  }

  static Reply json(int status, JsonObject o) {
    return new Reply(status, JSON, Json.compact(o).getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** {@code {"error": message, "status": status}}. */
  static Reply error(int status, String message) {
    return json(status, errorJson(status, message));
  }

  static JsonObject errorJson(int status, String message) {
    JsonObject o = new JsonObject();
    o.addProperty("error", message);
    o.addProperty("status", status);
    return o;
  }

  Reply withHeader(String name, String value) {
    Map<String, String> h = new java.util.LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, contentType, body, h);
  }
}
