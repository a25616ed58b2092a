package org.practicesearch.indexer.parse;

import java.util.List;
import java.util.Optional;
import org.practicesearch.model.Entry;
import org.practicesearch.model.TitleSource;

/**
 * Reads a saved web page through the same layout detection and parsers as a text page (so the two cannot
 * drift apart), then gives the entries what the HTML knows and the text does not: the page's title and URL,
 * a resource's link, values that label/value markup keeps whole, and sources and problems at the HTML's
 * own line numbers.
 */
final class HtmlInput {
  private HtmlInput() {}

  /**
   * Parses one HTML page.
   *
   * @param name the name used in sources and problems
   * @param html the page
   * @param fallbackUrl the URL the page was fetched from, used when the page names none; or empty
   * @return the entries, teasers and problems
   */
  static PageParse parse(String name, String html, String fallbackUrl) {
    HtmlPage page = HtmlPage.read(html, fallbackUrl);
    Layout detected = Layout.detect(page.lines());
    Layout layout = detected == Layout.ENTRY_JSONL || detected == Layout.COLLECTION_JSONL
        ? Layout.UNKNOWN : detected; // a page whose text starts with a brace is still a page
    PageParse out = Pages.parseLines(new PageText(name, "", page.title(), page.url()), page.lines(), layout);
    keepWholeValues(page, layout, out);
    out.entries.replaceAll(e -> relocate(name, page, withPageData(page, layout, e)));
    out.teasers.replaceAll(t -> new PageParse.Teaser(t.countries(), t.practiceTypes(), t.text(), t.guideline(),
        relocate(name, page, t.source())));
    out.problems.replaceAll(p -> new Problem(p.file(), page.sourceLine(p.line()), p.rejected(), p.message()));
    return out;
  }

  /** The title and URL the page gives, where the entry is the page's own subject. */
  private static Entry withPageData(HtmlPage page, Layout layout, Entry e) {
    Entry.Builder b = e.toBuilder();
    switch (layout) {
      case PRACTICE, UNKNOWN -> {
        if (!page.title().isEmpty()) {
          b.title(page.title()).titleSource(TitleSource.PAGE);
        }
        b.url(page.url());
      }
      case GUIDELINE -> b.url(page.url());
      case RESOURCE_LISTING -> {
        String link = page.links().get(textLine(e.source()) - 1);
        if (link != null) {
          b.url(link);
        } else if (Text.key(e.title()).equals(Text.key(page.title()))) {
          b.url(page.url()); // the resource's own page
        }
      }
      default -> { }
    }
    return b.build();
  }

  /**
   * Label/value markup gives one value an element, and such a value is never cut at its commas as a text
   * line's would be: a practice's lists, and each teaser's countries and types (the fields between its line
   * and the next teaser's).
   */
  private static void keepWholeValues(HtmlPage page, Layout layout, PageParse out) {
    if (layout == Layout.PRACTICE && out.entries.size() == 1) {
      Entry e = out.entries.get(0);
      Entry.Builder b = e.toBuilder();
      wholeValue(page.fields(), 0, Integer.MAX_VALUE, PracticeLabel.COUNTRY).ifPresent(b::countries);
      wholeValue(page.fields(), 0, Integer.MAX_VALUE, PracticeLabel.PRACTICE_TYPE).ifPresent(b::practiceTypes);
      wholeValue(page.fields(), 0, Integer.MAX_VALUE, PracticeLabel.STAKEHOLDER_TYPE).ifPresent(b::stakeholderTypes);
      wholeValue(page.fields(), 0, Integer.MAX_VALUE, PracticeLabel.CRISIS_TYPE).ifPresent(b::crisisTypes);
      wholeValue(page.fields(), 0, Integer.MAX_VALUE, PracticeLabel.CRISIS_PHASE).ifPresent(b::crisisPhases);
      out.entries.set(0, b.build());
    }
    if (layout == Layout.GUIDELINE) {
      List<PageParse.Teaser> teasers = out.teasers;
      for (int i = 0; i < teasers.size(); i++) {
        PageParse.Teaser t = teasers.get(i);
        int from = textLine(t.source()) - 1;
        int to = i + 1 < teasers.size() ? textLine(teasers.get(i + 1).source()) - 1 : Integer.MAX_VALUE;
        List<String> countries = wholeValue(page.fields(), from, to, PracticeLabel.COUNTRY).orElse(t.countries());
        List<String> types = wholeValue(page.fields(), from, to, PracticeLabel.PRACTICE_TYPE).orElse(t.practiceTypes());
        teasers.set(i, new PageParse.Teaser(countries, types, t.text(), t.guideline(), t.source()));
      }
    }
  }

  /** The values of the first whole-valued field with this label on lines [from, to). */
  private static Optional<List<String>> wholeValue(List<HtmlPage.Field> fields, int from, int to,
      PracticeLabel label) {
    for (HtmlPage.Field f : fields) {
      PracticeLabel.Found found = PracticeLabel.match(f.label());
      if (f.whole() && f.line() >= from && f.line() < to && found != null && found.label() == label) {
        return Optional.of(f.values());
      }
    }
    return Optional.empty();
  }

  /** The entry with its sources at the HTML's line numbers. */
  private static Entry relocate(String name, HtmlPage page, Entry e) {
    return e.toBuilder().sources(e.sources().stream().map(s -> relocate(name, page, s)).toList()).build();
  }

  private static String relocate(String name, HtmlPage page, String source) {
    if (!source.startsWith(name + ":")) {
      return source;
    }
    return name + ":" + page.sourceLine(textLine(source));
  }

  /** The line of a {@code file:line} source (1 when there is none). */
  private static int textLine(String source) {
    try {
      return Integer.parseInt(source.substring(source.lastIndexOf(':') + 1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return 1;
    }
  }
}
