package org.practicesearch.indexer.parse;

import java.util.List;
import java.util.regex.Pattern;

/** The page layouts we read, detected from the text alone (never from the file name). */
enum Layout {
  /** Practice page with {@code Label: value} lines. */
  PRACTICE_LABELLED,
  /** Practice page as a form: a label line, then one value a line. */
  PRACTICE_FORM,
  /** A guideline with its text, sample practices and practice teasers. */
  GUIDELINE,
  /** A resource-library listing with Country / Region / Authors / Year / Category blocks. */
  RESOURCE_LISTING,
  /** JSON Lines in our own entry schema. */
  ENTRY_JSONL,
  /** JSON Lines in the Anserini/Pyserini {@code {"id", "contents"}} collection format. */
  COLLECTION_JSONL,
  /** None of the above. */
  UNKNOWN;

  static final Pattern GUIDELINE_TITLE = Pattern.compile("^GUIDELINE\\s+\\d+\\s*:.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRACTICE_TYPE_LABEL =
      Pattern.compile("^type of practice\\b\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern RESOURCE_LABEL =
      Pattern.compile("^(country|region|authors?|year|category)$", Pattern.CASE_INSENSITIVE);

  /** Detects the layout of a page from its lines. */
  static Layout detect(List<String> lines) {
    String first = lines.stream().map(Text::clean).filter(l -> !l.isEmpty()).findFirst().orElse("");
    if (first.startsWith("{")) {
      return first.contains("\"contents\"") && !first.contains("\"kind\"") ? COLLECTION_JSONL : ENTRY_JSONL;
    }
    int practiceType = -1;
    int guideline = -1;
    int resourceLabels = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = Text.clean(lines.get(i));
      if (practiceType < 0 && PRACTICE_TYPE_LABEL.matcher(line).matches()) {
        practiceType = i;
      }
      if (guideline < 0 && GUIDELINE_TITLE.matcher(line).matches()) {
        guideline = i;
      }
      if (RESOURCE_LABEL.matcher(line).matches()) {
        resourceLabels++;
      }
    }
    if (practiceType >= 0 && (guideline < 0 || practiceType < guideline)) {
      var m = PRACTICE_TYPE_LABEL.matcher(Text.clean(lines.get(practiceType)));
      return m.matches() && !m.group(1).isBlank() ? PRACTICE_LABELLED : PRACTICE_FORM;
    }
    if (guideline >= 0) {
      return GUIDELINE;
    }
    if (resourceLabels >= 2) {
      return RESOURCE_LISTING;
    }
    return UNKNOWN;
  }
}
