package org.practicesearch.cli.crawl;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a crawl did, counted over its whole run (a resumed run included).
 *
 * @param fetched pages fetched and saved (new or changed)
 * @param unchanged pages the server said were not modified (304), or that came back the same
 * @param redirected requests answered by a redirect (its target is queued when in scope)
 * @param robots URLs skipped because robots.txt forbids them
 * @param scope URLs skipped because they are outside the scope (another host, another path, a query)
 * @param nonHtml URLs skipped because they are not HTML (by their type, or their file extension)
 * @param errors failed requests by HTTP status or error ({@code 500}, {@code timeout})
 * @param requests page requests made by this command (at most {@code --max-pages})
 * @param pending URLs still queued (the run stopped at {@code --max-pages}); the next crawl continues them
 */
public record CrawlSummary(int fetched, int unchanged, int redirected, int robots, int scope, int nonHtml,
    Map<String, Integer> errors, int requests, int pending) {
  /** Copies. */
  public CrawlSummary {
    errors = Map.copyOf(errors);
  }

  /** The number of failed requests. */
  public int errorCount() {
    return errors.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line: {@code 8 fetched, 0 unchanged, 1 redirected; skipped: 1 robots, 2 scope, 2 non-HTML, 2 errors (404 ×1, 500 ×1)}. */
  @Override
  public String toString() {
    String errs = errors.isEmpty() ? "" : errors.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", ", " (", ")"));
    return fetched + " fetched, " + unchanged + " unchanged, " + redirected + " redirected; skipped: " + robots
        + " robots, " + scope + " scope, " + nonHtml + " non-HTML, " + errorCount() + " errors" + errs
        + (pending > 0 ? "; " + pending + " pending" : "");
  }
}
