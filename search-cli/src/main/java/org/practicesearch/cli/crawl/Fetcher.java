package org.practicesearch.cli.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP GETs, one at a time, at least a delay apart on each host, with the crawl's User-Agent, conditional
 * headers when a page was fetched before, and no automatic redirects (the crawler checks each target's
 * scope and robots.txt). Bodies are read only for the content types asked for, up to a size limit. Not
 * thread-safe.
 */
final class Fetcher implements AutoCloseable {
  /** Largest body read; a page this large is as far as the indexer reads one. */
  static final int MAX_BODY = 16 << 20;

  private final HttpClient client;
  private final String userAgent;
  private final Duration timeout;
  private final Map<String, Long> lastRequest = new HashMap<>();

  /**
   * A response: status, headers the crawl keeps, and the body when it was read.
   *
   * @param status the HTTP status
   * @param location the {@code Location} header, or empty
   * @param contentType the {@code Content-Type}, or empty
   * @param etag the {@code ETag}, or empty
   * @param lastModified the {@code Last-Modified}, or empty
   * @param retryAfter the {@code Retry-After} (of a 429 or 503), or empty
   * @param body the body, or null when not read (another content type, or no body)
   */
  record Response(int status, String location, String contentType, String etag, String lastModified,
      String retryAfter, byte[] body) {
    boolean isHtml() {
      String ct = contentType.toLowerCase(Locale.ROOT);
      return ct.startsWith("text/html") || ct.startsWith("application/xhtml+xml");
    }
  }

  Fetcher(String userAgent, Duration timeout) {
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
  }

  /**
   * GETs a URL after waiting out the host's delay.
   *
   * @param url the URL
   * @param etag sent as {@code If-None-Match} when not empty
   * @param lastModified sent as {@code If-Modified-Since} when not empty
   * @param delayMs the least time since the last request to this host
   * @param anyBody read the body whatever its type (robots.txt); otherwise only HTML
   * @return the response
   * @throws IOException on a network error, a timeout or a body over {@link #MAX_BODY}
   * @throws InterruptedException if interrupted while waiting or fetching
   */
  Response get(URI url, String etag, String lastModified, long delayMs, boolean anyBody)
      throws IOException, InterruptedException {
    waitTurn(CrawlScope.origin(url), delayMs);
    HttpRequest.Builder rb = HttpRequest.newBuilder(url).timeout(timeout).GET()
        .header("User-Agent", userAgent)
        .header("Accept", anyBody ? "text/plain, */*;q=0.5" : "text/html, application/xhtml+xml;q=0.9, */*;q=0.1");
    if (!etag.isEmpty()) {
      rb.header("If-None-Match", etag);
    }
    if (!lastModified.isEmpty()) {
      rb.header("If-Modified-Since", lastModified);
    }
    try {
      HttpResponse<InputStream> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        Response head = new Response(r.statusCode(), header(r, "Location"), header(r, "Content-Type"),
            header(r, "ETag"), header(r, "Last-Modified"), header(r, "Retry-After"), null);
        if (r.statusCode() != 200 || !(anyBody || head.isHtml())) {
          return head;
        }
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
          throw new IOException("page larger than " + (MAX_BODY >> 20) + " MB");
        }
        return new Response(head.status(), head.location(), head.contentType(), head.etag(), head.lastModified(),
            head.retryAfter(), body);
      }
    } finally {
      lastRequest.put(CrawlScope.origin(url), System.nanoTime());
    }
  }

  private void waitTurn(String origin, long delayMs) throws InterruptedException {
    Long last = lastRequest.get(origin);
    if (last != null && delayMs > 0) {
      long waitMs = delayMs - (System.nanoTime() - last) / 1_000_000;
      if (waitMs > 0) {
        Thread.sleep(waitMs);
      }
    }
  }

  private static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse("");
  }

  @Override
  public void close() {
    client.close();
  }
}
