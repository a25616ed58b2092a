package org.practicesearch.cli.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.practicesearch.indexer.parse.CrawlSidecar;

/**
 * A polite crawl of one site: one request at a time, at least a delay apart on each host (robots.txt's
 * Crawl-delay when longer; slower after a 429 or 503), robots.txt obeyed, same-host links within the scope
 * followed breadth-first (content links and pagination), redirects followed within the scope, every HTML
 * page saved with a sidecar, never more than a number of requests. Pages fetched before are asked for again with their
 * {@code ETag} / {@code Last-Modified}, so a second crawl downloads only what changed. The state is saved
 * after every page: a killed crawl, run again, resumes where it stopped. Library code: progress goes to the
 * caller's consumer, nothing is printed.
 */
public final class Crawler {
  private final Options options;
  private final Consumer<String> progress;
  private final List<URI> seeds = new ArrayList<>();
  private final CrawlScope scope;
  private final Map<String, Long> busy = new HashMap<>();
  private CrawlState state;
  private int requests;

  /**
   * What to crawl and how.
   *
   * @param seeds start URLs
   * @param out the folder pages are saved in (and the crawl state)
   * @param maxPages the most page requests this crawl makes (robots.txt not counted)
   * @param delayMs the least time between two requests to one host
   * @param scope URL or path prefixes links must start with (empty: the seeds' hosts)
   * @param timeout connect and request timeout
   * @param userAgent the User-Agent sent
   * @param robotName the name looked up in robots.txt
   * @param restart drop an unfinished run's queue instead of resuming it
   */
  public record Options(List<URI> seeds, Path out, int maxPages, long delayMs, List<String> scope, Duration timeout,
      String userAgent, String robotName, boolean restart) {
    /** Validates. */
    public Options {
      seeds = List.copyOf(seeds);
      scope = List.copyOf(scope);
      Objects.requireNonNull(out, "out");
      if (seeds.isEmpty()) {
        throw new IllegalArgumentException("no URL to crawl");
      }
      if (maxPages < 1) {
        throw new IllegalArgumentException("--max-pages " + maxPages + " must be at least 1");
      }
      if (delayMs < 0) {
        throw new IllegalArgumentException("--delay " + delayMs + " must not be negative");
      }
    }
  }

  /**
   * A crawler.
   *
   * @param options what to crawl
   * @param progress receives one line per request and skipped URL
   */
  public Crawler(Options options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
    for (URI s : options.seeds()) {
      URI n = CrawlScope.normalize(null, s.toString());
      if (n == null) {
        throw new IllegalArgumentException("bad URL '" + s + "'; expected http:// or https://");
      }
      seeds.add(n);
    }
    this.scope = new CrawlScope(seeds, options.scope());
  }

  /**
   * Crawls: resumes an unfinished run, or starts a new one from the seeds.
   *
   * @return what was done over the run
   * @throws IOException if the folder or the state cannot be written
   * @throws InterruptedException if interrupted (the state is saved up to the last page)
   */
  public CrawlSummary crawl() throws IOException, InterruptedException {
    Files.createDirectories(options.out());
    state = begin();
    progress.accept("scope: " + String.join(" ", scope.prefixes()));
    try (Fetcher fetcher = new Fetcher(options.userAgent(), options.timeout())) {
      Robots robots = new Robots(fetcher, options.robotName(), options.delayMs());
      while (!state.queue.isEmpty() && requests < options.maxPages()) {
        URI url = URI.create(state.queue.remove(0));
        if (robots.allowed(url)) {
          requests++;
          long delay = Math.max(robots.delayMs(url), busy.getOrDefault(CrawlScope.origin(url), 0L));
          new PageVisit(this, fetcher, url, delay).run();
        } else {
          state.counts.robots++;
          progress.accept("skip (robots.txt) " + url);
        }
        state.finished = state.queue.isEmpty();
        state.save(options.out());
      }
    }
    return summary();
  }

  /**
   * What a crawl would fetch first, without fetching any page (robots.txt is read): one line per URL,
   * {@code fetch URL} or {@code skip URL (reason)}.
   *
   * @return the lines
   * @throws IOException if the state cannot be read
   * @throws InterruptedException if interrupted
   */
  public List<String> plan() throws IOException, InterruptedException {
    state = begin();
    List<String> out = new ArrayList<>();
    try (Fetcher fetcher = new Fetcher(options.userAgent(), options.timeout())) {
      Robots robots = new Robots(fetcher, options.robotName(), options.delayMs());
      for (String u : state.queue.subList(0, Math.min(state.queue.size(), options.maxPages()))) {
        CrawlState.Saved saved = state.pages.get(u);
        String known = saved == null ? "" : " (if changed since the last crawl)";
        out.add(robots.allowed(URI.create(u)) ? "fetch " + u + known : "skip " + u + " (robots.txt)");
      }
    }
    return out;
  }

  private CrawlState begin() throws IOException {
    CrawlState s = CrawlState.load(options.out());
    if (s.finished || options.restart()) {
      s.startRun();
    } else {
      progress.accept("resuming the unfinished crawl in " + options.out() + ": " + s.queue.size() + " queued");
    }
    state = s;
    for (URI seed : seeds) {
      enqueue(seed, false);
    }
    return s;
  }

  /** Queues a link unless seen; counts it as skipped when out of scope or a file. */
  void enqueue(URI link, boolean first) {
    String s = link.toString();
    if (state.seen.contains(s)) {
      return;
    }
    if (!scope.contains(link)) {
      state.seen.add(s);
      state.counts.scope++;
      progress.accept("skip (scope) " + s);
    } else if (CrawlScope.isFile(link)) {
      state.seen.add(s);
      state.counts.nonHtml++;
      progress.accept("skip (not HTML) " + s);
    } else {
      state.offer(s, first);
    }
  }

  /**
   * A server that answered 429 or 503 is asked less often for the rest of the run: twice the delay, at least
   * 1 s and its {@code Retry-After} (in seconds), at most {@link Robots#MAX_CRAWL_DELAY_MS}.
   */
  void slowDown(URI url, long currentMs, String retryAfter) {
    long asked = retryAfter.matches("\\d{1,5}") ? Long.parseLong(retryAfter) * 1000 : 0;
    long next = Math.min(Robots.MAX_CRAWL_DELAY_MS, Math.max(Math.max(currentMs * 2, 1000), asked));
    busy.put(CrawlScope.origin(url), next);
    progress.accept("server busy: at least " + next + " ms between requests to " + CrawlScope.origin(url) + " from now on");
  }

  CrawlState state() {
    return state;
  }

  Path out() {
    return options.out();
  }

  void progress(int status, URI url, String what) {
    progress.accept("[" + requests + "/" + options.maxPages() + "] " + (status > 0 ? status + " " : "") + url
        + (what.isEmpty() ? "" : " " + what));
  }

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private CrawlSummary summary() {
    CrawlState.Counts c = state.counts;
    return new CrawlSummary(c.fetched, c.unchanged, c.redirected, c.robots, c.scope, c.nonHtml, c.errors, requests,
        state.queue.size());
  }

  /** One request and what follows from its answer. */
  private record PageVisit(Crawler crawler, Fetcher fetcher, URI url, long delayMs) {
    void run() throws IOException, InterruptedException {
      CrawlState st = crawler.state();
      CrawlState.Saved saved = st.pages.get(url.toString());
      boolean have = saved != null && Files.isRegularFile(crawler.out().resolve(saved.file()));
      Fetcher.Response r;
      try {
        r = fetcher.get(url, have ? saved.etag() : "", have ? saved.lastModified() : "", delayMs, false);
      } catch (IOException e) {
        String why = e instanceof HttpTimeoutException ? "timeout" : "network error";
        st.counts.errors.merge(why, 1, Integer::sum);
        crawler.progress(0, url, why + ": " + e.getMessage());
        return;
      }
      int status = r.status();
      if (status == 304 && have) {
        st.counts.unchanged++;
        crawler.progress(status, url, "unchanged");
        follow(Files.readAllBytes(crawler.out().resolve(saved.file())));
      } else if (status >= 300 && status < 400 && !r.location().isEmpty()) {
        redirect(r.location());
      } else if (status == 200 && r.isHtml() && r.body() != null) {
        save(r, saved, have);
      } else if (status == 200) {
        st.counts.nonHtml++;
        crawler.progress(status, url, "skipped: not HTML (" + r.contentType() + ")");
      } else {
        st.counts.errors.merge(String.valueOf(status), 1, Integer::sum);
        crawler.progress(status, url, "error");
        if (status == 429 || status == 503) {
          crawler.slowDown(url, delayMs, r.retryAfter());
        }
        if ((status == 404 || status == 410) && saved != null) {
          PageFiles.delete(crawler.out(), saved.file()); // gone from the site: index --sync drops its entries
          st.pages.remove(url.toString());
        }
      }
    }

    private void redirect(String location) {
      crawler.state().counts.redirected++;
      URI target = CrawlScope.normalize(url, location);
      crawler.progress(0, url, "redirects to " + (target == null ? location : target));
      if (target != null) {
        crawler.enqueue(target, true);
      }
    }

    private void save(Fetcher.Response r, CrawlState.Saved saved, boolean have) throws IOException {
      CrawlState st = crawler.state();
      Links.Directives asked = Links.Directives.of(r.body(), crawler.options.robotName());
      if (asked.noindex()) {
        st.counts.robots++;
        crawler.progress(200, url, "skipped: the page asks not to be indexed (meta robots)");
        if (saved != null) {
          PageFiles.delete(crawler.out(), saved.file());
          st.pages.remove(url.toString());
        }
        if (!asked.nofollow()) {
          follow(r.body());
        }
        return;
      }
      String sha = PageFiles.sha256(r.body());
      String name = saved != null ? saved.file() : PageFiles.name(url);
      if (have && sha.equals(saved.sha256())) {
        st.counts.unchanged++;
        crawler.progress(200, url, "unchanged");
      } else {
        PageFiles.save(crawler.out(), name, r.body(),
            new CrawlSidecar(url.toString(), now(), 200, r.etag(), r.lastModified(), r.contentType()));
        st.counts.fetched++;
        crawler.progress(200, url, "-> " + name);
      }
      st.pages.put(url.toString(), new CrawlState.Saved(name, r.etag(), r.lastModified(), sha));
      if (!asked.nofollow()) {
        follow(r.body());
      }
    }

    private void follow(byte[] html) throws IOException {
      for (URI link : Links.of(html, url)) {
        crawler.enqueue(link, false);
      }
    }
  }
}
