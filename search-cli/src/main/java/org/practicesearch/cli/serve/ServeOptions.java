package org.practicesearch.cli.serve;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How {@code serve} runs: where it listens, which Host names it answers, and its bounds.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1}
 * @param port the port, 0 for any free one
 * @param allowedHosts Host header names answered besides {@code localhost} and IP addresses (lower case,
 *     without port): a page on another name that resolves to this server (DNS rebinding) gets no answer
 * @param searchBudget the time budget of one search; past it the results are partial and say {@code timed_out}
 * @param maxRequests requests handled at once; more wait (up to {@code maxQueued} of them, each at most
 *     {@code maxWait}), beyond that they are refused at once with 503 and {@code Retry-After}
 * @param maxQueued requests waiting for a turn at most
 * @param maxWait how long a request waits for a turn at most
 * @param headerTimeout a new connection must send a complete request head within this time, or is closed
 * @param idleTimeout a connection that sends or reads nothing for this long is closed
 * @param maxConnections open connections at most; at the limit, accepting pauses and idle ones are closed sooner
 * @param refreshInterval how often to look for a new commit of the index
 */
public record ServeOptions(String host, int port, Set<String> allowedHosts, Duration searchBudget, int maxRequests,
    int maxQueued, Duration maxWait, Duration headerTimeout, Duration idleTimeout, int maxConnections,
    Duration refreshInterval) {
  /** An IPv4 address or a bracketed IPv6 address: a browser sends these only for a page on that address. */
  private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9a-f.]*:[0-9a-f:.]*]?");

  /** Validates; host names are kept in lower case. */
  public ServeOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " out of range; expected 0 to 65535");
    }
    Set<String> names = new LinkedHashSet<>();
    allowedHosts.forEach(h -> names.add(h.strip().toLowerCase(Locale.ROOT)));
    allowedHosts = Set.copyOf(names);
    positive("max requests", maxRequests);
    positive("max queued", maxQueued);
    positive("max connections", maxConnections);
    for (Duration d : List.of(searchBudget, maxWait, headerTimeout, idleTimeout, refreshInterval)) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("negative duration " + d + "; expected 0 or more");
      }
    }
  }

  private static void positive(String what, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(what + " " + n + " out of range; expected 1 or more");
    }
  }

  /**
   * The defaults: a 2 s search budget, 16 requests at once and 256 waiting up to 5 s, 10 s to send a request
   * head, 30 s idle, 1,000 connections, a look for new commits every 500 ms.
   *
   * @param host the address to bind
   * @param port the port
   * @return the options
   */
  public static ServeOptions defaults(String host, int port) {
    return new ServeOptions(host, port, Set.of(), Duration.ofSeconds(2), 16, 256, Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30), 1_000, Duration.ofMillis(500));
  }

  /** These options with other allowed Host names. */
  public ServeOptions withAllowedHosts(Set<String> names) {
    return new ServeOptions(host, port, names, searchBudget, maxRequests, maxQueued, maxWait, headerTimeout,
        idleTimeout, maxConnections, refreshInterval);
  }

  /** These options with another search budget. */
  public ServeOptions withSearchBudget(Duration budget) {
    return new ServeOptions(host, port, allowedHosts, budget, maxRequests, maxQueued, maxWait, headerTimeout,
        idleTimeout, maxConnections, refreshInterval);
  }

  /** These options with other limits on concurrent requests. */
  public ServeOptions withConcurrency(int requests, int queued, Duration wait) {
    return new ServeOptions(host, port, allowedHosts, searchBudget, requests, queued, wait, headerTimeout,
        idleTimeout, maxConnections, refreshInterval);
  }

  /** Whether a Host header name (without port) is answered. */
  boolean allows(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.equals("localhost") || IP_LITERAL.matcher(n).matches() || allowedHosts.contains(n);
  }
}
