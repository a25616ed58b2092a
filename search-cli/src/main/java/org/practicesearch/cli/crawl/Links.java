package org.practicesearch.cli.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of a page a crawl follows: those of its content (a guideline's or topic's links to practice and
 * entry pages) and its pagination, not those of the site's menus, header and footer; and what the page's
 * robots meta tag asks.
 */
final class Links {
  private static final String CHROME = "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], "
      + "#header, #footer, #navigation, .region-header, .region-footer, .breadcrumb";
  private static final String PAGER = ".pager, .pagination, .pager__items";
  private static final Pattern PAGE_QUERY = Pattern.compile("(^|[?&])page=\\d+");

  private Links() {}

  /**
   * What a page's {@code <meta name="robots">} (or one naming our robot) asks of crawlers.
   *
   * @param noindex the page is not to be kept
   * @param nofollow its links are not to be followed
   */
  record Directives(boolean noindex, boolean nofollow) {
    static Directives of(byte[] html, String robotName) {
      Document doc = Jsoup.parse(new String(html, 0, Math.min(html.length, 65536), StandardCharsets.UTF_8));
      String content = String.join(",", doc.select("meta[name~=(?i)^(robots|" + Pattern.quote(robotName) + ")$][content]")
          .eachAttr("content")).toLowerCase(Locale.ROOT);
      boolean none = content.matches(".*\\bnone\\b.*");
      return new Directives(none || content.contains("noindex"), none || content.contains("nofollow"));
    }
  }

  static List<URI> of(byte[] html, URI base) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, base.toString());
    List<URI> out = new ArrayList<>();
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      boolean pager = a.closest(PAGER) != null || a.attr("rel").matches("(?i).*\\b(next|prev)\\b.*")
          || PAGE_QUERY.matcher(href).find();
      if (!pager && a.closest(CHROME) != null) {
        continue;
      }
      URI u = CrawlScope.normalize(base, href);
      if (u != null && !out.contains(u)) {
        out.add(u);
      }
    }
    return out;
  }
}
