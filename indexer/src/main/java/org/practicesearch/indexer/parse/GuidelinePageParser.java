package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

/**
 * Reads a guideline page: the guideline's title, its text and sample practices (one GUIDELINE entry), then
 * the practice teasers listed under it ({@code Country:} / {@code Type of Practice:} / a short text).
 */
final class GuidelinePageParser {
  private static final Pattern NAVIGATION = Pattern.compile("^(print the guideline|skip to main content|share)\\b.*",
      Pattern.CASE_INSENSITIVE);

  private GuidelinePageParser() {}

  static void parse(PageText page, List<String> lines, PageParse out) {
    String file = page.name();
    int titleAt = 0;
    while (titleAt < lines.size() && !Layout.GUIDELINE_TITLE.matcher(Text.clean(lines.get(titleAt))).matches()) {
      titleAt++;
    }
    String title = Guidelines.canonical(lines.get(titleAt));
    int teasersAt = titleAt + 1;
    while (teasersAt < lines.size() && !is(lines.get(teasersAt), PracticeLabel.COUNTRY)) {
      teasersAt++;
    }
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(titleAt + 1, teasersAt)) {
      if (!NAVIGATION.matcher(Text.clean(line)).matches()) {
        body.add(line.replaceFirst("^\\s*[•\\-*]\\s+", "• "));
      }
    }
    String description = Text.paragraphs(body);
    out.entries.add(Entry.builder(Ids.of(Kind.GUIDELINE, title), Kind.GUIDELINE)
        .title(title).titleSource(org.practicesearch.model.TitleSource.PAGE).description(description).guidelines(List.of(title))
        .url(page.url()).sources(page.sources(titleAt + 1)).build());
    readTeasers(file, lines, teasersAt, title, out);
  }

  private static boolean is(String line, PracticeLabel label) {
    PracticeLabel.Found f = PracticeLabel.match(line);
    return f != null && f.label() == label;
  }

  private static void readTeasers(String file, List<String> lines, int from, String guideline, PageParse out) {
    int i = from;
    while (i < lines.size()) {
      if (!is(lines.get(i), PracticeLabel.COUNTRY)) {
        i++;
        continue;
      }
      int start = i;
      List<String> countries = new ArrayList<>(Text.splitCommas(PracticeLabel.match(lines.get(i)).value()));
      i++;
      List<String> types = new ArrayList<>();
      List<String> text = new ArrayList<>();
      List<String> target = countries;
      while (i < lines.size() && !is(lines.get(i), PracticeLabel.COUNTRY)) {
        String line = Text.clean(lines.get(i));
        if (is(line, PracticeLabel.PRACTICE_TYPE)) {
          types.addAll(Text.splitCommas(PracticeLabel.match(line).value()));
          target = types;
        } else if (line.isEmpty()) {
          target = target == types || !text.isEmpty() ? text : target;
        } else if (target == text) {
          text.add(line);
        } else {
          target.addAll(Text.splitCommas(line));
        }
        i++;
      }
      String teaserText = Text.paragraphs(text);
      if (teaserText.isEmpty()) {
        out.problems.add(Problem.error(file, start + 1, "practice teaser has no text"));
        continue;
      }
      out.teasers.add(new PageParse.Teaser(countries, types, teaserText, guideline, file + ":" + (start + 1)));
    }
  }
}
