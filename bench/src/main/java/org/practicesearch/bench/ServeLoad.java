package org.practicesearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.practicesearch.indexer.IndexBuilder;
import org.practicesearch.schema.Schema;

/**
 * The Java side of {@code bench/serve-load} (wrk makes the load itself):
 * <ul>
 *   <li>{@code index --docs N --out DIR}: a synthetic index of N entries ({@link CorpusGenerator}, seed 42);</li>
 *   <li>{@code probe --port P --seconds S [--slow N]}: for S seconds, N slow clients (sockets that send a request
 *       head one byte every 2 s and never finish it; reopened when the server closes them) while one normal
 *       client sends a search every 100 ms and records its latency. Prints one line of figures.</li>
 * </ul>
 * Loopback only.
 */
public final class ServeLoad {
  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    switch (args.length == 0 ? "" : args[0]) {
      case "index" -> index(Long.parseLong(o.getOrDefault("--docs", "10000")), Path.of(o.get("--out")));
      case "probe" -> probe(Integer.parseInt(o.get("--port")), Integer.parseInt(o.getOrDefault("--seconds", "30")),
          Integer.parseInt(o.getOrDefault("--slow", "0")));
      default -> throw new IllegalArgumentException("usage: ServeLoad index --docs N --out DIR | "
          + "probe --port P --seconds S [--slow N]");
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new java.util.HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      o.put(args[i], args[i + 1]);
    }
    return o;
  }

  static void index(long docs, Path out) throws IOException {
    CorpusGenerator gen = new CorpusGenerator(42, Path.of("seeds"));
    try (IndexBuilder b = IndexBuilder.replacing(out)) {
      for (long n = 0; n < docs; n++) {
        b.add(gen.entry(n));
      }
      b.commit(Map.of(Schema.USER_DATA_VERSION, Integer.toString(Schema.VERSION)));
    }
  }

  static void probe(int port, int seconds, int slow) throws Exception {
    AtomicLong reopened = new AtomicLong();
    List<Thread> slowThreads = new ArrayList<>();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    for (int i = 0; i < slow; i++) {
      int n = i;
      slowThreads.add(Thread.ofVirtual().start(() -> slowClient(port, n, end, reopened)));
    }
    Histogram latency = new Histogram(60_000_000L, 3); // microseconds
    long errors = 0;
    HttpClient http = HttpClient.newHttpClient();
    String[] queries = {"trafficking", "refugees+children", "early+warning", "health&filter=kind:practice",
        "disaster+response&sort=year_desc", "protection+of+migrants"};
    for (int i = 0; System.nanoTime() < end; i++) {
      long t0 = System.nanoTime();
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/api/search?q=" + queries[i % queries.length])).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
          errors++;
        }
      } catch (IOException e) {
        errors++;
      }
      latency.recordValue(Math.min(latency.getHighestTrackableValue(), (System.nanoTime() - t0) / 1_000));
      Thread.sleep(100);
    }
    for (Thread t : slowThreads) {
      t.join();
    }
    System.out.printf(Locale.ROOT, "probe: %d requests, %d errors, latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f;"
        + " slow clients %d, closed by the server and reopened %d times%n", latency.getTotalCount(), errors,
        latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(90) / 1000.0,
        latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, slow, reopened.get());
  }

  /** Keeps one connection busy sending a request head it never finishes, until the end. */
  private static void slowClient(int port, int n, long end, AtomicLong reopened) {
    byte[] head = ("GET /api/search?q=slow" + n + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
        + "z".repeat(4000)).getBytes(StandardCharsets.US_ASCII);
    boolean first = true;
    while (System.nanoTime() < end) {
      if (!first) {
        reopened.incrementAndGet();
      }
      first = false;
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        s.setSoTimeout(1);
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        for (int i = 0; i < head.length && System.nanoTime() < end; i++) {
          out.write(head[i]);
          out.flush();
          Thread.sleep(2_000);
          try {
            in.read();
            break; // closed, or answered (an error): open another
          } catch (java.net.SocketTimeoutException stillOpen) {
            // nothing from the server yet: go on trickling
          }
        }
      } catch (IOException e) {
        // closed by the server: open another
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
