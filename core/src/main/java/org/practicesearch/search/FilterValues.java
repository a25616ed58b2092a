package org.practicesearch.search;

import org.practicesearch.schema.Dimension;

/** Normalises a user's filter value before it is matched against the indexed values. */
final class FilterValues {
  private FilterValues() {}

  static String normalise(Dimension d, String value) {
    String v = value.strip();
    if (d == Dimension.REGION) {
      // accept "Africa > Western Africa" as well as "Africa/Western Africa"
      v = v.replaceAll("\\s*[>/]\\s*", Dimension.PATH_SEPARATOR);
    }
    return v;
  }
}
