package org.practicesearch.model;

import java.util.Locale;

/**
 * Where an entry's title comes from. Ranking gives the title field its extra weight only for titles a person
 * wrote ({@link #PAGE}, {@link #SLUG}); a {@link #DERIVED} title is the parser's guess from the text.
 */
public enum TitleSource {
  /** The page gave it: a title line, an HTML title or heading, a JSON {@code title}. */
  PAGE,
  /** Made readable from the file name or URL slug ({@code operation-sukoon} -> {@code Operation Sukoon}). */
  SLUG,
  /** Derived from the description (its first sentence's subject), for pages that have no title. */
  DERIVED;

  /** {@return the lower-case name used in JSON, e.g. {@code page}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a name written as {@link #id()}.
   *
   * @param value the name, or null / empty for {@link #DERIVED}
   * @return the source
   * @throws IllegalArgumentException for an unknown name
   */
  public static TitleSource parse(String value) {
    if (value == null || value.isBlank()) {
      return DERIVED;
    }
    for (TitleSource s : values()) {
      if (s.id().equalsIgnoreCase(value.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown title source '" + value + "'; expected one of "
        + java.util.Arrays.stream(values()).map(TitleSource::id).toList());
  }
}
