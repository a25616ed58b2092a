package org.practicesearch.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.practicesearch.schema.Dimension;
import org.practicesearch.search.FacetValue;
import org.practicesearch.search.SearchRequest;

/**
 * Reads the JSON facet buckets of a response into our facet values, in the embedded index's order (count
 * descending, then value), the region buckets ({@code 0/Africa}, {@code 1/Africa/Western Africa}) into a tree.
 */
final class SolrFacets {
  private static final Comparator<FacetValue> ORDER =
      Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::path);

  private SolrFacets() {}

  static Map<String, List<FacetValue>> read(QueryResponse rsp, SearchRequest request,
      Map<Dimension, List<String>> selected) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    NestableJsonFacet facets = rsp.getJsonFacetingResponse();
    if (facets == null) {
      return out;
    }
    for (Dimension d : request.facets()) {
      BucketBasedJsonFacet f = facets.getBucketBasedFacets(d.id());
      if (f == null) {
        continue;
      }
      List<String> chosen = selected.getOrDefault(d, List.of());
      List<FacetValue> values = new ArrayList<>();
      for (BucketJsonFacet b : f.getBuckets()) {
        String path = d == Dimension.REGION ? level(b.getVal()) : b.getVal().toString();
        List<FacetValue> children = d == Dimension.REGION ? children(b, path, request.facetLimit(), chosen) : List.of();
        values.add(new FacetValue(d == Dimension.REGION ? label(path) : path, path, b.getCount(), chosen.contains(path), children));
      }
      if (!values.isEmpty()) {
        out.put(d.id(), values);
      }
    }
    return out;
  }

  /** The sub-regions of one region: among the level-1 buckets of its documents, those under it. */
  private static List<FacetValue> children(BucketJsonFacet parent, String path, int limit, List<String> chosen) {
    BucketBasedJsonFacet sub = parent.getBucketBasedFacets(SolrQueries.CHILDREN);
    if (sub == null) {
      return List.of();
    }
    String prefix = path + Dimension.PATH_SEPARATOR;
    List<FacetValue> out = new ArrayList<>();
    for (BucketJsonFacet b : sub.getBuckets()) {
      String child = level(b.getVal());
      if (child.startsWith(prefix)) {
        out.add(new FacetValue(label(child), child, b.getCount(), chosen.contains(child), List.of()));
      }
    }
    out.sort(ORDER);
    return out.subList(0, Math.min(limit, out.size()));
  }

  /** {@code 1/Africa/Western Africa} without its level. */
  private static String level(Object bucket) {
    String s = bucket.toString();
    return s.substring(s.indexOf(Dimension.PATH_SEPARATOR) + 1);
  }

  private static String label(String path) {
    return path.substring(path.lastIndexOf(Dimension.PATH_SEPARATOR) + 1);
  }
}
