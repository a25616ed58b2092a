package org.practicesearch.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query text as given
 * @param total the number of matching entries: exact, or a lower bound when {@code totalIsLowerBound}
 * @param hits the requested page of hits, best first
 * @param facets for each requested dimension (by its id, in {@link org.practicesearch.schema.Dimension}
 *     order) its top values; dimensions without values are left out
 * @param tookMs wall time of the search in milliseconds
 * @param expansions the lexicon expansions used ({@code "TIP -> trafficking in persons | ..."}), possibly empty
 * @param suggestion a corrected query that gives hits under the same filters ("did you mean"), or null
 * @param notices what was done to the query that the user should know (a syntax fallback), possibly empty
 * @param relaxation when filters leave no hit: the one filter to drop and the hits that gives, or null
 * @param totalIsLowerBound true when more than {@code total} entries match: a search without facets stops
 *     counting at {@link SearchRequest#TRACK_TOTAL} unless {@link SearchRequest#exactTotal()} is set
 * @param timedOut true when the search ran out of its time budget: total, hits and facets are then partial
 *     (what was found before the budget ran out)
 * @param correction the query actually searched when words the index does not know were replaced by their
 *     clear corrections ("showing results for ..."; {@code query} is what to "search instead for"), or null
 */
public record SearchResponse(
    String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, long tookMs,
    List<String> expansions, String suggestion, List<String> notices, Relaxation relaxation,
    boolean totalIsLowerBound, boolean timedOut, String correction) {

  /**
   * The single filter whose removal gives the most hits when all filters together give none.
   *
   * @param dimension the dimension id to drop
   * @param values its selected values
   * @param hits the number of hits without it
   */
  public record Relaxation(String dimension, List<String> values, long hits) {
    /** Copies the list. */
    public Relaxation {
      values = List.copyOf(values);
    }
  }

  /**
   * A response with no expansions, suggestion, notices or relaxation.
   *
   * @param query the query
   * @param total the total
   * @param hits the hits
   * @param facets the facets
   * @param tookMs the time taken
   */
  public SearchResponse(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, long tookMs) {
    this(query, total, hits, facets, tookMs, List.of(), null, List.of(), null, false, false, null);
  }

  /**
   * A response that did not run out of time.
   *
   * @param query the query
   * @param total the total
   * @param hits the hits
   * @param facets the facets
   * @param tookMs the time taken
   * @param expansions the expansions used
   * @param suggestion the "did you mean", or null
   * @param notices the notices
   * @param relaxation the filter to drop, or null
   * @param totalIsLowerBound whether the total is a lower bound
   */
  public SearchResponse(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, long tookMs,
      List<String> expansions, String suggestion, List<String> notices, Relaxation relaxation,
      boolean totalIsLowerBound) {
    this(query, total, hits, facets, tookMs, expansions, suggestion, notices, relaxation, totalIsLowerBound, false,
        null);
  }

  /**
   * A response with no spelling correction.
   *
   * @param query the query
   * @param total the total
   * @param hits the hits
   * @param facets the facets
   * @param tookMs the time taken
   * @param expansions the expansions used
   * @param suggestion the "did you mean", or null
   * @param notices the notices
   * @param relaxation the filter to drop, or null
   * @param totalIsLowerBound whether the total is a lower bound
   * @param timedOut whether the search ran out of its time budget
   */
  public SearchResponse(String query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets, long tookMs,
      List<String> expansions, String suggestion, List<String> notices, Relaxation relaxation,
      boolean totalIsLowerBound, boolean timedOut) {
    this(query, total, hits, facets, tookMs, expansions, suggestion, notices, relaxation, totalIsLowerBound, timedOut,
        null);
  }

  /** Validates and copies (keeping the facet order). */
  public SearchResponse {
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
    expansions = expansions == null ? List.of() : List.copyOf(expansions);
    notices = notices == null ? List.of() : List.copyOf(notices);
    Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
    facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    facets = java.util.Collections.unmodifiableMap(copy);
  }
}
