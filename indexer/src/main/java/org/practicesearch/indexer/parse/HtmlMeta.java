package org.practicesearch.indexer.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head: the URL ({@code <link rel=canonical>}, {@code og:url}, the
 * "saved from" mark a browser writes when saving a page) and the title candidates ({@code og:title},
 * {@code <title>}, {@code og:site_name}).
 */
record HtmlMeta(String url, String ogTitle, String headTitle, String siteName) {
  /** Separators between a page's name and its site's in a {@code <title>}, most specific first. */
  private static final List<String> SEPARATORS = List.of(" | ", " :: ", " – ", " — ", " - ");
  private static final Pattern SAVED_FROM = Pattern.compile("<!-- saved from url=\\(\\d+\\)(https?://[^\\s>]+) -->");

  /**
   * Reads the head of a page.
   *
   * @param doc the page
   * @param fetchedFrom where the page was fetched or saved from, or empty
   * @return what the head says
   */
  static HtmlMeta read(Document doc, String fetchedFrom) {
    String url = absolute(doc.selectFirst("link[rel~=(?i)^canonical$][href]"), "href");
    if (url.isEmpty()) {
      url = absolute(doc.selectFirst("meta[property=og:url][content]"), "content");
    }
    if (url.isEmpty()) {
      url = fetchedFrom;
    }
    return new HtmlMeta(url, content(doc, "og:title"), Text.clean(doc.title()), content(doc, "og:site_name"));
  }

  /** The URL in the mark a browser writes at the top of a page it saves ({@code <!-- saved from url=(0022)...}), or empty. */
  static String savedFrom(String html) {
    Matcher m = SAVED_FROM.matcher(html.length() > 2048 ? html.substring(0, 2048) : html);
    return m.find() ? m.group(1) : "";
  }

  /**
   * The page title: the {@code <h1>} of the main content, else {@code og:title}, else {@code <title>}
   * without the site's name; empty when there is none.
   */
  String title(Element main) {
    Element h1 = main.selectFirst("h1");
    String h = h1 == null ? "" : Text.clean(h1.text());
    if (!h.isEmpty()) {
      return h;
    }
    return !ogTitle.isEmpty() ? ogTitle : withoutSiteName(headTitle, siteName);
  }

  /** {@code Page | Site} gives {@code Page}; the site's name is {@code og:site_name} or the last part. */
  static String withoutSiteName(String title, String siteName) {
    for (String sep : SEPARATORS) {
      int at = title.lastIndexOf(sep);
      if (at > 0) {
        String head = title.substring(0, at).strip();
        String tail = title.substring(at + sep.length()).strip();
        if (!siteName.isEmpty() && head.equalsIgnoreCase(siteName)) {
          return tail;
        }
        return siteName.isEmpty() || tail.toLowerCase(Locale.ROOT).equals(siteName.toLowerCase(Locale.ROOT))
            ? head : title;
      }
    }
    return title.equalsIgnoreCase(siteName) ? "" : title;
  }

  private static String content(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "][content]");
    return e == null ? "" : Text.clean(e.attr("content"));
  }

  private static String absolute(Element e, String attr) {
    if (e == null) {
      return "";
    }
    String abs = e.absUrl(attr);
    String v = abs.isEmpty() ? e.attr(attr).strip() : abs;
    return v.startsWith("http://") || v.startsWith("https://") ? v : "";
  }
}
