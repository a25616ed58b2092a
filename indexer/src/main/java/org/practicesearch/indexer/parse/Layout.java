package org.practicesearch.indexer.parse;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The page layouts we read, detected from the text alone (never from the file name). */
enum Layout {
  /** Practice page, labelled ({@code Country: a, b}) or form (a label line, then one value a line). */
  PRACTICE,
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

  /** A guideline title line, in English, French or Spanish: {@code GUIDELINE 8: Build capacity...}. */
  static final Pattern GUIDELINE_TITLE = Pattern.compile(
      "^(GUIDELINE|LIGNE DIRECTRICE|DIRECTRIZ)\\s+(\\d+)\\s*(?:[:.\\-–]\\s*(.*))?$", Pattern.CASE_INSENSITIVE);
  private static final Set<PracticeLabel> FIELD_LABELS = EnumSet.of(PracticeLabel.PRACTICE_TYPE,
      PracticeLabel.COUNTRY, PracticeLabel.STAKEHOLDER, PracticeLabel.STAKEHOLDER_TYPE, PracticeLabel.CRISIS_TYPE,
      PracticeLabel.CRISIS_PHASE);
  private static final int MIN_PRACTICE_LABELS = 2;
  private static final int MIN_RESOURCE_BLOCKS = 2;

  /** Detects the layout of a page from its lines. */
  static Layout detect(List<String> lines) {
    String first = lines.stream().map(Text::clean).filter(l -> !l.isEmpty()).findFirst().orElse("");
    if (first.startsWith("{")) {
      return first.contains("\"contents\"") && !first.contains("\"kind\"") ? COLLECTION_JSONL : ENTRY_JSONL;
    }
    Set<PracticeLabel> beforeGuideline = EnumSet.noneOf(PracticeLabel.class);
    boolean guideline = false;
    int resourceBlocks = 0;
    for (String raw : lines) {
      String line = Text.clean(raw);
      if (GUIDELINE_TITLE.matcher(line).matches()) {
        guideline = true;
      }
      PracticeLabel.Found found = PracticeLabel.match(line);
      if (!guideline && found != null && FIELD_LABELS.contains(found.label())) {
        beforeGuideline.add(found.label());
      }
      if (ResourceBlock.of(line) != null) {
        resourceBlocks++;
      }
    }
    if (beforeGuideline.size() >= MIN_PRACTICE_LABELS) {
      return PRACTICE;
    }
    if (guideline) {
      return GUIDELINE;
    }
    return resourceBlocks >= MIN_RESOURCE_BLOCKS ? RESOURCE_LISTING : UNKNOWN;
  }
}
