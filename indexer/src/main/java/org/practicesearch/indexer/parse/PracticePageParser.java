package org.practicesearch.indexer.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.model.Repair;

/**
 * Reads a practice page in either layout: labelled ({@code Country: a, b}) or form (a label line, then one
 * value a line). Text that follows the fields without a label is the description; the guideline section's
 * thematic area and guideline title are kept, the guideline's own text is not part of the practice.
 */
final class PracticePageParser {
  private static final int LINK_MAX = 150;

  private PracticePageParser() {}

  static void parse(PageText page, List<String> lines, PageParse out) {
    String file = page.name();
    Map<PracticeLabel, List<String>> fields = new EnumMap<>(PracticeLabel.class);
    List<String> loose = new ArrayList<>();
    List<String> guidelineSection = new ArrayList<>();
    int firstLine = -1;
    int i = 0;
    while (i < lines.size()) {
      PracticeLabel.Found found = PracticeLabel.match(lines.get(i));
      if (found != null && found.label() == PracticeLabel.GUIDELINES && firstLine < 0) {
        found = null; // a "Guidelines" line before any practice field is the site's menu, not the guideline section
      }
      if (found == null) {
        if (firstLine >= 0 && !Titles.navigation(lines.get(i))) {
          loose.add(lines.get(i));
        }
        i++;
        continue;
      }
      firstLine = firstLine < 0 ? i : firstLine;
      if (found.label() == PracticeLabel.GUIDELINES) {
        guidelineSection = lines.subList(i + 1, lines.size());
        break;
      }
      i = readValues(lines, i, found, fields);
    }
    if (firstLine < 0) {
      out.problems.add(Problem.error(file, 1, "no practice fields found"));
      return;
    }
    int titleAt = Titles.lineBefore(lines, firstLine);
    String title = !page.title().isEmpty() ? page.title() : titleAt < 0 ? null : Text.clean(lines.get(titleAt));
    out.entries.add(assemble(page, firstLine + 1, title, fields, loose, guidelineSection, out));
    if (guidelineSection.isEmpty() && cutOff(lines)) {
      out.problems.add(Problem.warning(file, lines.size(), "the page seems cut off mid-sentence"));
    }
  }

  /** True when the page ends inside a word or sentence (saved before it finished loading). */
  private static boolean cutOff(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = Text.clean(lines.get(i));
      if (!line.isEmpty()) {
        char last = line.charAt(line.length() - 1);
        return line.length() > LINK_MAX && Character.isLetterOrDigit(last);
      }
    }
    return false;
  }

  /** Reads the values of one label; returns the index of the next line to look at. */
  private static int readValues(List<String> lines, int at, PracticeLabel.Found found,
      Map<PracticeLabel, List<String>> fields) {
    List<String> values = fields.computeIfAbsent(found.label(), l -> new ArrayList<>());
    boolean paragraphs = found.label() == PracticeLabel.DESCRIPTION || found.label() == PracticeLabel.RELATED_LINKS;
    if (!found.value().isEmpty()) {
      values.add(found.value());
      return at + 1;
    }
    int i = at + 1;
    if (paragraphs) {
      boolean links = found.label() == PracticeLabel.RELATED_LINKS;
      // links are short lines: a long line after them is the description (Related Links came first)
      while (i < lines.size() && PracticeLabel.match(lines.get(i)) == null
          && !(links && Text.clean(lines.get(i)).length() > LINK_MAX)) {
        values.add(lines.get(i));
        i++;
      }
      return i;
    }
    while (i < lines.size() && !Text.clean(lines.get(i)).isEmpty() && PracticeLabel.match(lines.get(i)) == null) {
      values.add(Text.value(lines.get(i)));
      i++;
    }
    return i;
  }

  private static Entry assemble(PageText page, int line, String pageTitle, Map<PracticeLabel, List<String>> fields,
      List<String> loose, List<String> guidelineSection, PageParse out) {
    String file = page.name();
    List<Repair> repairs = new ArrayList<>();
    List<String> descriptionLines = fields.containsKey(PracticeLabel.DESCRIPTION)
        ? fields.get(PracticeLabel.DESCRIPTION) : loose;
    String description = Text.paragraphs(descriptionLines);
    String source = file + ":" + line;
    if (description.isEmpty()) {
      out.problems.add(Problem.warning(file, line, "practice has no description"));
    }
    List<String> countries = list(fields, PracticeLabel.COUNTRY);
    List<String> stakeholders = new ArrayList<>(fields.getOrDefault(PracticeLabel.STAKEHOLDER, List.of()).stream()
        .map(Text::value).filter(v -> !v.isEmpty()).toList());
    OtherStakeholder.apply(fields.getOrDefault(PracticeLabel.OTHER_STAKEHOLDER, List.of()), countries,
        stakeholders, repairs);
    GuidelineSection section = GuidelineSection.read(guidelineSection);
    String id = Ids.practice(description.isEmpty() ? source : description, countries,
        pageTitle == null ? "" : pageTitle);
    return Titles.choose(Entry.builder(id, Kind.PRACTICE), page, pageTitle,
            description.isEmpty() ? String.join(", ", list(fields, PracticeLabel.PRACTICE_TYPE)) : description)
        .description(description)
        .url(page.url())
        .countries(countries)
        .stakeholders(stakeholders)
        .stakeholderTypes(list(fields, PracticeLabel.STAKEHOLDER_TYPE))
        .practiceTypes(list(fields, PracticeLabel.PRACTICE_TYPE))
        .crisisTypes(list(fields, PracticeLabel.CRISIS_TYPE))
        .crisisPhases(list(fields, PracticeLabel.CRISIS_PHASE))
        .guidelines(section.guideline() == null ? List.of() : List.of(section.guideline()))
        .topics(section.thematicAreas())
        .sources(page.sources(line))
        .repairs(repairs)
        .build();
  }

  /** The values of a list field, each split at commas. */
  private static List<String> list(Map<PracticeLabel, List<String>> fields, PracticeLabel label) {
    List<String> out = new ArrayList<>();
    for (String v : fields.getOrDefault(label, List.of())) {
      out.addAll(Text.splitCommas(v));
    }
    return out;
  }

  /** The thematic areas and the guideline title at the start of a guidelines section. */
  record GuidelineSection(List<String> thematicAreas, String guideline) {
    static GuidelineSection read(List<String> lines) {
      List<String> areas = new ArrayList<>();
      for (String raw : lines) {
        String line = Text.value(raw);
        if (line.isEmpty() || Titles.navigation(line)) {
          continue;
        }
        if (Layout.GUIDELINE_TITLE.matcher(line).matches()) {
          return new GuidelineSection(areas, Guidelines.canonical(line));
        }
        if (line.length() > 80) {
          break; // the guideline's own text began without a title line
        }
        areas.add(line);
      }
      return new GuidelineSection(areas, null);
    }
  }
}
