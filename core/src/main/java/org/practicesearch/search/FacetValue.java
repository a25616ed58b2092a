package org.practicesearch.search;

import java.util.List;
import java.util.Objects;

/**
 * One value of a facet dimension with its count. For a dimension that has a filter, counts are
 * drill-sideways: the number of hits the query would have with this value selected instead, so the other
 * choices keep honest counts.
 *
 * @param value the value as shown (for a hierarchical dimension, the last path element)
 * @param path the full value to filter on ({@code Africa/Western Africa}); equal to value when flat
 * @param count number of matching entries
 * @param selected whether this value is among the request's filters
 * @param children sub-values of a hierarchical dimension (e.g. the sub-regions), possibly empty
 */
public record FacetValue(String value, String path, long count, boolean selected, List<FacetValue> children) {
  /** Validates and copies. */
  public FacetValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(path, "path");
    children = children == null ? List.of() : List.copyOf(children);
  }
}
