package org.practicesearch.indexer.parse;

import java.util.regex.Matcher;

/** The canonical spelling of a guideline title: {@code GUIDELINE 8: Build capacity and ...}. */
final class Guidelines {

  private Guidelines() {}

  static String canonical(String line) {
    Matcher m = Layout.GUIDELINE_TITLE.matcher(Text.clean(line));
    if (!m.matches()) {
      return Text.clean(line);
    }
    String title = m.group(3) == null ? "" : m.group(3).strip();
    return "GUIDELINE " + Integer.parseInt(m.group(2)) + (title.isEmpty() ? "" : ": " + title);
  }
}
