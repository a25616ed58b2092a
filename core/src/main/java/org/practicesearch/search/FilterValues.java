package org.practicesearch.search;

import org.practicesearch.geo.Countries;
import org.practicesearch.geo.Regions;
import org.practicesearch.geo.Scope;
import org.practicesearch.schema.Dimension;

/**
 * Normalises a user's filter value the way pages are normalised at indexing time, before it is matched
 * against the indexed values: {@code country=Turkey} finds {@code Türkiye}, {@code region=West Africa} finds
 * {@code Africa/Western Africa}. Used by every search backend.
 */
public final class FilterValues {
  private FilterValues() {}

  /**
   * The value as the index holds it, as far as the normaliser can tell without the index.
   *
   * @param d the dimension
   * @param value the value a user typed
   * @return the normalised value
   */
  public static String normalise(Dimension d, String value) {
    String v = value.strip();
    return switch (d) {
      case COUNTRY -> Countries.classify(v).kind() == Scope.Kind.UNKNOWN ? v : Countries.classify(v).name();
      // accept "Africa > Western Africa" as well as "Africa/Western Africa", and page spellings
      case REGION -> v.matches(".*\\s*[>/]\\s*.*") ? v.replaceAll("\\s*[>/]\\s*", Dimension.PATH_SEPARATOR)
          : Regions.mapDeclared(v).map(Regions::pathString).orElse(v);
      default -> v;
    };
  }
}
