package org.practicesearch.indexer.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labels of a practice page, recognised with or without a colon, "(Check all that apply)" or case. */
enum PracticeLabel {
  PRACTICE_TYPE("type of practice", "types of practice"),
  COUNTRY("country", "countries"),
  STAKEHOLDER_TYPE("type of stakeholder implementing the practice", "type of stakeholder",
      "types of stakeholder implementing the practice", "type of stakeholders"),
  STAKEHOLDER("name of stakeholder implementing the practice", "name of stakeholder", "names of stakeholders",
      "name of stakeholders"),
  OTHER_STAKEHOLDER("if other stakeholder", "if other stakeholders", "other stakeholder"),
  CRISIS_TYPE("type of crisis", "types of crisis"),
  CRISIS_PHASE("crisis phase", "crisis phases"),
  DESCRIPTION("description of the practice", "description"),
  RELATED_LINKS("related links", "related link"),
  GUIDELINES("guidelines/thematic areas", "guideline(s)/thematic area(s)", "guidelines / thematic areas",
      "guideline/thematic area", "thematic areas");

  private static final Pattern LINE = Pattern.compile(
      "^([A-Za-z()/ ]+?)\\s*(\\(check all that apply\\))?\\s*(:\\s*(.*))?$", Pattern.CASE_INSENSITIVE);

  private final String[] names;

  PracticeLabel(String... names) {
    this.names = names;
  }

  /** A label found on a line, with the value that followed it on the same line (may be empty). */
  record Found(PracticeLabel label, String value) {}

  /** Recognises a label line, or returns null. */
  static Found match(String rawLine) {
    String line = Text.clean(rawLine);
    // a label is the whole line or what precedes the first colon
    int colon = line.indexOf(':');
    String head = colon >= 0 ? line.substring(0, colon) : line;
    if (head.length() > 80) {
      return null;
    }
    String value = colon >= 0 ? line.substring(colon + 1).strip() : "";
    Matcher m = LINE.matcher(head);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    for (PracticeLabel l : values()) {
      for (String n : l.names) {
        if (n.equals(name)) {
          return new Found(l, value);
        }
      }
    }
    return null;
  }
}
