package org.practicesearch.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.practicesearch.analysis.Lexicon;
import org.practicesearch.schema.Dimension;
import org.practicesearch.schema.Schema;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SortOrder;

/**
 * Builds the JSON request that asks a collection what the embedded index answers for a {@link SearchRequest}:
 * the same clauses as its query (the words over the text fields, their exact form and the acronym field, a
 * proximity boost, each lexicon concept by all its forms ({@link SolrConcepts}), approximate matches for
 * words the collection does not know, exclusions over the whole query), filters
 * tagged with their dimension ({@code {!tag}}) and facets that exclude their own dimension's filter
 * ({@code excludeTags}), so counts are drill-sideways.
 */
final class SolrQueries {
  /** The text fields and weights of {@link Schema#TEXT_FIELDS}, as an edismax {@code qf}: phrases, concepts. */
  static final String QF = Schema.TEXT_FIELDS.entrySet().stream()
      .map(e -> e.getKey() + "^" + e.getValue()).collect(Collectors.joining(" "));
  /** The weight of a word's exact (unstemmed) form, as in the embedded query. */
  private static final float EXACT_WEIGHT = 0.2f;
  /**
   * A typed word: the weighted text field (BM25F, as the embedded index scores it), its exact form a little
   * higher, and the acronym field (case kept).
   */
  static final String WORD_QF = SolrFields.TEXT + " " + Schema.SPELL + "^" + EXACT_WEIGHT + " " + Schema.ACRONYMS;
  /** Where a concept's long form is looked for as a phrase. */
  private static final String LONG_FORM_QF = Schema.TITLE + "^" + Schema.TEXT_FIELDS.get(Schema.TITLE) + " "
      + Schema.DESCRIPTION + " " + Schema.STAKEHOLDERS;
  private static final String FUZZY_WEIGHT = "0.5";
  /** Only the first unknown words get approximate matching, as in the embedded query. */
  private static final int FUZZY_WORDS = 4;
  private static final String PROXIMITY = Schema.TITLE + " " + Schema.DESCRIPTION;
  private static final int PROXIMITY_SLOP = 3;
  /** Buckets each shard returns beyond the limit before refinement: above the values of any small facet, so
   * the top values and their counts are exact, as in one index. */
  static final int OVERREQUEST = 1000;
  private static final String LEVEL_0 = "0" + Dimension.PATH_SEPARATOR;
  private static final String LEVEL_1 = "1" + Dimension.PATH_SEPARATOR;
  /** Sub-facet of a region bucket holding its sub-regions. */
  static final String CHILDREN = "children";

  private SolrQueries() {}

  /**
   * The search request.
   *
   * @param r the request
   * @param q the understood text
   * @param unknown the words of {@code q} no text field holds
   * @param selected the resolved filters
   * @param withYears whether the year range applies (false when asking what dropping it would give)
   */
  static JsonQueryRequest search(SearchRequest r, QueryText q, Set<String> unknown,
      Map<Dimension, List<String>> selected, boolean withYears) {
    JsonQueryRequest req = new JsonQueryRequest();
    query(req, r, q, unknown);
    filters(req, selected);
    if (withYears && (r.yearFrom() != null || r.yearTo() != null)) {
      req.withFilter(Schema.YEAR + ":[" + (r.yearFrom() == null ? "*" : r.yearFrom()) + " TO "
          + (r.yearTo() == null ? "*" : r.yearTo()) + "]");
    }
    return req;
  }

  private static void query(JsonQueryRequest req, SearchRequest r, QueryText q, Set<String> unknown) {
    List<String> should = new ArrayList<>();
    req.withParam("qf", QF).withParam("wqf", WORD_QF);
    if (q.all()) {
      should.add("*:*");
    }
    if (!q.words().isBlank()) {
      // pairs of words close together score more, as the embedded query's proximity clauses
      req.withParam("text", q.words()).withParam("pf2", PROXIMITY);
      should.add("{!edismax qf=$wqf tie=1.0 pf2=$pf2 ps2=" + PROXIMITY_SLOP + " mm=1 q.op=OR sow=true uf=-* v=$text}");
    }
    if (!q.phrases().isEmpty()) {
      req.withParam("phrases", String.join(" ", q.phrases()));
      should.add("{!edismax qf=$qf tie=1.0 mm=1 q.op=OR sow=true uf=-* v=$phrases}");
    }
    req.withParam("lqf", LONG_FORM_QF);
    for (int i = 0; i < q.concepts().size(); i++) {
      should.add(SolrConcepts.query(req, "c" + i, q.concepts().get(i).forms()));
    }
    for (String word : unknown.stream().limit(FUZZY_WORDS).toList()) {
      List<String> terms = Lexicon.terms(word);
      String term = terms.isEmpty() ? word.toLowerCase(Locale.ROOT) : terms.get(0);
      int edits = term.length() >= 7 ? 2 : 1;
      should.add("(" + Schema.DESCRIPTION + ":" + term + "~" + edits + " " + Schema.TITLE + ":" + term + "~" + edits
          + ")^" + FUZZY_WEIGHT);
    }
    if (q.excluded().isEmpty() && should.size() == 1) {
      req.setQuery(should.get(0));
      return;
    }
    Map<String, Object> bool = new LinkedHashMap<>();
    bool.put("should", should.isEmpty() ? List.of("*:*") : should);
    if (!q.excluded().isEmpty()) {
      req.withParam("excluded", String.join(" ", q.excluded()));
      bool.put("must_not", List.of("{!edismax qf=$wqf mm=1 q.op=OR sow=true uf=-* v=$excluded}"));
    }
    req.setQuery(Map.of("bool", bool));
  }

  private static void filters(JsonQueryRequest req, Map<Dimension, List<String>> selected) {
    selected.forEach((d, values) -> {
      List<String> terms = values.stream()
          .filter(v -> d != Dimension.YEAR || v.matches("-?\\d{1,9}"))
          .map(SolrQueries::quoted).toList();
      String field = d == Dimension.YEAR ? Schema.YEAR : d.id();
      req.withFilter("{!tag=" + d.id() + "}" + (terms.isEmpty() ? "-*:*"
          : field + ":(" + String.join(" OR ", terms) + ")"));
    });
  }

  /**
   * Adds the facets of the requested dimensions.
   *
   * @param req the request
   * @param r the search request (dimensions and limit)
   * @param selected the filters: a dimension with one is counted without it (drill-sideways)
   */
  static void facets(JsonQueryRequest req, SearchRequest r, Map<Dimension, List<String>> selected) {
    for (Dimension d : r.facets()) {
      Map<String, Object> f = terms(SolrFields.facetField(d), r.facetLimit());
      if (selected.containsKey(d)) {
        f.put("domain", Map.of("excludeTags", d.id()));
      }
      if (d == Dimension.REGION) {
        f.put("prefix", LEVEL_0);
        Map<String, Object> children = terms(SolrFields.REGION_TREE, -1);
        children.put("prefix", LEVEL_1);
        f.put("facet", Map.of(CHILDREN, children));
      }
      req.withFacet(d.id(), f);
    }
  }

  private static Map<String, Object> terms(String field, int limit) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", "terms");
    f.put("field", field);
    f.put("limit", limit);
    f.put("mincount", 1);
    f.put("refine", true);
    f.put("overrequest", OVERREQUEST);
    return f;
  }

  /** The sort: every order ends with the id, so ties come out in the same order as in the embedded index. */
  static String sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> "score desc," + Schema.ID + " asc";
      case YEAR_DESC -> Schema.YEAR + " desc," + Schema.ID + " asc";
      case YEAR_ASC -> Schema.YEAR + " asc," + Schema.ID + " asc";
    };
  }

  /** A quoted Lucene-syntax string: an exact term for a string field, a phrase for a text field. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
