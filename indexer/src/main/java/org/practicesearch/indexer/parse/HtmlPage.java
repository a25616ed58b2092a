package org.practicesearch.indexer.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A saved web page turned into the lines the text parsers read, with what the text alone would lose: the
 * page's title and URL, the values of label/value markup, the link of a line that is one link, and the
 * HTML line each text line came from.
 *
 * @param lines the page's text, one block a line, blank lines between paragraphs and fields
 * @param sourceLines for each of {@code lines}, the 1-based line of the HTML it came from
 * @param title the page title (main content's {@code <h1>}, else {@code og:title}, else {@code <title>}
 *     without the site name), or empty
 * @param url the page's URL ({@code <link rel=canonical>}, else {@code og:url}, else where it was fetched or
 *     saved from), or empty
 * @param fields label/value markup: the label's line (index into {@code lines}) and the values
 * @param links index into {@code lines} to the absolute URL of a line that is one link (relative links of a
 *     page whose URL is unknown are left out)
 */
record HtmlPage(List<String> lines, List<Integer> sourceLines, String title, String url, List<Field> fields,
    Map<Integer, String> links) {

  private static final Pattern HTML_START = Pattern.compile(
      "^(\\s|<!--.*?-->)*<(!doctype\\s+html|html|head|body)[\\s>]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Copies. */
  HtmlPage {
    lines = List.copyOf(lines);
    sourceLines = List.copyOf(sourceLines);
    fields = List.copyOf(fields);
    links = Map.copyOf(links);
  }

  /**
   * Label/value markup: a label element and its value elements.
   *
   * @param line index into the page's lines of the label
   * @param label the label's text
   * @param values the values, one per element
   * @param whole true when each value had an element of its own (Drupal's {@code field__item}), so a comma
   *     inside a value does not separate two values
   */
  record Field(int line, String label, List<String> values, boolean whole) {
    /** Copies. */
    Field {
      values = List.copyOf(values);
    }
  }

  /** True when a file is HTML: by its name ({@code .html}, {@code .htm}) or because its text starts as HTML does. */
  static boolean isHtml(String name, String text) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return true;
    }
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    return HTML_START.matcher(head.startsWith("\uFEFF") ? head.substring(1) : head).find();
  }

  /**
   * Reads a page.
   *
   * @param html the page's HTML
   * @param fallbackUrl the URL it was fetched from (a crawl's sidecar), or empty
   * @return the page's lines and metadata
   */
  static HtmlPage read(String html, String fallbackUrl) {
    String text = html.startsWith("\uFEFF") ? html.substring(1) : html;
    String base = fallbackUrl == null || fallbackUrl.isEmpty() ? HtmlMeta.savedFrom(text) : fallbackUrl;
    Document doc = Jsoup.parse(text, base, Parser.htmlParser().setTrackPosition(true));
    HtmlMeta meta = HtmlMeta.read(doc, base);
    HtmlText.dropChrome(doc);
    Element main = HtmlText.mainContent(doc);
    HtmlText walk = HtmlText.walk(main);
    return new HtmlPage(walk.lines(), walk.sourceLines(), meta.title(main), meta.url(), walk.fields(), walk.links());
  }

  /** The HTML line of a 1-based text line (the last HTML line for a line past the end). */
  int sourceLine(int textLine) {
    if (sourceLines.isEmpty()) {
      return 1;
    }
    return sourceLines.get(Math.max(0, Math.min(textLine, sourceLines.size()) - 1));
  }
}
