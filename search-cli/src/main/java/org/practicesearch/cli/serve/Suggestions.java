package org.practicesearch.cli.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.practicesearch.search.FacetValue;
import org.practicesearch.search.SearchBackend;
import org.practicesearch.search.SearchRequest;

/** Type-ahead for the search box: entry titles and facet values that start with (or contain) what is typed. */
final class Suggestions {
  private final List<String> terms;

  private Suggestions(List<String> terms) {
    this.terms = terms;
  }

  /** Built once from the index (titles and every facet value). */
  static Suggestions of(SearchBackend index) throws IOException {
    TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    var r = index.search(SearchRequest.builder().size(SearchRequest.MAX_SIZE).facetLimit(200).build());
    r.hits().forEach(h -> all.add(h.title()));
    r.facets().forEach((dim, values) -> add(all, values));
    return new Suggestions(List.copyOf(all));
  }

  private static void add(TreeSet<String> all, List<FacetValue> values) {
    for (FacetValue v : values) {
      if (!v.value().matches("\\d{4}")) {
        all.add(v.value());
      }
      add(all, v.children());
    }
  }

  List<String> complete(String prefix, int n) {
    String p = prefix.strip().toLowerCase(Locale.ROOT);
    if (p.length() < 2) {
      return List.of();
    }
    List<String> starts = new ArrayList<>();
    List<String> contains = new ArrayList<>();
    for (String t : terms) {
      String l = t.toLowerCase(Locale.ROOT);
      if (l.startsWith(p)) {
        starts.add(t);
      } else if (l.contains(" " + p)) {
        contains.add(t);
      }
    }
    starts.addAll(contains);
    return starts.subList(0, Math.min(n, starts.size()));
  }
}
