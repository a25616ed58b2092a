package org.practicesearch.search;

import java.util.Arrays;
import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first (BM25 score); ties by id. */
  RELEVANCE,
  /** Newest first; entries without a year last. */
  YEAR_DESC,
  /** Oldest first; entries without a year last. */
  YEAR_ASC;

  /** {@return the name used on the command line and in JSON, e.g. {@code year_desc}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a sort name ({@code relevance}, {@code year_desc} / {@code year}, {@code year_asc}).
   *
   * @param value the name
   * @return the order
   * @throws IllegalArgumentException naming the bad value and the accepted ones
   */
  public static SortOrder parse(String value) {
    String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    if (key.equals("year") || key.equals("newest")) {
      return YEAR_DESC;
    }
    if (key.equals("oldest")) {
      return YEAR_ASC;
    }
    for (SortOrder s : values()) {
      if (s.id().equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown sort '" + value + "'; expected one of "
        + Arrays.stream(values()).map(SortOrder::id).toList());
  }
}
