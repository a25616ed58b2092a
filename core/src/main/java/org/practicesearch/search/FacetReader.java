package org.practicesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.practicesearch.schema.Dimension;

/** Reads the requested dimensions' top values (and sub-values of hierarchies) out of Lucene facets. */
final class FacetReader {
  private FacetReader() {}

  static Map<String, List<FacetValue>> read(
      Facets facets, ReaderState searcher, SearchRequest request,
      Map<Dimension, List<String>> selected) throws IOException {
    SortedSetDocValuesReaderState state = searcher.facetState();
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (Dimension d : request.facets()) {
      if (!present(state, d)) {
        continue;
      }
      List<FacetValue> values = level(facets, searcher, d, request.facetLimit(), selected.getOrDefault(d, List.of()));
      if (!values.isEmpty()) {
        out.put(d.id(), values);
      }
    }
    return out;
  }

  private static boolean present(SortedSetDocValuesReaderState state, Dimension d) {
    if (state == null) {
      return false;
    }
    return d.hierarchical() ? state.getDimTree(d.id()) != null : state.getOrdRange(d.id()) != null;
  }

  private static List<FacetValue> level(Facets facets, ReaderState searcher, Dimension d, int limit, List<String> selected,
      String... parent) throws IOException {
    FacetResult result;
    try {
      result = facets.getTopChildren(limit, d.id(), parent);
    } catch (IllegalArgumentException e) {
      return List.of(); // the dimension or path has no ordinals in this reader
    }
    if (result == null) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      String[] path = append(parent, lv.label);
      String full = String.join(Dimension.PATH_SEPARATOR, path);
      // sub-values are asked for only where the reader has some (a leaf would cost a lookup for nothing)
      List<FacetValue> children = d.hierarchical() && searcher.hasChildren(d, path)
          ? level(facets, searcher, d, limit, selected, path) : List.of();
      values.add(new FacetValue(lv.label, full, lv.value.longValue(), selected.contains(full), children));
    }
    return values;
  }

  private static String[] append(String[] parent, String label) {
    String[] path = java.util.Arrays.copyOf(parent, parent.length + 1);
    path[parent.length] = label;
    return path;
  }
}
