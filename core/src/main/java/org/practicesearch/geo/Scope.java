package org.practicesearch.geo;

/**
 * What a value of a page's country field means.
 *
 * @param kind country, global scope or unknown
 * @param country the country when {@code kind} is COUNTRY, else null
 * @param name the canonical name to index (the country name, {@code Global}, or the value as written)
 */
public record Scope(Kind kind, Country country, String name) {
  /** The kinds of scope. */
  public enum Kind {
    /** A country or territory with a code. */
    COUNTRY,
    /** The whole world ("Global", "Worldwide", "Mondial"...): not a country, on purpose. */
    GLOBAL,
    /** Not known: kept as written and reported. */
    UNKNOWN
  }

  /** The canonical name of the global scope. */
  public static final String GLOBAL_NAME = "Global";
}
