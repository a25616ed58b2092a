package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;

/**
 * Reads a resource-library listing: a heading, then entries, each a title line, a description, and
 * {@code Country}, {@code Region}, {@code Authors}, {@code Year}, {@code Category} blocks with one value a
 * line (any block may be missing). An entry ends where the next title begins: the first line after a blank
 * line that follows a block.
 */
final class ResourceListingParser {
  private static final Pattern YEAR_IN_TITLE = Pattern.compile("\\((19|20)\\d{2}\\)");

  private ResourceListingParser() {}

  static void parse(PageText page, List<String> lines, PageParse out) {
    List<Integer> starts = entryStarts(lines);
    if (starts.isEmpty()) {
      out.problems.add(Problem.error(page.name(), 1, "resource listing with no entries"));
      return;
    }
    String topic = topic(lines, starts.get(0));
    for (int n = 0; n < starts.size(); n++) {
      int from = starts.get(n);
      int to = n + 1 < starts.size() ? starts.get(n + 1) : lines.size();
      readEntry(page, lines, from, to, topic, out);
    }
  }

  /** Line index of each entry's title. */
  private static List<Integer> entryStarts(List<String> lines) {
    List<Integer> starts = new ArrayList<>();
    int firstBlock = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (isBlock(lines.get(i))) {
        firstBlock = i;
        break;
      }
    }
    if (firstBlock < 0) {
      return starts;
    }
    starts.add(firstTitle(lines, firstBlock));
    boolean inBlocks = false;
    boolean blankAfterBlocks = false;
    for (int i = firstBlock; i < lines.size(); i++) {
      String line = Text.clean(lines.get(i));
      if (isBlock(line)) {
        inBlocks = true;
        blankAfterBlocks = false;
      } else if (line.isEmpty()) {
        blankAfterBlocks = inBlocks;
      } else if (blankAfterBlocks) {
        starts.add(i);
        inBlocks = false;
        blankAfterBlocks = false;
      }
    }
    return starts;
  }

  /**
   * The title of the first entry: the line before its description, which is the paragraph just above the
   * first block. What comes before the title is the listing's heading.
   */
  private static int firstTitle(List<String> lines, int firstBlock) {
    int i = firstBlock - 1;
    while (i >= 0 && Text.clean(lines.get(i)).isEmpty()) {
      i--;
    }
    while (i >= 0 && !Text.clean(lines.get(i)).isEmpty()) {
      i--; // the description paragraph
    }
    while (i >= 0 && Text.clean(lines.get(i)).isEmpty()) {
      i--;
    }
    return Math.max(i, 0);
  }

  /**
   * The listing's topic: its heading, the last line before the first entry that is not navigation or a
   * bullet (of a breadcrumb {@code Resources > Health}, the last part); or null.
   */
  private static String topic(List<String> lines, int firstTitle) {
    for (int i = firstTitle - 1; i >= 0; i--) {
      String line = Text.clean(lines.get(i));
      String[] crumbs = line.split("\\s[>»/]\\s");
      String last = Text.clean(crumbs[crumbs.length - 1]);
      if (!last.isEmpty() && !Titles.navigation(last) && !Text.bulleted(line) && last.length() <= Titles.LINE_MAX) {
        return last;
      }
    }
    return null;
  }

  private static boolean isBlock(String line) {
    return ResourceBlock.of(line) != null;
  }

  private static void readEntry(PageText page, List<String> lines, int from, int to, String topic, PageParse out) {
    String file = page.name();
    String title = Text.value(lines.get(from));
    List<String> description = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> regions = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    List<String> years = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    List<String> target = description;
    for (int i = from + 1; i < to; i++) {
      String line = Text.clean(lines.get(i));
      ResourceBlock block = ResourceBlock.of(line);
      if (block != null) {
        target = switch (block) {
          case COUNTRY -> countries;
          case REGION -> regions;
          case AUTHORS -> authors;
          case YEAR -> years;
          case CATEGORY -> categories;
        };
      } else if (!line.isEmpty() && !(target != description && Text.value(line).isEmpty())) {
        target.add(target == description ? line : Text.value(line));
      }
    }
    List<Repair> repairs = new ArrayList<>();
    String desc = String.join("\n", description);
    if (desc.isEmpty()) {
      out.problems.add(Problem.warning(file, from + 1, "resource '" + title + "' has no description"));
    }
    out.entries.add(Entry.builder(Ids.resource(title, desc), Kind.RESOURCE)
        .title(title).titleSource(org.practicesearch.model.TitleSource.PAGE).description(desc).countries(countries).regions(regions)
        .authors(Authors.repair(authors, repairs)).year(year(years, title, file, from, out))
        .categories(categories).topics(topic == null ? List.of() : List.of(topic))
        .sources(page.sources(from + 1)).repairs(repairs).build());
  }

  private static Integer year(List<String> years, String title, String file, int line, PageParse out) {
    for (String y : years) {
      if (y.matches("(19|20)\\d{2}")) {
        return Integer.parseInt(y);
      }
      out.problems.add(Problem.warning(file, line + 1, "resource '" + title + "' has a bad year '" + y + "'"));
    }
    Matcher m = YEAR_IN_TITLE.matcher(title);
    return m.find() ? Integer.parseInt(m.group().substring(1, 5)) : null;
  }
}
