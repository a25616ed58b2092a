package org.practicesearch.cli.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.practicesearch.model.Entry;
import org.practicesearch.render.Json;
import org.practicesearch.search.Hit;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;

/**
 * The HTTP server of {@code serve}: a read-only JSON API over one open {@link SearchIndex} and the web page,
 * all from the jar. GET and HEAD only; bounded threads, queue, URL and parameter sizes; errors as JSON.
 */
public final class ApiServer implements AutoCloseable {
  static final int MAX_URL = 4096;
  private static final int THREADS = 8;
  private static final int QUEUE = 256;
  private static final Map<String, String> ASSETS = Map.of("/", "index.html", "/index.html", "index.html",
      "/app.js", "app.js", "/dom.js", "dom.js", "/facets.js", "facets.js", "/worldmap.js", "worldmap.js",
      "/entry.js", "entry.js", "/app.css", "app.css", "/world.json", "world.json");

  private final HttpServer server;
  private final ExecutorService pool;
  private final SearchIndex index;
  private final Suggestions suggestions;

  /**
   * Starts serving.
   *
   * @param index the open index (not closed by the server)
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  public static ApiServer start(SearchIndex index, String host, int port) throws IOException {
    return new ApiServer(index, host, port);
  }

  private ApiServer(SearchIndex index, String host, int port) throws IOException {
    this.index = index;
    this.suggestions = Suggestions.of(index);
    this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
    this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE),
        new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    // not try-with-resources: the exchange must still be open when a catch block answers with an error
    try {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().add("Allow", "GET, HEAD");
        error(ex, 405, "method " + method + " not allowed; this server is read-only");
        return;
      }
      String raw = ex.getRequestURI().getRawPath();
      if (ex.getRequestURI().toString().length() > MAX_URL) {
        error(ex, 414, "URL longer than " + MAX_URL + " characters");
        return;
      }
      route(ex, raw);
    } catch (IllegalArgumentException e) {
      error(ex, 400, e.getMessage());
    } catch (RuntimeException | IOException e) {
      error(ex, 500, "internal error: " + e.getClass().getSimpleName());
    } finally {
      ex.close();
    }
  }

  private void route(HttpExchange ex, String path) throws IOException {
    Map<String, List<String>> params = params(ex.getRequestURI().getRawQuery());
    if (path.equals("/api/search")) {
      SearchRequest request = Params.request(params);
      JsonObject o = Json.response(index.search(request));
      o.add("unknown_filters", UnknownFilters.of(index, request));
      json(ex, 200, o);
    } else if (path.equals("/api/export")) {
      export(ex, Export.of(index, params));
    } else if (path.startsWith("/api/entries/")) {
      String id = URLDecoder.decode(path.substring("/api/entries/".length()), StandardCharsets.UTF_8);
      Optional<Entry> e = index.get(id);
      if (e.isEmpty()) {
        error(ex, 404, "no entry with id '" + id + "'");
        return;
      }
      JsonObject o = Json.entry(e.get());
      JsonArray related = new JsonArray();
      for (Hit h : index.related(id, 5)) {
        related.add(Json.hit(h));
      }
      o.add("related", related);
      json(ex, 200, o);
    } else if (path.equals("/api/suggest")) {
      String q = Params.one(params, "q", "");
      JsonArray a = new JsonArray();
      suggestions.complete(q, Params.intParam(params, "size", 8, 1, 20)).forEach(a::add);
      JsonObject o = new JsonObject();
      o.addProperty("query", q);
      o.add("suggestions", a);
      json(ex, 200, o);
    } else if (ASSETS.containsKey(path)) {
      asset(ex, ASSETS.get(path));
    } else {
      error(ex, 404, "no such page: " + path);
    }
  }

  private static void export(HttpExchange ex, Export export) throws IOException {
    headers(ex, export.contentType());
    ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(200, -1);
      return;
    }
    ex.sendResponseHeaders(200, 0); // chunked: up to 10,000 entries are streamed, not held
    try (OutputStream out = ex.getResponseBody()) {
      export.write(out);
    }
  }

  static Map<String, List<String>> params(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static void asset(HttpExchange ex, String name) throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        error(ex, 404, "missing asset " + name);
        return;
      }
      String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js")
          ? "text/javascript; charset=utf-8" : name.endsWith(".json") ? "application/json; charset=utf-8"
          : "text/css; charset=utf-8";
      send(ex, 200, type, in.readAllBytes());
    }
  }

  private static void json(HttpExchange ex, int status, JsonObject body) throws IOException {
    send(ex, status, "application/json; charset=utf-8", Json.compact(body).getBytes(StandardCharsets.UTF_8));
  }

  static void error(HttpExchange ex, int status, String message) throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("error", message);
    o.addProperty("status", status);
    json(ex, status, o);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    headers(ex, type);
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void headers(HttpExchange ex, String type) {
    var h = ex.getResponseHeaders();
    h.set("Content-Type", type);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", "no-store");
  }

  /** Stops accepting requests and waits up to a second for running ones. */
  @Override
  public void close() {
    server.stop(1);
    pool.shutdownNow();
  }
}
