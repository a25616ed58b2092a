package org.practicesearch.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query text as given
 * @param total the number of matching entries (exact)
 * @param hits the requested page of hits, best first
 * @param facets for each requested dimension (by its id, in {@link org.practicesearch.schema.Dimension}
 *     order) its top values; dimensions without values are left out
 * @param tookMs wall time of the search in milliseconds
 */
public record SearchResponse(
    String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, long tookMs) {
  /** Validates and copies (keeping the facet order). */
  public SearchResponse {
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
    Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
    facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    facets = java.util.Collections.unmodifiableMap(copy);
  }
}
