package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the main content of a page into lines as the text layouts have them: block elements on lines of
 * their own, a blank line around paragraphs, lists, headings and fields, one line per list item and per
 * field value, a label on its own line right above its values. Site chrome (navigation, header, footer,
 * forms, scripts, hidden text, "Read more" links) is dropped first. Not thread-safe; one per page.
 */
final class HtmlText implements NodeFilter {
  private static final String CHROME = "script, style, noscript, template, iframe, svg, canvas, object, embed, nav, "
      + "footer, aside, button, select, input, textarea, dialog, menu, [role=navigation], [role=banner], "
      + "[role=contentinfo], [role=search], [aria-hidden=true], [hidden], .visually-hidden, .element-invisible, "
      + ".sr-only, .screen-reader-text, .skip-link, .breadcrumb, .breadcrumbs, .pager, .pagination, .tabs, "
      + "ul.links, .contextual, #toolbar";
  /** Where sites keep a page's own content, most specific first. */
  private static final List<String> MAIN = List.of("main", "[role=main]", "#main-content", ".main-content", "#content",
      "#main");
  private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "caption", "center",
      "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
      "td", "tfoot", "th", "thead", "tr", "ul");
  /** Blocks with a blank line around them (outside a field, whose lines stay together). */
  private static final Set<String> PARAGRAPHS = Set.of("article", "blockquote", "details", "dl", "fieldset",
      "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p", "pre", "section", "table", "ul");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b");
  private static final Set<String> LISTS = Set.of("ul", "ol");
  /** What may hold the values of a label heading just above it. */
  private static final Set<String> VALUE_BLOCKS = Set.of("ul", "ol", "p", "div");
  private static final String LABELS = ".field__label, .field-label, .views-label";
  /** A link to the page a teaser summarises: not part of the teaser's text. */
  private static final Pattern READ_MORE = Pattern.compile(
      "^(read more|more|continue reading|en savoir plus|lire la suite|leer m[aá]s|ver m[aá]s)"
          + "(\\s+about\\b.*|\\s*[›»>…]|\\s*\\.\\.\\.)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

  private final List<String> lines = new ArrayList<>();
  private final List<Integer> sourceLines = new ArrayList<>();
  private final List<HtmlPage.Field> fields = new ArrayList<>();
  private final Map<Integer, String> links = new HashMap<>();
  private final StringBuilder current = new StringBuilder();
  private int currentSource = 1;
  private int tight;
  private int pre;
  private Element linkOpen;
  private String linkDone;
  private int linkDoneLength;

  private HtmlText() {}

  /** Removes site chrome from the page (a site {@code <header>}, not an article's; a form unless it holds the content). */
  static void dropChrome(Document doc) {
    doc.select(CHROME).remove();
    for (Element h : doc.select("header")) {
      if (h.closest("main, article, [role=main]") == null) {
        h.remove();
      }
    }
    for (Element f : doc.select("form")) {
      if (f.selectFirst("main, [role=main], article, h1") == null) {
        f.remove();
      }
    }
  }

  /** The element holding the page's own content: {@code <main>} or its usual stand-ins, else the body. */
  static Element mainContent(Document doc) {
    for (String selector : MAIN) {
      for (Element e : doc.select(selector)) {
        if (!e.text().isBlank()) {
          return e;
        }
      }
    }
    return doc.body();
  }

  /** Walks an element's content into lines. */
  static HtmlText walk(Element root) {
    HtmlText t = new HtmlText();
    NodeTraversor.filter(t, root);
    t.newLine();
    while (!t.lines.isEmpty() && t.lines.get(t.lines.size() - 1).isEmpty()) {
      t.lines.remove(t.lines.size() - 1);
      t.sourceLines.remove(t.sourceLines.size() - 1);
    }
    return t;
  }

  List<String> lines() {
    return lines;
  }

  List<Integer> sourceLines() {
    return sourceLines;
  }

  List<HtmlPage.Field> fields() {
    return fields;
  }

  Map<Integer, String> links() {
    return links;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      text(t);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (tag.equals("a") && READ_MORE.matcher(Text.clean(e.text())).matches()) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      if (Text.clean(current.toString()).isEmpty() && !lines.isEmpty()) {
        blankLine();
      }
      newLine();
    } else if (isField(e)) {
      blankLine();
      tight++;
    } else if (tag.equals("dt") || e.is(LABELS)) {
      blankLine();
      field(e);
    } else if (VALUE_BLOCKS.contains(tag) && labelHeading(e.previousElementSibling()) != null) {
      newLine(); // the values of the label just above, right under it; a list gives one value an item
      List<String> values = e.select("li").eachText().stream().map(Text::clean).filter(v -> !v.isEmpty()).toList();
      if (LISTS.contains(tag) && !values.isEmpty() && !lines.isEmpty()) {
        fields.add(new HtmlPage.Field(lines.size() - 1, lines.get(lines.size() - 1), values, true));
      }
    } else if (PARAGRAPHS.contains(tag) && tight == 0) {
      blankLine();
    } else if (BLOCKS.contains(tag)) {
      newLine();
    }
    if (tag.equals("pre")) {
      pre++;
    }
    if (tag.equals("a") && e.hasAttr("href") && Text.clean(current.toString()).isEmpty()) {
      linkOpen = e;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (e == linkOpen) {
      linkDone = e.absUrl("href").startsWith("http") ? e.absUrl("href") : null; // relative, with no page URL to resolve it
      linkDoneLength = Text.clean(current.toString()).length();
      linkOpen = null;
    }
    if (tag.equals("pre")) {
      pre--;
    }
    if (isField(e)) {
      tight--;
      blankLine();
    } else if (HEADINGS.contains(tag) && labelHeading(e) != null && VALUE_BLOCKS.contains(nextTag(e))) {
      newLine();
    } else if (PARAGRAPHS.contains(tag) && tight == 0) {
      blankLine();
    } else if (BLOCKS.contains(tag) || e.is(LABELS)) {
      newLine();
    }
    return FilterResult.CONTINUE;
  }

  private void text(TextNode t) {
    String raw = t.getWholeText();
    int line = t.sourceRange().isTracked() ? t.sourceRange().start().lineNumber() : currentSource;
    if (pre > 0) {
      String[] parts = raw.split("\r\n|\r|\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0 && Text.clean(current.toString()).isEmpty()) {
          blankLine(); // an empty line of preformatted text separates paragraphs, as in a text page
        } else if (i > 0) {
          newLine();
        }
        append(parts[i], line + i);
      }
      return;
    }
    int lead = 0;
    while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
      line += raw.charAt(lead) == '\n' ? 1 : 0;
      lead++;
    }
    append(SPACES.matcher(raw).replaceAll(" "), line);
  }

  private void append(String s, int sourceLine) {
    boolean empty = Text.clean(current.toString()).isEmpty();
    if (empty) {
      current.setLength(0);
      s = s.stripLeading();
      if (s.isEmpty()) {
        return;
      }
      currentSource = sourceLine;
    } else if (current.charAt(current.length() - 1) == ' ' && s.startsWith(" ")) {
      s = s.substring(1);
    }
    current.append(s);
  }

  private void newLine() {
    String line = Text.clean(current.toString());
    if (!line.isEmpty()) {
      if (linkDone != null && linkDoneLength == line.length()) {
        links.put(lines.size(), linkDone);
      }
      lines.add(line);
      sourceLines.add(currentSource);
    }
    current.setLength(0);
    linkDone = null;
  }

  private void blankLine() {
    newLine();
    if (tight == 0 && !lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
      lines.add("");
      sourceLines.add(sourceLines.get(sourceLines.size() - 1));
    }
  }

  /** Records a label and its values: Drupal's field items, a list under the label, or a {@code dd}. */
  private void field(Element label) {
    List<String> values = new ArrayList<>();
    boolean whole = false;
    if (label.normalName().equals("dt")) {
      for (Element s = label.nextElementSibling(); s != null && s.normalName().equals("dd"); s = s.nextElementSibling()) {
        values.add(Text.clean(s.text()));
      }
    } else {
      Element wrapper = label.parent() == null ? label : label.parent();
      for (Element item : wrapper.select(".field__item, .field-item")) {
        values.add(Text.clean(item.text()));
        whole = true;
      }
      if (!whole) {
        wrapper.select(".field-content").forEach(c -> values.add(Text.clean(c.text())));
      }
    }
    values.removeIf(String::isEmpty);
    if (!values.isEmpty()) {
      fields.add(new HtmlPage.Field(lines.size(), Text.clean(label.text()), values, whole));
    }
  }

  /** The label text of a heading that names the values listed under it, or null. */
  private String labelHeading(Element e) {
    if (e == null || !HEADINGS.contains(e.normalName())) {
      return null;
    }
    String text = Text.clean(e.text());
    PracticeLabel.Found f = PracticeLabel.match(text);
    boolean label = (f != null && f.value().isEmpty()) || ResourceBlock.of(text) != null;
    return label ? text : null;
  }

  private static String nextTag(Element e) {
    Element next = e.nextElementSibling();
    return next == null ? "" : next.normalName();
  }

  private static boolean isField(Element e) {
    return e.hasClass("field") || e.hasClass("views-field");
  }
}
