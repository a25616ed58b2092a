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
  private static final Pattern TEASER_COUNTRY = Pattern.compile("^countr(y|ies)\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEASER_TYPE = Pattern.compile("^types? of practice\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private GuidelinePageParser() {}

  static void parse(String file, List<String> lines, PageParse out) {
    int titleAt = 0;
    while (titleAt < lines.size() && !Layout.GUIDELINE_TITLE.matcher(Text.clean(lines.get(titleAt))).matches()) {
      titleAt++;
    }
    String title = Guidelines.canonical(lines.get(titleAt));
    int teasersAt = titleAt + 1;
    while (teasersAt < lines.size() && !TEASER_COUNTRY.matcher(Text.clean(lines.get(teasersAt))).matches()) {
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
        .title(title).description(description).guidelines(List.of(title))
        .source(file + ":" + (titleAt + 1)).build());
    readTeasers(file, lines, teasersAt, title, out);
  }

  private static void readTeasers(String file, List<String> lines, int from, String guideline, PageParse out) {
    int i = from;
    while (i < lines.size()) {
      var country = TEASER_COUNTRY.matcher(Text.clean(lines.get(i)));
      if (!country.matches()) {
        i++;
        continue;
      }
      int start = i;
      List<String> countries = new ArrayList<>(Text.splitCommas(country.group(2)));
      i++;
      List<String> types = new ArrayList<>();
      List<String> text = new ArrayList<>();
      List<String> target = countries;
      while (i < lines.size() && !TEASER_COUNTRY.matcher(Text.clean(lines.get(i))).matches()) {
        String line = Text.clean(lines.get(i));
        var type = TEASER_TYPE.matcher(line);
        if (type.matches()) {
          types.addAll(Text.splitCommas(type.group(1)));
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
