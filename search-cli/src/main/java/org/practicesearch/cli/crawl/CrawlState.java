package org.practicesearch.cli.crawl;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a crawl knows between runs, in {@code DIR/.crawl-state.json} (hidden, so {@code index DIR} skips it):
 * the run under way (its queue, the URLs it has seen, its counts), and every page saved with its validators
 * ({@code ETag}, {@code Last-Modified}) and content hash. Written atomically after every page, so a killed
 * crawl resumes where it stopped. Not thread-safe.
 */
final class CrawlState {
  static final String FILE = ".crawl-state.json";
  private static final Gson GSON = new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
      .setPrettyPrinting().disableHtmlEscaping().create();

  int version = 1;
  /** True when the last run emptied its queue; the next run starts anew (revalidating saved pages). */
  boolean finished = true;
  List<String> queue = new ArrayList<>();
  Set<String> seen = new LinkedHashSet<>();
  Map<String, Saved> pages = new LinkedHashMap<>();
  Counts counts = new Counts();

  /**
   * A page saved by an earlier request.
   *
   * @param file the page file, relative to the crawl folder
   * @param etag its {@code ETag}, or empty
   * @param lastModified its {@code Last-Modified}, or empty
   * @param sha256 the hash of its content
   */
  record Saved(String file, String etag, String lastModified, String sha256) {}

  /** What a run did so far. */
  static final class Counts {
    int fetched;
    int unchanged;
    int redirected;
    int robots;
    int scope;
    int nonHtml;
    Map<String, Integer> errors = new TreeMap<>();
  }

  static CrawlState load(Path dir) throws IOException {
    Path f = dir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return new CrawlState();
    }
    try {
      CrawlState s = GSON.fromJson(Files.readString(f, StandardCharsets.UTF_8), CrawlState.class);
      if (s == null || s.queue == null || s.seen == null || s.pages == null || s.counts == null) {
        throw new IOException(f + ": not a crawl state; remove it to start over");
      }
      return s;
    } catch (JsonParseException e) {
      throw new IOException(f + ": not a crawl state (" + e.getMessage() + "); remove it to start over", e);
    }
  }

  void save(Path dir) throws IOException {
    Path f = dir.resolve(FILE);
    Path tmp = dir.resolve(FILE + ".tmp");
    Files.writeString(tmp, GSON.toJson(this), StandardCharsets.UTF_8);
    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Starts a new run: an empty queue and counts; the saved pages and their validators are kept. */
  void startRun() {
    finished = false;
    queue = new ArrayList<>();
    seen = new LinkedHashSet<>();
    counts = new Counts();
  }

  /** Queues a URL not seen in this run; returns false when it was. */
  boolean offer(String url, boolean first) {
    if (!seen.add(url)) {
      return false;
    }
    if (first) {
      queue.add(0, url);
    } else {
      queue.add(url);
    }
    return true;
  }
}
