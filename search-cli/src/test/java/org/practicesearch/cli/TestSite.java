package org.practicesearch.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small copy of the sites we crawl, served from the test JVM on 127.0.0.1 (port 0): the pages under
 * {@code src/test/resources/site/} ({@code {{base}}} replaced by the server's URL), with ETags and
 * conditional GETs, plus a redirect ({@code /practice/old}), a server error ({@code /practice/broken}), an
 * overloaded server ({@code /busy}: 503, Retry-After 2) and a PDF ({@code /download/toolkit}). Every request is logged.
 */
final class TestSite implements AutoCloseable {
  static final String LAST_MODIFIED = "Mon, 02 Nov 2026 10:00:00 GMT";

  private final HttpServer server;
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String[]> changes = new ConcurrentHashMap<>();
  private final java.util.Set<String> removed = ConcurrentHashMap.newKeySet();
  private volatile boolean robotsMoved;

  TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Requests so far: {@code /path?query}, with {@code  (if-none-match)} when conditional. */
  List<String> log() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  void clearLog() {
    log.clear();
  }

  /** Changes a page from now on: {@code from} replaced by {@code to}. */
  void change(String path, String from, String to) {
    changes.put(path, new String[] {from, to});
  }

  /** From now on /robots.txt redirects to /moved/robots.txt, which serves it. */
  void moveRobots() {
    robotsMoved = true;
  }

  /** Removes a page from now on (404). */
  void remove(String path) {
    removed.add(path);
  }

  /** The page at a path as the server sends it, or null. */
  String page(String pathAndQuery) throws IOException {
    if (removed.contains(pathAndQuery)) {
      return null;
    }
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String file = "/site" + path + (q < 0 ? "" : "-" + pathAndQuery.substring(q + 1).replace('=', '-')) + ".html";
    try (InputStream in = TestSite.class.getResourceAsStream(file)) {
      if (in == null) {
        return null;
      }
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base());
      String[] change = changes.get(pathAndQuery);
      return change == null ? html : html.replace(change[0], change[1]);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    String query = ex.getRequestURI().getRawQuery();
    String target = path + (query == null ? "" : "?" + query);
    String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
    log.add(target + (ifNoneMatch == null ? "" : " (if-none-match)"));
    try (ex) {
      switch (path) {
        case "/robots.txt" -> {
          if (robotsMoved) {
            ex.getResponseHeaders().add("Location", "/moved/robots.txt");
            ex.sendResponseHeaders(301, -1);
          } else {
            send(ex, 200, "text/plain", resource("/site/robots.txt"));
          }
        }
        case "/moved/robots.txt" -> send(ex, 200, "text/plain", resource("/site/robots.txt"));
        case "/practice/old" -> {
          ex.getResponseHeaders().add("Location", "/practice/case-law");
          ex.sendResponseHeaders(301, -1);
        }
        case "/practice/broken" -> send(ex, 500, "text/html", "<h1>Internal error</h1>".getBytes(StandardCharsets.UTF_8));
        case "/busy" -> {
          ex.getResponseHeaders().add("Retry-After", "2");
          send(ex, 503, "text/html", "<h1>Busy</h1>".getBytes(StandardCharsets.UTF_8));
        }
        case "/download/toolkit" -> send(ex, 200, "application/pdf", "%PDF-1.4 not a page".getBytes(StandardCharsets.US_ASCII));
        default -> page(ex, target, ifNoneMatch);
      }
    }
  }

  private void page(HttpExchange ex, String target, String ifNoneMatch) throws IOException {
    String html = page(target);
    if (html == null) {
      send(ex, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
      return;
    }
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + sha256(body).substring(0, 16) + "\"";
    ex.getResponseHeaders().add("ETag", etag);
    ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
    if (etag.equals(ifNoneMatch)) {
      ex.sendResponseHeaders(304, -1);
      return;
    }
    send(ex, 200, "text/html; charset=utf-8", body);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TestSite.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
