package org.practicesearch.model;

import java.util.Arrays;
import java.util.Locale;

/** What an {@link Entry} is. The lower-case {@link #id()} is what JSON and filters use. */
public enum Kind {
  /** A good practice: who did what, where, in which crisis and phase. */
  PRACTICE,
  /** A resource-library entry: a toolkit, handbook, review or report. */
  RESOURCE,
  /** A MICIC guideline (thematic area), which practices belong to. */
  GUIDELINE,
  /** A generic document from a {@code {"id", "contents"}} collection. */
  DOCUMENT;

  /** {@return the lower-case name used in JSON, filters and the index, e.g. {@code practice}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a kind name, case-insensitively.
   *
   * @param value the name, e.g. {@code "practice"}
   * @return the kind
   * @throws IllegalArgumentException naming the value and the accepted names when it is unknown
   */
  public static Kind parse(String value) {
    for (Kind k : values()) {
      if (k.id().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '" + value + "'; expected one of "
            + Arrays.stream(values()).map(Kind::id).toList());
  }
}
