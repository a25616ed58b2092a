package org.practicesearch.cli.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The robots.txt rules of each host, fetched once per crawl (redirects followed) and parsed by
 * crawler-commons: a missing file (4xx) allows everything, a server error or an unreachable host forbids
 * everything (RFC 9309). Not thread-safe.
 */
final class Robots {
  /** The longest Crawl-delay honoured; a longer one is capped (and the crawl still waits that long). */
  static final long MAX_CRAWL_DELAY_MS = 60_000;
  private static final int MAX_REDIRECTS = 5;

  private final Fetcher fetcher;
  private final String agent;
  private final long delayMs;
  private final Map<String, BaseRobotRules> byOrigin = new HashMap<>();
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY_MS, 10);

  Robots(Fetcher fetcher, String agent, long delayMs) {
    this.fetcher = fetcher;
    this.agent = agent;
    this.delayMs = delayMs;
  }

  /** True when robots.txt allows fetching the URL. */
  boolean allowed(URI url) throws InterruptedException {
    return rules(url).isAllowed(url.toString());
  }

  /** The delay between two requests to the URL's host: ours, or robots.txt's Crawl-delay when longer. */
  long delayMs(URI url) throws InterruptedException {
    long crawlDelay = rules(url).getCrawlDelay();
    return crawlDelay == BaseRobotRules.UNSET_CRAWL_DELAY ? delayMs : Math.max(delayMs, Math.min(crawlDelay, MAX_CRAWL_DELAY_MS));
  }

  private BaseRobotRules rules(URI url) throws InterruptedException {
    String origin = CrawlScope.origin(url);
    BaseRobotRules rules = byOrigin.get(origin);
    if (rules == null) {
      rules = fetch(URI.create(origin + "/robots.txt"));
      byOrigin.put(origin, rules);
    }
    return rules;
  }

  /** Fetches and parses robots.txt, following up to five redirects (RFC 9309: http to https, say). */
  private BaseRobotRules fetch(URI robots) throws InterruptedException {
    URI at = robots;
    try {
      for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
        Fetcher.Response r = fetcher.get(at, "", "", delayMs, true);
        URI next = r.status() >= 300 && r.status() < 400 ? CrawlScope.normalize(at, r.location()) : null;
        if (next == null) {
          return r.status() == 200 && r.body() != null
              ? parser.parseContent(at.toString(), r.body(), r.contentType(), List.of(agent))
              : parser.failedFetch(r.status() >= 300 && r.status() < 400 ? 404 : r.status());
        }
        at = next;
      }
      return parser.failedFetch(404); // too many redirects: as if there were none (RFC 9309)
    } catch (IOException e) {
      return parser.failedFetch(500);
    }
  }
}
