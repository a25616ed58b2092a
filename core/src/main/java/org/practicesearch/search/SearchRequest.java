package org.practicesearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicesearch.schema.Dimension;

/**
 * What to search for. Immutable; build one with {@link #builder()} or {@link #of(String)}.
 *
 * <p>Filters: several values of one dimension are OR-ed, dimensions are AND-ed. A region filter may be a
 * top-level region ({@code Africa}), a sub-region ({@code Western Africa}) or a path
 * ({@code Africa/Western Africa}).
 *
 * @param text free text; empty matches every entry
 * @param filters selected facet values per dimension
 * @param yearFrom lowest year (inclusive), or null
 * @param yearTo highest year (inclusive), or null
 * @param sort the order of hits
 * @param page 1-based page number
 * @param size hits per page, 0 to {@link #MAX_SIZE} (0 gives only counts and facets)
 * @param facets the dimensions to count
 * @param facetLimit how many values to return per dimension (and per sub-level of a hierarchy)
 * @param expandSynonyms whether lexicon synonyms and acronyms are searched too (literal words rank first)
 * @param explain whether each hit carries an explanation of its score
 * @param exactTotal whether the total counts every match when no facets are counted; otherwise it is exact up
 *     to {@link #TRACK_TOTAL} and a lower bound past it, as in Elasticsearch (counting facets visits every
 *     match, so the total is then always exact)
 * @param correctSpelling whether a word the index does not know is replaced by its clear correction (the
 *     response says so); false searches the words as typed ("search instead for")
 */
public record SearchRequest(
    String text,
    Map<Dimension, List<String>> filters,
    Integer yearFrom,
    Integer yearTo,
    SortOrder sort,
    int page,
    int size,
    List<Dimension> facets,
    int facetLimit,
    boolean expandSynonyms,
    boolean explain,
    boolean exactTotal,
    boolean correctSpelling) {

  /** Largest page size. */
  public static final int MAX_SIZE = 100;
  /** Deepest hit that can be paged to (page * size), as in Elasticsearch's result window. */
  public static final int MAX_WINDOW = 10_000;
  /** Matches counted exactly before the total of a search without facets becomes a lower bound. */
  public static final int TRACK_TOTAL = 10_000;
  /** Most values per facet dimension. */
  public static final int MAX_FACET_LIMIT = 1_000;

  /** Longest accepted query text, in characters. */
  public static final int MAX_TEXT = 2_000;
  /** Most words in a query. */
  public static final int MAX_WORDS = 64;

  /** Validates every parameter, naming the bad value and what is accepted. */
  public SearchRequest {
    text = text == null ? "" : text;
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("query of " + text.length() + " characters is too long; expected at most "
          + MAX_TEXT);
    }
    text = text.replaceAll("\\p{Cc}+", " ");
    long words = java.util.Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).count();
    if (words > MAX_WORDS) {
      throw new IllegalArgumentException("query of " + words + " words is too long; expected at most " + MAX_WORDS);
    }
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size " + size + " out of range; expected 0 to " + MAX_SIZE);
    }
    if (page < 1) {
      throw new IllegalArgumentException("page " + page + " out of range; expected 1 or more");
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new IllegalArgumentException("page " + page + " with size " + size
          + " goes past hit " + MAX_WINDOW + "; narrow the query instead");
    }
    if (facetLimit < 1 || facetLimit > MAX_FACET_LIMIT) {
      throw new IllegalArgumentException(
          "facet limit " + facetLimit + " out of range; expected 1 to " + MAX_FACET_LIMIT);
    }
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException("year range " + yearFrom + ".." + yearTo + " is empty; expected FROM <= TO");
    }
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    Map<Dimension, List<String>> copy = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach((d, v) -> {
        List<String> values = v.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (!values.isEmpty()) {
          copy.put(d, values);
        }
      });
    }
    filters = java.util.Collections.unmodifiableMap(copy);
    facets = facets == null ? List.of(Dimension.values()) : List.copyOf(facets);
  }

  /**
   * A request for the text with every default: relevance order, first page of 10, all facets.
   *
   * @param text the free text
   * @return the request
   */
  public static SearchRequest of(String text) {
    return builder().text(text).build();
  }

  /** A new builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private String text = "";
    private final Map<Dimension, List<String>> filters = new LinkedHashMap<>();
    private Integer yearFrom;
    private Integer yearTo;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int page = 1;
    private int size = 10;
    private List<Dimension> facets = Arrays.asList(Dimension.values());
    private int facetLimit = 10;
    private boolean expandSynonyms = true;
    private boolean explain;
    private boolean exactTotal;
    private boolean correctSpelling = true;

    private Builder() {}

    /** @param v the free text @return this */
    public Builder text(String v) { text = v; return this; }

    /**
     * Adds a filter value; values of one dimension are OR-ed.
     *
     * @param dimension the dimension
     * @param value the value
     * @return this
     */
    public Builder filter(Dimension dimension, String value) {
      filters.computeIfAbsent(dimension, d -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Adds a filter by dimension name, e.g. {@code filter("country", "Jordan")}.
     *
     * @param dimension the dimension name
     * @param value the value
     * @return this
     * @throws IllegalArgumentException for an unknown dimension
     */
    public Builder filter(String dimension, String value) {
      return filter(Dimension.parse(dimension), value);
    }

    /** @param from lowest year or null @param to highest year or null @return this */
    public Builder years(Integer from, Integer to) { yearFrom = from; yearTo = to; return this; }
    /** @param v the order @return this */
    public Builder sort(SortOrder v) { sort = v; return this; }
    /** @param v 1-based page @return this */
    public Builder page(int v) { page = v; return this; }
    /** @param v hits per page @return this */
    public Builder size(int v) { size = v; return this; }
    /** @param v the dimensions to count @return this */
    public Builder facets(List<Dimension> v) { facets = v; return this; }
    /** @param v values per dimension @return this */
    public Builder facetLimit(int v) { facetLimit = v; return this; }
    /** @param v whether to search lexicon synonyms too (default true) @return this */
    public Builder expandSynonyms(boolean v) { expandSynonyms = v; return this; }
    /** @param v whether hits carry a score explanation (default false) @return this */
    public Builder explain(boolean v) { explain = v; return this; }

    /** @param v whether the total counts every match even without facets (default false) @return this */
    public Builder exactTotal(boolean v) { exactTotal = v; return this; }

    /** @param v whether unknown words are replaced by their clear corrections (default true) @return this */
    public Builder correctSpelling(boolean v) { correctSpelling = v; return this; }

    /** @return the validated request @throws IllegalArgumentException on a bad parameter */
    public SearchRequest build() {
      return new SearchRequest(text, filters, yearFrom, yearTo, sort, page, size, facets, facetLimit,
          expandSynonyms, explain, exactTotal, correctSpelling);
    }
  }
}
