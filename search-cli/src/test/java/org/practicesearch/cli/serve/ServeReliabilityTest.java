package org.practicesearch.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.search.SearchIndex;

/** What the issue found broken in serve: slow clients, stale results, unbounded queries, Host, error headers. */
class ServeReliabilityTest {
  static final Path SEEDS = Path.of(System.getProperty("practicesearch.repo"), "seeds");
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Map<String, String> SECURITY = Map.of("x-content-type-options", "nosniff",
      "content-security-policy", SecurityHeaders.CSP, "x-frame-options", "DENY", "cache-control", "no-store");

  @TempDir static Path tmp;
  static SearchIndex index;

  @BeforeAll
  static void build() throws IOException {
    ParseResult parsed = Pages.parse(List.of(SEEDS));
    Indexing.replace(tmp.resolve("idx"), parsed, parsed.files());
    index = SearchIndex.open(tmp.resolve("idx"));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static ServeOptions options() {
    return ServeOptions.defaults("127.0.0.1", 0);
  }

  static HttpResponse<String> get(ApiServer server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(String body) {
    return JsonParser.parseString(body).getAsJsonObject();
  }

  @Test
  void fiftyHalfOpenSocketsDoNotKeepTenNormalRequestsWaiting() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try (ApiServer server = ApiServer.start(index, options(), new PrintWriter(new StringWriter()))) {
      assertEquals(200, get(server, "/api/search?q=trafficking").statusCode()); // warmed up
      for (int i = 0; i < 50; i++) {
        Socket s = new Socket();
        slow.add(s);
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 1_000);
        // a request head that never ends: no blank line
        s.getOutputStream().write(("GET /api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + i)
            .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
      }
      // each request must be answered within 1 s (the client's timeout); the JDK server answered none
      for (int i = 0; i < 10; i++) {
        HttpResponse<String> r = get(server, "/api/search?q=refugees&page=" + (i % 3 + 1));
        assertEquals(200, r.statusCode());
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aConnectionThatDoesNotFinishItsRequestHeadIsClosed() throws Exception {
    ServeOptions o = options();
    ServeOptions quick = new ServeOptions(o.host(), o.port(), o.allowedHosts(), o.searchBudget(), o.maxRequests(),
        o.maxQueued(), o.maxWait(), Duration.ofMillis(200), o.idleTimeout(), o.maxConnections(), o.refreshInterval());
    try (ApiServer server = ApiServer.start(index, quick, new PrintWriter(new StringWriter()));
        Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", server.port()), 1_000);
      s.setSoTimeout(10_000);
      s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
      assertEquals(-1, s.getInputStream().read(), "closed by the server, without a response");
    }
  }

  @Test
  void commitsMadeWhileServingAreSeenWithin2Seconds(@TempDir Path dir) throws Exception {
    ParseResult seeds = Pages.parse(List.of(SEEDS));
    Path idx = dir.resolve("idx");
    Indexing.replace(idx, seeds, seeds.files());
    ServeOptions o = options();
    try (SearchIndex live = SearchIndex.open(idx);
        ApiServer server = ApiServer.start(live, o, new PrintWriter(new StringWriter()))) {
      JsonObject before = json(get(server, "/api/stats").body());
      assertEquals(22, before.get("entries").getAsInt());

      Path more = Files.createDirectories(dir.resolve("more"));
      Files.writeString(more.resolve("new.jsonl"), "{\"id\": \"fresh-1\", \"kind\": \"resource\", \"title\": "
          + "\"Zanzibar ferry safety handbook\", \"description\": \"Added while serving.\"}\n", StandardCharsets.UTF_8);
      ParseResult added = Pages.parse(List.of(more));
      Indexing.update(idx, added, false);
      JsonObject after = waitFor(server, "/api/search?q=zanzibar", r -> r.get("total").getAsLong() == 1);
      assertEquals("fresh-1", after.getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString());
      JsonObject stats = json(get(server, "/api/stats").body());
      assertEquals(23, stats.get("entries").getAsInt());
      assertEquals(before.get("generation").getAsLong() + 1, stats.get("generation").getAsLong());
      // suggestions are rebuilt just after the refresh
      waitFor(server, "/api/suggest?q=zanz", r -> r.getAsJsonArray("suggestions").size() == 1
          && r.getAsJsonArray("suggestions").get(0).getAsString().equals("Zanzibar ferry safety handbook"));

      // --replace: only the new entry is left, and the files of the replaced index are let go
      Indexing.replace(idx, added, added.files());
      waitFor(server, "/api/stats", r -> r.get("entries").getAsInt() == 1);
      assertEquals(Map.of("resource", 1L), kinds(json(get(server, "/api/stats").body())));
      assertEquals(List.of(), deletedFilesHeldOpen(idx));
    }
  }

  /** Polls a JSON endpoint until the condition holds; fails after 2 s. */
  static JsonObject waitFor(ApiServer server, String path, java.util.function.Predicate<JsonObject> done)
      throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (true) {
      JsonObject o = json(get(server, path).body());
      if (done.test(o)) {
        return o;
      }
      assertTrue(System.nanoTime() < end, "not seen within 2 s: " + o);
      Thread.sleep(50);
    }
  }

  static Map<String, Long> kinds(JsonObject stats) {
    Map<String, Long> out = new java.util.TreeMap<>();
    stats.getAsJsonObject("by_kind").entrySet().forEach(e -> {
      if (e.getValue().getAsLong() > 0) {
        out.put(e.getKey(), e.getValue().getAsLong());
      }
    });
    return out;
  }

  /** Files of the index that were deleted but that this process still holds open (Linux). */
  static List<String> deletedFilesHeldOpen(Path idx) throws IOException {
    Path fds = Path.of("/proc/self/fd");
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(fds)) {
      return out;
    }
    try (var list = Files.list(fds)) {
      for (Path fd : list.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith(idx.toRealPath().toString()) && target.endsWith("(deleted)")) {
            out.add(target);
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    }
    return out;
  }

  @Test
  void aSearchOverItsBudgetReturnsPartialResultsFlaggedTimedOut() throws Exception {
    try (ApiServer server = ApiServer.start(index, options().withSearchBudget(Duration.ZERO),
        new PrintWriter(new StringWriter()))) {
      HttpResponse<String> r = get(server, "/api/search?q=");
      assertEquals(200, r.statusCode());
      assertTrue(json(r.body()).get("timed_out").getAsBoolean(), r.body());
    }
  }

  @Test
  void aForeignHostNameIsRefusedAndLocalOnesAnswered() throws Exception {
    try (ApiServer server = ApiServer.start(index, options().withAllowedHosts(Set.of("Search.Example.org")),
        new PrintWriter(new StringWriter()))) {
      RawHttp evil = RawHttp.get(server.port(), "evil.example:" + server.port(), "/api/search?q=x");
      assertEquals(403, evil.status());
      assertEquals("host 'evil.example' not served; start serve with --allowed-host evil.example to answer it",
          json(evil.body()).get("error").getAsString());
      for (String ok : List.of("localhost", "127.0.0.1:" + server.port(), "[::1]:" + server.port(),
          "search.example.org", "10.1.2.3")) {
        assertEquals(200, RawHttp.get(server.port(), ok, "/health").status(), ok);
      }
    }
  }

  @Test
  void everyErrorCarriesTheSecurityHeadersAndAnInternalErrorItsRequestId(@TempDir Path dir) throws Exception {
    StringWriter log = new StringWriter();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ServeOptions one = options().withConcurrency(1, 1, Duration.ofSeconds(30));
    try (var clients = java.util.concurrent.Executors.newFixedThreadPool(3);
        ApiServer server = ApiServer.start(index, one, new PrintWriter(log), routes -> routes
        .path("/test/slow", (p, q) -> {
          entered.countDown();
          await(release);
          return Reply.error(200, "slow");
        })
        .path("/test/fail", (p, q) -> {
          throw new IllegalStateException("broken on purpose");
        }))) {
      int port = server.port();
      List<RawHttp> errors = new ArrayList<>(List.of(
          RawHttp.get(port, "127.0.0.1", "/nothing-here"),
          RawHttp.get(port, "127.0.0.1", "/api/search?size=1000"),
          RawHttp.get(port, "evil.example", "/"),
          RawHttp.get(port, "127.0.0.1", "/api/search?q=" + "x".repeat(5000)),
          RawHttp.exchange(port, "DELETE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
          // Jetty's own: a request it cannot parse, headers too large
          RawHttp.exchange(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n"),
          RawHttp.exchange(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n")));
      assertEquals(List.of(404, 400, 403, 414, 405, 400), errors.subList(0, 6).stream().map(RawHttp::status).toList());
      // Jetty answers 431 here; once in CI (not reproduced in thousands of local tries, loaded or not) it answered
      // 400, racing the rest of the oversized head still arriving. Either way the answer must be ours (below).
      assertTrue(Set.of(431, 400).contains(errors.get(6).status()), errors.get(6).toString());

      RawHttp failed = RawHttp.get(port, "127.0.0.1", "/test/fail");
      assertEquals(500, failed.status());
      String id = json(failed.body()).get("request_id").getAsString();
      assertTrue(log.toString().startsWith("error: request " + id + " GET /test/fail: internal error: "
          + "java.lang.IllegalStateException: broken on purpose at "), log.toString());
      errors.add(failed);

      // one request runs, one waits, the next is refused at once
      CompletableFuture<RawHttp> running = CompletableFuture.supplyAsync(() -> rawGet(port, "/test/slow"), clients);
      await(entered);
      CompletableFuture<RawHttp> second = CompletableFuture.supplyAsync(() -> rawGet(port, "/test/slow"), clients);
      CompletableFuture<RawHttp> third = CompletableFuture.supplyAsync(() -> rawGet(port, "/test/slow"), clients);
      RawHttp refused = CompletableFuture.anyOf(second, third).thenApply(RawHttp.class::cast).get();
      assertEquals(503, refused.status());
      assertEquals("1", refused.headers().get("retry-after"));
      errors.add(refused);
      release.countDown();
      assertEquals(200, running.get().status());
      assertEquals(Set.of(200, 503), Set.of(second.get().status(), third.get().status()));

      for (RawHttp e : errors) {
        for (var h : SECURITY.entrySet()) {
          assertEquals(h.getValue(), e.headers().get(h.getKey()), e.status() + " " + h.getKey() + ": " + e.headers());
        }
        assertEquals(e.status(), json(e.body()).get("status").getAsInt(), e.body());
      }
    }
  }

  static RawHttp rawGet(int port, String path) {
    try {
      return RawHttp.get(port, "127.0.0.1", path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
