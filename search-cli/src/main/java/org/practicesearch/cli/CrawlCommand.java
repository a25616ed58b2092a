package org.practicesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.practicesearch.cli.crawl.CrawlSummary;
import org.practicesearch.cli.crawl.Crawler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crawl URL... --out DIR}: fetches a site politely and saves its pages for {@code index DIR}. */
@Command(name = "crawl", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Fetches a site politely and saves every HTML page in DIR (with a small .crawl.json sidecar: "
        + "URL, fetch time, status, ETag, Last-Modified), so that `index DIR` builds the index from it.",
        "One request at a time, at least --delay apart on a host (robots.txt's Crawl-delay when longer); "
        + "robots.txt obeyed; only links on the start URLs' hosts, under the --scope prefixes, are followed "
        + "(content links and ?page=N pagination; other queries are not); redirects followed within the scope. "
        + "A second crawl asks for each page with its ETag / Last-Modified and downloads only what changed. "
        + "The state is saved after every page: a crawl that was killed or stopped at --max-pages continues "
        + "where it stopped when run again. Progress and the summary go to stderr."},
    footer = {"", "Examples:",
        "  practice-search crawl https://example.org/guidelines --out pages/ --scope /guidelines /practices",
        "  practice-search index pages/ --sync && practice-search search \"trafficking\"",
        "", "Exit codes: 0 done (some pages may have failed: see the summary), 1 failure (no page could be fetched, "
        + "or DIR cannot be written), 2 usage error."})
final class CrawlCommand implements Callable<Integer> {
  /** The name the crawler gives robots.txt. */
  static final String ROBOT_NAME = "practice-search";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "URL", description = "Where to start (http:// or https://).")
  List<String> urls;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder the pages are saved in.")
  Path out;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000", description = "Most page requests this run makes.")
  int maxPages;

  @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000", description = "Least time between two requests to a host, in milliseconds.")
  long delayMs;

  @Option(names = "--scope", arity = "1..*", paramLabel = "PREFIX",
      description = "Follow only links under these path (/practices) or URL prefixes (default: the start URLs' whole hosts).")
  List<String> scope = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Connect and request timeout.")
  int timeoutSeconds;

  @Option(names = "--dry-run", description = "List what the crawl would fetch first (reads only robots.txt), and stop.")
  boolean dryRun;

  @Option(names = "--restart", description = "Start a new run even when the last one did not finish (its queue is dropped).")
  boolean restart;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException("--timeout " + timeoutSeconds + " must be at least 1 second");
    }
    if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + " is a file; expected a folder");
    }
    Crawler crawler = new Crawler(new Crawler.Options(seeds(), out, maxPages, delayMs, scope,
        Duration.ofSeconds(timeoutSeconds), userAgent(), ROBOT_NAME, restart), line -> {
          err.println(line);
          err.flush();
        });
    if (dryRun) {
      crawler.plan().forEach(stdout::println);
      stdout.flush();
      return 0;
    }
    CrawlSummary s = crawler.crawl();
    err.println("crawl " + out + ": " + s);
    if (s.pending() > 0) {
      err.println("stopped at --max-pages " + maxPages + "; run the same command again to continue");
    }
    err.flush();
    return s.fetched() + s.unchanged() == 0 ? Main.FAILURE : 0;
  }

  private List<URI> seeds() {
    List<URI> out = new ArrayList<>();
    for (String u : urls) {
      try {
        URI uri = new URI(u);
        if (uri.getHost() == null || !(u.startsWith("http://") || u.startsWith("https://"))) {
          throw new URISyntaxException(u, "not an http(s) URL");
        }
        out.add(uri);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("bad URL '" + u + "'; expected http://host/... or https://host/...");
      }
    }
    return out;
  }

  /** {@code practice-search/VERSION (crawler; obeys robots.txt)}. */
  static String userAgent() {
    return new Main.Version().getVersion()[0].replace(' ', '/') + " (crawler; obeys robots.txt)";
  }
}
