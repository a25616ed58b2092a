package org.practicesearch.model;

import java.util.Locale;

/** Where an entry's regions come from. */
public enum RegionSource {
  /** The entry has no region. */
  NONE,
  /** Only the regions the page declares. */
  DECLARED,
  /** Only regions derived from the entry's countries (UN M49). */
  DERIVED,
  /** Declared regions, plus those the countries imply. */
  DECLARED_AND_DERIVED;

  /** {@return the lower-case name used in JSON, e.g. {@code declared_and_derived}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a name written as {@link #id()}.
   *
   * @param value the name, or null / empty for NONE
   * @return the source
   * @throws IllegalArgumentException for an unknown name
   */
  public static RegionSource parse(String value) {
    if (value == null || value.isBlank()) {
      return NONE;
    }
    for (RegionSource s : values()) {
      if (s.id().equalsIgnoreCase(value.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown region source '" + value + "'; expected one of "
        + java.util.Arrays.stream(values()).map(RegionSource::id).toList());
  }
}
