package org.practicesearch.cli.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicesearch.schema.Dimension;
import org.practicesearch.search.FacetValue;
import org.practicesearch.search.SearchBackend;
import org.practicesearch.search.SearchRequest;

/**
 * The filter values of a search that the index does not know (a {@code filter=country:Jordn} parameter, or
 * {@code country:Jordn} typed in the query), each with the closest indexed value of its dimension as a
 * "did you mean": the page shows them as warning chips instead of a silent zero.
 *
 * <p>A value is unknown when it alone, without the query, matches no entry (the search resolves case,
 * accents, aliases and sub-region names first, so {@code country:Turkey} is known). The candidates are the
 * dimension's {@link #CANDIDATES} most frequent values.
 */
final class UnknownFilters {
  static final int CANDIDATES = 1_000;
  /** A {@code dim:value} in the query text, as the query parser reads it. */
  private static final Pattern TYPED = Pattern.compile("(?<![\\w-])([a-z_]+):(\"[^\"]*\"|[^\\s\"]+)");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private UnknownFilters() {}

  /**
   * @return {@code [{"dimension", "value", "suggestion"}]}, suggestion null when nothing is close; empty when
   *     every filter value is known
   */
  static JsonArray of(SearchBackend index, SearchRequest request) throws IOException {
    JsonArray out = new JsonArray();
    for (Map.Entry<Dimension, String> f : filters(request)) {
      Dimension d = f.getKey();
      String value = f.getValue();
      SearchRequest alone = SearchRequest.builder().filter(d, value).size(0).facets(List.of()).build();
      if (index.search(alone).total() > 0) {
        continue;
      }
      JsonObject o = new JsonObject();
      o.addProperty("dimension", d.id());
      o.addProperty("value", value);
      o.addProperty("suggestion", closest(index, d, value));
      out.add(o);
    }
    return out;
  }

  private static List<Map.Entry<Dimension, String>> filters(SearchRequest request) {
    List<Map.Entry<Dimension, String>> out = new ArrayList<>();
    request.filters().forEach((d, values) -> values.forEach(v -> out.add(Map.entry(d, v))));
    Matcher m = TYPED.matcher(request.text());
    while (m.find()) {
      try {
        out.add(Map.entry(Dimension.parse(m.group(1)), m.group(2).replace("\"", "")));
      } catch (IllegalArgumentException notAFacet) {
        // a word with a colon, searched as text
      }
    }
    return out;
  }

  /** The indexed value nearest to {@code value} (edit distance on folded text, at most a third of it), or null. */
  static String closest(SearchBackend index, Dimension d, String value) throws IOException {
    SearchRequest all = SearchRequest.builder().size(0).facets(List.of(d)).facetLimit(CANDIDATES).build();
    List<FacetValue> values = new ArrayList<>();
    flatten(index.search(all).facets().getOrDefault(d.id(), List.of()), values);
    String key = fold(value);
    String best = null;
    int bestDistance = Math.max(1, key.length() / 3) + 1;
    for (FacetValue v : values) {
      String candidate = fold(v.value());
      int distance = candidate.startsWith(key) && key.length() >= 3 ? 1 : distance(key, candidate);
      if (distance < bestDistance) {
        best = v.path();
        bestDistance = distance;
      }
    }
    return best;
  }

  private static void flatten(List<FacetValue> values, List<FacetValue> out) {
    for (FacetValue v : values) {
      out.add(v);
      flatten(v.children(), out);
    }
  }

  static String fold(String s) {
    return MARKS.matcher(Normalizer.normalize(s.strip(), Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance with adjacent transpositions (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
