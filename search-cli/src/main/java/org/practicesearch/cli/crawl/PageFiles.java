package org.practicesearch.cli.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.practicesearch.indexer.parse.CrawlSidecar;

/**
 * Where a crawl saves a page: {@code DIR/<host>/<readable-path>-<hash>.html}, its sidecar beside it. Each
 * file is written to a hidden temporary file and moved into place, so a kill never leaves half a page.
 */
final class PageFiles {
  private static final int SLUG_MAX = 60;

  private PageFiles() {}

  /** The page file of a URL, relative to the crawl folder. */
  static String name(URI url) {
    String host = url.getHost() + (url.getPort() < 0 ? "" : "_" + url.getPort());
    String path = (url.getRawPath() + (url.getRawQuery() == null ? "" : "-" + url.getRawQuery()));
    String slug = path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > SLUG_MAX) {
      slug = slug.substring(0, SLUG_MAX).replaceAll("-+$", "");
    }
    return host + "/" + (slug.isEmpty() ? "index" : slug) + "-" + sha256(url.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 8) + ".html";
  }

  /** Saves a page and its sidecar. */
  static void save(Path dir, String name, byte[] body, CrawlSidecar sidecar) throws IOException {
    Path page = dir.resolve(name);
    Files.createDirectories(page.getParent());
    Path tmp = page.resolveSibling("." + page.getFileName() + ".tmp");
    Files.write(tmp, body);
    Files.move(tmp, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    sidecar.write(page);
  }

  /** Deletes a saved page (gone from the site) and its sidecar. */
  static void delete(Path dir, String name) throws IOException {
    Path page = dir.resolve(name);
    Files.deleteIfExists(page);
    Files.deleteIfExists(CrawlSidecar.of(page));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
