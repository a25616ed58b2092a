package org.practicesearch.indexer.parse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The small JSON file a crawl writes beside each page it saves ({@code page.html} and
 * {@code page.html.crawl.json}): where and when the page was fetched. The indexer reads it for the page's URL
 * when the page names none, and never reads it as an input of its own.
 *
 * @param url the URL the page was fetched from (after redirects)
 * @param fetchedAt when, ISO-8601 UTC
 * @param status the HTTP status
 * @param etag the response's {@code ETag}, or empty
 * @param lastModified the response's {@code Last-Modified}, or empty
 * @param contentType the response's {@code Content-Type}, or empty
 */
public record CrawlSidecar(String url, String fetchedAt, int status, String etag, String lastModified,
    String contentType) {
  /** The suffix of a sidecar's file name, after the page's own name. */
  public static final String SUFFIX = ".crawl.json";

  /** Validates; nulls become empty. */
  public CrawlSidecar {
    Objects.requireNonNull(url, "url");
    fetchedAt = fetchedAt == null ? "" : fetchedAt;
    etag = etag == null ? "" : etag;
    lastModified = lastModified == null ? "" : lastModified;
    contentType = contentType == null ? "" : contentType;
  }

  /**
   * The sidecar file of a page.
   *
   * @param page the saved page
   * @return {@code page} with {@link #SUFFIX} added to its name
   */
  public static Path of(Path page) {
    return page.resolveSibling(page.getFileName() + SUFFIX);
  }

  /**
   * True for a sidecar file (which is not an input page).
   *
   * @param file any file
   * @return whether its name ends with {@link #SUFFIX}
   */
  public static boolean isSidecar(Path file) {
    return file.getFileName() != null && file.getFileName().toString().endsWith(SUFFIX);
  }

  /**
   * Reads the sidecar of a page.
   *
   * @param page the saved page
   * @return the sidecar, or null when there is none or it cannot be read
   */
  public static CrawlSidecar read(Path page) {
    Path f = of(page);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      JsonObject o = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
      return new CrawlSidecar(string(o, "url"), string(o, "fetched_at"), o.has("status") ? o.get("status").getAsInt() : 0,
          string(o, "etag"), string(o, "last_modified"), string(o, "content_type"));
    } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * Writes this sidecar beside a page, atomically (a reader never sees half a file).
   *
   * @param page the saved page
   * @throws IOException if it cannot be written
   */
  public void write(Path page) throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("url", url);
    o.addProperty("fetched_at", fetchedAt);
    o.addProperty("status", status);
    o.addProperty("etag", etag);
    o.addProperty("last_modified", lastModified);
    o.addProperty("content_type", contentType);
    Path f = of(page);
    Path tmp = f.resolveSibling("." + f.getFileName() + ".tmp"); // hidden: an index run never reads it
    Files.writeString(tmp, o + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? "" : e.getAsString();
  }
}
