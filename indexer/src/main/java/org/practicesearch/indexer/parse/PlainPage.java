package org.practicesearch.indexer.parse;

import java.util.List;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

/**
 * A page with none of our fields. Prose (a page that is only a description) is kept, so nothing is lost: as
 * a practice when its file name or URL says it was saved from a practice repository, else as a plain
 * document, with a warning. Anything else is rejected as an unknown layout. Site navigation before the text
 * is dropped; a short line standing before the prose is the page's title.
 */
final class PlainPage {
  private static final int PROSE_LINE = 100;

  private PlainPage() {}

  static void parse(PageText page, List<String> lines, PageParse out) {
    String file = page.name();
    int first = 0;
    while (first < lines.size() && Text.clean(lines.get(first)).isEmpty()) {
      first++;
    }
    if (first == lines.size()) {
      out.problems.add(Problem.error(file, 1, "empty file"));
      return;
    }
    boolean prose = lines.stream().anyMatch(l -> Text.clean(l).length() >= PROSE_LINE);
    if (!prose) {
      out.problems.add(Problem.error(file, first + 1,
          "unknown layout: not a practice, guideline or resource-library page, nor JSON Lines"));
      return;
    }
    int proseAt = first;
    while (Text.clean(lines.get(proseAt)).length() < PROSE_LINE) {
      proseAt++;
    }
    int titleAt = Titles.lineBefore(lines, proseAt);
    String titleLine = titleAt < 0 ? null : Text.clean(lines.get(titleAt));
    int start = titleAt < 0 ? first : titleAt + 1;
    while (start < proseAt && (Titles.navigation(lines.get(start)) || Text.bulleted(lines.get(start))
        || PracticeLabel.match(lines.get(start)) != null)) {
      start++; // a menu before the text, a lone "Description" label
    }
    String text = Text.paragraphs(lines.subList(start, lines.size()));
    String pageTitle = page.title().isEmpty() ? titleLine : page.title();
    boolean practice = Slugs.practice(file, page.url());
    Kind kind = practice ? Kind.PRACTICE : Kind.DOCUMENT;
    String id = practice ? Ids.practice(text, List.of(), pageTitle == null ? "" : pageTitle) : Ids.of(kind, text);
    out.entries.add(Titles.choose(Entry.builder(id, kind), page, pageTitle, text)
        .description(text).url(page.url()).sources(page.sources(first + 1)).build());
    if (!practice) {
      out.problems.add(Problem.warning(file, first + 1,
          "no practice or resource fields found; indexed as a plain document"));
    }
  }
}
