package org.practicesearch.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a facet value adds to the {@link Schema#META} field. Short labels (a country, a practice type) are
 * searchable words; a guideline counts only by its short name ({@code Guideline 8}), and any other label
 * longer than a name is left out: its words would match every entry that carries it. Used by every backend
 * (the embedded index and the Solr documents), so the same words match.
 */
public final class MetaText {
  /** Labels of more words than this are sentences, not names. */
  static final int MAX_WORDS = 6;
  private static final Pattern GUIDELINE = Pattern.compile("(?i)^\\s*(guideline\\s+\\d+)\\b");

  private MetaText() {}

  /**
   * The words a facet value adds to the searchable text.
   *
   * @param d the dimension
   * @param value a value of it
   * @return the words to index, or null for none
   */
  public static String of(Dimension d, String value) {
    String text = value.replace(Dimension.PATH_SEPARATOR, " ").strip();
    if (d == Dimension.GUIDELINE) {
      Matcher m = GUIDELINE.matcher(text);
      return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
    return words(text) > MAX_WORDS ? null : text;
  }

  /** The number of words of a stripped text: {@code text.split("\\s+").length}, without a regex per value. */
  static int words(String text) {
    int words = 1;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean s = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
      if (s && !space) {
        words++;
      }
      space = s;
    }
    return words;
  }
}
