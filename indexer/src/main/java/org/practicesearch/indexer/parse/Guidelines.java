package org.practicesearch.indexer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The canonical spelling of a guideline title: {@code GUIDELINE 8: Build capacity and ...}. */
final class Guidelines {
  private static final Pattern TITLE = Pattern.compile("^GUIDELINE\\s+(\\d+)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private Guidelines() {}

  static String canonical(String line) {
    Matcher m = TITLE.matcher(Text.clean(line));
    if (!m.matches()) {
      return Text.clean(line);
    }
    return "GUIDELINE " + Integer.parseInt(m.group(1)) + ": " + m.group(2).strip();
  }
}
