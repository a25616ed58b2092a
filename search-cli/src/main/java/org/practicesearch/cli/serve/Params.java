package org.practicesearch.cli.serve;

import java.util.List;
import java.util.Map;
import org.practicesearch.schema.Dimension;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SortOrder;

/** Query parameters of {@code /api/search} to a {@link SearchRequest}; a bad value is a 400 with a message. */
final class Params {
  private Params() {}

  /** Most facet values per dimension a page may ask for: every country of the world, for the map. */
  static final int MAX_FACET_LIMIT = 300;

  static SearchRequest request(Map<String, List<String>> p) {
    return builder(p).size(intParam(p, "size", 10, 0, SearchRequest.MAX_SIZE))
        .page(intParam(p, "page", 1, 1, 10_000)).build();
  }

  /** What a search and an export share: text, filters, years, sort, facet limit and synonyms. */
  static SearchRequest.Builder builder(Map<String, List<String>> p) {
    SearchRequest.Builder b = SearchRequest.builder().text(one(p, "q", ""))
        .facetLimit(intParam(p, "facet_limit", 10, 1, MAX_FACET_LIMIT)).sort(SortOrder.parse(one(p, "sort", "relevance")))
        .expandSynonyms(!"false".equals(one(p, "synonyms", "true"))).explain("true".equals(one(p, "explain", "false")));
    for (String f : p.getOrDefault("filter", List.of())) {
      int colon = f.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("bad filter '" + f + "'; expected dim:value, e.g. country:Jordan");
      }
      b.filter(Dimension.parse(f.substring(0, colon)), f.substring(colon + 1));
    }
    String year = one(p, "year", "");
    if (!year.isBlank()) {
      String[] parts = year.split("\\.\\.", -1);
      b.years(year(parts[0], year), year(parts.length > 1 ? parts[1] : parts[0], year));
    }
    return b;
  }

  private static Integer year(String s, String whole) {
    if (s.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad year range '" + whole + "'; expected FROM..TO, e.g. 2010..2020");
    }
  }

  static String one(Map<String, List<String>> p, String name, String fallback) {
    List<String> v = p.get(name);
    return v == null || v.isEmpty() ? fallback : v.get(0);
  }

  static int intParam(Map<String, List<String>> p, String name, int fallback, int min, int max) {
    String v = one(p, name, null);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " '" + v + "' out of range; expected " + min + " to " + max);
    }
  }
}
