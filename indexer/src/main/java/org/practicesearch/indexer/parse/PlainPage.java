package org.practicesearch.indexer.parse;

import java.util.List;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

/**
 * A page with none of our fields. Prose (a page that is only a description) is kept as a plain document,
 * with a warning, so nothing is lost; anything else is rejected as an unknown layout.
 */
final class PlainPage {
  private static final int PROSE_LINE = 100;

  private PlainPage() {}

  static void parse(String file, List<String> lines, PageParse out) {
    String text = Text.paragraphs(lines);
    if (text.isEmpty()) {
      out.problems.add(Problem.error(file, 1, "empty file"));
      return;
    }
    int first = 0;
    while (Text.clean(lines.get(first)).isEmpty()) {
      first++;
    }
    boolean prose = lines.stream().anyMatch(l -> Text.clean(l).length() >= PROSE_LINE);
    if (!prose) {
      out.problems.add(Problem.error(file, first + 1,
          "unknown layout: not a practice, guideline or resource-library page, nor JSON Lines"));
      return;
    }
    out.entries.add(Entry.builder(Ids.of(Kind.DOCUMENT, text), Kind.DOCUMENT)
        .title(Titles.derive(text)).description(text).source(file + ":" + (first + 1)).build());
    out.problems.add(Problem.warning(file, first + 1,
        "no practice or resource fields found; indexed as a plain document"));
  }
}
