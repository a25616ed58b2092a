package org.practicesearch.indexer.parse;

/**
 * A page to read: its text, the name it is reported under, and what the container of the text knew about it.
 * An HTML reader passes the page's {@code <title>} and URL here; a text file has neither.
 *
 * @param name the name used in sources and problems (a file path)
 * @param text the page's text
 * @param title the title the page was published under, or empty when unknown; when given, it is the title
 *     of the page's entry ({@code title_source: page})
 * @param url the URL the page was saved from, or empty; it becomes the entry's {@code url} (a single-entry
 *     page) and one of its sources, and entries of the same URL are the same entry
 */
public record PageText(String name, String text, String title, String url) {
  /** Replaces null title and URL by empty strings. */
  public PageText {
    title = title == null ? "" : Text.clean(title);
    url = url == null ? "" : url.strip();
  }

  /**
   * A page known only by its name and text.
   *
   * @param name the file name
   * @param text the text
   * @return the page
   */
  public static PageText of(String name, String text) {
    return new PageText(name, text, "", "");
  }

  /** The page's sources: {@code name:line}, then the URL when known. */
  java.util.List<String> sources(int line) {
    return url.isEmpty() ? java.util.List.of(name + ":" + line) : java.util.List.of(name + ":" + line, url);
  }
}
