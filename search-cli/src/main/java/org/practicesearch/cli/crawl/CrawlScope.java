package org.practicesearch.cli.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs a crawl may fetch: http(s) on the seeds' hosts, under the scope prefixes, without a query other
 * than pagination ({@code ?page=N}: facet and sort links multiply without end). URLs are normalised first
 * (fragment dropped, scheme and host in lower case, default port removed), so one page has one URL.
 * Immutable, thread-safe.
 */
public final class CrawlScope {
  private static final Pattern PAGINATION = Pattern.compile("page=\\d{1,6}");
  /** Links to these are files, not pages: counted as non-HTML without a request. */
  private static final Set<String> FILE_TYPES = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
      "zip", "gz", "jpg", "jpeg", "png", "gif", "svg", "webp", "mp3", "mp4", "avi", "mov", "css", "js", "json",
      "xml", "rss", "ics", "csv", "txt", "epub");

  private final List<String> prefixes;

  /**
   * A scope.
   *
   * @param seeds the start URLs (normalised)
   * @param prefixes URL prefixes ({@code https://host/path}) or path prefixes ({@code /path}, on each seed's
   *     host); empty: the seeds' whole hosts
   * @throws IllegalArgumentException for a prefix that is neither
   */
  public CrawlScope(List<URI> seeds, List<String> prefixes) {
    List<String> out = new ArrayList<>();
    for (URI seed : seeds) {
      String origin = origin(seed);
      if (prefixes.isEmpty()) {
        out.add(origin + "/");
      }
      for (String p : prefixes) {
        if (p.startsWith("/")) {
          out.add(origin + p);
        }
      }
    }
    for (String p : prefixes) {
      if (p.startsWith("http://") || p.startsWith("https://")) {
        URI u = normalize(null, p);
        if (u == null) {
          throw new IllegalArgumentException("bad --scope '" + p + "'; expected a path (/practices) or a URL prefix");
        }
        out.add(u.toString());
      } else if (!p.startsWith("/")) {
        throw new IllegalArgumentException("bad --scope '" + p + "'; expected a path (/practices) or a URL prefix");
      }
    }
    this.prefixes = List.copyOf(new java.util.LinkedHashSet<>(out)); // seeds on one host share its prefixes
  }

  /** The prefixes in force, as absolute URL prefixes. */
  public List<String> prefixes() {
    return prefixes;
  }

  /** True when the URL is within the scope. */
  boolean contains(URI u) {
    String q = u.getRawQuery();
    if (q != null && !PAGINATION.matcher(q).matches()) {
      return false;
    }
    String s = u.toString();
    return prefixes.stream().anyMatch(s::startsWith);
  }

  /** True when the URL's path names a file that is not a page ({@code .pdf}, {@code .jpg}...). */
  static boolean isFile(URI u) {
    String path = u.getPath() == null ? "" : u.getPath();
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') && FILE_TYPES.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * A link made absolute and normalised, or null when it is not an http(s) URL.
   *
   * @param base the page the link is on (null for an absolute one)
   * @param href the link
   * @return the URL, or null
   */
  static URI normalize(URI base, String href) {
    try {
      String h = href.strip().replace(" ", "%20");
      if (base != null && h.startsWith("?")) {
        h = base.getRawPath() + h; // URI.resolve follows RFC 2396 here, which drops the last path segment
      }
      URI u = base == null ? new URI(h) : base.resolve(new URI(h));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        return null;
      }
      int port = u.getPort() == (scheme.equals("http") ? 80 : 443) ? -1 : u.getPort();
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
      return new URI(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path + query);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code scheme://host[:port]}. */
  static String origin(URI u) {
    return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
  }
}
