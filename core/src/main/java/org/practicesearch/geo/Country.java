package org.practicesearch.geo;

import java.util.Objects;

/**
 * A country (or a territory with its own code), with the canonical English name used in the index.
 *
 * @param name canonical English name, e.g. {@code Türkiye}, {@code Côte d'Ivoire}, {@code Bosnia and Herzegovina}
 * @param iso2 ISO 3166-1 alpha-2 code, e.g. {@code TR}; {@code XK} for Kosovo (under UNSC resolution 1244),
 *     {@code AN} for the former Netherlands Antilles
 */
public record Country(String name, String iso2) {
  /** Validates. */
  public Country {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(iso2, "iso2");
  }
}
