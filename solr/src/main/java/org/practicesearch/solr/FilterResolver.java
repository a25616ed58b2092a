package org.practicesearch.solr;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.practicesearch.schema.Dimension;
import org.practicesearch.search.FilterValues;

/**
 * Maps each filter value onto the value the collection holds, as the embedded index does: normalised as pages
 * are ({@code Turkey} is {@code Türkiye}), then the value itself when the collection has it, else the one
 * value equal to it but for case, accents and spaces ({@code region=asia} is {@code Asia}); a value the
 * collection does not hold is kept (it matches nothing). One request checks every value; a second, only for
 * values not found as typed, reads the labels of their dimensions (at most {@link #MAX_LABELS} each).
 */
final class FilterResolver {
  private static final int MAX_LABELS = 10_000;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Runs a request against the collection. */
  @FunctionalInterface
  interface Requests {
    QueryResponse run(JsonQueryRequest request) throws IOException;
  }

  private FilterResolver() {}

  static Map<Dimension, List<String>> resolve(Map<Dimension, List<String>> filters, Requests solr) throws IOException {
    Map<Dimension, List<String>> out = new LinkedHashMap<>();
    filters.forEach((d, values) -> values.forEach(v ->
        out.computeIfAbsent(d, k -> new ArrayList<>()).add(FilterValues.normalise(d, v))));
    List<Dimension> missing = missing(out, solr);
    if (missing.isEmpty()) {
      return out;
    }
    JsonQueryRequest req = new JsonQueryRequest().setQuery("*:*").setLimit(0);
    missing.forEach(d -> req.withFacet(d.id(), Map.of("type", "terms", "field", SolrFields.facetField(d),
        "limit", MAX_LABELS, "refine", true)));
    NestableJsonFacet facets = solr.run(req).getJsonFacetingResponse();
    for (Dimension d : missing) {
      BucketBasedJsonFacet f = facets == null ? null : facets.getBucketBasedFacets(d.id());
      Map<String, String> byKey = new HashMap<>();
      if (f != null) {
        f.getBuckets().forEach(b -> {
          String label = b.getVal().toString();
          label = d == Dimension.REGION ? label.substring(label.indexOf(Dimension.PATH_SEPARATOR) + 1) : label;
          byKey.putIfAbsent(key(label), label);
        });
      }
      out.put(d, out.get(d).stream().map(v -> byKey.getOrDefault(key(v), v)).toList());
    }
    return out;
  }

  /** The dimensions with a value the collection does not hold as written (years are numbers: never folded). */
  private static List<Dimension> missing(Map<Dimension, List<String>> filters, Requests solr) throws IOException {
    JsonQueryRequest req = new JsonQueryRequest().setQuery("*:*").setLimit(0);
    List<String> names = new ArrayList<>();
    filters.forEach((d, values) -> {
      if (d != Dimension.YEAR) {
        for (String v : values) {
          String name = "f" + names.size();
          names.add(d.id());
          req.withParam(name, v).withFacet(name, Map.of("type", "query", "q", "{!term f=" + d.id() + " v=$" + name + "}"));
        }
      }
    });
    List<Dimension> out = new ArrayList<>();
    if (names.isEmpty()) {
      return out;
    }
    NestableJsonFacet facets = solr.run(req).getJsonFacetingResponse();
    for (int i = 0; i < names.size(); i++) {
      NestableJsonFacet f = facets == null ? null : facets.getQueryFacet("f" + i);
      Dimension d = Dimension.parse(names.get(i));
      if ((f == null || f.getCount() == 0) && !out.contains(d)) {
        out.add(d);
      }
    }
    return out;
  }

  /** A label compared without case, accents or extra spaces. */
  static String key(String s) {
    String folded = MARKS.matcher(Normalizer.normalize(s.strip(), Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
